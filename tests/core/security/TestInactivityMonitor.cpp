#include "security/InactivityMonitor.h"

#include <QSignalSpy>
#include <QTest>

using namespace pulsedesk;

class TestInactivityMonitor : public QObject
{
    Q_OBJECT

private slots:
    void locksAfterTheTimeout_once()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        monitor.setTimeoutMs(5 * 60'000);
        QSignalSpy spy(&monitor, &InactivityMonitor::timedOut);
        monitor.start();
        clock.advanceMs(5 * 60'000 - 1);
        monitor.check();
        QCOMPARE(spy.count(), 0);
        clock.advanceMs(1);
        monitor.check();
        QCOMPARE(spy.count(), 1);
        clock.advanceMs(60'000);
        monitor.check();
        QCOMPARE(spy.count(), 1);
        QVERIFY(!monitor.isRunning());
    }

    void activity_restartsTheTimeout()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        monitor.setTimeoutMs(60'000);
        QSignalSpy spy(&monitor, &InactivityMonitor::timedOut);
        monitor.start();
        for (int i = 0; i < 10; ++i) {
            clock.advanceMs(50'000);
            monitor.noteActivity();
            monitor.check();
        }
        QCOMPARE(spy.count(), 0);
        clock.advanceMs(60'000);
        monitor.check();
        QCOMPARE(spy.count(), 1);
    }

    void stopped_neverLocks()
    {
        ManualClock clock;
        InactivityMonitor monitor(clock);
        monitor.setTimeoutMs(1'000);
        QSignalSpy spy(&monitor, &InactivityMonitor::timedOut);
        monitor.start();
        monitor.stop();
        clock.advanceMs(3'600'000);
        monitor.check();
        QCOMPARE(spy.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestInactivityMonitor)
#include "TestInactivityMonitor.moc"
