#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"
#include "storage/Database.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace pulsedesk {

/// The encrypted database file of a workstation: SQLCipher through the project's own Qt Sql driver. Holds the
/// key for as long as the workstation is logged in (background work keeps running while the screen is locked).
/// Connections use WAL, foreign keys and full synchronous commits.
class SqlCipherDatabase final : public Database
{
public:
    enum class OpenMode
    {
        OpenExisting,
        CreateNew,
    };

    /// Opens the file with the raw key, checks that the key decrypts it, and brings the schema up to date
    /// (refusing a newer schema than this build knows, without changing anything).
    static Result<std::unique_ptr<SqlCipherDatabase>> open(const QString& path, const SecureBytes& key,
                                                           int compatibility, OpenMode mode);
    ~SqlCipherDatabase() override;
    SqlCipherDatabase(const SqlCipherDatabase&) = delete;
    SqlCipherDatabase& operator=(const SqlCipherDatabase&) = delete;

    QSqlDatabase connection() const override;
    void releaseThreadConnection() const override;
    /// Built on SQLite's WAL hook, which runs after the commit is on disk; the hook also does SQLite's automatic
    /// checkpoint (every 1000 pages), which setting it replaces.
    void setAfterCommit(QSqlDatabase& db, std::function<void()> task) const override;
    QString path() const override { return m_path; }
    /// A lock file beside the database: `<database>.<name>.lock`.
    std::unique_ptr<StoreLock::Holder> lockHolder(const QString& name) const override
    {
        return StoreLock::lockFile(m_path + QLatin1Char('.') + name + QStringLiteral(".lock"));
    }

    struct CommitHooks; ///< a connection's SQLite hooks (internal)

private:
    SqlCipherDatabase(QString path, const SecureBytes& key, int compatibility);
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

} // namespace pulsedesk
