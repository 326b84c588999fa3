#pragma once

namespace pulsedesk {

/// The rules a ward server enforces itself, beyond the table privileges of ServerRoles: schema migration 12 in
/// PostgreSQL's dialect (on one PC the store's key and LoginThrottle do this, and the migration is empty).
namespace ServerRules {

/// The server enforces who writes a row (core's permission table, row by row). pulsedesk_staff_id() is the
/// staff id of the connection's login; the schema's owner (server init, migrate-to-server) and a superuser
/// write freely. Authors of notes, observations, alarm events and audit entries are the writer (row-level
/// security); every other "who did it" column changed by a write too (trigger). A users row's role, state and
/// name must agree with its login at commit, so the staff list cannot be changed beside the logins. Staff
/// logins are created, changed and disabled only by the SECURITY DEFINER functions of the migration (EXECUTE for
/// pulsedesk_admin, granted by ServerRoles), each only for a change written to the audit log in its own
/// transaction. Failed logins are counted in login_failures and audited by the gate's functions
/// (pulsedesk_login_wait, pulsedesk_login_failed); past the free attempts the login's password is expired
/// until the back-off is over, so that no client logs in meanwhile. The search_path of every function that reads
/// a table is pinned (a caller's temporary table never stands in for the ward's).
const char* migrationSql();

} // namespace ServerRules

} // namespace pulsedesk
