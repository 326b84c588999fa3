#include "TestWorkspace.h"
#include "security/LoginThrottle.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QFile>
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
            QVERIFY(throttle.recordFailure(QStringLiteral("nina")).ok());
            QCOMPARE(throttle.remainingDelayMs(QStringLiteral("nina")), 0);
        }
        QVERIFY(throttle.recordFailure(QStringLiteral("nina")).ok());
        const qint64 first = throttle.remainingDelayMs(QStringLiteral("nina"));
        QCOMPARE(first, LoginThrottle::BaseDelayMs);
        clock.advanceMs(first);
        QCOMPARE(throttle.remainingDelayMs(QStringLiteral("nina")), 0);
        QVERIFY(throttle.recordFailure(QStringLiteral("nina")).ok());
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

    void clockSetBack_waitIsCappedAtTheDelay()
    {
        // Failures recorded a day ahead of the clock (the clock was then set back) cost the delay, not a day.
        QTemporaryDir dir;
        ManualClock clock;
        LoginThrottle throttle(dir.filePath(QStringLiteral("t.json")), clock);
        clock.advanceMs(24 * 3600'000);
        for (int i = 0; i < LoginThrottle::FreeAttempts + 1; ++i)
            QVERIFY(throttle.recordFailure(QStringLiteral("nina")).ok());
        clock.advanceMs(-24 * 3600'000);
        const qint64 wait = throttle.remainingDelayMs(QStringLiteral("nina"));
        QCOMPARE(wait, LoginThrottle::delayAfterFailures(LoginThrottle::FreeAttempts + 1));
    }

    void farFutureFailure_saysAtMostFifteenMinutes()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        tw.close();
        QFile file(QDir(tw.dir()).filePath(QStringLiteral("login-throttle.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(R"({"users":{"admin":{"failures":40,"lastFailureMs":9000000000000000}},"unaudited":[]})");
        file.close();
        tw.reopen(clock);
        auto blocked =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QCOMPARE(blocked.code(), Error::Code::Throttled);
        QVERIFY2(!blocked.errorMessage().contains(QLatin1String("%n")), qPrintable(blocked.errorMessage()));
        QVERIFY2(blocked.errorMessage().contains(QLatin1String("15 minutes")), qPrintable(blocked.errorMessage()));
        clock.advanceMs(LoginThrottle::MaxDelayMs);
        auto allowed =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage()));
    }

    void unwritableThrottle_refusesEveryLogin()
    {
        // The throttle file's place taken by a folder cannot be written, even by root (a full disk fails alike).
        ManualClock clock;
        TestWorkspace tw(clock);
        tw.close();
        const QString path = QDir(tw.dir()).filePath(QStringLiteral("login-throttle.json"));
        QFile::remove(path);
        QVERIFY(QDir().mkpath(path + QStringLiteral("/x")));
        tw.reopen(clock);
        for (int i = 0; i < 8; ++i) {
            auto refused = tw->login(QStringLiteral("admin"), QStringLiteral("guess-%1").arg(i));
            QCOMPARE(refused.code(), Error::Code::Storage);
            QVERIFY2(refused.errorMessage().contains(QLatin1String("Cannot record failed login attempts")),
                     qPrintable(refused.errorMessage()));
        }
        auto right =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QCOMPARE(right.code(), Error::Code::Storage);
        QVERIFY(!tw->isOpen());
        QVERIFY(QDir(path).removeRecursively());
        auto allowed =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY2(allowed.ok(), qPrintable(allowed.errorMessage()));
    }

    void success_resetsTheCount()
    {
        QTemporaryDir dir;
        ManualClock clock;
        LoginThrottle throttle(dir.filePath(QStringLiteral("t.json")), clock);
        for (int i = 0; i < 4; ++i)
            QVERIFY(throttle.recordFailure(QStringLiteral("a")).ok());
        throttle.recordSuccess(QStringLiteral("a"));
        QCOMPARE(throttle.failureCount(QStringLiteral("a")), 0);
    }
};

QTEST_GUILESS_MAIN(TestLoginThrottle)
#include "TestLoginThrottle.moc"
