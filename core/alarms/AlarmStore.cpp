#include "alarms/AlarmStore.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PostgresArrayText.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <optional>
#include <set>

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

/// An alarm's columns in the order of the statements below, the id last, as Sql::bindable() values.
QVariantList alarmValues(const Alarm& a)
{
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
    QVariantList bound;
    bound.reserve(values.size());
    for (const QVariant& v : values)
        bound.append(Sql::bindable(v));
    return bound;
}

/// An event's row of alarm_events: alarm_id, at, user_id, action, detail.
QVariantList eventValues(const AlarmEvent& e)
{
    const Alarm& a = e.alarm;
    const QString detail = e.action == AlarmAction::Acknowledged ? a.comment
        : a.category                                             ? categoryKey(*a.category)
                                                                 : a.detail;
    return {a.id, e.atMs, e.userId > 0 ? QVariant(e.userId) : QVariant(), alarmActionKey(e.action),
            Sql::bindable(Sql::text(detail))};
}

/// The columns alarmValues() gives before the id.
constexpr auto AlarmDataColumns = "patient_id, device_id, condition, priority, category, state, condition_active, "
                                  "condition_since, raised_at, updated_at, ended_at, escalated_at, acknowledged_at, "
                                  "acknowledged_by, comment, audio_paused_until, last_value, detail, open_key";
constexpr auto AlarmArrays = "unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], "
                             "?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], "
                             "?::bigint[], ?::bigint[], ?::text[], ?::bigint[], ?::float8[], ?::text[], ?::text[], "
                             "?::bigint[])";

/// `column = ` and the value for each of AlarmDataColumns: `value` holds %1 for the column's name ("?", "v.%1").
QString assignments(const QString& value)
{
    QStringList list;
    for (const QString& column : QString::fromLatin1(AlarmDataColumns).split(QStringLiteral(", ")))
        list << column + QStringLiteral(" = ") + QString(value).replace(QStringLiteral("%1"), column);
    return list.join(QStringLiteral(", "));
}

/// Binds rows of values as one array per column, parameters 1 to n.
void bindColumns(RawStatement& statement, const std::vector<QVariantList>& rows)
{
    const std::vector<QByteArray> arrays = PostgresArrayText::columns(rows, rows.front().size());
    for (std::size_t c = 0; c < arrays.size(); ++c)
        statement.bind(int(c) + 1, QString::fromUtf8(arrays[c]));
}

/// On a ward server, events of alarms that each appear once: their alarms updated, those new to the store inserted,
/// and their history written, three statements whatever their number. A statement a row costs a round trip each,
/// and a window's end can bring dozens of alarm events at once, which the next batch's alarms would wait for.
Status storeOncePerAlarm(QSqlDatabase& db, const std::vector<AlarmEvent>& events, std::size_t from, std::size_t to,
                         const QString& storing)
{
    std::vector<QVariantList> alarms;
    std::vector<QVariantList> history;
    for (std::size_t i = from; i < to; ++i) {
        alarms.push_back(alarmValues(events[i].alarm));
        history.push_back(eventValues(events[i]));
    }
    std::set<qint64> updated;
    {
        const QByteArray sql =
            (QStringLiteral("UPDATE alarms AS a SET %1 FROM %2 AS v(%3, id) WHERE a.id = v.id "
                            "RETURNING a.id")
                 .arg(assignments(QStringLiteral("v.%1")), QLatin1String(AlarmArrays), QLatin1String(AlarmDataColumns)))
                .toUtf8();
        RawStatement update(db, sql.constData());
        if (!update.ok())
            return update.error(storing);
        bindColumns(update, alarms);
        for (;;) {
            const RawStatement::Step step = update.step();
            if (step == RawStatement::Step::Failed)
                return update.error(storing);
            if (step == RawStatement::Step::Done)
                break;
            updated.insert(update.integer(0));
        }
    }
    std::erase_if(alarms, [&updated](const QVariantList& row) { return updated.contains(row.back().toLongLong()); });
    if (!alarms.empty()) {
        const QByteArray sql = QByteArrayLiteral("INSERT INTO alarms (") + AlarmDataColumns
            + QByteArrayLiteral(", id) SELECT * FROM ") + AlarmArrays;
        RawStatement insert(db, sql.constData());
        if (!insert.ok())
            return insert.error(storing);
        bindColumns(insert, alarms);
        if (insert.step() != RawStatement::Step::Done)
            return insert.error(storing);
    }
    RawStatement add(db,
                     "INSERT INTO alarm_events (alarm_id, at, user_id, action, detail) "
                     "SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[])");
    if (!add.ok())
        return add.error(storing);
    bindColumns(add, history);
    if (add.step() != RawStatement::Step::Done)
        return add.error(storing);
    return {};
}

