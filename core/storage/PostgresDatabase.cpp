#include "storage/PostgresDatabase.h"

#include "security/Crypto.h"
#include "storage/Migrations.h"
#include "storage/ServerRoles.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <libpq-fe.h>
#include <optional>
#include <utility>
#include <vector>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcPostgres, "pulsedesk.storage.postgres")

namespace {

/// The after-commit task of each connection with a transaction open, by connection name.
struct PendingTasks
{
    QMutex mutex;
    QHash<QString, std::function<void()>> tasks;
};

PendingTasks& pending()
{
    static PendingTasks instance;
    return instance;
}

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

Error badConnInfo(const QString& why)
{
    return {Error::Code::Invalid,
            QCoreApplication::translate("Database", "The server connection string is not valid: %1").arg(why)};
}

} // namespace

PostgresDatabase::PostgresDatabase(QString connInfo, QString password, QString description)
    : m_connInfo(std::move(connInfo))
    , m_password(std::move(password))
    , m_description(std::move(description))
    , m_instanceId(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

PostgresDatabase::~PostgresDatabase()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connections)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            transactionEnded(db, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connections.clear();
}

Result<QString> PostgresDatabase::normalizeConnInfo(const QString& connInfo, bool withPassword)
{
    char* message = nullptr;
    PQconninfoOption* options = PQconninfoParse(connInfo.toUtf8().constData(), &message);
    if (!options) {
        const QString why =
            message ? QString::fromUtf8(message).trimmed() : QCoreApplication::translate("Database", "out of memory");
        PQfreemem(message);
        return badConnInfo(why);
    }
    QStringList pairs;
    std::optional<Error> failure;
    for (PQconninfoOption* option = options; option->keyword; ++option) {
        if (!option->val || (!withPassword && qstrcmp(option->keyword, "password") == 0))
            continue;
        const QString value = QString::fromUtf8(option->val);
        // QPSQL turns every ';' of its options into a space.
        if (value.contains(QLatin1Char(';')))
            failure = badConnInfo(QCoreApplication::translate("Database", "the value of %1 holds a ';'")
                                      .arg(QLatin1String(option->keyword)));
        pairs.append(QLatin1String(option->keyword) + QLatin1Char('=') + quoted(value));
    }
    PQconninfoFree(options);
    if (failure)
        return *failure;
    return pairs.join(QLatin1Char(' '));
}

Result<QString> PostgresDatabase::withUser(const QString& connInfo, const QString& user)
{
    auto normalized = normalizeConnInfo(connInfo);
    if (!normalized)
        return normalized.error();
    return normalized.value() + QStringLiteral(" user=") + quoted(user);
}

namespace {

/// The login role a connection string names (empty when it names none).
QString userOf(const QString& connInfo)
{
    PQconninfoOption* options = PQconninfoParse(connInfo.toUtf8().constData(), nullptr);
    QString user;
    for (PQconninfoOption* option = options; option && option->keyword; ++option) {
        if (qstrcmp(option->keyword, "user") == 0 && option->val)
            user = QString::fromUtf8(option->val);
    }
    PQconninfoFree(options);
    return user;
}

/// What a refused TLS connection means for IT, from libpq's message (English; other locales get libpq's own text).
std::optional<Error> tlsProblem(const QString& reason, const QString& server)
{
    const auto problem = [&reason](const QString& what) {
        return Error {Error::Code::Storage, what + QStringLiteral(" (") + reason + QLatin1Char(')')};
    };
    if (reason.contains(QLatin1String("certificate verify failed")))
        return problem(QCoreApplication::translate("Database",
                                                   "The certificate of the server %1 is not signed by the CA in "
                                                   "sslrootcert: ask IT for the ward's CA certificate file.")
                           .arg(server));
    if (reason.contains(QLatin1String("does not match host name")))
        return problem(QCoreApplication::translate("Database",
                                                   "The certificate of the server %1 is made out to another name: "
                                                   "connect with the host name in its certificate.")
                           .arg(server));
    if (reason.contains(QLatin1String("root certificate file")))
        return problem(
            QCoreApplication::translate("Database", "The CA certificate file given in sslrootcert cannot be read."));
    if (reason.contains(QLatin1String("no encryption")))
        return problem(QCoreApplication::translate("Database",
                                                   "The server %1 accepts only encrypted connections: add "
                                                   "sslmode=verify-full and sslrootcert=CA_FILE to the connection "
                                                   "string.")
                           .arg(server));
    return std::nullopt;
}

} // namespace

