#pragma once

#include "common/Result.h"
#include "model/Sample.h"
#include "storage/SqlCipherDriver.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <sqlite3.h>

#include <cmath>

namespace pulsedesk {

/// A prepared statement on the connection's own SQLite handle. The import's hot path binds numbers directly,
/// without a QVariant per value: at hundreds of thousands of samples per second that is most of the cost.
class RawStatement
{
public:
    RawStatement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK)
            m_statement = nullptr;
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    RawStatement(const RawStatement&) = delete;
    RawStatement& operator=(const RawStatement&) = delete;

    bool ok() const { return m_statement != nullptr; }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bind(int index, double value)
    {
        if (std::isnan(value))
            sqlite3_bind_null(m_statement, index);
        else
            sqlite3_bind_double(m_statement, index, value);
    }
    void bind(int index, const QString& value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bindNull(int index) { sqlite3_bind_null(m_statement, index); }
    /// Text that outlives the statement's use of it (a literal): bound without a copy.
    void bindStatic(int index, const char* text) { sqlite3_bind_text(m_statement, index, text, -1, SQLITE_STATIC); }
    /// A sample's device, time and vitals, to parameters `first` to `first + 6`, in the samples table's column
    /// order (device_id, ts, heart_rate, spo2, temperature_c, systolic, diastolic); missing vitals as NULL.
    void bindSample(int first, qint64 deviceRowId, const Sample& s)
    {
        bind(first, deviceRowId);
        bind(first + 1, s.timestampMs);
        bind(first + 2, s.heartRate);
        bind(first + 3, s.spo2);
        bind(first + 4, s.temperatureC);
        bind(first + 5, s.systolic);
        bind(first + 6, s.diastolic);
    }
    /// SQLITE_DONE or SQLITE_ROW, else an error.
    int step() { return sqlite3_step(m_statement); }
    bool isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    void reset() { sqlite3_reset(m_statement); }
    /// The SQLite handle behind a workspace connection (always the SQLCipher driver).
    static sqlite3* handleOf(QSqlDatabase& db)
    {
        return static_cast<SqlCipherDriver*>(db.driver())->connectionHandle();
    }
    /// Rows changed by the last statement on the handle.
    static int changes(QSqlDatabase& db) { return sqlite3_changes(handleOf(db)); }
    /// Runs a statement without parameters or rows (BEGIN, COMMIT); true when it succeeded.
    static bool exec(QSqlDatabase& db, const char* sql)
    {
        return sqlite3_exec(handleOf(db), sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    /// The extended result code of the last call on the connection.
    static int lastErrorCode(QSqlDatabase& db)
    {
        sqlite3* handle = handleOf(db);
        return handle ? sqlite3_extended_errcode(handle) : SQLITE_OK;
    }
    Error error(const QString& doing) const
    {
        return {Error::Code::Storage,
                QCoreApplication::translate("Sql", "Database error while %1: %2")
                    .arg(doing, QString::fromUtf8(sqlite3_errmsg(m_db)))};
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
};

} // namespace pulsedesk
