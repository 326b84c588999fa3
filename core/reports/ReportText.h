#pragma once

#include <QString>

/// How the reports write times, durations and numbers: local time to the minute with the date (the same in
/// every language, so that a printed page is never ambiguous), durations in minutes and seconds.
namespace pulsedesk::reports::ReportText {

QString time(qint64 ms); ///< "2026-12-06 14:05"; "–" for 0
QString timeOfDay(qint64 ms); ///< "14:05"
QString period(qint64 fromMs, qint64 toMs); ///< "2026-12-05 14:00 to 2026-12-06 14:00"
QString duration(qint64 ms); ///< "45 s", "3 min 20 s", "2 h 5 min"; "–" for a negative one
QString bpm(double value); ///< "72"; "–" for NaN
QString percent(double share); ///< "12 %"; "–" for 0
QString dash();

} // namespace pulsedesk::reports::ReportText
