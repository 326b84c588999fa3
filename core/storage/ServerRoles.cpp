#include "storage/ServerRoles.h"

#include "storage/PostgresDatabase.h"
#include "storage/ServerAdminReads.h"
#include "storage/SqlSupport.h"
#include "storage/StaffDirectory.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace pulsedesk {

namespace {

/// The table privileges of each group, from core's permission table (security/Permissions): a role holds what the
/// services it may use read and write, triggers included (they run with the privileges of the writer), and
/// nothing else. Clinical content (patients, notes, observations, per-patient limits and scales, samples' values,
/// results, findings, alarms, the HL7 journal, who wears a device) is out of the administrator's reach: their
/// screens read counts, device readings and the research export through the functions of ServerAdminReads. Notes,
/// limits and staff management are out of the nurse's.
struct TablePrivileges
{
    const char* table;
    const char* admin;
    const char* doctor;
    const char* nurse;
    const char* service; ///< pulsedesk-server: ingest, analysis and alarms (observations read for NEWS2), no notes;
                         ///< the ADT feed of its interfaces admits, moves, discharges and merges patients (A40
                         ///< moves a merged record's rows; its SpO2 scale when the survivor has none)
};

// clang-format off
const TablePrivileges kPrivileges[] = {
    // table                 admin                            doctor                           nurse                            service
    {"schema_version",       "SELECT",                        "SELECT",                        "SELECT",                        "SELECT"},
    {"users",                "SELECT, INSERT, UPDATE",        "SELECT, UPDATE (must_change_password, updated_at)",
                                                                                               "SELECT, UPDATE (must_change_password, updated_at)",
                                                                                                                                "SELECT"},
    // Every role writes the audit chain's head (settings audit.head, audit.anchored); kSettingsWriters keeps the
    // rest of the settings to the administrators.
    {"settings",             "SELECT, INSERT, UPDATE, DELETE", "SELECT, INSERT, UPDATE",       "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"audit_log",            "SELECT, INSERT",                "SELECT, INSERT",                "SELECT, INSERT",                "SELECT, INSERT"},
    {"reference_revision",   "SELECT, UPDATE",                "SELECT, UPDATE",                "SELECT, UPDATE",                "SELECT, UPDATE"},
    {"patients",             "",                              "SELECT, INSERT, UPDATE",        "SELECT",                        "SELECT, INSERT, UPDATE"},
    {"doctor_patient",       "",                              "SELECT, INSERT, DELETE",        "SELECT",                        "SELECT, INSERT, DELETE"},
    {"devices",              "SELECT, INSERT, UPDATE",        "SELECT",                        "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"device_assignments",   "SELECT (id, device_id, assigned_from, assigned_to)",
                                                              "SELECT",                        "SELECT, INSERT, UPDATE",        "SELECT, UPDATE"},
    {"clinical_records",     "",                              "SELECT, INSERT",                "SELECT",                        ""},
    {"observations",         "",                              "SELECT, INSERT",                "SELECT, INSERT",                "SELECT"},
    {"patient_spo2_scale",   "",                              "SELECT, INSERT, DELETE",        "SELECT",                        "SELECT, UPDATE"},
    {"patient_limits",       "",                              "SELECT, INSERT, UPDATE",        "SELECT",                        "SELECT, UPDATE"},
    {"samples",              "SELECT (device_id, ts), INSERT", "SELECT",                        "SELECT, INSERT",                "SELECT, INSERT"},
    {"analysis_results",     "",                              "SELECT",                        "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"findings",             "",                              "SELECT, UPDATE",                "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"alarms",               "",                              "SELECT, UPDATE",                "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"alarm_events",         "",                              "SELECT, INSERT",                "SELECT, INSERT",                "SELECT, INSERT"},
    {"quarantine",           "SELECT, INSERT, UPDATE, DELETE", "",                             "SELECT, INSERT, UPDATE, DELETE", "SELECT, INSERT, UPDATE, DELETE"},
    {"quarantine_usage",     "SELECT, INSERT, UPDATE",        "",                              "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"imports",              "SELECT, INSERT, UPDATE, DELETE", "SELECT",                       "SELECT, INSERT, UPDATE, DELETE", "SELECT"},
    {"import_ranges",        "SELECT, INSERT, UPDATE, DELETE", "SELECT",                       "SELECT, INSERT, UPDATE, DELETE", "SELECT"},
    {"import_merges",        "SELECT, INSERT, UPDATE, DELETE", "SELECT",                       "SELECT, INSERT, UPDATE, DELETE", "SELECT"},
    {"hl7_journal",          "",                              "",                              "",                              "SELECT, INSERT, UPDATE"},
    // The administrator lists and retries the refused messages: their reasons, never their content.
    {"hl7_outbox",           "SELECT (id, destination, kind, patient_id, device_id, ref, created_at, control_id, state, "
                             "attempts, sent_at, acknowledged_at, error), UPDATE (state, error)",
                                                              "INSERT",                        "SELECT, INSERT, UPDATE",        "SELECT, INSERT, UPDATE"},
    {"hl7_result_content",   "",                              "SELECT",                        "SELECT",                        "SELECT"},
    // The login gate's own: only its SECURITY DEFINER functions read and write it.
    {"login_failures",       "",                              "",                              "",                              ""},
};
// clang-format on

/// The settings a doctor or a nurse may write: only the audit chain's own (table privileges cannot tell rows apart).
const char* const kSettingsWriters = R"sql(
CREATE OR REPLACE FUNCTION pulsedesk_settings_writers() RETURNS trigger LANGUAGE plpgsql
    SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF new.key IN ('audit.head', 'audit.anchored') OR pg_has_role(current_user, 'pulsedesk_admin', 'MEMBER')
       OR pg_has_role(current_user, 'pulsedesk_server', 'MEMBER')
       OR current_user = (SELECT tableowner FROM pg_tables WHERE schemaname = TG_TABLE_SCHEMA
                                                             AND tablename = TG_TABLE_NAME) THEN
        RETURN new;
    END IF;
    RAISE EXCEPTION 'permission denied for the setting %', new.key USING ERRCODE = '42501';
END $$;
DROP TRIGGER IF EXISTS settings_writers ON settings;
CREATE TRIGGER settings_writers BEFORE INSERT OR UPDATE ON settings
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_settings_writers();
)sql";

/// Who may call the functions of migration 12 (the rest of them are the schema owner's alone): the administrators
/// manage the staff logins, the gate counts failed logins, a member of staff who logged in clears their count; the
/// service's ADT feed moves the notes and observations of a record it merged (migration 14).
const char* const kFunctionGrants = R"sql(
GRANT EXECUTE ON FUNCTION pulsedesk_staff_login_create(text, text, text), pulsedesk_staff_login_password(text, text),
    pulsedesk_staff_login_disable(text), pulsedesk_staff_login_role(text) TO pulsedesk_admin;
GRANT EXECUTE ON FUNCTION pulsedesk_login_wait(text), pulsedesk_login_failed(text) TO pulsedesk_gate;
GRANT EXECUTE ON FUNCTION pulsedesk_login_succeeded() TO pulsedesk_admin, pulsedesk_doctor, pulsedesk_nurse;
GRANT EXECUTE ON FUNCTION pulsedesk_move_merged_records(bigint) TO pulsedesk_server;
)sql";

const Role kRoles[] = {Role::Admin, Role::Doctor, Role::Nurse};

/// A name for SQL text: checked by the caller (checkName, or one of the constant names above), then quoted.
QString quotedName(const QString& name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Error roleError(const QString& doing, const QString& why)
{
    return {Error::Code::Storage,
            QCoreApplication::translate("ServerRoles", "The server's roles could not be changed while %1: %2")
                .arg(doing, why)};
}

Status exec(QSqlDatabase& db, const QString& sql, const QString& doing)
{
    return PostgresDatabase::execScript(db, sql, doing);
}

Result<bool> roleExists(QSqlDatabase& db, const QString& name)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = ?"), {name}) || !q.next())
        return Sql::error(q, QCoreApplication::translate("ServerRoles", "looking up a role of the server"));
    return q.value(0).toInt() > 0;
}

/// The SCRAM-SHA-256 verifier of a password, made by libpq: the password itself never reaches the server (nor its
/// log). `literal` quotes it for SQL text.
Result<QString> verifierOf(QSqlDatabase& db, const QString& role, const QString& password, bool literal)
{
    PGconn* conn = PostgresDatabase::handleOf(db);
    if (!conn)
        return roleError(QCoreApplication::translate("ServerRoles", "setting a password"),
                         QCoreApplication::translate("ServerRoles", "no server connection"));
    char* verifier =
        PQencryptPasswordConn(conn, password.toUtf8().constData(), role.toUtf8().constData(), "scram-sha-256");
    if (!verifier)
        return roleError(QCoreApplication::translate("ServerRoles", "setting a password"),
                         QString::fromUtf8(PQerrorMessage(conn)).simplified());
    if (!literal) {
        const QString result = QString::fromUtf8(verifier);
        PQfreemem(verifier);
        return result;
    }
    char* quoted = PQescapeLiteral(conn, verifier, qstrlen(verifier));
    PQfreemem(verifier);
    if (!quoted)
        return roleError(QCoreApplication::translate("ServerRoles", "setting a password"),
                         QString::fromUtf8(PQerrorMessage(conn)).simplified());
    const QString result = QString::fromUtf8(quoted);
    PQfreemem(quoted);
    return result;
}

/// Calls one of the staff login functions of the server (migration 12) with `args`.
Status callStaffFunction(QSqlDatabase& db, const QString& function, const QVariantList& args, const QString& doing)
{
    QStringList marks;
    for (qsizetype i = 0; i < args.size(); ++i)
        marks.append(QStringLiteral("?"));
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("SELECT %1(%2)").arg(function, marks.join(QStringLiteral(", ")))))
        return Sql::error(q, doing);
    for (const QVariant& arg : args)
        q.addBindValue(arg);
    if (!q.exec())
        return Sql::error(q, doing);
    return {};
}

