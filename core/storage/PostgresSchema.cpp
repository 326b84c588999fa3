#include "storage/PostgresSchema.h"

#include "storage/ServerAdminReads.h"
#include "storage/ServerRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <utility>
#include <vector>

namespace pulsedesk {

namespace {

/// What a migration's PostgreSQL text is.
enum class Part
{
    AddsTriggers, ///< added to the SQLite text translated without its triggers (and without COLLATE NOCASE)
    Replaces, ///< the whole migration
};

struct Text
{
    int version;
    Part part;
    const char* sql;
};

// Integers are BIGINT throughout (times in ms, ids) and flags stay integers (0/1), so that the repositories' SQL
// is the same on both engines. The append-only guards and the counters are plpgsql triggers.
const std::vector<Text>& texts()
{
    static const std::vector<Text> list = {
        {1, Part::AddsTriggers, R"sql(
ALTER TABLE users ADD CONSTRAINT users_username_is_lower_case CHECK (username = lower(username));
CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_is_append_only_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();
)sql"},
        {2, Part::AddsTriggers, R"sql(
CREATE FUNCTION clinical_records_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'clinical records are append-only; write an amendment'
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER clinical_records_are_append_only_update BEFORE UPDATE ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION clinical_records_are_append_only();
CREATE TRIGGER clinical_records_are_append_only_delete BEFORE DELETE ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION clinical_records_are_append_only();
CREATE TRIGGER clinical_records_are_append_only_truncate BEFORE TRUNCATE ON clinical_records
    FOR EACH STATEMENT EXECUTE FUNCTION clinical_records_are_append_only();
)sql"},
        // 3 and 5 are plain tables and indexes: their SQLite text is translated as it is.
        {4, Part::AddsTriggers, R"sql(
CREATE FUNCTION patient_limits_end_at_discharge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE patient_limits SET ended_at = new.discharged_at WHERE patient_id = new.id AND ended_at IS NULL;
    RETURN NULL;
END $$;
CREATE TRIGGER patient_limits_end_at_discharge AFTER UPDATE OF discharged_at ON patients
    FOR EACH ROW WHEN (new.discharged_at IS NOT NULL) EXECUTE FUNCTION patient_limits_end_at_discharge();
CREATE FUNCTION reference_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE reference_revision SET n = n + 1;
    RETURN NULL;
END $$;
CREATE TRIGGER rev_patients_i AFTER INSERT ON patients FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_patients_u AFTER UPDATE ON patients FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_doctors_i AFTER INSERT ON doctor_patient FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_doctors_d AFTER DELETE ON doctor_patient FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_devices_i AFTER INSERT ON devices FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_devices_u AFTER UPDATE ON devices FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_assignments_i AFTER INSERT ON device_assignments
    FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_assignments_u AFTER UPDATE ON device_assignments
    FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_limits_i AFTER INSERT ON patient_limits FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_limits_u AFTER UPDATE ON patient_limits FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_users_u AFTER UPDATE ON users FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
CREATE TRIGGER rev_users_i AFTER INSERT ON users FOR EACH ROW EXECUTE FUNCTION reference_revision_bump();
)sql"},
        // SQLite's own functions (randomblob, strftime) and boolean arithmetic: written apart whole.
        {6, Part::Replaces, R"sql(
ALTER TABLE quarantine ADD COLUMN payload_bytes BIGINT;
ALTER TABLE quarantine ADD COLUMN payload_sha256 TEXT;
ALTER TABLE quarantine ADD COLUMN payload_kept BIGINT NOT NULL DEFAULT 1;
CREATE INDEX quarantine_by_digest ON quarantine(topic, payload_sha256) WHERE payload_sha256 IS NOT NULL;
CREATE TABLE quarantine_usage (
    id      BIGINT PRIMARY KEY CHECK (id = 1),
    entries BIGINT NOT NULL,
    bytes   BIGINT NOT NULL,
    dropped BIGINT NOT NULL
);
INSERT INTO quarantine_usage (id, entries, bytes, dropped)
    SELECT 1, count(*), coalesce(sum(octet_length(payload)), 0), 0 FROM quarantine
    WHERE replayed_at IS NULL AND source = 'mqtt';
CREATE FUNCTION quarantine_usage_i() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quarantine_usage SET entries = entries + (new.source = 'mqtt' AND new.payload_kept = 1)::int,
        bytes = bytes + CASE WHEN new.source = 'mqtt' THEN octet_length(new.payload) ELSE 0 END,
        dropped = dropped + (new.payload_kept = 0)::int;
    RETURN NULL;
END $$;
CREATE TRIGGER quarantine_usage_i AFTER INSERT ON quarantine FOR EACH ROW WHEN (new.replayed_at IS NULL)
    EXECUTE FUNCTION quarantine_usage_i();
CREATE FUNCTION quarantine_usage_d() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quarantine_usage SET entries = entries - (old.source = 'mqtt' AND old.payload_kept = 1)::int,
        bytes = bytes - CASE WHEN old.source = 'mqtt' THEN octet_length(old.payload) ELSE 0 END,
        dropped = dropped - (old.payload_kept = 0)::int;
    RETURN NULL;
END $$;
CREATE TRIGGER quarantine_usage_d AFTER DELETE ON quarantine FOR EACH ROW WHEN (old.replayed_at IS NULL)
    EXECUTE FUNCTION quarantine_usage_d();
CREATE FUNCTION quarantine_usage_u() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE quarantine_usage SET
        entries = entries - (old.replayed_at IS NULL AND old.source = 'mqtt' AND old.payload_kept = 1)::int
            + (new.replayed_at IS NULL AND new.source = 'mqtt' AND new.payload_kept = 1)::int,
        bytes = bytes - CASE WHEN old.replayed_at IS NULL AND old.source = 'mqtt' THEN octet_length(old.payload)
                             ELSE 0 END
            + CASE WHEN new.replayed_at IS NULL AND new.source = 'mqtt' THEN octet_length(new.payload) ELSE 0 END,
        dropped = dropped - (old.replayed_at IS NULL AND old.payload_kept = 0)::int
            + (new.replayed_at IS NULL AND new.payload_kept = 0)::int;
    RETURN NULL;
END $$;
CREATE TRIGGER quarantine_usage_u AFTER UPDATE OF replayed_at, source, payload, payload_kept ON quarantine
    FOR EACH ROW EXECUTE FUNCTION quarantine_usage_u();
INSERT INTO settings (key, value, updated_at)
    VALUES ('mqtt.installationClientId', 'pulsedesk-' || substr(replace(gen_random_uuid()::text, '-', ''), 1, 16),
            (extract(epoch FROM now()) * 1000)::bigint)
    ON CONFLICT (key) DO NOTHING;
)sql"},
        {7, Part::AddsTriggers, R"sql(
CREATE FUNCTION observations_are_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'observations are append-only; write an amendment'
        USING ERRCODE = 'integrity_constraint_violation';
END $$;
CREATE TRIGGER observations_are_append_only_update BEFORE UPDATE ON observations
    FOR EACH ROW EXECUTE FUNCTION observations_are_append_only();
CREATE TRIGGER observations_are_append_only_delete BEFORE DELETE ON observations
    FOR EACH ROW EXECUTE FUNCTION observations_are_append_only();
CREATE TRIGGER observations_are_append_only_truncate BEFORE TRUNCATE ON observations
    FOR EACH STATEMENT EXECUTE FUNCTION observations_are_append_only();
)sql"},
        // The outbox's content is text built from numbers: PostgreSQL casts them explicitly, and prints a REAL
        // the way SQLite does (72.0, not 72) so that both stores queue the same words.
        {8, Part::Replaces, R"sql(
ALTER TABLE users ADD COLUMN hl7_id TEXT;
CREATE UNIQUE INDEX users_by_hl7_id ON users(hl7_id) WHERE hl7_id IS NOT NULL;
CREATE TABLE hl7_journal (
    id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    received_at  BIGINT NOT NULL,
    peer         TEXT NOT NULL,
    sender       TEXT NOT NULL DEFAULT '',
    control_id   TEXT NOT NULL DEFAULT '',
    message_type TEXT NOT NULL DEFAULT '',
    raw          BYTEA NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('AA', 'AE', 'AR')),
    applied      BIGINT NOT NULL DEFAULT 0,
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hl7_journal_applied ON hl7_journal(sender, control_id) WHERE applied = 1;
CREATE TABLE hl7_outbox (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    destination     TEXT NOT NULL CHECK (destination IN ('results', 'alarms')),
    kind            TEXT NOT NULL,
    patient_id      BIGINT REFERENCES patients(id),
    device_id       BIGINT REFERENCES devices(id),
    ref             BIGINT NOT NULL,
    content         TEXT NOT NULL DEFAULT '',
    created_at      BIGINT NOT NULL,
    control_id      TEXT,
    message         BYTEA,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acknowledged', 'error')),
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL DEFAULT 0,
    sent_at         BIGINT,
    acknowledged_at BIGINT,
    error           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hl7_outbox_pending ON hl7_outbox(destination, id) WHERE state = 'pending';
CREATE INDEX hl7_outbox_errors ON hl7_outbox(state) WHERE state = 'error';
CREATE FUNCTION sqlite_real_text(value DOUBLE PRECISION) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN value IS NULL THEN ''
                WHEN value = trunc(value) AND abs(value) < 1e15 THEN trunc(value)::bigint::text || '.0'
                ELSE value::text END
$$;
CREATE VIEW hl7_result_content AS
SELECT patient_id, device_id, window_start, computed_at,
       'window_ms=' || window_ms || '&count=' || sample_count || '&hr_mean=' || sqlite_real_text(hr_mean)
       || '&hr_min=' || sqlite_real_text(hr_min) || '&hr_max=' || sqlite_real_text(hr_max)
       || '&spo2=' || sqlite_real_text(spo2_mean) || '&temperature=' || sqlite_real_text(temperature_c_mean)
       || '&systolic=' || sqlite_real_text(systolic_mean) || '&diastolic=' || sqlite_real_text(diastolic_mean)
       || '&category=' || category AS content
FROM analysis_results;
CREATE FUNCTION hl7_outbox_result() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1') THEN
        INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
        SELECT 'results', CASE WHEN TG_OP = 'INSERT' THEN 'result' ELSE 'correction' END, patient_id, device_id,
               window_start, content, computed_at
        FROM hl7_result_content
        WHERE patient_id = new.patient_id AND device_id = new.device_id AND window_start = new.window_start;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER hl7_outbox_result_i AFTER INSERT ON analysis_results
    FOR EACH ROW EXECUTE FUNCTION hl7_outbox_result();
CREATE TRIGGER hl7_outbox_result_u AFTER UPDATE ON analysis_results
    FOR EACH ROW EXECUTE FUNCTION hl7_outbox_result();
CREATE FUNCTION hl7_outbox_alarm() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.alarms.queue' AND value = '1') THEN
        INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
        SELECT 'alarms', 'alarm', a.patient_id, a.device_id, new.id,
               'alarm=' || a.id || '&action=' || new.action || '&priority=' || a.priority || '&state=' || a.state
               || '&condition=' || a.condition || '&category=' || a.category
               || '&value=' || sqlite_real_text(a.last_value)
               || '&raised_at=' || a.raised_at || '&paused_until=' || coalesce(a.audio_paused_until::text, ''),
               new.at
        FROM alarms a WHERE a.id = new.alarm_id;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER hl7_outbox_alarm_i AFTER INSERT ON alarm_events
    FOR EACH ROW WHEN (new.action <> 'updated') EXECUTE FUNCTION hl7_outbox_alarm();
)sql"},
        // The audit chain kept by the server: an entry must follow the last one (the lock AuditLog::append takes
        // too), and its hash is the server's own computation of AuditLog::computeHash (length-prefixed UTF-8
        // fields, SHA-256). An entry written without a hash (raw SQL) gets its id, predecessor and hash from the
        // server; one with a hash that is not the server's, or that does not follow the chain, is refused.
        {9, Part::AddsTriggers, R"sql(
CREATE FUNCTION pulsedesk_audit_field(value text) RETURNS bytea LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(octet_length(convert_to(value, 'UTF8'))::text || ':', 'UTF8') || convert_to(value, 'UTF8')
           || '\x0a'::bytea
$$;
CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_id BIGINT;
    last_hash TEXT;
    expected TEXT;
BEGIN
    PERFORM pg_advisory_xact_lock(7358201);
    SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
    IF last_id IS NULL THEN
        last_id := 0;
        last_hash := repeat('0', 64);
    END IF;
    IF new.hash IS NULL THEN
        new.id := last_id + 1;
        new.prev_hash := last_hash;
    END IF;
    IF new.id IS DISTINCT FROM last_id + 1 OR new.prev_hash IS DISTINCT FROM last_hash THEN
        RAISE EXCEPTION 'the audit entry % does not follow the chain (its last entry is %)', new.id, last_id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    expected := encode(sha256(pulsedesk_audit_field(new.prev_hash) || pulsedesk_audit_field(new.id::text)
                              || pulsedesk_audit_field(new.at::text)
                              || pulsedesk_audit_field(coalesce(new.user_id, 0)::text)
                              || pulsedesk_audit_field(new.username) || pulsedesk_audit_field(new.action)
                              || pulsedesk_audit_field(new.subject_type) || pulsedesk_audit_field(new.subject_id)
                              || pulsedesk_audit_field(new.details)), 'hex');
    IF new.hash IS NULL THEN
        new.hash := expected;
    ELSIF new.hash <> expected THEN
        RAISE EXCEPTION 'the audit entry % has a hash the server did not compute', new.id
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();
)sql"},
        // Each change a workstation shows is announced on the channel 'pulsedesk' when its transaction commits, with
        // the table and ids only, never patient data ("alarms:12", "limits:patient=7"); ServerNotifications parses
        // it and the workstations re-read. A transaction sends an identical payload once, so a burst of results for
        // one patient is one notification.
        {10, Part::Replaces, R"sql(
CREATE FUNCTION pulsedesk_notify_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pulsedesk', TG_ARGV[0] || ':' || new.id);
    RETURN NULL;
END $$;
CREATE FUNCTION pulsedesk_notify_patient() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('pulsedesk', TG_ARGV[0] || ':' || coalesce(TG_ARGV[1], 'patient=') || old.patient_id);
    ELSE
        PERFORM pg_notify('pulsedesk', TG_ARGV[0] || ':' || coalesce(TG_ARGV[1], 'patient=') || new.patient_id);
    END IF;
    RETURN NULL;
END $$;
CREATE FUNCTION pulsedesk_notify_alarm_event() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('pulsedesk', 'alarms:' || new.alarm_id);
    RETURN NULL;
END $$;
CREATE TRIGGER notify_alarms AFTER INSERT OR UPDATE ON alarms
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_row('alarms');
CREATE TRIGGER notify_alarm_events AFTER INSERT ON alarm_events
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_alarm_event();
CREATE TRIGGER notify_patients AFTER INSERT OR UPDATE ON patients
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_row('patients');
CREATE TRIGGER notify_doctors AFTER INSERT OR DELETE ON doctor_patient
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('patients', '');
CREATE TRIGGER notify_assignments AFTER INSERT OR UPDATE ON device_assignments
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('assignments');
CREATE TRIGGER notify_records AFTER INSERT ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('records');
CREATE TRIGGER notify_observations AFTER INSERT ON observations
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('observations');
CREATE TRIGGER notify_limits AFTER INSERT OR UPDATE ON patient_limits
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('limits');
CREATE TRIGGER notify_spo2_scale AFTER INSERT OR UPDATE OR DELETE ON patient_spo2_scale
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('limits');
CREATE TRIGGER notify_results AFTER INSERT OR UPDATE ON analysis_results
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_notify_patient('results');
)sql"},
        // The server's own rules (ServerRules): who writes a row, staff logins, the login gate.
        {12, Part::Replaces, ServerRules::migrationSql()},
        // Raw samples by month (migration 13): a partition of samples per UTC month, samples_YYYYMM, made ahead of
        // time and on demand by pulsedesk_sample_partitions() (SampleWriter asks for the months it writes), rows of
        // a month without one kept in samples_default and moved when it is made. Retention drops whole months
        // (pulsedesk_drop_sample_partitions()). Both run as the schema's owner: the roles only write and read rows.
        // The reference to devices is checked a statement at a time.
        {13, Part::Replaces, R"sql(
ALTER TABLE samples RENAME TO samples_unpartitioned;
ALTER TABLE samples_unpartitioned RENAME CONSTRAINT samples_pkey TO samples_unpartitioned_pkey;
CREATE TABLE samples (
    device_id     BIGINT NOT NULL,
    ts            BIGINT NOT NULL,
    heart_rate    DOUBLE PRECISION,
    spo2          DOUBLE PRECISION,
    temperature_c DOUBLE PRECISION,
    systolic      DOUBLE PRECISION,
    diastolic     DOUBLE PRECISION,
    source        TEXT NOT NULL DEFAULT 'live',
    received_at   BIGINT NOT NULL,
    import_id     BIGINT REFERENCES imports(id),
    PRIMARY KEY (device_id, ts)
) PARTITION BY RANGE (ts);
CREATE TABLE samples_default PARTITION OF samples DEFAULT;
-- Every sample's device exists, as a foreign key would have it, but checked once a statement over the rows it wrote
-- (the key's check row by row was half the cost of a batch), the devices locked as the key locks them; and a
-- device with samples is neither removed nor renumbered.
CREATE FUNCTION samples_have_devices() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM written w WHERE NOT EXISTS (SELECT 1 FROM devices d WHERE d.id = w.device_id)) THEN
        RAISE EXCEPTION 'insert or update on table "samples" violates its reference to "devices"'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    PERFORM 1 FROM devices d WHERE d.id IN (SELECT DISTINCT device_id FROM written) FOR KEY SHARE;
    RETURN NULL;
END $$;
CREATE TRIGGER samples_have_devices_i AFTER INSERT ON samples REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION samples_have_devices();
CREATE TRIGGER samples_have_devices_u AFTER UPDATE ON samples REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION samples_have_devices();
CREATE FUNCTION devices_keep_their_samples() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM samples WHERE device_id = old.id) THEN
        RAISE EXCEPTION 'the device % still has samples', old.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN old;
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER devices_keep_their_samples_d BEFORE DELETE ON devices
    FOR EACH ROW EXECUTE FUNCTION devices_keep_their_samples();
CREATE TRIGGER devices_keep_their_samples_u BEFORE UPDATE OF id ON devices
    FOR EACH ROW WHEN (old.id <> new.id) EXECUTE FUNCTION devices_keep_their_samples();
CREATE FUNCTION pulsedesk_sample_partitions(times BIGINT[]) RETURNS void LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT AS $$
DECLARE
    at_ms BIGINT;
    month_first TIMESTAMP;
    from_ms BIGINT;
    to_ms BIGINT;
    part_name TEXT;
BEGIN
    FOREACH at_ms IN ARRAY times LOOP
        month_first := date_trunc('month', to_timestamp(at_ms / 1000.0) AT TIME ZONE 'UTC');
        part_name := 'samples_' || to_char(month_first, 'YYYYMM');
        CONTINUE WHEN to_regclass(part_name) IS NOT NULL;
        PERFORM pg_advisory_xact_lock(7358202);
        CONTINUE WHEN to_regclass(part_name) IS NOT NULL;
        from_ms := (extract(epoch FROM month_first) * 1000)::bigint;
        to_ms := (extract(epoch FROM month_first + interval '1 month') * 1000)::bigint;
        EXECUTE format('CREATE TABLE %I (LIKE samples INCLUDING DEFAULTS)', part_name);
        EXECUTE format('WITH moved AS (DELETE FROM samples_default WHERE ts >= %s AND ts < %s RETURNING *) '
                       'INSERT INTO %I SELECT * FROM moved', from_ms, to_ms, part_name);
        EXECUTE format('ALTER TABLE samples ATTACH PARTITION %I FOR VALUES FROM (%s) TO (%s)', part_name, from_ms, to_ms);
    END LOOP;
END $$;
CREATE FUNCTION pulsedesk_drop_sample_partitions(before_ms BIGINT) RETURNS TABLE (part TEXT, sample_rows BIGINT)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    child RECORD;
BEGIN
    FOR child IN SELECT c.relname AS name,
                        substring(pg_get_expr(c.relpartbound, c.oid) FROM 'TO \(''?(-?[0-9]+)''?\)')::bigint AS upper_ms
                 FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
                 WHERE i.inhparent = 'samples'::regclass ORDER BY 2 LOOP
        CONTINUE WHEN child.upper_ms IS NULL OR child.upper_ms > before_ms;
        part := child.name;
        EXECUTE format('SELECT count(*) FROM %I', child.name) INTO sample_rows;
        EXECUTE format('DROP TABLE %I', child.name);
        RETURN NEXT;
    END LOOP;
    DELETE FROM samples_default WHERE ts < before_ms;
    GET DIAGNOSTICS sample_rows = ROW_COUNT;
    IF sample_rows > 0 THEN
        part := 'samples_default';
        RETURN NEXT;
    END IF;
END $$;
REVOKE ALL ON FUNCTION pulsedesk_sample_partitions(BIGINT[]) FROM PUBLIC;
REVOKE ALL ON FUNCTION pulsedesk_drop_sample_partitions(BIGINT) FROM PUBLIC;
SELECT pulsedesk_sample_partitions(ARRAY(
    SELECT min(ts) FROM samples_unpartitioned
    GROUP BY date_trunc('month', to_timestamp(ts / 1000.0) AT TIME ZONE 'UTC')
    UNION ALL
    SELECT (extract(epoch FROM now() + ahead * interval '1 month') * 1000)::bigint FROM generate_series(0, 2) ahead));
INSERT INTO samples (device_id, ts, heart_rate, spo2, temperature_c, systolic, diastolic, source, received_at,
                     import_id)
    SELECT device_id, ts, heart_rate, spo2, temperature_c, systolic, diastolic, source, received_at, import_id
    FROM samples_unpartitioned;
-- A server initialised before: the roles keep their privileges on samples and get the functions' (server init
-- grants them with the rest, ServerRoles).
DO $$
DECLARE
    g RECORD;
BEGIN
    FOR g IN SELECT grantee, privilege_type FROM information_schema.role_table_grants
             WHERE table_schema = current_schema() AND table_name = 'samples_unpartitioned'
               AND grantee NOT IN ('PUBLIC', current_user) LOOP
        EXECUTE format('GRANT %s ON samples TO %I', g.privilege_type, g.grantee);
    END LOOP;
    FOR g IN SELECT rolname FROM pg_roles WHERE rolname IN ('pulsedesk_admin', 'pulsedesk_nurse', 'pulsedesk_server')
    LOOP
        EXECUTE format('GRANT EXECUTE ON FUNCTION pulsedesk_sample_partitions(BIGINT[]) TO %I', g.rolname);
        IF g.rolname <> 'pulsedesk_nurse' THEN
            EXECUTE format('GRANT EXECUTE ON FUNCTION pulsedesk_drop_sample_partitions(BIGINT) TO %I', g.rolname);
        END IF;
    END LOOP;
END $$;
DROP TABLE samples_unpartitioned;
)sql"},
        // A40 merges and per-minute results (migration 14). A note or an observation changes only its patient, and
        // only to the record its patient was merged into (to_jsonb: every other column, also ones added later,
        // stays as it was). The server's roles hold no UPDATE on notes (the service reads none): they are moved by
        // pulsedesk_move_merged_records(), which the service (ADT) may call, in the transaction that marked the
        // record merged. The minute's median is percentile_cont(0.5), the same value SQLite's trigger computes.
        {14, Part::Replaces, R"sql(
ALTER TABLE patients ADD COLUMN merged_into BIGINT REFERENCES patients(id);
CREATE INDEX patients_by_merged_into ON patients(merged_into) WHERE merged_into IS NOT NULL;
CREATE FUNCTION patients_stay_merged() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF old.merged_into IS NOT NULL OR new.merged_into = new.id
       OR EXISTS (SELECT 1 FROM patients p WHERE p.id = new.merged_into AND p.merged_into IS NOT NULL) THEN
        RAISE EXCEPTION 'a patient record is merged once, into a record that is not merged'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN new;
END $$;
CREATE TRIGGER patients_stay_merged BEFORE UPDATE OF merged_into ON patients
    FOR EACH ROW WHEN (new.merged_into IS DISTINCT FROM old.merged_into) EXECUTE FUNCTION patients_stay_merged();
CREATE FUNCTION pulsedesk_moved_by_merge() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (to_jsonb(new) - 'patient_id') = (to_jsonb(old) - 'patient_id')
       AND EXISTS (SELECT 1 FROM patients p WHERE p.id = old.patient_id AND p.merged_into = new.patient_id) THEN
        RETURN new;
    END IF;
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'integrity_constraint_violation';
END $$;
DROP TRIGGER clinical_records_are_append_only_update ON clinical_records;
CREATE TRIGGER clinical_records_are_append_only_update BEFORE UPDATE ON clinical_records
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_moved_by_merge('clinical records are append-only; write an amendment');
DROP TRIGGER observations_are_append_only_update ON observations;
CREATE TRIGGER observations_are_append_only_update BEFORE UPDATE ON observations
    FOR EACH ROW EXECUTE FUNCTION pulsedesk_moved_by_merge('observations are append-only; write an amendment');
CREATE FUNCTION pulsedesk_move_merged_records(prior BIGINT) RETURNS BIGINT LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    survivor BIGINT;
    notes BIGINT;
    observed BIGINT;
BEGIN
    SELECT merged_into INTO survivor FROM patients WHERE id = prior;
    IF survivor IS NULL THEN
        RAISE EXCEPTION 'the patient record % is not merged', prior USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    UPDATE clinical_records SET patient_id = survivor WHERE patient_id = prior;
    GET DIAGNOSTICS notes = ROW_COUNT;
    UPDATE observations SET patient_id = survivor WHERE patient_id = prior;
    GET DIAGNOSTICS observed = ROW_COUNT;
    RETURN notes + observed;
END $$;
REVOKE ALL ON FUNCTION pulsedesk_move_merged_records(BIGINT) FROM PUBLIC;
CREATE OR REPLACE FUNCTION hl7_outbox_result() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND new.patient_id <> old.patient_id THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
       AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.summary' AND value = 'minute-median') THEN
        INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
        SELECT 'results', CASE WHEN TG_OP = 'INSERT' THEN 'result' ELSE 'correction' END, patient_id, device_id,
               window_start, content, computed_at
        FROM hl7_result_content
        WHERE patient_id = new.patient_id AND device_id = new.device_id AND window_start = new.window_start;
    END IF;
    RETURN NULL;
END $$;
CREATE UNIQUE INDEX hl7_outbox_minutes ON hl7_outbox(patient_id, device_id, ref) WHERE kind = 'minute';
CREATE FUNCTION hl7_outbox_minute() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    minute_start BIGINT;
    n BIGINT;
    heart DOUBLE PRECISION;
    saturation DOUBLE PRECISION;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
       OR NOT EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.summary' AND value = 'minute-median') THEN
        RETURN NULL;
    END IF;
    FOR minute_start IN
        SELECT DISTINCT c.start FROM (VALUES (CASE WHEN (new.window_start + new.window_ms) % 60000 = 0
                                                    THEN new.window_start + new.window_ms - 60000 END),
                                             ((new.window_start / 60000 - 1) * 60000)) AS c(start)
        WHERE c.start IS NOT NULL ORDER BY c.start LOOP
        CONTINUE WHEN EXISTS (SELECT 1 FROM hl7_outbox o WHERE o.kind = 'minute' AND o.patient_id = new.patient_id
                              AND o.device_id = new.device_id AND o.ref = minute_start);
        SELECT count(heart_rate), percentile_cont(0.5) WITHIN GROUP (ORDER BY heart_rate),
               percentile_cont(0.5) WITHIN GROUP (ORDER BY spo2)
        INTO n, heart, saturation
        FROM samples WHERE device_id = new.device_id AND ts >= minute_start AND ts < minute_start + 60000;
        CONTINUE WHEN n = 0;
        INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
        VALUES ('results', 'minute', new.patient_id, new.device_id, minute_start,
                'window_ms=60000&count=' || n || '&hr_median=' || sqlite_real_text(heart)
                || '&spo2=' || sqlite_real_text(saturation), new.computed_at)
        ON CONFLICT DO NOTHING;
    END LOOP;
    RETURN NULL;
END $$;
CREATE TRIGGER hl7_outbox_minute_i AFTER INSERT ON analysis_results
    FOR EACH ROW EXECUTE FUNCTION hl7_outbox_minute();
DO $$
DECLARE
    f REGPROCEDURE;
BEGIN
    -- As migration 12: the functions read the ward's tables, never a temporary table of the caller's.
    FOR f IN SELECT p.oid::regprocedure FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace
               AND p.proname IN ('patients_stay_merged', 'pulsedesk_moved_by_merge', 'pulsedesk_move_merged_records',
                                 'hl7_outbox_result', 'hl7_outbox_minute') LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f, current_schema());
    END LOOP;
    -- A server initialised before: the service may merge (server init grants it with the rest, ServerRoles).
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulsedesk_server') THEN
        GRANT EXECUTE ON FUNCTION pulsedesk_move_merged_records(BIGINT) TO pulsedesk_server;
        GRANT UPDATE ON patient_spo2_scale TO pulsedesk_server;
    END IF;
END $$;
)sql"},
        // What an administrator reads of the clinical tables (ServerAdminReads): counts, device readings and the
        // research export's rows, through SECURITY DEFINER functions.
        {15, Part::Replaces, ServerAdminReads::migrationSql()},
    };
    return list;
}