namespace {

/// A connection of its own to `connInfo` (`password` overriding one in it): null with `status` saying why (a server
/// that cannot be reached, a refused login, a bad string each in its own words). The caller finishes it.
PGconn* connectOnce(const QString& connInfo, const QString& password, Status& status)
{
    auto normalized = PostgresDatabase::normalizeConnInfo(connInfo, password.isEmpty());
    if (!normalized) {
        status = normalized.error();
        return nullptr;
    }
    const QByteArray info = normalized.value().toUtf8();
    const QByteArray secret = password.toUtf8();
    const char* const keywords[] = {"dbname", password.isEmpty() ? nullptr : "password", nullptr};
    const char* const values[] = {info.constData(), secret.constData(), nullptr};
    PGconn* conn = PQconnectdbParams(keywords, values, 1);
    if (!conn) {
        status = Error {Error::Code::Storage, QCoreApplication::translate("Database", "out of memory")};
        return nullptr;
    }
    if (PQstatus(conn) == CONNECTION_OK)
        return conn;
    const QString reason = QString::fromUtf8(PQerrorMessage(conn)).simplified();
    const bool usedPassword = PQconnectionUsedPassword(conn);
    const bool needsPassword = PQconnectionNeedsPassword(conn);
    const QString server =
        QStringLiteral("%1:%2").arg(QString::fromUtf8(PQhost(conn)), QString::fromUtf8(PQport(conn)));
    PQfinish(conn);
    if (auto tls = tlsProblem(reason, server))
        status = *tls;
    else if (needsPassword)
        status = Error {Error::Code::Authentication,
                        QCoreApplication::translate("Database", "The server %1 asks for a password and none was given.")
                            .arg(server)};
    else if (usedPassword)
        status =
            Error {Error::Code::Authentication,
                   QCoreApplication::translate("Database", "The server %1 refused the login: %2").arg(server, reason)};
    else
        status =
            Error {Error::Code::Storage,
                   QCoreApplication::translate("Database", "The PostgreSQL server cannot be reached: %1").arg(reason)};
    return nullptr;
}

} // namespace

Status PostgresDatabase::tryLogin(const QString& connInfo, const QString& password)
{
    Status status;
    if (PGconn* conn = connectOnce(connInfo, password, status))
        PQfinish(conn);
    return status;
}

Result<QString> PostgresDatabase::queryOnce(const QString& connInfo, const QString& password, const QString& sql,
                                            const QStringList& params)
{
    Status status;
    PGconn* conn = connectOnce(connInfo, password, status);
    if (!conn)
        return status.error();
    std::vector<QByteArray> texts;
    std::vector<const char*> values;
    texts.reserve(params.size());
    values.reserve(params.size());
    for (const QString& param : params)
        texts.push_back(param.toUtf8());
    for (const QByteArray& text : texts)
        values.push_back(text.constData());
    PGresult* result = PQexecParams(conn, sql.toUtf8().constData(), static_cast<int>(values.size()), nullptr,
                                    values.data(), nullptr, nullptr, 0);
    const bool ok = PQresultStatus(result) == PGRES_TUPLES_OK;
    const QString value = ok && PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
    const QString reason = QString::fromUtf8(PQresultErrorMessage(result)).simplified();
    PQclear(result);
    PQfinish(conn);
    if (!ok)
        return Error {Error::Code::Storage, reason};
    return value;
}

