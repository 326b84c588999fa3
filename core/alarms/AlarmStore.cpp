#include "alarms/AlarmStore.h"

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

const QString AlarmColumns = QStringLiteral(
    "a.id, a.patient_id, a.device_id, a.condition, a.priority, a.category, a.state, a.condition_active, "
    "a.condition_since, a.raised_at, a.updated_at, a.ended_at, a.escalated_at, a.acknowledged_at, a.acknowledged_by, "
    "a.comment, a.audio_paused_until, a.last_value, a.detail");
constexpr int AlarmColumnCount = 19;

Alarm readAlarmColumns(const QSqlQuery& q)
{
    Alarm a;
    a.id = q.value(0).toLongLong();
    a.patientId = q.value(1).toLongLong();
    a.deviceRowId = q.value(2).toLongLong();
    a.condition = conditionFromKey(q.value(3).toString()).value_or(AlarmCondition::Tachycardia);
    a.priority = priorityFromKey(q.value(4).toString()).value_or(AlarmPriority::High);
    a.category = categoryFromKey(q.value(5).toString());
    a.state = alarmStateFromKey(q.value(6).toString()).value_or(AlarmState::Active);
    a.conditionActive = q.value(7).toBool();
    a.conditionSinceMs = q.value(8).toLongLong();
    a.raisedAtMs = q.value(9).toLongLong();
    a.updatedAtMs = q.value(10).toLongLong();
    a.endedAtMs = q.value(11).toLongLong();
    a.escalatedAtMs = q.value(12).toLongLong();
    a.acknowledgedAtMs = q.value(13).toLongLong();
    a.acknowledgedBy = q.value(14).toLongLong();
    a.comment = q.value(15).toString();
    a.audioPausedUntilMs = q.value(16).toLongLong();
    a.lastValue = Sql::realOrNaN(q.value(17));
    a.detail = q.value(18).toString();
    return a;
}

/// The alarm engine's key of an open alarm (AlarmEngine::Key: patient, condition, device for a per-device one),
/// unique in the store while the alarm is open.
QString openKey(const Alarm& a)
{
    return QStringLiteral("%1/%2/%3")
        .arg(a.patientId)
        .arg(conditionKey(a.condition))
        .arg(perDevice(a.condition) ? a.deviceRowId : 0);
}

} // namespace

AlarmStore::AlarmStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Status AlarmStore::lockForWriting(QSqlDatabase& db)
{
    if (!Sql::isPostgres(db))
        return {};
    // A transaction-level advisory lock of its own key (the ward server's store lock uses session-level ones).
    constexpr qint64 AlarmWriters = 0x50444131; // "PDA1"
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {AlarmWriters}))
        return Sql::error(q, QCoreApplication::translate("AlarmStore", "waiting for the other writers of alarms"));
    return {};
}

