#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"

#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

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

    QString path() const { return m_path; }

private:
    Database(QString path, const SecureBytes& key, int compatibility);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    QString connectionName() const;

    QString m_path;
    SecureBytes m_key;
    int m_compatibility = 0;
    QString m_instanceId;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};

} // namespace pulsedesk
