#include "security/Permissions.h"

#include "security/Session.h"

#include <QCoreApplication>

namespace pulsedesk {

namespace Permissions {

bool allows(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ManageStaff:
    case Permission::ManageSettings:
    case Permission::ReadAudit:
    case Permission::ExportResearch:
    case Permission::ReadDeviceHealth:
        return role == Role::Admin;
    case Permission::RegisterDevices:
    case Permission::ImportDumps:
    case Permission::ManageQuarantine:
        return role == Role::Admin || role == Role::Nurse;
    case Permission::AssignDevices:
        return role == Role::Nurse;
    case Permission::ReadPatients:
    case Permission::ReadRecords:
    case Permission::ReadResults:
    case Permission::AcknowledgeAlarms:
    case Permission::RecordObservations:
        return role == Role::Doctor || role == Role::Nurse;
    case Permission::ManagePatients:
    case Permission::WriteRecords:
    case Permission::SetPatientLimits:
    case Permission::PrescribeSpo2Scale:
        return role == Role::Doctor;
    }
    return false;
}

QString describe(Permission permission)
{
    const char* text = "";
    switch (permission) {
    case Permission::ManageStaff:
        text = QT_TRANSLATE_NOOP("Permissions", "manage staff accounts");
        break;
    case Permission::ManageSettings:
        text = QT_TRANSLATE_NOOP("Permissions", "change workstation settings");
        break;
    case Permission::ReadAudit:
        text = QT_TRANSLATE_NOOP("Permissions", "read the audit log");
        break;
    case Permission::RegisterDevices:
        text = QT_TRANSLATE_NOOP("Permissions", "register devices");
        break;
    case Permission::AssignDevices:
        text = QT_TRANSLATE_NOOP("Permissions", "assign devices to patients");
        break;
    case Permission::ReadPatients:
        text = QT_TRANSLATE_NOOP("Permissions", "read patient information");
        break;
    case Permission::ManagePatients:
        text = QT_TRANSLATE_NOOP("Permissions", "admit, discharge or reassign patients");
        break;
    case Permission::ReadRecords:
        text = QT_TRANSLATE_NOOP("Permissions", "read clinical records");
        break;
    case Permission::WriteRecords:
        text = QT_TRANSLATE_NOOP("Permissions", "write clinical records");
        break;
    case Permission::ReadResults:
        text = QT_TRANSLATE_NOOP("Permissions", "read analysis results and alarms");
        break;
    case Permission::AcknowledgeAlarms:
        text = QT_TRANSLATE_NOOP("Permissions", "acknowledge alarms");
        break;
    case Permission::SetPatientLimits:
        text = QT_TRANSLATE_NOOP("Permissions", "set patient alarm limits");
        break;
    case Permission::ImportDumps:
        text = QT_TRANSLATE_NOOP("Permissions", "import device dumps");
        break;
    case Permission::ManageQuarantine:
        text = QT_TRANSLATE_NOOP("Permissions", "manage quarantined messages");
        break;
    case Permission::RecordObservations:
        text = QT_TRANSLATE_NOOP("Permissions", "record observations");
        break;
    case Permission::PrescribeSpo2Scale:
        text = QT_TRANSLATE_NOOP("Permissions", "set a patient's SpO2 scale");
        break;
    case Permission::ExportResearch:
        text = QT_TRANSLATE_NOOP("Permissions", "export de-identified data for research");
        break;
    case Permission::ReadDeviceHealth:
        text = QT_TRANSLATE_NOOP("Permissions", "read the device-fleet health");
        break;
    }
    return QCoreApplication::translate("Permissions", text);
}

Status require(const Session& session, Permission permission)
{
    if (session.isValid() && session.mustChangePassword)
        return Error {
            Error::Code::NotPermitted,
            QCoreApplication::translate("Permissions", "Not permitted: change your one-time password first.")};
    if (session.isValid() && allows(session.role, permission))
        return {};
    return Error {Error::Code::NotPermitted,
                  QCoreApplication::translate("Permissions", "Not permitted: the role %1 may not %2.")
                      .arg(roleDisplayName(session.role), describe(permission))};
}

} // namespace Permissions

} // namespace pulsedesk
