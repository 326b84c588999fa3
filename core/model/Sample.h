#pragma once

#include <QString>

#include <cmath>
#include <limits>

namespace pulsedesk {

/// One reading of a device at one instant, in SI-style units (°C, %, mmHg, beats/min). A vital the device
/// did not send is NaN.
struct Sample
{
    static constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

    QString deviceId;
    qint64 timestampMs = 0; ///< the device's own time, UTC ms since the epoch
    double heartRate = Missing;
    double spo2 = Missing;
    double temperatureC = Missing;
    double systolic = Missing;
    double diastolic = Missing;

    static bool has(double value) { return !std::isnan(value); }
};

} // namespace pulsedesk
