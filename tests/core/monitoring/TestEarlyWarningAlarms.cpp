#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "monitoring/AnalysisService.h"
#include "scores/ObservationStore.h"
#include "storage/PatientRegistry.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The live analysis turns nurse observations into alarms: a medium or high NEWS2 risk addressed to the patient's
/// doctors, a high one latching until acknowledged, and observations not taken in time as a low alarm.
class TestEarlyWarningAlarms : public QObject
{
    Q_OBJECT

private slots:
    void riskAndOverdueObservations_raiseAndEndAlarms()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session other = tw.addStaff(QStringLiteral("doc2"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"), QStringLiteral("4"));
        AnalysisService analysis(w, clock);
        AnalysisSettings settings;
        settings.tickMs = 50;
        analysis.start(settings);

        // Respiration 25 (3), SpO2 93 (2), pulse 111 (2): NEWS2 7, high risk.
        QVERIFY(w.observations().add(nurse, QStringLiteral("P1"), bedsideObservations(25, 93, 111)).ok());
        analysis.sync();
        auto high = openAlarm(w, doctor, AlarmCondition::EarlyWarningScore, true);
        QVERIFY(high.has_value());
        QCOMPARE(high->alarm.priority, AlarmPriority::High);
        QCOMPARE(high->mrn, QStringLiteral("P1"));
        QVERIFY(high->alarm.detail.contains(QLatin1String("7")));
        QCOMPARE(high->addressedTo, QList<qint64> {doctor.userId});
        QVERIFY(!openAlarm(w, other, AlarmCondition::EarlyWarningScore, true).has_value());
        // Continuous monitoring: nothing is "due", so nothing is overdue.
        QVERIFY(!openAlarm(w, doctor, AlarmCondition::ObservationsOverdue, true).has_value());

        // Better observations: the high alarm latches until someone acknowledges it.
        clock.advanceMs(30 * 60'000);
        QVERIFY(w.observations().add(nurse, QStringLiteral("P1"), bedsideObservations(16, 97, 72)).ok());
        analysis.sync();
        auto latched = openAlarm(w, doctor, AlarmCondition::EarlyWarningScore, true);
        QVERIFY(latched.has_value());
        QVERIFY(!latched->alarm.conditionActive);
        auto acked = w.alarms().acknowledge(nurse, latched->alarm.id, QStringLiteral("reviewed"));
        QVERIFY2(acked.ok(), qPrintable(acked.errorMessage()));
        analysis.sync();
        QVERIFY(!openAlarm(w, doctor, AlarmCondition::EarlyWarningScore, true).has_value());

        // A total of 0 asks for observations within 12 hours; after that they are overdue (a low alarm).
        clock.advanceMs(12 * 3'600'000 + 60'000);
        analysis.sync();
        auto overdue = openAlarm(w, doctor, AlarmCondition::ObservationsOverdue, true);
        QVERIFY(overdue.has_value());
        QCOMPARE(overdue->alarm.priority, AlarmPriority::Low);
        // Respiration 22 (2), pulse 95 (1), SpO2 95 (1), temperature 38.2 (1): NEWS2 5, medium risk.
        ObservationInput medium = bedsideObservations(22, 95, 95);
        medium.values.temperatureC = 38.2;
        QVERIFY(w.observations().add(nurse, QStringLiteral("P1"), medium).ok());
        analysis.sync();
        QVERIFY(!openAlarm(w, doctor, AlarmCondition::ObservationsOverdue, true).has_value());
        auto raised = openAlarm(w, doctor, AlarmCondition::EarlyWarningScore, true);
        QVERIFY(raised.has_value());
        QCOMPARE(raised->alarm.priority, AlarmPriority::Medium);

        // Discharge ends what is left.
        QVERIFY(w.patients().discharge(doctor, QStringLiteral("P1")).ok());
        analysis.sync();
        auto all = w.alarms().alarms(nurse, true, false);
        QVERIFY(all.ok());
        for (const AlarmView& v : all.value())
            QVERIFY(v.alarm.condition != AlarmCondition::EarlyWarningScore
                    && v.alarm.condition != AlarmCondition::ObservationsOverdue);
        analysis.stop();
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestEarlyWarningAlarms)
#include "TestEarlyWarningAlarms.moc"
