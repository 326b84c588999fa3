// pulsedesk-bench report: a 7-day trend report of a patient at 1 Hz, against reading the same samples alone.
#include "Bench.h"
#include "common/ProcessStats.h"
#include "monitoring/HeartRateSeries.h"
#include "reports/ReportRenderer.h"
#include "reports/Reports.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/RawStatement.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>

namespace pulsedesk::bench {

namespace {

constexpr qint64 WeekSeconds = 7 * 24 * 3600;

/// A week at 1 Hz for the patient's device ending at `endMs`: a slow rhythm with an episode now and then, the
/// last six hours imported.
Status storeWeek(Workspace& workspace, qint64 endMs)
{
    QSqlDatabase db = workspace.database().connection();
    if (!db.transaction())
        return Error {Error::Code::Storage, QStringLiteral("bench report: cannot begin")};
    RawStatement insert(db,
                        "INSERT INTO samples (device_id, ts, heart_rate, source, received_at) "
                        "SELECT id, ?1, ?2, ?3, ?1 FROM devices WHERE device_id = 'bench-report'");
    const qint64 start = endMs - WeekSeconds * 1000;
    for (qint64 i = 0; i < WeekSeconds; ++i) {
        const double wave = 72 + 10 * std::sin(static_cast<double>(i) / 13'751.0) + double(i % 7);
        insert.bind(1, start + i * 1000);
        insert.bind(2, (i / 900) % 41 == 0 ? wave + 50 : wave);
        insert.bindStatic(3, i >= WeekSeconds - 6 * 3600 ? "backfill" : "live");
        if (insert.step() != RawStatement::Step::Done)
            return insert.error(QStringLiteral("storing the bench week"));
        insert.reset();
    }
    if (!db.commit())
        return Error {Error::Code::Storage, QStringLiteral("bench report: cannot commit")};
    return {};
}

/// The baseline: the patient's samples of the week read into memory, nothing else.
qint64 readAlone(Workspace& workspace, qint64 fromMs, qint64 toMs)
{
    QSqlDatabase db = workspace.database().connection();
    RawStatement select(db,
                        "SELECT s.ts, s.heart_rate, s.source <> 'live' FROM device_assignments a JOIN samples s "
                        "ON s.device_id = a.device_id AND s.ts >= ?1 AND s.ts < ?2 WHERE a.patient_id = 1 "
                        "AND s.heart_rate IS NOT NULL ORDER BY s.ts");
    select.bind(1, fromMs);
    select.bind(2, toMs);
    std::vector<HeartRateSample> samples;
    while (select.step() == RawStatement::Step::Row)
        samples.push_back({select.integer(0), select.real(1), select.integer(2) != 0});
    return static_cast<qint64>(samples.size());
}

} // namespace

int report(QTextStream& out, QTextStream& err, int runs, bool json)
{
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(QStringLiteral("data")));
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 fromMs = endMs - WeekSeconds * 1000;
    const auto fail = [&err](const QString& problem) {
        err << "bench report: " << problem << Qt::endl;
        return 1;
    };
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created)
        return fail(created.errorMessage());
    const Session admin = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();
    auto doctor = readyStaff(workspace, admin, QStringLiteral("bench-doctor"), Role::Doctor);
    auto nurse = readyStaff(workspace, admin, QStringLiteral("bench-nurse"), Role::Nurse);
    if (!doctor || !nurse)
        return fail(doctor ? nurse.errorMessage() : doctor.errorMessage());
    PatientInput patient;
    patient.mrn = QStringLiteral("BENCH-R");
    patient.name = QStringLiteral("Bench Report Patient");
    patient.birthDate = QDate(1950, 6, 1);
    patient.ward = QStringLiteral("A");
    patient.bed = QStringLiteral("1");
    if (auto admitted = workspace.patients().admit(doctor.value(), patient); !admitted)
        return fail(admitted.errorMessage());
    const QString device = QStringLiteral("bench-report");
    if (auto added = workspace.devices().add(admin, device, {}, {}); !added)
        return fail(added.errorMessage());
    if (auto assigned = workspace.devices().assign(nurse.value(), device, patient.mrn,
                                                   QDateTime::fromMSecsSinceEpoch(fromMs - 60'000, Qt::UTC));
        !assigned)
        return fail(assigned.errorMessage());
    if (auto stored = storeWeek(workspace, endMs); !stored)
        return fail(stored.errorMessage());

    // Baseline: the same samples read alone.
    std::vector<double> baselineMs;
    qint64 samples = 0;
    ProcessStats::resetPeakResident();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        samples = readAlone(workspace, fromMs, endMs);
        baselineMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    const qint64 baselinePeak = ProcessStats::peakResidentKib();

    // The report: read (samples, hourly table, chart reduction, alarms, notes), laid out and written as PDF.
    const reports::ReportRequest request {reports::ReportKind::Trend, patient.mrn, {}, fromMs, endMs};
    const QString path = dir.filePath(QStringLiteral("trend.pdf"));
    std::vector<double> readMs;
    std::vector<double> pdfMs;
    int pages = 0;
    ProcessStats::resetPeakResident();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto read = reports::Reports::read(workspace, nurse.value(), request);
        if (!read)
            return fail(read.errorMessage());
        readMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        auto written = reports::ReportRenderer::writePdf(read.value(), path);
        if (!written)
            return fail(written.errorMessage());
        pdfMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        pages = written.value();
    }
    const qint64 reportPeak = ProcessStats::peakResidentKib();
    const double report = median(pdfMs);
    const double baseline = median(baselineMs);
    const QJsonObject figures {{QStringLiteral("samples"), static_cast<double>(samples)},
                               {QStringLiteral("runs"), runs},
                               {QStringLiteral("pages"), pages},
                               {QStringLiteral("pdfBytes"), static_cast<double>(QFileInfo(path).size())},
                               {QStringLiteral("reportMs"), report},
                               {QStringLiteral("reportReadMs"), median(readMs)},
                               {QStringLiteral("baselineReadMs"), baseline},
                               {QStringLiteral("ratio"), baseline > 0 ? report / baseline : 0.0},
                               {QStringLiteral("peakResidentKib"), static_cast<double>(reportPeak)},
                               {QStringLiteral("baselinePeakResidentKib"), static_cast<double>(baselinePeak)}};
    print(out, json, QStringLiteral("report"), figures,
          QStringLiteral("7-day trend report of %1 samples at 1 Hz, %2 pages (median of %3 runs)\n"
                         "  to the PDF (read, table, chart, layout, write)  %4 ms\n"
                         "    of which reading for the report             %5 ms\n"
                         "  baseline: the same samples read alone          %6 ms   (x%7)\n"
                         "  peak memory: report %8 MiB, baseline %9 MiB")
              .arg(samples)
              .arg(pages)
              .arg(runs)
              .arg(report, 0, 'f', 1)
              .arg(median(readMs), 0, 'f', 1)
              .arg(baseline, 0, 'f', 1)
              .arg(baseline > 0 ? report / baseline : 0.0, 0, 'f', 2)
              .arg(static_cast<double>(reportPeak) / 1024, 0, 'f', 1)
              .arg(static_cast<double>(baselinePeak) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace pulsedesk::bench
