#include "Bench.h"
#include "common/ProcessStats.h"
#include "exports/Exports.h"
#include "model/Patient.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/PatientSamples.h"
#include "storage/RawStatement.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <limits>
#include <optional>

namespace pulsedesk::bench {

namespace {

/// Stores `seconds` of 1 Hz samples for each of the devices straight into the store, in transactions of a day.
Status fill(Workspace& workspace, int devices, qint64 seconds, qint64 firstMs)
{
    QSqlDatabase db = workspace.database().connection();
    std::vector<qint64> rowIds;
    QSqlQuery ids(db);
    ids.exec(QStringLiteral("SELECT id FROM devices ORDER BY id"));
    while (ids.next())
        rowIds.push_back(ids.value(0).toLongLong());
    RawStatement insert(db,
                        "INSERT INTO samples (device_id, ts, heart_rate, spo2, source, received_at) "
                        "VALUES (?, ?, ?, ?, 'live', 0)");
    for (qint64 day = 0; day * 86'400 < seconds; ++day) {
        if (!db.transaction())
            return Error {Error::Code::Storage, QStringLiteral("no transaction")};
        for (qint64 s = day * 86'400; s < std::min(seconds, (day + 1) * 86'400); ++s) {
            for (int d = 0; d < devices; ++d) {
                insert.bind(1, rowIds[std::size_t(d)]);
                insert.bind(2, firstMs + s * 1000);
                insert.bind(3, 60.0 + double((s + d) % 40));
                insert.bind(4, 95.0 + double((s / 60 + d) % 5));
                const RawStatement::Step rc = insert.step();
                insert.reset();
                if (rc != RawStatement::Step::Done)
                    return insert.error(QStringLiteral("filling the benchmark store"));
            }
        }
        if (!db.commit())
            return Error {Error::Code::Storage, QStringLiteral("no commit")};
    }
    return {};
}

/// The baseline: the same rows read through the same reader, nothing written; rows per second.
Result<double> bareRead(Workspace& workspace, const std::vector<qint64>& patients)
{
    QSqlDatabase db = workspace.database().connection();
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    double sum = 0;
    for (const qint64 patient : patients) {
        const Status read = PatientSamples::each(
            db, patient, 0, std::numeric_limits<qint64>::max(),
            [&](const StoredSample& s) {
                ++rows;
                sum += s.sample.heartRate;
                return true;
            },
            QStringLiteral("the bare read"));
        if (!read)
            return read.error();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return sum > 0 ? double(rows) / seconds : 0.0;
}

} // namespace

int exportResearch(QTextStream& out, QTextStream& err, int patients, double days, bool json)
{
    QTemporaryDir dir;
    const auto seconds = static_cast<qint64>(days * 86'400);
    // The export writes about 1.6 KB a sample (two FHIR Observations and a CSV row), the store about 100 bytes.
    const double needed = double(patients) * double(seconds) * 1800;
    const double available = double(QStorageInfo(dir.path()).bytesAvailable());
    if (needed > available * 0.9) {
        err << QStringLiteral("bench export: %1 GiB of disk needed in %2, %3 GiB available; choose fewer --days")
                   .arg(needed / 1073741824, 0, 'f', 1)
                   .arg(dir.path())
                   .arg(available / 1073741824, 0, 'f', 1)
            << Qt::endl;
        return 1;
    }
    const qint64 firstMs = (QDateTime::currentMSecsSinceEpoch() / 1000 - seconds - 3600) * 1000;
    Workspace workspace(dir.filePath(QStringLiteral("data")));
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created) {
        err << "bench export: " << created.errorMessage() << Qt::endl;
        return 1;
    }
    const Session admin = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();
    auto doctor = readyStaff(workspace, admin, QStringLiteral("bench-doctor"), Role::Doctor);
    auto nurse = readyStaff(workspace, admin, QStringLiteral("bench-nurse"), Role::Nurse);
    if (!doctor || !nurse) {
        err << "bench export: " << (doctor ? nurse.errorMessage() : doctor.errorMessage()) << Qt::endl;
        return 1;
    }
    const QDateTime assignedFrom = QDateTime::fromMSecsSinceEpoch(firstMs - 60'000, Qt::UTC);
    std::vector<qint64> patientIds;
    for (int p = 0; p < patients; ++p) {
        PatientInput patient;
        patient.mrn = QStringLiteral("BENCH-%1").arg(p);
        patient.name = patient.mrn;
        patient.birthDate = QDate(1930, 1, 1).addDays(p * 1000);
        patient.bed = QString::number(p + 1);
        auto admitted = workspace.patients().admit(doctor.value(), patient);
        if (!admitted || !workspace.devices().add(admin, QStringLiteral("bench-%1").arg(p), {}, {})
            || !workspace.devices().assign(nurse.value(), QStringLiteral("bench-%1").arg(p), patient.mrn,
                                           assignedFrom)) {
            err << "bench export: could not set up the ward" << Qt::endl;
            return 1;
        }
        patientIds.push_back(admitted->id);
    }
    if (auto filled = fill(workspace, patients, seconds, firstMs); !filled) {
        err << "bench export: " << filled.errorMessage() << Qt::endl;
        return 1;
    }
    const qint64 samples = qint64(patients) * seconds;

    // The bare read is timed just before the export and just after it, and the two are averaged.
    const auto timeBaseline = [&]() -> std::optional<double> {
        auto rate = bareRead(workspace, patientIds);
        if (!rate)
            err << "bench export: " << rate.errorMessage() << Qt::endl;
        return rate ? std::optional(rate.value()) : std::nullopt;
    };
    ProcessStats::resetPeakResident();
    const std::optional<double> before = timeBaseline();
    const qint64 baselinePeak = ProcessStats::peakResidentKib();
    if (!before)
        return 1;
    Exports exports(workspace.database(), workspace.audit(), workspace.clock());
    const bool peakOnly = ProcessStats::resetPeakResident();
    QElapsedTimer timer;
    timer.start();
    auto counts = exports.research(admin, {}, dir.filePath(QStringLiteral("research")));
    const double exportSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 peak = ProcessStats::peakResidentKib();
    if (!counts) {
        err << "bench export: " << counts.errorMessage() << Qt::endl;
        return 1;
    }
    const std::optional<double> after = timeBaseline();
    if (!after)
        return 1;
    qint64 bytes = 0;
    for (const QFileInfo& f : QDir(dir.filePath(QStringLiteral("research"))).entryInfoList(QDir::Files))
        bytes += f.size();
    const double rate = double(counts->samples) / exportSeconds;
    const double baseline = (*before + *after) / 2;
    const QJsonObject figures {{QStringLiteral("patients"), patients},
                               {QStringLiteral("days"), days},
                               {QStringLiteral("samples"), samples},
                               {QStringLiteral("exportedSamples"), counts->samples},
                               {QStringLiteral("exportSeconds"), exportSeconds},
                               {QStringLiteral("outputBytes"), bytes},
                               {QStringLiteral("samplesPerSecond"), rate},
                               {QStringLiteral("bareReadSamplesPerSecond"), baseline},
                               {QStringLiteral("bareReadBeforeSamplesPerSecond"), *before},
                               {QStringLiteral("bareReadAfterSamplesPerSecond"), *after},
                               {QStringLiteral("ratio"), rate / baseline},
                               {QStringLiteral("peakRssMiB"), double(peak) / 1024},
                               {QStringLiteral("bareReadPeakRssMiB"), double(baselinePeak) / 1024}};
    print(out, json, QStringLiteral("export"), figures,
          QStringLiteral("bench export: research export of %1 patients x %2 days at 1 Hz (%3 samples)\n"
                         "  de-identified export (NDJSON + CSV, %4 MiB)   %5 samples/s in %6 s\n"
                         "  baseline: bare read of the same rows          %7 samples/s (mean of %8 before and %9 "
                         "after)\n"
                         "  ratio %10\n"
                         "  peak memory%11 %12 MiB (bare read %13 MiB)")
              .arg(patients)
              .arg(days)
              .arg(samples)
              .arg(double(bytes) / 1048576, 0, 'f', 1)
              .arg(rate, 0, 'f', 0)
              .arg(exportSeconds, 0, 'f', 1)
              .arg(baseline, 0, 'f', 0)
              .arg(*before, 0, 'f', 0)
              .arg(*after, 0, 'f', 0)
              .arg(rate / baseline, 0, 'f', 3)
              .arg(peakOnly ? QStringLiteral(" of the export") : QString())
              .arg(double(peak) / 1024, 0, 'f', 1)
              .arg(double(baselinePeak) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace pulsedesk::bench
