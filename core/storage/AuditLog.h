#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>
#include <vector>

namespace pulsedesk {

class AuditAnchor;
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
/// are stored together or not at all. With an anchor, the head is also written outside the database after each
/// commit, so that losing committed transactions (the database's -wal file) is detected too.
class AuditLog
{
public:
    AuditLog(Database& database, const Clock& clock, AuditAnchor* anchor = nullptr);

    /// How the store compares with its anchor, checked when the store is opened.
    struct AnchorCheck
    {
        enum class State
        {
            Intact,
            Created, ///< an existing store had no anchor yet: it was created now
            Recreated, ///< the anchor of an anchored store was missing: written again at the current head
            Behind, ///< the store holds fewer entries than its anchor: committed history was lost
            Diverged, ///< the store's entry at the anchor's head differs: history was rewritten
            Invalid, ///< the anchor file is damaged or its seal does not match
            Unavailable, ///< the anchor could not be read or written (message says why)
        };
        State state = State::Intact;
        qint64 anchoredEntries = 0;
        QString anchoredHead;
        qint64 storedEntries = 0;
        QString message; ///< for an administrator; empty when intact
        /// The store is behind, beside or cannot be compared with its anchor.
        bool isProblem() const
        {
            return state == State::Behind || state == State::Diverged || state == State::Invalid
                || state == State::Unavailable;
        }
    };
    /// Compares the store with its anchor; creates the anchor when there is none (and says so).
    AnchorCheck checkAnchor() const;
    /// What the last checkAnchor() found (or reanchor() left).
    AnchorCheck lastAnchorCheck() const { return m_opened; }
    /// An administrator accepts the store as it is: the loss is written to the audit log and the anchor moved to
    /// the store's head. Refused when the chain in the store is itself broken.
    Result<AnchorCheck> reanchor(const Session& session) const;

    /// Appends within the current transaction on `db` (the caller's connection).
    Status append(QSqlDatabase& db, qint64 userId, const QString& username, const QString& action,
                  const QString& subjectType, const QString& subjectId, const QString& details = {}) const;
    Status append(QSqlDatabase& db, const Session& session, const QString& action, const QString& subjectType,
                  const QString& subjectId, const QString& details = {}) const;
    /// Appends several entries in order within the current transaction on `db`: their user, username, action,
    /// subject and details as given; id, time and hashes are set here. Reads the chain's head and writes it once,
    /// however many entries (the analysis audits each alarm it raises, often dozens at one window's end).
    Status append(QSqlDatabase& db, std::vector<AuditEntry> entries) const;
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
    Verification verifyChain(QSqlDatabase& db, bool withAnchor = true) const;
    Result<std::pair<qint64, QString>> storedHead(QSqlDatabase& db) const;
    bool isAnchored(QSqlDatabase& db) const;
    AnchorCheck compareWithAnchor() const;

    Database& m_database;
    const Clock& m_clock;
    AuditAnchor* m_anchor = nullptr;
    /// What checkAnchor() found when the store was opened: a loss found then stays reported by verify().
    mutable AnchorCheck m_opened;
};

} // namespace pulsedesk
