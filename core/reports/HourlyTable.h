#pragma once

#include "analysis/HeartRateBands.h"
#include "monitoring/HeartRateSeries.h"
#include "reports/ReportData.h"

#include <vector>

namespace pulsedesk::reports::HourlyTable {

/// The start of the local clock hour that holds `ms`.
qint64 hourStart(qint64 ms);

/// One row per clock hour of [fromMs, toMs), empty hours included: the median, lowest and highest heart rate
/// and the share of the hour's covered time in each category under `limits`. A sample covers the time until the
/// next one, at most `gapMs` (a longer silence is a gap and covers nothing); the last sample before a gap covers
/// the usual interval between samples. `samples` are in time order.
std::vector<HourRow> build(const std::vector<HeartRateSample>& samples, qint64 fromMs, qint64 toMs,
                           const HeartRateLimits& limits, qint64 gapMs);

} // namespace pulsedesk::reports::HourlyTable
