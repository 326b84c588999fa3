#include "scores/FleetHealth.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace pulsedesk;
using namespace pulsedesk::FleetHealth;

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();

struct Shape
{
    double spo2 = 97;
    double noise = 1; ///< times the usual noise
    double hrNoise = 1; ///< times the usual noise of the heart rate
    double dropped = 0; ///< share of readings lost
    int stuckFrom = -1; ///< index from which every value repeats
    int stuckFor = 0;
};

/// Two hours at 1 Hz of heart rate, SpO2 and temperature, with the usual noise.
std::vector<Reading> readings(quint32 seed, Shape shape = {})
{
    QRandomGenerator random(seed);
    std::vector<Reading> list;
    for (int i = 0; i < 7200; ++i) {
        if (shape.dropped > 0 && random.generateDouble() < shape.dropped)
            continue;
        Reading r;
        r.ms = 1'790'000'000'000 + qint64(i) * 1000;
        const auto jitter = [&](double width) { return (random.generateDouble() - 0.5) * width * shape.noise; };
        r.values = {std::round(72 + jitter(8) * shape.hrNoise), std::round(shape.spo2 + jitter(2)),
                    std::round((36.8 + jitter(0.3)) * 10) / 10, Nan, Nan};
        if (shape.stuckFrom >= 0 && i > shape.stuckFrom && i < shape.stuckFrom + shape.stuckFor)
            r.values = list.back().values;
        list.push_back(r);
    }
    return list;
}

DeviceSummary device(const QString& id, const std::vector<Reading>& list, const QString& model = QStringLiteral("M1"))
{
    DeviceSummary s = summarise(list);
    s.deviceId = id;
    s.manufacturer = QStringLiteral("Acme");
    s.model = model;
    return s;
}

/// Six healthy devices of one model.
QList<DeviceSummary> healthyFleet()
{
    QList<DeviceSummary> fleet;
    for (int i = 0; i < 6; ++i)
        fleet.append(device(QStringLiteral("ok-%1").arg(i), readings(quint32(100 + i), {.spo2 = 96.5 + i * 0.3})));
    return fleet;
}

const DeviceHealth* find(const QList<Fleet>& fleets, const QString& id)
{
    for (const Fleet& f : fleets)
        for (const DeviceHealth& d : f.devices)
            if (d.summary.deviceId == id)
                return &d;
    return nullptr;
}

} // namespace

/// The fleet-health statistics: robust summaries of a device's readings and the judgement against its fleet.
class TestFleetHealth : public QObject
{
    Q_OBJECT

private slots:
    void medianAndMadAreRobust()
    {
        std::vector<double> values {1, 2, 3, 4, 1000};
        QCOMPARE(median(values), 3.0);
        QCOMPARE(mad(values, 3), 1.0);
        std::vector<double> even {4, 1, 3, 2};
        QCOMPARE(median(even), 2.5);
        std::vector<double> none;
        QVERIFY(std::isnan(median(none)));
    }

