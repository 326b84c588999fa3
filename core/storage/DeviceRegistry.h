#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Device.h"

#include <QList>
#include <QSqlDatabase>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Registered devices and who wore them when. Assignments keep their history and never overlap, so a sample
/// recorded at any time is attributed to the patient who wore the device then.
class DeviceRegistry
{
public:
    DeviceRegistry(Database& database, AuditLog& audit, const Clock& clock);

    Result<Device> add(const Session& session, const QString& deviceId, const QString& manufacturer,
                       const QString& model);
    /// All devices with their current assignment (patient fields only for roles that may read patients).
    Result<QList<Device>> list(const Session& session) const;
    /// Starts an assignment at `from` (now when invalid).
    Status assign(const Session& session, const QString& deviceId, const QString& mrn, QDateTime from = {});
    /// Ends the device's open assignment at `at` (now when invalid).
    Status unassign(const Session& session, const QString& deviceId, QDateTime at = {});
    Result<QList<DeviceAssignment>> history(const Session& session, const QString& deviceId) const;
    Result<QList<DeviceAssignment>> patientHistory(const Session& session, const QString& mrn) const;

private:
    Result<qint64> rowId(QSqlDatabase& db, const QString& deviceId) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
