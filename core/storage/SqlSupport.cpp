#include "storage/SqlSupport.h"

#include "storage/PostgresDatabase.h"
#include "storage/PostgresStatement.h"
#include "storage/RawStatement.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcSql, "pulsedesk.storage.sql")

namespace Sql {

namespace {
// SQLite's primary result code for constraint violations; extended codes keep it in their low byte.
constexpr int SqliteConstraint = 19;

/// PostgreSQL's SQLSTATE of a failure: five characters, a class of two and a condition of three.
bool isPostgresState(const QSqlQuery& query, const QString& state)
{
    return query.driver() && query.driver()->dbmsType() == QSqlDriver::PostgreSQL
        && query.lastError().nativeErrorCode().startsWith(state);
}

/// The SQLSTATE of the last PostgreSQL failure error() reported on this thread (isDiskFull() reads it).
thread_local QString lastReportedState;

/// The first line of the engine's message: PostgreSQL adds a DETAIL line that may quote values.
QString engineMessage(const QSqlError& error)
{
    return error.databaseText().section(QLatin1Char('\n'), 0, 0).trimmed();
}

/// The message for the log: PostgreSQL may quote a value even in its first line ("invalid input syntax for type
/// bigint: \"...\""), so anything quoted that is not a lower-case name of a table, column or constraint is left out.
QString loggable(const QString& message)
{
    static const QRegularExpression quoted(QStringLiteral("\"([^\"]*)\""));
    static const QRegularExpression name(QStringLiteral("^[a-z_][a-z0-9_]*$"));
    QString result = message;
    qsizetype offset = 0;
    for (auto it = quoted.globalMatch(message); it.hasNext();) {
        const auto match = it.next();
        if (name.match(match.captured(1)).hasMatch())
            continue;
        const QString hidden = QStringLiteral("\"(%1 characters)\"").arg(match.capturedLength(1));
        result.replace(match.capturedStart() + offset, match.capturedLength(), hidden);
        offset += hidden.size() - match.capturedLength();
    }
    return result;
}
} // namespace

bool isPostgres(const QSqlDatabase& db)
{
    return db.isValid() && db.driver() && db.driver()->dbmsType() == QSqlDriver::PostgreSQL;
}

qint64 lastInsertId(QSqlDatabase& db, const QSqlQuery& query)
{
    // lastval(): the value the session last took from a sequence, here the identity of the row just inserted.
    if (isPostgres(db))
        return scalar(db, QStringLiteral("SELECT lastval()")).toLongLong();
    return query.lastInsertId().toLongLong();
}

Error error(const QSqlQuery& query, const QString& context)
{
    const QSqlError sqlError = query.lastError();
    const int native = sqlError.nativeErrorCode().toInt();
    lastReportedState = isPostgresState(query, {}) ? sqlError.nativeErrorCode() : QString();
    // Log the engine's message only: it names tables and constraints, never values.
    qCWarning(lcSql) << "Statement failed while" << context << ":" << loggable(engineMessage(sqlError));
    // A connection lost (SQLSTATE class 08), ended by the server's shutdown (57P01-57P03), or already closed for a
    // reconnect: the engine's own words ("Driver not loaded", "terminating connection due to administrator
    // command") would tell a nurse nothing.
    if (!query.driver() || !query.driver()->isOpen() || sqlError.type() == QSqlError::ConnectionError
        || isPostgresState(query, QStringLiteral("08")) || isPostgresState(query, QStringLiteral("57P")))
        return {Error::Code::Storage,
                QCoreApplication::translate("Sql",
                                            "The database cannot be reached while %1. PulseDesk keeps trying to "
                                            "reconnect.")
                    .arg(context)};
    // Class 23 is PostgreSQL's integrity constraint violation.
    if (isPostgresState(query, QStringLiteral("23")))
        return {Error::Code::Conflict,
                QCoreApplication::translate("Sql", "Conflict while %1: %2").arg(context, engineMessage(sqlError))};
    // A ward server's own refusal (a grant, a row-level policy, one of its triggers or functions).
    if (isPostgresState(query, QStringLiteral("42501")))
        return {Error::Code::NotPermitted,
                QCoreApplication::translate("Sql", "Not permitted by the server while %1: %2")
                    .arg(context, engineMessage(sqlError))};
    if (isPostgresState(query, QString()))
        return {
            Error::Code::Storage,
            QCoreApplication::translate("Sql", "Database error while %1: %2").arg(context, engineMessage(sqlError))};
    if ((native & 0xff) == SqliteConstraint)
        return {Error::Code::Conflict,
                QCoreApplication::translate("Sql", "Conflict while %1: %2").arg(context, sqlError.databaseText())};
    return {Error::Code::Storage,
            QCoreApplication::translate("Sql", "Database error while %1: %2").arg(context, sqlError.databaseText())};
}

bool isDiskFull(QSqlDatabase& db, int nativeCode)
{
    constexpr int SqliteFull = 13;
    if (isPostgres(db)) // disk_full, or out of memory or connections: class 53, from Qt Sql or from libpq
        return db.lastError().nativeErrorCode().startsWith(QLatin1String("53"))
            || lastReportedState.startsWith(QLatin1String("53"))
            || PostgresStatement::lastSqlState(PostgresDatabase::handleOf(db)).startsWith("53");
    return (nativeCode & 0xff) == SqliteFull || (RawStatement::lastErrorCode(db) & 0xff) == SqliteFull
        || (db.lastError().nativeErrorCode().toInt() & 0xff) == SqliteFull;
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : storable(value);
}

QString storable(const QString& value)
{
    if (!value.contains(QChar(0)))
        return value;
    QString kept = value;
    return kept.replace(QChar(0), QChar::ReplacementCharacter);
}

bool exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(bindable(value));
    return query.exec();
}

