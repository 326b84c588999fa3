#include "CliRunner.h"
#include "PostgresServer.h"
#include "TestWorkspace.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// `pulsedesk-cli --data DIR migrate-to-server --server CONNINFO`: a populated workstation becomes a ward on a real
/// PostgreSQL server, every table copied and counted, the audit chain verified there, staff logins made, the
/// workstation's data left as it was.
class TestMigrateToServer : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    TestWorkspace m_tw;
    qint64 m_samples = 0;

    QString ward(const QString& database) const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 sslmode=disable").arg(m_server.port()).arg(database);
    }

    CliRun migrate(const QString& database)
    {
        return runCli({QStringLiteral("--data"), m_tw.dir(), QStringLiteral("--user"), QStringLiteral("admin"),
                       QStringLiteral("--password-stdin"), QStringLiteral("--json"),
                       QStringLiteral("migrate-to-server"), QStringLiteral("--server"), m_server.connInfo(database)},
                      QByteArray(TestWorkspace::AdminPassword) + '\n', 180'000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // A ward's worth of history: staff, a patient with a monitor, a note, an analysed stream with its alarm.
        const Session doctor = m_tw.addStaff(QStringLiteral("dr.dora"), Role::Doctor);
        const Session nurse = m_tw.addStaff(QStringLiteral("nurse.nina"), Role::Nurse);
        m_tw.admit(doctor, QStringLiteral("MRN-9001"), QStringLiteral("Paula Patient"), QStringLiteral("3"));
        QVERIFY(
            m_tw->devices().add(m_tw.admin(), QStringLiteral("mon-1"), QStringLiteral("Acme"), QStringLiteral("M1")));
        QVERIFY(m_tw->devices().assign(nurse, QStringLiteral("mon-1"), QStringLiteral("MRN-9001"),
                                       QDateTime::currentDateTime().addSecs(-3600)));
        QVERIFY(m_tw->records().add(doctor, QStringLiteral("MRN-9001"), QStringLiteral("Stable overnight.")));
        analyseStream(m_tw.workspace(), QStringLiteral("mon-1"), 165, 120);
        {
            QSqlDatabase db = m_tw->database().connection();
            m_samples = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples")).toLongLong();
            QVERIFY(m_samples >= 100);
            QVERIFY(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM alarms")).toLongLong() >= 1);
        }
        m_tw.close();
    }

    void aPopulatedWorkstation_becomesAWard_andIsLeftAsItWas()
    {
        QString error;
        const QString database = m_server.createDatabase(&error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        const auto onWorkstation = [this](const QStringList& args) {
            return runCli(QStringList {QStringLiteral("--data"), m_tw.dir(), QStringLiteral("--user"),
                                       QStringLiteral("admin"), QStringLiteral("--password-stdin"),
                                       QStringLiteral("--json")}
                              + args,
                          QByteArray(TestWorkspace::AdminPassword) + '\n');
        };
        const CliRun before = onWorkstation({QStringLiteral("status")});
        QVERIFY2(before.exitCode == 0, before.err.constData());

        const CliRun run = migrate(database);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = run.object();
        QVERIFY(report.value(QStringLiteral("auditEntries")).toInt() > 5);
        QCOMPARE(report.value(QStringLiteral("resetPasswords")).toArray(),
                 QJsonArray({QStringLiteral("dr.dora"), QStringLiteral("nurse.nina")}));
        // Every table counted on both sides, settings last.
        const QJsonArray tables = report.value(QStringLiteral("tables")).toArray();
        QVERIFY(tables.size() > 20);
        QCOMPARE(tables.last().toObject().value(QStringLiteral("table")).toString(), QStringLiteral("settings"));
        for (const auto& t : tables) {
            const QString table = t.toObject().value(QStringLiteral("table")).toString();
            if (table == QLatin1String("settings") || table == QLatin1String("audit_log"))
                continue; // the server's own settings; the migration's own audit entries
            QCOMPARE(m_server.psql(database, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table)).toLongLong(),
                     qint64(t.toObject().value(QStringLiteral("rows")).toInteger()));
        }
        QCOMPARE(m_server.psql(database, QStringLiteral("SELECT count(*) FROM samples")).toLongLong(), m_samples);
        QCOMPARE(m_server.psql(database, QStringLiteral("SELECT name FROM patients")), QStringLiteral("Paula Patient"));
        QCOMPARE(m_server.psql(database,
                               QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                              "'store.migrated'")),
                 QStringLiteral("1"));
        // New rows continue after the copied ids.
        QCOMPARE(m_server.psql(database,
                               QStringLiteral("SELECT nextval(pg_get_serial_sequence('patients', 'id')) > max(id) "
                                              "FROM patients")),
                 QStringLiteral("t"));
        // The workstation holds what it held (its audit log only the logins), and its chain still verifies.
        const CliRun after = onWorkstation({QStringLiteral("status")});
        QVERIFY2(after.exitCode == 0, after.err.constData());
        const auto data = [](QJsonObject status) {
            status.remove(QStringLiteral("anchor")); // the audit chain's length: the logins
            return status;
        };
        QCOMPARE(data(after.object()), data(before.object()));
        const CliRun verified = onWorkstation({QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());

        // The administrator works on the server at once; the others once their password is reset.
        const auto onServer = [&](const QString& user, const QStringList& args, const QByteArray& input) {
            return runCli(QStringList {QStringLiteral("--server"), ward(database), QStringLiteral("--user"), user,
                                       QStringLiteral("--password-stdin")}
                              + args,
                          input);
        };
        const CliRun audit = onServer(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("verify")},
                                      "admin-password-1\n");
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        const CliRun closed = onServer(QStringLiteral("dr.dora"), {QStringLiteral("patient"), QStringLiteral("list")},
                                       QByteArray(TestWorkspace::StaffPassword) + '\n');
        QCOMPARE(closed.exitCode, 4);
        const CliRun reset =
            onServer(QStringLiteral("admin"),
                     {QStringLiteral("user"), QStringLiteral("reset-password"), QStringLiteral("dr.dora")},
                     "admin-password-1\ndora-onetime-1\n");
        QVERIFY2(reset.exitCode == 0, reset.err.constData());
        const CliRun changed = onServer(QStringLiteral("dr.dora"), {QStringLiteral("user"), QStringLiteral("passwd")},
                                        "dora-onetime-1\ndora-password-2\n");
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        const CliRun notes = onServer(
            QStringLiteral("dr.dora"),
            {QStringLiteral("--json"), QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("MRN-9001")},
            "dora-password-2\n");
        QVERIFY2(notes.exitCode == 0, notes.err.constData());
        QVERIFY(notes.out.contains("Stable overnight."));
    }

    void aDatabaseThatIsNotEmpty_isRefused_andNothingIsCopied()
    {
        QString error;
        const QString database = m_server.createDatabase(&error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        (void)m_server.psql(database, QStringLiteral("CREATE TABLE invoices (id integer)"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun run = migrate(database);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("needs an empty database"), run.err.constData());
        QCOMPARE(m_server.psql(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
                 QStringLiteral("1"));
    }

    void aSecondMigration_intoTheSameWard_isRefused()
    {
        QString error;
        const QString database = m_server.createDatabase(&error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        // Roles are the cluster's: the first test's logins exist already, so a second copy cannot make them.
        const CliRun run = migrate(database);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("already taken by a role"), run.err.constData());
        QCOMPARE(m_server.psql(database, QStringLiteral("SELECT count(*) FROM patients")), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestMigrateToServer)
#include "TestMigrateToServer.moc"
