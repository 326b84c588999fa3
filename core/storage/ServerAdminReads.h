#pragma once

namespace pulsedesk {

/// What an administrator's login reads of the ward's clinical tables on a server (schema migration 15 in
/// PostgreSQL's dialect; on one PC core's permission checks do it and the migration is empty). The administrator
/// holds no SELECT on patients, alarms, results, findings or the HL7 journal, none on the sample values and no
/// patient of a device assignment (ServerRoles); their screens read through SECURITY DEFINER functions owned by the
/// schema's owner, search_path pinned, EXECUTE for pulsedesk_admin (the counts for every group):
/// - pulsedesk_ward_counts(): the numbers of the status (patients in, samples, results, open alarms), no rows;
/// - pulsedesk_device_readings(device, from, to): one device's readings for the fleet's health, tied to no patient
///   (pulsedesk-server's analysis reads them so too);
/// - pulsedesk_research_patients/samples/results: the research export's rows, a patient known by row id only,
///   their age at the first exported time (over 89 as 90+) instead of the birth date, no name, MRN, bed or note.
namespace ServerAdminReads {

const char* migrationSql();
/// The EXECUTE grants of the functions above (ServerRoles::grantPrivileges).
const char* functionGrants();

} // namespace ServerAdminReads

} // namespace pulsedesk
