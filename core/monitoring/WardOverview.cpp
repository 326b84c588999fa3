#include "monitoring/WardOverview.h"

#include "scores/ObservationStore.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace pulsedesk::WardOverview {

namespace {

constexpr qint64 SparkStepMs = 10'000;
constexpr int SparkPoints = 60; // ten minutes

int bedNumber(const QString& bed)
{
    bool ok = false;
    const int n = bed.toInt(&ok);
    return ok ? n : std::numeric_limits<int>::max();
}

} // namespace

void sort(QList<WardTile>& tiles)
{
    const auto rank = [](const WardTile& t) { return t.alarm ? int(*t.alarm) + 1 : 0; };
    std::stable_sort(tiles.begin(), tiles.end(), [&](const WardTile& a, const WardTile& b) {
        if (rank(a) != rank(b))
            return rank(a) > rank(b);
        if (a.ward != b.ward)
            return a.ward < b.ward;
        if (bedNumber(a.bed) != bedNumber(b.bed))
            return bedNumber(a.bed) < bedNumber(b.bed);
        return a.bed < b.bed;
    });
}

Result<QList<WardTile>> read(Database& database, const Session& session, bool onlyMine, qint64 silentAfterMs,
                             const Clock& clock)
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    const qint64 now = clock.nowMs();
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString context = QCoreApplication::translate("WardOverview", "reading the ward overview");
    // Admitted patients with their current device.
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.id, p.mrn, p.name, p.ward, p.bed, a.device_id, d.device_id FROM patients p "
                                  "LEFT JOIN device_assignments a ON a.patient_id = p.id AND a.assigned_to IS NULL "
                                  "LEFT JOIN devices d ON d.id = a.device_id WHERE p.discharged_at IS NULL AND "
                                  "(? = 0 OR EXISTS (SELECT 1 FROM doctor_patient dp WHERE dp.patient_id = p.id AND "
                                  "dp.doctor_id = ?))"),
                   {onlyMine ? 1 : 0, session.userId}))
        return Sql::error(q, context);
    QList<WardTile> tiles;
    QList<qint64> deviceRows;
    while (q.next()) {
        WardTile t;
        t.patientId = q.value(0).toLongLong();
        t.mrn = q.value(1).toString();
        t.name = q.value(2).toString();
        t.ward = q.value(3).toString();
        t.bed = q.value(4).toString();
        deviceRows.append(q.value(5).toLongLong());
        t.deviceId = q.value(6).toString();
        t.device = t.deviceId.isEmpty() ? WardTile::DeviceState::NoDevice : WardTile::DeviceState::Waiting;
        tiles.append(t);
    }

    QSqlQuery s(db);
    s.setForwardOnly(true);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        WardTile& t = tiles[i];
        if (deviceRows[i] > 0) {
            // The newest sample, and 10-second means over the last ten minutes of the device's own time.
            if (!Sql::exec(s,
                           QStringLiteral("SELECT ts, heart_rate, received_at FROM samples WHERE device_id = ? AND "
                                          "heart_rate IS NOT NULL ORDER BY ts DESC LIMIT 1"),
                           {deviceRows[i]}))
                return Sql::error(s, context);
            if (s.next()) {
                t.lastSampleMs = s.value(0).toLongLong();
                t.heartRate = s.value(1).toDouble();
                const qint64 received = s.value(2).toLongLong();
                t.device = now - std::max(received, t.lastSampleMs) > silentAfterMs ? WardTile::DeviceState::Silent
                                                                                    : WardTile::DeviceState::Live;
                const qint64 end = (t.lastSampleMs / SparkStepMs + 1) * SparkStepMs;
                const qint64 start = end - SparkStepMs * SparkPoints;
                t.sparkline = QList<double>(SparkPoints, std::numeric_limits<double>::quiet_NaN());
                if (!Sql::exec(s,
                               QStringLiteral("SELECT (ts - ?) / ?, avg(heart_rate) FROM samples WHERE device_id = ? "
                                              "AND ts >= ? AND ts < ? AND heart_rate IS NOT NULL GROUP BY 1"),
                               {start, SparkStepMs, deviceRows[i], start, end}))
                    return Sql::error(s, context);
                while (s.next()) {
                    const int at = s.value(0).toInt();
                    if (at >= 0 && at < SparkPoints)
                        t.sparkline[at] = s.value(1).toDouble();
                }
                const double recent = (t.sparkline.value(SparkPoints - 1) + t.sparkline.value(SparkPoints - 2)
                                       + t.sparkline.value(SparkPoints - 3))
                    / 3;
                const double before = (t.sparkline.value(SparkPoints - 4) + t.sparkline.value(SparkPoints - 5)
                                       + t.sparkline.value(SparkPoints - 6))
                    / 3;
                if (!std::isnan(recent) && !std::isnan(before) && std::abs(recent - before) >= 5)
                    t.trend = recent > before ? 1 : -1;
            }
        }
        if (!Sql::exec(s,
                       QStringLiteral("SELECT category, low_confidence FROM analysis_results WHERE patient_id = ? "
                                      "ORDER BY window_start DESC LIMIT 1"),
                       {t.patientId}))
            return Sql::error(s, context);
        if (s.next()) {
            t.category = categoryFromKey(s.value(0).toString());
            t.lowConfidence = s.value(1).toBool();
        }
        if (!Sql::exec(s,
                       QStringLiteral("SELECT priority, state, coalesce(audio_paused_until, 0) FROM alarms "
                                      "WHERE patient_id = ? AND state <> 'ended'"),
                       {t.patientId}))
            return Sql::error(s, context);
        while (s.next()) {
            const std::optional<AlarmPriority> priority = priorityFromKey(s.value(0).toString());
            if (priority && (!t.alarm || *priority > *t.alarm))
                t.alarm = priority;
            const bool active = s.value(1).toString() == QLatin1String("active");
            t.alarmSounding |= active && s.value(2).toLongLong() <= now;
            t.alarmUnacknowledged |= active;
        }
    }
    // Early-warning scores from the newest observations.
    const auto scores = ObservationStore::current(db);
    if (!scores)
        return scores.error();
    const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    QHash<qint64, const ScoreStatus*> byPatient;
    for (const ScoreStatus& status : scores.value())
        byPatient.insert(status.patientId, &status);
    for (WardTile& t : tiles) {
        if (const ScoreStatus* status = byPatient.value(t.patientId)) {
            t.news2 = status->total;
            t.news2Risk = status->risk;
            t.observationsOverdue = status->overdue(nowTime);
        }
    }
    sort(tiles);
    return tiles;
}

} // namespace pulsedesk::WardOverview