Status PostgresDatabase::tryLoginAs(const QString& user, const QString& password) const
{
    auto info = withUser(m_connInfo, user);
    if (!info)
        return info.error();
    return tryLogin(info.value(), password);
}

Result<std::unique_ptr<PostgresDatabase>> PostgresDatabase::open(const QString& connInfo, const QString& password,
                                                                 Schema schema)
{
    // A password given apart replaces one in the string (libpq reads the last one QPSQL hands it: the string's).
    auto normalized = normalizeConnInfo(connInfo, password.isEmpty());
    if (!normalized)
        return normalized.error();
    std::unique_ptr<PostgresDatabase> db(new PostgresDatabase(normalized.value(), password, QString()));
    auto connection = db->openConnection(db->connectionName());
    if (!connection)
        return connection.error();
    if (PGconn* conn = handleOf(connection.value()))
        db->m_description =
            QStringLiteral("postgresql://%1:%2/%3")
                .arg(QString::fromUtf8(PQhost(conn)), QString::fromUtf8(PQport(conn)), QString::fromUtf8(PQdb(conn)));
    if (schema == Schema::Migrate) {
        if (auto migrated = Migrations::migrate(connection.value()); !migrated)
            return migrated.error();
    }
    return db;
}

QString PostgresDatabase::connectionName() const
{
    return threadConnectionName("pg-", m_instanceId);
}

QSqlDatabase PostgresDatabase::connection() const
{
    dropIfBroken(connectionName());
    return threadConnection(m_mutex, m_connections, connectionName(),
                            [this](const QString& name) { return openConnection(name); });
}

Result<QSqlDatabase> PostgresDatabase::openConnection(const QString& name) const
{
    auto db = connect(name);
    if (db) {
        QMutexLocker lock(&m_mutex);
        m_connections.insert(name);
    }
    return db;
}

void PostgresDatabase::dropIfBroken(const QString& name) const
{
    QMutexLocker lock(&m_mutex);
    if (!m_connections.contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        PGconn* conn = handleOf(db);
        if (conn && PQstatus(conn) != CONNECTION_BAD)
            return;
        qCWarning(lcPostgres) << "The server dropped a connection; it is opened again on its next use.";
        transactionEnded(db, false); // what was open on it is lost: the server rolled it back
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    m_connections.remove(name);
}

Status PostgresDatabase::checkConnection() const
{
    const QString name = connectionName();
    dropIfBroken(name);
    {
        QMutexLocker lock(&m_mutex);
        if (m_connections.contains(name))
            return {};
    }
    QString reason;
    auto db = connect(name, &reason);
    if (!db)
        return Error {Error::Code::Storage, reason.isEmpty() ? db.errorMessage() : reason};
    QMutexLocker lock(&m_mutex);
    m_connections.insert(name);
    return {};
}

Result<QSqlDatabase> PostgresDatabase::connect(const QString& name, QString* reason) const
{
    QString why;
    auto db = connectTo(m_connInfo, m_password, name, &why);
    if (reason)
        *reason = why;
    // A member of staff's login locked out by failed logins stays expired at the server after the back-off until
    // the login gate is next asked (ServerRules). A session that lost its connection asks it when the server
    // refuses its password, so that it reconnects once the back-off is over, not when someone next logs in by
    // that name. During the back-off it stays refused, and its callers retry. A first login never asks here: the
    // workstation asked the gate before it (Workspace::loginToServer).
    if (db) {
        m_connectedOnce = true;
        return db;
    }
    if (!m_connectedOnce || !why.contains(QLatin1String("authentication failed")))
        return db;
    const QString user = userOf(m_connInfo);
    if (user.isEmpty() || !ServerRoles::checkName(user))
        return db;
    auto wait = ServerRoles::loginWait(m_connInfo, user);
    if (!wait || wait.value() > 0)
        return db;
    return connectTo(m_connInfo, m_password, name, reason);
}

std::function<Result<QSqlDatabase>(const QString&)> PostgresDatabase::apartOpener() const
{
    return [connInfo = m_connInfo, password = m_password](const QString& name) {
        return connectTo(connInfo, password, name, nullptr);
    };
}

Result<QSqlDatabase> PostgresDatabase::connectTo(const QString& connInfo, const QString& password, const QString& name,
                                                 QString* reason)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Database",
                                                  "Qt's PostgreSQL driver (QPSQL) is not installed; install the "
                                                  "package libqt6sql6-psql.")};
    }
    db.setConnectOptions(connInfo);
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open()) {
        const QString why = db.lastError().databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        if (reason)
            *reason = why.simplified();
        return Error {Error::Code::Authentication,
                      QCoreApplication::translate("Database",
                                                  "The PostgreSQL server could not be reached or refused "
                                                  "the login: %1")
                          .arg(why)};
    }
    QSqlQuery setup(db);
    // Messages below a warning (a NOTICE that a table already exists) are of no use to a user.
    (void)setup.exec(QStringLiteral("SET client_min_messages = warning"));
    return db;
}

