#include "CliRunner.h"
#include "PostgresServer.h"
#include "WardCli.h"
#include "storage/PostgresDatabase.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Failed logins on a ward server: the server's login gate counts them for every workstation (each pulsedesk-cli
/// run is one), answers the back-off of core's LoginThrottle, expires the login's password while it lasts (psql
/// too is refused), and writes each failure to the server's audit chain.
class TestServerLoginGate : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QString m_ward;

    CliRun as(const QString& user, const QStringList& args, const QByteArray& passwords)
    {
        return runCliAs(m_server.wardConnInfo(m_ward), user, args, passwords);
    }

    CliRun ninaLogsIn(const QByteArray& password)
    {
        return as(QStringLiteral("nurse.nina"), {QStringLiteral("patient"), QStringLiteral("list")}, password + '\n');
    }

    QString superSql(const QString& sql) { return m_server.psql(m_ward, sql); }

    /// The back-off of nurse.nina as if `ms` had passed since her last failure.
    void letTimePass(qint64 ms)
    {
        superSql(QStringLiteral("UPDATE login_failures SET last_failure_at = last_failure_at - %1").arg(ms));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_ward = startWard(m_server, QStringLiteral("ward.admin"), "admin-password-1\n", &error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
        const CliRun added = as(QStringLiteral("ward.admin"),
                                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse.nina"),
                                 QStringLiteral("--role"), QStringLiteral("nurse")},
                                "admin-password-1\nnina-onetime-1\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliRun changed = as(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                                  "nina-onetime-1\nnina-password-2\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
    }

    void failedLogins_areCountedAcrossWorkstations_andThrottled()
    {
        for (int attempt = 1; attempt <= 4; ++attempt) {
            const CliRun wrong = ninaLogsIn("not-her-password");
            QCOMPARE(wrong.exitCode, 4);
            QVERIFY2(wrong.err.contains("refused the login") && !wrong.err.contains("Try again"),
                     wrong.err.constData());
        }
        const CliRun fifth = ninaLogsIn("not-her-password");
        QCOMPARE(fifth.exitCode, 4);
        QVERIFY2(fifth.err.contains("Try again in 5 seconds"), fifth.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT failures FROM login_failures WHERE username = 'nurse.nina'")),
                 QStringLiteral("5"));

        // Her right password now waits for the back-off, on any workstation, without being tried.
        const CliRun waiting = ninaLogsIn("nina-password-2");
        QCOMPARE(waiting.exitCode, 4);
        QVERIFY2(waiting.err.contains("Too many failed attempts for nurse.nina"), waiting.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT failures FROM login_failures WHERE username = 'nurse.nina'")),
                 QStringLiteral("5"));
    }

    void whileThrottled_theServerRefusesTheLogin_alsoFromPsql()
    {
        QString error;
        (void)m_server.psql(m_ward, QStringLiteral("SELECT 1"), &error, QStringLiteral("nurse.nina"),
                            QStringLiteral("nina-password-2"));
        QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
    }

    void afterTheBackOff_theRightPasswordWorks_andClearsTheCount()
    {
        letTimePass(5'000);
        const CliRun works = ninaLogsIn("nina-password-2");
        QVERIFY2(works.exitCode == 0, works.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM login_failures")), QStringLiteral("0"));
        QString error;
        (void)m_server.psql(m_ward, QStringLiteral("SELECT 1"), &error, QStringLiteral("nurse.nina"),
                            QStringLiteral("nina-password-2"));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void theBackOff_doublesAndIsCapped_likeLoginThrottle()
    {
        for (int attempt = 1; attempt <= 6; ++attempt) {
            letTimePass(60 * 60'000);
            QCOMPARE(ninaLogsIn("not-her-password").exitCode, 4);
        }
        // Six failures: 10 s.
        const CliRun sixth = ninaLogsIn("nina-password-2");
        QVERIFY2(sixth.err.contains("Too many failed attempts") && sixth.err.contains("10 seconds"),
                 sixth.err.constData());
        // A last failure in the future (the server's clock set back) counts as now.
        letTimePass(-24 * 60 * 60'000);
        const CliRun future = ninaLogsIn("nina-password-2");
        QVERIFY2(future.err.contains("10 seconds"), future.err.constData());
        superSql(QStringLiteral("UPDATE login_failures SET failures = 40"));
        const CliRun capped = ninaLogsIn("nina-password-2");
        QVERIFY2(capped.err.contains("15 minutes"), capped.err.constData());
        // An administrator's new password for her ends the lock-out, as a reset does.
        const CliRun reset =
            as(QStringLiteral("ward.admin"),
               {QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("nurse.nina")},
               "admin-password-1\nnina-onetime-3\n");
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM login_failures")), QStringLiteral("0"));
        const CliRun back = as(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                               "nina-onetime-3\nnina-password-4\n");
        QVERIFY2(back.exitCode == 0, back.err.constData());
    }

    void everyFailedLogin_isInTheServersAuditChain()
    {
        // Unknown names are counted and audited as well, as on one PC.
        QCOMPARE(
            as(QStringLiteral("no.such.user"), {QStringLiteral("patient"), QStringLiteral("list")}, "x-1\n").exitCode,
            4);
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login.failure' "
                                         "AND username = 'nurse.nina' AND user_id IS NULL "
                                         "AND details LIKE 'at=%Z from=127.0.0.1'")),
                 QStringLiteral("11"));
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'login.failure' "
                                         "AND subject_id = 'no.such.user'")),
                 QStringLiteral("1"));
        const CliRun verified =
            as(QStringLiteral("ward.admin"), {QStringLiteral("audit"), QStringLiteral("verify")}, "admin-password-1\n");
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        const CliRun listed =
            as(QStringLiteral("ward.admin"), {QStringLiteral("audit"), QStringLiteral("list")}, "admin-password-1\n");
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY(listed.out.contains("login.failure"));
    }

    /// A running session of someone locked out by failed logins elsewhere: while the back-off lasts it cannot
    /// open a new connection (a reconnect after the server dropped it is refused like any login of that name, and
    /// its callers keep retrying); once it is over the session reconnects by itself, nobody logging in by that name.
    void aRunningSession_isRefusedDuringTheBackOff_andReconnectsAfterIt()
    {
        auto info = PostgresDatabase::withUser(m_server.wardConnInfo(m_ward), QStringLiteral("nurse.nina"));
        QVERIFY2(info, qPrintable(info.errorMessage()));
        auto opened =
            PostgresDatabase::open(info.value(), QStringLiteral("nina-password-4"), PostgresDatabase::Schema::AsIs);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        const PostgresDatabase& session = *opened.value();
        QVERIFY(session.checkConnection().ok());
        for (int attempt = 1; attempt <= 5; ++attempt)
            QCOMPARE(ninaLogsIn("not-her-password").exitCode, 4);
        const auto dropped = [this, &session] {
            superSql(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                    "WHERE usename = 'nurse.nina' AND pid <> pg_backend_pid()"));
            QSqlDatabase db = session.connection();
            QSqlQuery q(db);
            return !q.exec(QStringLiteral("SELECT 1"));
        };
        QVERIFY(dropped());
        const Status during = session.checkConnection();
        QVERIFY(!during);
        QVERIFY2(during.errorMessage().contains(QLatin1String("authentication failed")),
                 qPrintable(during.errorMessage()));
        letTimePass(5'000);
        const Status after = session.checkConnection();
        QVERIFY2(after, qPrintable(after.errorMessage()));
        QSqlDatabase db = session.connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT current_user")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("nurse.nina"));
        // The count stays until she logs in (only a login clears it); the lock is lifted.
        QCOMPARE(superSql(QStringLiteral("SELECT failures FROM login_failures WHERE username = 'nurse.nina'")),
                 QStringLiteral("5"));
    }
};

QTEST_GUILESS_MAIN(TestServerLoginGate)
#include "TestServerLoginGate.moc"
