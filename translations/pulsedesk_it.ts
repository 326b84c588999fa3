<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>manage staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change workstation settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>register devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assign devices to patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read patient information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admit, discharge or reassign patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read clinical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write clinical records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read analysis results and alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledge alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set patient alarm limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import device dumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage quarantined messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: change your one-time password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: the role %1 may not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The value for %1 has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saving a setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sex</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sql</name>
    <message>
        <source>Conflict while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error while %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy or unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Terminal</name>
    <message>
        <source>Repeat the password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>PulseDesk clinician workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print when the first window is shown (benchmarks); &apos;bare&apos; shows an empty window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk</name>
    <message>
        <source>There is no member of staff with the user name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::AuditLog</name>
    <message>
        <source>reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the audit log could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 does not follow the entry before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries after %1 were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain head does not match the last entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ClinicalRecordStore</name>
    <message>
        <source>The note is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing a clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amending a clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinical note %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading clinical notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::Crypto</name>
    <message>
        <source>The key derivation parameters are out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is wrong or the key slot is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::Database</name>
    <message>
        <source>There is no PulseDesk database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PulseDesk database already exists at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 could not be set up: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::DeviceRegistry</name>
    <message>
        <source>There is no registered device %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the device identifier (at most 128 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>registering a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is already registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient with the medical record number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient %1 is discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is already assigned to the patient %2; end that assignment first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 was still worn by another patient at that time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ending a device assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device %1 is not assigned to anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a device&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading a patient&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::KeyRing</name>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot does not belong to this database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::KeySlotFile</name>
    <message>
        <source>The key slot file %1 is missing. Without it the database cannot be opened; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged (%2). The database was not touched; restore the key slot file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PulseDesk key slot file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slot %1 is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no key slotArray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::Migrations</name>
    <message>
        <source>This database was written by a newer PulseDesk (schema version %1; this version knows up to %2). Update PulseDesk to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating the schema version table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applying schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording schema migration %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::PatientRegistry</name>
    <message>
        <source>Enter a medical record number (at most 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the patient&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitting a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient with the medical record number %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient %1 is already discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharging a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active doctor with the user name %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigning a doctor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::StaffDirectory</name>
    <message>
        <source>A user name has 2 to 32 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>looking up a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listing doctors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff list could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation already has staff; log in as an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivating a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactivating a member of staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated; reactivate the account to give it a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resetting a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be given another role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changing a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::Workspace</name>
    <message>
        <source>%1 already holds a PulseDesk workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The user name or password is wrong. Wait %n seconds before the next attempt.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts for %1. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not permitted: log in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::cli::Cli</name>
    <message>
        <source>Usage: pulsedesk-cli [--data DIR] [--user NAME] [--password-stdin] [--json] COMMAND ...

  init --admin NAME [--name FULL_NAME]        create the workstation and its first administrator
  status                                      schema version and record counts
  user add NAME --role admin|doctor|nurse [--name FULL_NAME]
  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd
  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]
              [--ward WARD] [--bed BED]
  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR
  device add DEVICE_ID [--manufacturer M] [--model M]
  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID
  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN
  audit verify | list [--limit N]
  bench kdf [--runs N] | bench startup [--runs N]

Passwords are read from the terminal, or one per line from standard input with --password-stdin:
first the acting user&apos;s, then any new password the command sets.
Exit status: 0 success, 1 failure, 2 usage, 3 not permitted, 4 login failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who you are with --user NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>init needs --admin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the PulseDesk workstation in %1 with the administrator %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version   %1
active staff     %2
patients         %3
devices          %4
samples          %5
results          %6
open alarms      %7
quarantined      %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user add needs NAME and --role admin|doctor|nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 (%2); the one-time password must be changed at first login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1 needs a user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new one-time password, to be changed at next login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user role needs NAME and admin|doctor|nurse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient add needs --mrn and --name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sex is female, male or unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--birth-date is YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (discharged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 needs an MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2
born %3, %4
ward %5, bed %6
admitted %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, discharged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient assign-doctor needs MRN and DOCTOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now responsible for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown patient command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device %1 needs a device id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at is an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown device command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 needs an MRN or record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (amends #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (amended by #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1 needs --text TEXT (or --text - to read it from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record amend needs a numeric record id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown record command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is NOT intact: %1 (first bad entry: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is intact: %1 entries verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audit command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown benchmark &apos;%1&apos; (kdf, startup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::AuditScreen</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ The audit log is intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✖ The audit log has been tampered with: %1 (first bad entry #%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::DevicesScreen</name>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worn by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN %1, bed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign to patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device identifier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manufacturer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed %1 — %2 (MRN %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worn since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is assigned to MRN %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is free again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::FormDialog</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::LoginPage</name>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in as someone &amp;else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PulseDesk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PulseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked by %1. Monitoring and alarms continue. Enter the password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with your staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::MainWindow</name>
    <message>
        <source>PulseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out / switch user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You logged in with a one-time password. Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PulseDesk — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::PatientsScreen</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MRN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;responsible doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;discharged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;my patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinical notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend selected note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — MRN %2&lt;br&gt;Born: %3 · Sex: %4&lt;br&gt;Ward %5, bed %6&lt;br&gt;Admitted %7%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;Discharged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device has been assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · amends #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · amended by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical record number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted %1 to bed %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge %1 (MRN %2)? Their devices are released; the record is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add responsible doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now responsible too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend note #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write clinical note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes are never changed. The amendment is saved as a new note that points at note #%1; both stay visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved note #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after &amp;inactivity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language (after restart):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::SetupPage</name>
    <message>
        <source>Set up PulseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no data yet. Create the first administrator account. The administrator adds doctors and nurses and manages devices and settings.

All data is stored encrypted in %1. The password cannot be recovered: if every administrator forgets theirs, the data cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pulsedesk::ui::StaffScreen</name>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active, one-time password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add staff…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new member of staff the one-time password in person; they must change it when they first log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is active again with a one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a new one-time password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
