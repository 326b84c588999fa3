#pragma once

#include <QtGlobal>

#include <limits>

namespace pulsedesk {

/// A stored sample as the analysis sees it: the device's row id, the device's own time and the vitals (NaN when
/// absent).
struct AnalysisSample
{
    static constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

    qint64 deviceRowId = 0;
    qint64 timestampMs = 0;
    double heartRate = Missing;
    double spo2 = Missing;
    double temperatureC = Missing;
    double systolic = Missing;
    double diastolic = Missing;
};

} // namespace pulsedesk
