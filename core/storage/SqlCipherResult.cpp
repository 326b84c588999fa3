#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"

#include <QDate>
#include <QDateTime>
#include <QSqlField>
#include <QTime>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace pulsedesk {

namespace {

/// SQLITE_TRANSIENT (SQLite copies the bound bytes) without the old-style cast of the macro.
sqlite3_destructor_type transient()
{
    // NOLINTNEXTLINE(performance-no-int-to-ptr): SQLite defines SQLITE_TRANSIENT as this very value.
    return reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/// True if [pos, end) holds more than whitespace, semicolons and comments, i.e. another statement.
bool hasMoreSql(const char* pos, const char* end)
{
    static constexpr char kCommentEnd[] = "*/";
    while (pos && pos < end) {
        if (*pos == ';' || isSpace(*pos)) {
            ++pos;
        } else if (*pos == '-' && pos + 1 < end && pos[1] == '-') {
            pos = std::find(pos + 2, end, '\n');
        } else if (*pos == '/' && pos + 1 < end && pos[1] == '*') {
            const char* close = std::search(pos + 2, end, kCommentEnd, kCommentEnd + 2);
            pos = close == end ? end : close + 2; // SQLite also accepts an unterminated trailing comment
        } else {
            return true;
        }
    }
    return false;
}

/// Like QSqlResultPrivate::isVariantNull(): null strings, byte arrays, dates etc. are bound as SQL NULL.
bool isNullValue(const QVariant& value)
{
    if (value.isNull())
        return true;
    switch (value.typeId()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDateTime:
        return !value.toDateTime().isValid();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return !value.toTime().isValid();
    case QMetaType::QUuid:
        return value.toUuid().isNull();
    default:
        return false;
    }
}

int bindText(sqlite3_stmt* stmt, int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return sqlite3_bind_text64(stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()), transient(),
                               SQLITE_UTF8);
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* owner)
    : QSqlResult(owner)
{ }

SqlCipherResult::~SqlCipherResult()
{
    finalize();
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_stmt));
}

