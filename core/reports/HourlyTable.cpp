#include "reports/HourlyTable.h"

#include "analysis/Classifier.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace pulsedesk::reports {

double median(std::vector<double>& values)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    if (values.size() % 2 == 1)
        return *middle;
    const double upper = *middle;
    const double lower = *std::max_element(values.begin(), middle);
    return (lower + upper) / 2;
}

qint64 medianMs(std::vector<qint64> values)
{
    if (values.empty())
        return -1;
    std::vector<double> asDouble(values.begin(), values.end());
    return std::llround(median(asDouble));
}

namespace HourlyTable {

namespace {

constexpr qint64 HourMs = 3'600'000;

/// The usual interval between consecutive samples (the median), or `fallbackMs` with fewer than two.
qint64 usualInterval(const std::vector<HeartRateSample>& samples, qint64 fallbackMs)
{
    std::vector<qint64> intervals;
    intervals.reserve(samples.size());
    for (size_t i = 1; i < samples.size(); ++i) {
        if (samples[i].ms > samples[i - 1].ms)
            intervals.push_back(samples[i].ms - samples[i - 1].ms);
    }
    const qint64 usual = medianMs(std::move(intervals));
    return usual > 0 ? usual : fallbackMs;
}

/// Collects one hour's samples, then turns them into its row.
class HourAccumulator
{
public:
    void add(double bpm, Category category, qint64 coveredMs)
    {
        m_values.push_back(bpm);
        m_covered[static_cast<size_t>(category)] += static_cast<double>(coveredMs);
    }
    HourRow finish(qint64 startMs)
    {
        HourRow row;
        row.startMs = startMs;
        row.samples = static_cast<qint64>(m_values.size());
        if (!m_values.empty()) {
            const auto [low, high] = std::minmax_element(m_values.begin(), m_values.end());
            row.min = *low;
            row.max = *high;
            row.median = median(m_values);
        }
        double total = 0;
        for (double c : m_covered)
            total += c;
        for (size_t i = 0; i < m_covered.size(); ++i)
            row.share[i] = total > 0 ? m_covered[i] / total : 0;
        m_values.clear();
        m_covered.fill(0);
        return row;
    }

private:
    std::vector<double> m_values;
    std::array<double, 5> m_covered {};
};

} // namespace

qint64 hourStart(qint64 ms)
{
    QDateTime local = QDateTime::fromMSecsSinceEpoch(ms);
    local.setTime(QTime(local.time().hour(), 0));
    return local.toMSecsSinceEpoch();
}

std::vector<HourRow> build(const std::vector<HeartRateSample>& samples, qint64 fromMs, qint64 toMs,
                           const HeartRateLimits& limits, qint64 gapMs)
{
    std::vector<HourRow> rows;
    if (toMs <= fromMs)
        return rows;
    const qint64 first = hourStart(fromMs);
    const qint64 usual = std::min(usualInterval(samples, 1000), gapMs);
    HourAccumulator hour;
    qint64 current = first;
    for (size_t i = 0; i < samples.size(); ++i) {
        const HeartRateSample& s = samples[i];
        if (s.ms < fromMs || s.ms >= toMs)
            continue;
        while (s.ms >= current + HourMs) {
            rows.push_back(hour.finish(current));
            current += HourMs;
        }
        qint64 covered = usual;
        if (i + 1 < samples.size() && samples[i + 1].ms - s.ms <= gapMs)
            covered = samples[i + 1].ms - s.ms;
        hour.add(s.bpm, Classifier::categorize(s.bpm, limits), covered);
    }
    for (; current < toMs; current += HourMs)
        rows.push_back(hour.finish(current));
    return rows;
}

} // namespace HourlyTable

} // namespace pulsedesk::reports