/// The login gate's role: LOGIN with the well-known password (GatePassword), no privilege but EXECUTE on the gate's
/// functions (kFunctionGrants).
Status createGate(QSqlDatabase& db, const QString& doing)
{
    const QString gate = QLatin1String(ServerRoles::GateRole);
    auto exists = roleExists(db, gate);
    if (!exists)
        return exists.error();
    auto verifier = verifierOf(db, gate, QLatin1String(ServerRoles::GatePassword), true);
    if (!verifier)
        return verifier.error();
    // Its sessions are short (a call each): an idle or a slow one ends, so that nobody holds the gate's connections.
    return exec(db,
                QStringLiteral("%1 ROLE %2 LOGIN NOINHERIT NOCREATEDB NOCREATEROLE PASSWORD %3 CONNECTION LIMIT 50;\n"
                               "ALTER ROLE %2 SET idle_session_timeout = '10s';\n"
                               "ALTER ROLE %2 SET statement_timeout = '5s';\n")
                    .arg(exists.value() ? QStringLiteral("ALTER") : QStringLiteral("CREATE"), quotedName(gate),
                         verifier.value()),
                doing);
}

} // namespace

namespace ServerRoles {

QString groupRole(Role role)
{
    return QStringLiteral("pulsedesk_") + roleKey(role);
}

Status checkName(const QString& name)
{
    if (auto valid = StaffDirectory::checkUsername(name); !valid)
        return valid;
    if (name.startsWith(QLatin1String("pg_")) || name.startsWith(QLatin1String("pulsedesk_")))
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ServerRoles",
                                                  "On a ward server a user name cannot start with pg_ or pulsedesk_.")};
    return {};
}

