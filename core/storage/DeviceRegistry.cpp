#include "storage/DeviceRegistry.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

QDateTime fromMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

const QString AssignmentColumns =
    QStringLiteral("SELECT a.id, d.device_id, a.patient_id, p.mrn, a.assigned_from, a.assigned_to "
                   "FROM device_assignments a JOIN devices d ON d.id = a.device_id "
                   "JOIN patients p ON p.id = a.patient_id ");

DeviceAssignment readAssignment(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(),
            q.value(3).toString(),   fromMs(q.value(4)),    fromMs(q.value(5))};
}

} // namespace

DeviceRegistry::DeviceRegistry(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<qint64> DeviceRegistry::rowId(QSqlDatabase& db, const QString& deviceId) const
{
    const QVariant id =
        Sql::scalar(db, QStringLiteral("SELECT id FROM devices WHERE device_id = ?"), {deviceId.trimmed()});
    if (!id.isValid())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("DeviceRegistry", "There is no registered device %1.").arg(deviceId.trimmed())};
    return id.toLongLong();
}

Result<Device> DeviceRegistry::add(const Session& session, const QString& rawDeviceId, const QString& manufacturer,
                                   const QString& model)
{
    if (auto allowed = Permissions::require(session, Permission::RegisterDevices); !allowed)
        return allowed.error();
    const QString deviceId = rawDeviceId.trimmed();
    if (deviceId.isEmpty() || deviceId.size() > 128)
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("DeviceRegistry", "Enter the device identifier (at most 128 characters).")};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO devices (device_id, manufacturer, model, registered_at, registered_by) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {deviceId, Sql::text(manufacturer.trimmed()), Sql::text(model.trimmed()), m_clock.nowMs(),
                    session.userId})) {
        Error failure = Sql::error(q, QCoreApplication::translate("DeviceRegistry", "registering a device"));
        if (failure.code == Error::Code::Conflict)
            failure.message =
                QCoreApplication::translate("DeviceRegistry", "The device %1 is already registered.").arg(deviceId);
        return failure;
    }
    Device device;
    device.id = Sql::lastInsertId(db, q);
    device.deviceId = deviceId;
    device.manufacturer = manufacturer.trimmed();
    device.model = model.trimmed();
    device.registeredAt = m_clock.now();
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("device.add"), QStringLiteral("device"), deviceId,
                           QStringLiteral("manufacturer=%1 model=%2").arg(device.manufacturer, device.model));
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return device;
}

Result<QList<Device>> DeviceRegistry::list(const Session& session) const
{
    const bool mayReadPatients = Permissions::allows(session.role, Permission::ReadPatients);
    if (!mayReadPatients) {
        if (auto allowed = Permissions::require(session, Permission::RegisterDevices); !allowed)
            return allowed.error();
    } else if (auto allowed = Permissions::require(session, Permission::ReadPatients); !allowed) {
        return allowed.error();
    }
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // Who wears a device is read only by those who may read patients (a ward server refuses the rest).
    if (!Sql::exec(
            q,
            mayReadPatients
                ? QStringLiteral("SELECT d.id, d.device_id, d.manufacturer, d.model, d.registered_at, "
                                 "p.id, p.mrn, p.bed FROM devices d "
                                 "LEFT JOIN device_assignments a ON a.device_id = d.id AND a.assigned_to IS NULL "
                                 "LEFT JOIN patients p ON p.id = a.patient_id ORDER BY d.device_id")
                : QStringLiteral("SELECT d.id, d.device_id, d.manufacturer, d.model, d.registered_at, a.id "
                                 "FROM devices d "
                                 "LEFT JOIN device_assignments a ON a.device_id = d.id AND a.assigned_to IS NULL "
                                 "ORDER BY d.device_id")))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "listing devices"));
    QList<Device> devices;
    while (q.next()) {
        Device d;
        d.id = q.value(0).toLongLong();
        d.deviceId = q.value(1).toString();
        d.manufacturer = q.value(2).toString();
        d.model = q.value(3).toString();
        d.registeredAt = fromMs(q.value(4));
        if (mayReadPatients) {
            d.assignedPatientId = q.value(5).toLongLong();
            d.assignedPatientMrn = q.value(6).toString();
            d.assignedBed = q.value(7).toString();
        } else if (!q.value(5).isNull()) {
            d.assignedPatientId = -1; // in use; who wears it is clinical information
        }
        devices.append(d);
    }
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "listing devices"));
    return devices;
}

