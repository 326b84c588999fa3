#include "storage/Migrations.h"

#include "storage/PostgresDatabase.h"
#include "storage/PostgresSchema.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace pulsedesk {

namespace {

struct Migration
{
    int version;
    const char* description;
    const char* sql; ///< empty: nothing to do on SQLite
};

// Append new migrations at the end; never edit one that has shipped.
const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = {
        {1, "staff, settings and the hash-chained audit log", R"sql(
CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('admin', 'doctor', 'nurse')),
    ward                 TEXT NOT NULL DEFAULT '',
    active               INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    created_at           INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
);
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    updated_by INTEGER REFERENCES users(id)
);
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    user_id      INTEGER,
    username     TEXT NOT NULL,
    action       TEXT NOT NULL,
    subject_type TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    details      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL,
    hash         TEXT NOT NULL
);
CREATE TRIGGER audit_log_is_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_is_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)sql"},
        {2, "patients, responsible doctors, devices with assignment history, clinical records", R"sql(
CREATE TABLE patients (
    id            INTEGER PRIMARY KEY,
    mrn           TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    birth_date    TEXT,
    sex           TEXT NOT NULL DEFAULT 'unknown' CHECK (sex IN ('female', 'male', 'unknown')),
    ward          TEXT NOT NULL DEFAULT '',
    bed           TEXT NOT NULL DEFAULT '',
    admitted_at   INTEGER NOT NULL,
    discharged_at INTEGER,
    created_by    INTEGER NOT NULL REFERENCES users(id)
);
CREATE TABLE doctor_patient (
    doctor_id  INTEGER NOT NULL REFERENCES users(id),
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    since      INTEGER NOT NULL,
    PRIMARY KEY (doctor_id, patient_id)
);
CREATE INDEX doctor_patient_by_patient ON doctor_patient(patient_id);
CREATE TABLE devices (
    id            INTEGER PRIMARY KEY,
    device_id     TEXT NOT NULL UNIQUE,
    manufacturer  TEXT NOT NULL DEFAULT '',
    model         TEXT NOT NULL DEFAULT '',
    registered_at INTEGER NOT NULL,
    registered_by INTEGER REFERENCES users(id)
);
CREATE TABLE device_assignments (
    id            INTEGER PRIMARY KEY,
    device_id     INTEGER NOT NULL REFERENCES devices(id),
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    assigned_from INTEGER NOT NULL,
    assigned_to   INTEGER,
    assigned_by   INTEGER REFERENCES users(id),
    ended_by      INTEGER REFERENCES users(id),
    CHECK (assigned_to IS NULL OR assigned_to > assigned_from)
);
CREATE UNIQUE INDEX device_assignments_one_open ON device_assignments(device_id) WHERE assigned_to IS NULL;
CREATE INDEX device_assignments_by_device ON device_assignments(device_id, assigned_from);
CREATE INDEX device_assignments_by_patient ON device_assignments(patient_id);
CREATE TABLE clinical_records (
    id         INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    author_id  INTEGER NOT NULL REFERENCES users(id),
    written_at INTEGER NOT NULL,
    text       TEXT NOT NULL CHECK (length(text) > 0),
    amends_id  INTEGER REFERENCES clinical_records(id)
);
CREATE INDEX clinical_records_by_patient ON clinical_records(patient_id, written_at);
CREATE TRIGGER clinical_records_are_append_only_update BEFORE UPDATE ON clinical_records
BEGIN SELECT RAISE(ABORT, 'clinical records are append-only; write an amendment'); END;
CREATE TRIGGER clinical_records_are_append_only_delete BEFORE DELETE ON clinical_records
BEGIN SELECT RAISE(ABORT, 'clinical records are append-only; write an amendment'); END;
)sql"},
        {3, "samples, analysis results, alarms and the quarantine", R"sql(
CREATE TABLE samples (
    device_id     INTEGER NOT NULL REFERENCES devices(id),
    ts            INTEGER NOT NULL,
    heart_rate    REAL,
    spo2          REAL,
    temperature_c REAL,
    systolic      REAL,
    diastolic     REAL,
    source        TEXT NOT NULL DEFAULT 'live',
    received_at   INTEGER NOT NULL,
    PRIMARY KEY (device_id, ts)
) WITHOUT ROWID;
CREATE TABLE analysis_results (
    patient_id   INTEGER NOT NULL REFERENCES patients(id),
    device_id    INTEGER NOT NULL REFERENCES devices(id),
    window_start INTEGER NOT NULL,
    window_ms    INTEGER NOT NULL,
    hr_mean      REAL,
    hr_min       REAL,
    hr_max       REAL,
    hr_sd        REAL,
    sample_count INTEGER NOT NULL,
    coverage     REAL NOT NULL,
    category     TEXT NOT NULL,
    confidence   TEXT NOT NULL,
    computed_at  INTEGER NOT NULL,
    PRIMARY KEY (patient_id, device_id, window_start)
);
CREATE TABLE alarms (
    id              INTEGER PRIMARY KEY,
    patient_id      INTEGER REFERENCES patients(id),
    condition       TEXT NOT NULL,
    priority        TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
    state           TEXT NOT NULL CHECK (state IN ('active', 'acknowledged', 'ended')),
    raised_at       INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    ended_at        INTEGER,
    acknowledged_at INTEGER,
    acknowledged_by INTEGER REFERENCES users(id),
    comment         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alarms_open ON alarms(state) WHERE state <> 'ended';
CREATE TABLE quarantine (
    id          INTEGER PRIMARY KEY,
    received_at INTEGER NOT NULL,
    source      TEXT NOT NULL,
    topic       TEXT NOT NULL DEFAULT '',
    payload     BLOB NOT NULL,
    reason      TEXT NOT NULL,
    replayed_at INTEGER
);
CREATE INDEX quarantine_pending ON quarantine(received_at) WHERE replayed_at IS NULL;
)sql"},
        {4,
         "analysis results by window, retrospective findings, alarms with their history, per-patient limits, "
         "and a revision counter for cached reference data",
         R"sql(
DROP TABLE analysis_results;
CREATE TABLE analysis_results (
    patient_id    INTEGER NOT NULL REFERENCES patients(id),
    device_id     INTEGER NOT NULL REFERENCES devices(id),
    window_start  INTEGER NOT NULL,
    window_ms     INTEGER NOT NULL,
    sample_count  INTEGER NOT NULL,
    coverage      REAL NOT NULL,
    hr_mean       REAL,
    hr_min        REAL,
    hr_max        REAL,
    hr_sd         REAL,
    spo2_mean     REAL,
    temperature_c_mean REAL,
    systolic_mean REAL,
    diastolic_mean REAL,
    category      TEXT NOT NULL,
    low_confidence INTEGER NOT NULL,
    basis         TEXT NOT NULL,
    band          TEXT NOT NULL,
    computed_at   INTEGER NOT NULL,
    PRIMARY KEY (patient_id, device_id, window_start)
) WITHOUT ROWID;
CREATE TABLE findings (
    patient_id   INTEGER NOT NULL REFERENCES patients(id),
    device_id    INTEGER NOT NULL REFERENCES devices(id),
    window_start INTEGER NOT NULL,
    category     TEXT NOT NULL,
    found_at     INTEGER NOT NULL,
    reviewed_by  INTEGER REFERENCES users(id),
    reviewed_at  INTEGER,
    PRIMARY KEY (patient_id, device_id, window_start)
);
DROP INDEX alarms_open;
DROP TABLE alarms;
CREATE TABLE alarms (
    id                 INTEGER PRIMARY KEY,
    patient_id         INTEGER REFERENCES patients(id),
    device_id          INTEGER REFERENCES devices(id),
    condition          TEXT NOT NULL,
    priority           TEXT NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
    category           TEXT NOT NULL DEFAULT '',
    state              TEXT NOT NULL CHECK (state IN ('active', 'acknowledged', 'ended')),
    condition_active   INTEGER NOT NULL DEFAULT 1,
    condition_since    INTEGER NOT NULL,
    raised_at          INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    ended_at           INTEGER,
    escalated_at       INTEGER,
    acknowledged_at    INTEGER,
    acknowledged_by    INTEGER REFERENCES users(id),
    comment            TEXT NOT NULL DEFAULT '',
    audio_paused_until INTEGER,
    last_value         REAL,
    detail             TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alarms_open ON alarms(state) WHERE state <> 'ended';
CREATE INDEX alarms_by_patient ON alarms(patient_id, raised_at);
CREATE TABLE alarm_events (
    id       INTEGER PRIMARY KEY,
    alarm_id INTEGER NOT NULL REFERENCES alarms(id),
    at       INTEGER NOT NULL,
    user_id  INTEGER REFERENCES users(id),
    action   TEXT NOT NULL,
    detail   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX alarm_events_by_alarm ON alarm_events(alarm_id, at);
CREATE TABLE patient_limits (
    id                        INTEGER PRIMARY KEY,
    patient_id                INTEGER NOT NULL REFERENCES patients(id),
    severe_bradycardia_at_or_below REAL NOT NULL,
    bradycardia_below         REAL NOT NULL,
    tachycardia_above         REAL NOT NULL,
    severe_tachycardia_at_or_above REAL NOT NULL,
    reason                    TEXT NOT NULL CHECK (length(reason) > 0),
    set_by                    INTEGER NOT NULL REFERENCES users(id),
    set_at                    INTEGER NOT NULL,
    ended_at                  INTEGER,
    ended_by                  INTEGER REFERENCES users(id)
);
CREATE UNIQUE INDEX patient_limits_one_current ON patient_limits(patient_id) WHERE ended_at IS NULL;
CREATE TRIGGER patient_limits_end_at_discharge AFTER UPDATE OF discharged_at ON patients
WHEN new.discharged_at IS NOT NULL
BEGIN UPDATE patient_limits SET ended_at = new.discharged_at WHERE patient_id = new.id AND ended_at IS NULL; END;
CREATE TABLE reference_revision (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO reference_revision (id, n) VALUES (1, 0);
CREATE TRIGGER rev_patients_i AFTER INSERT ON patients BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_patients_u AFTER UPDATE ON patients BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_doctors_i AFTER INSERT ON doctor_patient BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_doctors_d AFTER DELETE ON doctor_patient BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_devices_i AFTER INSERT ON devices BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_devices_u AFTER UPDATE ON devices BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_assignments_i AFTER INSERT ON device_assignments BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_assignments_u AFTER UPDATE ON device_assignments BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_limits_i AFTER INSERT ON patient_limits BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_limits_u AFTER UPDATE ON patient_limits BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_users_u AFTER UPDATE ON users BEGIN UPDATE reference_revision SET n = n + 1; END;
CREATE TRIGGER rev_users_i AFTER INSERT ON users BEGIN UPDATE reference_revision SET n = n + 1; END;
)sql"},
        {5,
         "imports of offline dumps: each file with its hash, who imported it and how it ended; samples, "
         "vitals added to stored samples and quarantined records point to the import that brought them",
         R"sql(
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file_name   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    file_bytes  INTEGER NOT NULL,
    format      TEXT NOT NULL,
    time_zone   TEXT NOT NULL,
    user_id     INTEGER NOT NULL REFERENCES users(id),
    started_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    finished_at INTEGER,
    state       TEXT NOT NULL CHECK (state IN ('running', 'complete', 'cancelled', 'failed', 'rolled-back')),
    stored      INTEGER NOT NULL DEFAULT 0,
    duplicates  INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0,
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX imports_by_hash ON imports(file_sha256);
CREATE INDEX imports_running ON imports(state) WHERE state = 'running';
CREATE TABLE import_ranges (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    device_id INTEGER NOT NULL REFERENCES devices(id),
    first_ts  INTEGER NOT NULL,
    last_ts   INTEGER NOT NULL,
    PRIMARY KEY (import_id, device_id)
) WITHOUT ROWID;
CREATE TABLE import_merges (
    import_id INTEGER NOT NULL REFERENCES imports(id),
    device_id INTEGER NOT NULL REFERENCES devices(id),
    ts        INTEGER NOT NULL,
    columns   INTEGER NOT NULL,
    PRIMARY KEY (import_id, device_id, ts)
) WITHOUT ROWID;
ALTER TABLE samples ADD COLUMN import_id INTEGER REFERENCES imports(id);
ALTER TABLE quarantine ADD COLUMN import_id INTEGER REFERENCES imports(id);
CREATE INDEX quarantine_by_import ON quarantine(import_id) WHERE import_id IS NOT NULL;
)sql"},
        // quarantine_usage: pending broker messages kept with their payload, the size of those payloads, and
        // pending entries whose payload was not kept (past the limits), kept up to date by the triggers.
        {6,
         "quarantine: size and digest of each payload, payloads not kept past the limit, the usage of pending "
         "entries by trigger; a broker client id of this installation",
         R"sql(
ALTER TABLE quarantine ADD COLUMN payload_bytes INTEGER;
ALTER TABLE quarantine ADD COLUMN payload_sha256 TEXT;
ALTER TABLE quarantine ADD COLUMN payload_kept INTEGER NOT NULL DEFAULT 1;
CREATE INDEX quarantine_by_digest ON quarantine(topic, payload_sha256) WHERE payload_sha256 IS NOT NULL;
CREATE TABLE quarantine_usage (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    entries INTEGER NOT NULL,
    bytes   INTEGER NOT NULL,
    dropped INTEGER NOT NULL
);
INSERT INTO quarantine_usage (id, entries, bytes, dropped)
    SELECT 1, count(*), coalesce(sum(length(payload)), 0), 0 FROM quarantine
    WHERE replayed_at IS NULL AND source = 'mqtt';
CREATE TRIGGER quarantine_usage_i AFTER INSERT ON quarantine WHEN new.replayed_at IS NULL BEGIN
    UPDATE quarantine_usage SET entries = entries + (new.source = 'mqtt' AND new.payload_kept = 1),
        bytes = bytes + CASE WHEN new.source = 'mqtt' THEN length(new.payload) ELSE 0 END,
        dropped = dropped + (new.payload_kept = 0);
END;
CREATE TRIGGER quarantine_usage_d AFTER DELETE ON quarantine WHEN old.replayed_at IS NULL BEGIN
    UPDATE quarantine_usage SET entries = entries - (old.source = 'mqtt' AND old.payload_kept = 1),
        bytes = bytes - CASE WHEN old.source = 'mqtt' THEN length(old.payload) ELSE 0 END,
        dropped = dropped - (old.payload_kept = 0);
END;
CREATE TRIGGER quarantine_usage_u AFTER UPDATE OF replayed_at, source, payload, payload_kept ON quarantine BEGIN
    UPDATE quarantine_usage SET
        entries = entries - (old.replayed_at IS NULL AND old.source = 'mqtt' AND old.payload_kept = 1)
            + (new.replayed_at IS NULL AND new.source = 'mqtt' AND new.payload_kept = 1),
        bytes = bytes - CASE WHEN old.replayed_at IS NULL AND old.source = 'mqtt' THEN length(old.payload) ELSE 0 END
            + CASE WHEN new.replayed_at IS NULL AND new.source = 'mqtt' THEN length(new.payload) ELSE 0 END,
        dropped = dropped - (old.replayed_at IS NULL AND old.payload_kept = 0)
            + (new.replayed_at IS NULL AND new.payload_kept = 0);
END;
INSERT OR IGNORE INTO settings (key, value, updated_at)
    VALUES ('mqtt.installationClientId', 'pulsedesk-' || lower(hex(randomblob(8))),
            CAST(strftime('%s', 'now') AS INTEGER) * 1000);
)sql"},
        // An observation is never changed: a correction is a new row that amends it, with the time the
        // observation was taken kept. The score is stored as it was computed then (the chart may be revised).
        {7, "nurse observations with their early-warning score, and the SpO2 scale a doctor set per patient",
         R"sql(
CREATE TABLE observations (
    id               INTEGER PRIMARY KEY,
    patient_id       INTEGER NOT NULL REFERENCES patients(id),
    taken_at         INTEGER NOT NULL,
    recorded_at      INTEGER NOT NULL,
    recorded_by      INTEGER NOT NULL REFERENCES users(id),
    respiration_rate REAL NOT NULL,
    spo2             REAL NOT NULL,
    spo2_scale       INTEGER NOT NULL CHECK (spo2_scale IN (1, 2)),
    on_oxygen        INTEGER NOT NULL CHECK (on_oxygen IN (0, 1)),
    systolic         REAL NOT NULL,
    pulse            REAL NOT NULL,
    consciousness    TEXT NOT NULL CHECK (consciousness IN ('A', 'C', 'V', 'P', 'U')),
    temperature_c    REAL NOT NULL,
    from_device      TEXT NOT NULL DEFAULT '',
    score_kind       TEXT,
    sub_scores       TEXT,
    total            INTEGER,
    risk             TEXT,
    next_due_at      INTEGER,
    amends_id        INTEGER REFERENCES observations(id)
);
CREATE INDEX observations_by_patient ON observations(patient_id, taken_at);
CREATE INDEX observations_by_amended ON observations(amends_id) WHERE amends_id IS NOT NULL;
CREATE TRIGGER observations_are_append_only_update BEFORE UPDATE ON observations
BEGIN SELECT RAISE(ABORT, 'observations are append-only; write an amendment'); END;
CREATE TRIGGER observations_are_append_only_delete BEFORE DELETE ON observations
BEGIN SELECT RAISE(ABORT, 'observations are append-only; write an amendment'); END;
CREATE TABLE patient_spo2_scale (
    patient_id INTEGER PRIMARY KEY REFERENCES patients(id),
    scale      INTEGER NOT NULL CHECK (scale IN (1, 2)),
    set_by     INTEGER NOT NULL REFERENCES users(id),
    set_at     INTEGER NOT NULL
);
)sql"},
        // HL7 interfaces. users.hl7_id: a doctor's identifier in the hospital's systems (PV1-7, PV1-8), set by an
        // admin. hl7_journal: every ADT message received, with its outcome, before it is answered. hl7_outbox:
        // results and alarm events to send, written by trigger in the transaction that stores them while their
        // destination's queue is on (settings 'interfaces.<destination>.queue'), with the values they report.
        {8,
         "HL7 interfaces: doctors' identifiers in the hospital's systems, the journal of ADT messages received, "
         "the outbox of results and alarm events to send",
         R"sql(
ALTER TABLE users ADD COLUMN hl7_id TEXT;
CREATE UNIQUE INDEX users_by_hl7_id ON users(hl7_id) WHERE hl7_id IS NOT NULL;
CREATE TABLE hl7_journal (
    id           INTEGER PRIMARY KEY,
    received_at  INTEGER NOT NULL,
    peer         TEXT NOT NULL,
    sender       TEXT NOT NULL DEFAULT '',
    control_id   TEXT NOT NULL DEFAULT '',
    message_type TEXT NOT NULL DEFAULT '',
    raw          BLOB NOT NULL,
    outcome      TEXT NOT NULL CHECK (outcome IN ('AA', 'AE', 'AR')),
    applied      INTEGER NOT NULL DEFAULT 0,
    reason       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hl7_journal_applied ON hl7_journal(sender, control_id) WHERE applied = 1;
CREATE TABLE hl7_outbox (
    id              INTEGER PRIMARY KEY,
    destination     TEXT NOT NULL CHECK (destination IN ('results', 'alarms')),
    kind            TEXT NOT NULL,
    patient_id      INTEGER REFERENCES patients(id),
    device_id       INTEGER REFERENCES devices(id),
    ref             INTEGER NOT NULL,
    content         TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    control_id      TEXT,
    message         BLOB,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'acknowledged', 'error')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL DEFAULT 0,
    sent_at         INTEGER,
    acknowledged_at INTEGER,
    error           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hl7_outbox_pending ON hl7_outbox(destination, id) WHERE state = 'pending';
CREATE INDEX hl7_outbox_errors ON hl7_outbox(state) WHERE state = 'error';
CREATE VIEW hl7_result_content AS
SELECT patient_id, device_id, window_start, computed_at,
       'window_ms=' || window_ms || '&count=' || sample_count || '&hr_mean=' || coalesce(hr_mean, '')
       || '&hr_min=' || coalesce(hr_min, '') || '&hr_max=' || coalesce(hr_max, '')
       || '&spo2=' || coalesce(spo2_mean, '') || '&temperature=' || coalesce(temperature_c_mean, '')
       || '&systolic=' || coalesce(systolic_mean, '') || '&diastolic=' || coalesce(diastolic_mean, '')
       || '&category=' || category AS content
FROM analysis_results;
CREATE TRIGGER hl7_outbox_result_i AFTER INSERT ON analysis_results
WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
BEGIN
    INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
    SELECT 'results', 'result', patient_id, device_id, window_start, content, computed_at FROM hl7_result_content
    WHERE patient_id = new.patient_id AND device_id = new.device_id AND window_start = new.window_start;
END;
CREATE TRIGGER hl7_outbox_result_u AFTER UPDATE ON analysis_results
WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
BEGIN
    INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
    SELECT 'results', 'correction', patient_id, device_id, window_start, content, computed_at
    FROM hl7_result_content
    WHERE patient_id = new.patient_id AND device_id = new.device_id AND window_start = new.window_start;
END;
CREATE TRIGGER hl7_outbox_alarm_i AFTER INSERT ON alarm_events
WHEN new.action <> 'updated'
    AND EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.alarms.queue' AND value = '1')
BEGIN
    INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
    SELECT 'alarms', 'alarm', a.patient_id, a.device_id, new.id,
           'alarm=' || a.id || '&action=' || new.action || '&priority=' || a.priority || '&state=' || a.state
           || '&condition=' || a.condition || '&category=' || a.category || '&value=' || coalesce(a.last_value, '')
           || '&raised_at=' || a.raised_at || '&paused_until=' || coalesce(a.audio_paused_until, ''),
           new.at
    FROM alarms a WHERE a.id = new.alarm_id;
END;
)sql"},
        // An alarm is raised once, also when two processes analyse the same ward (a ward server's standby taking
        // over while the active one still writes): open_key is the alarm engine's key (patient, condition, device
        // for a technical alarm) while the alarm is open and NULL once it has ended, unique across the store.
        {9, "an open alarm is held once: the alarm engine's key, unique while the alarm is open", R"sql(
ALTER TABLE alarms ADD COLUMN open_key TEXT;
CREATE UNIQUE INDEX alarms_by_open_key ON alarms(open_key);
)sql"},
        // A ward server announces its changes to every connected workstation (PostgresSchema): on one PC there is no
        // other workstation, and nothing to do.
        {10, "changes announced to the ward's workstations (PostgreSQL NOTIFY)", ""},
        // The anomaly score of each window against the patient's recent windows (AnomalyScorer), NULL until
        // there is enough history. The HL7 result content (hl7_result_content) names its columns and stays as it
        // is.
        {11, "the anomaly score of each analysis window", R"sql(
ALTER TABLE analysis_results ADD COLUMN anomaly REAL;
)sql"},
        // A ward server enforces core's permission table row by row and keeps its failed logins (PostgresSchema):
        // on one PC the store's key and LoginThrottle do it, and there is nothing to do.
        {12,
         "the server's own rules: writers write as themselves, staff logins managed by its functions, failed "
         "logins counted and audited",
         ""},
        // Raw samples by month on a ward server (PostgresSchema: monthly partitions, the default one, and the
        // functions that make and drop them). On one PC samples stay one table; retention deletes rows there.
        {13, "raw samples kept by month: a partition of samples per month on a ward server", ""},
        // A40 merges of two records that both exist (AdtEvents, PatientMerge): patients.merged_into is the record a
        // prior record was merged into, set once and never to a merged record. Notes and observations stay
        // append-only except for a move to the record their patient was merged into (patient_id alone changes).
        // The results outbox sends per window or, with interfaces.results.summary = 'minute-median', one entry
        // per completed minute of a patient's device with the minute's median heart rate and SpO2 (GE trends),
        // written by trigger with the window that completes the minute (the window ending at the minute's end,
        // or else the next window of a later minute), once per patient, device and minute. A result moved by a
        // merge is no correction: nothing is queued for it.
        {14,
         "patient records merged by A40: the record a prior one was merged into, notes and observations moved "
         "with it; results sent as per-minute medians when so set",
         R"sql(
ALTER TABLE patients ADD COLUMN merged_into INTEGER REFERENCES patients(id);
CREATE INDEX patients_by_merged_into ON patients(merged_into) WHERE merged_into IS NOT NULL;
CREATE TRIGGER patients_stay_merged BEFORE UPDATE OF merged_into ON patients
WHEN new.merged_into IS NOT old.merged_into
    AND (old.merged_into IS NOT NULL OR new.merged_into = new.id
         OR EXISTS (SELECT 1 FROM patients p WHERE p.id = new.merged_into AND p.merged_into IS NOT NULL))
BEGIN SELECT RAISE(ABORT, 'a patient record is merged once, into a record that is not merged'); END;
DROP TRIGGER clinical_records_are_append_only_update;
CREATE TRIGGER clinical_records_are_append_only_update BEFORE UPDATE ON clinical_records
WHEN new.id IS NOT old.id OR new.author_id IS NOT old.author_id OR new.written_at IS NOT old.written_at
    OR new.text IS NOT old.text OR new.amends_id IS NOT old.amends_id
    OR NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = old.patient_id AND p.merged_into = new.patient_id)
BEGIN SELECT RAISE(ABORT, 'clinical records are append-only; write an amendment'); END;
DROP TRIGGER observations_are_append_only_update;
CREATE TRIGGER observations_are_append_only_update BEFORE UPDATE ON observations
WHEN new.id IS NOT old.id OR new.taken_at IS NOT old.taken_at OR new.recorded_at IS NOT old.recorded_at
    OR new.recorded_by IS NOT old.recorded_by OR new.respiration_rate IS NOT old.respiration_rate
    OR new.spo2 IS NOT old.spo2 OR new.spo2_scale IS NOT old.spo2_scale OR new.on_oxygen IS NOT old.on_oxygen
    OR new.systolic IS NOT old.systolic OR new.pulse IS NOT old.pulse OR new.consciousness IS NOT old.consciousness
    OR new.temperature_c IS NOT old.temperature_c OR new.from_device IS NOT old.from_device
    OR new.score_kind IS NOT old.score_kind OR new.sub_scores IS NOT old.sub_scores OR new.total IS NOT old.total
    OR new.risk IS NOT old.risk OR new.next_due_at IS NOT old.next_due_at OR new.amends_id IS NOT old.amends_id
    OR NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = old.patient_id AND p.merged_into = new.patient_id)
BEGIN SELECT RAISE(ABORT, 'observations are append-only; write an amendment'); END;
DROP TRIGGER hl7_outbox_result_i;
DROP TRIGGER hl7_outbox_result_u;
CREATE TRIGGER hl7_outbox_result_i AFTER INSERT ON analysis_results
WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
    AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.summary' AND value = 'minute-median')
BEGIN
    INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
    SELECT 'results', 'result', patient_id, device_id, window_start, content, computed_at FROM hl7_result_content
    WHERE patient_id = new.patient_id AND device_id = new.device_id AND window_start = new.window_start;
END;
CREATE TRIGGER hl7_outbox_result_u AFTER UPDATE ON analysis_results
WHEN new.patient_id = old.patient_id
    AND EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
    AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.summary' AND value = 'minute-median')
BEGIN
    INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
    SELECT 'results', 'correction', patient_id, device_id, window_start, content, computed_at
    FROM hl7_result_content
    WHERE patient_id = new.patient_id AND device_id = new.device_id AND window_start = new.window_start;
END;
CREATE UNIQUE INDEX hl7_outbox_minutes ON hl7_outbox(patient_id, device_id, ref) WHERE kind = 'minute';
-- The median of a minute's values: the mean of the distinct values with at least half of the values at or below
-- and at least half at or above them (the middle value, or the two middle ones).
CREATE TRIGGER hl7_outbox_minute_i AFTER INSERT ON analysis_results
WHEN EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.queue' AND value = '1')
    AND EXISTS (SELECT 1 FROM settings WHERE key = 'interfaces.results.summary' AND value = 'minute-median')
BEGIN
    INSERT OR IGNORE INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, created_at)
    SELECT 'results', 'minute', new.patient_id, new.device_id, m.start,
           'window_ms=60000&count=' || m.n || '&hr_median='
           || coalesce((SELECT avg(DISTINCT a.heart_rate) FROM samples a
                        WHERE a.device_id = new.device_id AND a.ts >= m.start AND a.ts < m.start + 60000
                          AND 2 * (SELECT count(b.heart_rate) FROM samples b WHERE b.device_id = new.device_id
                                   AND b.ts >= m.start AND b.ts < m.start + 60000 AND b.heart_rate <= a.heart_rate) >= m.n
                          AND 2 * (SELECT count(b.heart_rate) FROM samples b WHERE b.device_id = new.device_id
                                   AND b.ts >= m.start AND b.ts < m.start + 60000 AND b.heart_rate >= a.heart_rate) >= m.n),
                       '')
           || '&spo2='
           || coalesce((SELECT avg(DISTINCT a.spo2) FROM samples a
                        WHERE a.device_id = new.device_id AND a.ts >= m.start AND a.ts < m.start + 60000
                          AND 2 * (SELECT count(b.spo2) FROM samples b WHERE b.device_id = new.device_id
                                   AND b.ts >= m.start AND b.ts < m.start + 60000 AND b.spo2 <= a.spo2) >= m.k
                          AND 2 * (SELECT count(b.spo2) FROM samples b WHERE b.device_id = new.device_id
                                   AND b.ts >= m.start AND b.ts < m.start + 60000 AND b.spo2 >= a.spo2) >= m.k),
                       ''),
           new.computed_at
    FROM (SELECT c.start,
                 (SELECT count(s.heart_rate) FROM samples s WHERE s.device_id = new.device_id AND s.ts >= c.start
                  AND s.ts < c.start + 60000) AS n,
                 (SELECT count(s.spo2) FROM samples s WHERE s.device_id = new.device_id AND s.ts >= c.start
                  AND s.ts < c.start + 60000) AS k
          FROM (SELECT new.window_start + new.window_ms - 60000 AS start
                WHERE (new.window_start + new.window_ms) % 60000 = 0
                UNION SELECT (new.window_start / 60000 - 1) * 60000) c
          WHERE NOT EXISTS (SELECT 1 FROM hl7_outbox o WHERE o.kind = 'minute' AND o.patient_id = new.patient_id
                            AND o.device_id = new.device_id AND o.ref = c.start)) m
    WHERE m.n > 0;
END;
)sql"},
        // An administrator's login reads no clinical content on a ward server, only counts, device readings and the
        // research export's pseudonymous rows through the server's functions (PostgresSchema, ServerAdminReads). On
        // one PC core's permission checks do it, and there is nothing to do.
        {15,
         "administrators read no clinical content on a ward server: counts, device readings and the research "
         "export through the server's functions",
         ""},
    };
    return list;
}

} // namespace