Result<Contents> inspect(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT count(*), count(*) FILTER (WHERE c.relname = 'schema_version') "
                                  "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')"))
        || !q.next())
        return Sql::error(q, QCoreApplication::translate("ServerRoles", "looking at the database's contents"));
    if (q.value(0).toInt() == 0)
        return Contents::Empty;
    if (q.value(1).toInt() == 0)
        return Contents::Other;
    QSqlQuery staff(db);
    if (!Sql::exec(staff, QStringLiteral("SELECT count(*) FROM users")) || !staff.next())
        return Contents::Other;
    return staff.value(0).toInt() > 0 ? Contents::PulseDeskWithStaff : Contents::PulseDesk;
}

Status checkCanCreateRoles(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"))
        || !q.next())
        return Sql::error(q, QCoreApplication::translate("ServerRoles", "looking up the connection's role"));
    if (!q.value(0).toBool())
        return Error {Error::Code::NotPermitted,
                      QCoreApplication::translate("ServerRoles",
                                                  "Not permitted: server init needs a connection as a role that may "
                                                  "create roles (CREATEROLE), and the one given may not.")};
    return {};
}

Status grantPrivileges(QSqlDatabase& db)
{
    const QString doing = QCoreApplication::translate("ServerRoles", "granting the roles their privileges");
    QStringList groups;
    for (Role role : kRoles)
        groups.append(groupRole(role));
    groups.append(QLatin1String(ServiceRole));
    if (auto gate = createGate(db, doing); !gate)
        return gate;
    for (const QString& group : std::as_const(groups)) {
        auto exists = roleExists(db, group);
        if (!exists)
            return exists.error();
        if (!exists.value()) {
            if (auto created = exec(db, QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quotedName(group)), doing);
                !created)
                return created;
        }
    }
    // Every relation must have its line in the table above: a new table nobody thought of is refused, not open.
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT c.relname, current_schema() FROM pg_class c "
                                  "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                  "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                                  "AND NOT c.relispartition")))
        return Sql::error(q, doing);
    QSet<QString> known;
    for (const TablePrivileges& line : kPrivileges)
        known.insert(QLatin1String(line.table));
    QString schema;
    while (q.next()) {
        schema = q.value(1).toString();
        if (!known.contains(q.value(0).toString()))
            return roleError(doing,
                             QCoreApplication::translate("ServerRoles", "the table %1 has no privileges defined")
                                 .arg(q.value(0).toString()));
    }
    const QString everyone = QStringLiteral("PUBLIC, ") + [&groups] {
        QStringList quoted;
        for (const QString& group : groups)
            quoted.append(quotedName(group));
        return quoted.join(QStringLiteral(", "));
    }();
    QString script = QStringLiteral("GRANT USAGE ON SCHEMA %1 TO %2, %3;\n")
                         .arg(quotedName(schema), everyone.mid(QStringLiteral("PUBLIC, ").size()),
                              quotedName(QLatin1String(GateRole)));
    for (const TablePrivileges& line : kPrivileges) {
        const QString table = quotedName(QLatin1String(line.table));
        script += QStringLiteral("REVOKE ALL ON %1 FROM %2;\n").arg(table, everyone);
        const char* const privileges[] = {line.admin, line.doctor, line.nurse, line.service};
        for (int i = 0; i < 4; ++i) {
            if (qstrlen(privileges[i]) > 0)
                script += QStringLiteral("GRANT %1 ON %2 TO %3;\n")
                              .arg(QLatin1String(privileges[i]), table, quotedName(groups[i]));
        }
    }
    script += QLatin1String(kSettingsWriters);
    script += QLatin1String(kFunctionGrants);
    script += QLatin1String(ServerAdminReads::functionGrants());
    // The month partitions of samples (migration 13): made by whoever writes samples, dropped by retention.
    script += QStringLiteral("GRANT EXECUTE ON FUNCTION pulsedesk_sample_partitions(BIGINT[]) TO %1, %2, %3;\n"
                             "GRANT EXECUTE ON FUNCTION pulsedesk_drop_sample_partitions(BIGINT) TO %1, %3;\n")
                  .arg(quotedName(groups[0]), quotedName(groups[2]), quotedName(groups[3]));
    // lastval() after an insert reads the identity column's sequence.
    script += QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2;\n")
                  .arg(quotedName(schema), everyone.mid(QStringLiteral("PUBLIC, ").size()));
    return exec(db, script, doing);
}

