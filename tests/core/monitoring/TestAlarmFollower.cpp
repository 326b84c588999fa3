#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "common/BackgroundRunner.h"
#include "monitoring/AlarmFollower.h"
#include "storage/Database.h"

#include <QSignalSpy>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// A workstation following the alarms another process stores (the ward server's analysis, the people acting on
/// them): each change since the last read is announced as the live analysis announces it.
class TestAlarmFollower : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    Session m_nurse;

    /// Stores an alarm event as the server's analysis does, on this thread's own connection.
    void store(const AlarmEvent& event)
    {
        QSqlDatabase db = m_store->workspace().database().connection();
        QVERIFY(m_store->workspace().alarms().storeAlarmEvents(db, {event}).ok());
    }

    static AlarmEvent alarm(qint64 id, AlarmPriority priority, AlarmAction action = AlarmAction::Raised)
    {
        AlarmEvent event = raisedAlarm(id, priority);
        event.action = action;
        event.bed.clear(); // the follower finds the bed itself
        event.alarm.raisedAtMs = event.alarm.updatedAtMs = event.atMs = QDateTime::currentMSecsSinceEpoch();
        return event;
    }

    /// Actions announced in `spy` since it was last cleared.
    static QList<AlarmAction> actions(QSignalSpy& spy)
    {
        QList<AlarmAction> list;
        for (const QList<QVariant>& args : std::as_const(spy))
            list.append(args.at(0).value<AlarmEvent>().action);
        return list;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestWorkspace>();
        const Session doctor = m_store->addStaff(QStringLiteral("doc"), Role::Doctor);
        m_nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse);
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Anna Alarm"), QStringLiteral("4"));
    }

    void cleanup() { m_store.reset(); }

    void followsRaiseAcknowledgeAndEnd_readingOnTheRunner()
    {
        BackgroundRunner runner;
        Workspace* workspace = &m_store->workspace();
        {
            AlarmFollower follower(*workspace, &runner);
            QSignalSpy events(&follower, &AlarmFollower::alarmEvent);
            follower.start();
            QVERIFY(QTest::qWaitFor([&runner] { return runner.pendingCount() == 0; }, 10'000));
            QVERIFY(follower.openAlarms().empty());

            store(alarm(1, AlarmPriority::High));
            follower.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 10'000);
            AlarmEvent raised = events.at(0).at(0).value<AlarmEvent>();
            QCOMPARE(raised.action, AlarmAction::Raised);
            QCOMPARE(raised.alarm.id, qint64(1));
            QCOMPARE(raised.alarm.priority, AlarmPriority::High);
            QCOMPARE(raised.bed, QStringLiteral("4"));
            QCOMPARE(follower.openAlarms().size(), size_t(1));

            // Acknowledged by a person elsewhere: announced with who did it; the alarm stays open (it latches).
            events.clear();
            QVERIFY(workspace->alarms().acknowledge(m_nurse, 1, QStringLiteral("at the bedside")).ok());
            follower.refresh();
            QTRY_COMPARE_WITH_TIMEOUT(events.count(), 1, 10'000);
            const AlarmEvent acknowledged = events.at(0).at(0).value<AlarmEvent>();
            QCOMPARE(acknowledged.action, AlarmAction::Acknowledged);
            QCOMPARE(acknowledged.userId, m_nurse.userId);
            QCOMPARE(acknowledged.alarm.state, AlarmState::Acknowledged);
            QCOMPARE(follower.openAlarms().front().state, AlarmState::Acknowledged);

            // A medium alarm raised, made worse, then ended by the server: each step announced as its action.
            AlarmEvent medium = alarm(2, AlarmPriority::Medium);
            const auto step = [&](AlarmAction expected) {
                events.clear();
                medium.action = expected;
                store(medium);
                follower.refresh();
                QTRY_COMPARE_WITH_TIMEOUT(actions(events), QList<AlarmAction> {expected}, 10'000);
            };
            step(AlarmAction::Raised);
            medium.alarm.priority = AlarmPriority::High;
            step(AlarmAction::PriorityRaised);
            medium.alarm.state = AlarmState::Ended;
            medium.alarm.endedAtMs = QDateTime::currentMSecsSinceEpoch();
            step(AlarmAction::Ended);
            const AlarmEvent ended = events.at(0).at(0).value<AlarmEvent>();
            QCOMPARE(ended.alarm.id, qint64(2));
            QCOMPARE(ended.alarm.state, AlarmState::Ended);
            QCOMPARE(ended.bed, QStringLiteral("4"));
            QCOMPARE(follower.openAlarms().size(), size_t(1));

            // Nothing changed: nothing announced, however often it reads (the timer reads once a second).
            events.clear();
            for (int i = 0; i < 3; ++i)
                follower.refresh();
            QTest::qWait(1500);
            QVERIFY(QTest::qWaitFor([&runner] { return runner.pendingCount() == 0; }, 10'000));
            QCOMPARE(events.count(), 0);
        }
        runner.stop([workspace] { workspace->database().releaseThreadConnection(); });
    }

    void firstRead_takesOverWithoutAnnouncing()
    {
        store(alarm(5, AlarmPriority::High));
        AlarmFollower follower(m_store->workspace());
        QSignalSpy events(&follower, &AlarmFollower::alarmEvent);
        follower.refresh();
        QCOMPARE(events.count(), 0);
        QCOMPARE(follower.openAlarms().size(), size_t(1));
        QCOMPARE(follower.openAlarms().front().id, qint64(5));
        // The timer reads too.
        follower.start();
        AlarmEvent paused = alarm(5, AlarmPriority::High, AlarmAction::AudioPaused);
        paused.alarm.audioPausedUntilMs = QDateTime::currentMSecsSinceEpoch() + 120'000;
        store(paused);
        QTRY_COMPARE_WITH_TIMEOUT(actions(events), QList<AlarmAction> {AlarmAction::AudioPaused}, 5'000);
        follower.stop();
        QVERIFY(!follower.isRunning());
    }

    void aClosedWorkspace_isNotRead()
    {
        m_store->close();
        m_store->reopen(); // not logged in: nothing is open
        QVERIFY(!m_store->workspace().isOpen());
        AlarmFollower follower(m_store->workspace());
        QSignalSpy events(&follower, &AlarmFollower::alarmEvent);
        QSignalSpy failed(&follower, &AlarmFollower::failed);
        follower.refresh();
        QCOMPARE(events.count(), 0);
        QCOMPARE(failed.count(), 0);
        QVERIFY(follower.openAlarms().empty());
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAlarmFollower)
#include "TestAlarmFollower.moc"
