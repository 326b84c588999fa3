#include "scores/FleetHealthReader.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

FleetHealthReader::FleetHealthReader(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<FleetHealthReader::Report> FleetHealthReader::read(const Session& session, int hours,
                                                          const FleetHealth::Limits& limits) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadDeviceHealth); !allowed)
        return allowed.error();
    if (hours <= 0 || hours > 24 * 31)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("FleetHealth", "The period is 1 to 744 hours, not %1.").arg(hours)};
    Report report;
    report.to = m_clock.now().toUTC();
    report.from = report.to.addSecs(-qint64(hours) * 3600);
    QSqlDatabase db = m_database.connection();
    auto fleets =
        judgeStored(db, report.from.toMSecsSinceEpoch(), report.to.toMSecsSinceEpoch(), limits, &report.readings);
    if (!fleets)
        return fleets.error();
    report.fleets = fleets.value();
    if (auto audited = m_audit.record(session, QStringLiteral("device-health.read"), QStringLiteral("devices"),
                                      QString(), QStringLiteral("hours=%1").arg(hours));
        !audited)
        return audited.error();
    return report;
}

Result<QList<FleetHealth::Fleet>> FleetHealthReader::judgeStored(QSqlDatabase& db, qint64 fromMs, qint64 toMs,
                                                                 const FleetHealth::Limits& limits, qint64* readCount)
{
    const QString doing = QCoreApplication::translate("FleetHealth", "reading the devices' readings");
    QList<FleetHealth::DeviceSummary> devices;
    // Not forward-only: with forward-only reads on the ward server, the analysis worker's later reads sometimes
    // missed an alarm just acknowledged (cause not pinned down); one device's rows at a time are little memory.
    {
        QSqlQuery q(db);
        if (!Sql::exec(q,
                       QStringLiteral("SELECT d.id, d.device_id, d.manufacturer, d.model, "
                                      "(SELECT count(*) FROM device_assignments a WHERE a.device_id = d.id "
                                      "AND a.assigned_to IS NULL) FROM devices d ORDER BY d.id")))
            return Sql::error(q, doing);
        while (q.next()) {
            FleetHealth::DeviceSummary d;
            d.rowId = q.value(0).toLongLong();
            d.deviceId = q.value(1).toString();
            d.manufacturer = q.value(2).toString();
            d.model = q.value(3).toString();
            d.worn = q.value(4).toLongLong() > 0;
            devices.append(d);
        }
        if (q.lastError().isValid())
            return Sql::error(q, doing);
    }

    QSqlQuery q(db);
    // A ward server gives a device's readings through its own function: an administrator may not read samples,
    // which belong to patients (ServerAdminReads).
    if (!q.prepare(Sql::isPostgres(db)
                       ? QStringLiteral("SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic "
                                        "FROM pulsedesk_device_readings(?, ?, ?)")
                       : QStringLiteral("SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic FROM samples "
                                        "WHERE device_id = ? AND ts >= ? AND ts <= ? ORDER BY ts")))
        return Sql::error(q, doing);
    qint64 total = 0;
    std::vector<FleetHealth::Reading> readings;
    for (FleetHealth::DeviceSummary& device : devices) {
        q.addBindValue(device.rowId);
        q.addBindValue(fromMs);
        q.addBindValue(toMs);
        if (!q.exec())
            return Sql::error(q, doing);
        readings.clear();
        while (q.next()) {
            FleetHealth::Reading r;
            r.ms = q.value(0).toLongLong();
            for (int v = 0; v < FleetHealth::VitalCount; ++v)
                r.values[size_t(v)] = Sql::realOrNaN(q.value(v + 1));
            readings.push_back(r);
        }
        if (q.lastError().isValid())
            return Sql::error(q, doing);
        q.finish();
        total += qint64(readings.size());
        FleetHealth::DeviceSummary summary = FleetHealth::summarise(readings, limits);
        summary.rowId = device.rowId;
        summary.deviceId = device.deviceId;
        summary.manufacturer = device.manufacturer;
        summary.model = device.model;
        summary.worn = device.worn;
        device = summary;
    }
    if (readCount)
        *readCount = total;
    return FleetHealth::judge(devices, limits);
}

} // namespace pulsedesk
