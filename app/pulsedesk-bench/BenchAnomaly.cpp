#include "Bench.h"
#include "common/ProcessStats.h"
#include "demo/SimulatedFleet.h"
#include "scores/FleetHealthReader.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <array>

namespace pulsedesk::bench {

namespace {

using Fault = DeviceSimulator::Fault;
constexpr std::array<Fault, 4> Kinds {Fault::Offset, Fault::Stuck, Fault::Noise, Fault::Dropouts};

/// The label in a simulated device's id ("a-fault-noise-2"); None for a healthy one.
Fault labelOf(const QString& deviceId)
{
    for (Fault kind : Kinds)
        if (deviceId.contains(QStringLiteral("fault-%1-").arg(DeviceSimulator::faultKey(kind))))
            return kind;
    return Fault::None;
}

/// The fleet-health fault that finds a simulated fault.
FleetHealth::Fault expectedFlag(Fault kind)
{
    switch (kind) {
    case Fault::Stuck:
        return FleetHealth::Fault::Stuck;
    case Fault::Noise:
        return FleetHealth::Fault::HighVariability;
    case Fault::Dropouts:
        return FleetHealth::Fault::Dropouts;
    case Fault::None:
    case Fault::Offset:
        break;
    }
    return FleetHealth::Fault::Offset;
}

struct Score
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;
    QHash<QString, int> foundByKind; ///< faulty devices flagged with the fault their kind shows as

    double precision() const
    {
        return truePositives + falsePositives == 0 ? 0 : double(truePositives) / (truePositives + falsePositives);
    }
    double recall() const
    {
        return truePositives + falseNegatives == 0 ? 0 : double(truePositives) / (truePositives + falseNegatives);
    }
    void count(Fault label, bool flagged, bool rightKind)
    {
        if (label == Fault::None) {
            falsePositives += flagged ? 1 : 0;
            return;
        }
        truePositives += flagged ? 1 : 0;
        falseNegatives += flagged ? 0 : 1;
        foundByKind[DeviceSimulator::faultKey(label)] += rightKind ? 1 : 0;
    }
    QJsonObject toJson(int perKind) const
    {
        QJsonObject byKind;
        for (Fault kind : Kinds)
            byKind.insert(DeviceSimulator::faultKey(kind),
                          double(foundByKind.value(DeviceSimulator::faultKey(kind))) / perKind);
        return {{QStringLiteral("precision"), precision()},         {QStringLiteral("recall"), recall()},
                {QStringLiteral("truePositives"), truePositives},   {QStringLiteral("falsePositives"), falsePositives},
                {QStringLiteral("falseNegatives"), falseNegatives}, {QStringLiteral("recallByKind"), byKind}};
    }
};

/// The static-threshold baseline: a device whose mean of any vital lies outside fixed adult limits.
Result<QHash<QString, bool>> staticThresholds(Database& database, qint64 fromMs)
{
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT d.device_id, avg(s.heart_rate), avg(s.spo2), avg(s.temperature_c), "
                                  "avg(s.systolic), avg(s.diastolic) FROM samples s JOIN devices d ON d.id = "
                                  "s.device_id WHERE s.ts >= ? GROUP BY d.device_id"))) {
        return Error {Error::Code::Storage, q.lastError().text()};
    }
    q.addBindValue(fromMs);
    if (!q.exec())
        return Error {Error::Code::Storage, q.lastError().text()};
    QHash<QString, bool> flagged;
    while (q.next()) {
        bool outside = false;
        for (int v = 0; v < 5; ++v) {
            if (q.value(v + 1).isNull())
                continue;
            const double mean = q.value(v + 1).toDouble();
            outside = outside || mean < ClinicalLimits[size_t(v)].first || mean > ClinicalLimits[size_t(v)].second;
        }
        flagged.insert(q.value(0).toString(), outside);
    }
    return flagged;
}

} // namespace

