#include "analysis/AnalysisStore.h"

#include "security/AuditLog.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace pulsedesk {

namespace {

QVariant number(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}

double numberOr(const QVariant& v)
{
    return v.isNull() ? std::numeric_limits<double>::quiet_NaN() : v.toDouble();
}

QVariant timeOrNull(qint64 ms)
{
    return ms > 0 ? QVariant(ms) : QVariant();
}

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
    a.lastValue = numberOr(q.value(17));
    a.detail = q.value(18).toString();
    return a;
}

QString context(const char* what)
{
    return QCoreApplication::translate("AnalysisStore", what);
}

} // namespace

AnalysisStore::AnalysisStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Status AnalysisStore::storeResults(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const
{
    if (results.empty())
        return {};
    // SQLite's own API: a result has nineteen columns, and an import stores tens of thousands of them. A new
    // window is inserted; a recomputed one is updated in place. (INSERT OR REPLACE would do both in one
    // statement but costs four times as much per row, and SQLCipher 3.4's SQLite has no upsert.)
    sqlite3* handle = RawStatement::handleOf(db);
    RawStatement insert(handle,
                        "INSERT OR IGNORE INTO analysis_results (sample_count, coverage, hr_mean, hr_min, hr_max, "
                        "hr_sd, spo2_mean, temperature_c_mean, systolic_mean, diastolic_mean, category, "
                        "low_confidence, basis, band, computed_at, window_ms, patient_id, device_id, window_start) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    RawStatement update(handle,
                        "UPDATE analysis_results SET sample_count = ?, coverage = ?, hr_mean = ?, hr_min = ?, "
                        "hr_max = ?, hr_sd = ?, spo2_mean = ?, temperature_c_mean = ?, systolic_mean = ?, "
                        "diastolic_mean = ?, category = ?, low_confidence = ?, basis = ?, band = ?, computed_at = ?, "
                        "window_ms = ? WHERE patient_id = ? AND device_id = ? AND window_start = ?");
    if (!insert.ok() || !update.ok())
        return insert.error(context("storing analysis results"));
    // Both statements take the same values in the same order.
    const auto bindAll = [nowMs](RawStatement& q, const WindowResult& r) {
        q.bind(1, qint64(r.sampleCount));
        q.bind(2, r.coverage);
        q.bind(3, r.hrMean);
        q.bind(4, r.hrMin);
        q.bind(5, r.hrMax);
        q.bind(6, r.hrSd);
        q.bind(7, r.spo2Mean);
        q.bind(8, r.temperatureMean);
        q.bind(9, r.systolicMean);
        q.bind(10, r.diastolicMean);
        q.bind(11, categoryKey(r.classification.category));
        q.bind(12, qint64(r.lowConfidence ? 1 : 0));
        q.bind(13, basisKey(r.classification.basis));
        q.bind(14, r.classification.band);
        q.bind(15, nowMs);
        q.bind(16, r.windowMs);
        q.bind(17, r.patientId);
        q.bind(18, r.deviceRowId);
        q.bind(19, r.windowStartMs);
    };
    for (const WindowResult& r : results) {
        bindAll(insert, r);
        const int inserted = insert.step();
        insert.reset();
        if (inserted != SQLITE_DONE)
            return insert.error(context("storing analysis results"));
        if (sqlite3_changes(handle) > 0)
            continue;
        bindAll(update, r);
        const int updated = update.step();
        update.reset();
        if (updated != SQLITE_DONE)
            return update.error(context("storing analysis results"));
    }
    return {};
}

Status AnalysisStore::storeFinding(QSqlDatabase& db, const WindowResult& result, qint64 nowMs) const
{
    QSqlQuery q(db);
    // A recomputed window updates its finding's category but keeps a review already made.
    if (!Sql::exec(q,
                   QStringLiteral("INSERT OR IGNORE INTO findings (patient_id, device_id, window_start, category, "
                                  "found_at) VALUES (?, ?, ?, ?, ?)"),
                   {result.patientId, result.deviceRowId, result.windowStartMs,
                    categoryKey(result.classification.category), nowMs})
        || !Sql::exec(
            q,
            QStringLiteral("UPDATE findings SET category = ? WHERE patient_id = ? AND device_id = ? AND "
                           "window_start = ?"),
            {categoryKey(result.classification.category), result.patientId, result.deviceRowId, result.windowStartMs}))
        return Sql::error(q, context("storing a retrospective finding"));
    return {};
}

Status AnalysisStore::storeFindings(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const
{
    sqlite3* handle = RawStatement::handleOf(db);
    RawStatement insert(handle,
                        "INSERT OR IGNORE INTO findings (patient_id, device_id, window_start, category, "
                        "found_at) VALUES (?, ?, ?, ?, ?)");
    RawStatement update(handle,
                        "UPDATE findings SET category = ? WHERE patient_id = ? AND device_id = ? AND "
                        "window_start = ?");
    if (!insert.ok() || !update.ok())
        return insert.error(context("storing a retrospective finding"));
    for (const WindowResult& r : results) {
        const QString category = categoryKey(r.classification.category);
        insert.bind(1, r.patientId);
        insert.bind(2, r.deviceRowId);
        insert.bind(3, r.windowStartMs);
        insert.bind(4, category);
        insert.bind(5, nowMs);
        const int inserted = insert.step();
        insert.reset();
        if (inserted != SQLITE_DONE)
            return insert.error(context("storing a retrospective finding"));
        if (sqlite3_changes(handle) > 0)
            continue; // a new finding
        // Found again: the category follows the recomputed window; a review already made stays.
        update.bind(1, category);
        update.bind(2, r.patientId);
        update.bind(3, r.deviceRowId);
        update.bind(4, r.windowStartMs);
        const int updated = update.step();
        update.reset();
        if (updated != SQLITE_DONE)
            return update.error(context("storing a retrospective finding"));
    }
    return {};
}

Status AnalysisStore::storeAlarmEvents(QSqlDatabase& db, const std::vector<AlarmEvent>& events) const
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
                                     timeOrNull(a.endedAtMs),
                                     timeOrNull(a.escalatedAtMs),
                                     timeOrNull(a.acknowledgedAtMs),
                                     a.acknowledgedBy > 0 ? QVariant(a.acknowledgedBy) : QVariant(),
                                     Sql::text(a.comment),
                                     timeOrNull(a.audioPausedUntilMs),
                                     number(a.lastValue),
                                     Sql::text(a.detail),
                                     a.id};
        q.prepare(QStringLiteral(
            "UPDATE alarms SET patient_id = ?, device_id = ?, condition = ?, priority = ?, category = ?, state = ?, "
            "condition_active = ?, condition_since = ?, raised_at = ?, updated_at = ?, ended_at = ?, escalated_at = ?, "
            "acknowledged_at = ?, acknowledged_by = ?, comment = ?, audio_paused_until = ?, last_value = ?, detail = ? "
            "WHERE id = ?"));
        for (const QVariant& v : values)
            q.addBindValue(v);
        if (!q.exec())
            return Sql::error(q, context("storing an alarm"));
        if (q.numRowsAffected() == 0) {
            q.prepare(QStringLiteral(
                "INSERT INTO alarms (patient_id, device_id, condition, priority, category, state, condition_active, "
                "condition_since, raised_at, updated_at, ended_at, escalated_at, acknowledged_at, acknowledged_by, "
                "comment, audio_paused_until, last_value, detail, id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : values)
                q.addBindValue(v);
            if (!q.exec())
                return Sql::error(q, context("storing an alarm"));
        }
        const QString detail = e.action == AlarmAction::Acknowledged ? a.comment
            : a.category                                             ? categoryKey(*a.category)
                                                                     : a.detail;
        if (!Sql::exec(q,
                       QStringLiteral(
                           "INSERT INTO alarm_events (alarm_id, at, user_id, action, detail) VALUES (?, ?, ?, ?, ?)"),
                       {a.id, e.atMs, e.userId > 0 ? QVariant(e.userId) : QVariant(), alarmActionKey(e.action),
                        Sql::text(detail)}))
            return Sql::error(q, context("storing an alarm"));
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

Result<std::vector<Alarm>> AnalysisStore::openAlarms(QSqlDatabase& db) const
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT ") + AlarmColumns + QStringLiteral(" FROM alarms a WHERE state <> 'ended'")))
        return Sql::error(q, context("reading alarms"));
    std::vector<Alarm> list;
    while (q.next())
        list.push_back(readAlarmColumns(q));
    if (q.lastError().isValid())
        return Sql::error(q, context("reading alarms"));
    return list;
}

Result<qint64> AnalysisStore::nextAlarmId(QSqlDatabase& db) const
{
    const QVariant max = Sql::scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM alarms"));
    if (!max.isValid())
        return Error {Error::Code::Storage, context("reading alarms")};
    return max.toLongLong() + 1;
}

Result<qint64> AnalysisStore::patientId(QSqlDatabase& db, const QString& mrn) const
{
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM patients WHERE mrn = ?"), {mrn});
    if (!id.isValid())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("AnalysisStore", "There is no patient with the medical record number %1.")
                .arg(mrn)};
    return id.toLongLong();
}

Result<QList<WindowResult>> AnalysisStore::results(const Session& session, const QString& mrn, const QDateTime& from,
                                                   const QDateTime& to, int limit) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    auto patient = patientId(db, mrn);
    if (!patient)
        return patient.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT patient_id, device_id, window_start, window_ms, sample_count, coverage, hr_mean, "
                           "hr_min, hr_max, hr_sd, spo2_mean, temperature_c_mean, systolic_mean, diastolic_mean, "
                           "category, low_confidence, basis, band FROM analysis_results WHERE patient_id = ? AND "
                           "window_start >= ? AND window_start < ? ORDER BY window_start DESC, device_id LIMIT ?"),
            {patient.value(), from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
             to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), limit}))
        return Sql::error(q, context("reading analysis results"));
    QList<WindowResult> list;
    while (q.next()) {
        WindowResult r;
        r.patientId = q.value(0).toLongLong();
        r.deviceRowId = q.value(1).toLongLong();
        r.windowStartMs = q.value(2).toLongLong();
        r.windowMs = q.value(3).toLongLong();
        r.sampleCount = q.value(4).toInt();
        r.coverage = q.value(5).toDouble();
        r.hrMean = numberOr(q.value(6));
        r.hrMin = numberOr(q.value(7));
        r.hrMax = numberOr(q.value(8));
        r.hrSd = numberOr(q.value(9));
        r.spo2Mean = numberOr(q.value(10));
        r.temperatureMean = numberOr(q.value(11));
        r.systolicMean = numberOr(q.value(12));
        r.diastolicMean = numberOr(q.value(13));
        r.classification.category = categoryFromKey(q.value(14).toString()).value_or(Category::NoAnomaly);
        r.lowConfidence = q.value(15).toBool();
        r.classification.basis = basisFromKey(q.value(16).toString()).value_or(ClassificationBasis::ReferenceTable);
        r.classification.band = q.value(17).toString();
        list.append(r);
    }
    if (q.lastError().isValid())
        return Sql::error(q, context("reading analysis results"));
    if (auto audited = m_audit.record(session, QStringLiteral("results.read"), QStringLiteral("patient"), mrn);
        !audited)
        return audited.error();
    return list;
}

