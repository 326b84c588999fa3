#include "Bench.h"
#include "common/ProcessStats.h"
#include "import/ImportFormat.h"
#include "import/Importer.h"
#include "model/Patient.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <optional>

namespace pulsedesk::bench {

namespace {

/// Heart rate of device `d` at second `s`: a resting rhythm with a tachycardic episode now and then.
double heartRate(int d, qint64 s, QRandomGenerator& rng)
{
    double hr = 72 + rng.bounded(-6, 7);
    if ((s / 900 + d) % 11 == 0)
        hr += 65;
    return hr;
}

/// Writes the dump as a gateway buffers it: one JSON array of samples, each naming its device, in time order.
bool writeDump(const QString& path, qint64 samples, int devices, qint64 firstMs)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(20261121);
    QByteArray chunk = "[\n";
    for (qint64 i = 0; i < samples; ++i) {
        const int d = int(i % devices);
        const qint64 s = i / devices;
        chunk += "{\"deviceId\":\"bench-" + QByteArray::number(d)
            + "\",\"timestamp\":" + QByteArray::number(firstMs + s * 1000 + d)
            + ",\"bpm\":" + QByteArray::number(heartRate(d, s, rng)) + (i + 1 < samples ? "},\n" : "}\n");
        if (chunk.size() > (1 << 20)) {
            if (file.write(chunk) != chunk.size())
                return false;
            chunk.clear();
        }
    }
    chunk += "]\n";
    return file.write(chunk) == chunk.size();
}

/// The storage ceiling in samples per second: the same rows, bound and inserted with one prepared statement
/// (SQLite's own API, no Qt layer) in one transaction, into a fresh encrypted store with the same schema. No
/// parsing, no checks, no analysis.
Result<double> ceiling(const QString& dir, qint64 samples, int devices, qint64 firstMs)
{
    Workspace workspace(dir);
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created)
        return created.error();
    auto session = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password"));
    if (!session)
        return session.error();
    std::vector<qint64> rowIds;
    for (int d = 0; d < devices; ++d) {
        if (auto added = workspace.devices().add(session.value(), QStringLiteral("bench-%1").arg(d), {}, {}); !added)
            return added.error();
    }
    QSqlDatabase db = workspace.database().connection();
    QSqlQuery ids(db);
    ids.exec(QStringLiteral("SELECT id FROM devices ORDER BY id"));
    while (ids.next())
        rowIds.push_back(ids.value(0).toLongLong());
    QRandomGenerator rng(20261121);
    QElapsedTimer timer;
    timer.start();
    if (!db.transaction())
        return Error {Error::Code::Storage, QStringLiteral("no transaction")};
    {
        RawStatement insert(db,
                            "INSERT INTO samples (device_id, ts, heart_rate, source, received_at) "
                            "VALUES (?, ?, ?, 'backfill', 0)");
        for (qint64 i = 0; i < samples; ++i) {
            const int d = int(i % devices);
            const qint64 s = i / devices;
            insert.bind(1, rowIds[std::size_t(d)]);
            insert.bind(2, firstMs + s * 1000 + d);
            insert.bind(3, heartRate(d, s, rng));
            const RawStatement::Step rc = insert.step();
            insert.reset();
            if (rc != RawStatement::Step::Done)
                return insert.error(QStringLiteral("the ceiling run"));
        }
    }
    db.commit();
    return double(samples) * 1e9 / double(timer.nsecsElapsed());
}

/// Counts what the reader hands over and keeps nothing: the reader's own speed.
class CountingSink : public RecordSink
{
public:
    qint64 records = 0;
    bool record(ImportRecord&&) override
    {
        ++records;
        return true;
    }
    bool reject(ImportRejection&&) override { return true; }
    void deviceAliases(const QString&, const QStringList&) override { }
    void note(const QString&) override { }
    void skipped(const QString&) override { }
};