QMetaType SqlCipherResult::metaTypeForDeclaredType(const char* declaredType)
{
    if (!declaredType || !*declaredType)
        return QMetaType();
    // The order follows SQLite's column affinity rules ("FLOATING POINT" has INTEGER affinity, for one).
    const QByteArray type = QByteArray(declaredType).toUpper();
    if (type.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT"))
        return QMetaType::fromType<QString>();
    if (type.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    if (type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB"))
        return QMetaType::fromType<double>();
    return QMetaType::fromType<QString>();
}

sqlite3* SqlCipherResult::startStatement(const QString& what)
{
    finalize();
    setLastError(QSqlError());
    setActive(false);
    setSelect(false);
    setAt(QSql::BeforeFirstRow);

    sqlite3* db = currentConnection();
    if (!db)
        setDriverError(what, QStringLiteral("The database is not open"), QSqlError::ConnectionError, SQLITE_MISUSE);
    return db;
}

bool SqlCipherResult::reset(const QString& query)
{
    sqlite3* db = startStatement(QStringLiteral("Unable to execute statement"));
    if (!db)
        return false;

    // QSqlQuery::exec(QString) may carry a script (migrations). Each statement but the last is prepared, run to
    // completion and finalized in turn (so it sees the effects of the previous ones); the last one stays
    // prepared and becomes this result.
    const QByteArray sql = query.toUtf8();
    const char* pos = sql.constData();
    const char* const end = pos + sql.size();
    for (;;) {
        const char* tail = nullptr;
        if (!prepareStatement(db, pos, static_cast<int>(end - pos), &tail))
            return false;
        if (!hasMoreSql(tail, end) || (!m_stmt && tail == pos))
            break;
        if (m_stmt && !runToCompletion())
            return false;
        finalize();
        pos = tail;
    }
    if (!m_stmt) {
        setDriverError(QStringLiteral("Unable to execute statement"),
                       QStringLiteral("The query contains no SQL statement"), QSqlError::StatementError, SQLITE_MISUSE);
        return false;
    }
    return exec();
}

bool SqlCipherResult::prepare(const QString& query)
{
    sqlite3* db = startStatement(QStringLiteral("Unable to prepare statement"));
    if (!db)
        return false;

    const QByteArray sql = query.toUtf8();
    const char* tail = nullptr;
    if (!prepareStatement(db, sql.constData(), static_cast<int>(sql.size()), &tail))
        return false;
    if (!m_stmt) {
        setDriverError(QStringLiteral("Unable to prepare statement"),
                       QStringLiteral("The query contains no SQL statement"), QSqlError::StatementError, SQLITE_MISUSE);
        return false;
    }
    if (hasMoreSql(tail, sql.constData() + sql.size())) {
        finalize();
        setDriverError(QStringLiteral("Unable to prepare statement"),
                       QStringLiteral("A prepared query can hold only one statement"), QSqlError::StatementError,
                       SQLITE_MISUSE);
        return false;
    }
    return true;
}

bool SqlCipherResult::exec()
{
    setLastError(QSqlError());
    setActive(false);
    setSelect(false);
    setAt(QSql::BeforeFirstRow);

    if (!m_stmt) {
        setDriverError(QStringLiteral("Unable to execute statement"), QStringLiteral("No statement is prepared"),
                       QSqlError::StatementError, SQLITE_MISUSE);
        return false;
    }
    if (!connectionUsable()) {
        setDriverError(QStringLiteral("Unable to execute statement"),
                       QStringLiteral("The database connection has been closed"), QSqlError::ConnectionError,
                       SQLITE_MISUSE);
        return false;
    }

    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_rows.clear();
    m_firstCachedRow = 0;
    m_done = false;
    m_rowsAffected = -1;
    m_lastInsertId = -1;

    if (!bindValues())
        return false;

    // Step once: a statement that returns rows keeps its first row cached; anything else runs to completion.
    m_totalChangesBefore = sqlite3_total_changes(m_db);
    const bool hasRow = stepRow();
    if (!hasRow && lastError().isValid())
        return false;
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (!isActive() || !isSelect() || index < 0)
        return false;
    if (index < m_firstCachedRow) // forward-only: rows before the current one are gone
        return false;
    while (index >= m_firstCachedRow + static_cast<int>(m_rows.size())) {
        if (!stepRow())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (stepRow()) { }
    if (lastError().isValid() || m_rows.isEmpty())
        return false;
    setAt(m_firstCachedRow + static_cast<int>(m_rows.size()) - 1);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() + 1);
}

QVariant SqlCipherResult::data(int field)
{
    const QVariant* value = cell(field);
    return value ? *value : QVariant();
}

bool SqlCipherResult::isNull(int field)
{
    const QVariant* value = cell(field);
    return !value || value->isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId > 0 ? QVariant(static_cast<qlonglong>(m_lastInsertId)) : QVariant();
}

QSqlRecord SqlCipherResult::record() const
{
    return m_record;
}

void SqlCipherResult::detachFromResultSet()
{
    // QSqlQuery::finish(): release the statement's locks but keep it prepared for another exec().
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_rows.clear();
    m_done = true;
}

void SqlCipherResult::virtual_hook(int id, void* data)
{
    QSqlResult::virtual_hook(id, data);
}

bool SqlCipherResult::stepRow()
{
    if (m_done || !m_stmt)
        return false;
    if (!connectionUsable()) {
        m_done = true;
        setDriverError(QStringLiteral("Unable to fetch row"), QStringLiteral("The database connection has been closed"),
                       QSqlError::ConnectionError, SQLITE_MISUSE);
        return false;
    }

    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        QVector<QVariant> row;
        const int columns = sqlite3_column_count(m_stmt);
        row.reserve(columns);
        for (int column = 0; column < columns; ++column)
            row.append(columnValue(column));
        if (isForwardOnly() && !m_rows.isEmpty()) {
            m_firstCachedRow += static_cast<int>(m_rows.size());
            m_rows.clear();
        }
        m_rows.append(std::move(row));
        return true;
    }

    m_done = true;
    if (rc == SQLITE_DONE) {
        if (!sqlite3_stmt_readonly(m_stmt) && sqlite3_total_changes(m_db) != m_totalChangesBefore) {
            // sqlite3_changes() and sqlite3_last_insert_rowid() are only meaningful after a statement that
            // changed rows; after DDL or a statement that touched nothing they still describe an older one.
            m_rowsAffected = sqlite3_changes(m_db);
            m_lastInsertId = sqlite3_last_insert_rowid(m_db);
        } else {
            m_rowsAffected = (sqlite3_column_count(m_stmt) > 0 && sqlite3_stmt_readonly(m_stmt)) ? -1 : 0;
            m_lastInsertId = -1;
        }
        return false;
    }

    // The extended code goes into nativeErrorCode(), e.g. SQLITE_CONSTRAINT_UNIQUE (2067).
    setSqliteError(m_rows.isEmpty() && m_firstCachedRow == 0 ? QStringLiteral("Unable to execute statement")
                                                             : QStringLiteral("Unable to fetch row"),
                   rc);
    sqlite3_reset(m_stmt);
    return false;
}

void SqlCipherResult::finalize()
{
    // Finalizing is allowed even after the driver closed the connection: sqlite3_close_v2() waits for it.
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_db = nullptr;
    m_record.clear();
    m_rows.clear();
    m_firstCachedRow = 0;
    m_done = false;
    m_rowsAffected = -1;
    m_lastInsertId = -1;
}

void SqlCipherResult::setSqliteError(const QString& what, int code)
{
    const QString message = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    setDriverError(what, message, QSqlError::StatementError, code);
}

void SqlCipherResult::setDriverError(const QString& what, const QString& detail, QSqlError::ErrorType type, int code)
{
    setLastError(QSqlError(what, detail, type, QString::number(code)));
}

sqlite3* SqlCipherResult::currentConnection() const
{
    // driver() is null once the driver is deleted (QSqlDatabase::removeDatabase()).
    const auto* owner = static_cast<const SqlCipherDriver*>(driver());
    return owner ? owner->connectionHandle() : nullptr;
}

bool SqlCipherResult::connectionUsable() const
{
    // After close() (and a later open()) the statement belongs to a connection that must not be used any more.
    return m_db && currentConnection() == m_db;
}

bool SqlCipherResult::prepareStatement(sqlite3* db, const char* sql, int bytes, const char** tail)
{
    m_db = db;
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql, bytes, &stmt, tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        setSqliteError(QStringLiteral("Unable to prepare statement"), rc);
        return false;
    }
    m_stmt = stmt; // null for empty SQL or a comment

    m_record.clear();
    const int columns = m_stmt ? sqlite3_column_count(m_stmt) : 0;
    for (int column = 0; column < columns; ++column) {
        m_record.append(QSqlField(QString::fromUtf8(sqlite3_column_name(m_stmt, column)),
                                  metaTypeForDeclaredType(sqlite3_column_decltype(m_stmt, column))));
    }
    return true;
}

bool SqlCipherResult::runToCompletion()
{
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_DONE)
        return true;
    setSqliteError(QStringLiteral("Unable to execute statement"), rc);
    finalize();
    return false;
}

