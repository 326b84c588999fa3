#include "storage/PostgresStatement.h"

#include <QAtomicInteger>
#include <QHash>

#include <algorithm>
#include <cstdlib>
#include <libpq-fe.h>

namespace pulsedesk {

namespace {

QAtomicInteger<quint64> statementCounter;

/// The SQLSTATE of the last statement each of this thread's connections ran through libpq ("" when it succeeded).
thread_local QHash<pg_conn*, QByteArray> lastStates;

void remember(pg_conn* conn, const PGresult* result, bool failed)
{
    lastStates[conn] = failed && result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
}

/// Results a QPSQL query left behind on the connection would make the next command fail.
void drain(PGconn* conn)
{
    while (PGresult* left = PQgetResult(conn))
        PQclear(left);
}

} // namespace

QByteArray PostgresStatement::numberedParameters(const char* sql, int* count)
{
    QByteArray out;
    int next = 0;
    int highest = 0;
    char quote = 0;
    for (const char* p = sql; *p; ++p) {
        const char c = *p;
        if (quote) {
            out += c;
            if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        int number = 0;
        while (p[1] >= '0' && p[1] <= '9')
            number = number * 10 + (*++p - '0');
        if (number == 0)
            number = ++next;
        else
            next = number;
        highest = std::max(highest, number);
        out += '$' + QByteArray::number(number);
    }
    if (count)
        *count = highest;
    return out;
}

PostgresStatement::PostgresStatement(pg_conn* conn, const char* sql)
    : m_conn(conn)
{
    if (!m_conn)
        return;
    int count = 0;
    m_text = numberedParameters(sql, &count);
    m_values.resize(static_cast<size_t>(count));
    m_null.assign(static_cast<size_t>(count), true);
}

PostgresStatement::~PostgresStatement()
{
    PQclear(m_result);
    // A transaction that failed refuses even this; the name is unique, so a statement left prepared is harmless.
    if (!m_name.isEmpty() && PQstatus(m_conn) == CONNECTION_OK && PQtransactionStatus(m_conn) != PQTRANS_INERROR)
        exec(m_conn, ("DEALLOCATE " + m_name).constData());
}

bool PostgresStatement::prepare()
{
    const QByteArray name = "pulsedesk_raw_" + QByteArray::number(++statementCounter);
    drain(m_conn);
    PGresult* prepared =
        PQprepare(m_conn, name.constData(), m_text.constData(), static_cast<int>(m_values.size()), nullptr);
    const bool done = PQresultStatus(prepared) == PGRES_COMMAND_OK;
    remember(m_conn, prepared, !done);
    if (done)
        m_name = name;
    else
        m_error = QString::fromUtf8(PQresultErrorMessage(prepared)).section(QLatin1Char('\n'), 0, 0);
    PQclear(prepared);
    return done;
}

void PostgresStatement::bind(int index, QByteArray text)
{
    if (index < 1 || index > static_cast<int>(m_values.size()))
        return;
    m_values[static_cast<size_t>(index - 1)] = std::move(text);
    m_null[static_cast<size_t>(index - 1)] = false;
}

void PostgresStatement::bindNull(int index)
{
    if (index >= 1 && index <= static_cast<int>(m_values.size()))
        m_null[static_cast<size_t>(index - 1)] = true;
}

bool PostgresStatement::step()
{
    if (!m_conn) {
        m_failed = true;
        return false;
    }
    if (!m_result) {
        // The first run parses, binds and runs in one round trip (an unnamed statement); a statement run again is
        // prepared on the server then, once. Most statements here run once, and many not at all.
        if (m_runs == 1 && m_name.isEmpty() && !prepare()) {
            m_failed = true;
            return false;
        }
        ++m_runs;
        std::vector<const char*> values(m_values.size());
        for (size_t i = 0; i < m_values.size(); ++i)
            values[i] = m_null[i] ? nullptr : m_values[i].constData();
        drain(m_conn);
        m_result = m_name.isEmpty() ? PQexecParams(m_conn, m_text.constData(), static_cast<int>(values.size()), nullptr,
                                                   values.data(), nullptr, nullptr, 0)
                                    : PQexecPrepared(m_conn, m_name.constData(), static_cast<int>(values.size()),
                                                     values.data(), nullptr, nullptr, 0);
        const ExecStatusType status = PQresultStatus(m_result);
        m_failed = status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK;
        remember(m_conn, m_result, m_failed);
        if (m_failed) {
            m_error = QString::fromUtf8(PQresultErrorMessage(m_result)).section(QLatin1Char('\n'), 0, 0);
            return false;
        }
        m_changes = std::atoi(PQcmdTuples(m_result));
        m_row = -1;
    }
    if (m_failed)
        return false;
    ++m_row;
    return m_row < PQntuples(m_result);
}

bool PostgresStatement::isNull(int column) const
{
    return !m_result || m_row < 0 || m_row >= PQntuples(m_result) || PQgetisnull(m_result, m_row, column);
}

const char* PostgresStatement::value(int column) const
{
    return isNull(column) ? "" : PQgetvalue(m_result, m_row, column);
}

void PostgresStatement::reset()
{
    PQclear(m_result);
    m_result = nullptr;
    m_row = -1;
    m_failed = false;
}

QString PostgresStatement::errorMessage() const
{
    if (!m_error.isEmpty())
        return m_error.trimmed();
    return m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
}

bool PostgresStatement::exec(pg_conn* conn, const char* sql)
{
    if (!conn)
        return false;
    drain(conn);
    PGresult* result = PQexec(conn, sql);
    const ExecStatusType status = PQresultStatus(result);
    const bool done = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    remember(conn, result, !done);
    PQclear(result);
    return done;
}

pg_result* PostgresStatement::execOnce(pg_conn* conn, const char* sql, const std::vector<const char*>& values,
                                       QString* error)
{
    drain(conn);
    PGresult* result =
        PQexecParams(conn, sql, static_cast<int>(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    const ExecStatusType status = PQresultStatus(result);
    const bool done = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    remember(conn, result, !done);
    if (done)
        return result;
    *error = QString::fromUtf8(PQresultErrorMessage(result)).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (error->isEmpty())
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQclear(result);
    return nullptr;
}

QByteArray PostgresStatement::lastSqlState(pg_conn* conn)
{
    return lastStates.value(conn);
}

} // namespace pulsedesk