QVariant scalar(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!exec(query, sql, values) || !query.next())
        return {};
    return query.value(0);
}

Transaction::Transaction(QSqlDatabase& db)
    : m_db(db)
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active) {
        m_db.rollback();
        PostgresDatabase::transactionEnded(m_db, false);
    }
}

Error Transaction::error() const
{
    return {Error::Code::Storage,
            QCoreApplication::translate("Sql", "The database is busy or unavailable: %1").arg(m_db.lastError().text())};
}

Status Transaction::commit()
{
    if (!m_active)
        return error();
    if (!m_db.commit()) {
        Error failure = error();
        m_failedCode = RawStatement::lastErrorCode(m_db);
        m_db.rollback();
        m_active = false;
        PostgresDatabase::transactionEnded(m_db, false);
        return failure;
    }
    m_active = false;
    PostgresDatabase::transactionEnded(m_db, true);
    return {};
}

ForeignKeyChecksOff::ForeignKeyChecksOff(QSqlDatabase& db)
    : m_db(db)
{
    // PostgreSQL checks every reference; only SQLite's checks can be turned off per connection.
    if (isPostgres(m_db))
        return;
    // Inside a transaction the pragma would do nothing, and restore() would roll the caller's work back.
    if (RawStatement::inTransaction(m_db)) {
        qCWarning(lcSql) << "Foreign-key checks stay on: a transaction was open where a writer would turn them off";
        return;
    }
    m_wereOn = scalar(m_db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1;
    if (m_wereOn) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
}

void ForeignKeyChecksOff::restore()
{
    if (!m_wereOn)
        return;
    m_wereOn = false;
    QSqlQuery q(m_db);
    // The pragma does nothing inside a transaction, and a connection left without its checks would serve its
    // thread from then on: a transaction its owner left open here is abandoned work, and is rolled back.
    if (RawStatement::inTransaction(m_db)) {
        qCCritical(lcSql) << "A transaction was still open where foreign-key checks are turned on again; rolled back";
        m_db.rollback();
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (scalar(m_db, QStringLiteral("PRAGMA foreign_keys")).toInt() != 1)
        qCCritical(lcSql) << "Foreign-key checks could not be turned on again";
}

} // namespace Sql

} // namespace pulsedesk
