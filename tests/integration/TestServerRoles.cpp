#include "CliRunner.h"
#include "PostgresServer.h"
#include "WardCli.h"

#include <QTest>

using namespace pulsedesk::test;

/// What the server itself enforces of core's permission table, tried through raw SQL (psql) under each role's own
/// login: every forbidden operation of every role is refused by the server, and each allowed one works (inside a
/// transaction that is rolled back after its deferred checks ran, so that the ward stays as it was).
class TestServerRoles : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QString m_ward;
    QString m_verifier; ///< a SCRAM-SHA-256 verifier, as ServerLogins sends one

    static QString passwordOf(const QString& login)
    {
        if (login == QLatin1String("ward.admin"))
            return QStringLiteral("admin-password-1");
        if (login == QLatin1String("pulsedesk_server"))
            return QStringLiteral("service-password-1");
        if (login == QLatin1String("pulsedesk_gate"))
            return QStringLiteral("pulsedesk-login-gate");
        return login + QStringLiteral("-onetime-1");
    }

    QString superSql(const QString& sql)
    {
        QString error;
        const QString out = m_server.psql(m_ward, sql, &error);
        if (!error.isEmpty())
            qWarning("%s: %s", qPrintable(sql), qPrintable(error));
        return out;
    }

    /// The ids and values the statements name: $ADMIN, $DORA, $DREW, $NINA (staff ids), $PATIENT, $SURVIVOR (a second
    /// patient), $DEVICE, $ALARM, $VERIFIER.
    QString expand(QString sql)
    {
        const auto id = [this](const char* user) {
            return superSql(QStringLiteral("SELECT id FROM users WHERE username = '%1'").arg(QLatin1String(user)));
        };
        sql.replace(QLatin1String("$ADMIN"), id("ward.admin"));
        sql.replace(QLatin1String("$DORA"), id("dr.dora"));
        sql.replace(QLatin1String("$DREW"), id("dr.drew"));
        sql.replace(QLatin1String("$NINA"), id("nurse.nina"));
        sql.replace(QLatin1String("$PATIENT"), superSql(QStringLiteral("SELECT min(id) FROM patients")));
        sql.replace(QLatin1String("$SURVIVOR"), superSql(QStringLiteral("SELECT max(id) FROM patients")));
        sql.replace(QLatin1String("$DEVICE"), superSql(QStringLiteral("SELECT min(id) FROM devices")));
        sql.replace(QLatin1String("$ALARM"), superSql(QStringLiteral("SELECT min(id) FROM alarms")));
        sql.replace(QLatin1String("$VERIFIER"), m_verifier);
        return sql;
    }

    static void addRow(const char* login, const char* sql)
    {
        QTest::addRow("%s: %s", login, sql) << QString::fromLatin1(login) << QString::fromLatin1(sql);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_ward = startWard(m_server, QStringLiteral("ward.admin"), "admin-password-1\n", &error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
        for (const auto& [user, role] :
             {std::pair {"dr.dora", "doctor"}, std::pair {"dr.drew", "doctor"}, std::pair {"nurse.nina", "nurse"}}) {
            const CliRun added = runCliAs(m_server.wardConnInfo(m_ward), QStringLiteral("ward.admin"),
                                          {QStringLiteral("user"), QStringLiteral("add"), QLatin1String(user),
                                           QStringLiteral("--role"), QLatin1String(role)},
                                          "admin-password-1\n" + passwordOf(QLatin1String(user)).toUtf8() + '\n');
            QVERIFY2(added.exitCode == 0, added.err.constData());
        }
        // The service login, as IT would enable it; a ward's data, written as the schema's owner.
        superSql(QStringLiteral("ALTER ROLE pulsedesk_server LOGIN PASSWORD 'service-password-1'"));
        superSql(expand(QStringLiteral(
            "INSERT INTO patients (mrn, name, admitted_at, created_by) VALUES ('MRN-1', 'Pat Ient', 0, $DORA);"
            "INSERT INTO patients (mrn, name, admitted_at, created_by) VALUES ('MRN-2', 'Pat Ient', 0, $DORA);"
            "INSERT INTO devices (device_id, registered_at) VALUES ('mon-1', 0);")));
        superSql(expand(QStringLiteral(
            "INSERT INTO doctor_patient (doctor_id, patient_id, since) VALUES ($DORA, $PATIENT, 0);"
            "INSERT INTO clinical_records (patient_id, author_id, written_at, text) VALUES ($PATIENT, $DORA, 0, 'n');"
            "INSERT INTO patient_limits (patient_id, severe_bradycardia_at_or_below, bradycardia_below, "
            "tachycardia_above, severe_tachycardia_at_or_above, reason, set_by, set_at) "
            "VALUES ($PATIENT, 30, 40, 120, 150, 'r', $DORA, 0);"
            "INSERT INTO alarms (patient_id, condition, priority, state, condition_since, raised_at, updated_at, "
            "comment) VALUES ($PATIENT, 'tachycardia', 'high', 'active', 0, 0, 0, 'Comment on Pat');"
            "UPDATE patients SET birth_date = '1950-03-04', bed = 'Bed 9';"
            "INSERT INTO device_assignments (device_id, patient_id, assigned_from, assigned_to) "
            "VALUES ($DEVICE, $PATIENT, 0, 100000);"
            "INSERT INTO samples (device_id, ts, heart_rate, received_at) VALUES ($DEVICE, 1000, 71.5, 1000);"
            "INSERT INTO analysis_results (patient_id, device_id, window_start, window_ms, sample_count, coverage, "
            "hr_mean, category, low_confidence, basis, band, computed_at) "
            "VALUES ($PATIENT, $DEVICE, 0, 10000, 1, 1, 71.5, 'normal', 0, 'adult-assumed', 'normal', 0);")));
        QVERIFY(!expand(QStringLiteral("$ALARM")).isEmpty());
        superSql(QStringLiteral("SET password_encryption = 'scram-sha-256'; CREATE ROLE verifier_source PASSWORD "
                                "'a-password-1'"));
        m_verifier = superSql(QStringLiteral("SELECT rolpassword FROM pg_authid WHERE rolname = 'verifier_source'"));
        QVERIFY(m_verifier.startsWith(QLatin1String("SCRAM-SHA-256$")));
    }

    void forbidden_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        // A nurse: no notes, no limits or SpO2 scale, no admissions, no staff management, no one else's name.
        addRow("nurse.nina",
               "INSERT INTO clinical_records (patient_id, author_id, written_at, text) "
               "VALUES ($PATIENT, $NINA, 0, 'x')");
        addRow("nurse.nina",
               "INSERT INTO patient_limits (patient_id, severe_bradycardia_at_or_below, "
               "bradycardia_below, tachycardia_above, severe_tachycardia_at_or_above, reason, set_by, "
               "set_at) VALUES ($PATIENT, 30, 40, 120, 150, 'r', $NINA, 1)");
        addRow("nurse.nina", "UPDATE patient_limits SET reason = 'x'");
        addRow("nurse.nina",
               "INSERT INTO patient_spo2_scale (patient_id, scale, set_by, set_at) "
               "VALUES ($PATIENT, 2, $NINA, 0)");
        addRow("nurse.nina", "INSERT INTO patients (mrn, name, admitted_at, created_by) VALUES ('X', 'X', 0, $NINA)");
        addRow("nurse.nina", "DELETE FROM doctor_patient");
        addRow("nurse.nina",
               "INSERT INTO users (username, display_name, role, created_at, updated_at) "
               "VALUES ('mallory', 'M', 'admin', 0, 0)");
        addRow("nurse.nina", "UPDATE users SET role = 'admin' WHERE username = 'nurse.nina'");
        addRow("nurse.nina",
               "WITH c AS (UPDATE users SET must_change_password = 0 WHERE username = 'dr.dora' "
               "RETURNING 1) SELECT count(*) FROM c");
        addRow("nurse.nina", "INSERT INTO settings (key, value, updated_at) VALUES ('alarms.audio.muted', '1', 0)");
        addRow("nurse.nina", "CREATE ROLE mallory LOGIN PASSWORD 'mallory-1'");
        addRow("nurse.nina", "ALTER ROLE \"dr.dora\" PASSWORD 'taken-over-1'");
        addRow("nurse.nina", "GRANT pulsedesk_admin TO \"nurse.nina\"");
        addRow("nurse.nina", "SELECT pulsedesk_staff_login_create('mallory', 'admin', '$VERIFIER')");
        addRow("nurse.nina", "SELECT pulsedesk_staff_login_password('dr.dora', '$VERIFIER')");
        addRow("nurse.nina", "SELECT pulsedesk_staff_login_disable('dr.dora')");
        addRow("nurse.nina", "SELECT pulsedesk_staff_login_role('nurse.nina')");
        addRow("nurse.nina", "SELECT pulsedesk_login_failed('dr.dora')");
        addRow("nurse.nina", "SELECT count(*) FROM login_failures");
        addRow("nurse.nina", "TRUNCATE samples");
        // A note or an observation changes its patient only by an A40 merge of the service's: nobody else moves one,
        // also once the record is marked merged.
        addRow("nurse.nina", "UPDATE clinical_records SET patient_id = $SURVIVOR");
        addRow("nurse.nina", "UPDATE observations SET patient_id = $SURVIVOR");
        addRow("nurse.nina",
               "UPDATE patients SET merged_into = $SURVIVOR WHERE id = $PATIENT; "
               "UPDATE clinical_records SET patient_id = $SURVIVOR");
        addRow("nurse.nina", "SELECT pulsedesk_move_merged_records($PATIENT)");
        addRow("dr.dora",
               "UPDATE patients SET merged_into = $SURVIVOR WHERE id = $PATIENT; "
               "UPDATE clinical_records SET patient_id = $SURVIVOR");
        addRow("dr.dora",
               "UPDATE patients SET merged_into = $SURVIVOR WHERE id = $PATIENT; "
               "SELECT pulsedesk_move_merged_records($PATIENT)");
        addRow("nurse.nina",
               "INSERT INTO observations (patient_id, taken_at, recorded_at, recorded_by, "
               "respiration_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, "
               "temperature_c) VALUES ($PATIENT, 0, 0, $DORA, 18, 97, 1, 0, 120, 80, 'A', 37)");
        addRow("nurse.nina",
               "INSERT INTO alarm_events (alarm_id, at, user_id, action) "
               "VALUES ($ALARM, 0, $DORA, 'acknowledged')");
        addRow("nurse.nina",
               "INSERT INTO alarm_events (alarm_id, at, user_id, action) "
               "VALUES ($ALARM, 0, NULL, 'acknowledged')");
        addRow("nurse.nina", "UPDATE alarms SET acknowledged_by = $DORA, state = 'acknowledged'");
        addRow("nurse.nina",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, "
               "details) VALUES (0, $DORA, 'dr.dora', 'login.success', 'user', 'dr.dora', '')");
        addRow("nurse.nina",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, "
               "details) VALUES (0, NULL, 'dr.dora', 'login.failure', 'user', 'dr.dora', '')");
        addRow("nurse.nina",
               "INSERT INTO device_assignments (device_id, patient_id, assigned_from, assigned_by) "
               "VALUES ($DEVICE, $PATIENT, 0, $DORA)");
        // A doctor: no staff management, no device management, no settings, no one else's name.
        addRow("dr.dora",
               "INSERT INTO users (username, display_name, role, created_at, updated_at) "
               "VALUES ('mallory', 'M', 'admin', 0, 0)");
        addRow("dr.dora", "UPDATE users SET active = 0 WHERE username = 'nurse.nina'");
        addRow("dr.dora",
               "WITH c AS (UPDATE users SET must_change_password = 1 WHERE username = 'nurse.nina' "
               "RETURNING 1) SELECT count(*) FROM c");
        addRow("dr.dora", "ALTER ROLE \"nurse.nina\" PASSWORD 'taken-over-1'");
        addRow("dr.dora", "GRANT pulsedesk_admin TO \"dr.dora\"");
        addRow("dr.dora", "SELECT pulsedesk_staff_login_create('mallory', 'doctor', '$VERIFIER')");
        addRow("dr.dora", "SELECT pulsedesk_staff_login_password('nurse.nina', '$VERIFIER')");
        addRow("dr.dora", "SELECT pulsedesk_staff_login_disable('nurse.nina')");
        addRow("dr.dora", "INSERT INTO settings (key, value, updated_at) VALUES ('alarms.audio.muted', '1', 0)");
        addRow("dr.dora", "INSERT INTO devices (device_id, registered_at) VALUES ('mon-9', 0)");
        addRow("dr.dora",
               "INSERT INTO device_assignments (device_id, patient_id, assigned_from) "
               "VALUES ($DEVICE, $PATIENT, 0)");
        addRow("dr.dora", "SELECT count(*) FROM quarantine");
        addRow("dr.dora",
               "INSERT INTO clinical_records (patient_id, author_id, written_at, text) "
               "VALUES ($PATIENT, $DREW, 0, 'x')");
        addRow("dr.dora",
               "INSERT INTO observations (patient_id, taken_at, recorded_at, recorded_by, "
               "respiration_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, "
               "temperature_c) VALUES ($PATIENT, 0, 0, $NINA, 18, 97, 1, 0, 120, 80, 'A', 37)");
        addRow("dr.dora", "UPDATE patient_limits SET ended_at = 1, ended_by = $DREW");
        addRow("dr.dora", "INSERT INTO patients (mrn, name, admitted_at, created_by) VALUES ('X', 'X', 0, $DREW)");
        addRow("dr.dora",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, "
               "details) VALUES (0, $NINA, 'nurse.nina', 'record.add', 'patient', 'MRN-1', '')");
        addRow("dr.dora", "SELECT pulsedesk_login_wait('nurse.nina')");
        // An administrator: no clinical content, no clinical writes, no group or login of their own making.
        for (const char* table :
             {"clinical_records", "observations", "patient_limits", "patient_spo2_scale", "alarm_events",
              "doctor_patient", "login_failures", "patients", "alarms", "analysis_results", "findings", "hl7_journal",
              "hl7_result_content", "samples_default"})
            QTest::addRow("ward.admin: read %s", table)
                << QStringLiteral("ward.admin") << QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table));
        // Nor a clinical column of a table whose other columns their screens read (raw sample values, who wears a
        // device), nor any month of samples directly.
        for (const char* column :
             {"samples.heart_rate", "samples.spo2", "samples.temperature_c", "samples.systolic", "samples.diastolic",
              "samples.source", "device_assignments.patient_id", "hl7_outbox.content", "hl7_outbox.message"}) {
            const QString name = QLatin1String(column);
            QTest::addRow("ward.admin: read %s", column)
                << QStringLiteral("ward.admin")
                << QStringLiteral("SELECT %1 FROM %2")
                       .arg(name.section(QLatin1Char('.'), 1), name.section(QLatin1Char('.'), 0, 0));
        }
        addRow("ward.admin", "SELECT comment FROM alarms");
        addRow("ward.admin", "SELECT name, mrn, birth_date FROM patients");
        addRow("ward.admin",
               "SELECT count(*) FROM samples WHERE heart_rate > 0"); // a value tested in WHERE is read too
        addRow("ward.admin", "UPDATE device_assignments SET assigned_to = 1");
        addRow("ward.admin",
               "INSERT INTO analysis_results (patient_id, device_id, window_start, window_ms, "
               "sample_count, coverage, category, low_confidence, basis, band, computed_at) "
               "VALUES ($PATIENT, $DEVICE, 1, 1, 1, 1, 'normal', 0, 'x', 'x', 0)");
        // The functions that read for the administrator's screens are theirs alone (the counts every group's).
        addRow("nurse.nina", "SELECT count(*) FROM pulsedesk_research_patients(0, 9000000000000, 'UTC')");
        addRow("nurse.nina", "SELECT count(*) FROM pulsedesk_device_readings($DEVICE, 0, 9000000000000)");
        addRow("dr.dora", "SELECT count(*) FROM pulsedesk_research_samples($PATIENT, 0, 9000000000000)");
        addRow("pulsedesk_server", "SELECT count(*) FROM pulsedesk_research_results($PATIENT, 0, 9000000000000)");
        addRow("pulsedesk_gate", "SELECT count(*) FROM pulsedesk_ward_counts()");
        addRow("ward.admin",
               "INSERT INTO clinical_records (patient_id, author_id, written_at, text) "
               "VALUES ($PATIENT, $ADMIN, 0, 'x')");
        addRow("ward.admin", "UPDATE patients SET name = 'x'");
        addRow("ward.admin", "UPDATE alarms SET state = 'acknowledged'");
        addRow("ward.admin", "GRANT pulsedesk_doctor TO \"ward.admin\"");
        addRow("ward.admin", "GRANT pulsedesk_nurse TO \"ward.admin\"");
        addRow("ward.admin", "CREATE ROLE mallory LOGIN PASSWORD 'mallory-1'");
        addRow("ward.admin", "ALTER ROLE \"ward.admin\" CREATEROLE");
        addRow("ward.admin", "ALTER ROLE \"nurse.nina\" PASSWORD 'taken-over-1'");
        addRow("ward.admin", "SET ROLE pulsedesk_doctor");
        // Staff logins only through the functions, only for a change in the audit log, only for staff.
        addRow("ward.admin", "SELECT pulsedesk_staff_login_password('nurse.nina', '$VERIFIER')");
        addRow("ward.admin", "SELECT pulsedesk_staff_login_role('ward.admin')");
        addRow("ward.admin", "SELECT pulsedesk_staff_login_disable('dr.drew')");
        addRow("ward.admin", "SELECT pulsedesk_staff_login_create('mallory', 'doctor', '$VERIFIER')");
        addRow("ward.admin", "UPDATE users SET role = 'doctor' WHERE username = 'ward.admin'");
        addRow("ward.admin", "UPDATE users SET active = 0 WHERE username = 'dr.drew'");
        addRow("ward.admin", "UPDATE users SET username = 'dr.drew2' WHERE username = 'dr.drew'");
        addRow("ward.admin",
               "INSERT INTO users (username, display_name, role, created_at, updated_at) "
               "VALUES ('mallory', 'M', 'doctor', 0, 0)");
        addRow("ward.admin",
               "BEGIN; INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, details) "
               "VALUES (0, $ADMIN, 'ward.admin', 'staff.reset-password', 'user', 'pulsedesk_server', ''); "
               "SELECT pulsedesk_staff_login_password('pulsedesk_server', '$VERIFIER'); COMMIT");
        addRow("ward.admin",
               "BEGIN; INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, details) "
               "VALUES (0, $ADMIN, 'ward.admin', 'staff.reset-password', 'user', 'pulsedesk_test', ''); "
               "SELECT pulsedesk_staff_login_password('pulsedesk_test', '$VERIFIER'); COMMIT");
        addRow("ward.admin",
               "BEGIN; INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, details) "
               "VALUES (0, $ADMIN, 'ward.admin', 'staff.reset-password', 'user', 'nurse.nina', ''); "
               "SELECT pulsedesk_staff_login_password('nurse.nina', 'plain-password-1'); COMMIT");
        addRow("ward.admin",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, "
               "details) VALUES (0, $NINA, 'nurse.nina', 'login.success', 'user', 'nurse.nina', '')");
        addRow("ward.admin",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, "
               "details) VALUES (0, NULL, 'nurse.nina', 'login.failure', 'user', 'nurse.nina', '')");
        // pulsedesk-server: no clinical text, no answer to an alarm in anyone's name, no staff.
        addRow("pulsedesk_server", "SELECT count(*) FROM clinical_records");
        addRow("pulsedesk_server",
               "INSERT INTO alarm_events (alarm_id, at, user_id, action) "
               "VALUES ($ALARM, 0, $NINA, 'acknowledged')");
        addRow("pulsedesk_server",
               "INSERT INTO alarm_events (alarm_id, at, user_id, action) "
               "VALUES ($ALARM, 0, NULL, 'audio-paused')");
        addRow("pulsedesk_server", "UPDATE alarms SET acknowledged_by = $NINA");
        addRow("pulsedesk_server", "SELECT pulsedesk_staff_login_create('mallory', 'admin', '$VERIFIER')");
        addRow("pulsedesk_server", "UPDATE users SET must_change_password = 0");
        addRow("pulsedesk_server", "UPDATE clinical_records SET patient_id = $SURVIVOR");
        addRow("pulsedesk_server",
               "UPDATE patients SET merged_into = $SURVIVOR WHERE id = $PATIENT; "
               "UPDATE clinical_records SET text = 'x'");
        // The login gate: its two functions and nothing else.
        addRow("pulsedesk_gate", "SELECT count(*) FROM users");
        addRow("pulsedesk_gate", "SELECT count(*) FROM audit_log");
        addRow("pulsedesk_gate", "SELECT count(*) FROM patients");
        addRow("pulsedesk_gate", "SELECT count(*) FROM login_failures");
        addRow("pulsedesk_gate", "SELECT pulsedesk_login_succeeded()");
        addRow("pulsedesk_gate", "SELECT pulsedesk_staff_login_disable('nurse.nina')");
    }

    void forbidden()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QString error;
        const QString out = m_server.psql(m_ward, expand(sql), &error, login, passwordOf(login));
        // Refused: an error of privileges (a grant, a policy, a trigger or function of the server), or a row the
        // writer may not see (count 0).
        const bool refused = error.contains(QLatin1String("permission denied"))
            || error.contains(QLatin1String("violates row-level security"))
            || error.contains(QLatin1String("must have")) || error.contains(QLatin1String("SCRAM-SHA-256 verifier"))
            || (error.isEmpty() && out == QLatin1String("0"));
        QVERIFY2(refused, qPrintable(QStringLiteral("allowed (%1)").arg(error.isEmpty() ? out : error)));
    }

    void allowed_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("sql");
        addRow("nurse.nina", "SELECT count(*) FROM patients, clinical_records, patient_limits, observations");
        addRow("nurse.nina",
               "INSERT INTO observations (patient_id, taken_at, recorded_at, recorded_by, "
               "respiration_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, "
               "temperature_c) VALUES ($PATIENT, 0, 0, $NINA, 18, 97, 1, 0, 120, 80, 'A', 37)");
        addRow("nurse.nina",
               "UPDATE alarms SET acknowledged_by = $NINA, state = 'acknowledged'; "
               "INSERT INTO alarm_events (alarm_id, at, user_id, action) "
               "VALUES ($ALARM, 0, $NINA, 'acknowledged')");
        addRow("nurse.nina",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, "
               "details) VALUES (0, $NINA, 'nurse.nina', 'login.success', 'user', 'nurse.nina', '')");
        addRow("nurse.nina",
               "INSERT INTO device_assignments (device_id, patient_id, assigned_from, assigned_by) "
               "VALUES ($DEVICE, $PATIENT, 0, $NINA)");
        addRow("nurse.nina", "UPDATE users SET must_change_password = 0 WHERE username = 'nurse.nina'");
        addRow("dr.dora",
               "INSERT INTO clinical_records (patient_id, author_id, written_at, text) "
               "VALUES ($PATIENT, $DORA, 0, 'x')");
        addRow("dr.dora", "UPDATE patient_limits SET ended_at = 1, ended_by = $DORA");
        addRow("dr.dora", "INSERT INTO patients (mrn, name, admitted_at, created_by) VALUES ('X', 'X', 0, $DORA)");
        addRow("dr.dora", "SELECT pulsedesk_login_succeeded()");
        addRow("ward.admin", "SELECT count(*) FROM users, audit_log, devices, samples");
        // What the administrator's screens read: counts, devices and their use, device readings, the research
        // export's rows, sample keys (an import's or a replay's RETURNING).
        addRow("ward.admin", "SELECT * FROM pulsedesk_ward_counts()");
        addRow("ward.admin", "SELECT id, device_id, assigned_from, assigned_to FROM device_assignments");
        addRow("ward.admin", "SELECT * FROM pulsedesk_device_readings($DEVICE, 0, 9000000000000)");
        addRow("ward.admin", "SELECT * FROM pulsedesk_research_patients(0, 9000000000000, 'Europe/Berlin')");
        addRow("ward.admin", "SELECT * FROM pulsedesk_research_samples($PATIENT, 0, 9000000000000)");
        addRow("ward.admin", "SELECT * FROM pulsedesk_research_results($PATIENT, 0, 9000000000000)");
        addRow("ward.admin",
               "INSERT INTO samples (device_id, ts, heart_rate, received_at) VALUES ($DEVICE, 2000, 70, 2000) "
               "ON CONFLICT DO NOTHING RETURNING device_id, ts");
        addRow("ward.admin",
               "INSERT INTO devices (device_id, registered_at, registered_by) VALUES ('mon-2', 0, $ADMIN)");
        // A staff change made by hand is possible only as StaffDirectory makes it: audited, entry and login agreed.
        addRow("ward.admin",
               "UPDATE users SET role = 'nurse' WHERE username = 'dr.drew'; "
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, details) "
               "VALUES (0, $ADMIN, 'ward.admin', 'staff.change-role', 'user', 'dr.drew', ''); "
               "SELECT pulsedesk_staff_login_role('dr.drew')");
        addRow("ward.admin",
               "INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, details) "
               "VALUES (0, $ADMIN, 'ward.admin', 'staff.reset-password', 'user', 'nurse.nina', ''); "
               "SELECT pulsedesk_staff_login_password('nurse.nina', '$VERIFIER')");
        addRow("pulsedesk_server", "SELECT count(*) FROM observations, alarms");
        addRow("pulsedesk_server", "SELECT * FROM pulsedesk_device_readings($DEVICE, 0, 9000000000000)");
        addRow("pulsedesk_server",
               "INSERT INTO alarm_events (alarm_id, at, user_id, action) "
               "VALUES ($ALARM, 0, NULL, 'escalated')");
        addRow("pulsedesk_gate", "SELECT pulsedesk_login_wait('nobody.here')");
        // The ADT feed's A40: the record marked merged, its notes moved by the server's function.
        addRow("pulsedesk_server",
               "UPDATE patients SET merged_into = $SURVIVOR, discharged_at = 1 WHERE id = $PATIENT; "
               "SELECT pulsedesk_move_merged_records($PATIENT)");
    }

    void allowed()
    {
        QFETCH(QString, login);
        QFETCH(QString, sql);
        QString error;
        (void)m_server.psql(m_ward,
                            QStringLiteral("BEGIN; %1; SET CONSTRAINTS ALL IMMEDIATE; ROLLBACK").arg(expand(sql)),
                            &error, login, passwordOf(login));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    /// What the administrator's functions answer: counts, readings without a patient, the research rows with an age
    /// and a row id, never a name, MRN, bed, birth date or alarm comment.
    void theAdministrator_readsNoClinicalContent_throughTheFunctions()
    {
        const auto asAdmin = [this](const char* sql) {
            QString error;
            const QString out = m_server.psql(m_ward, expand(QString::fromLatin1(sql)), &error,
                                              QStringLiteral("ward.admin"), passwordOf(QStringLiteral("ward.admin")));
            if (!error.isEmpty())
                qWarning("%s: %s", sql, qPrintable(error));
            return out;
        };
        QCOMPARE(asAdmin("SELECT patients || ',' || samples || ',' || results || ',' || open_alarms "
                         "FROM pulsedesk_ward_counts()"),
                 QStringLiteral("2,1,1,1")); // MRN-1 and MRN-2 (the merge rows' second record) are in
        QCOMPARE(asAdmin("SELECT ts || ',' || heart_rate FROM pulsedesk_device_readings($DEVICE, 0, 5000)"),
                 QStringLiteral("1000,71.5"));
        // Born 1950-03-04, first sample 1970-01-01: 19 in whole years.
        QCOMPARE(asAdmin("SELECT patient || ',' || sex || ',' || age FROM pulsedesk_research_patients(0, 5000, 'UTC')"),
                 expand(QStringLiteral("$PATIENT,unknown,19")));
        QCOMPARE(asAdmin("SELECT device_id || ',' || ts || ',' || heart_rate || ',' || imported "
                         "FROM pulsedesk_research_samples($PATIENT, 0, 5000)"),
                 expand(QStringLiteral("$DEVICE,1000,71.5,0")));
        QCOMPARE(asAdmin("SELECT count(*) FROM pulsedesk_research_results($PATIENT, 0, 5000)"), QStringLiteral("1"));
        QString everything;
        for (const char* sql : {"SELECT f::text FROM pulsedesk_ward_counts() f",
                                "SELECT f::text FROM pulsedesk_research_patients(0, 9000000000000, 'UTC') f",
                                "SELECT f::text FROM pulsedesk_research_samples($PATIENT, 0, 9000000000000) f",
                                "SELECT f::text FROM pulsedesk_research_results($PATIENT, 0, 9000000000000) f",
                                "SELECT f::text FROM pulsedesk_device_readings($DEVICE, 0, 9000000000000) f"})
            everything += asAdmin(sql);
        QVERIFY(!everything.isEmpty());
        for (const char* secret : {"Pat Ient", "MRN-1", "MRN-2", "1950", "Bed 9", "Comment on Pat"})
            QVERIFY2(!everything.contains(QLatin1String(secret)), secret);
    }

    void theAdministrators_holdNoCreateRole()
    {
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM pg_roles r WHERE r.rolcreaterole AND NOT r.rolsuper "
                                         "AND r.rolname IN (SELECT username FROM users)")),
                 QStringLiteral("0"));
        // Nothing the refusals above tried was left behind.
        QCOMPARE(superSql(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = 'mallory'")),
                 QStringLiteral("0"));
        QCOMPARE(superSql(QStringLiteral("SELECT string_agg(username || '=' || role, ',' ORDER BY username) "
                                         "FROM users")),
                 QStringLiteral("dr.dora=doctor,dr.drew=doctor,nurse.nina=nurse,ward.admin=admin"));
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "TestServerRoles.moc"