Status AlarmStore::storeAlarmEvents(QSqlDatabase& db, const std::vector<AlarmEvent>& events) const
{
    QSqlQuery q(db);
    for (const AlarmEvent& e : events) {
        const Alarm& a = e.alarm;
        const QVariantList values = {a.patientId > 0 ? QVariant(a.patientId) : QVariant(),
                                     a.deviceRowId > 0 ? QVariant(a.deviceRowId) : QVariant(),
                                     conditionKey(a.condition),
                                     priorityKey(a.priority),
                                     a.category ? categoryKey(*a.category) : QString(QLatin1String("")),
                                     alarmStateKey(a.state),
                                     a.conditionActive ? 1 : 0,
                                     a.conditionSinceMs,
                                     a.raisedAtMs,
                                     a.updatedAtMs,
                                     Sql::timeOrNull(a.endedAtMs),
                                     Sql::timeOrNull(a.escalatedAtMs),
                                     Sql::timeOrNull(a.acknowledgedAtMs),
                                     a.acknowledgedBy > 0 ? QVariant(a.acknowledgedBy) : QVariant(),
                                     Sql::text(a.comment),
                                     Sql::timeOrNull(a.audioPausedUntilMs),
                                     Sql::orNull(a.lastValue),
                                     Sql::text(a.detail),
                                     a.isOpen() ? QVariant(openKey(a)) : QVariant(),
                                     a.id};
        q.prepare(QStringLiteral(
            "UPDATE alarms SET patient_id = ?, device_id = ?, condition = ?, priority = ?, category = ?, state = ?, "
            "condition_active = ?, condition_since = ?, raised_at = ?, updated_at = ?, ended_at = ?, escalated_at = ?, "
            "acknowledged_at = ?, acknowledged_by = ?, comment = ?, audio_paused_until = ?, last_value = ?, detail = "
            "?, "
            "open_key = ? WHERE id = ?"));
        for (const QVariant& v : values)
            q.addBindValue(Sql::bindable(v));
        if (!q.exec())
            return Sql::error(q, QCoreApplication::translate("AlarmStore", "storing an alarm"));
        if (q.numRowsAffected() == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO alarms (patient_id, device_id, condition, priority, category, state, condition_active, "
                "condition_since, raised_at, updated_at, ended_at, escalated_at, acknowledged_at, acknowledged_by, "
                "comment, audio_paused_until, last_value, detail, open_key, id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : values)
                q.addBindValue(Sql::bindable(v));
            if (!q.exec())
                return Sql::error(q, QCoreApplication::translate("AlarmStore", "storing an alarm"));
        }
        const QString detail = e.action == AlarmAction::Acknowledged ? a.comment
            : a.category                                             ? categoryKey(*a.category)
                                                                     : a.detail;
        if (!Sql::exec(q,
                       QStringLiteral(
                           "INSERT INTO alarm_events (alarm_id, at, user_id, action, detail) VALUES (?, ?, ?, ?, ?)"),
                       {a.id, e.atMs, e.userId > 0 ? QVariant(e.userId) : QVariant(), alarmActionKey(e.action),
                        Sql::text(detail)}))
            return Sql::error(q, QCoreApplication::translate("AlarmStore", "storing an alarm"));
        // What the workstation itself does to an alarm is audited too, so the log tells the whole story.
        if (e.userId == 0
            && (e.action == AlarmAction::Raised || e.action == AlarmAction::PriorityRaised
                || e.action == AlarmAction::Escalated || e.action == AlarmAction::Ended)) {
            if (auto audited = m_audit.append(db, 0, QStringLiteral("pulsedesk"),
                                              QStringLiteral("alarm.") + alarmActionKey(e.action),
                                              QStringLiteral("alarm"), QString::number(a.id),
                                              conditionKey(a.condition) + QLatin1Char(' ') + priorityKey(a.priority));
                !audited)
                return audited;
        }
    }
    return {};
}

Result<std::vector<Alarm>> AlarmStore::openAlarms(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT ") + AlarmColumns + QStringLiteral(" FROM alarms a WHERE state <> 'ended'")))
        return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
    std::vector<Alarm> list;
    while (q.next())
        list.push_back(readAlarmColumns(q));
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
    return list;
}

Result<qint64> AlarmStore::nextAlarmId(QSqlDatabase& db) const
{
    const QVariant max = Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM alarms"));
    if (!max.isValid())
        return Error {Error::Code::Storage, QCoreApplication::translate("AlarmStore", "reading alarms")};
    return max.toLongLong() + 1;
}

Result<AlarmView> AlarmStore::readAlarm(QSqlDatabase& db, qint64 alarmId) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT ") + AlarmColumns
                       + QStringLiteral(", p.mrn, p.bed, p.ward, d.device_id, u.display_name FROM alarms a "
                                        "LEFT JOIN patients p ON p.id = a.patient_id "
                                        "LEFT JOIN devices d ON d.id = a.device_id "
                                        "LEFT JOIN users u ON u.id = a.acknowledged_by WHERE a.id = ?"),
                   {alarmId}))
        return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
    if (!q.next())
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("AnalysisStore", "There is no alarm %1.").arg(alarmId)};
    AlarmView view;
    view.alarm = readAlarmColumns(q);
    view.mrn = q.value(AlarmColumnCount).toString();
    view.bed = q.value(AlarmColumnCount + 1).toString();
    view.ward = q.value(AlarmColumnCount + 2).toString();
    view.deviceId = q.value(AlarmColumnCount + 3).toString();
    view.acknowledgedByName = q.value(AlarmColumnCount + 4).toString();
    QSqlQuery r(db);
    r.setForwardOnly(true);
    // Addressed to the responsible doctors; once escalated, to every active doctor of the patient's ward.
    const bool escalated = view.alarm.isEscalated() || view.alarm.patientId == 0;
    const bool ok = escalated
        ? Sql::exec(r,
                    QStringLiteral("SELECT id FROM users WHERE role = 'doctor' AND active = 1 AND "
                                   "(? = '' OR ward = '' OR ward = ?) ORDER BY id"),
                    {Sql::text(view.ward), Sql::text(view.ward)})
        : Sql::exec(r, QStringLiteral("SELECT doctor_id FROM doctor_patient WHERE patient_id = ? ORDER BY doctor_id"),
                    {view.alarm.patientId});
    if (!ok)
        return Sql::error(r, QCoreApplication::translate("AlarmStore", "reading alarms"));
    while (r.next())
        view.addressedTo.append(r.value(0).toLongLong());
    return view;
}

