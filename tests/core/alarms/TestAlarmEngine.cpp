#include "alarms/AlarmEngine.h"

#include <QTest>

using namespace pulsedesk;

namespace {

constexpr qint64 T0 = 1'780'000'000'000;
constexpr qint64 PatientId = 11;
constexpr qint64 Nurse = 3;

WindowResult window(qint64 startOffsetMs, Category category, double mean, bool lowConfidence = false,
                    qint64 lengthMs = 10'000)
{
    WindowResult r;
    r.patientId = PatientId;
    r.deviceRowId = 4;
    r.windowStartMs = T0 + startOffsetMs;
    r.windowMs = lengthMs;
    r.sampleCount = 10;
    r.coverage = lowConfidence ? 0.3 : 1.0;
    r.lowConfidence = lowConfidence;
    r.hrMean = mean;
    r.classification.category = category;
    return r;
}

QList<AlarmAction> actions(const std::vector<AlarmEvent>& events)
{
    QList<AlarmAction> list;
    for (const AlarmEvent& e : events)
        list.append(e.action);
    return list;
}

} // namespace

/// The alarm state machine with the time passed in: delay, latch, auto-end, escalation, audio pause, acknowledge.
class TestAlarmEngine : public QObject
{
    Q_OBJECT

private slots:
    void conditionMustHoldForTheDelay()
    {
        AlarmEngine engine({10'000, 120'000, 120'000});
        // 5-second windows: the first abnormal one is not enough.
        QVERIFY(engine.onWindow(window(0, Category::ModerateTachycardia, 115, false, 5000), T0 + 7000).empty());
        // A normal window in between starts the count again.
        QVERIFY(engine.onWindow(window(5000, Category::NoAnomaly, 90, false, 5000), T0 + 12'000).empty());
        QVERIFY(engine.onWindow(window(10'000, Category::ModerateTachycardia, 115, false, 5000), T0 + 17'000).empty());
        const auto events =
            engine.onWindow(window(15'000, Category::ModerateTachycardia, 118, false, 5000), T0 + 22'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Raised});
        const Alarm& alarm = events.front().alarm;
        QCOMPARE(alarm.priority, AlarmPriority::Medium);
        QCOMPARE(alarm.condition, AlarmCondition::Tachycardia);
        QCOMPARE(alarm.conditionSinceMs, T0 + 10'000);
        QCOMPARE(alarm.raisedAtMs, T0 + 22'000);
        QVERIFY(alarm.isSounding(T0 + 22'000));
        // Further windows update the same alarm: one open alarm per patient and condition.
        QVERIFY(engine.onWindow(window(20'000, Category::ModerateTachycardia, 119, false, 5000), T0 + 27'000).empty());
        QCOMPARE(engine.openAlarms().size(), std::size_t(1));
    }

    void delayIsCappedAtFifteenSeconds()
    {
        AlarmEngine engine({60'000, 120'000, 120'000});
        QCOMPARE(engine.settings().delayMs, 15'000);
    }

    void severeIsHighAndLatchesUntilAcknowledged()
    {
        AlarmEngine engine;
        auto events = engine.onWindow(window(0, Category::SevereTachycardia, 160), T0 + 12'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Raised});
        const qint64 id = events.front().alarm.id;
        QCOMPARE(events.front().alarm.priority, AlarmPriority::High);
        // The condition ends: the high alarm stays, still sounding.
        events = engine.onWindow(window(10'000, Category::NoAnomaly, 80), T0 + 22'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::ConditionCleared});
        QVERIFY(engine.find(id)->isSounding(T0 + 22'000));
        QVERIFY(!engine.find(id)->conditionActive);
        // Acknowledging it ends it.
        auto acked = engine.acknowledge(id, Nurse, QStringLiteral("seen, patient was walking"), T0 + 30'000);
        QVERIFY(acked.ok());
        QCOMPARE(actions(acked.value()), (QList<AlarmAction> {AlarmAction::Acknowledged, AlarmAction::Ended}));
        QCOMPARE(acked.value().back().alarm.acknowledgedBy, Nurse);
        QCOMPARE(acked.value().back().alarm.comment, QStringLiteral("seen, patient was walking"));
        QVERIFY(engine.find(id) == nullptr);
        QVERIFY(!engine.acknowledge(id, Nurse, {}, T0 + 31'000).ok());
    }

    void mediumEndsByItselfAndStaysInHistory()
    {
        AlarmEngine engine;
        auto events = engine.onWindow(window(0, Category::ModerateBradycardia, 45), T0 + 12'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Raised});
        events = engine.onWindow(window(10'000, Category::NoAnomaly, 62), T0 + 22'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Ended});
        QCOMPARE(events.front().alarm.endedAtMs, T0 + 22'000);
        QCOMPARE(events.front().alarm.state, AlarmState::Ended);
        QVERIFY(engine.openAlarms().empty());
    }

    void worseCategoryRaisesThePriority()
    {
        AlarmEngine engine;
        auto events = engine.onWindow(window(0, Category::ModerateTachycardia, 120), T0 + 12'000);
        const qint64 id = events.front().alarm.id;
        QVERIFY(engine.acknowledge(id, Nurse, {}, T0 + 13'000).ok());
        QVERIFY(!engine.find(id)->isSounding(T0 + 13'000));
        events = engine.onWindow(window(10'000, Category::SevereTachycardia, 140), T0 + 22'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::PriorityRaised});
        QCOMPARE(engine.find(id)->priority, AlarmPriority::High);
        QCOMPARE(engine.find(id)->state, AlarmState::Active); // sounds again
        // Easing back to moderate keeps the high priority and the severe category.
        events = engine.onWindow(window(20'000, Category::ModerateTachycardia, 125), T0 + 32'000);
        QVERIFY(events.empty());
        QCOMPARE(engine.find(id)->priority, AlarmPriority::High);
        QCOMPARE(engine.find(id)->category, Category::SevereTachycardia);
    }

    void acknowledgedAlarmEndsWithItsCondition()
    {
        AlarmEngine engine;
        const qint64 id = engine.onWindow(window(0, Category::SevereBradycardia, 35), T0 + 12'000).front().alarm.id;
        auto acked = engine.acknowledge(id, Nurse, {}, T0 + 14'000);
        QCOMPARE(actions(acked.value()), QList<AlarmAction> {AlarmAction::Acknowledged});
        QCOMPARE(engine.find(id)->state, AlarmState::Acknowledged);
        QVERIFY(!engine.acknowledge(id, Nurse, {}, T0 + 15'000).ok()); // already acknowledged
        const auto events = engine.onWindow(window(10'000, Category::NoAnomaly, 60), T0 + 22'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Ended});
    }

    void unacknowledgedAlarmsEscalate()
    {
        AlarmEngine engine({10'000, 120'000, 120'000});
        const qint64 id = engine.onWindow(window(0, Category::SevereTachycardia, 170), T0).front().alarm.id;
        QVERIFY(engine.tick(T0 + 119'999).empty());
        auto events = engine.tick(T0 + 120'000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Escalated});
        QVERIFY(engine.find(id)->isEscalated());
        QVERIFY(engine.tick(T0 + 200'000).empty()); // once
        // An acknowledged alarm does not escalate.
        AlarmEngine other({10'000, 120'000, 120'000});
        const qint64 second = other.onWindow(window(0, Category::SevereTachycardia, 170), T0).front().alarm.id;
        QVERIFY(other.acknowledge(second, Nurse, {}, T0 + 60'000).ok());
        QVERIFY(other.tick(T0 + 130'000).empty());
        // Nor does a low technical alarm.
        QCOMPARE(actions(other.onTechnical(AlarmCondition::DeviceSilent, PatientId, 4, true, {}, T0)),
                 QList<AlarmAction> {AlarmAction::Raised});
        QVERIFY(other.tick(T0 + 600'000).empty());
    }

    void audioPauseExpires()
    {
        AlarmEngine engine;
        const qint64 id = engine.onWindow(window(0, Category::SevereTachycardia, 170), T0).front().alarm.id;
        QVERIFY(!engine.pauseAudio(id, Nurse, 121'000, T0 + 1000).ok()); // at most two minutes
        QVERIFY(!engine.pauseAudio(id, Nurse, 0, T0 + 1000).ok());
        auto paused = engine.pauseAudio(id, Nurse, 60'000, T0 + 1000);
        QVERIFY(paused.ok());
        QCOMPARE(actions(paused.value()), QList<AlarmAction> {AlarmAction::AudioPaused});
        QVERIFY(!engine.find(id)->isSounding(T0 + 30'000));
        QVERIFY(engine.tick(T0 + 60'999).empty());
        QCOMPARE(actions(engine.tick(T0 + 61'000)), QList<AlarmAction> {AlarmAction::AudioResumed});
        QVERIFY(engine.find(id)->isSounding(T0 + 61'000));
    }

    void lowConfidenceWindowsNeitherRaiseNorEnd()
    {
        AlarmEngine engine;
        QVERIFY(engine.onWindow(window(0, Category::SevereTachycardia, 170, true), T0).empty());
        QVERIFY(engine.onWindow(window(10'000, Category::SevereTachycardia, 170, true), T0 + 10'000).empty());
        QVERIFY(engine.openAlarms().empty());
        const qint64 id =
            engine.onWindow(window(20'000, Category::ModerateTachycardia, 120), T0 + 30'000).front().alarm.id;
        QVERIFY(engine.onWindow(window(30'000, Category::NoAnomaly, 80, true), T0 + 40'000).empty());
        QVERIFY(engine.find(id) != nullptr);
        QCOMPARE(engine.find(id)->lastValue, 120.0);
    }

    void technicalAlarmsAreLowAndEndByThemselves()
    {
        AlarmEngine engine;
        auto events = engine.onTechnical(AlarmCondition::BrokerUnreachable, 0, 0, true, QStringLiteral("refused"), T0);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Raised});
        QCOMPARE(events.front().alarm.priority, AlarmPriority::Low);
        QVERIFY(engine.onTechnical(AlarmCondition::BrokerUnreachable, 0, 0, true, QStringLiteral("refused"), T0 + 1)
                    .empty());
        events = engine.onTechnical(AlarmCondition::BrokerUnreachable, 0, 0, false, {}, T0 + 5000);
        QCOMPARE(actions(events), QList<AlarmAction> {AlarmAction::Ended});
    }

    void earlyWarningScore_raisesByRisk_andAHighOneLatches()
    {
        AlarmEngine engine;
        const QString medium = QStringLiteral("NEWS2 5: medium risk");
        auto raised = engine.onScore(PatientId, AlarmPriority::Medium, medium, T0);
        QCOMPARE(actions(raised), QList<AlarmAction> {AlarmAction::Raised});
        QCOMPARE(raised.front().alarm.priority, AlarmPriority::Medium);
        QCOMPARE(raised.front().alarm.condition, AlarmCondition::EarlyWarningScore);
        QVERIFY(!isTechnical(AlarmCondition::EarlyWarningScore));
        // The same risk again (every tick) changes nothing.
        QVERIFY(engine.onScore(PatientId, AlarmPriority::Medium, medium, T0 + 1000).empty());
        const qint64 id = raised.front().alarm.id;
        QVERIFY(engine.acknowledge(id, Nurse, {}, T0 + 2000).ok());

        // A worse score raises the priority and sounds again.
        auto worse = engine.onScore(PatientId, AlarmPriority::High, QStringLiteral("NEWS2 8: high risk"), T0 + 3000);
        QCOMPARE(actions(worse), QList<AlarmAction> {AlarmAction::PriorityRaised});
        QCOMPARE(worse.front().alarm.id, id);
        QCOMPARE(worse.front().alarm.state, AlarmState::Active);
        QVERIFY(worse.front().alarm.isSounding(T0 + 3000));

        // A better score: the high alarm latches until acknowledged.
        auto better = engine.onScore(PatientId, std::nullopt, {}, T0 + 4000);
        QCOMPARE(actions(better), QList<AlarmAction> {AlarmAction::ConditionCleared});
        auto ack = engine.acknowledge(id, Nurse, {}, T0 + 5000);
        QVERIFY(ack.ok());
        QVERIFY(actions(ack.value()).contains(AlarmAction::Ended));
        QVERIFY(engine.openAlarms().empty());
    }

    void earlyWarningScore_mediumEndsWithTheRisk()
    {
        AlarmEngine engine;
        QVERIFY(!engine.onScore(PatientId, AlarmPriority::Medium, QStringLiteral("NEWS2 6"), T0).empty());
        auto ended = engine.onScore(PatientId, std::nullopt, {}, T0 + 1000);
        QCOMPARE(actions(ended), QList<AlarmAction> {AlarmAction::Ended});
        QVERIFY(engine.openAlarms().empty());
        QVERIFY(engine.onScore(PatientId, std::nullopt, {}, T0 + 2000).empty());
    }

    void bradycardiaAfterTachycardiaEndsTheFirst()
    {
        AlarmEngine engine;
        engine.onWindow(window(0, Category::ModerateTachycardia, 120), T0);
        const auto events = engine.onWindow(window(10'000, Category::ModerateBradycardia, 45), T0 + 10'000);
        QCOMPARE(actions(events), (QList<AlarmAction> {AlarmAction::Ended, AlarmAction::Raised}));
        QCOMPARE(events.back().alarm.condition, AlarmCondition::Bradycardia);
    }

    void restoredAlarmsContinue()
    {
        AlarmEngine before;
        Alarm alarm = before.onWindow(window(0, Category::SevereTachycardia, 170), T0).front().alarm;
        AlarmEngine after; // a restart
        after.restore(alarm);
        QVERIFY(after.onWindow(window(10'000, Category::SevereTachycardia, 171), T0 + 10'000).empty());
        QCOMPARE(after.openAlarms().size(), std::size_t(1));
        const auto next = after.onTechnical(AlarmCondition::DeviceSilent, PatientId, 4, true, {}, T0);
        QVERIFY(next.front().alarm.id > alarm.id);
        // Acknowledged from another process: the stored state wins.
        alarm.state = AlarmState::Acknowledged;
        after.restore(alarm);
        QVERIFY(!after.find(alarm.id)->isSounding(T0 + 20'000));
    }

    void aCopyRaisedElsewhere_givesWayToTheStoredAlarm()
    {
        AlarmEngine ours;
        const Alarm mine = ours.onWindow(window(0, Category::SevereTachycardia, 170), T0).front().alarm;
        QVERIFY(ours.holdsKey(mine));
        // Another analysis of the ward stored the same alarm first, under another id.
        Alarm theirs = mine;
        theirs.id = mine.id + 10;
        ours.restore(theirs);
        QVERIFY(!ours.holdsKey(mine));
        QVERIFY(ours.holdsKey(theirs));
        // Dropping our copy keeps theirs: the condition goes on without a second alarm.
        Alarm dropped = mine;
        dropped.state = AlarmState::Ended;
        ours.restore(dropped);
        QCOMPARE(ours.openAlarms().size(), std::size_t(1));
        QVERIFY(ours.onWindow(window(10'000, Category::SevereTachycardia, 171), T0 + 10'000).empty());
        QCOMPARE(ours.openAlarms().front().id, theirs.id);
    }
};

QTEST_GUILESS_MAIN(TestAlarmEngine)
#include "TestAlarmEngine.moc"
