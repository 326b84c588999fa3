#include "analysis/PatientContextCache.h"

#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QSqlQuery>

namespace pulsedesk {

PatientContextCache::PatientContextCache(Database& database, qint64 startedAtMs)
    : m_database(database)
    , m_startedAtMs(startedAtMs)
{ }

bool PatientContextCache::refresh()
{
    QSqlDatabase db = m_database.connection();
    const QVariant revision = Sql::scalar(db, QStringLiteral("SELECT n FROM reference_revision WHERE id = 1"));
    const qint64 now = revision.isValid() ? revision.toLongLong() : -2;
    if (now == m_revision)
        return false;
    m_revision = now;
    m_devices.clear();
    m_contexts.clear();
    m_beds.clear();
    return true;
}

const PatientContextCache::DeviceInfo& PatientContextCache::deviceInfo(qint64 deviceRowId)
{
    if (const auto it = m_devices.find(deviceRowId); it != m_devices.end())
        return it->second;
    DeviceInfo info;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Sql::exec(q, QStringLiteral("SELECT device_id, manufacturer, model FROM devices WHERE id = ?"), {deviceRowId})
        && q.next()) {
        info.deviceId = q.value(0).toString();
        info.manufacturer = q.value(1).toString();
        info.model = q.value(2).toString();
    }
    if (Sql::exec(q,
                  QStringLiteral("SELECT assigned_from, coalesce(assigned_to, 0), patient_id FROM device_assignments "
                                 "WHERE device_id = ? ORDER BY assigned_from"),
                  {deviceRowId})) {
        while (q.next())
            info.assignments.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return m_devices.emplace(deviceRowId, std::move(info)).first->second;
}

const PatientContext* PatientContextCache::context(qint64 deviceRowId, qint64 patientId)
{
    const std::pair<qint64, qint64> key {deviceRowId, patientId};
    if (const auto it = m_contexts.find(key); it != m_contexts.end())
        return &it->second;
    const DeviceInfo& device = deviceInfo(deviceRowId);
    PatientContext c;
    c.patientId = patientId;
    c.deviceId = device.deviceId;
    c.manufacturer = device.manufacturer;
    c.model = device.model;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Sql::exec(q, QStringLiteral("SELECT birth_date, sex, ward, bed FROM patients WHERE id = ?"), {patientId})
        && q.next()) {
        c.birthDate = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        c.sex = sexFromKey(q.value(1).toString()).value_or(Sex::Unknown);
        c.ward = q.value(2).toString();
        c.bed = q.value(3).toString();
        m_beds.emplace(patientId, c.bed); // what an alarm of this patient's announces
    }
    if (Sql::exec(q, QStringLiteral("SELECT doctor_id FROM doctor_patient WHERE patient_id = ? ORDER BY doctor_id"),
                  {patientId})) {
        while (q.next())
            c.doctorIds.append(q.value(0).toLongLong());
    }
    if (Sql::exec(q,
                  QStringLiteral("SELECT severe_bradycardia_at_or_below, bradycardia_below, tachycardia_above, "
                                 "severe_tachycardia_at_or_above FROM patient_limits WHERE patient_id = ? AND "
                                 "ended_at IS NULL"),
                  {patientId})
        && q.next())
        c.limits = HeartRateLimits {q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble(),
                                    q.value(3).toDouble()};
    return &m_contexts.emplace(key, std::move(c)).first->second;
}

const PatientContext* PatientContextCache::patientAt(qint64 deviceRowId, qint64 timestampMs)
{
    const DeviceInfo& device = deviceInfo(deviceRowId);
    // Few assignments per device: newest first, since live samples belong to the current one.
    for (auto it = device.assignments.rbegin(); it != device.assignments.rend(); ++it) {
        if (timestampMs >= it->from && (it->to == 0 || timestampMs < it->to))
            return context(deviceRowId, it->patientId);
    }
    return nullptr;
}

std::vector<AnalysisSample> PatientContextCache::samples(qint64 deviceRowId, qint64 fromMs, qint64 toMs)
{
    std::vector<AnalysisSample> list;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic FROM samples "
                                  "WHERE device_id = ? AND ts >= ? AND ts < ? ORDER BY ts"),
                   {deviceRowId, fromMs, toMs}))
        return list;
    const auto number = [&q](int i) {
        const QVariant v = q.value(i);
        return v.isNull() ? AnalysisSample::Missing : v.toDouble();
    };
    while (q.next())
        list.push_back({deviceRowId, q.value(0).toLongLong(), number(1), number(2), number(3), number(4), number(5)});
    return list;
}

std::optional<qint64> PatientContextCache::newestStoredBeforeStart(qint64 deviceRowId)
{
    QSqlDatabase db = m_database.connection();
    const QVariant newest =
        Sql::scalar(db, QStringLiteral("SELECT max(ts) FROM samples WHERE device_id = ? AND received_at < ?"),
                    {deviceRowId, m_startedAtMs});
    if (!newest.isValid() || newest.isNull())
        return std::nullopt;
    return newest.toLongLong();
}

std::vector<std::pair<qint64, qint64>> PatientContextCache::assignedDevices()
{
    std::vector<std::pair<qint64, qint64>> list;
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (Sql::exec(q,
                  QStringLiteral("SELECT device_id, patient_id FROM device_assignments WHERE assigned_to IS NULL"))) {
        while (q.next())
            list.emplace_back(q.value(0).toLongLong(), q.value(1).toLongLong());
    }
    return list;
}

QString PatientContextCache::bedOf(qint64 patientId)
{
    if (patientId <= 0)
        return {};
    if (const auto it = m_beds.find(patientId); it != m_beds.end())
        return it->second;
    QSqlDatabase db = m_database.connection();
    const QVariant bed = Sql::scalar(db, QStringLiteral("SELECT bed FROM patients WHERE id = ?"), {patientId});
    if (!bed.isValid())
        return {}; // not cached: read again next time
    return m_beds.emplace(patientId, bed.toString()).first->second;
}

} // namespace pulsedesk
