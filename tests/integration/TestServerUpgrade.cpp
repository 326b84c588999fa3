#include "CliRunner.h"
#include "PostgresServer.h"
#include "storage/Migrations.h"
#include "storage/PostgresDatabase.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli server upgrade on a real PostgreSQL server: a ward an older PulseDesk made (an older schema, a
/// privilege its roles lack) is brought up to this one; an empty database and a member of staff are refused.
class TestServerUpgrade : public QObject
{
    Q_OBJECT

    PostgresServer m_server;

    CliRun cli(const QString& connInfo, const QStringList& args, const QByteArray& input = {})
    {
        return runCli(QStringList {QStringLiteral("--server"), connInfo, QStringLiteral("--json")} + args, input);
    }
    CliRun upgrade(const QString& database)
    {
        return cli(m_server.connInfo(database), {QStringLiteral("server"), QStringLiteral("upgrade")});
    }
    QString super(const QString& database, const QString& sql) { return m_server.psql(database, sql).trimmed(); }
    QString newDatabase()
    {
        QString error;
        const QString database = m_server.createDatabase(&error);
        if (database.isEmpty())
            qFatal("createDatabase: %s", qPrintable(error));
        return database;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void olderWard_isMigrated_andItsRolesGranted()
    {
        const QString database = newDatabase();
        const int older = 8;
        {
            // The schema as a PulseDesk of version 8 left it; no group role holds a right on it yet.
            auto opened = PostgresDatabase::open(m_server.connInfo(database), {}, PostgresDatabase::Schema::AsIs);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            QSqlDatabase db = opened.value()->connection();
            QVERIFY(Migrations::migrate(db, older).ok());
            QCOMPARE(Migrations::currentVersion(db), older);
        }
        const CliRun run = upgrade(database);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.object().value(QLatin1String("fromVersion")).toInt(), older);
        QCOMPARE(run.object().value(QLatin1String("toVersion")).toInt(), Migrations::latestVersion());
        QCOMPARE(super(database, QStringLiteral("SELECT max(version) FROM schema_version")).toInt(),
                 Migrations::latestVersion());
        QCOMPARE(super(database, QStringLiteral("SELECT has_table_privilege('pulsedesk_nurse', 'samples', 'INSERT')")),
                 QStringLiteral("t"));
        QCOMPARE(super(database,
                       QStringLiteral("SELECT has_table_privilege('pulsedesk_admin', 'clinical_records', 'SELECT')")),
                 QStringLiteral("f"));
    }

    void currentWard_getsAWithdrawnPrivilegeBack()
    {
        const QString database = newDatabase();
        const CliRun init = cli(m_server.connInfo(database),
                                {QStringLiteral("--password-stdin"), QStringLiteral("server"), QStringLiteral("init"),
                                 QStringLiteral("--admin"), QStringLiteral("upgrade.admin")},
                                "admin-password-1\n");
        QVERIFY2(init.exitCode == 0, init.err.constData());
        super(database, QStringLiteral("REVOKE INSERT ON samples FROM pulsedesk_nurse"));
        QCOMPARE(super(database, QStringLiteral("SELECT has_table_privilege('pulsedesk_nurse', 'samples', 'INSERT')")),
                 QStringLiteral("f"));
        const CliRun run = upgrade(database);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.object().value(QLatin1String("fromVersion")).toInt(), Migrations::latestVersion());
        QCOMPARE(super(database, QStringLiteral("SELECT has_table_privilege('pulsedesk_nurse', 'samples', 'INSERT')")),
                 QStringLiteral("t"));
        // A member of staff's own login may not do it.
        const CliRun added = cli(m_server.wardConnInfo(database),
                                 {QStringLiteral("--user"), QStringLiteral("upgrade.admin"),
                                  QStringLiteral("--password-stdin"), QStringLiteral("user"), QStringLiteral("add"),
                                  QStringLiteral("upgrade.nurse"), QStringLiteral("--role"), QStringLiteral("nurse")},
                                 "admin-password-1\nnurse-password-1\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const CliRun refused =
            cli(m_server.connInfo(database, QStringLiteral("upgrade.nurse"), QStringLiteral("nurse-password-1")),
                {QStringLiteral("server"), QStringLiteral("upgrade")});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("CREATEROLE"), refused.err.constData());
    }

    void emptyDatabase_isRefused_andLeftEmpty()
    {
        const QString database = newDatabase();
        const CliRun run = upgrade(database);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("holds no PulseDesk ward"), run.err.constData());
        QCOMPARE(super(database, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "TestServerUpgrade.moc"