bool SqlCipherResult::bindValues()
{
    const QList<QVariant>& values = boundValues();
    const int parameterCount = sqlite3_bind_parameter_count(m_stmt);
    std::vector<bool> bound(static_cast<size_t>(parameterCount) + 1, false);

    for (int i = 0; i < static_cast<int>(values.size()); ++i) {
        // QSqlResult rewrites '?' to generated names (we report NamedPlaceholders), and a named placeholder
        // that occurs twice has one value per occurrence; binding by name covers both. Fall back to position.
        int index = 0;
        const QString name = boundValueName(i);
        if (!name.isEmpty())
            index = sqlite3_bind_parameter_index(m_stmt, name.toUtf8().constData());
        if (index == 0)
            index = i + 1;
        if (index > parameterCount) {
            setDriverError(QStringLiteral("Unable to bind parameters"), QStringLiteral("Parameter count mismatch"),
                           QSqlError::StatementError, SQLITE_RANGE);
            return false;
        }
        const int rc = bindParameter(index, values.at(i));
        if (rc != SQLITE_OK) {
            setSqliteError(QStringLiteral("Unable to bind parameters"), rc);
            return false;
        }
        bound[static_cast<size_t>(index)] = true;
    }

    if (std::find(bound.begin() + 1, bound.end(), false) != bound.end()) {
        setDriverError(QStringLiteral("Unable to bind parameters"), QStringLiteral("Parameter count mismatch"),
                       QSqlError::StatementError, SQLITE_RANGE);
        return false;
    }
    return true;
}

