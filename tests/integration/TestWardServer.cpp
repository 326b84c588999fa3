#include "CliRunner.h"
#include "PostgresServer.h"
#include "WardCli.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk::test;

/// A ward on a PostgreSQL server through the real pulsedesk-cli: `server init`, each member of staff as their own
/// server login, staff management changing those logins, and the privileges of each group role tried with raw SQL
/// under the member's own credentials.
class TestWardServer : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QString m_ward;

    /// The ward's connection string without user or password: each run logs in as itself.
    QString ward() const { return m_server.wardConnInfo(m_ward); }

    CliRun as(const QString& user, const QStringList& args, const QByteArray& passwords)
    {
        return runCliAs(ward(), user, QStringList {QStringLiteral("--json")} + args, passwords);
    }

    CliRun init(const QString& database, const QString& admin, const QByteArray& password)
    {
        return initWard(m_server, database, admin, password);
    }

    /// Runs `sql` as `user`; the server's error, empty when it ran.
    QString sqlError(const QString& user, const QString& password, const QString& sql)
    {
        QString error;
        (void)m_server.psql(m_ward, sql, &error, user, password);
        return error;
    }

    QString superSql(const QString& sql) { return m_server.psql(m_ward, sql); }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ward = m_server.createDatabase(&error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
    }

    void serverInit_onAnEmptyDatabase_createsTheWard()
    {
        const CliRun created = init(m_ward, QStringLiteral("ward.admin"), "admin-password-1\n");
        QVERIFY2(created.exitCode == 0, created.err.constData());
        QVERIFY(created.out.contains("ward.admin"));
        QVERIFY(superSql(QStringLiteral("SELECT count(*) FROM schema_version")).toInt() > 0);
        QCOMPARE(superSql(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE 'pulsedesk\\_%' "
                                         "AND rolname <> 'pulsedesk_test' ORDER BY rolname"))
                     .split(QLatin1Char('\n')),
                 QStringList({QStringLiteral("pulsedesk_admin"), QStringLiteral("pulsedesk_doctor"),
                              QStringLiteral("pulsedesk_gate"), QStringLiteral("pulsedesk_nurse"),
                              QStringLiteral("pulsedesk_server")}));
        // The service role waits for IT to give it a password.
        QCOMPARE(superSql(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'pulsedesk_server'")),
                 QStringLiteral("f"));
        QCOMPARE(superSql(QStringLiteral("SELECT rolcanlogin, rolcreaterole, pg_has_role('ward.admin', "
                                         "'pulsedesk_admin', 'MEMBER') FROM pg_roles WHERE rolname = 'ward.admin'")),
                 QStringLiteral("t|f|t")); // staff logins are the server's functions' to manage, not CREATEROLE
        QCOMPARE(superSql(QStringLiteral("SELECT left(rolpassword, 14) FROM pg_authid WHERE rolname = 'ward.admin'")),
                 QStringLiteral("SCRAM-SHA-256$"));
        QCOMPARE(superSql(QStringLiteral("SELECT role, active FROM users WHERE username = 'ward.admin'")),
                 QStringLiteral("admin|1"));
    }

    void serverInit_refusesASecondInit()
    {
        const CliRun again = init(m_ward, QStringLiteral("other.admin"), "admin-password-1\n");
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("already holds a PulseDesk ward"), again.err.constData());
        QVERIFY(superSql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'other.admin'"))
                == QStringLiteral("0"));
    }

    void serverInit_refusesADatabaseWithAnotherSchema()
    {
        QString error;
        const QString other = m_server.createDatabase(&error);
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        (void)m_server.psql(other, QStringLiteral("CREATE TABLE invoices (id integer)"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun refused = init(other, QStringLiteral("third.admin"), "admin-password-1\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("not PulseDesk's"), refused.err.constData());
        QCOMPARE(m_server.psql(other, QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")),
                 QStringLiteral("1"));
    }

    void serverInit_needsARoleThatMayCreateRoles()
    {
        QString error;
        (void)m_server.psql(QStringLiteral("postgres"),
                            QStringLiteral("CREATE ROLE plain_owner LOGIN PASSWORD 'owner-password-1'"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString owned = m_server.createDatabase(&error, QStringLiteral("plain_owner"));
        QVERIFY2(!owned.isEmpty(), qPrintable(error));
        const CliRun refused =
            runCli({QStringLiteral("--server"),
                    m_server.connInfo(owned, QStringLiteral("plain_owner"), QStringLiteral("owner-password-1")),
                    QStringLiteral("--password-stdin"), QStringLiteral("server"), QStringLiteral("init"),
                    QStringLiteral("--admin"), QStringLiteral("fourth.admin")},
                   "admin-password-1\n");
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains("CREATEROLE"), refused.err.constData());
    }

    void theAdmin_addsStaff_asServerLogins()
    {
        const CliRun nurse =
            as(QStringLiteral("ward.admin"),
               {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse.nina"), QStringLiteral("--role"),
                QStringLiteral("nurse"), QStringLiteral("--name"), QStringLiteral("Nina Nurse")},
               "admin-password-1\nnina-onetime-1\n");
        QVERIFY2(nurse.exitCode == 0, nurse.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT rolcanlogin, rolcreaterole, pg_has_role('nurse.nina', "
                                         "'pulsedesk_nurse', 'MEMBER'), pg_has_role('nurse.nina', 'pulsedesk_admin', "
                                         "'MEMBER') FROM pg_roles WHERE rolname = 'nurse.nina'")),
                 QStringLiteral("t|f|t|f"));
        const CliRun doctor = as(QStringLiteral("ward.admin"),
                                 {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.dora"),
                                  QStringLiteral("--role"), QStringLiteral("doctor")},
                                 "admin-password-1\ndora-onetime-1\n");
        QVERIFY2(doctor.exitCode == 0, doctor.err.constData());
        // A name that is a role of the server already, and one of PulseDesk's own, are refused.
        const CliRun taken = as(QStringLiteral("ward.admin"),
                                {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("plain_owner"),
                                 QStringLiteral("--role"), QStringLiteral("nurse")},
                                "admin-password-1\ntaken-onetime-1\n");
        QCOMPARE(taken.exitCode, 1);
        QVERIFY2(taken.err.contains("already taken by a role"), taken.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM users WHERE username = 'plain_owner'")),
                 QStringLiteral("0"));
        const CliRun reserved = as(QStringLiteral("ward.admin"),
                                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("pulsedesk_server"),
                                    QStringLiteral("--role"), QStringLiteral("admin")},
                                   "admin-password-1\nreserved-onetime-1\n");
        QCOMPARE(reserved.exitCode, 1);
        QVERIFY2(reserved.err.contains("pulsedesk_"), reserved.err.constData());
    }

    void staff_changeTheirPassword_andWork()
    {
        const CliRun mustChange =
            as(QStringLiteral("nurse.nina"), {QStringLiteral("patient"), QStringLiteral("list")}, "nina-onetime-1\n");
        QVERIFY2(mustChange.exitCode == 3, mustChange.err.constData());
        const CliRun nina = as(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                               "nina-onetime-1\nnina-password-2\n");
        QVERIFY2(nina.exitCode == 0, nina.err.constData());
        const CliRun dora = as(QStringLiteral("dr.dora"), {QStringLiteral("user"), QStringLiteral("passwd")},
                               "dora-onetime-1\ndora-password-2\n");
        QVERIFY2(dora.exitCode == 0, dora.err.constData());
        QVERIFY2(sqlError(QStringLiteral("nurse.nina"), QStringLiteral("nina-onetime-1"), QStringLiteral("SELECT 1"))
                     .contains(QLatin1String("password authentication failed")),
                 "the one-time password still works on the server");

        const CliRun admitted =
            as(QStringLiteral("dr.dora"),
               {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"), QStringLiteral("MRN-7001"),
                QStringLiteral("--name"), QStringLiteral("Paul Patient")},
               "dora-password-2\n");
        QVERIFY2(admitted.exitCode == 0, admitted.err.constData());
        const CliRun listed =
            as(QStringLiteral("nurse.nina"), {QStringLiteral("patient"), QStringLiteral("list")}, "nina-password-2\n");
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonArray patients = listed.json().array();
        QCOMPARE(patients.size(), 1);
        QCOMPARE(patients.at(0).toObject().value(QStringLiteral("mrn")).toString(), QStringLiteral("MRN-7001"));
        const CliRun note = as(QStringLiteral("dr.dora"),
                               {QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("MRN-7001"),
                                QStringLiteral("--text"), QStringLiteral("Stable overnight.")},
                               "dora-password-2\n");
        QVERIFY2(note.exitCode == 0, note.err.constData());
    }

    void everydayCommands_workWithEachRolesPrivileges()
    {
        const auto works = [this](const QString& user, const QByteArray& password, const QStringList& args) {
            const CliRun run = as(user, args, password + '\n');
            if (run.exitCode != 0)
                qWarning("%s %s: %s", qPrintable(user), qPrintable(args.join(QLatin1Char(' '))), run.err.constData());
            return run.exitCode == 0;
        };
        const QString admin = QStringLiteral("ward.admin");
        const QString doctor = QStringLiteral("dr.dora");
        const QString nurse = QStringLiteral("nurse.nina");
        QVERIFY(works(admin, "admin-password-1", {QStringLiteral("status")}));
        QVERIFY(works(admin, "admin-password-1", {QStringLiteral("user"), QStringLiteral("list")}));
        QVERIFY(works(admin, "admin-password-1", {QStringLiteral("audit"), QStringLiteral("verify")}));
        QVERIFY(works(admin, "admin-password-1",
                      {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("mon-1")}));
        QVERIFY(works(nurse, "nina-password-2",
                      {QStringLiteral("device"), QStringLiteral("assign"), QStringLiteral("mon-1"),
                       QStringLiteral("MRN-7001"), QStringLiteral("--from"),
                       QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)}));
        // A nurse imports a device dump: samples, the import's own tables, the quarantine and the analysis.
        QTemporaryDir files;
        QFile dump(files.filePath(QStringLiteral("dump.json")));
        const qint64 t = (QDateTime::currentMSecsSinceEpoch() / 1000 - 7200) * 1000;
        QVERIFY(dump.open(QIODevice::WriteOnly));
        dump.write(QStringLiteral("{\"deviceId\":\"mon-1\",\"samples\":[{\"timestamp\":%1,\"bpm\":70},"
                                  "{\"timestamp\":%2,\"bpm\":900},{\"timestamp\":%3,\"bpm\":71}]}")
                       .arg(t)
                       .arg(t + 1000)
                       .arg(t + 2000)
                       .toUtf8());
        dump.close();
        const CliRun imported = as(nurse, {QStringLiteral("import"), dump.fileName()}, "nina-password-2\n");
        QVERIFY2(imported.exitCode == 5, imported.err.constData()); // one record rejected into the quarantine
        QCOMPARE(imported.object().value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM samples")), QStringLiteral("2"));
        QVERIFY(
            works(nurse, "nina-password-2",
                  {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-7001"), QStringLiteral("--rr"),
                   QStringLiteral("18"), QStringLiteral("--spo2"), QStringLiteral("97"), QStringLiteral("--air"),
                   QStringLiteral("--sbp"), QStringLiteral("125"), QStringLiteral("--pulse"), QStringLiteral("80"),
                   QStringLiteral("--acvpu"), QStringLiteral("A"), QStringLiteral("--temp"), QStringLiteral("37.0")}));
        QVERIFY(works(nurse, "nina-password-2",
                      {QStringLiteral("record"), QStringLiteral("list"), QStringLiteral("MRN-7001")}));
        QVERIFY(
            works(doctor, "dora-password-2",
                  {QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("MRN-7001"),
                   QStringLiteral("--severe-low"), QStringLiteral("35"), QStringLiteral("--low"), QStringLiteral("45"),
                   QStringLiteral("--high"), QStringLiteral("110"), QStringLiteral("--severe-high"),
                   QStringLiteral("140"), QStringLiteral("--reason"), QStringLiteral("Athlete")}));
        QVERIFY(
            works(doctor, "dora-password-2",
                  {QStringLiteral("obs"), QStringLiteral("scale"), QStringLiteral("MRN-7001"), QStringLiteral("2")}));
        QVERIFY(works(nurse, "nina-password-2", {QStringLiteral("alarms"), QStringLiteral("list")}));
        // Reports and exports read through the same privileges: the doctor's trend report and CSV, the nurse's
        // hand-over, the administrator's de-identified research export (samples and results, no clinical text).
        QVERIFY(works(doctor, "dora-password-2",
                      {QStringLiteral("report"), QStringLiteral("trend"), QStringLiteral("--patient"),
                       QStringLiteral("MRN-7001"), QStringLiteral("--hours"), QStringLiteral("24"),
                       QStringLiteral("--out"), files.filePath(QStringLiteral("trend.pdf"))}));
        QVERIFY(QFileInfo(files.filePath(QStringLiteral("trend.pdf"))).size() > 1000);
        QVERIFY(works(nurse, "nina-password-2",
                      {QStringLiteral("report"), QStringLiteral("handover"), QStringLiteral("--ward"),
                       QStringLiteral("A"), QStringLiteral("--out"), files.filePath(QStringLiteral("handover.pdf"))}));
        QVERIFY(works(doctor, "dora-password-2",
                      {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--patient"),
                       QStringLiteral("MRN-7001"), QStringLiteral("--what"), QStringLiteral("samples"),
                       QStringLiteral("--out"), files.filePath(QStringLiteral("samples.csv"))}));
        QFile csv(files.filePath(QStringLiteral("samples.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 3); // the header and the two stored samples
        QVERIFY(works(admin, "admin-password-1",
                      {QStringLiteral("export"), QStringLiteral("research"), QStringLiteral("--out"),
                       files.filePath(QStringLiteral("research"))}));
        QVERIFY(QDir(files.filePath(QStringLiteral("research"))).entryList(QDir::Files).size() >= 2);
        QVERIFY(works(admin, "admin-password-1", {QStringLiteral("audit"), QStringLiteral("list")}));
        QVERIFY(works(admin, "admin-password-1", {QStringLiteral("quarantine"), QStringLiteral("list")}));
        QVERIFY(works(admin, "admin-password-1", {QStringLiteral("outbox"), QStringLiteral("list")}));
        // What core refuses is refused before the server is asked.
        const CliRun note = as(nurse,
                               {QStringLiteral("record"), QStringLiteral("add"), QStringLiteral("MRN-7001"),
                                QStringLiteral("--text"), QStringLiteral("x")},
                               "nina-password-2\n");
        QCOMPARE(note.exitCode, 3);
    }

    void loginErrors_sayWhatIsWrong()
    {
        const CliRun wrong =
            as(QStringLiteral("nurse.nina"), {QStringLiteral("patient"), QStringLiteral("list")}, "not-her-password\n");
        QCOMPARE(wrong.exitCode, 4);
        QVERIFY2(wrong.err.contains("refused the login"), wrong.err.constData());

        const CliRun badInfo =
            runCli({QStringLiteral("--server"), QStringLiteral("colour=blue"), QStringLiteral("--user"),
                    QStringLiteral("nurse.nina"), QStringLiteral("--password-stdin"), QStringLiteral("patient"),
                    QStringLiteral("list")},
                   "nina-password-2\n");
        QCOMPARE(badInfo.exitCode, 1);
        QVERIFY2(badInfo.err.contains("connection string is not valid"), badInfo.err.constData());

        // A port nothing listens on: the one of a server that was stopped.
        PostgresServer stopped;
        QString error;
        QVERIFY2(stopped.start(&error), qPrintable(error));
        const int port = stopped.port();
        stopped.stop();
        const CliRun unreachable =
            runCli({QStringLiteral("--server"), QStringLiteral("host=127.0.0.1 port=%1 dbname=x").arg(port),
                    QStringLiteral("--user"), QStringLiteral("nurse.nina"), QStringLiteral("--password-stdin"),
                    QStringLiteral("patient"), QStringLiteral("list")},
                   "nina-password-2\n");
        QCOMPARE(unreachable.exitCode, 1);
        QVERIFY2(unreachable.err.contains("cannot be reached"), unreachable.err.constData());

        // A login of the server that is no member of staff.
        (void)m_server.psql(m_ward, QStringLiteral("CREATE ROLE outsider LOGIN PASSWORD 'outsider-password-1'"),
                            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const CliRun outsider = as(QStringLiteral("outsider"), {QStringLiteral("patient"), QStringLiteral("list")},
                                   "outsider-password-1\n");
        QVERIFY(outsider.exitCode != 0);
        QVERIFY2(outsider.err.contains("outsider"), outsider.err.constData());
        QVERIFY(outsider.out.isEmpty());
    }

    void aNurse_throughRawSql_cannotWriteNotesLimitsOrStaff()
    {
        const QString nurse = QStringLiteral("nurse.nina");
        const QString password = QStringLiteral("nina-password-2");
        // What a nurse may do works, so that the refusals below are refusals of privileges.
        QVERIFY(sqlError(nurse, password, QStringLiteral("SELECT count(*) FROM patients, clinical_records")).isEmpty());
        const QStringList forbidden = {
            QStringLiteral("INSERT INTO clinical_records (patient_id, author_id, written_at, text) "
                           "SELECT id, 1, 0, 'x' FROM patients"),
            QStringLiteral("INSERT INTO patient_limits (patient_id) SELECT id FROM patients"),
            QStringLiteral("UPDATE patient_limits SET reason = 'x'"),
            QStringLiteral("INSERT INTO patient_spo2_scale (patient_id) SELECT id FROM patients"),
            QStringLiteral("INSERT INTO users (username, display_name, role, active, must_change_password, "
                           "created_at, updated_at) VALUES ('mallory', 'M', 'admin', 1, 0, 0, 0)"),
            QStringLiteral("UPDATE users SET role = 'admin' WHERE username = 'nurse.nina'"),
            QStringLiteral("UPDATE users SET active = 0"),
            QStringLiteral("DELETE FROM users"),
            QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('alarms.audio.muted', '1', 0)"),
            QStringLiteral("INSERT INTO patients (mrn, name, admitted_at) VALUES ('X', 'X', 0)"),
            QStringLiteral("DELETE FROM doctor_patient"),
            QStringLiteral("CREATE ROLE mallory LOGIN PASSWORD 'mallory-1'"),
            QStringLiteral("ALTER ROLE \"dr.dora\" PASSWORD 'taken-over-1'"),
            QStringLiteral("GRANT pulsedesk_admin TO \"nurse.nina\""),
            QStringLiteral("TRUNCATE samples"),
        };
        for (const QString& sql : forbidden) {
            const QString error = sqlError(nurse, password, sql);
            QVERIFY2(error.contains(QLatin1String("permission denied")) || error.contains(QLatin1String("must have")),
                     qPrintable(sql + QStringLiteral(": ") + (error.isEmpty() ? QStringLiteral("allowed") : error)));
        }
    }

    void anAdmin_throughRawSql_cannotReadClinicalContent()
    {
        const QString admin = QStringLiteral("ward.admin");
        const QString password = QStringLiteral("admin-password-1");
        QVERIFY(sqlError(admin, password, QStringLiteral("SELECT count(*) FROM users, audit_log")).isEmpty());
        for (const char* table : {"clinical_records", "observations", "patient_limits", "patient_spo2_scale",
                                  "alarm_events", "doctor_patient"}) {
            const QString error =
                sqlError(admin, password, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
            QVERIFY2(error.contains(QLatin1String("permission denied")),
                     qPrintable(QLatin1String(table) + QStringLiteral(": ") + error));
        }
        const QString write = sqlError(admin, password,
                                       QStringLiteral("INSERT INTO clinical_records (patient_id, author_id, "
                                                      "written_at, text) VALUES (1, 1, 0, 'x')"));
        QVERIFY2(write.contains(QLatin1String("permission denied")), qPrintable(write));
    }

    void noGroup_holdsMoreThanReadAndWrite_andPublicNothing()
    {
        // TRUNCATE, REFERENCES and TRIGGER are no one's but the owner's; PUBLIC has nothing on the ward's tables.
        const QString extra = superSql(QStringLiteral(
            "SELECT r.rolname || ' ' || c.relname || ' ' || p.priv FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
            "CROSS JOIN (VALUES ('TRUNCATE'), ('REFERENCES'), ('TRIGGER')) p(priv) "
            "CROSS JOIN pg_roles r WHERE r.rolname IN ('pulsedesk_admin', 'pulsedesk_doctor', 'pulsedesk_nurse', "
            "'pulsedesk_server') AND c.relkind IN ('r', 'v') AND has_table_privilege(r.oid, c.oid, p.priv)"));
        QVERIFY2(extra.isEmpty(), qPrintable(extra));
        const QString forPublic = superSql(QStringLiteral(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public' "
            "CROSS JOIN aclexplode(c.relacl) a WHERE c.relkind IN ('r', 'v') AND a.grantee = 0"));
        QVERIFY2(forPublic.isEmpty(), qPrintable(forPublic));
    }

    void staffManagement_changesTheLogins()
    {
        const CliRun role =
            as(QStringLiteral("ward.admin"),
               {QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("dr.dora"), QStringLiteral("admin")},
               "admin-password-1\n");
        QVERIFY2(role.exitCode == 0, role.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT rolcreaterole, pg_has_role('dr.dora', 'pulsedesk_admin', 'MEMBER'), "
                                         "pg_has_role('dr.dora', 'pulsedesk_doctor', 'MEMBER') FROM pg_roles "
                                         "WHERE rolname = 'dr.dora'")),
                 QStringLiteral("f|t|f"));

        const CliRun off = as(QStringLiteral("ward.admin"),
                              {QStringLiteral("user"), QStringLiteral("deactivate"), QStringLiteral("nurse.nina")},
                              "admin-password-1\n");
        QVERIFY2(off.exitCode == 0, off.err.constData());
        QCOMPARE(superSql(QStringLiteral("SELECT rolcanlogin FROM pg_roles WHERE rolname = 'nurse.nina'")),
                 QStringLiteral("f"));
        const CliRun refused =
            as(QStringLiteral("nurse.nina"), {QStringLiteral("patient"), QStringLiteral("list")}, "nina-password-2\n");
        QCOMPARE(refused.exitCode, 4);
        QVERIFY2(refused.err.contains("not permitted to log in"), refused.err.constData());

        const CliRun on = as(QStringLiteral("ward.admin"),
                             {QStringLiteral("user"), QStringLiteral("reactivate"), QStringLiteral("nurse.nina")},
                             "admin-password-1\nnina-onetime-3\n");
        QVERIFY2(on.exitCode == 0, on.err.constData());
        QCOMPARE(
            superSql(QStringLiteral("SELECT rolcanlogin, rolcreaterole FROM pg_roles WHERE rolname = 'nurse.nina'")),
            QStringLiteral("t|f"));
        const CliRun back = as(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                               "nina-onetime-3\nnina-password-4\n");
        QVERIFY2(back.exitCode == 0, back.err.constData());
    }

    void theServersLog_holdsNoPatientData()
    {
        // A refused write with patient data in it: a second admission under the same MRN.
        const CliRun again = as(QStringLiteral("dr.dora"),
                                {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                                 QStringLiteral("MRN-7001"), QStringLiteral("--name"), QStringLiteral("Paula Twice")},
                                "dora-password-2\n");
        QVERIFY(again.exitCode != 0);
        (void)sqlError(QStringLiteral("nurse.nina"), QStringLiteral("nina-password-4"),
                       QStringLiteral("INSERT INTO clinical_records (patient_id, author_id, text) VALUES (1, 1, "
                                      "'Stable overnight, again.')"));
        const QByteArray log = m_server.log();
        QVERIFY(log.contains("ERROR")); // the refusals above are in it, without what they carried
        for (const char* data : {"Paul Patient", "Paula Twice", "MRN-7001", "Stable overnight"})
            QVERIFY2(!log.contains(data), data);
    }
};

QTEST_GUILESS_MAIN(TestWardServer)
#include "TestWardServer.moc"