Result<AlarmView> AlarmStore::alarm(const Session& session, qint64 alarmId) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    return readAlarm(db, alarmId);
}

Result<QList<AlarmView>> AlarmStore::alarms(const Session& session, bool openOnly, bool addressedToMe, int limit) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id FROM alarms WHERE (? = 0 OR state <> 'ended') "
                                  "ORDER BY state = 'ended', raised_at DESC, id DESC LIMIT ?"),
                   {openOnly ? 1 : 0, limit}))
        return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
    QList<AlarmView> list;
    for (const qint64 id : std::as_const(ids)) {
        auto view = readAlarm(db, id);
        if (!view)
            return view.error();
        if (addressedToMe && !view->addressedTo.contains(session.userId))
            continue;
        list.append(view.value());
    }
    return list;
}

Status AlarmStore::operatorAction(const Session& session, qint64 alarmId, const QString& auditAction,
                                  const std::function<Result<std::vector<AlarmEvent>>(Alarm&)>& transition) const
{
    if (auto allowed = Permissions::require(session, Permission::AcknowledgeAlarms); !allowed)
        return allowed;
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto locked = lockForWriting(db); !locked)
        return locked;
    auto view = readAlarm(db, alarmId);
    if (!view)
        return view.error();
    Alarm alarm = view->alarm;
    auto events = transition(alarm);
    if (!events)
        return events.error();
    if (auto stored = storeAlarmEvents(db, events.value()); !stored)
        return stored;
    if (auto audited = m_audit.append(db, session, auditAction, QStringLiteral("alarm"), QString::number(alarmId),
                                      conditionKey(alarm.condition) + QLatin1Char(' ') + priorityKey(alarm.priority));
        !audited)
        return audited;
    return transaction.commit();
}

Status AlarmStore::acknowledge(const Session& session, qint64 alarmId, const QString& comment) const
{
    const qint64 now = m_clock.nowMs();
    return operatorAction(session, alarmId, QStringLiteral("alarm.acknowledge"),
                          [&](Alarm& alarm) { return AlarmEngine::acknowledge(alarm, session.userId, comment, now); });
}

Status AlarmStore::pauseAudio(const Session& session, qint64 alarmId, int seconds) const
{
    const qint64 now = m_clock.nowMs();
    return operatorAction(session, alarmId, QStringLiteral("alarm.pause-audio"), [&](Alarm& alarm) {
        return AlarmEngine::pauseAudio(alarm, session.userId, qint64(seconds) * 1000, AlarmSettings::MaxAudioPauseMs,
                                       now);
    });
}

} // namespace pulsedesk
