#pragma once

#include "common/Result.h"
#include "model/Role.h"

namespace pulsedesk {

struct Session;

/// Everything a role may or may not do. Core services call Permissions::require() on every call; the UI only
/// mirrors these rules by hiding what a role cannot use.
enum class Permission
{
    ManageStaff, ///< add, deactivate, reactivate staff, reset passwords, change roles (admin)
    ManageSettings, ///< workstation settings, broker and TLS (admin)
    ReadAudit, ///< read and verify the audit log (admin)
    RegisterDevices, ///< add and retire devices (admin, nurse)
    AssignDevices, ///< assign a device to a patient and end an assignment (nurse)
    ReadPatients, ///< list patients and read demographics (doctor, nurse)
    ManagePatients, ///< admit, discharge, assign doctors (doctor)
    ReadRecords, ///< read clinical records (doctor, nurse)
    WriteRecords, ///< write and amend clinical records (doctor)
    ReadResults, ///< analysis results and alarms (doctor, nurse)
    AcknowledgeAlarms, ///< acknowledge and pause alarms (doctor, nurse)
    SetPatientLimits, ///< per-patient alarm limits (doctor)
    ImportDumps, ///< import offline device dumps (nurse, admin)
    ManageQuarantine, ///< list and replay quarantined messages (admin, nurse)
    RecordObservations, ///< record and amend nurse observations (early-warning scores) (doctor, nurse)
    PrescribeSpo2Scale, ///< set which SpO2 scale a patient's early-warning score uses (doctor)
    ExportResearch, ///< the de-identified research export of every patient (admin)
    ReadDeviceHealth, ///< the device-fleet health list, for the biomedical engineers (admin)
};

namespace Permissions {

bool allows(Role role, Permission permission);
/// Ok when the session's role allows the permission; otherwise a NotPermitted error that says what was refused.
Status require(const Session& session, Permission permission);
QString describe(Permission permission);

} // namespace Permissions

} // namespace pulsedesk
