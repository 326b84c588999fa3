#pragma once

#include "model/Patient.h"

#include <QDateTime>
#include <QString>

namespace pulsedesk::ui {

/// How every screen writes times, numbers and birth dates: in the reader's locale, the same everywhere.
namespace DisplayFormat {

/// Date and time in the short local format; empty for an invalid time.
QString localTime(const QDateTime& time);
/// The same for milliseconds since the epoch; empty for 0 or less (not set).
QString localTime(qint64 ms);
/// A measured value with `decimals` decimals; empty for NaN (not measured).
QString number(double value, int decimals);
/// A count with the locale's digit grouping ("12,345").
QString count(qint64 n);
/// The birth date with the age as clinicians say it: days in the first month, months until two years, then
/// years; "unknown" without a birth date.
QString birthText(const Patient& patient);

} // namespace DisplayFormat

} // namespace pulsedesk::ui
