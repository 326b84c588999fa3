#include "analysis/HeartRateBands.h"
#include "reports/ReaderQueries.h"
#include "reports/ReportReader.h"
#include "security/Session.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace pulsedesk::reports::ReportReader {

namespace {

ReportHeader headerFor(Workspace& workspace, const Session& session, ReportKind kind, const QString& ward,
                       qint64 fromMs, qint64 toMs)
{
    return {reportTitle(kind),
            QCoreApplication::translate("Report", "Ward %1").arg(ward),
            session.displayName.isEmpty() ? session.username : session.displayName,
            workspace.clock().nowMs(),
            fromMs,
            toMs};
}

QList<PriorityTotal> totalsOf(const QList<ReportAlarm>& alarms)
{
    QList<PriorityTotal> totals;
    for (AlarmPriority priority : {AlarmPriority::High, AlarmPriority::Medium, AlarmPriority::Low}) {
        PriorityTotal total;
        total.priority = priority;
        std::vector<qint64> waits;
        for (const ReportAlarm& a : alarms) {
            if (a.priority != priority)
                continue;
            ++total.alarms;
            if (a.acknowledgedMs > 0) {
                ++total.acknowledged;
                waits.push_back(a.acknowledgedMs - a.raisedMs);
            }
        }
        total.medianToAcknowledgeMs = medianMs(std::move(waits));
        totals.append(total);
    }
    return totals;
}

QString limitsText(const AppliedLimits& applied)
{
    const QString basis = applied.basis == ClassificationBasis::PatientLimits
        ? QCoreApplication::translate("Report", "the patient's own limits")
        : bandDisplayName(applied.band);
    return QCoreApplication::translate("Report", "%1: %2 to %3 bpm")
        .arg(basis)
        .arg(applied.limits.bradycardiaBelow, 0, 'f', 0)
        .arg(applied.limits.tachycardiaAbove, 0, 'f', 0);
}

} // namespace

Result<WardAlarmReport> wardAlarms(Workspace& workspace, const Session& session, const ReportRequest& request)
{
    if (auto allowed = mayRead(session); !allowed)
        return allowed.error();
    if (auto period = checkPeriod(request); !period)
        return period.error();
    QSqlDatabase db = workspace.database().connection();
    WardAlarmReport report;
    report.ward = request.ward;
    report.header = headerFor(workspace, session, ReportKind::WardAlarms, request.ward, request.fromMs, request.toMs);
    auto alarms = ReaderQueries::alarms(
        db, QStringLiteral("p.ward = ? AND a.raised_at >= ? AND a.raised_at < ?"),
        {request.ward, request.fromMs, request.toMs},
        QStringLiteral("CAST(p.bed AS INTEGER) = 0, CAST(p.bed AS INTEGER), p.bed, a.raised_at, a.id"));
    if (!alarms)
        return alarms.error();
    report.alarms = alarms.value();
    report.totals = totalsOf(report.alarms);
    std::vector<qint64> waits;
    for (const ReportAlarm& a : report.alarms) {
        if (a.acknowledgedMs > 0)
            waits.push_back(a.acknowledgedMs - a.raisedMs);
    }
    report.medianToAcknowledgeMs = medianMs(std::move(waits));
    return report;
}

Result<HandoverReport> handover(Workspace& workspace, const Session& session, const ReportRequest& request)
{
    if (auto allowed = mayRead(session); !allowed)
        return allowed.error();
    const qint64 now = workspace.clock().nowMs();
    HandoverReport report;
    report.ward = request.ward;
    report.header = headerFor(workspace, session, ReportKind::Handover, request.ward, now, now);
    auto tiles = WardOverview::read(workspace.database(), session, false,
                                    workspace.settings().analysis().deviceSilentMs, workspace.clock());
    if (!tiles)
        return tiles.error();
    QSqlDatabase db = workspace.database().connection();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now).date();
    for (const WardTile& tile : tiles.value()) {
        if (tile.ward != request.ward)
            continue;
        auto patient = workspace.patients().findByMrn(tile.mrn);
        if (!patient)
            return patient.error();
        HandoverPatient entry;
        entry.tile = tile;
        auto doctors = ReaderQueries::doctors(db, tile.patientId);
        if (!doctors)
            return doctors.error();
        entry.doctors = doctors.value();
        auto own = workspace.limits().limits(session, tile.mrn);
        if (!own)
            return own.error();
        entry.limitsBasis =
            limitsText(Classifier::limitsFor(HeartRateBands::builtIn(), patient->birthDate, patient->sex, today,
                                             own.value() ? std::optional(own.value()->limits) : std::nullopt));
        auto open = ReaderQueries::alarms(db, QStringLiteral("a.patient_id = ? AND a.state <> 'ended'"),
                                          {tile.patientId}, QStringLiteral("a.raised_at, a.id"));
        if (!open)
            return open.error();
        entry.openAlarms = open.value();
        auto findings = ReaderQueries::findings(db, tile.patientId, 0, 0, true);
        if (!findings)
            return findings.error();
        entry.findingsToReview = findings.value();
        auto note = ReaderQueries::lastNote(db, tile.patientId);
        if (!note)
            return note.error();
        entry.lastNote = note.value();
        report.patients.append(entry);
    }
    // By bed, as people walk the ward.
    std::stable_sort(report.patients.begin(), report.patients.end(), [](const auto& a, const auto& b) {
        bool okA = false;
        bool okB = false;
        const int bedA = a.tile.bed.toInt(&okA);
        const int bedB = b.tile.bed.toInt(&okB);
        if (okA != okB)
            return okA;
        return okA && bedA != bedB ? bedA < bedB : a.tile.bed < b.tile.bed;
    });
    return report;
}

} // namespace pulsedesk::reports::ReportReader