namespace {

/// A session-level advisory lock keyed by the lock's name, on its own connection: held until unlocked or until
/// the session ends (the holder's process gone, its connection closed).
class AdvisoryLockHolder final : public StoreLock::Holder
{
public:
    AdvisoryLockHolder(QString connectionName, QString key, std::function<Result<QSqlDatabase>(const QString&)> open)
        : m_name(std::move(connectionName))
        , m_key(std::move(key))
        , m_open(std::move(open))
    { }

    ~AdvisoryLockHolder() override { disconnect(); }
    AdvisoryLockHolder(const AdvisoryLockHolder&) = delete;
    AdvisoryLockHolder& operator=(const AdvisoryLockHolder&) = delete;

    bool tryLock(int waitMs) override
    {
        if (m_locked)
            return true;
        m_failure.clear();
        if (!m_connected) {
            auto db = m_open(m_name);
            if (!db) {
                m_failure = db.errorMessage();
                return false;
            }
            m_connected = true;
        }
        if (attempt())
            return true;
        if (waitMs > 0 && m_failure.isEmpty()) {
            QThread::msleep(ulong(waitMs));
            return attempt();
        }
        return false;
    }

    void unlock() override
    {
        if (!m_locked)
            return;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT pg_advisory_unlock(hashtext(?))"));
        q.addBindValue(m_key);
        (void)q.exec();
        m_locked = false;
    }

    bool isLocked() const override { return m_locked; }
    QString failure() const override { return m_failure; }

    bool stillHeld() override
    {
        if (!m_locked)
            return false;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (q.exec(QStringLiteral("SELECT 1")) && q.next())
            return true;
        // The session is gone (the server restarted, the network failed), and its lock with it.
        m_failure = QCoreApplication::translate("StoreLock", "the server's lock was lost: %1").arg(reason(q));
        m_locked = false;
        disconnect();
        return false;
    }

private:
    static QString reason(const QSqlQuery& q)
    {
        const QString text = q.lastError().databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
        return text.isEmpty() ? q.lastError().driverText() : text;
    }

    void disconnect()
    {
        if (!m_connected)
            return;
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close(); // ends the session, and with it the lock
        }
        QSqlDatabase::removeDatabase(m_name);
        m_connected = false;
    }

    bool attempt()
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        q.prepare(QStringLiteral("SELECT pg_try_advisory_lock(hashtext(?))"));
        q.addBindValue(m_key);
        if (!q.exec() || !q.next()) {
            m_failure =
                QCoreApplication::translate("StoreLock", "the server's lock cannot be taken: %1").arg(reason(q));
            q = QSqlQuery();
            disconnect(); // a new connection next time: this one may be broken
            return false;
        }
        m_locked = q.value(0).toBool();
        return m_locked;
    }

    QString m_name;
    QString m_key;
    std::function<Result<QSqlDatabase>(const QString&)> m_open;
    bool m_connected = false;
    bool m_locked = false;
    QString m_failure;
};

} // namespace

