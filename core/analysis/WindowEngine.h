#pragma once

#include "analysis/AnalysisTypes.h"
#include "settings/AnalysisSettings.h"

#include <QTimeZone>

#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <vector>

namespace pulsedesk {

/// Event-time tumbling windows per device and patient. It takes samples in any grouping — a live message, a
/// batch, a whole dump, duplicates included — and returns each window's result once the window is final, and
/// again whenever a late sample changes it. A window's result depends only on the set of its samples (they are
/// kept ordered and unique by timestamp), so any arrival order of the same samples gives identical results.
///
/// Pure computation: no I/O besides the optional WindowSampleSource, no threads, no clock of its own.
class WindowEngine
{
public:
    WindowEngine(const HeartRateBands& bands, PatientResolver& resolver, WindowSettings settings,
                 WindowSampleSource* source = nullptr);

    struct Totals
    {
        qint64 accepted = 0;
        qint64 duplicates = 0;
        qint64 unassigned = 0; ///< samples of a device not assigned to anyone at the sample's time
        qint64 windows = 0; ///< results produced
        qint64 recomputed = 0; ///< of which for windows that had been final before
    };

    /// `nowMs` is the wall-clock time of arrival (for the quiet timeout).
    void add(std::span<const AnalysisSample> samples, qint64 nowMs);
    /// Results of the windows that became final, or changed after being final, since the last call.
    std::vector<WindowResult> collect(qint64 nowMs);
    /// Results of every window not yet reported, final or not (end of an import, shutdown).
    std::vector<WindowResult> flush();

    /// Start of the window of `windowMs` that holds `ts` (windows are multiples of their length since the epoch).
    static qint64 windowStart(qint64 ts, qint64 windowMs);

    const WindowSettings& settings() const { return m_settings; }
    const Totals& totals() const { return m_totals; }
    qsizetype windowsInMemory() const;

private:
    struct Point
    {
        qint64 ts;
        double hr, spo2, temperature, systolic, diastolic;
    };
    struct Window
    {
        std::vector<Point> points; ///< ordered and unique by timestamp
        bool reported = false;
        bool changed = true;
    };
    using WindowKey = std::pair<qint64, qint64>; ///< (window start, patient id)
    struct DeviceState
    {
        qint64 watermark = std::numeric_limits<qint64>::min(); ///< newest sample time seen
        qint64 lastArrivalMs = 0;
        qint64 storedUpTo = std::numeric_limits<qint64>::min(); ///< windows up to here may have stored samples
        qint64 evictedBelow = std::numeric_limits<qint64>::min();
        std::map<WindowKey, Window> windows;
        std::set<WindowKey> changed; ///< windows with samples not yet reported, so collect() skips the rest
    };

    qint64 windowStartOf(qint64 ts) const;
    DeviceState& device(qint64 deviceRowId);
    void insert(DeviceState& state, qint64 deviceRowId, const AnalysisSample& sample, bool loading);
    void load(DeviceState& state, qint64 deviceRowId, qint64 windowStart);
    WindowResult compute(qint64 deviceRowId, const WindowKey& key, const Window& window);
    QDate dateOf(qint64 ms);
    void finish(std::vector<WindowResult>& out, qint64 deviceRowId, const WindowKey& key, Window& window);

    const HeartRateBands& m_bands;
    PatientResolver& m_resolver;
    WindowSettings m_settings;
    WindowSampleSource* m_source;
    std::unordered_map<qint64, DeviceState> m_devices;
    Totals m_totals;
    // The date of the last day looked up, to avoid a time-zone conversion per window.
    qint64 m_dayFrom = 1;
    qint64 m_dayTo = 0;
    QDate m_day;
};

} // namespace pulsedesk