/// The events in order, on a ward server: cut where an alarm comes back, so that each part holds an alarm once
/// and what its history rows read of it (the HL7 outbox) is its state at that event, as one by one.
Status storeAtOnce(QSqlDatabase& db, const std::vector<AlarmEvent>& events, const QString& storing)
{
    std::size_t from = 0;
    while (from < events.size()) {
        std::set<qint64> ids;
        std::size_t to = from;
        while (to < events.size() && ids.insert(events[to].alarm.id).second)
            ++to;
        if (auto stored = storeOncePerAlarm(db, events, from, to, storing); !stored)
            return stored;
        from = to;
    }
    return {};
}

/// What the workstation itself does to an alarm is audited too, so the log tells the whole story.
std::optional<AuditEntry> auditOf(const AlarmEvent& e)
{
    if (e.userId != 0
        || (e.action != AlarmAction::Raised && e.action != AlarmAction::PriorityRaised
            && e.action != AlarmAction::Escalated && e.action != AlarmAction::Ended))
        return std::nullopt;
    AuditEntry entry;
    entry.username = QStringLiteral("pulsedesk");
    entry.action = QStringLiteral("alarm.") + alarmActionKey(e.action);
    entry.subjectType = QStringLiteral("alarm");
    entry.subjectId = QString::number(e.alarm.id);
    entry.details = conditionKey(e.alarm.condition) + QLatin1Char(' ') + priorityKey(e.alarm.priority);
    return entry;
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
    if (events.empty())
        return {};
    const QString storing = QCoreApplication::translate("AlarmStore", "storing an alarm");
    std::vector<AuditEntry> audited;
    for (const AlarmEvent& e : events) {
        if (auto entry = auditOf(e))
            audited.push_back(std::move(*entry));
    }
    if (Sql::isPostgres(db)) {
        if (auto stored = storeAtOnce(db, events, storing); !stored)
            return stored;
        return m_audit.append(db, std::move(audited));
    }
    // SQLite: each statement prepared once for all the events.
    QSqlQuery update(db);
    QSqlQuery insert(db);
    bool insertPrepared = false; // only for alarms new to the store
    QSqlQuery history(db);
    if (!update.prepare(QStringLiteral("UPDATE alarms SET %1 WHERE id = ?").arg(assignments(QStringLiteral("?")))))
        return Sql::error(update, storing);
    if (!history.prepare(
            QStringLiteral("INSERT INTO alarm_events (alarm_id, at, user_id, action, detail) VALUES (?, ?, ?, ?, ?)")))
        return Sql::error(history, storing);
    for (const AlarmEvent& e : events) {
        const QVariantList values = alarmValues(e.alarm);
        for (const QVariant& v : values)
            update.addBindValue(v);
        if (!update.exec())
            return Sql::error(update, storing);
        if (update.numRowsAffected() == 0) {
            if (!insertPrepared
                && !insert.prepare(
                    QStringLiteral("INSERT INTO alarms (%1, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                   "?, ?, ?, ?, ?, ?, ?, ?)")
                        .arg(QLatin1String(AlarmDataColumns))))
                return Sql::error(insert, storing);
            insertPrepared = true;
            for (const QVariant& v : values)
                insert.addBindValue(v);
            if (!insert.exec())
                return Sql::error(insert, storing);
        }
        for (const QVariant& v : eventValues(e))
            history.addBindValue(v);
        if (!history.exec())
            return Sql::error(history, storing);
    }
    return m_audit.append(db, std::move(audited));
}

Result<std::set<qint64>> AlarmStore::storedAmong(QSqlDatabase& db, const std::vector<qint64>& ids)
{
    constexpr std::size_t Chunk = 500; // below SQLite's limit on a statement's values
    std::set<qint64> stored;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    for (std::size_t from = 0; from < ids.size(); from += Chunk) {
        const std::size_t n = std::min(Chunk, ids.size() - from);
        QString places = QStringLiteral("?");
        for (std::size_t i = 1; i < n; ++i)
            places += QStringLiteral(", ?");
        if (!q.prepare(QStringLiteral("SELECT id FROM alarms WHERE id IN (%1)").arg(places)))
            return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
        for (std::size_t i = from; i < from + n; ++i)
            q.addBindValue(ids[i]);
        if (!q.exec())
            return Sql::error(q, QCoreApplication::translate("AlarmStore", "reading alarms"));
        while (q.next())
            stored.insert(q.value(0).toLongLong());
    }
    return stored;
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
