#include "storage/SqlSupport.h"

#include "storage/RawStatement.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcSql, "pulsedesk.storage.sql")

namespace Sql {

namespace {
// SQLite's primary result code for constraint violations; extended codes keep it in their low byte.
constexpr int SqliteConstraint = 19;
} // namespace

Error error(const QSqlQuery& query, const QString& context)
{
    const QSqlError sqlError = query.lastError();
    const int native = sqlError.nativeErrorCode().toInt();
    // Log the engine's message only: it names tables and constraints, never values.
    qCWarning(lcSql) << "Statement failed while" << context << ":" << sqlError.databaseText();
    if ((native & 0xff) == SqliteConstraint)
        return {Error::Code::Conflict,
                QCoreApplication::translate("Sql", "Conflict while %1: %2").arg(context, sqlError.databaseText())};
    return {Error::Code::Storage,
            QCoreApplication::translate("Sql", "Database error while %1: %2").arg(context, sqlError.databaseText())};
}

bool isDiskFull(QSqlDatabase& db, int nativeCode)
{
    constexpr int SqliteFull = 13;
    return (nativeCode & 0xff) == SqliteFull || (RawStatement::lastErrorCode(db) & 0xff) == SqliteFull
        || (db.lastError().nativeErrorCode().toInt() & 0xff) == SqliteFull;
}

QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

bool exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values)
{
    if (!query.prepare(sql))
        return false;
    for (const QVariant& value : values)
        query.addBindValue(value);
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
    if (m_active)
        m_db.rollback();
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
        return failure;
    }
    m_active = false;
    return {};
}

ForeignKeyChecksOff::ForeignKeyChecksOff(QSqlDatabase& db)
    : m_db(db)
{
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
