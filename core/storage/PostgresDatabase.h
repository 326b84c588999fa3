#pragma once

#include "common/Result.h"
#include "storage/Database.h"

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

struct pg_conn;

namespace pulsedesk {

/// A store on a PostgreSQL server (the ward server): Qt's QPSQL driver for the Qt Sql code, libpq for the hot
/// paths (RawStatement). Opened from a libpq connection string ("host=... port=... dbname=... user=...
/// sslmode=verify-full sslrootcert=..."); what the string leaves out comes from libpq's PG* environment variables
/// and defaults, as in psql. One connection per thread, like every Database.
class PostgresDatabase final : public Database
{
public:
    enum class Schema
    {
        Migrate, ///< bring the schema up to date (refusing a newer one)
        AsIs, ///< leave the schema alone (a login that may not change it)
    };

    /// Connects, checks the connection, and brings the schema up to date when asked. `password`, when given,
    /// overrides one in the string or the environment.
    static Result<std::unique_ptr<PostgresDatabase>> open(const QString& connInfo, const QString& password = {},
                                                          Schema schema = Schema::Migrate);
    ~PostgresDatabase() override;
    PostgresDatabase(const PostgresDatabase&) = delete;
    PostgresDatabase& operator=(const PostgresDatabase&) = delete;

    /// The calling thread's connection; one the server dropped (PostgreSQL restarted, network gone) is closed
    /// and opened again first, so the workstation and the server recover without a restart.
    QSqlDatabase connection() const override;
    void releaseThreadConnection() const override;
    Status checkConnection() const override;
    /// PostgreSQL tells a client nothing about commits: the task runs when Sql::Transaction (or RawStatement's
    /// COMMIT) reports the commit of the connection's transaction; see transactionEnded().
    void setAfterCommit(QSqlDatabase& db, std::function<void()> task) const override;
    /// The server and database, for messages ("postgresql://host:port/dbname"); never the password.
    QString path() const override { return m_description; }
    /// A session-level advisory lock, on a connection of the lock's own (released by the server when the holder's
    /// session ends, also when its process is killed).
    std::unique_ptr<StoreLock::Holder> lockHolder(const QString& name) const override;

    /// The connection string in the key='value' form libpq and QPSQL read, checked with libpq's own parser;
    /// an error says what is wrong with it. `withPassword` false leaves a password in it out.
    static Result<QString> normalizeConnInfo(const QString& connInfo, bool withPassword = true);
    /// The connection string with `user` as the login role (the last user= of a string is the one libpq takes).
    static Result<QString> withUser(const QString& connInfo, const QString& user);
    /// Tries a login on a connection of its own, closed at once: a server that cannot be reached, a refused
    /// login (Authentication) and a connection string that is not valid each get their own message.
    static Status tryLogin(const QString& connInfo, const QString& password);
    /// Runs one statement (parameters $1... from `params`) on a connection of its own, closed at once: the first
    /// column of its first row (empty without rows). A connection that fails says why, as tryLogin does.
    static Result<QString> queryOnce(const QString& connInfo, const QString& password, const QString& sql,
                                     const QStringList& params);
    /// The same, as `user`, on this store's server and database (a user's current password).
    Status tryLoginAs(const QString& user, const QString& password) const;

    /// A new connection `name` of the caller's own, apart from the per-thread ones and not closed by this store
    /// (a listener's, see ServerNotifications): the caller closes and removes it, on the thread that opened it.
    Result<QSqlDatabase> openApart(const QString& name) const { return connect(name); }
    /// The same as a function that holds its own copy of the connection string: it may outlive this store.
    std::function<Result<QSqlDatabase>(const QString&)> apartOpener() const;

    /// Runs the after-commit task of the connection's transaction (committed) or drops it (rolled back).
    static void transactionEnded(const QSqlDatabase& db, bool committed);
    /// The libpq connection behind a store connection; null for any other driver.
    static pg_conn* handleOf(const QSqlDatabase& db);
    /// True while a transaction is open (or failed and not yet ended) on the connection.
    static bool inTransaction(pg_conn* conn);
    /// COPY ... FROM STDIN of `rows` (COPY's text format, one line per row) into the table's columns, on the
    /// connection (the benchmarks' bare baseline of a bulk write); the number of rows copied.
    static Result<qint64> copyIn(QSqlDatabase& db, const QString& table, const QStringList& columns,
                                 const QByteArray& rows);
    /// Runs a script of several statements (a migration) on the connection, inside its open transaction.
    static Status execScript(QSqlDatabase& db, const QString& sql, const QString& doing);

private:
    PostgresDatabase(QString connInfo, QString password, QString description);
    Result<QSqlDatabase> openConnection(const QString& name) const;
    /// A new connection `name`, not one of the per-thread connections; `reason` gets libpq's words on failure.
    Result<QSqlDatabase> connect(const QString& name, QString* reason = nullptr) const;
    static Result<QSqlDatabase> connectTo(const QString& connInfo, const QString& password, const QString& name,
                                          QString* reason);
    /// Closes the thread's connection `name` when the server dropped it.
    void dropIfBroken(const QString& name) const;
    QString connectionName() const;

    QString m_connInfo;
    QString m_password;
    QString m_description;
    /// A connection of this store has been opened: a refused one since is a reconnect (see connect()).
    mutable std::atomic_bool m_connectedOnce {false};
    QString m_instanceId;
    mutable QMutex m_mutex;
    mutable QSet<QString> m_connections;
};

} // namespace pulsedesk
