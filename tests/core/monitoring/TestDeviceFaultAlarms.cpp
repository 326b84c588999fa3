#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "demo/SimulatedFleet.h"
#include "monitoring/AnalysisService.h"
#include "storage/DeviceRegistry.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The live analysis raises a low technical alarm for a patient whose device the device-fleet health flags, and
/// ends it when the device is taken off; a flagged device nobody wears raises none.
class TestDeviceFaultAlarms : public QObject
{
    Q_OBJECT

    static QList<AlarmView> faultAlarms(Workspace& w, const Session& session)
    {
        QList<AlarmView> found;
        auto open = w.alarms().alarms(session, true, false);
        if (open)
            for (const AlarmView& v : open.value())
                if (v.alarm.condition == AlarmCondition::DeviceFaulty)
                    found.append(v);
        return found;
    }

private slots:
    void flaggedDeviceOnAPatient_raisesALowTechnicalAlarm()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        TestWorkspace tw(clock);
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        DeviceSimulator::Options options;
        options.allVitals = true;
        // Half an hour of five healthy monitors, one whose SpO2 reads 6 % low, and one stuck.
        QList<DeviceSimulator::Device> devices = SimulatedFleet::labelled(QStringLiteral("f-"), 5, 2);
        auto stored = SimulatedFleet::store(w, tw.admin(), devices, QStringLiteral("Acme"), QStringLiteral("M1"),
                                            clock.now().toMSecsSinceEpoch(), 1800, 5, options);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"), QStringLiteral("1"));
        tw.admit(doctor, QStringLiteral("P2"), QStringLiteral("Pat Two"), QStringLiteral("2"));
        const QDateTime from = clock.now().addSecs(-3600);
        QVERIFY(w.devices().assign(nurse, QStringLiteral("f-fault-offset-1"), QStringLiteral("P1"), from).ok());
        QVERIFY(w.devices().assign(nurse, QStringLiteral("f-ok-1"), QStringLiteral("P2"), from).ok());

        AnalysisService analysis(w, clock);
        AnalysisSettings settings;
        settings.tickMs = 50;
        analysis.start(settings);
        analysis.sync();
        const QList<AlarmView> raised = faultAlarms(w, nurse);
        QCOMPARE(raised.size(), 1); // not the healthy device on P2, not the stuck one nobody wears
        QCOMPARE(raised.front().mrn, QStringLiteral("P1"));
        QCOMPARE(raised.front().deviceId, QStringLiteral("f-fault-offset-1"));
        QCOMPARE(raised.front().alarm.priority, AlarmPriority::Low);
        QVERIFY2(raised.front().alarm.detail.contains(QLatin1String("constant offset")),
                 qPrintable(raised.front().alarm.detail));
        QCOMPARE(conditionKey(AlarmCondition::DeviceFaulty), QStringLiteral("device-faulty"));
        QVERIFY(isTechnical(AlarmCondition::DeviceFaulty));

        // Taken off the patient: the alarm ends.
        QVERIFY(w.devices().unassign(nurse, QStringLiteral("f-fault-offset-1")).ok());
        analysis.sync();
        QVERIFY(faultAlarms(w, nurse).isEmpty());
        analysis.stop();
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestDeviceFaultAlarms)
#include "TestDeviceFaultAlarms.moc"
