#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <initializer_list>
#include <limits>

namespace pulsedesk {

/// Small helpers shared by the repositories: prepared statements with their values, error mapping, and a
/// transaction that rolls back unless committed.
namespace Sql {

/// True for a connection to a PostgreSQL store (the ward server), false for the SQLCipher file.
bool isPostgres(const QSqlDatabase& db);

/// The text of a statement for the connection's engine, where SQLite's dialect and PostgreSQL's differ
/// (INSERT OR IGNORE / ON CONFLICT DO NOTHING, INSERT OR REPLACE / ON CONFLICT DO UPDATE, max(a, b) / GREATEST,
/// group_concat / string_agg, ...).
inline const char* dialect(const QSqlDatabase& db, const char* sqlite, const char* postgres)
{
    return isPostgres(db) ? postgres : sqlite;
}
inline QString dialect(const QSqlDatabase& db, const QString& sqlite, const QString& postgres)
{
    return isPostgres(db) ? postgres : sqlite;
}

/// The id of the row the query just inserted (an identity column on PostgreSQL, the rowid on SQLite).
qint64 lastInsertId(QSqlDatabase& db, const QSqlQuery& query);

/// Maps a failed query to an Error: constraint violations become Conflict, the rest Storage. `context` says
/// what was being done ("adding a patient"); the SQL values are never included.
Error error(const QSqlQuery& query, const QString& context);

/// True when the last failure on the connection (or `nativeCode`, an engine error code) was a full disk: the
/// engine reports a full disk, and a database at its size limit, alike. On PostgreSQL: SQLSTATE class 53 (disk
/// full, out of memory or connections) in the last failure error() reported on this thread or libpq returned.
bool isDiskFull(QSqlDatabase& db, int nativeCode = 0);

/// A text value for a NOT NULL column: Qt binds a null QString as SQL NULL, so empty input becomes ''. See
/// storable() for U+0000.
QString text(const QString& value);

/// Text as a store keeps it: U+0000 becomes U+FFFD. PostgreSQL's text cannot hold U+0000 (the statement fails and
/// with it the transaction: one device id with a NUL from the network would stop ingest); no text of PulseDesk's
/// needs one, and outside input that carries one keeps a visible mark of it on both engines.
QString storable(const QString& value);

/// A nullable number column: NaN (missing) binds as NULL, and NULL reads back as NaN.
inline QVariant orNull(double value)
{
    return std::isnan(value) ? QVariant() : QVariant(value);
}
inline double realOrNaN(const QVariant& value)
{
    return value.isNull() ? std::numeric_limits<double>::quiet_NaN() : value.toDouble();
}
/// A nullable time column: 0 (never) binds as NULL.
inline QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

/// A value as bound: flags are kept as integers (0/1) on both engines, and PostgreSQL, unlike SQLite, does not
/// take a boolean for an integer column; text is storable().
inline QVariant bindable(const QVariant& value)
{
    if (value.typeId() == QMetaType::QString && value.toString().contains(QChar(0)))
        return storable(value.toString());
    return value.typeId() == QMetaType::Bool ? QVariant(int(value.toBool())) : value;
}

/// Prepares and runs a statement with positional values (see bindable()).
bool exec(QSqlQuery& query, const QString& sql, std::initializer_list<QVariant> values = {});

/// Runs a statement expected to return one value (count(*), an id ...); invalid QVariant on failure.
QVariant scalar(QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});

/// BEGIN IMMEDIATE now, ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active; }
    Error error() const;
    Status commit();
    /// The engine's code for why commit() failed, taken before the rollback clears it (isDiskFull() reads it).
    int failedCode() const { return m_failedCode; }

private:
    QSqlDatabase& m_db;
    bool m_active = false;
    int m_failedCode = 0;
};

/// Turns SQLite's foreign-key checks off on this connection until restore() or the end of the guard, for one
/// writer whose every reference is one it has just read or written itself, to rows that are never deleted (the
/// import's samples: registered devices and its own import row; the results and findings of their analysis:
/// those devices and their patients). Each check is a B-tree search per row, a tenth of a bulk insert; on a
/// table with triggers it also puts each statement in an encrypted statement journal. SQLite ignores the pragma inside
/// a transaction: create the guard, and restore it, with none open (restore() rolls back a transaction left open,
/// rather than leave the checks off). A guard made inside a caller's transaction does nothing at all: the checks stay
/// on, and that transaction is the caller's. Everything else keeps its checks.
class ForeignKeyChecksOff
{
public:
    explicit ForeignKeyChecksOff(QSqlDatabase& db);
    ~ForeignKeyChecksOff() { restore(); }
    ForeignKeyChecksOff(const ForeignKeyChecksOff&) = delete;
    ForeignKeyChecksOff& operator=(const ForeignKeyChecksOff&) = delete;

    /// The checks are on again (if they were on before); logged if that cannot be done.
    void restore();

private:
    QSqlDatabase& m_db;
    bool m_wereOn = false;
};

} // namespace Sql

} // namespace pulsedesk
