#pragma once

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace pulsedesk {

class SqlCipherDriver;

/// The result of one statement on a SqlCipherDriver connection: prepares with sqlite3_prepare_v2, binds
/// positional and named placeholders, and steps through rows on demand. Rows already read are cached so
/// that QSqlQuery can move backwards, unless the query is forward-only, which keeps only the current row.
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;

protected:
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int index) override;
    bool fetchFirst() override;
    bool fetchLast() override;
    bool fetchNext() override;
    QVariant data(int field) override;
    bool isNull(int field) override;
    int size() override;
    int numRowsAffected() override;
    QVariant lastInsertId() const override;
    QSqlRecord record() const override;
    void detachFromResultSet() override;
    void virtual_hook(int id, void* data) override;

private:
    friend class SqlCipherDriver; // shares metaTypeForDeclaredType()

    /// Qt type of a column declared as declaredType (SQLite affinity rules); invalid when there is no type.
    static QMetaType metaTypeForDeclaredType(const char* declaredType);

    /// Drops the previous statement and its state; the connection, or null with the error set (`what` failed).
    sqlite3* startStatement(const QString& what);
    bool stepRow();
    void finalize();
    void setSqliteError(const QString& what, int code);
    void setDriverError(const QString& what, const QString& detail, QSqlError::ErrorType type, int code);
    sqlite3* currentConnection() const;
    bool connectionUsable() const;
    bool prepareStatement(sqlite3* db, const char* sql, int bytes, const char** tail);
    bool runToCompletion();
    bool bindValues();
    int bindParameter(int index, const QVariant& value);
    QVariant columnValue(int column) const;
    const QVariant* cell(int field) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QSqlRecord m_record;
    QVector<QVector<QVariant>> m_rows; // rows read so far (only the current one when forward-only)
    int m_firstCachedRow = 0; // index of m_rows[0]
    bool m_done = false; // the statement has returned SQLITE_DONE
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = -1;
    int m_totalChangesBefore = 0; // sqlite3_total_changes() when the statement started
};

} // namespace pulsedesk