Result<AlarmView> AnalysisStore::readAlarm(QSqlDatabase& db, qint64 alarmId) const
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
        return Sql::error(q, context("reading alarms"));
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
        return Sql::error(r, context("reading alarms"));
    while (r.next())
        view.addressedTo.append(r.value(0).toLongLong());
    return view;
}

Result<AlarmView> AnalysisStore::alarm(const Session& session, qint64 alarmId) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    return readAlarm(db, alarmId);
}

Result<QList<AlarmView>> AnalysisStore::alarms(const Session& session, bool openOnly, bool addressedToMe,
                                               int limit) const
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
        return Sql::error(q, context("reading alarms"));
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return Sql::error(q, context("reading alarms"));
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

Result<QList<Finding>> AnalysisStore::findings(const Session& session, const QString& mrn, bool unreviewedOnly) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.mrn, d.device_id, f.window_start, f.category, f.found_at, f.reviewed_by "
                                  "FROM findings f JOIN patients p ON p.id = f.patient_id "
                                  "JOIN devices d ON d.id = f.device_id "
                                  "WHERE (? = '' OR p.mrn = ?) AND (? = 0 OR f.reviewed_at IS NULL) "
                                  "ORDER BY f.window_start DESC LIMIT 5000"),
                   {Sql::text(mrn), Sql::text(mrn), unreviewedOnly ? 1 : 0}))
        return Sql::error(q, context("reading findings"));
    QList<Finding> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     categoryFromKey(q.value(3).toString()).value_or(Category::NoAnomaly), q.value(4).toLongLong(),
                     q.value(5).toLongLong()});
    if (q.lastError().isValid())
        return Sql::error(q, context("reading findings"));
    return list;
}

