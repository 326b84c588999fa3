#include "storage/ServerAdminReads.h"

#include <QByteArray>

namespace pulsedesk {

namespace ServerAdminReads {

namespace {

const char* const kGrants = R"sql(
GRANT EXECUTE ON FUNCTION pulsedesk_ward_counts() TO pulsedesk_admin, pulsedesk_doctor, pulsedesk_nurse;
GRANT EXECUTE ON FUNCTION pulsedesk_research_patients(BIGINT, BIGINT, TEXT),
    pulsedesk_research_samples(BIGINT, BIGINT, BIGINT), pulsedesk_research_results(BIGINT, BIGINT, BIGINT)
    TO pulsedesk_admin;
-- The devices' health: the administrator's screen, and pulsedesk-server's analysis (its faulty-device alarms).
GRANT EXECUTE ON FUNCTION pulsedesk_device_readings(BIGINT, BIGINT, BIGINT) TO pulsedesk_admin, pulsedesk_server;
)sql";

/// A server initialised before: the administrators lose what ServerRoles no longer grants them and get the
/// functions (server init grants both with the rest).
const char* const kUpgrade = R"sql(
REVOKE ALL ON FUNCTION pulsedesk_ward_counts(), pulsedesk_device_readings(BIGINT, BIGINT, BIGINT),
    pulsedesk_research_patients(BIGINT, BIGINT, TEXT), pulsedesk_research_samples(BIGINT, BIGINT, BIGINT),
    pulsedesk_research_results(BIGINT, BIGINT, BIGINT) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pulsedesk_admin') THEN
        REVOKE ALL ON patients, alarms, analysis_results, findings, hl7_journal, hl7_result_content,
            device_assignments, samples FROM pulsedesk_admin;
        GRANT SELECT (id, device_id, assigned_from, assigned_to) ON device_assignments TO pulsedesk_admin;
        GRANT SELECT (device_id, ts), INSERT ON samples TO pulsedesk_admin;
        REVOKE ALL ON hl7_outbox FROM pulsedesk_admin;
        GRANT SELECT (id, destination, kind, patient_id, device_id, ref, created_at, control_id, state, attempts,
            sent_at, acknowledged_at, error), UPDATE (state, error) ON hl7_outbox TO pulsedesk_admin;
)sql";

} // namespace

const char* migrationSql()
{
    static const QByteArray text = QByteArray(R"sql(
CREATE FUNCTION pulsedesk_ward_counts()
    RETURNS TABLE (patients BIGINT, samples BIGINT, results BIGINT, open_alarms BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT (SELECT count(*) FROM patients WHERE discharged_at IS NULL), (SELECT count(*) FROM samples),
           (SELECT count(*) FROM analysis_results), (SELECT count(*) FROM alarms WHERE state <> 'ended')
$$;
CREATE FUNCTION pulsedesk_device_readings(device BIGINT, from_ms BIGINT, to_ms BIGINT)
    RETURNS TABLE (ts BIGINT, heart_rate DOUBLE PRECISION, spo2 DOUBLE PRECISION, temperature_c DOUBLE PRECISION,
                   systolic DOUBLE PRECISION, diastolic DOUBLE PRECISION)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT s.ts, s.heart_rate, s.spo2, s.temperature_c, s.systolic, s.diastolic FROM samples s
    WHERE s.device_id = $1 AND s.ts >= $2 AND s.ts <= $3 ORDER BY s.ts
$$;
-- A patient's samples in [from, to): those of each device while it was assigned to them (PatientSamples).
CREATE FUNCTION pulsedesk_research_samples(patient BIGINT, from_ms BIGINT, to_ms BIGINT)
    RETURNS TABLE (device_id BIGINT, ts BIGINT, heart_rate DOUBLE PRECISION, spo2 DOUBLE PRECISION,
                   temperature_c DOUBLE PRECISION, systolic DOUBLE PRECISION, diastolic DOUBLE PRECISION,
                   imported BIGINT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT a.device_id, s.ts, s.heart_rate, s.spo2, s.temperature_c, s.systolic, s.diastolic,
           (s.source <> 'live')::int
    FROM device_assignments a
    JOIN samples s ON s.device_id = a.device_id AND s.ts >= GREATEST(a.assigned_from, $2)
                  AND s.ts < LEAST(coalesce(a.assigned_to, $3), $3)
    WHERE a.patient_id = $1 AND a.assigned_from < $3 AND (a.assigned_to IS NULL OR a.assigned_to > $2)
    ORDER BY a.assigned_from, a.id, s.ts
$$;
CREATE FUNCTION pulsedesk_research_results(patient BIGINT, from_ms BIGINT, to_ms BIGINT)
    RETURNS SETOF analysis_results LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT * FROM analysis_results WHERE patient_id = $1 AND window_start >= $2 AND window_start < $3
    ORDER BY device_id, window_start
$$;
-- The patients with something to export in [from, to): sex, and age in whole years on the date (in `zone`) of
-- their first exported time (their first sample, else their first result), 90+ from 90 on; no birth date.
CREATE FUNCTION pulsedesk_research_patients(from_ms BIGINT, to_ms BIGINT, zone TEXT)
    RETURNS TABLE (patient BIGINT, sex TEXT, age TEXT)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT AS $$
    SELECT f.id, f.sex,
           CASE WHEN f.birth IS NULL THEN NULL
                WHEN f.years >= 90 THEN '90+'
                ELSE GREATEST(f.years, 0)::text END
    FROM (SELECT p.id, p.sex, b.birth,
                 extract(year FROM age((to_timestamp(t.first_ms / 1000.0) AT TIME ZONE $3)::date, b.birth))::int
                     AS years
          FROM patients p
          CROSS JOIN LATERAL (SELECT CASE WHEN p.birth_date ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
                                          THEN p.birth_date::date END AS birth) b
          CROSS JOIN LATERAL (
              SELECT coalesce((SELECT s.ts FROM pulsedesk_research_samples(p.id, $1, $2) s LIMIT 1),
                              (SELECT min(r.window_start) FROM analysis_results r
                               WHERE r.patient_id = p.id AND r.window_start >= $1 AND r.window_start < $2))
                  AS first_ms) t
          WHERE t.first_ms IS NOT NULL) f
$$;
)sql") + kUpgrade
        + kGrants + "    END IF;\nEND $$;\n";
    return text.constData();
}

const char* functionGrants()
{
    return kGrants;
}

} // namespace ServerAdminReads

} // namespace pulsedesk
