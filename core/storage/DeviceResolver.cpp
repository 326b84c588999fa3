#include "storage/DeviceResolver.h"

#include "storage/SqlSupport.h"

#include <QMutexLocker>
#include <QSqlQuery>

#include <limits>

namespace pulsedesk {

std::optional<qint64> DeviceResolver::rowId(QSqlDatabase& db, const QString& deviceId)
{
    {
        QMutexLocker lock(&m_mutex);
        if (const auto it = m_rowIds.constFind(deviceId); it != m_rowIds.constEnd())
            return *it;
    }
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM devices WHERE device_id = ?"), {deviceId});
    if (!id.isValid())
        return std::nullopt;
    // Only known devices are remembered: a device registered later is found on its next message.
    QMutexLocker lock(&m_mutex);
    m_rowIds.insert(deviceId, id.toLongLong());
    return id.toLongLong();
}

qint64 DeviceResolver::patientAt(QSqlDatabase& db, qint64 deviceRowId, qint64 ms)
{
    QMutexLocker lock(&m_mutex);
    auto it = m_assignments.find(deviceRowId);
    if (it == m_assignments.end()) {
        QList<Assignment> history;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (Sql::exec(q,
                      QStringLiteral("SELECT patient_id, assigned_from, coalesce(assigned_to, ?) FROM "
                                     "device_assignments WHERE device_id = ? ORDER BY assigned_from"),
                      {std::numeric_limits<qint64>::max(), deviceRowId}))
            while (q.next())
                history.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()});
        it = m_assignments.insert(deviceRowId, history);
    }
    for (const Assignment& a : std::as_const(*it))
        if (ms >= a.fromMs && ms < a.toMs)
            return a.patientId;
    return 0;
}

void DeviceResolver::invalidate()
{
    QMutexLocker lock(&m_mutex);
    m_rowIds.clear();
    m_assignments.clear();
}

} // namespace pulsedesk
