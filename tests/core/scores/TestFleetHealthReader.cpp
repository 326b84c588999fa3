#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "demo/SimulatedFleet.h"
#include "scores/FleetHealthReader.h"
#include "storage/AuditLog.h"
#include "storage/DeviceRegistry.h"

#include <QTest>

#include <memory>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The device-fleet health read from the store: a simulated fleet with one device of each fault kind, on each
/// backend.
class TestFleetHealthReader : public QObject
{
    Q_OBJECT

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_stored = 0;

    const FleetHealth::DeviceHealth* find(const FleetHealthReader::Report& report, const QString& id) const
    {
        for (const FleetHealth::Fleet& f : report.fleets)
            for (const FleetHealth::DeviceHealth& d : f.devices)
                if (d.summary.deviceId == id)
                    return &d;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_clock = std::make_unique<ManualClock>();
        m_tw = std::make_unique<TestWorkspace>(*m_clock);
        DeviceSimulator::Options options;
        options.allVitals = true;
        // An hour: a stuck device is frozen from minute 10 to 20 and from 30 to 40.
        auto stored = SimulatedFleet::store(
            m_tw->workspace(), m_tw->admin(), SimulatedFleet::labelled(QStringLiteral("t-"), 5, 4),
            QStringLiteral("Acme"), QStringLiteral("Monitor 1"), m_clock->now().toMSecsSinceEpoch(), 3600, 7, options);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        m_stored = stored.value();
        // Two devices of another model: too few to judge.
        auto small = SimulatedFleet::store(
            m_tw->workspace(), m_tw->admin(), DeviceSimulator::faultyDevices(QStringLiteral("s-"), 2),
            QStringLiteral("Acme"), QStringLiteral("Monitor 2"), m_clock->now().toMSecsSinceEpoch(), 600, 8, options);
        QVERIFY2(small.ok(), qPrintable(small.errorMessage()));
        QVERIFY(
            m_tw->workspace()
                .devices()
                .add(m_tw->admin(), QStringLiteral("never-sent"), QStringLiteral("Acme"), QStringLiteral("Monitor 1"))
                .ok());
    }

    void cleanupTestCase()
    {
        m_tw.reset();
        m_clock.reset();
    }

    void flagsEachFaultyDeviceAndNoHealthyOne()
    {
        FleetHealthReader reader(m_tw->workspace().database(), m_tw->workspace().audit(), *m_clock);
        auto report = reader.read(m_tw->admin(), 2);
        QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
        QCOMPARE(report->to, m_clock->now().toUTC());
        QCOMPARE(report->from, report->to.addSecs(-2 * 3600));
        QCOMPARE(report->fleets.size(), 2);
        const FleetHealth::Fleet& fleet = report->fleets.front();
        QCOMPARE(fleet.model, QStringLiteral("Monitor 1"));
        QVERIFY(fleet.judged);
        QCOMPARE(fleet.devices.size(), 9); // the device that never sent is not in it
        QVERIFY(report->readings >= m_stored);

        for (int i = 1; i <= 5; ++i) {
            const auto* healthy = find(report.value(), QStringLiteral("t-ok-%1").arg(i));
            QVERIFY(healthy);
            QVERIFY2(healthy->flags.isEmpty(), qPrintable(FleetHealth::describe(healthy->flags.value(0))));
        }
        const auto has = [&](const QString& id, FleetHealth::Fault fault) {
            const auto* d = find(report.value(), id);
            return d && std::any_of(d->flags.cbegin(), d->flags.cend(), [fault](const FleetHealth::Flag& f) {
                       return f.fault == fault;
                   });
        };
        QVERIFY(has(QStringLiteral("t-fault-offset-1"), FleetHealth::Fault::Offset));
        QVERIFY(has(QStringLiteral("t-fault-stuck-1"), FleetHealth::Fault::Stuck));
        QVERIFY(has(QStringLiteral("t-fault-noise-1"), FleetHealth::Fault::HighVariability));
        QVERIFY(has(QStringLiteral("t-fault-dropouts-1"), FleetHealth::Fault::Dropouts));
        QCOMPARE(fleet.flagged(), 4);

        const FleetHealth::Fleet& small = report->fleets.at(1);
        QCOMPARE(small.model, QStringLiteral("Monitor 2"));
        QVERIFY(!small.judged);
        QCOMPARE(small.devices.size(), 2);
        QCOMPARE(small.flagged(), 0);
    }

    void readingsOutsideThePeriodAreLeftOut()
    {
        m_clock->advanceMs(3 * 3600 * 1000);
        FleetHealthReader reader(m_tw->workspace().database(), m_tw->workspace().audit(), *m_clock);
        auto report = reader.read(m_tw->admin(), 2);
        m_clock->advanceMs(-3 * 3600 * 1000);
        QVERIFY(report.ok());
        QCOMPARE(report->readings, qint64(0));
        QVERIFY(report->fleets.isEmpty());
    }

    void onlyAdminsReadItAndEachReadIsAudited()
    {
        FleetHealthReader reader(m_tw->workspace().database(), m_tw->workspace().audit(), *m_clock);
        const Session nurse = m_tw->addStaff(QStringLiteral("nurse-%1").arg(int(currentBackend())), Role::Nurse);
        auto refused = reader.read(nurse);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::NotPermitted);
        QCOMPARE(reader.read(m_tw->admin(), 0).error().code, Error::Code::Invalid);

        QVERIFY(reader.read(m_tw->admin(), 5).ok());
        auto entries = m_tw->workspace().audit().list(m_tw->admin(), 5);
        QVERIFY(entries.ok());
        const auto read = std::find_if(entries->cbegin(), entries->cend(), [](const AuditEntry& e) {
            return e.action == QLatin1String("device-health.read");
        });
        QVERIFY(read != entries->cend());
        QCOMPARE(read->details, QStringLiteral("hours=5"));
        QCOMPARE(read->username, QStringLiteral("admin"));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestFleetHealthReader)
#include "TestFleetHealthReader.moc"