std::unique_ptr<StoreLock::Holder> PostgresDatabase::lockHolder(const QString& name) const
{
    static QAtomicInteger<quint64> serial;
    const QString connectionName =
        QStringLiteral("pg-lock-%1-%2-%3").arg(m_instanceId, name).arg(serial.fetchAndAddRelaxed(1));
    return std::make_unique<AdvisoryLockHolder>(connectionName, QStringLiteral("pulsedesk.") + name,
                                                [this](const QString& n) { return connect(n); });
}

Result<qint64> PostgresDatabase::copyIn(QSqlDatabase& db, const QString& table, const QStringList& columns,
                                        const QByteArray& rows)
{
    PGconn* conn = handleOf(db);
    if (!conn)
        return Error {Error::Code::Storage, QStringLiteral("COPY needs a PostgreSQL connection")};
    QStringList quoted;
    for (const QString& column : columns)
        quoted << QLatin1Char('"') + column + QLatin1Char('"');
    const QByteArray command =
        QStringLiteral("COPY \"%1\" (%2) FROM STDIN").arg(table, quoted.join(QStringLiteral(", "))).toUtf8();
    const auto failed = [conn] {
        return Error {Error::Code::Storage,
                      QStringLiteral("COPY: ")
                          + QString::fromUtf8(PQerrorMessage(conn)).section(QLatin1Char('\n'), 0, 0)};
    };
    PGresult* started = PQexec(conn, command.constData());
    const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
    PQclear(started);
    if (!copying)
        return failed();
    if (PQputCopyData(conn, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
        return failed();
    qint64 copied = 0;
    bool ok = true;
    while (PGresult* result = PQgetResult(conn)) {
        ok = ok && PQresultStatus(result) == PGRES_COMMAND_OK;
        if (ok)
            copied += QByteArray(PQcmdTuples(result)).toLongLong();
        PQclear(result);
    }
    if (!ok)
        return failed();
    return copied;
}

pg_conn* PostgresDatabase::handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver() || db.driver()->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.constData());
}

bool PostgresDatabase::inTransaction(pg_conn* conn)
{
    return conn && PQtransactionStatus(conn) != PQTRANS_IDLE;
}

void PostgresDatabase::setAfterCommit(QSqlDatabase& db, std::function<void()> task) const
{
    PGconn* conn = handleOf(db);
    if (!conn || PQtransactionStatus(conn) == PQTRANS_IDLE) {
        task();
        return;
    }
    QMutexLocker lock(&pending().mutex);
    pending().tasks[db.connectionName()] = std::move(task);
}

void PostgresDatabase::transactionEnded(const QSqlDatabase& db, bool committed)
{
    std::function<void()> task;
    {
        QMutexLocker lock(&pending().mutex);
        task = pending().tasks.take(db.connectionName());
    }
    if (committed && task)
        task();
}

Status PostgresDatabase::execScript(QSqlDatabase& db, const QString& sql, const QString& doing)
{
    PGconn* conn = handleOf(db);
    if (!conn)
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Sql", "Database error while %1: %2")
                          .arg(doing, QCoreApplication::translate("Sql", "the connection is not a store connection"))};
    PGresult* result = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    const QString message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    PQclear(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        qCWarning(lcPostgres) << "Script failed while" << doing << ":" << message;
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Sql", "Database error while %1: %2").arg(doing, message)};
    }
    return {};
}

void PostgresDatabase::releaseThreadConnection() const
{
    // The thread's work with the store is over: so is its use of OpenSSL (SQLCipher's or libpq's).
    const auto endCrypto = qScopeGuard([] { Crypto::endThreadState(); });
    const QString name = connectionName();
    QMutexLocker lock(&m_mutex);
    if (!m_connections.remove(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        transactionEnded(db, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace pulsedesk
