#include "analysis/WindowEngine.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace pulsedesk {

namespace {

bool sameNumber(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

/// Mean of the values present, or NaN.
template<typename Points, typename Member>
double meanOf(const Points& points, Member member)
{
    double sum = 0;
    int n = 0;
    for (const auto& p : points) {
        const double v = p.*member;
        if (!std::isnan(v)) {
            sum += v;
            ++n;
        }
    }
    return n > 0 ? sum / n : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

bool WindowResult::sameAs(const WindowResult& o) const
{
    return patientId == o.patientId && deviceRowId == o.deviceRowId && windowStartMs == o.windowStartMs
        && windowMs == o.windowMs && sampleCount == o.sampleCount && sameNumber(coverage, o.coverage)
        && sameNumber(hrMean, o.hrMean) && sameNumber(hrMin, o.hrMin) && sameNumber(hrMax, o.hrMax)
        && sameNumber(hrSd, o.hrSd) && sameNumber(spo2Mean, o.spo2Mean)
        && sameNumber(temperatureMean, o.temperatureMean) && sameNumber(systolicMean, o.systolicMean)
        && sameNumber(diastolicMean, o.diastolicMean) && classification == o.classification
        && lowConfidence == o.lowConfidence;
}

WindowEngine::WindowEngine(const HeartRateBands& bands, PatientResolver& resolver, WindowSettings settings,
                           WindowSampleSource* source)
    : m_bands(bands)
    , m_resolver(resolver)
    , m_settings(std::move(settings))
    , m_source(source)
{
    m_settings.windowMs = std::max<qint64>(m_settings.windowMs, 1000);
    m_settings.expectedIntervalMs = std::max<qint64>(m_settings.expectedIntervalMs, 1);
}

qint64 WindowEngine::windowStart(qint64 ts, qint64 windowMs)
{
    const qint64 q = ts / windowMs;
    return (ts % windowMs < 0 ? q - 1 : q) * windowMs;
}

qint64 WindowEngine::windowStartOf(qint64 ts) const
{
    return windowStart(ts, m_settings.windowMs);
}

WindowEngine::DeviceState& WindowEngine::device(qint64 deviceRowId)
{
    auto it = m_devices.find(deviceRowId);
    if (it != m_devices.end())
        return it->second;
    DeviceState& state = m_devices[deviceRowId];
    if (m_source) {
        if (const std::optional<qint64> newest = m_source->newestStoredBeforeStart(deviceRowId))
            state.storedUpTo = *newest;
    }
    return state;
}

void WindowEngine::load(DeviceState& state, qint64 deviceRowId, qint64 windowStart)
{
    const std::vector<AnalysisSample> stored =
        m_source->samples(deviceRowId, windowStart, windowStart + m_settings.windowMs);
    for (const AnalysisSample& s : stored)
        insert(state, deviceRowId, s, true);
}

void WindowEngine::insert(DeviceState& state, qint64 deviceRowId, const AnalysisSample& sample, bool loading)
{
    const PatientContext* patient = m_resolver.patientAt(deviceRowId, sample.timestampMs);
    if (!patient) {
        if (!loading)
            ++m_totals.unassigned;
        return;
    }
    const qint64 start = windowStartOf(sample.timestampMs);
    const WindowKey key {start, patient->patientId};
    auto it = state.windows.find(key);
    if (it == state.windows.end()) {
        it = state.windows.emplace(key, Window {}).first;
        // Samples of this window may already be stored (before a restart, or since it was evicted): read them
        // all so the window is computed over the whole set.
        if (!loading && m_source && (start <= state.storedUpTo || start < state.evictedBelow)) {
            load(state, deviceRowId, start);
            it = state.windows.find(key);
        }
    }
    Window& window = it->second;
    const Point point {sample.timestampMs,  sample.heartRate, sample.spo2,
                       sample.temperatureC, sample.systolic,  sample.diastolic};
    auto& points = window.points;
    if (points.empty() || points.back().ts < point.ts) {
        points.push_back(point);
    } else {
        const auto at = std::lower_bound(points.begin(), points.end(), point.ts,
                                         [](const Point& p, qint64 ts) { return p.ts < ts; });
        if (at != points.end() && at->ts == point.ts) {
            if (!loading)
                ++m_totals.duplicates;
            return;
        }
        points.insert(at, point);
    }
    window.changed = true;
    state.changed.insert(key);
    if (!loading)
        ++m_totals.accepted;
}

void WindowEngine::add(std::span<const AnalysisSample> samples, qint64 nowMs)
{
    DeviceState* state = nullptr;
    qint64 current = 0;
    for (const AnalysisSample& s : samples) {
        if (!state || s.deviceRowId != current) {
            state = &device(s.deviceRowId);
            current = s.deviceRowId;
        }
        state->watermark = std::max(state->watermark, s.timestampMs);
        state->lastArrivalMs = nowMs;
        insert(*state, s.deviceRowId, s, false);
    }
}

QDate WindowEngine::dateOf(qint64 ms)
{
    if (ms >= m_dayFrom && ms < m_dayTo)
        return m_day;
    m_day = QDateTime::fromMSecsSinceEpoch(ms, m_settings.zone).date();
    m_dayFrom = m_day.startOfDay(m_settings.zone).toMSecsSinceEpoch();
    m_dayTo = m_day.addDays(1).startOfDay(m_settings.zone).toMSecsSinceEpoch();
    return m_day;
}

WindowResult WindowEngine::compute(qint64 deviceRowId, const WindowKey& key, const Window& window)
{
    WindowResult r;
    r.patientId = key.second;
    r.deviceRowId = deviceRowId;
    r.windowStartMs = key.first;
    r.windowMs = m_settings.windowMs;

    // Points are ordered by time, so the sums are taken in the same order whatever the arrival order was.
    double sum = 0;
    double lo = std::numeric_limits<double>::infinity();
    double hi = -std::numeric_limits<double>::infinity();
    int n = 0;
    for (const Point& p : window.points) {
        if (std::isnan(p.hr))
            continue;
        sum += p.hr;
        lo = std::min(lo, p.hr);
        hi = std::max(hi, p.hr);
        ++n;
    }
    r.sampleCount = n;
    const double expected = double(m_settings.windowMs) / double(m_settings.expectedIntervalMs);
    r.coverage = std::min(1.0, n / expected);
    r.lowConfidence = r.coverage < m_settings.minCoverage;
    if (n > 0) {
        r.hrMean = sum / n;
        r.hrMin = lo;
        r.hrMax = hi;
        double squares = 0;
        for (const Point& p : window.points) {
            if (!std::isnan(p.hr))
                squares += (p.hr - r.hrMean) * (p.hr - r.hrMean);
        }
        r.hrSd = n > 1 ? std::sqrt(squares / (n - 1)) : 0.0;
    }
    r.spo2Mean = meanOf(window.points, &Point::spo2);
    r.temperatureMean = meanOf(window.points, &Point::temperature);
    r.systolicMean = meanOf(window.points, &Point::systolic);
    r.diastolicMean = meanOf(window.points, &Point::diastolic);

    if (n > 0) {
        ClassifierInput input;
        input.meanHeartRate = r.hrMean;
        input.onDate = dateOf(r.windowStartMs);
        if (const PatientContext* patient = m_resolver.patientAt(deviceRowId, window.points.front().ts);
            patient && patient->patientId == r.patientId) {
            input.birthDate = patient->birthDate;
            input.sex = patient->sex;
            input.patientLimits = patient->limits;
        }
        r.classification = Classifier::classify(m_bands, input);
    }
    return r;
}

void WindowEngine::finish(std::vector<WindowResult>& out, qint64 deviceRowId, const WindowKey& key, Window& window)
{
    WindowResult result = compute(deviceRowId, key, window);
    if (window.reported)
        ++m_totals.recomputed;
    window.reported = true;
    window.changed = false;
    if (result.sampleCount == 0)
        return; // only vitals other than the heart rate: nothing to classify
    ++m_totals.windows;
    out.push_back(std::move(result));
}

std::vector<WindowResult> WindowEngine::collect(qint64 nowMs)
{
    std::vector<WindowResult> out;
    for (auto& [deviceRowId, state] : m_devices) {
        const bool quiet = nowMs - state.lastArrivalMs >= m_settings.quietAfterMs;
        // Only windows that changed since they were last reported; ordered by start, so the first one that
        // is not final yet ends the walk.
        for (auto it = state.changed.begin(); it != state.changed.end();) {
            const qint64 end = it->first + m_settings.windowMs;
            if (!quiet && state.watermark < end + m_settings.allowedLatenessMs)
                break;
            if (const auto window = state.windows.find(*it); window != state.windows.end())
                finish(out, deviceRowId, *it, window->second);
            it = state.changed.erase(it);
        }
        // Final windows older than the retention are dropped; a sample for one of them reads it back.
        for (auto it = state.windows.begin(); it != state.windows.end();) {
            const qint64 end = it->first.first + m_settings.windowMs;
            const bool old =
                end + m_settings.retainMs < state.watermark || nowMs - state.lastArrivalMs > m_settings.retainMs;
            if (!old || it->second.changed)
                break;
            state.evictedBelow = std::max(state.evictedBelow, end);
            it = state.windows.erase(it);
        }
    }
    return out;
}

std::vector<WindowResult> WindowEngine::flush()
{
    std::vector<WindowResult> out;
    for (auto& [deviceRowId, state] : m_devices) {
        for (const WindowKey& key : state.changed) {
            if (const auto window = state.windows.find(key); window != state.windows.end())
                finish(out, deviceRowId, key, window->second);
        }
        state.changed.clear();
    }
    return out;
}

qsizetype WindowEngine::windowsInMemory() const
{
    qsizetype n = 0;
    for (const auto& [id, state] : m_devices)
        n += qsizetype(state.windows.size());
    return n;
}

} // namespace pulsedesk
