#include "storage/RawStatement.h"

#include "storage/PostgresDatabase.h"
#include "storage/PostgresStatement.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>
#include <cstdlib>

namespace pulsedesk {

namespace {

/// The SQLite handle behind a store connection (always the SQLCipher driver); null for any other driver.
sqlite3* handleOf(QSqlDatabase& db)
{
    auto* driver = qobject_cast<SqlCipherDriver*>(db.driver());
    return driver ? driver->connectionHandle() : nullptr;
}

} // namespace

RawStatement::RawStatement(QSqlDatabase& db, const char* sql)
    : m_db(handleOf(db))
{
    if (pg_conn* conn = PostgresDatabase::handleOf(db)) {
        m_pg = std::make_unique<PostgresStatement>(conn, sql);
        return;
    }
    if (!m_db || sqlite3_prepare_v2(m_db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
        m_statement = nullptr;
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_statement);
}

bool RawStatement::ok() const
{
    return m_pg ? m_pg->ok() : m_statement != nullptr;
}

void RawStatement::bind(int index, qint64 value)
{
    if (m_pg)
        m_pg->bind(index, QByteArray::number(value));
    else
        sqlite3_bind_int64(m_statement, index, value);
}

void RawStatement::bind(int index, double value)
{
    if (std::isnan(value))
        bindNull(index);
    else if (m_pg)
        m_pg->bind(index, QByteArray::number(value, 'g', 17));
    else
        sqlite3_bind_double(m_statement, index, value);
}

void RawStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    if (m_pg)
        m_pg->bind(index, utf8);
    else
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void RawStatement::bindNull(int index)
{
    if (m_pg)
        m_pg->bindNull(index);
    else
        sqlite3_bind_null(m_statement, index);
}

void RawStatement::bindStatic(int index, const char* text)
{
    if (m_pg)
        m_pg->bind(index, QByteArray(text));
    else
        sqlite3_bind_text(m_statement, index, text, -1, SQLITE_STATIC);
}

void RawStatement::bindSample(int first, qint64 deviceRowId, const Sample& s)
{
    bind(first, deviceRowId);
    bind(first + 1, s.timestampMs);
    bind(first + 2, s.heartRate);
    bind(first + 3, s.spo2);
    bind(first + 4, s.temperatureC);
    bind(first + 5, s.systolic);
    bind(first + 6, s.diastolic);
}

RawStatement::Step RawStatement::step()
{
    if (m_pg) {
        if (m_pg->step())
            return Step::Row;
        return m_pg->failed() ? Step::Failed : Step::Done;
    }
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Failed;
    }
}

bool RawStatement::isNull(int column) const
{
    if (m_pg)
        return m_pg->isNull(column);
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

double RawStatement::real(int column) const
{
    if (m_pg)
        return std::strtod(m_pg->value(column), nullptr);
    return sqlite3_column_double(m_statement, column);
}

qint64 RawStatement::integer(int column) const
{
    if (m_pg) {
        // A boolean reads as 't' or 'f'.
        const char* text = m_pg->value(column);
        return *text == 't' ? 1 : std::strtoll(text, nullptr, 10);
    }
    return sqlite3_column_int64(m_statement, column);
}

void RawStatement::reset()
{
    if (m_pg) {
        m_pg->reset();
        return;
    }
    sqlite3_reset(m_statement);
}

int RawStatement::changes() const
{
    if (m_pg)
        return m_pg->changes();
    return m_db ? sqlite3_changes(m_db) : 0;
}

Error RawStatement::error(const QString& doing) const
{
    const QString detail = m_pg ? m_pg->errorMessage()
        : m_db                  ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                : QCoreApplication::translate("Sql", "the connection is not a store connection");
    return {Error::Code::Storage, QCoreApplication::translate("Sql", "Database error while %1: %2").arg(doing, detail)};
}

bool RawStatement::exec(QSqlDatabase& db, const char* sql)
{
    if (pg_conn* conn = PostgresDatabase::handleOf(db)) {
        const bool done = PostgresStatement::exec(conn, sql);
        if (qstrcmp(sql, "COMMIT") == 0 || qstrcmp(sql, "ROLLBACK") == 0)
            PostgresDatabase::transactionEnded(db, done && qstrcmp(sql, "COMMIT") == 0);
        return done;
    }
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_exec(handle, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

int RawStatement::lastErrorCode(QSqlDatabase& db)
{
    if (PostgresDatabase::handleOf(db))
        return 0; // see Sql::isDiskFull
    sqlite3* handle = handleOf(db);
    return handle ? sqlite3_extended_errcode(handle) : SQLITE_OK;
}

bool RawStatement::inTransaction(QSqlDatabase& db)
{
    if (pg_conn* conn = PostgresDatabase::handleOf(db))
        return PostgresDatabase::inTransaction(conn);
    sqlite3* handle = handleOf(db);
    return handle && sqlite3_get_autocommit(handle) == 0;
}

} // namespace pulsedesk
