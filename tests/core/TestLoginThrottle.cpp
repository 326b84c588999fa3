#include "TestWorkspace.h"
#include "security/AuditLog.h"
#include "security/LoginThrottle.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestLoginThrottle : public QObject
{
    Q_OBJECT

private slots:
    void firstFailures_costNothing_thenTheDelayGrows()
    {
        QTemporaryDir dir;
        ManualClock clock;
        LoginThrottle throttle(dir.filePath(QStringLiteral("t.json")), clock);
        for (int i = 0; i < LoginThrottle::FreeAttempts - 1; ++i) {
            throttle.recordFailure(QStringLiteral("nina"));
            QCOMPARE(throttle.remainingDelayMs(QStringLiteral("nina")), 0);
        }
        throttle.recordFailure(QStringLiteral("nina"));
        const qint64 first = throttle.remainingDelayMs(QStringLiteral("nina"));
        QCOMPARE(first, LoginThrottle::BaseDelayMs);
        clock.advanceMs(first);
        QCOMPARE(throttle.remainingDelayMs(QStringLiteral("nina")), 0);
        throttle.recordFailure(QStringLiteral("nina"));
        QCOMPARE(throttle.remainingDelayMs(QStringLiteral("nina")), 2 * LoginThrottle::BaseDelayMs);
        QCOMPARE(throttle.remainingDelayMs(QStringLiteral("other")), 0);
    }

    void delay_isCapped() { QCOMPARE(LoginThrottle::delayAfterFailures(200), LoginThrottle::MaxDelayMs); }

    void delay_survivesARestart()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        tw.close();
        tw.reopen(clock);
        for (int i = 0; i < LoginThrottle::FreeAttempts; ++i)
            QVERIFY(!tw->login(QStringLiteral("admin"), QStringLiteral("guess-%1").arg(i)).ok());
        tw.close();
        tw.reopen(clock); // a restart of the workstation
        auto blocked =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(!blocked.ok());
        QCOMPARE(blocked.code(), Error::Code::Throttled);
        QVERIFY(!tw->isOpen());
        clock.advanceMs(LoginThrottle::BaseDelayMs);
        auto allowed =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage()));
    }

    void failuresBeforeUnlock_reachTheAuditLog()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        tw.close();
        tw.reopen(clock);
        QVERIFY(!tw->login(QStringLiteral("admin"), QStringLiteral("wrong-one")).ok());
        QVERIFY(!tw->login(QStringLiteral("intruder"), QStringLiteral("wrong-two")).ok());
        auto session =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(session.ok());
        auto entries = tw->audit().list(session.value());
        QVERIFY(entries.ok());
        QStringList failures;
        for (const AuditEntry& e : entries.value()) {
            if (e.action == QLatin1String("login.failure"))
                failures.append(e.username);
        }
        QCOMPARE(failures.size(), 2);
        QVERIFY(failures.contains(QStringLiteral("intruder")));
    }

    void success_resetsTheCount()
    {
        QTemporaryDir dir;
        ManualClock clock;
        LoginThrottle throttle(dir.filePath(QStringLiteral("t.json")), clock);
        for (int i = 0; i < 4; ++i)
            throttle.recordFailure(QStringLiteral("a"));
        throttle.recordSuccess(QStringLiteral("a"));
        QCOMPARE(throttle.failureCount(QStringLiteral("a")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