namespace {

Result<qint64> callGate(const QString& connInfo, const QString& function, const QString& username)
{
    auto gate = PostgresDatabase::withUser(connInfo, QLatin1String(GateRole));
    if (!gate)
        return gate.error();
    auto answer = PostgresDatabase::queryOnce(gate.value(), QLatin1String(GatePassword),
                                              QStringLiteral("SELECT %1($1)").arg(function), {username});
    if (!answer)
        return Error {answer.code(),
                      QCoreApplication::translate("ServerRoles", "The server's login gate cannot be used: %1")
                          .arg(answer.errorMessage())};
    return answer.value().toLongLong();
}

} // namespace

Result<qint64> loginWait(const QString& connInfo, const QString& username)
{
    return callGate(connInfo, QStringLiteral("pulsedesk_login_wait"), username);
}

Result<qint64> loginFailed(const QString& connInfo, const QString& username)
{
    return callGate(connInfo, QStringLiteral("pulsedesk_login_failed"), username);
}

Status loginSucceeded(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT pulsedesk_login_succeeded()")))
        return Sql::error(q, QCoreApplication::translate("ServerRoles", "clearing failed logins"));
    return {};
}

} // namespace ServerRoles

Status ServerLogins::create(QSqlDatabase& db, const QString& username, Role role, const QString& password)
{
    if (auto valid = ServerRoles::checkName(username); !valid)
        return valid;
    auto exists = roleExists(db, username);
    if (!exists)
        return exists.error();
    if (exists.value())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("ServerRoles",
                                                  "The user name %1 is already taken by a role of the database "
                                                  "server.")
                          .arg(username)};
    auto verifier = verifierOf(db, username, password, false);
    if (!verifier)
        return verifier.error();
    return callStaffFunction(db, QStringLiteral("pulsedesk_staff_login_create"),
                             {username, roleKey(role), verifier.value()},
                             QCoreApplication::translate("ServerRoles", "creating a login"));
}

