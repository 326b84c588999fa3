#pragma once

#include "common/Result.h"
#include "model/Sample.h"

#include <QSqlDatabase>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace pulsedesk {

class PostgresStatement;

/// A prepared statement run many times straight on the engine of a store connection, for the hot paths (samples
/// written and read back, analysis results): numbers are bound without a QVariant per value, which at hundreds of
/// thousands of samples a second is most of the cost. With the SQLCipher driver it is SQLite's own statement
/// API; this class and the driver are the only code that knows it. On a PostgreSQL store it is a statement run
/// through libpq (PostgresStatement: prepared on the server when it runs a second time), written the same way (`?`
/// and `?NNN` parameters); nothing above `core/storage/` knows which. ok() is false when SQLite cannot prepare the
/// text; on PostgreSQL such an error shows at the first step(): check both.
class RawStatement
{
public:
    enum class Step
    {
        Row, ///< a row is ready to be read
        Done, ///< the statement ran to its end
        Failed, ///< see error()
    };

    RawStatement(QSqlDatabase& db, const char* sql);
    ~RawStatement();
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const;
    void bind(int index, qint64 value);
    /// NaN binds as NULL.
    void bind(int index, double value);
    void bind(int index, const QString& value);
    void bindNull(int index);
    /// Text that outlives the statement's use of it (a literal): bound without a copy.
    void bindStatic(int index, const char* text);
    /// A sample's device, time and vitals, to parameters `first` to `first + 6`, in the samples table's column
    /// order (device_id, ts, heart_rate, spo2, temperature_c, systolic, diastolic); missing vitals as NULL.
    void bindSample(int first, qint64 deviceRowId, const Sample& s);
    Step step();
    bool isNull(int column) const;
    double real(int column) const;
    qint64 integer(int column) const;
    /// Ready to run again; the bound values stay.
    void reset();
    /// Rows changed by the last completed statement on this connection.
    int changes() const;
    Error error(const QString& doing) const;

    /// Runs a statement without parameters or rows (BEGIN, COMMIT); true when it succeeded. A COMMIT or ROLLBACK
    /// on a PostgreSQL store runs or drops the connection's after-commit task.
    static bool exec(QSqlDatabase& db, const char* sql);
    /// The engine's extended result code of the last call on the connection.
    static int lastErrorCode(QSqlDatabase& db);
    /// True while a transaction is open on the connection.
    static bool inTransaction(QSqlDatabase& db);

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<PostgresStatement> m_pg;
};

} // namespace pulsedesk
