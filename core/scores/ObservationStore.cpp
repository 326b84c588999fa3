#include "scores/ObservationStore.h"

#include "model/Patient.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace pulsedesk {

namespace {

/// The sub-scores as stored: respiration, SpO2, oxygen, systolic, pulse, consciousness, temperature.
/// What scoring an observation needs of its patient: the birth date, and the SpO2 scale a doctor set (1 if none).
struct PatientForScoring
{
    Patient patient;
    int prescribedScale = 1;
};

Result<PatientForScoring> readPatientForScoring(QSqlDatabase& db, qint64 patientId)
{
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.birth_date, (SELECT s.scale FROM patient_spo2_scale s "
                                  "WHERE s.patient_id = p.id) FROM patients p WHERE p.id = ?"),
                   {patientId})
        || !q.next())
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading the patient for an observation"));
    PatientForScoring read;
    read.patient.birthDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    read.prescribedScale = q.value(1).isNull() ? 1 : q.value(1).toInt();
    return read;
}

QString subScoresText(const News2Score& s)
{
    return QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
        .arg(s.respirationRate)
        .arg(s.spo2)
        .arg(s.oxygen)
        .arg(s.systolic)
        .arg(s.pulse)
        .arg(s.consciousness)
        .arg(s.temperature);
}

