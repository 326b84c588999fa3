#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

struct pg_conn;
struct pg_result;

namespace pulsedesk {

/// RawStatement on a PostgreSQL connection: a statement run through libpq with its parameters as text, rows read
/// straight from libpq's result. Its first run is one round trip (unnamed: parsed, bound and run at once); run
/// again, it is prepared on the server once and deallocated with the object. A statement never run costs nothing,
/// and an error in its text shows at its first step(). The SQL is written as for SQLite: `?` and `?NNN` parameters
/// become `$N`.
class PostgresStatement
{
public:
    PostgresStatement(pg_conn* conn, const char* sql);
    ~PostgresStatement();
    PostgresStatement(const PostgresStatement&) = delete;
    PostgresStatement& operator=(const PostgresStatement&) = delete;

    /// False only without a connection: the statement's own errors show at step().
    bool ok() const { return m_conn != nullptr; }
    void bind(int index, QByteArray text);
    void bindNull(int index);
    /// True for a row, false at the end or on failure (failed() tells).
    bool step();
    bool failed() const { return m_failed; }
    bool isNull(int column) const;
    const char* value(int column) const;
    void reset();
    int changes() const { return m_changes; }
    QString errorMessage() const;

    /// `?` and `?NNN` parameters as `$N`; `count` gets the number of parameters.
    static QByteArray numberedParameters(const char* sql, int* count);
    /// Runs a statement without parameters or rows on the connection; true when it succeeded.
    static bool exec(pg_conn* conn, const char* sql);
    /// Runs `sql` once, unprepared, with text parameters (nullptr for NULL): the result, which the caller clears, or
    /// null on failure with `error` set. Its SQLSTATE is remembered as a prepared statement's is.
    static pg_result* execOnce(pg_conn* conn, const char* sql, const std::vector<const char*>& values, QString* error);
    /// The SQLSTATE of the last statement this thread ran on the connection through this class; empty when it
    /// succeeded.
    static QByteArray lastSqlState(pg_conn* conn);

private:
    bool prepare();

    pg_conn* m_conn = nullptr;
    QByteArray m_text; ///< with $N parameters
    QByteArray m_name; ///< set once prepared on the server
    int m_runs = 0;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    pg_result* m_result = nullptr;
    int m_row = -1;
    int m_changes = 0;
    bool m_failed = false;
    QString m_error;
};

} // namespace pulsedesk
