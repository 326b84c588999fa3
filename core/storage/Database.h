#pragma once

#include "common/Result.h"
#include "storage/StoreLock.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pulsedesk {

/// The store behind every repository: it hands each thread its own connection (Qt Sql requires it) and runs a
/// task once a transaction has committed. `SqlCipherDatabase` (an encrypted file, the workstation) is one
/// implementation; everything above `core/storage/` sees only this interface, Qt Sql and `RawStatement`.
class Database
{
public:
    virtual ~Database() = default;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// The calling thread's connection, opened on first use.
    virtual QSqlDatabase connection() const = 0;
    /// Closes the calling thread's connection and frees its OpenSSL state (Crypto::endThreadState); see
    /// ThreadConnectionGuard.
    virtual void releaseThreadConnection() const = 0;

    /// Runs `task` on this thread once the transaction open on `db` (one of this database's connections) has
    /// committed, or at once when none is open; a later task for the same transaction replaces the earlier one,
    /// and a rollback drops it.
    virtual void setAfterCommit(QSqlDatabase& db, std::function<void()> task) const = 0;

    /// Where the store is (a file path), for messages and for files kept beside it.
    virtual QString path() const = 0;

    /// Whether the calling thread can reach the store now, after an operation failed: a server's connection that
    /// was lost (server restarted, network gone) is opened again; the error says why it cannot be (Storage).
    /// A store in a file is never out of reach.
    virtual Status checkConnection() const { return {}; }

    /// What holds a StoreLock named `name` on this store, across every process that opens it.
    virtual std::unique_ptr<StoreLock::Holder> lockHolder(const QString& name) const = 0;

protected:
    Database() = default;

    /// The name of the calling thread's connection to one store (`instance`, unique per store object).
    static QString threadConnectionName(const char* kind, const QString& instance);
    /// The calling thread's connection `name`: the one opened already (listed in `open`), or a new one from
    /// `opener`, which lists it; an invalid QSqlDatabase (logged) when it cannot be opened.
    static QSqlDatabase threadConnection(QMutex& mutex, const QSet<QString>& open, const QString& name,
                                         const std::function<Result<QSqlDatabase>(const QString&)>& opener);
};

/// Closes the calling thread's connection when it goes out of scope. Every worker thread that touches the
/// database holds one for its whole run, so no path out of the thread leaves a connection open.
class ThreadConnectionGuard
{
public:
    explicit ThreadConnectionGuard(const Database& database)
        : m_database(database)
    { }
    ~ThreadConnectionGuard() { m_database.releaseThreadConnection(); }
    ThreadConnectionGuard(const ThreadConnectionGuard&) = delete;
    ThreadConnectionGuard& operator=(const ThreadConnectionGuard&) = delete;

private:
    const Database& m_database;
};

} // namespace pulsedesk
