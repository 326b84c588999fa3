#include "SqlCipherDriver.h"

#include "SqlCipherResult.h"

#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>
#include <QStringList>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <thread>
#include <vector>

namespace pulsedesk {

namespace {

constexpr int kDefaultBusyTimeoutMs = 5000;

/// Waits for another connection's write lock in steps of a quarter millisecond. SQLite's own busy timeout
/// backs off to sleeps of up to 100 ms, which under a steady stream of short ingest transactions adds that
/// much latency to the analysis (and the other way round) although the lock is free again within a millisecond.
int waitBriefly(void* timeoutMs, int attempt)
{
    constexpr int StepUs = 250;
    if (static_cast<qint64>(attempt) * StepUs >= static_cast<qint64>(*static_cast<const int*>(timeoutMs)) * 1000)
        return 0;
    sqlite3_sleep(0); // yield
    std::this_thread::sleep_for(std::chrono::microseconds(StepUs));
    return 1;
}
constexpr qsizetype kRawKeySize = 32;

/// Overwrites the bytes of key (which must not be shared) and empties it.
void wipe(QByteArray& key)
{
    if (!key.isEmpty())
        OPENSSL_cleanse(key.data(), static_cast<size_t>(key.size()));
    key.clear();
}

QString columnText(sqlite3_stmt* stmt, int column)
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(stmt, column)) : QString();
}

/// Runs one statement and calls onRow(stmt) for each of its rows; returns SQLITE_OK or the (extended) error code.
template<typename OnRow>
int forEachRow(sqlite3* db, const char* sql, const OnRow& onRow)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK || !stmt) {
        sqlite3_finalize(stmt);
        return rc;
    }
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        onRow(stmt);
    // finalize() repeats the error of a failed step, so sqlite3_errmsg() still describes it afterwards.
    sqlite3_finalize(stmt);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

/// Major version number at the start of a version string such as "4.5.6 community" (0 if there is none).
int majorVersion(const QString& version)
{
    const qsizetype dot = version.indexOf(u'.');
    bool ok = false;
    const int major = version.left(dot < 0 ? version.size() : dot).trimmed().toInt(&ok);
    return ok ? major : 0;
}

struct ColumnInfo
{
    QSqlField field;
    int primaryKeyPosition = 0; // 1-based position in the primary key, 0 if not part of it
};

using MetaTypeOf = QMetaType (*)(const char* declaredType);

/// The columns of a table as reported by PRAGMA table_info; metaTypeOf maps a declared type to a Qt type.
std::vector<ColumnInfo> tableInfo(sqlite3* db, const QString& escapedName, const QString& tableName,
                                  MetaTypeOf metaTypeOf)
{
    std::vector<ColumnInfo> columns;
    const QByteArray sql = "PRAGMA table_info(" + escapedName.toUtf8() + ");";
    forEachRow(db, sql.constData(), [&](sqlite3_stmt* stmt) {
        // Columns: cid, name, type, notnull, dflt_value, pk
        const auto* declaredType = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 2));
        QSqlField field(columnText(stmt, 1), metaTypeOf(declaredType), tableName);
        field.setRequiredStatus(sqlite3_column_int(stmt, 3) != 0 ? QSqlField::Required : QSqlField::Optional);
        columns.push_back({field, sqlite3_column_int(stmt, 5)});
    });
    return columns;
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{ }

SqlCipherDriver::~SqlCipherDriver()
{
    close();
    wipe(m_key);
}

void SqlCipherDriver::setRawKey(const QByteArray& key)
{
    wipe(m_key);
    // A deep copy: the buffer is ours alone, so wipe() overwrites the only copy this class made.
    m_key = QByteArray(key.constData(), key.size());
}

void SqlCipherDriver::setCompatibility(int majorVersion)
{
    m_compatibility = std::max(majorVersion, 0);
}

