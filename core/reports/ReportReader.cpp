#include "reports/ReportReader.h"

#include "analysis/HeartRateBands.h"
#include "analysis/PatientLimitsStore.h"
#include "reports/HourlyTable.h"
#include "reports/ReaderQueries.h"
#include "scores/ObservationStore.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"
#include "storage/PatientSamples.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <set>

namespace pulsedesk::reports {

namespace {

/// The chart is reduced to this many columns: about two per printed millimetre.
constexpr int ChartColumns = 1000;
/// The longest period a report covers.
constexpr qint64 MaxPeriodMs = 93LL * 24 * 3600 * 1000;

/// Every heart-rate sample of every device while it was assigned to the patient, in time order (PatientSamples
/// reads assignment by assignment; two devices worn at once are merged here).
Result<std::vector<HeartRateSample>> readHeartRate(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs)
{
    std::vector<HeartRateSample> heartRate;
    const Status read = PatientSamples::each(
        db, patientId, fromMs, toMs,
        [&heartRate](const StoredSample& s) {
            if (!std::isnan(s.sample.heartRate))
                heartRate.push_back({s.sample.timestampMs, s.sample.heartRate, s.imported});
            return true;
        },
        ReaderQueries::context());
    if (!read)
        return read.error();
    std::stable_sort(heartRate.begin(), heartRate.end(),
                     [](const HeartRateSample& a, const HeartRateSample& b) { return a.ms < b.ms; });
    return heartRate;
}

/// The notes written in the period, and every amendment of them whenever it was written, oldest first.
Result<QList<ReportNote>> notesOfPeriod(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.id, r.written_at, u.display_name, r.text, coalesce(r.amends_id, 0) "
                                  "FROM clinical_records r JOIN users u ON u.id = r.author_id WHERE r.patient_id = ? "
                                  "ORDER BY r.written_at, r.id"),
                   {patientId}))
        return Sql::error(q, ReaderQueries::context());
    QList<ReportNote> notes;
    std::set<qint64> kept;
    while (q.next()) {
        ReportNote note {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                         q.value(4).toLongLong()};
        const bool inPeriod = note.writtenAtMs >= fromMs && note.writtenAtMs < toMs;
        if (inPeriod || (note.amendsId != 0 && kept.count(note.amendsId) != 0)) {
            kept.insert(note.id);
            notes.append(note);
        }
    }
    return notes;
}

} // namespace

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Trend:
        return QStringLiteral("trend");
    case ReportKind::WardAlarms:
        return QStringLiteral("alarms");
    case ReportKind::Handover:
        return QStringLiteral("handover");
    }
    return {};
}

QString reportTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Trend:
        return QCoreApplication::translate("Report", "Heart-rate trend report");
    case ReportKind::WardAlarms:
        return QCoreApplication::translate("Report", "Ward alarm history");
    case ReportKind::Handover:
        return QCoreApplication::translate("Report", "Shift hand-over");
    }
    return {};
}

namespace ReportReader {

Status mayRead(const Session& session)
{
    for (Permission p : {Permission::ReadPatients, Permission::ReadRecords, Permission::ReadResults}) {
        if (auto allowed = Permissions::require(session, p); !allowed)
            return allowed;
    }
    return {};
}

Status checkPeriod(const ReportRequest& request)
{
    if (request.toMs <= request.fromMs)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("Report",
                                                  "The report's period is empty: its end is not after "
                                                  "its start.")};
    if (request.toMs - request.fromMs > MaxPeriodMs)
        return Error {Error::Code::Invalid, QCoreApplication::translate("Report", "A report covers at most 93 days.")};
    return {};
}

Result<TrendReport> trend(Workspace& workspace, const Session& session, const ReportRequest& request)
{
    if (auto allowed = mayRead(session); !allowed)
        return allowed.error();
    if (auto period = checkPeriod(request); !period)
        return period.error();
    auto patient = workspace.patients().findByMrn(request.mrn);
    if (!patient)
        return patient.error();
    QSqlDatabase db = workspace.database().connection();
    TrendReport report;
    report.patientName = patient->name;
    report.mrn = patient->mrn;
    report.ward = patient->ward;
    report.bed = patient->bed;
    report.header = {reportTitle(ReportKind::Trend),
                     QStringLiteral("%1 · %2").arg(patient->name, patient->mrn),
                     session.displayName.isEmpty() ? session.username : session.displayName,
                     workspace.clock().nowMs(),
                     request.fromMs,
                     request.toMs};
    auto doctors = ReaderQueries::doctors(db, patient->id);
    if (!doctors)
        return doctors.error();
    report.doctors = doctors.value();
    auto own = workspace.limits().limits(session, patient->mrn);
    if (!own)
        return own.error();
    report.ownLimits = own.value();

    PatientChart& chart = report.chart;
    chart.fromMs = request.fromMs;
    chart.toMs = request.toMs;
    const QDate onDate = QDateTime::fromMSecsSinceEpoch(request.toMs - 1).date();
    chart.limits = Classifier::limitsFor(HeartRateBands::builtIn(), patient->birthDate, patient->sex, onDate,
                                         report.ownLimits ? std::optional(report.ownLimits->limits) : std::nullopt);
    auto samples = readHeartRate(db, patient->id, request.fromMs, request.toMs);
    if (!samples)
        return samples.error();
    chart.sampleCount = static_cast<qint64>(samples->size());
    for (const HeartRateSample& s : samples.value())
        chart.importedCount += s.imported ? 1 : 0;
    chart.gapMs = HeartRateSeries::gapThreshold(samples.value(), (request.toMs - request.fromMs) / ChartColumns);
    chart.segments = HeartRateSeries::reduce(samples.value(), request.fromMs, request.toMs, ChartColumns, chart.gapMs);
    report.hours = HourlyTable::build(samples.value(), request.fromMs, request.toMs, chart.limits.limits,
                                      HeartRateSeries::gapThreshold(samples.value(), 0));

    auto alarms = ReaderQueries::alarms(
        db, QStringLiteral("a.patient_id = ? AND a.raised_at < ? AND (a.ended_at IS NULL OR a.ended_at >= ?)"),
        {patient->id, request.toMs, request.fromMs}, QStringLiteral("a.raised_at, a.id"));
    if (!alarms)
        return alarms.error();
    report.alarms = alarms.value();
    for (const ReportAlarm& a : report.alarms)
        chart.alarms.append({a.raisedMs, a.endedMs, a.priority, a.condition});
    auto findings = ReaderQueries::findings(db, patient->id, request.fromMs, request.toMs, false);
    if (!findings)
        return findings.error();
    report.findings = findings.value();
    auto notes = notesOfPeriod(db, patient->id, request.fromMs, request.toMs);
    if (!notes)
        return notes.error();
    report.notes = notes.value();
    auto observations = workspace.observations().list(session, patient->mrn);
    if (!observations)
        return observations.error();
    for (const Observation& o : observations.value()) {
        const qint64 taken = o.takenAt.toMSecsSinceEpoch();
        if (o.amendedById == 0 && taken >= request.fromMs && taken < request.toMs)
            report.observations.append(o);
    }
    std::stable_sort(report.observations.begin(), report.observations.end(),
                     [](const Observation& a, const Observation& b) { return a.takenAt < b.takenAt; });
    return report;
}

} // namespace ReportReader

} // namespace pulsedesk::reports