std::optional<News2Score> scoreFromColumns(const QVariant& subScores, const QVariant& total, const QVariant& risk,
                                           const QVariant& nextDueAt, qint64 takenAtMs)
{
    const QStringList parts = subScores.toString().split(QLatin1Char(','));
    const auto parsedRisk = news2RiskFromKey(risk.toString());
    if (parts.size() != 7 || total.isNull() || !parsedRisk)
        return std::nullopt;
    News2Score s;
    int* fields[] = {&s.respirationRate, &s.spo2, &s.oxygen, &s.systolic, &s.pulse, &s.consciousness, &s.temperature};
    for (int i = 0; i < 7; ++i)
        *fields[i] = parts[i].toInt();
    s.total = total.toInt();
    s.risk = *parsedRisk;
    s.nextObservationMinutes = nextDueAt.isNull() ? 0 : int((nextDueAt.toLongLong() - takenAtMs) / 60'000);
    return s;
}

/// Scores the observations of a patient under 16 (those without NEWS2) with the selected paediatric chart, if any.
Status scorePaediatric(QSqlDatabase& db, QList<Observation>& list, const QDate& birth)
{
    const auto chart = Pews::selected(db);
    if (!chart)
        return chart.error();
    if (!chart.value())
        return {};
    for (Observation& o : list) {
        const auto months = Pews::ageInMonths(birth, o.takenAt.toUTC().date());
        if (o.news2 || !months || *months >= Pews::MaximumAgeMonths)
            continue;
        if (auto score = chart.value()->score(o.values, *months))
            o.pews = score.value();
    }
    return {};
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

/// The columns list() and insert() read back, in this order.
const QString ObservationColumns = QStringLiteral(
    "o.id, o.patient_id, o.taken_at, o.recorded_at, o.recorded_by, u.display_name, o.respiration_rate, o.spo2, "
    "o.spo2_scale, o.on_oxygen, o.systolic, o.pulse, o.consciousness, o.temperature_c, o.from_device, o.score_kind, "
    "o.sub_scores, o.total, o.risk, o.next_due_at, coalesce(o.amends_id, 0), "
    "(SELECT max(a.id) FROM observations a WHERE a.amends_id = o.id)");

Observation fromRow(const QSqlQuery& q)
{
    Observation o;
    o.id = q.value(0).toLongLong();
    o.patientId = q.value(1).toLongLong();
    const qint64 takenMs = q.value(2).toLongLong();
    o.takenAt = utc(takenMs);
    o.recordedAt = utc(q.value(3).toLongLong());
    o.recordedBy = q.value(4).toLongLong();
    o.recordedByName = q.value(5).toString();
    o.values.respirationRate = q.value(6).toDouble();
    o.values.spo2 = q.value(7).toDouble();
    o.values.scale2 = q.value(8).toInt() == 2;
    o.values.onOxygen = q.value(9).toInt() == 1;
    o.values.systolic = q.value(10).toDouble();
    o.values.pulse = q.value(11).toDouble();
    o.values.consciousness = consciousnessFromKey(q.value(12).toString()).value_or(Consciousness::Alert);
    o.values.temperatureC = q.value(13).toDouble();
    o.fromDevice = q.value(14).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (!q.value(15).isNull())
        o.news2 = scoreFromColumns(q.value(16), q.value(17), q.value(18), q.value(19), takenMs);
    else
        o.unscored = UnscoredReason::UnderAge;
    if (!q.value(19).isNull())
        o.nextDueAt = utc(q.value(19).toLongLong());
    o.amendsId = q.value(20).toLongLong();
    o.amendedById = q.value(21).toLongLong();
    return o;
}

} // namespace

QString unscoredReasonText(UnscoredReason reason)
{
    switch (reason) {
    case UnscoredReason::None:
        return {};
    case UnscoredReason::UnderAge:
        return QCoreApplication::translate("ObservationStore", "no NEWS2: the patient was under 16");
    case UnscoredReason::AgeUnknown:
        return QCoreApplication::translate("ObservationStore", "no NEWS2: the patient's birth date is unknown");
    }
    return {};
}

ObservationStore::ObservationStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<Observation> ObservationStore::insert(const Session& session, qint64 patientId, const QString& mrn,
                                             const ObservationInput& input, const QDateTime& takenAt, qint64 amendsId)
{
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const auto scoring = readPatientForScoring(db, patientId);
    if (!scoring)
        return scoring.error();
    const Patient& patient = scoring->patient;
    const int prescribed = scoring->prescribedScale;
    const int scale = input.spo2Scale.value_or(prescribed);
    if (scale != 1 && scale != 2)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ObservationStore", "The SpO2 scale is 1 or 2.")};
    if (scale == 2 && prescribed != 2)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate(
                          "ObservationStore",
                          "SpO2 scale 2 is only for a patient whose doctor has set it (a target of 88-92 %).")};
    News2Observation values = input.values;
    values.scale2 = scale == 2;
    if (auto ok = News2::check(values); !ok)
        return ok.error();
    for (const QString& field : input.fromDevice)
        if (field != Observation::DevicePulse && field != Observation::DeviceSpo2
            && field != Observation::DeviceSystolic && field != Observation::DeviceTemperature)
            return Error {Error::Code::Invalid,
                          QCoreApplication::translate("ObservationStore", "Unknown device value '%1'.").arg(field)};

    Observation o;
    o.patientId = patientId;
    o.takenAt = takenAt;
    o.recordedAt = m_clock.now();
    o.recordedBy = session.userId;
    o.recordedByName = session.displayName;
    o.values = values;
    o.fromDevice = input.fromDevice;
    o.amendsId = amendsId;
    const std::optional<int> age = patient.ageInYearsOn(takenAt.toUTC().date());
    if (!age) {
        o.unscored = UnscoredReason::AgeUnknown;
    } else if (*age < News2::MinimumAgeYears) {
        o.unscored = UnscoredReason::UnderAge;
        QList<Observation> one {o};
        if (auto scored = scorePaediatric(db, one, patient.birthDate); !scored)
            return scored.error();
        o.pews = one.front().pews;
    } else {
        auto score = News2::builtIn().score(values, *age);
        if (!score)
            return score.error();
        o.news2 = score.value();
        if (o.news2->nextObservationMinutes > 0)
            o.nextDueAt = takenAt.addSecs(qint64(o.news2->nextObservationMinutes) * 60);
    }
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO observations (patient_id, taken_at, recorded_at, recorded_by, "
                                  "respiration_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, "
                                  "temperature_c, from_device, score_kind, sub_scores, total, risk, next_due_at, "
                                  "amends_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {patientId, takenAt.toMSecsSinceEpoch(), o.recordedAt.toMSecsSinceEpoch(), session.userId,
                    values.respirationRate, values.spo2, scale, values.onOxygen ? 1 : 0, values.systolic, values.pulse,
                    consciousnessKey(values.consciousness), values.temperatureC,
                    Sql::text(input.fromDevice.join(QLatin1Char(','))),
                    o.news2 ? QVariant(QStringLiteral("news2")) : QVariant(),
                    o.news2 ? QVariant(subScoresText(*o.news2)) : QVariant(),
                    o.news2 ? QVariant(o.news2->total) : QVariant(),
                    o.news2 ? QVariant(news2RiskKey(o.news2->risk)) : QVariant(),
                    o.nextDueAt.isValid() ? QVariant(o.nextDueAt.toMSecsSinceEpoch()) : QVariant(),
                    amendsId > 0 ? QVariant(amendsId) : QVariant()}))
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "writing an observation"));
    o.id = Sql::lastInsertId(db, q);
    QString details = amendsId > 0 ? QStringLiteral("observation=%1 amends=%2").arg(o.id).arg(amendsId)
                                   : QStringLiteral("observation=%1").arg(o.id);
    if (o.news2)
        details += QStringLiteral(" news2=%1").arg(o.news2->total);
    if (o.pews)
        details += QStringLiteral(" pews=%1").arg(o.pews->total);
    if (auto audited = m_audit.append(
            db, session, amendsId > 0 ? QStringLiteral("observation.amend") : QStringLiteral("observation.add"),
            QStringLiteral("patient"), mrn, details);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return o;
}