Error untranslatable(int version, const QString& what)
{
    return {Error::Code::Schema,
            QCoreApplication::translate("Migrations",
                                        "Schema migration %1 has no PostgreSQL form: its SQLite text uses %2, which "
                                        "has no mechanical translation.")
                .arg(version)
                .arg(what)};
}

} // namespace

namespace PostgresSchema {

const char* migration(int version)
{
    for (const Text& text : texts())
        if (text.version == version)
            return text.sql;
    return nullptr;
}

Result<QString> translate(int version, const QString& sqlite)
{
    static const QRegularExpression refused(
        QStringLiteral("\\b(CREATE\\s+TRIGGER|INSERT\\s+OR|REPLACE\\s+INTO|COLLATE\\s+NOCASE|PRAGMA|GLOB|"
                       "(randomblob|zeroblob|hex|strftime|julianday|datetime|date|time|group_concat|instr|ifnull|iif|"
                       "printf|typeof|total|last_insert_rowid|changes)\\s*\\()"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch match = refused.match(sqlite); match.hasMatch())
        return untranslatable(version, match.captured(0));
    QString text = sqlite;
    static const QList<std::pair<QRegularExpression, QString>> rules = {
        {QRegularExpression(QStringLiteral("\\bINTEGER\\s+PRIMARY\\s+KEY(\\s+AUTOINCREMENT)?\\b")),
         QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")},
        {QRegularExpression(QStringLiteral("\\bINTEGER\\b")), QStringLiteral("BIGINT")},
        {QRegularExpression(QStringLiteral("\\bREAL\\b")), QStringLiteral("DOUBLE PRECISION")},
        {QRegularExpression(QStringLiteral("\\bBLOB\\b")), QStringLiteral("BYTEA")},
        {QRegularExpression(QStringLiteral("\\)\\s*WITHOUT\\s+ROWID")), QStringLiteral(")")},
    };
    for (const auto& [pattern, replacement] : rules)
        text.replace(pattern, replacement);
    return text;
}

Result<QString> textFor(int version, const char* sqlite)
{
    const auto own =
        std::find_if(texts().cbegin(), texts().cend(), [version](const Text& text) { return text.version == version; });
    if (own == texts().cend())
        return translate(version, QString::fromUtf8(sqlite));
    if (own->part == Part::Replaces)
        return QString::fromUtf8(own->sql);
    static const QRegularExpression triggers(QStringLiteral("CREATE\\s+TRIGGER\\b.*?\\bEND\\s*;"),
                                             QRegularExpression::DotMatchesEverythingOption
                                                 | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nocase(QStringLiteral("\\s+COLLATE\\s+NOCASE\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    auto tables = translate(version, QString::fromUtf8(sqlite).remove(triggers).remove(nocase));
    if (!tables)
        return tables;
    return tables.value() + QString::fromUtf8(own->sql);
}

} // namespace PostgresSchema

} // namespace pulsedesk
