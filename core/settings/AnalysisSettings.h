#pragma once

#include <QTimeZone>
#include <QtGlobal>

namespace pulsedesk {

/// How the live analysis cuts samples into windows (see WindowEngine).
struct WindowSettings
{
    qint64 windowMs = 10'000; ///< tumbling windows aligned to the clock (multiples of this since the epoch)
    qint64 allowedLatenessMs = 2'000; ///< a window is final once a sample this far past its end has arrived
    qint64 quietAfterMs = 5'000; ///< ... or once the device has sent nothing for this long (wall clock)
    qint64 expectedIntervalMs = 1'000; ///< the devices' nominal sampling interval, for coverage
    double minCoverage = 0.5; ///< below this share of the expected samples a window is low-confidence
    qint64 retainMs = 10 * 60'000; ///< final windows are kept this long (event time) for late samples
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< the ward's time zone, for the patient's age on a date
};

/// When alarms sound, escalate and may be paused (see AlarmEngine).
struct AlarmSettings
{
    qint64 delayMs = 10'000; ///< the condition must hold this long (samples' time) before the alarm sounds
    qint64 escalateAfterMs = 2 * 60'000; ///< unacknowledged high and medium alarms then go to every ward doctor
    qint64 maxAudioPauseMs = 2 * 60'000;

    static constexpr qint64 MaxDelayMs = 15'000;
    static constexpr qint64 MaxAudioPauseMs = 2 * 60'000;
};

/// Everything the live analysis is configured with (admin settings, see Settings::analysis()).
struct AnalysisSettings
{
    WindowSettings window;
    AlarmSettings alarms;
    qint64 deviceSilentMs = 60'000; ///< an assigned device silent this long raises a low technical alarm
    qint64 brokerAlarmAfterMs = 15'000; ///< live ingest disconnected this long raises a low technical alarm
    qint64 quarantineQuietMs = 5 * 60'000; ///< the quarantine alarm ends after this long without new entries
    qint64 retrospectiveAfterMs = 10 * 60'000; ///< windows that ended longer ago give findings, not live alarms
    qint64 tickMs = 1'000;
    /// A device's windows on a patient scoring high (AnomalyScorer) for some consecutive windows raise a low alarm;
    /// off, the score is only shown.
    bool anomalyAlarm = false;
};

} // namespace pulsedesk
