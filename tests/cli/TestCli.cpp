#include "CliRunner.h"
#include "PostgresServer.h"
#include "StoreBackend.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk::test;

/// Drives the real pulsedesk-cli binary: exit statuses, one-line errors, JSON output, passwords from stdin.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    QTemporaryDir m_dir;
    QString m_database; ///< the ward's database in the PostgreSQL run

    /// The data folder, or in the PostgreSQL run the ward's database (users log in as its roles).
    QStringList store() const
    {
        if (currentBackend() == StoreBackend::SqlCipher)
            return {QStringLiteral("--data"), m_dir.path()};
        return {QStringLiteral("--server"), postgresServer()->wardConnInfo(m_database)};
    }

    Run cli(const QStringList& args, const QByteArray& stdinText) { return runCli(store() + args, stdinText); }

    /// `init` of a data folder, or `server init` of the ward (as the server's superuser, who may create roles).
    Run init(const QStringList& args, const QByteArray& stdinText)
    {
        if (currentBackend() == StoreBackend::SqlCipher)
            return cli(QStringList {QStringLiteral("--password-stdin"), QStringLiteral("init")} + args, stdinText);
        return runCli(QStringList {QStringLiteral("--server"), postgresServer()->connInfo(m_database),
                                   QStringLiteral("--password-stdin"), QStringLiteral("server"), QStringLiteral("init")}
                          + args,
                      stdinText);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        if (currentBackend() == StoreBackend::Postgres) {
            QString error;
            m_database = postgresServer()->createDatabase(&error);
            QVERIFY2(!m_database.isEmpty(), qPrintable(error));
        }
        const Run created = init(
            {QStringLiteral("--admin"), QStringLiteral("root"), QStringLiteral("--name"), QStringLiteral("Rita Root")},
            "root-password-1\n");
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.out.contains("root"));
    }

    void help_isASuccess_aMissingCommandAUsageError()
    {
        const Run help = cli({QStringLiteral("--help")}, {});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.startsWith("Usage: pulsedesk-cli"));
        QVERIFY(help.err.isEmpty());
        const Run none = cli({}, {});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("Usage: pulsedesk-cli"));
        // The benchmarks are an executable of their own: the headless CLI links no widget library.
        const Run bench = cli({QStringLiteral("bench"), QStringLiteral("kdf")}, {});
        QCOMPARE(bench.exitCode, 2);
        QVERIFY(bench.err.contains("pulsedesk-bench"));
    }

    void initTwice_fails()
    {
        const Run again = init({QStringLiteral("--admin"), QStringLiteral("other")}, "other-password-1\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already holds"));
    }

    void wrongPassword_exitsWithLoginFailed()
    {
        const Run r = cli({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"),
                           QStringLiteral("status")},
                          "not-it\n");
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(r.err.count('\n'), 1);
        QVERIFY(r.out.isEmpty());
    }

    void staffLifecycle_andForbiddenActions()
    {
        const QStringList asRoot {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin")};
        Run r = cli(asRoot
                        + QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse1"),
                                       QStringLiteral("--role"), QStringLiteral("nurse")},
                    "root-password-1\nfirst-time-1\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList asNurse {QStringLiteral("--user"), QStringLiteral("nurse1"),
                                   QStringLiteral("--password-stdin")};
        r = cli(asNurse + QStringList {QStringLiteral("device"), QStringLiteral("list")}, "first-time-1\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("one-time password"), r.err.constData());
        r = cli(asNurse + QStringList {QStringLiteral("user"), QStringLiteral("passwd")},
                "first-time-1\nnurse-own-pass\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(asNurse
                    + QStringList {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                                   QStringLiteral("X1"), QStringLiteral("--name"), QStringLiteral("Some One")},
                "nurse-own-pass\n");
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.startsWith("pulsedesk-cli: Not permitted"), r.err.constData());
        r = cli(asNurse
                    + QStringList {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("polar-1"),
                                   QStringLiteral("--manufacturer"), QStringLiteral("Polar")},
                "nurse-own-pass\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(asRoot + QStringList {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("root")},
                "root-password-1\n");
        QCOMPARE(r.exitCode, 1);
    }

    void passwd_asksForTheCurrentPasswordOnce()
    {
        Run r = cli({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"),
                     QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse2"), QStringLiteral("--role"),
                     QStringLiteral("nurse")},
                    "root-password-1\nfirst-time-2\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList asNurse {QStringLiteral("--user"), QStringLiteral("nurse2"),
                                   QStringLiteral("--password-stdin")};
        // The password typed at the login is the current one: then only the new one (given twice, as on a terminal).
        r = cli(asNurse + QStringList {QStringLiteral("user"), QStringLiteral("passwd")},
                "first-time-2\nnurse2-new-pass\nnurse2-new-pass\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Password changed."), r.out.constData());
        r = cli(asNurse + QStringList {QStringLiteral("device"), QStringLiteral("list")}, "nurse2-new-pass\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(asNurse + QStringList {QStringLiteral("device"), QStringLiteral("list")}, "first-time-2\n");
        QCOMPARE(r.exitCode, 4);
    }

    void statusAndAudit_printJson()
    {
        const QStringList asRoot {QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password-stdin"),
                                  QStringLiteral("--json")};
        Run r = cli(asRoot + QStringList {QStringLiteral("status")}, "root-password-1\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject status = QJsonDocument::fromJson(r.out).object();
        QVERIFY(status.value(QStringLiteral("schemaVersion")).toInt() >= 3);
        QVERIFY(status.contains(QStringLiteral("quarantined")));
        QVERIFY(status.value(QStringLiteral("staff")).toInt() >= 1);
        r = cli(asRoot + QStringList {QStringLiteral("audit"), QStringLiteral("verify")}, "root-password-1\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("intact")).toBool(), true);
    }

    void passwordOnTheCommandLine_isNotAccepted()
    {
        const Run r = cli({QStringLiteral("--user"), QStringLiteral("root"), QStringLiteral("--password"),
                           QStringLiteral("root-password-1"), QStringLiteral("status")},
                          {});
        QVERIFY(r.exitCode != 0);
    }

    /// A wrong command line is reported before any login: without --user, a login would fail with status 1.
    void usageErrors_comeBeforeTheLogin_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("problem");
        const auto row = [](const char* name, const QString& line, const QByteArray& problem) {
            QTest::newRow(name) << line.split(QLatin1Char(' ')) << problem;
        };
        row("status", QStringLiteral("status extra"), {});
        row("user passwd", QStringLiteral("user passwd extra"), {});
        row("user, no name", QStringLiteral("user deactivate"), "user deactivate needs a user name");
        row("user, unknown", QStringLiteral("user frob bob"), "unknown user command 'frob'");
        row("user add", QStringLiteral("user add bob --role chief"), "user add needs NAME and --role");
        row("patient, no MRN", QStringLiteral("patient show"), "patient show needs an MRN");
        row("patient show", QStringLiteral("patient show M1 extra"), {});
        row("patient add", QStringLiteral("patient add --mrn M1 --name N --sex x"), "--sex is female, male or unknown");
        row("device, no id", QStringLiteral("device history"), "device history needs a device id");
        row("device assign", QStringLiteral("device assign d1"), "device assign needs DEVICE_ID and MRN");
        row("record, no MRN", QStringLiteral("record list"), "record list needs an MRN or record id");
        row("record add", QStringLiteral("record add M1"), "record add needs --text TEXT");
        row("audit, unknown", QStringLiteral("audit frob"), "unknown audit command 'frob'");
        row("monitor", QStringLiteral("monitor --status-every 0"), {});
        row("quarantine", QStringLiteral("quarantine frob"), "quarantine list [--reason TEXT] | replay [ID ...]");
        row("results", QStringLiteral("results"), "results needs --patient MRN");
        row("alarms ack", QStringLiteral("alarms ack"), "alarms ack needs an alarm id");
        row("limits, no MRN", QStringLiteral("limits show"), "limits show|set|clear needs an MRN");
        row("limits, unknown", QStringLiteral("limits frob M1"), "unknown limits command 'frob'");
        row("import", QStringLiteral("import"), "import needs at least one FILE or DIR");
    }
    void usageErrors_comeBeforeTheLogin()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, problem);
        const Run r = cli(QStringList {QStringLiteral("--password-stdin")} + args, "root-password-1\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.contains("Usage: pulsedesk-cli"), r.err.constData());
        if (!problem.isEmpty())
            QVERIFY2(r.err.startsWith("pulsedesk-cli: " + problem), r.err.constData());
    }

    void unknownCommand_isAUsageError()
    {
        const Run r = cli({QStringLiteral("frobnicate")}, {});
        QCOMPARE(r.exitCode, 2);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCli)
#include "TestCli.moc"