    void summaryHasMedianMadRunAndMissingShare()
    {
        std::vector<Reading> list;
        for (int i = 0; i < 100; ++i) {
            if (i % 5 == 4) // every fifth reading lost: 20 %
                continue;
            list.push_back({qint64(i) * 1000, {double(60 + i % 3), Nan, Nan, Nan, Nan}});
        }
        // A run of one value over 30 readings, then the device off for an hour, which is no dropout.
        for (int i = 0; i < 30; ++i)
            list.push_back({100'000 + qint64(i) * 1000, {61, Nan, Nan, Nan, Nan}});
        for (int i = 0; i < 10; ++i)
            list.push_back({3'800'000 + qint64(i) * 1000, {60 + double(i % 2), Nan, Nan, Nan, Nan}});
        const DeviceSummary s = summarise(list);
        QCOMPARE(s.samples, qint64(120));
        QCOMPARE(s.vitals[0].count, qint64(120));
        QCOMPARE(s.vitals[0].median, 61.0);
        QCOMPARE(s.vitals[0].mad, 0.0);
        QCOMPARE(s.vitals[0].runValue, 61.0);
        QCOMPARE(s.vitals[0].longestRunMs, qint64(29'000));
        QCOMPARE(s.vitals[1].count, qint64(0));
        // 20 gaps of 2 s among 80 + 29 + 9 intervals (the hour off left out): 20 of 138 expected readings missing.
        QVERIFY2(std::abs(s.missing - 20.0 / 138.0) < 1e-9, qPrintable(QString::number(s.missing)));
    }

    void healthyFleetIsNotFlagged()
    {
        const QList<Fleet> fleets = judge(healthyFleet());
        QCOMPARE(fleets.size(), 1);
        QVERIFY(fleets.front().judged);
        QCOMPARE(fleets.front().devices.size(), 6);
        for (const DeviceHealth& d : fleets.front().devices)
            QVERIFY2(d.flags.isEmpty(), qPrintable(d.summary.deviceId + QLatin1Char(' ') + describe(d.flags.value(0))));
    }

    void eachFaultIsFlaggedWithItsFigures()
    {
        QList<DeviceSummary> devices = healthyFleet();
        devices.append(device(QStringLiteral("offset"), readings(7, {.spo2 = 91})));
        devices.append(device(QStringLiteral("noise"), readings(8, {.noise = 6})));
        devices.append(device(QStringLiteral("quiet"), readings(9, {.hrNoise = 0.2})));
        devices.append(device(QStringLiteral("dropouts"), readings(10, {.dropped = 0.3})));
        devices.append(device(QStringLiteral("stuck"), readings(11, {.stuckFrom = 3000, .stuckFor = 900})));
        const QList<Fleet> fleets = judge(devices);
        QCOMPARE(fleets.size(), 1);
        QCOMPARE(fleets.front().flagged(), 5);

        const DeviceHealth* offset = find(fleets, QStringLiteral("offset"));
        QCOMPARE(offset->flags.size(), 1);
        const Flag& o = offset->flags.front();
        QCOMPARE(o.fault, Fault::Offset);
        QCOMPARE(o.vital, Vital::Spo2);
        QCOMPARE(o.value, 91.0);
        QVERIFY2(o.fleetMedian >= 96 && o.fleetMedian <= 98, qPrintable(QString::number(o.fleetMedian)));
        QCOMPARE(o.limit, o.fleetMedian - 3); // the minimum that matters, wider than 3 MADs of this fleet
        QVERIFY(describe(o).contains(QLatin1String("91.0")));

        const auto faults = [&](const QString& id) {
            QSet<Fault> set;
            for (const Flag& f : find(fleets, id)->flags)
                set.insert(f.fault);
            return set;
        };
        QCOMPARE(faults(QStringLiteral("noise")), QSet<Fault> {Fault::HighVariability});
        QCOMPARE(faults(QStringLiteral("quiet")), QSet<Fault> {Fault::LowVariability});
        QCOMPARE(faults(QStringLiteral("dropouts")), QSet<Fault> {Fault::Dropouts});
        QCOMPARE(faults(QStringLiteral("stuck")), QSet<Fault> {Fault::Stuck});

        const Flag& d = find(fleets, QStringLiteral("dropouts"))->flags.front();
        QVERIFY2(d.value > 0.25 && d.value < 0.35, qPrintable(QString::number(d.value)));
        QVERIFY(d.fleetMedian < 0.01);
        QCOMPARE(d.limit, d.fleetMedian + 0.05);
        for (const Flag& s : find(fleets, QStringLiteral("stuck"))->flags) {
            QVERIFY(s.value >= 14.9); // minutes
            QVERIFY(s.value > s.limit);
        }
    }

    void heartRateOffsetIsTheWearersNotTheDevices()
    {
        QList<DeviceSummary> devices = healthyFleet();
        std::vector<Reading> infant = readings(12);
        for (Reading& r : infant)
            r.values[0] += 70;
        devices.append(device(QStringLiteral("infant"), infant));
        QVERIFY(find(judge(devices), QStringLiteral("infant"))->flags.isEmpty());
    }

    void smallFleetIsNotJudged()
    {
        QList<DeviceSummary> devices = healthyFleet();
        devices.append(device(QStringLiteral("lonely-1"), readings(13, {.spo2 = 85}), QStringLiteral("M2")));
        devices.append(device(QStringLiteral("lonely-2"), readings(14, {.noise = 10}), QStringLiteral("M2")));
        const QList<Fleet> fleets = judge(devices);
        QCOMPARE(fleets.size(), 2);
        const Fleet& small = fleets.at(1);
        QCOMPARE(small.model, QStringLiteral("M2"));
        QVERIFY(!small.judged);
        QCOMPARE(small.devices.size(), 2);
        QCOMPARE(small.flagged(), 0);
        QVERIFY(fleets.at(0).judged);
    }

    void devicesWithoutReadingsAreLeftOut()
    {
        QList<DeviceSummary> devices = healthyFleet();
        DeviceSummary silent;
        silent.deviceId = QStringLiteral("silent");
        silent.manufacturer = QStringLiteral("Acme");
        silent.model = QStringLiteral("M1");
        devices.append(silent);
        const QList<Fleet> fleets = judge(devices);
        QCOMPARE(fleets.front().devices.size(), 6);
        QVERIFY(!find(fleets, QStringLiteral("silent")));
    }
};

QTEST_GUILESS_MAIN(TestFleetHealth)
#include "TestFleetHealth.moc"
