#pragma once

#include <QDateTime>
#include <QString>

namespace pulsedesk {

struct Device
{
    qint64 id = 0;
    QString deviceId; ///< the identifier the device sends
    QString manufacturer;
    QString model;
    QDateTime registeredAt;
    /// The current assignment, if any.
    qint64 assignedPatientId = 0;
    QString assignedPatientMrn;
    QString assignedBed;
};

/// One period during which a device was worn by a patient. `to` is invalid while the assignment is open.
struct DeviceAssignment
{
    qint64 id = 0;
    QString deviceId;
    qint64 patientId = 0;
    QString patientMrn;
    QDateTime from;
    QDateTime to;

    bool isOpen() const { return !to.isValid(); }
    bool covers(const QDateTime& at) const { return at >= from && (isOpen() || at < to); }
};

} // namespace pulsedesk
