#pragma once

#include "common/Result.h"
#include "model/Role.h"
#include "storage/StaffLogins.h"

#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

class PostgresDatabase;

/// The roles of a ward server: a group role per staff role (pulsedesk_admin, pulsedesk_doctor, pulsedesk_nurse)
/// holding the table privileges core's permission table allows that role, a LOGIN role (SCRAM-SHA-256) per member
/// of staff in its group, and the service role of pulsedesk-server. The administrators hold no CREATEROLE: staff
/// logins are created, changed and disabled by the server's SECURITY DEFINER functions (migration 12), each only
/// for a change in the audit log of its transaction. Role names are checked strictly (a user name,
/// see StaffDirectory::checkUsername, never pg_... or pulsedesk_...) and always quoted; passwords reach the server
/// only as SCRAM verifiers made by libpq.
namespace ServerRoles {

/// The service role of pulsedesk-server (NOLOGIN until IT gives it a password).
inline constexpr auto ServiceRole = "pulsedesk_server";
/// The login gate: a LOGIN role whose only right is EXECUTE on the server's functions that answer a user name's
/// current back-off and count a failed login (LoginGate). Its password is the same on every ward and not a secret:
/// the gate grants nothing that trying a login does not.
inline constexpr auto GateRole = "pulsedesk_gate";
inline constexpr auto GatePassword = "pulsedesk-login-gate";
QString groupRole(Role role);

/// Ok for a name a staff member's login role may have.
Status checkName(const QString& name);

/// What a database holds, for `server init`.
enum class Contents
{
    Empty,
    PulseDesk, ///< PulseDesk's schema, no staff yet (an init that stopped after the schema)
    PulseDeskWithStaff,
    Other, ///< tables, views or sequences of something else
};
Result<Contents> inspect(QSqlDatabase& db);
/// Ok when the connection's role may create roles.
Status checkCanCreateRoles(QSqlDatabase& db);
/// Creates the group roles, the service role and the gate where missing and grants each its table privileges and
/// the functions it may call (the same statements again on an initialised database set them back). Inside the
/// caller's transaction.
Status grantPrivileges(QSqlDatabase& db);

/// The login gate of a ward (GateRole), the server's side of LoginThrottle for every workstation: the
/// milliseconds `username` must still wait before trying a login (0: may try now), on the server `connInfo` names.
Result<qint64> loginWait(const QString& connInfo, const QString& username);
/// Counts a failed login of `username` and writes it to the server's audit chain; the back-off that now applies.
Result<qint64> loginFailed(const QString& connInfo, const QString& username);
/// Clears the failed logins of the connection's own login (after a login that worked).
Status loginSucceeded(QSqlDatabase& db);

} // namespace ServerRoles

/// Staff logins as LOGIN roles of the server, changed in the transaction of the staff row.
class ServerLogins final : public StaffLogins
{
public:
    explicit ServerLogins(const PostgresDatabase& database)
        : m_database(database)
    { }

    Status create(QSqlDatabase& db, const QString& username, Role role, const QString& password) override;
    Status setPassword(QSqlDatabase& db, const QString& username, Role role, const QString& password) override;
    Status disable(QSqlDatabase& db, const QString& username) override;
    Status changeRole(QSqlDatabase& db, const QString& username, Role from, Role to) override;
    Status verifyPassword(const QString& username, const QString& password) const override;
    void forget(const QString&) override { }

private:
    const PostgresDatabase& m_database;
};

} // namespace pulsedesk
