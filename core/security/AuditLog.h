#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

class Database;
struct Session;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    qint64 userId = 0;
    QString username;
    QString action; ///< e.g. "login.success", "patient.read", "record.add"
    QString subjectType; ///< "user", "patient", "device", "record", "settings", "workspace"
    QString subjectId;
    QString details;
    QString prevHash;
    QString hash;
};

/// The append-only, hash-chained audit log. Each entry's hash covers its fields and the previous entry's hash,
/// and the head of the chain is kept in the settings table, so changing, removing or truncating entries is
/// detected by verify(). Entries are appended inside the caller's transaction, so a change and its audit entry
/// are stored together or not at all.
class AuditLog
{
public:
    AuditLog(Database& database, const Clock& clock);

    /// Appends within the current transaction on `db` (the caller's connection).
    Status append(QSqlDatabase& db, qint64 userId, const QString& username, const QString& action,
                  const QString& subjectType, const QString& subjectId, const QString& details = {}) const;
    Status append(QSqlDatabase& db, const Session& session, const QString& action, const QString& subjectType,
                  const QString& subjectId, const QString& details = {}) const;
    /// Appends in a transaction of its own.
    Status record(const Session& session, const QString& action, const QString& subjectType, const QString& subjectId,
                  const QString& details = {}) const;

    /// Newest first; admin only.
    Result<QList<AuditEntry>> list(const Session& session, int limit = 500, int offset = 0) const;

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadId = 0; ///< the first entry that was changed, or the one after a gap
        QString problem;
    };
    /// Recomputes the whole chain; admin only. Audited itself.
    Result<Verification> verify(const Session& session) const;

    static QString computeHash(const AuditEntry& entry);

private:
    Verification verifyChain(QSqlDatabase& db) const;

    Database& m_database;
    const Clock& m_clock;
};

} // namespace pulsedesk