namespace Migrations {

int latestVersion()
{
    return migrations().back().version;
}

int currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(
            Sql::isPostgres(db)
                ? QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                                 "AND tablename = 'schema_version'")
                : QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"))
        || !query.next() || query.value(0).toInt() == 0)
        return 0;
    if (!query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase& db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int current = currentVersion(db);
    if (current > latestVersion())
        return Error {Error::Code::Schema,
                      QCoreApplication::translate(
                          "Migrations",
                          "This database was written by a newer PulseDesk (schema version %1; this version knows up to "
                          "%2). Update PulseDesk to open it; nothing was changed.")
                          .arg(current)
                          .arg(latestVersion())};

    const bool postgres = Sql::isPostgres(db);
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                                   "description TEXT NOT NULL, applied_at %1 NOT NULL)")
                        .arg(postgres ? QStringLiteral("BIGINT") : QStringLiteral("INTEGER"))))
        return Sql::error(query, QCoreApplication::translate("Migrations", "creating the schema version table"));

    for (const Migration& migration : migrations()) {
        if (migration.version <= current || migration.version > target)
            continue;
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        QSqlQuery step(db);
        const QString applying =
            QCoreApplication::translate("Migrations", "applying schema migration %1").arg(migration.version);
        if (postgres) {
            // The PostgreSQL text (PostgresSchema), run through libpq: a script of several statements.
            auto text = PostgresSchema::textFor(migration.version, migration.sql);
            if (!text)
                return text.error();
            if (!text.value().trimmed().isEmpty()) {
                if (auto applied = PostgresDatabase::execScript(db, text.value(), applying); !applied)
                    return applied;
            }
        } else if (*migration.sql != '\0' && !step.exec(QString::fromUtf8(migration.sql))) {
            return Sql::error(step, applying);
        }
        step.prepare(QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        step.addBindValue(migration.version);
        step.addBindValue(QString::fromUtf8(migration.description));
        step.addBindValue(QDateTime::currentMSecsSinceEpoch());
        if (!step.exec())
            return Sql::error(
                step,
                QCoreApplication::translate("Migrations", "recording schema migration %1").arg(migration.version));
        if (auto committed = transaction.commit(); !committed)
            return committed;
    }
    return {};
}

} // namespace Migrations

} // namespace pulsedesk