Status AnalysisStore::operatorAction(const Session& session, qint64 alarmId, const QString& auditAction,
                                     const std::function<Result<std::vector<AlarmEvent>>(Alarm&)>& transition) const
{
    if (auto allowed = Permissions::require(session, Permission::AcknowledgeAlarms); !allowed)
        return allowed;
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
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

Status AnalysisStore::acknowledge(const Session& session, qint64 alarmId, const QString& comment) const
{
    const qint64 now = m_clock.nowMs();
    return operatorAction(session, alarmId, QStringLiteral("alarm.acknowledge"),
                          [&](Alarm& alarm) { return AlarmEngine::acknowledge(alarm, session.userId, comment, now); });
}

Status AnalysisStore::pauseAudio(const Session& session, qint64 alarmId, int seconds) const
{
    const qint64 now = m_clock.nowMs();
    return operatorAction(session, alarmId, QStringLiteral("alarm.pause-audio"), [&](Alarm& alarm) {
        return AlarmEngine::pauseAudio(alarm, session.userId, qint64(seconds) * 1000, AlarmSettings::MaxAudioPauseMs,
                                       now);
    });
}

Status AnalysisStore::setLimits(const Session& session, const QString& mrn, const HeartRateLimits& limits,
                                const QString& reason) const
{
    if (auto allowed = Permissions::require(session, Permission::SetPatientLimits); !allowed)
        return allowed;
    if (const QString problem = limits.problem(); !problem.isEmpty())
        return Error {Error::Code::Invalid, problem};
    if (reason.trimmed().isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("AnalysisStore", "Give the clinical reason for these limits.")};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto patient = patientId(db, mrn);
    if (!patient)
        return patient.error();
    const QVariant discharged =
        Sql::scalar(db, QStringLiteral("SELECT discharged_at IS NOT NULL FROM patients WHERE id = ?"), {*patient});
    if (discharged.toBool())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AnalysisStore", "The patient is discharged; limits cannot be set.")};
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE patient_limits SET ended_at = ?, ended_by = ? WHERE patient_id = ? AND "
                                  "ended_at IS NULL"),
                   {now, session.userId, *patient})
        || !Sql::exec(q,
                      QStringLiteral("INSERT INTO patient_limits (patient_id, severe_bradycardia_at_or_below, "
                                     "bradycardia_below, tachycardia_above, severe_tachycardia_at_or_above, reason, "
                                     "set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {*patient, limits.severeBradycardiaAtOrBelow, limits.bradycardiaBelow, limits.tachycardiaAbove,
                       limits.severeTachycardiaAtOrAbove, reason.trimmed(), session.userId, now}))
        return Sql::error(q, context("setting patient limits"));
    const QString details = QStringLiteral("%1/%2/%3/%4: %5")
                                .arg(limits.severeBradycardiaAtOrBelow)
                                .arg(limits.bradycardiaBelow)
                                .arg(limits.tachycardiaAbove)
                                .arg(limits.severeTachycardiaAtOrAbove)
                                .arg(reason.trimmed());
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("limits.set"), QStringLiteral("patient"), mrn, details);
        !audited)
        return audited;
    return transaction.commit();
}