Result<Observation> ObservationStore::add(const Session& session, const QString& mrn, const ObservationInput& input)
{
    if (auto allowed = Permissions::require(session, Permission::RecordObservations); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    const auto patientId = PatientRegistry::rowId(db, mrn.trimmed());
    if (!patientId)
        return patientId.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT discharged_at, admitted_at FROM patients WHERE id = ?"),
                   {patientId.value()})
        || !q.next())
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading the patient for an observation"));
    if (!q.value(0).isNull())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("ObservationStore", "The patient has been discharged.")};
    const QDateTime now = m_clock.now();
    QDateTime taken = now;
    if (input.takenAt.isValid()) {
        taken = std::min(input.takenAt.toUTC(), now);
        if (input.takenAt > now.addSecs(60))
            return Error {
                Error::Code::Invalid,
                QCoreApplication::translate("ObservationStore", "Observations cannot be taken in the future.")};
        if (taken < now.addDays(-1) || taken.toMSecsSinceEpoch() < q.value(1).toLongLong())
            return Error {Error::Code::Invalid,
                          QCoreApplication::translate("ObservationStore",
                                                      "Observations can be charted up to a day after they were "
                                                      "taken, and not before the admission.")};
    }
    return insert(session, patientId.value(), mrn.trimmed(), input, taken, 0);
}

Result<Observation> ObservationStore::amend(const Session& session, qint64 observationId, const ObservationInput& input)
{
    if (auto allowed = Permissions::require(session, Permission::RecordObservations); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT o.patient_id, p.mrn, o.taken_at FROM observations o JOIN patients p "
                                  "ON p.id = o.patient_id WHERE o.id = ?"),
                   {observationId}))
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "amending an observation"));
    if (!q.next())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("ObservationStore", "There is no observation %1.").arg(observationId)};
    return insert(session, q.value(0).toLongLong(), q.value(1).toString(), input, utc(q.value(2).toLongLong()),
                  observationId);
}

Result<QList<Observation>> ObservationStore::list(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    const auto patientId = PatientRegistry::rowId(db, mrn.trimmed());
    if (!patientId)
        return patientId.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM observations o JOIN users u ON u.id = o.recorded_by "
                                  "WHERE o.patient_id = ? ORDER BY o.taken_at, o.id")
                       .arg(ObservationColumns),
                   {patientId.value()}))
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading observations"));
    QList<Observation> list;
    while (q.next())
        list.append(fromRow(q));
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading observations"));
    // An unscored row says why: the patient's age when it was taken.
    if (std::any_of(list.cbegin(), list.cend(), [](const Observation& o) { return !o.news2; })) {
        const QDate birth = QDate::fromString(
            Sql::scalar(db, QStringLiteral("SELECT birth_date FROM patients WHERE id = ?"), {patientId.value()})
                .toString(),
            Qt::ISODate);
        for (Observation& o : list)
            if (!o.news2)
                o.unscored = birth.isValid() ? UnscoredReason::UnderAge : UnscoredReason::AgeUnknown;
        if (auto scored = scorePaediatric(db, list, birth); !scored)
            return scored.error();
    }
    if (auto audited =
            m_audit.record(session, QStringLiteral("observation.read"), QStringLiteral("patient"), mrn.trimmed());
        !audited)
        return audited.error();
    return list;
}

Result<int> ObservationStore::spo2Scale(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    const auto patientId = PatientRegistry::rowId(db, mrn.trimmed());
    if (!patientId)
        return patientId.error();
    const QVariant scale = Sql::scalar(db, QStringLiteral("SELECT scale FROM patient_spo2_scale WHERE patient_id = ?"),
                                       {patientId.value()});
    return scale.isNull() ? 1 : scale.toInt();
}