int SqlCipherResult::bindParameter(int index, const QVariant& value)
{
    if (isNullValue(value))
        return sqlite3_bind_null(m_stmt, index);

    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int64(m_stmt, index, value.toBool() ? 1 : 0);
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    case QMetaType::ULong:
    case QMetaType::ULongLong: {
        const qulonglong number = value.toULongLong();
        if (number <= static_cast<qulonglong>(std::numeric_limits<sqlite3_int64>::max()))
            return sqlite3_bind_int64(m_stmt, index, static_cast<sqlite3_int64>(number));
        return bindText(m_stmt, index, value.toString()); // does not fit a signed 64-bit integer
    }
    case QMetaType::Float:
    case QMetaType::Double:
        return sqlite3_bind_double(m_stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isEmpty()) // a null data pointer would bind NULL instead of an empty blob
            return sqlite3_bind_zeroblob(m_stmt, index, 0);
        return sqlite3_bind_blob64(m_stmt, index, bytes.constData(), static_cast<sqlite3_uint64>(bytes.size()),
                                   transient());
    }
    case QMetaType::QDateTime: {
        // Always with an explicit offset ("Z" for UTC), so the stored text is unambiguous.
        QDateTime dateTime = value.toDateTime();
        if (dateTime.timeSpec() == Qt::LocalTime)
            dateTime = dateTime.toOffsetFromUtc(dateTime.offsetFromUtc());
        return bindText(m_stmt, index, dateTime.toString(Qt::ISODateWithMs));
    }
    case QMetaType::QDate:
        return bindText(m_stmt, index, value.toDate().toString(Qt::ISODate));
    case QMetaType::QTime:
        return bindText(m_stmt, index, value.toTime().toString(Qt::ISODateWithMs));
    default:
        return bindText(m_stmt, index, value.toString());
    }
}

QVariant SqlCipherResult::columnValue(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        // Like QSQLITE, the precision policy applies to floating-point values only.
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(sqlite3_column_int(m_stmt, column));
        case QSql::LowPrecisionInt64:
            return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
        case QSql::LowPrecisionDouble:
        case QSql::HighPrecision:
            break;
        }
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT: {
        // sqlite3_column_bytes() must follow sqlite3_column_text(), which may convert the value.
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column)));
    }
    case SQLITE_BLOB: {
        const void* blob = sqlite3_column_blob(m_stmt, column);
        const int bytes = sqlite3_column_bytes(m_stmt, column);
        return QVariant(blob ? QByteArray(static_cast<const char*>(blob), bytes) : QByteArray(""));
    }
    default: // SQLITE_NULL: a null of the declared type, if any
        return QVariant(m_record.field(column).metaType());
    }
}

const QVariant* SqlCipherResult::cell(int field) const
{
    const int row = at() - m_firstCachedRow;
    if (at() < 0 || row < 0 || row >= static_cast<int>(m_rows.size()))
        return nullptr;
    const QVector<QVariant>& values = m_rows.at(row);
    if (field < 0 || field >= static_cast<int>(values.size()))
        return nullptr;
    return &values.at(field);
}

} // namespace pulsedesk