Status AnalysisStore::clearLimits(const Session& session, const QString& mrn, const QString& reason) const
{
    if (auto allowed = Permissions::require(session, Permission::SetPatientLimits); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("AnalysisStore",
                                                  "Give the reason for going back to the reference "
                                                  "table.")};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto patient = patientId(db, mrn);
    if (!patient)
        return patient.error();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE patient_limits SET ended_at = ?, ended_by = ? WHERE patient_id = ? AND "
                                  "ended_at IS NULL"),
                   {m_clock.nowMs(), session.userId, *patient}))
        return Sql::error(q, context("setting patient limits"));
    if (q.numRowsAffected() == 0)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("AnalysisStore", "This patient has no limits of their own.")};
    if (auto audited = m_audit.append(db, session, QStringLiteral("limits.clear"), QStringLiteral("patient"), mrn,
                                      reason.trimmed());
        !audited)
        return audited;
    return transaction.commit();
}

Result<std::optional<PatientLimitsRecord>> AnalysisStore::limits(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    auto patient = patientId(db, mrn);
    if (!patient)
        return patient.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT severe_bradycardia_at_or_below, bradycardia_below, tachycardia_above, "
                                  "severe_tachycardia_at_or_above, reason, set_by, set_at FROM patient_limits "
                                  "WHERE patient_id = ? AND ended_at IS NULL"),
                   {*patient}))
        return Sql::error(q, context("reading patient limits"));
    if (!q.next())
        return std::optional<PatientLimitsRecord> {};
    PatientLimitsRecord record;
    record.limits = {q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble()};
    record.reason = q.value(4).toString();
    record.setBy = q.value(5).toLongLong();
    record.setAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return std::optional<PatientLimitsRecord> {record};
}

} // namespace pulsedesk
