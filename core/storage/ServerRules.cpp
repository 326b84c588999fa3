#include "storage/ServerRules.h"

namespace pulsedesk {

namespace ServerRules {

const char* migrationSql()
{
    return R"sql(
CREATE TABLE login_failures (
    username        TEXT PRIMARY KEY,
    failures        BIGINT NOT NULL,
    last_failure_at BIGINT NOT NULL
);
CREATE FUNCTION pulsedesk_staff_id() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT id FROM users WHERE username = current_user::text AND active = 1
$$;
-- pulsedesk-server's hospital interfaces (ADT) write what the feed says under the ward's first active administrator
-- (InterfaceService), their audit entries under the interface's own name: that id, for the service role only.
CREATE FUNCTION pulsedesk_service_stand_in() RETURNS BIGINT LANGUAGE sql STABLE AS $$
    SELECT min(id) FROM users WHERE role = 'admin' AND active = 1
        AND pg_has_role(current_user, 'pulsedesk_server', 'MEMBER')
$$;
CREATE FUNCTION pulsedesk_writes_freely() RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = current_user
                   AND (r.rolsuper OR r.oid = (SELECT relowner FROM pg_class WHERE oid = 'schema_version'::regclass)))
$$;
CREATE FUNCTION pulsedesk_authors_are_writer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    author TEXT;
    value TEXT;
BEGIN
    IF pulsedesk_writes_freely() THEN
        RETURN new;
    END IF;
    FOREACH author IN ARRAY TG_ARGV LOOP
        value := to_jsonb(new) ->> author;
        CONTINUE WHEN value IS NULL OR (TG_OP = 'UPDATE' AND value IS NOT DISTINCT FROM to_jsonb(old) ->> author);
        IF value::bigint IS DISTINCT FROM pulsedesk_staff_id()
           AND (TG_TABLE_NAME NOT IN ('patients', 'device_assignments', 'patient_limits', 'settings')
                OR value::bigint IS DISTINCT FROM pulsedesk_service_stand_in()) THEN
            RAISE EXCEPTION 'permission denied: %.% must be the writer''s own staff id', TG_TABLE_NAME, author
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    RETURN new;
END $$;
DO $$
DECLARE
    authors RECORD;
BEGIN
    FOR authors IN SELECT * FROM (VALUES ('alarms', 'acknowledged_by'), ('patient_limits', 'set_by, ended_by'),
            ('patient_spo2_scale', 'set_by'), ('patients', 'created_by'),
            ('device_assignments', 'assigned_by, ended_by'), ('devices', 'registered_by'), ('imports', 'user_id'),
            ('findings', 'reviewed_by'), ('settings', 'updated_by')) AS t(tab, columns) LOOP
        EXECUTE format('CREATE TRIGGER authors_are_writer BEFORE INSERT OR UPDATE ON %I FOR EACH ROW '
                       'EXECUTE FUNCTION pulsedesk_authors_are_writer(%s)', authors.tab,
                       (SELECT string_agg(quote_literal(c), ', ') FROM regexp_split_to_table(authors.columns, ', ') c));
    END LOOP;
END $$;
ALTER TABLE clinical_records ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON clinical_records FOR SELECT USING (true);
CREATE POLICY author_is_writer ON clinical_records FOR INSERT WITH CHECK (author_id = pulsedesk_staff_id());
ALTER TABLE observations ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON observations FOR SELECT USING (true);
CREATE POLICY recorder_is_writer ON observations FOR INSERT WITH CHECK (recorded_by = pulsedesk_staff_id());
ALTER TABLE alarm_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON alarm_events FOR SELECT USING (true);
-- Without a user: what the alarm engine does itself; a person's answer to an alarm always names them.
CREATE POLICY actor_is_writer ON alarm_events FOR INSERT
    WITH CHECK (user_id = pulsedesk_staff_id() OR (user_id IS NULL AND action NOT IN ('acknowledged', 'audio-paused')));
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON audit_log FOR SELECT USING (true);
-- Without a user: the workstation's or an interface's own entries, under a login that is no member of staff.
CREATE POLICY writer_is_writer ON audit_log FOR INSERT
    WITH CHECK ((user_id = pulsedesk_staff_id() AND username = current_user::text)
                OR ((user_id IS NULL OR user_id = pulsedesk_service_stand_in())
                    AND NOT EXISTS (SELECT 1 FROM users u WHERE u.username = audit_log.username)));
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
CREATE POLICY readers ON users FOR SELECT USING (true);
CREATE POLICY managers_add ON users FOR INSERT WITH CHECK (true);
-- A doctor or a nurse changes only their own row (the columns of a password change, by grant).
CREATE POLICY own_row_or_manager ON users FOR UPDATE
    USING (username = current_user::text OR pg_has_role(current_user, 'pulsedesk_admin', 'MEMBER'));
CREATE FUNCTION pulsedesk_users_agree_with_logins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF pulsedesk_writes_freely() THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND new.username <> old.username THEN
        RAISE EXCEPTION 'permission denied: a user name is never changed' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users u JOIN pg_roles r ON r.rolname = u.username
                   WHERE u.id = new.id AND NOT r.rolsuper AND r.rolcanlogin = (u.active = 1)
                     AND pg_has_role(r.oid, 'pulsedesk_' || u.role, 'MEMBER')
                     AND (SELECT count(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                          WHERE m.member = r.oid
                            AND g.rolname IN ('pulsedesk_admin', 'pulsedesk_doctor', 'pulsedesk_nurse')) = 1) THEN
        RAISE EXCEPTION 'permission denied: the staff entry % does not agree with its server login', new.username
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NULL;
END $$;
CREATE CONSTRAINT TRIGGER users_agree_with_logins AFTER INSERT OR UPDATE OF username, role, active ON users
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pulsedesk_users_agree_with_logins();
-- Ok when the connection's login may make a change (one of `actions`) to the staff login `login`: the schema's
-- owner, or an active administrator who wrote the change to the audit log in this transaction.
CREATE FUNCTION pulsedesk_staff_change_allowed(login TEXT, actions TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF session_user = current_user OR EXISTS (SELECT 1 FROM pg_roles WHERE rolname = session_user AND rolsuper) THEN
        RETURN;
    END IF;
    IF NOT pg_has_role(session_user, 'pulsedesk_admin', 'MEMBER')
       OR NOT EXISTS (SELECT 1 FROM users WHERE username = session_user::text AND role = 'admin' AND active = 1) THEN
        RAISE EXCEPTION 'permission denied: only an administrator manages staff logins'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM audit_log WHERE xmin = pg_current_xact_id()::xid AND action = ANY (actions)
                   AND subject_id = login AND username = session_user::text) THEN
        RAISE EXCEPTION 'permission denied: a change of the login % must be in the audit log of its transaction', login
            USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;
-- Ok when `login` is the login of a member of staff (never a superuser, the schema's owner or a role of PulseDesk).
CREATE FUNCTION pulsedesk_staff_login_check(login TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF login LIKE 'pulsedesk\_%' OR NOT EXISTS (SELECT 1 FROM users u JOIN pg_roles r ON r.rolname = u.username
                   WHERE u.username = login AND NOT r.rolsuper AND r.rolname <> current_user) THEN
        RAISE EXCEPTION 'permission denied: % is no staff login', login USING ERRCODE = 'insufficient_privilege';
    END IF;
END $$;
-- A password reaches the server only as a SCRAM-SHA-256 verifier made by the client (libpq).
CREATE FUNCTION pulsedesk_check_verifier(verifier TEXT) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    IF verifier IS NULL OR verifier !~ '^SCRAM-SHA-256\$[0-9]+:[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$' THEN
        RAISE EXCEPTION 'a staff login''s password is given as a SCRAM-SHA-256 verifier'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
END $$;
CREATE FUNCTION pulsedesk_staff_login_create(login TEXT, staff_role TEXT, verifier TEXT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM pulsedesk_staff_change_allowed(login, ARRAY['staff.add']);
    IF login !~ '^[a-z0-9][a-z0-9._-]{1,31}$' OR login LIKE 'pg\_%' OR login LIKE 'pulsedesk\_%' THEN
        RAISE EXCEPTION 'the user name % cannot be a staff login', login USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'the role % already exists', login USING ERRCODE = 'duplicate_object';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM users WHERE username = login AND role = staff_role) THEN
        RAISE EXCEPTION 'permission denied: % is no member of staff with the role %', login, staff_role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pulsedesk_check_verifier(verifier);
    EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS '
                   'PASSWORD %L IN ROLE %I', login, verifier, 'pulsedesk_' || staff_role);
END $$;
-- A new password for an active member of staff (a reset, a reactivation): the login works again.
CREATE FUNCTION pulsedesk_staff_login_password(login TEXT, verifier TEXT) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM pulsedesk_staff_change_allowed(login, ARRAY['staff.reactivate', 'staff.reset-password']);
    PERFORM pulsedesk_staff_login_check(login);
    IF NOT EXISTS (SELECT 1 FROM users WHERE username = login AND active = 1) THEN
        RAISE EXCEPTION 'permission denied: % is deactivated', login USING ERRCODE = 'insufficient_privilege';
    END IF;
    PERFORM pulsedesk_check_verifier(verifier);
    EXECUTE format('ALTER ROLE %I LOGIN NOCREATEROLE PASSWORD %L VALID UNTIL %L', login, verifier, 'infinity');
    DELETE FROM login_failures WHERE username = login;
END $$;
CREATE FUNCTION pulsedesk_staff_login_disable(login TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    PERFORM pulsedesk_staff_change_allowed(login, ARRAY['staff.deactivate']);
    PERFORM pulsedesk_staff_login_check(login);
    EXECUTE format('ALTER ROLE %I NOLOGIN NOCREATEROLE', login);
END $$;
-- The login joins the group of the role its staff entry has now, and leaves the others.
CREATE FUNCTION pulsedesk_staff_login_role(login TEXT) RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    staff_role TEXT;
    other TEXT;
BEGIN
    PERFORM pulsedesk_staff_change_allowed(login, ARRAY['staff.change-role']);
    PERFORM pulsedesk_staff_login_check(login);
    SELECT role INTO staff_role FROM users WHERE username = login;
    FOREACH other IN ARRAY ARRAY['admin', 'doctor', 'nurse'] LOOP
        IF other <> staff_role AND pg_has_role(login, 'pulsedesk_' || other, 'MEMBER') THEN
            EXECUTE format('REVOKE %I FROM %I', 'pulsedesk_' || other, login);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', 'pulsedesk_' || staff_role, login);
    EXECUTE format('ALTER ROLE %I NOCREATEROLE', login);
END $$;
-- The login gate: the back-off of core's LoginThrottle (5 free attempts, then 5 s doubling up to 15 min).
CREATE FUNCTION pulsedesk_login_delay(failures BIGINT) RETURNS BIGINT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN failures < 5 THEN 0 ELSE least(5000::bigint << least(failures - 5, 20)::int, 900000) END
$$;
CREATE FUNCTION pulsedesk_now_ms() RETURNS BIGINT LANGUAGE sql VOLATILE AS $$
    SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint
$$;
-- Expires the password of a staff login while its back-off lasts (`locked`), and lets it work again after.
CREATE FUNCTION pulsedesk_login_lock(login TEXT, locked BOOLEAN) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    until TIMESTAMPTZ;
BEGIN
    SELECT r.rolvaliduntil INTO until FROM users u JOIN pg_roles r ON r.rolname = u.username
    WHERE u.username = login AND NOT r.rolsuper AND r.rolname <> current_user AND login NOT LIKE 'pulsedesk\_%';
    IF NOT FOUND THEN
        RETURN;
    END IF;
    IF locked AND until IS DISTINCT FROM '-infinity' THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', login, '-infinity');
    ELSIF NOT locked AND until = '-infinity' THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', login, 'infinity');
    END IF;
END $$;
CREATE FUNCTION pulsedesk_login_name(typed TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(nullif(lower(btrim(left(coalesce(typed, ''), 64))), ''), '?')
$$;
-- Milliseconds the user must still wait before the next attempt (0: may try now).
CREATE FUNCTION pulsedesk_login_wait(login_name TEXT) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    login TEXT := pulsedesk_login_name(login_name);
    now_ms BIGINT := pulsedesk_now_ms();
    entry login_failures;
    delay BIGINT;
BEGIN
    SELECT * INTO entry FROM login_failures f WHERE f.username = login FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 0;
    END IF;
    IF entry.last_failure_at > now_ms THEN
        -- The server's clock was set back: the last failure counts as now.
        UPDATE login_failures f SET last_failure_at = now_ms WHERE f.username = login;
        entry.last_failure_at := now_ms;
    END IF;
    delay := pulsedesk_login_delay(entry.failures);
    delay := greatest(0, delay - least(now_ms - entry.last_failure_at, delay));
    IF delay = 0 THEN
        PERFORM pulsedesk_login_lock(login, false);
    END IF;
    RETURN delay;
END $$;
-- Counts a failed login of `username`, writes it to the audit chain (with the client's address), and answers the
-- back-off that now applies.
CREATE FUNCTION pulsedesk_login_failed(login_name TEXT) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    login CONSTANT TEXT := pulsedesk_login_name(login_name);
    failures_now BIGINT;
    now_ms BIGINT;
    entry audit_log;
BEGIN
    INSERT INTO login_failures AS f (username, failures, last_failure_at) VALUES (login, 1, pulsedesk_now_ms())
        ON CONFLICT ON CONSTRAINT login_failures_pkey
        DO UPDATE SET failures = f.failures + 1, last_failure_at = excluded.last_failure_at
        RETURNING f.failures, f.last_failure_at INTO failures_now, now_ms;
    INSERT INTO audit_log (at, user_id, username, action, subject_type, subject_id, details)
        VALUES (now_ms, NULL, login, 'login.failure', 'user', login,
                'at=' || to_char(to_timestamp(now_ms / 1000.0) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
                || ' from=' || coalesce(host(inet_client_addr()), 'local'))
        RETURNING * INTO entry;
    INSERT INTO settings (key, value, updated_at) VALUES ('audit.head', entry.id || ':' || entry.hash, now_ms)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = NULL;
    IF pulsedesk_login_delay(failures_now) > 0 THEN
        PERFORM pulsedesk_login_lock(login, true);
    END IF;
    RETURN pulsedesk_login_delay(failures_now);
END $$;
-- A member of staff who logged in starts again with no failures.
CREATE FUNCTION pulsedesk_login_succeeded() RETURNS void LANGUAGE plpgsql SECURITY DEFINER AS $$
BEGIN
    DELETE FROM login_failures WHERE username = session_user::text;
END $$;
REVOKE ALL ON login_failures FROM PUBLIC;
DO $$
DECLARE
    f REGPROCEDURE;
BEGIN
    -- Every function that reads a table finds the ward's, never a temporary table of the caller's.
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace AND p.provolatile <> 'i' LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace
               AND (p.proname LIKE 'pulsedesk\_staff\_login\_%' OR p.proname LIKE 'pulsedesk\_login\_%') LOOP
        EXECUTE format('REVOKE ALL ON FUNCTION %s FROM PUBLIC', f);
    END LOOP;
END $$;
)sql";
}

} // namespace ServerRules

} // namespace pulsedesk