Status DeviceRegistry::assign(const Session& session, const QString& deviceId, const QString& mrn, QDateTime from)
{
    if (auto allowed = Permissions::require(session, Permission::AssignDevices); !allowed)
        return allowed;
    if (!from.isValid())
        from = m_clock.now();
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto device = rowId(db, deviceId);
    if (!device)
        return device.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT id, discharged_at FROM patients WHERE mrn = ?"), {mrn.trimmed()}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "assigning a device"));
    if (!q.next())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("DeviceRegistry", "There is no patient with the medical record number %1.")
                .arg(mrn)};
    const qint64 patientId = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        return Error {
            Error::Code::Conflict,
            QCoreApplication::translate("DeviceRegistry", "The patient %1 is discharged.").arg(mrn.trimmed())};

    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.mrn FROM device_assignments a JOIN patients p ON p.id = a.patient_id "
                                  "WHERE a.device_id = ? AND a.assigned_to IS NULL"),
                   {device.value()}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "assigning a device"));
    if (q.next())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("DeviceRegistry",
                                                  "The device %1 is already assigned to the patient %2; end that "
                                                  "assignment first.")
                          .arg(deviceId.trimmed(), q.value(0).toString())};
    // Periods never overlap: a new one may not start before an earlier one ended.
    const QVariant lastEnd = Sql::scalar(
        db, QStringLiteral("SELECT max(assigned_to) FROM device_assignments WHERE device_id = ?"), {device.value()});
    if (!lastEnd.isNull() && lastEnd.toLongLong() > from.toMSecsSinceEpoch())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("DeviceRegistry",
                                                  "The device %1 was still worn by another patient at that time.")
                          .arg(deviceId.trimmed())};

    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO device_assignments (device_id, patient_id, assigned_from, assigned_by) "
                                  "VALUES (?, ?, ?, ?)"),
                   {device.value(), patientId, from.toMSecsSinceEpoch(), session.userId}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "assigning a device"));
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("device.assign"), QStringLiteral("device"), deviceId.trimmed(),
                           QStringLiteral("patient=%1 from=%2").arg(mrn.trimmed(), from.toString(Qt::ISODate)));
        !audited)
        return audited;
    return transaction.commit();
}

Status DeviceRegistry::unassign(const Session& session, const QString& deviceId, QDateTime at)
{
    if (auto allowed = Permissions::require(session, Permission::AssignDevices); !allowed)
        return allowed;
    if (!at.isValid())
        at = m_clock.now();
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto device = rowId(db, deviceId);
    if (!device)
        return device.error();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, assigned_from FROM device_assignments WHERE device_id = ? AND "
                                  "assigned_to IS NULL"),
                   {device.value()}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "ending a device assignment"));
    if (!q.next())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("DeviceRegistry", "The device %1 is not assigned to anyone.")
                          .arg(deviceId.trimmed())};
    const qint64 assignmentId = q.value(0).toLongLong();
    const qint64 end = std::max(at.toMSecsSinceEpoch(), q.value(1).toLongLong() + 1);
    if (!Sql::exec(q, QStringLiteral("UPDATE device_assignments SET assigned_to = ?, ended_by = ? WHERE id = ?"),
                   {end, session.userId, assignmentId}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "ending a device assignment"));
    if (auto audited = m_audit.append(db, session, QStringLiteral("device.unassign"), QStringLiteral("device"),
                                      deviceId.trimmed());
        !audited)
        return audited;
    return transaction.commit();
}

Result<QList<DeviceAssignment>> DeviceRegistry::history(const Session& session, const QString& deviceId) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadPatients); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, AssignmentColumns + QStringLiteral("WHERE d.device_id = ? ORDER BY a.assigned_from"),
                   {deviceId.trimmed()}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "reading a device's history"));
    QList<DeviceAssignment> list;
    while (q.next())
        list.append(readAssignment(q));
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "reading a device's history"));
    return list;
}

Result<QList<DeviceAssignment>> DeviceRegistry::patientHistory(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadPatients); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, AssignmentColumns + QStringLiteral("WHERE p.mrn = ? ORDER BY a.assigned_from"), {mrn.trimmed()}))
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "reading a patient's devices"));
    QList<DeviceAssignment> list;
    while (q.next())
        list.append(readAssignment(q));
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("DeviceRegistry", "reading a patient's devices"));
    return list;
}

} // namespace pulsedesk
