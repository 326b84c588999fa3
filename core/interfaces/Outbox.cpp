#include "interfaces/Outbox.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

const QString Columns = QStringLiteral(
    "SELECT id, destination, kind, coalesce(patient_id, 0), coalesce(device_id, 0), ref, content, created_at, "
    "coalesce(control_id, ''), message, state, attempts, coalesce(sent_at, 0), coalesce(acknowledged_at, 0), error "
    "FROM hl7_outbox ");
/// The same without the content and the message, which carry results and alarm values: for those who may not read
/// them (a ward server refuses an administrator those columns).
const QString ColumnsWithoutContent = QString(Columns)
                                          .replace(QLatin1String(" content,"), QLatin1String(" '',"))
                                          .replace(QLatin1String(" message,"), QLatin1String(" NULL,"));

OutboxEntry readEntry(const QSqlQuery& q)
{
    OutboxEntry e;
    e.id = q.value(0).toLongLong();
    e.destination = q.value(1).toString();
    e.kind = q.value(2).toString();
    e.patientId = q.value(3).toLongLong();
    e.deviceId = q.value(4).toLongLong();
    e.ref = q.value(5).toLongLong();
    e.content = q.value(6).toString();
    e.createdAt = q.value(7).toLongLong();
    e.controlId = q.value(8).toString();
    e.message = q.value(9).toByteArray();
    e.state = q.value(10).toString();
    e.attempts = q.value(11).toInt();
    e.sentAt = q.value(12).toLongLong();
    e.acknowledgedAt = q.value(13).toLongLong();
    e.error = q.value(14).toString();
    return e;
}

QString context()
{
    return QCoreApplication::translate("Outbox", "reading or writing the interface outbox");
}

} // namespace

Outbox::Outbox(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<std::optional<OutboxEntry>> Outbox::head(const QString& destination) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, Columns + QStringLiteral("WHERE destination = ? AND state = 'pending' ORDER BY id LIMIT 1"),
                   {destination}))
        return Sql::error(q, context());
    if (!q.next())
        return std::optional<OutboxEntry> {};
    return std::optional<OutboxEntry> {readEntry(q)};
}

Status Outbox::update(const QString& sql, std::initializer_list<QVariant> values) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, sql, values))
        return Sql::error(q, context());
    return {};
}

Status Outbox::prepare(qint64 id, const QString& controlId, const QByteArray& message) const
{
    return update(QStringLiteral("UPDATE hl7_outbox SET control_id = ?, message = ? WHERE id = ? AND message IS NULL"),
                  {controlId, message, id});
}

Status Outbox::markAttempt(qint64 id) const
{
    return update(QStringLiteral("UPDATE hl7_outbox SET attempts = attempts + 1, sent_at = ? WHERE id = ?"),
                  {m_clock.nowMs(), id});
}

Status Outbox::markAcknowledged(qint64 id) const
{
    return update(QStringLiteral("UPDATE hl7_outbox SET state = 'acknowledged', acknowledged_at = ?, error = '' "
                                 "WHERE id = ?"),
                  {m_clock.nowMs(), id});
}

Status Outbox::markError(qint64 id, const QString& reason) const
{
    return update(QStringLiteral("UPDATE hl7_outbox SET state = 'error', error = ? WHERE id = ?"),
                  {Sql::text(reason), id});
}

Result<Outbox::Counts> Outbox::counts(const QString& destination) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT coalesce(sum(CASE WHEN state = 'pending' THEN 1 ELSE 0 END), 0), "
                                  "coalesce(sum(CASE WHEN state = 'acknowledged' THEN 1 ELSE 0 END), 0), "
                                  "coalesce(sum(CASE WHEN state = 'error' THEN 1 ELSE 0 END), 0) "
                                  "FROM hl7_outbox WHERE destination = ?"),
                   {destination})
        || !q.next())
        return Sql::error(q, context());
    return Counts {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

Result<QList<OutboxEntry>> Outbox::list(const Session& session, bool all, int limit) const
{
    if (auto allowed = Permissions::require(session, Permission::ManageQuarantine); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool content = Permissions::allows(session.role, Permission::ReadResults);
    if (!Sql::exec(q,
                   (content ? Columns : ColumnsWithoutContent)
                       + QStringLiteral("WHERE (? <> 0 OR state = 'error') ORDER BY id DESC LIMIT ?"),
                   {all, limit}))
        return Sql::error(q, context());
    QList<OutboxEntry> entries;
    while (q.next())
        entries.append(readEntry(q));
    if (q.lastError().isValid())
        return Sql::error(q, context());
    return entries;
}

Result<int> Outbox::retry(const Session& session, const QList<qint64>& ids) const
{
    if (auto allowed = Permissions::require(session, Permission::ManageQuarantine); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    int changed = 0;
    const auto again = [&](const QString& where, std::initializer_list<QVariant> values) {
        if (!Sql::exec(
                q, QStringLiteral("UPDATE hl7_outbox SET state = 'pending', error = '' WHERE state = 'error'") + where,
                values))
            return false;
        changed += q.numRowsAffected();
        return true;
    };
    if (ids.isEmpty()) {
        if (!again(QString(), {}))
            return Sql::error(q, context());
    }
    for (qint64 id : ids) {
        if (!again(QStringLiteral(" AND id = ?"), {id}))
            return Sql::error(q, context());
    }
    if (auto audited = m_audit.append(db, session, QStringLiteral("outbox.retry"), QStringLiteral("outbox"),
                                      ids.isEmpty() ? QStringLiteral("all") : QString::number(ids.size()),
                                      QStringLiteral("entries=%1").arg(changed));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return changed;
}

} // namespace pulsedesk
