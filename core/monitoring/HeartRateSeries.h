#pragma once

#include "alarms/AlarmEngine.h"
#include "analysis/Classifier.h"
#include "common/Result.h"

#include <QList>
#include <QString>

#include <limits>
#include <vector>

namespace pulsedesk {

class Database;
struct Session;

/// One stored heart-rate sample as the chart reads it.
struct HeartRateSample
{
    qint64 ms = 0;
    double bpm = 0;
    bool imported = false; ///< from a dump or a device's backfill, not received live
};

/// One point of a drawn line.
struct ChartPoint
{
    qint64 ms = 0;
    double bpm = 0;
    bool operator==(const ChartPoint&) const = default;
};

/// A stretch of samples with no gap, all live or all imported: the chart draws one line per segment, so a gap is
/// never bridged and imported data keep a look of their own.
struct ChartSegment
{
    bool imported = false;
    std::vector<ChartPoint> points;
};

/// An alarm of the patient that overlaps the charted range.
struct ChartAlarm
{
    qint64 raisedMs = 0;
    qint64 endedMs = 0; ///< 0 while it is open
    AlarmPriority priority = AlarmPriority::Medium;
    AlarmCondition condition = AlarmCondition::Tachycardia;
};

/// The newest value of a vital in the range; NaN when the devices sent none.
struct LatestVital
{
    qint64 ms = 0;
    double value = std::numeric_limits<double>::quiet_NaN();
    bool present() const { return ms > 0; }
};

/// Everything the patient chart draws for one range, already reduced to the chart's width.
struct PatientChart
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    std::vector<ChartSegment> segments;
    qint64 sampleCount = 0; ///< heart-rate samples in the range before reduction
    qint64 importedCount = 0; ///< of which imported
    qint64 gapMs = 0; ///< a longer silence between two samples is drawn as a gap
    AppliedLimits limits; ///< the limits in force at the end of the range
    QList<ChartAlarm> alarms;
    LatestVital spo2;
    LatestVital temperature;
    LatestVital systolic;
    LatestVital diastolic;
};

/// The patient's heart rate over a time range, from every device assigned to the patient during it, reduced
/// for drawing. A day at 1 Hz is 86,400 samples; a chart 1,000 pixels wide shows at most four points per pixel
/// column (first, lowest, highest, last: the M4 reduction), which draws the same picture as all of them.
namespace HeartRateSeries {

/// The silence that counts as a gap: three times the usual interval between samples (so data sent once a minute
/// is not all gaps), never less than 10 s, and never less than two pixel columns (a shorter gap cannot be seen).
qint64 gapThreshold(const std::vector<HeartRateSample>& samples, qint64 bucketMs);

/// Splits time-ordered samples into segments at gaps and at changes between live and imported data, then keeps
/// per segment and per column of (toMs - fromMs) / buckets the first, lowest, highest and last sample, in time
/// order. Samples outside [fromMs, toMs) are left out.
std::vector<ChartSegment> reduce(const std::vector<HeartRateSample>& samples, qint64 fromMs, qint64 toMs, int buckets,
                                 qint64 gapMs);

/// Reads and reduces the patient's chart (doctor, nurse). Opening the patient is what the audit log records;
/// the chart's refreshes while it stays open are not logged one by one.
Result<PatientChart> read(Database& database, const Session& session, const QString& mrn, qint64 fromMs, qint64 toMs,
                          int buckets);

} // namespace HeartRateSeries

} // namespace pulsedesk