Status ObservationStore::setSpo2Scale(const Session& session, const QString& mrn, int scale)
{
    if (auto allowed = Permissions::require(session, Permission::PrescribeSpo2Scale); !allowed)
        return allowed;
    if (scale != 1 && scale != 2)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ObservationStore", "The SpO2 scale is 1 or 2.")};
    QSqlDatabase db = m_database.connection();
    const auto patientId = PatientRegistry::rowId(db, mrn.trimmed());
    if (!patientId)
        return patientId.error();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("DELETE FROM patient_spo2_scale WHERE patient_id = ?"), {patientId.value()})
        || !Sql::exec(q,
                      QStringLiteral("INSERT INTO patient_spo2_scale (patient_id, scale, set_by, set_at) "
                                     "VALUES (?, ?, ?, ?)"),
                      {patientId.value(), scale, session.userId, m_clock.nowMs()}))
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "setting the SpO2 scale"));
    if (auto audited = m_audit.append(db, session, QStringLiteral("patient.spo2-scale"), QStringLiteral("patient"),
                                      mrn.trimmed(), QStringLiteral("scale=%1").arg(scale));
        !audited)
        return audited;
    return transaction.commit();
}

Result<DeviceReadings> ObservationStore::deviceReadings(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    const auto patientId = PatientRegistry::rowId(db, mrn.trimmed());
    if (!patientId)
        return patientId.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT d.device_id, s.ts, s.heart_rate, s.spo2, s.systolic, s.temperature_c "
                                  "FROM device_assignments a JOIN devices d ON d.id = a.device_id "
                                  "JOIN samples s ON s.device_id = a.device_id "
                                  "WHERE a.patient_id = ? AND a.assigned_to IS NULL AND s.ts >= ? "
                                  "ORDER BY s.ts DESC LIMIT 2000"),
                   {patientId.value(), m_clock.nowMs() - DeviceReadingsMaxAgeMs}))
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading device values"));
    DeviceReadings readings;
    std::vector<double> lastMinute;
    qint64 newestPulseMs = 0;
    qint64 newestMs = 0;
    const auto take = [](double& slot, const QVariant& value) {
        if (std::isnan(slot) && !value.isNull())
            slot = value.toDouble();
    };
    while (q.next()) {
        const qint64 ts = q.value(1).toLongLong();
        if (readings.deviceId.isEmpty())
            readings.deviceId = q.value(0).toString();
        newestMs = std::max(newestMs, ts);
        if (!q.value(2).isNull()) {
            if (newestPulseMs == 0)
                newestPulseMs = ts;
            if (ts >= newestPulseMs - 60'000)
                lastMinute.push_back(q.value(2).toDouble());
        }
        take(readings.spo2, q.value(3));
        take(readings.systolic, q.value(4));
        take(readings.temperatureC, q.value(5));
    }
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading device values"));
    if (!lastMinute.empty()) {
        const auto middle = lastMinute.begin() + std::ptrdiff_t(lastMinute.size() / 2);
        std::nth_element(lastMinute.begin(), middle, lastMinute.end());
        readings.pulse = std::round(*middle);
    }
    if (newestMs > 0)
        readings.measuredAt = utc(newestMs);
    return readings;
}

Result<std::vector<ScoreStatus>> ObservationStore::current(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The newest observation of each admitted patient that no later row amends.
    if (!Sql::exec(q,
                   QStringLiteral("SELECT o.patient_id, o.id, o.taken_at, o.total, o.risk, o.next_due_at "
                                  "FROM observations o JOIN patients p ON p.id = o.patient_id "
                                  "WHERE p.discharged_at IS NULL "
                                  "AND NOT EXISTS (SELECT 1 FROM observations a WHERE a.amends_id = o.id) "
                                  "ORDER BY o.patient_id, o.taken_at DESC, o.id DESC")))
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading the early-warning scores"));
    std::vector<ScoreStatus> list;
    while (q.next()) {
        const qint64 patientId = q.value(0).toLongLong();
        if (!list.empty() && list.back().patientId == patientId)
            continue;
        ScoreStatus s;
        s.patientId = patientId;
        s.observationId = q.value(1).toLongLong();
        s.takenAt = utc(q.value(2).toLongLong());
        if (!q.value(3).isNull())
            s.total = q.value(3).toInt();
        s.risk = news2RiskFromKey(q.value(4).toString());
        if (!q.value(5).isNull())
            s.nextDueAt = utc(q.value(5).toLongLong());
        list.push_back(s);
    }
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("ObservationStore", "reading the early-warning scores"));
    return list;
}

} // namespace pulsedesk
