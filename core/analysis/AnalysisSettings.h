#pragma once

#include "analysis/AlarmEngine.h"
#include "analysis/WindowEngine.h"

namespace pulsedesk {

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
};

} // namespace pulsedesk
