#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pulsedesk {

/// The encrypted database file. Holds the key for as long as the workstation is logged in (background work
/// keeps running while the screen is locked) and hands every thread its own connection, as Qt Sql requires.
/// Connections use WAL, foreign keys and full synchronous commits.
class Database
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateNew,
    };

    /// Opens the file with the raw key, checks that the key decrypts it, and brings the schema up to date
    /// (refusing a newer schema than this build knows, without changing anything).
    static Result<std::unique_ptr<Database>> open(const QString& path, const SecureBytes& key, int compatibility,
                                                  OpenMode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    /// Closes the calling thread's connection; worker threads call it before they finish.
    void releaseThreadConnection() const;

    /// Runs `task` on this thread once the transaction open on `db` (one of this database's connections) has
    /// committed, or at once when none is open; a later task for the same transaction replaces the earlier one,
    /// and a rollback drops it. Built on SQLite's WAL hook, which runs after the commit is on disk; the hook also
    /// does SQLite's automatic checkpoint (every 1000 pages), which setting it replaces.
    void setAfterCommit(QSqlDatabase& db, std::function<void()> task) const;

    QString path() const { return m_path; }

    struct CommitHooks; ///< a connection's SQLite hooks (internal)

private:
    Database(QString path, const SecureBytes& key, int compatibility);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    static void removeHooks(const QSqlDatabase& db);
    QString connectionName() const;

    QString m_path;
    SecureBytes m_key;
    int m_compatibility = 0;
    QString m_instanceId;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
    mutable QHash<QString, std::shared_ptr<CommitHooks>> m_hooks;
};

/// Closes the calling thread's connection when it goes out of scope. Every worker thread that touches the
/// database holds one for its whole run, so no path out of the thread leaves a connection open.
class ThreadConnectionGuard
{
public:
    explicit ThreadConnectionGuard(const Database& database)
        : m_database(database)
    {
    }
    ~ThreadConnectionGuard() { m_database.releaseThreadConnection(); }
    ThreadConnectionGuard(const ThreadConnectionGuard&) = delete;
    ThreadConnectionGuard& operator=(const ThreadConnectionGuard&) = delete;

private:
    const Database& m_database;
};

} // namespace pulsedesk