int anomaly(QTextStream& out, QTextStream& err, int healthy, int perKind, int hours, qint64 costSamples, int rounds,
            bool json)
{
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(QStringLiteral("data")));
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created) {
        err << "bench anomaly: " << created.errorMessage() << Qt::endl;
        return 1;
    }
    const Session admin = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();

    // Two fleets (models), each with half the healthy devices and perKind / 2 (at least 1) devices of each fault.
    DeviceSimulator::Options options;
    options.allVitals = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
    QElapsedTimer timer;
    timer.start();
    qint64 stored = 0;
    int faulty = 0;
    int totalHealthy = 0;
    const int perFleetKind = std::max(1, perKind / 2);
    for (int fleet = 0; fleet < 2; ++fleet) {
        const int fleetHealthy = fleet == 0 ? healthy - healthy / 2 : healthy / 2;
        const auto devices = SimulatedFleet::labelled(QStringLiteral("%1-").arg(QLatin1Char('a' + fleet)), fleetHealthy,
                                                      perFleetKind * int(Kinds.size()));
        auto written = SimulatedFleet::store(workspace, admin, devices, QStringLiteral("Bench"),
                                             QStringLiteral("Monitor %1").arg(QLatin1Char('A' + fleet)), now,
                                             hours * 3600, quint32(17 + fleet), options);
        if (!written) {
            err << "bench anomaly: " << written.errorMessage() << Qt::endl;
            return 1;
        }
        stored += written.value();
        faulty += perFleetKind * int(Kinds.size());
        totalHealthy += fleetHealthy;
    }
    const double storeSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 fromMs = now - qint64(hours) * 3'600'000;

    // Baseline first, then the fleet health, each with its own peak.
    ProcessStats::resetPeakResident();
    timer.restart();
    auto baseline = staticThresholds(workspace.database(), fromMs);
    const double baselineSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 baselinePeak = ProcessStats::peakResidentKib();
    if (!baseline) {
        err << "bench anomaly: " << baseline.errorMessage() << Qt::endl;
        return 1;
    }
    ProcessStats::resetPeakResident();
    const FleetHealthReader reader(workspace.database(), workspace.audit(), workspace.clock());
    timer.restart();
    auto report = reader.read(admin, hours + 1);
    const double healthSeconds = double(timer.nsecsElapsed()) / 1e9;
    const qint64 healthPeak = ProcessStats::peakResidentKib();
    if (!report) {
        err << "bench anomaly: " << report.errorMessage() << Qt::endl;
        return 1;
    }

    // The window scores, on a labelled set of their own, and their cost at the analysis benchmark's load (by
    // default the same: 5,000,000 samples of 100 devices), over `rounds` rounds.
    const WindowScoreFigures windows = windowScores(healthy + faulty, hours, costSamples, 100, rounds);

    Score health;
    Score fixed;
    for (const FleetHealth::Fleet& fleet : report->fleets) {
        for (const FleetHealth::DeviceHealth& d : fleet.devices) {
            const Fault label = labelOf(d.summary.deviceId);
            const bool rightKind = std::any_of(d.flags.cbegin(), d.flags.cend(), [&](const FleetHealth::Flag& f) {
                return f.fault == expectedFlag(label);
            });
            health.count(label, !d.flags.isEmpty(), rightKind);
            const bool outside = baseline->value(d.summary.deviceId);
            fixed.count(label, outside, outside);
        }
    }
    const int perKindTotal = perFleetKind * 2;
    const QJsonObject figures {
        {QStringLiteral("healthyDevices"), totalHealthy},
        {QStringLiteral("faultyDevices"), faulty},
        {QStringLiteral("hours"), hours},
        {QStringLiteral("readings"), report->readings},
        {QStringLiteral("storedSamples"), stored},
        {QStringLiteral("storeSeconds"), storeSeconds},
        {QStringLiteral("fleetHealth"), health.toJson(perKindTotal)},
        {QStringLiteral("fleetHealthSeconds"), healthSeconds},
        {QStringLiteral("fleetHealthReadingsPerSecond"), double(report->readings) / healthSeconds},
        {QStringLiteral("fleetHealthPeakRssMiB"), double(healthPeak) / 1024},
        {QStringLiteral("baseline"), fixed.toJson(perKindTotal)},
        {QStringLiteral("baselineSeconds"), baselineSeconds},
        {QStringLiteral("baselinePeakRssMiB"), double(baselinePeak) / 1024},
        {QStringLiteral("windowScores"), windows.figures}};
    const auto byKind = [perKindTotal](const Score& s) {
        QStringList parts;
        for (Fault kind : Kinds)
            parts.append(QStringLiteral("%1 %2/%3")
                             .arg(DeviceSimulator::faultKey(kind))
                             .arg(s.foundByKind.value(DeviceSimulator::faultKey(kind)))
                             .arg(perKindTotal));
        return parts.join(QStringLiteral(", "));
    };
    print(out, json, QStringLiteral("anomaly"), figures,
          QStringLiteral("bench anomaly: %1 healthy and %2 faulty simulated devices in 2 fleets, %3 h of all vitals "
                         "at 1 Hz (%4 readings, stored in %5 s)\n"
                         "  fleet health (median/MAD)        precision %6  recall %7   (%8)\n"
                         "                                   %9 s, %10 readings/s, peak memory %11 MiB\n"
                         "  baseline: mean outside fixed limits  precision %12  recall %13   (%14)\n"
                         "                                   %15 s, peak memory %16 MiB\n%17")
              .arg(totalHealthy)
              .arg(faulty)
              .arg(hours)
              .arg(report->readings)
              .arg(storeSeconds, 0, 'f', 1)
              .arg(health.precision(), 0, 'f', 2)
              .arg(health.recall(), 0, 'f', 2)
              .arg(byKind(health))
              .arg(healthSeconds, 0, 'f', 2)
              .arg(double(report->readings) / healthSeconds, 0, 'f', 0)
              .arg(double(healthPeak) / 1024, 0, 'f', 1)
              .arg(fixed.precision(), 0, 'f', 2)
              .arg(fixed.recall(), 0, 'f', 2)
              .arg(byKind(fixed))
              .arg(baselineSeconds, 0, 'f', 2)
              .arg(double(baselinePeak) / 1024, 0, 'f', 1)
              .arg(windows.text));
    return 0;
}

} // namespace pulsedesk::bench