QString SqlCipherDriver::cipherVersion()
{
    static const QString version = [] {
        QString result;
        sqlite3* db = nullptr;
        if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK) {
            // The cipher pragmas need a keyed connection; the key itself does not matter here.
            static constexpr char kProbeKey[] = "pulsedesk-cipher-version-probe";
            if (sqlite3_key(db, kProbeKey, static_cast<int>(sizeof kProbeKey - 1)) == SQLITE_OK)
                forEachRow(db, "PRAGMA cipher_version;", [&](sqlite3_stmt* stmt) { result = columnText(stmt, 0); });
        }
        sqlite3_close(db); // a no-op for nullptr
        return result;
    }();
    return version;
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case NamedPlaceholders:
    case PositionalPlaceholders:
    case LastInsertId:
    case FinishQuery:
    case SimpleLocking:
        return true;
    case QuerySize:
    case LowPrecisionNumbers:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
    case BatchOperations:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString& db, const QString& /*user*/, const QString& /*password*/,
                           const QString& /*host*/, int /*port*/, const QString& connectOptions)
{
    if (isOpen())
        close();

    bool readOnly = false;
    int busyTimeoutMs = kDefaultBusyTimeoutMs;
    const QStringList options = connectOptions.split(u';', Qt::SkipEmptyParts);
    for (const QString& rawOption : options) {
        const QString option = rawOption.trimmed();
        if (option == QLatin1String("QSQLITE_OPEN_READONLY")) {
            readOnly = true;
        } else if (option.startsWith(QLatin1String("QSQLITE_BUSY_TIMEOUT="))) {
            bool ok = false;
            const int value = option.mid(option.indexOf(u'=') + 1).trimmed().toInt(&ok);
            if (ok && value >= 0)
                busyTimeoutMs = value;
        }
    }

    sqlite3* handle = nullptr;
    // FULLMUTEX costs next to nothing and keeps the connection safe even if a result is used from another thread.
    const int flags =
        (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_FULLMUTEX;

    // Every failure below wipes the key, closes the handle and reports a ConnectionError.
    const auto fail = [&](const QString& message, int code, bool withSqliteMessage = true) {
        QString text = message;
        if (withSqliteMessage) {
            const char* detail = handle ? sqlite3_errmsg(handle) : sqlite3_errstr(code);
            text += QStringLiteral(": ") + QString::fromUtf8(detail);
        }
        sqlite3_close_v2(handle); // a no-op for nullptr
        wipe(m_key);
        setLastError(QSqlError(text, QString(), QSqlError::ConnectionError, QString::number(code)));
        setOpenError(true);
        return false;
    };

    const QByteArray path = db.toUtf8();
    int rc = sqlite3_open_v2(path.constData(), &handle, flags, nullptr);
    if (rc != SQLITE_OK)
        return fail(QStringLiteral("The database file could not be opened"), rc);

    sqlite3_extended_result_codes(handle, 1);
    m_busyTimeoutMs = busyTimeoutMs;
    sqlite3_busy_handler(handle, waitBriefly, &m_busyTimeoutMs);

    if (!m_key.isEmpty()) {
        if (m_key.size() != kRawKeySize)
            return fail(QStringLiteral("The database key must be %1 bytes long").arg(kRawKeySize), SQLITE_MISUSE,
                        false);

        // SQLCipher's raw key syntax: x'<64 hex digits>' uses the bytes as the key, without key derivation.
        static constexpr char kHexDigits[] = "0123456789abcdef";
        std::array<char, 2 + 2 * kRawKeySize + 1> literal {};
        literal[0] = 'x';
        literal[1] = '\'';
        for (qsizetype i = 0; i < kRawKeySize; ++i) {
            const auto value = static_cast<unsigned char>(m_key.constData()[i]);
            literal[static_cast<size_t>(2 + 2 * i)] = kHexDigits[value >> 4];
            literal[static_cast<size_t>(3 + 2 * i)] = kHexDigits[value & 0x0f];
        }
        literal.back() = '\'';
        rc = sqlite3_key(handle, literal.data(), static_cast<int>(literal.size()));
        OPENSSL_cleanse(literal.data(), literal.size());
        if (rc != SQLITE_OK)
            return fail(QStringLiteral("The database key could not be applied"), rc);

        // With SQLCipher 4.x, select the page format of an older major version before the first read.
        if (m_compatibility > 0) {
            QString version;
            forEachRow(handle, "PRAGMA cipher_version;", [&](sqlite3_stmt* stmt) { version = columnText(stmt, 0); });
            if (majorVersion(version) >= 4) {
                const QByteArray pragma = "PRAGMA cipher_compatibility = " + QByteArray::number(m_compatibility) + ';';
                rc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
                if (rc != SQLITE_OK)
                    return fail(QStringLiteral("The SQLCipher compatibility mode could not be set"), rc);
            }
        }
    }

    // sqlite3_key() does not touch the file: read the schema to find out whether the key decrypts it.
    // SQLCipher reports a wrong key (or a file that is not an SQLCipher database) as SQLITE_NOTADB.
    rc = forEachRow(handle, "SELECT count(*) FROM sqlite_master;", [](sqlite3_stmt*) {});
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_NOTADB)
            return fail(QStringLiteral("The database could not be decrypted (wrong key or not a PulseDesk database)"),
                        rc);
        return fail(QStringLiteral("The database could not be read"), rc);
    }

    m_db = handle;
    wipe(m_key);
    setLastError(QSqlError());
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (m_db) {
        // Results may still hold statements. Reset them so they release their locks, and roll back an open
        // transaction: sqlite3_close_v2() only defers the real close until the results finalize them.
        for (sqlite3_stmt* stmt = sqlite3_next_stmt(m_db, nullptr); stmt; stmt = sqlite3_next_stmt(m_db, stmt))
            sqlite3_reset(stmt);
        if (!sqlite3_get_autocommit(m_db))
            sqlite3_exec(m_db, "ROLLBACK;", nullptr, nullptr, nullptr);
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::beginTransaction()
{
    // IMMEDIATE takes the write lock up front, so concurrent writers wait in the busy handler instead of
    // failing later with SQLITE_BUSY when a read transaction tries to upgrade. A read-only connection cannot
    // take that lock and gets a plain (deferred) read transaction.
    const bool readOnly = m_db && sqlite3_db_readonly(m_db, "main") == 1;
    QString error;
    if (execSimple(readOnly ? "BEGIN;" : "BEGIN IMMEDIATE;", &error))
        return true;
    setLastError(QSqlError(QStringLiteral("Unable to begin transaction"), error, QSqlError::TransactionError,
                           QString::number(m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE)));
    return false;
}

bool SqlCipherDriver::commitTransaction()
{
    QString error;
    if (execSimple("COMMIT;", &error))
        return true;
    setLastError(QSqlError(QStringLiteral("Unable to commit transaction"), error, QSqlError::TransactionError,
                           QString::number(m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE)));
    return false;
}

bool SqlCipherDriver::rollbackTransaction()
{
    QString error;
    if (execSimple("ROLLBACK;", &error))
        return true;
    setLastError(QSqlError(QStringLiteral("Unable to roll back transaction"), error, QSqlError::TransactionError,
                           QString::number(m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE)));
    return false;
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList result;
    if (!m_db)
        return result;
    const auto collect = [&](const char* sql) {
        forEachRow(m_db, sql, [&](sqlite3_stmt* stmt) { result.append(columnText(stmt, 0)); });
    };
    if (type & QSql::Tables)
        collect("SELECT name FROM sqlite_master WHERE type = 'table' AND substr(name, 1, 7) <> 'sqlite_' "
                "ORDER BY name;");
    if (type & QSql::Views)
        collect("SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name;");
    if (type & QSql::SystemTables)
        result.append(QStringLiteral("sqlite_master"));
    return result;
}

QSqlRecord SqlCipherDriver::record(const QString& tableName) const
{
    QSqlRecord result;
    if (!m_db || tableName.isEmpty())
        return result;
    const auto columns = tableInfo(m_db, escapeIdentifier(tableName, TableName), stripDelimiters(tableName, TableName),
                                   &SqlCipherResult::metaTypeForDeclaredType);
    for (const ColumnInfo& column : columns)
        result.append(column.field);
    return result;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString& tableName) const
{
    const QString table = stripDelimiters(tableName, TableName);
    QSqlIndex index(table);
    if (!m_db || tableName.isEmpty())
        return index;
    auto columns =
        tableInfo(m_db, escapeIdentifier(tableName, TableName), table, &SqlCipherResult::metaTypeForDeclaredType);
    std::erase_if(columns, [](const ColumnInfo& column) { return column.primaryKeyPosition <= 0; });
    std::sort(columns.begin(), columns.end(),
              [](const ColumnInfo& a, const ColumnInfo& b) { return a.primaryKeyPosition < b.primaryKeyPosition; });
    for (const ColumnInfo& column : columns)
        index.append(column.field);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType type) const
{
    if (isIdentifierEscaped(identifier, type))
        return identifier;
    QString escaped = identifier;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(static_cast<void*>(m_db));
}

bool SqlCipherDriver::execSimple(const char* sql, QString* error)
{
    if (!m_db) {
        if (error)
            *error = QStringLiteral("The database is not open");
        return false;
    }
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &message);
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    return rc == SQLITE_OK;
}

} // namespace pulsedesk
