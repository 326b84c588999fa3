#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// A message waiting in the outbox, sent, or refused by its destination.
struct OutboxEntry
{
    qint64 id = 0;
    QString destination; ///< "results" or "alarms"
    QString kind; ///< "result", "correction", "minute" (a minute's medians), "alarm"
    qint64 patientId = 0;
    qint64 deviceId = 0;
    qint64 ref = 0; ///< the window start of a result, the minute's start, the alarm event's id
    QString content; ///< the values reported, as written with the result or event (URL query form)
    qint64 createdAt = 0;
    QString controlId; ///< MSH-10, fixed at the first attempt
    QByteArray message; ///< the encoded message, fixed at the first attempt and resent as it is
    QString state; ///< pending, acknowledged, error
    int attempts = 0;
    qint64 sentAt = 0;
    qint64 acknowledgedAt = 0;
    QString error; ///< the destination's reason (AE, AR)
};

/// The durable outbox of the hospital interfaces (table hl7_outbox, filled by triggers in the transactions that
/// store results and alarm events). Entries of one destination are sent oldest first, one at a time, so each
/// patient's come in order; an entry stays pending until its destination answers AA, and goes to the
/// "interface errors" list with the reason on AE or AR, from where people send it again.
class Outbox
{
public:
    Outbox(Database& database, AuditLog& audit, const Clock& clock);

    /// The oldest pending entry of a destination.
    Result<std::optional<OutboxEntry>> head(const QString& destination) const;
    /// Fixes the control id and message of an entry before its first attempt.
    Status prepare(qint64 id, const QString& controlId, const QByteArray& message) const;
    Status markAttempt(qint64 id) const;
    Status markAcknowledged(qint64 id) const;
    Status markError(qint64 id, const QString& reason) const;

    struct Counts
    {
        qint64 pending = 0;
        qint64 acknowledged = 0;
        qint64 errors = 0;
    };
    Result<Counts> counts(const QString& destination) const;

    /// The interface errors (or every entry with `all`), newest first; admin and nurse (as the quarantine).
    Result<QList<OutboxEntry>> list(const Session& session, bool all = false, int limit = 500) const;
    /// Sends refused entries again (all of them when `ids` is empty); audited. Returns how many.
    Result<int> retry(const Session& session, const QList<qint64>& ids) const;

private:
    Status update(const QString& sql, std::initializer_list<QVariant> values) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