/// Reads and parses the dump without storing anything.
double parseSeconds(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    CountingSink sink;
    ReaderOptions options;
    options.nowMs = QDateTime::currentMSecsSinceEpoch();
    QElapsedTimer timer;
    timer.start();
    if (!readRecords(ImportFormat::DeviceDump, file, options, sink) || sink.records == 0)
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int import(QTextStream& out, QTextStream& err, qint64 samples, int devices, bool json)
{
    QTemporaryDir dir;
    const qint64 seconds = samples / devices + 1;
    // Old enough that the whole dump is history: its anomalies become findings.
    const qint64 firstMs = (QDateTime::currentMSecsSinceEpoch() / 1000 - seconds - 3600) * 1000;
    const QString dumpPath = dir.filePath(QStringLiteral("dump.json"));
    if (!writeDump(dumpPath, samples, devices, firstMs)) {
        err << "bench import: cannot write the dump" << Qt::endl;
        return 1;
    }
    const qint64 bytes = QFileInfo(dumpPath).size();

    Workspace workspace(dir.filePath(QStringLiteral("data")));
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created) {
        err << "bench import: " << created.errorMessage() << Qt::endl;
        return 1;
    }
    const Session admin = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();
    auto doctor = readyStaff(workspace, admin, QStringLiteral("bench-doctor"), Role::Doctor);
    auto nurse = readyStaff(workspace, admin, QStringLiteral("bench-nurse"), Role::Nurse);
    if (!doctor || !nurse) {
        err << "bench import: " << (doctor ? nurse.errorMessage() : doctor.errorMessage()) << Qt::endl;
        return 1;
    }
    const QDateTime assignedFrom = QDateTime::fromMSecsSinceEpoch(firstMs - 60'000, Qt::UTC);
    for (int d = 0; d < devices; ++d) {
        PatientInput patient;
        patient.mrn = QStringLiteral("BENCH-%1").arg(d);
        patient.name = patient.mrn;
        patient.birthDate = QDate(1950, 1, 1).addDays(d * 365);
        patient.bed = QString::number(d + 1);
        if (!workspace.devices().add(admin, QStringLiteral("bench-%1").arg(d), {}, {})
            || !workspace.patients().admit(doctor.value(), patient)
            || !workspace.devices().assign(nurse.value(), QStringLiteral("bench-%1").arg(d), patient.mrn,
                                           assignedFrom)) {
            err << "bench import: could not set up the ward" << Qt::endl;
            return 1;
        }
    }

    const double parse = parseSeconds(dumpPath);
    Importer importer(workspace);
    QElapsedTimer timer;
    timer.start();
    const bool previewPeakOnly = ProcessStats::resetPeakResident();
    auto preview = importer.preview(nurse.value(), dumpPath, {});
    const double previewSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 previewPeak = ProcessStats::peakResidentKib();
    if (!preview || !preview->error.isEmpty()) {
        err << "bench import: " << (preview ? preview->error : preview.errorMessage()) << Qt::endl;
        return 1;
    }
    // The storage ceiling is timed just before the import and just after it, and the two are averaged: the
    // machine's speed drifts over a run, and the import sits between them.
    const auto timeCeiling = [&](const QString& name) -> std::optional<double> {
        auto rate = ceiling(dir.filePath(name), samples, devices, firstMs);
        if (!rate)
            err << "bench import: " << rate.errorMessage() << Qt::endl;
        return rate ? std::optional(rate.value()) : std::nullopt;
    };
    const std::optional<double> ceilingBeforeRate = timeCeiling(QStringLiteral("ceiling-before"));
    if (!ceilingBeforeRate)
        return 1;
    const bool importPeakOnly = ProcessStats::resetPeakResident();
    timer.restart();
    auto outcome = importer.run(nurse.value(), preview.value(), {});
    const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 peak = ProcessStats::peakResidentKib();
    if (!outcome || outcome->state != ImportOutcome::State::Complete) {
        err << "bench import: " << (outcome ? outcome->error : outcome.errorMessage()) << Qt::endl;
        return 1;
    }
    const std::optional<double> ceilingAfterRate = timeCeiling(QStringLiteral("ceiling-after"));
    if (!ceilingAfterRate)
        return 1;
    const double rate = double(outcome->stored) / importSeconds;
    const double ceilingRate = (*ceilingBeforeRate + *ceilingAfterRate) / 2;
    const double ratio = rate / ceilingRate;
    const bool met = rate >= 150'000 && ratio >= 0.5;
    const QJsonObject figures {{QStringLiteral("samples"), samples},
                               {QStringLiteral("devices"), devices},
                               {QStringLiteral("fileBytes"), bytes},
                               {QStringLiteral("stored"), outcome->stored},
                               {QStringLiteral("windows"), outcome->analysis.results},
                               {QStringLiteral("findings"), outcome->analysis.findings},
                               {QStringLiteral("parseOnlySamplesPerSecond"), double(samples) / parse},
                               {QStringLiteral("previewSeconds"), previewSeconds},
                               {QStringLiteral("importSeconds"), importSeconds},
                               {QStringLiteral("samplesPerSecond"), rate},
                               {QStringLiteral("ceilingSamplesPerSecond"), ceilingRate},
                               {QStringLiteral("ceilingBeforeSamplesPerSecond"), *ceilingBeforeRate},
                               {QStringLiteral("ceilingAfterSamplesPerSecond"), *ceilingAfterRate},
                               {QStringLiteral("ratio"), ratio},
                               {QStringLiteral("peakRssMiB"), double(peak) / 1024},
                               {QStringLiteral("previewPeakRssMiB"), double(previewPeak) / 1024},
                               {QStringLiteral("targetMet"), met}};
    print(out, json, QStringLiteral("import"), figures,
          QStringLiteral("bench import: %1 samples from %2 devices in one %3 MiB dump\n"
                         "  reader alone (parse, nothing stored)               %12 samples/s\n"
                         "  preview (parse, map devices, look up duplicates)   %4 s, peak memory %16 MiB%17\n"
                         "  import with analysis (stored, %5 windows, %6 findings)   %7 samples/s\n"
                         "  ceiling: bare prepared INSERT loop, encrypted store     %8 samples/s"
                         " (mean of %13 before and %14 after)\n"
                         "  ratio %9   target >= 150000/s and >= 0.5 of the ceiling: %10\n"
                         "%15%11 MiB")
              .arg(samples)
              .arg(devices)
              .arg(double(bytes) / 1048576, 0, 'f', 1)
              .arg(previewSeconds, 0, 'f', 2)
              .arg(outcome->analysis.results)
              .arg(outcome->analysis.findings)
              .arg(rate, 0, 'f', 0)
              .arg(ceilingRate, 0, 'f', 0)
              .arg(ratio, 0, 'f', 2)
              .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(double(peak) / 1024, 0, 'f', 1)
              .arg(double(samples) / parse, 0, 'f', 0)
              .arg(*ceilingBeforeRate, 0, 'f', 0)
              .arg(*ceilingAfterRate, 0, 'f', 0)
              .arg((importPeakOnly ? QStringLiteral("  peak memory (the import)")
                                   : QStringLiteral("  peak memory (the whole run)"))
                       .leftJustified(57))
              .arg(double(previewPeak) / 1024, 0, 'f', 1)
              .arg(previewPeakOnly ? QString() : QStringLiteral(" (so far)")));
    return met ? 0 : 2;
}

} // namespace pulsedesk::bench
