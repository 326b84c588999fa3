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
    const QString doing = QCoreApplication::translate("FleetHealth", "reading the devices' readings");

    QSqlDatabase db = m_database.connection();
    struct Row
    {
        qint64 id;
        FleetHealth::DeviceSummary summary;
    };
    QList<Row> rows;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!Sql::exec(q,
                       QStringLiteral("SELECT d.id, d.device_id, d.manufacturer, d.model, "
                                      "(SELECT count(*) FROM device_assignments a WHERE a.device_id = d.id "
                                      "AND a.assigned_to IS NULL) FROM devices d ORDER BY d.id")))
            return Sql::error(q, doing);
        while (q.next()) {
            Row row {q.value(0).toLongLong(), {}};
            row.summary.deviceId = q.value(1).toString();
            row.summary.manufacturer = q.value(2).toString();
            row.summary.model = q.value(3).toString();
            row.summary.worn = q.value(4).toLongLong() > 0;
            rows.append(row);
        }
        if (q.lastError().isValid())
            return Sql::error(q, doing);
    }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic FROM samples "
                                  "WHERE device_id = ? AND ts >= ? AND ts <= ? ORDER BY ts")))
        return Sql::error(q, doing);
    QList<FleetHealth::DeviceSummary> summaries;
    std::vector<FleetHealth::Reading> readings;
    for (const Row& row : rows) {
        q.addBindValue(row.id);
        q.addBindValue(report.from.toMSecsSinceEpoch());
        q.addBindValue(report.to.toMSecsSinceEpoch());
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
        report.readings += qint64(readings.size());
        FleetHealth::DeviceSummary summary = FleetHealth::summarise(readings, limits);
        summary.deviceId = row.summary.deviceId;
        summary.manufacturer = row.summary.manufacturer;
        summary.model = row.summary.model;
        summary.worn = row.summary.worn;
        summaries.append(summary);
    }
    report.fleets = FleetHealth::judge(summaries, limits);
    if (auto audited = m_audit.record(session, QStringLiteral("device-health.read"), QStringLiteral("devices"),
                                      QString(), QStringLiteral("hours=%1").arg(hours));
        !audited)
        return audited.error();
    return report;
}

} // namespace pulsedesk
