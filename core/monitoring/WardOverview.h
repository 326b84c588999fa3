#pragma once

#include "alarms/AlarmEngine.h"
#include "analysis/Classifier.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "scores/News2.h"

#include <QList>
#include <QString>

#include <optional>

namespace pulsedesk {

class Database;
struct Session;

/// What a ward tile shows for one admitted patient.
struct WardTile
{
    enum class DeviceState
    {
        NoDevice, ///< no device assigned
        Waiting, ///< assigned, nothing received yet
        Live,
        Silent, ///< nothing for longer than the device-silent setting
    };

    qint64 patientId = 0;
    QString mrn;
    QString name;
    QString ward;
    QString bed;
    QString deviceId;
    DeviceState device = DeviceState::NoDevice;
    qint64 lastSampleMs = 0; ///< the device's time of its newest sample
    double heartRate = std::numeric_limits<double>::quiet_NaN(); ///< newest sample
    int trend = 0; ///< -1 falling, 0 steady, +1 rising (last 30 s against the 30 s before, by 5 bpm or more)
    std::optional<Category> category; ///< of the newest analysed window
    bool lowConfidence = false;
    std::optional<AlarmPriority> alarm; ///< the highest open alarm
    bool alarmSounding = false;
    bool alarmUnacknowledged = false; ///< an open alarm nobody has acknowledged yet (it flashes)
    /// Mean heart rate per 10 s over the last 10 minutes, oldest first; NaN where no sample arrived (a gap).
    QList<double> sparkline;
    std::optional<int> news2; ///< the newest observations' NEWS2 total; none without observations or for a child
    std::optional<News2Risk> news2Risk;
    bool observationsOverdue = false; ///< the time the chart gave for the next observations has passed
};

/// The ward at a glance: every admitted patient (or only a doctor's own), ordered by the highest open alarm,
/// then by bed. One call reads everything a refresh needs, so the workstation polls it on the background
/// thread and the GUI gets one batch per refresh, never a signal per sample.
namespace WardOverview {

Result<QList<WardTile>> read(Database& database, const Session& session, bool onlyMine, qint64 silentAfterMs,
                             const Clock& clock);

/// Orders tiles: sounding/high alarms first, then medium, low, none; then by bed number.
void sort(QList<WardTile>& tiles);

} // namespace WardOverview

} // namespace pulsedesk