Status ServerLogins::setPassword(QSqlDatabase& db, const QString& username, Role, const QString& password)
{
    if (auto valid = ServerRoles::checkName(username); !valid)
        return valid;
    const QString doing = QCoreApplication::translate("ServerRoles", "setting a password");
    QSqlQuery self(db);
    if (!Sql::exec(self, QStringLiteral("SELECT current_user = ?"), {username}) || !self.next())
        return Sql::error(self, doing);
    // A member of staff changes their own password and nothing else about their role; an administrator sets
    // another's through the server's function.
    if (self.value(0).toBool()) {
        auto verifier = verifierOf(db, username, password, true);
        if (!verifier)
            return verifier.error();
        return exec(db, QStringLiteral("ALTER ROLE %1 PASSWORD %2").arg(quotedName(username), verifier.value()), doing);
    }
    auto verifier = verifierOf(db, username, password, false);
    if (!verifier)
        return verifier.error();
    return callStaffFunction(db, QStringLiteral("pulsedesk_staff_login_password"), {username, verifier.value()}, doing);
}

Status ServerLogins::disable(QSqlDatabase& db, const QString& username)
{
    if (auto valid = ServerRoles::checkName(username); !valid)
        return valid;
    return callStaffFunction(db, QStringLiteral("pulsedesk_staff_login_disable"), {username},
                             QCoreApplication::translate("ServerRoles", "disabling a login"));
}

Status ServerLogins::changeRole(QSqlDatabase& db, const QString& username, Role, Role)
{
    // The function reads the role from the staff entry, which the caller changed in this transaction.
    if (auto valid = ServerRoles::checkName(username); !valid)
        return valid;
    return callStaffFunction(db, QStringLiteral("pulsedesk_staff_login_role"), {username},
                             QCoreApplication::translate("ServerRoles", "changing a role"));
}

Status ServerLogins::verifyPassword(const QString& username, const QString& password) const
{
    return m_database.tryLoginAs(username, password);
}

} // namespace pulsedesk
