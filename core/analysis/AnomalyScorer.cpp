#include "analysis/AnomalyScorer.h"

#include "common/RobustStats.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace pulsedesk {

namespace {

/// Silent pairs are looked for once this many windows have been scored.
constexpr int ForgetEvery = 1024;

/// Iglewicz & Hoaglin's constant: 0.6745 × (x − median) / MAD is a z-score for normal data.
constexpr double ModifiedZFactor = 0.6745;

AnomalyScorer::Settings checked(AnomalyScorer::Settings s)
{
    s.historyWindows = std::max(s.historyWindows, 1);
    s.minHistory = std::clamp(s.minHistory, 1, s.historyWindows);
    s.refreshWindows = std::clamp(s.refreshWindows, 1, s.historyWindows);
    s.sustainedWindows = std::max(s.sustainedWindows, 1);
    for (double& m : s.minMad)
        m = m > 0 ? m : 1e-6;
    return s;
}

} // namespace

AnomalyScorer::AnomalyScorer()
    : AnomalyScorer(Settings {})
{ }

AnomalyScorer::AnomalyScorer(Settings settings, HistorySource source)
    : m_settings(checked(settings))
    , m_source(std::move(source))
{ }

namespace {

/// What a distance from the median is multiplied by to give a vital's score: 0.6745 / MAD for the modified z-score,
/// over twice the outlier cut-off. The MAD is never below the floor, nor zero whatever the floor: a constant
/// history scores 0 for its own value and 1 for any other.
double scaleOf(double mad, double minMad)
{
    return ModifiedZFactor / (2 * AnomalyScorer::OutlierZ * std::max({mad, minMad, 1e-9}));
}

/// A vital's score: its distance from the median, scaled, capped at 1 (both ways of scoring compute it so).
double vitalScoreOf(double value, double centre, double scale)
{
    return std::min(std::abs(value - centre) * scale, 1.0);
}

/// vitalScore on `history` in place (it is reordered and overwritten).
double scoreInPlace(double value, std::vector<double>& history, double minMad, int minHistory)
{
    if (std::isnan(value) || qsizetype(history.size()) < std::max(minHistory, 1))
        return WindowResult::Missing;
    const double centre = RobustStats::median(history);
    return vitalScoreOf(value, centre, scaleOf(RobustStats::mad(history, centre), minMad));
}

/// Keeps the highest of a window's vital scores and the vital that gave it.
void keepHighest(WindowResult& r, int vital, double score)
{
    if (!std::isnan(score) && (std::isnan(r.anomaly) || score > r.anomaly)) {
        r.anomaly = score;
        r.anomalyVital = vital;
    }
}

} // namespace

double AnomalyScorer::vitalScore(double value, std::vector<double> history, double minMad, int minHistory)
{
    return scoreInPlace(value, history, minMad, minHistory);
}

QString AnomalyScorer::vitalText(int vital)
{
    static const char* const names[VitalCount] = {
        QT_TRANSLATE_NOOP("AnomalyScorer", "heart rate"),
        QT_TRANSLATE_NOOP("AnomalyScorer", "SpO2"),
        QT_TRANSLATE_NOOP("AnomalyScorer", "temperature"),
        QT_TRANSLATE_NOOP("AnomalyScorer", "systolic pressure"),
        QT_TRANSLATE_NOOP("AnomalyScorer", "diastolic pressure"),
    };
    if (vital < 0 || vital >= VitalCount)
        return {};
    return QCoreApplication::translate("AnomalyScorer", names[vital]);
}

QString AnomalyScorer::describe(const WindowResult& r, const Settings& settings)
{
    return QCoreApplication::translate("AnomalyScorer", "anomaly score %1 (%2), at least %3 for %n window(s) in a row",
                                       nullptr, settings.sustainedWindows)
        .arg(QString::number(r.anomaly, 'f', 2), vitalText(r.anomalyVital),
             QString::number(settings.threshold, 'f', 2));
}

namespace {

/// The median of sorted values (as RobustStats::median).
double sortedMedian(const std::vector<double>& a)
{
    const size_t n = a.size();
    return n % 2 == 1 ? a[n / 2] : (a[n / 2 - 1] + a[n / 2]) / 2;
}

/// The median absolute deviation of sorted values from `centre` (as RobustStats::mad), without a sort: the
/// distances grow outwards from the centre on both sides, two sorted sequences whose middle elements a binary
/// search finds (the k-th smallest of two sorted sequences).
double sortedMad(const std::vector<double>& a, double centre)
{
    const auto n = qsizetype(a.size());
    if (n == 0 || a.front() == a.back())
        return 0; // every distance is 0 (a steady vital)
    const qsizetype split = std::lower_bound(a.cbegin(), a.cend(), centre) - a.cbegin();
    const qsizetype nl = split; // left distances: centre - a[split - 1 - i], growing with i
    const qsizetype nr = n - split; // right distances: a[split + j] - centre, growing with j
    const auto left = [&](qsizetype i) { return centre - a[size_t(split - 1 - i)]; };
    const auto right = [&](qsizetype j) { return a[size_t(split + j)] - centre; };
    // Take `take` smallest distances: i from the left, take - i from the right; the smallest valid i.
    const qsizetype take = (n - 1) / 2 + 1;
    qsizetype from = std::max<qsizetype>(0, take - nr);
    qsizetype to = std::min(take, nl);
    while (from < to) {
        const qsizetype i = (from + to) / 2;
        if (left(i) >= right(take - i - 1))
            to = i;
        else
            from = i + 1;
    }
    const qsizetype i = from;
    const qsizetype j = take - i;
    constexpr double Inf = std::numeric_limits<double>::infinity();
    const double kth = std::max(i > 0 ? left(i - 1) : -Inf, j > 0 ? right(j - 1) : -Inf);
    if (n % 2 == 1)
        return kth;
    return (kth + std::min(i < nl ? left(i) : Inf, j < nr ? right(j) : Inf)) / 2;
}

/// Puts the lower of two values in the first.
void exchange(double& a, double& b)
{
    const double low = std::min(a, b);
    b = std::max(a, b);
    a = low;
}

/// Sorts a few values (those that came or went between two refreshes): up to eight by a fixed sorting network
/// (Batcher's odd-even merge sort of eight, 19 compare-exchanges, each a min and a max: no branch for the processor
/// to mispredict on values in random order, and the eight stay in registers), more with std::sort. The values are
/// finite (missing ones are left out).
void sortFew(std::vector<double>& a)
{
    constexpr size_t Network = 8;
    if (a.size() > Network) {
        std::sort(a.begin(), a.end());
        return;
    }
    std::array<double, Network> v;
    v.fill(std::numeric_limits<double>::infinity()); // the padding sorts last
    std::copy(a.cbegin(), a.cend(), v.begin());
    exchange(v[0], v[1]), exchange(v[2], v[3]), exchange(v[4], v[5]), exchange(v[6], v[7]); // pairs sorted
    exchange(v[0], v[2]), exchange(v[1], v[3]), exchange(v[4], v[6]), exchange(v[5], v[7]);
    exchange(v[1], v[2]), exchange(v[5], v[6]); // fours sorted
    exchange(v[0], v[4]), exchange(v[1], v[5]), exchange(v[2], v[6]), exchange(v[3], v[7]);
    exchange(v[2], v[4]), exchange(v[3], v[5]);
    exchange(v[1], v[2]), exchange(v[3], v[4]), exchange(v[5], v[6]); // all eight sorted
    std::copy_n(v.cbegin(), a.size(), a.begin());
}

/// Takes the values in `gone` out of `sorted` and puts those in `come` in, in one pass through `merged` (all sorted),
/// copied back: `merged`, the scorer's working space, stays in the processor's caches from one pair to the next.
/// False when a value in `gone` is not in `sorted` (never expected).
bool mergeSorted(std::vector<double>& sorted, const std::vector<double>& gone, const std::vector<double>& come,
                 std::vector<double>& merged)
{
    merged.resize(sorted.size() + come.size());
    double* out = merged.data();
    const double* g = gone.data();
    const double* const gEnd = g + gone.size();
    const double* c = come.data();
    const double* const cEnd = c + come.size();
    for (const double x : sorted) {
        if (g != gEnd && *g == x) {
            ++g;
            continue;
        }
        while (c != cEnd && *c < x)
            *out++ = *c++;
        *out++ = x;
    }
    out = std::copy(c, cEnd, out);
    merged.resize(size_t(out - merged.data()));
    sorted.assign(merged.cbegin(), merged.cend());
    return g == gEnd;
}

/// Asks the processor to fetch [p, p + bytes) into its caches ahead of use: a hint, nothing where the compiler has
/// no way to give it.
void fetchAhead(const void* p, size_t bytes)
{
#if defined(__GNUC__)
    constexpr size_t Line = 64;
    const char* const begin = static_cast<const char*>(p);
    for (size_t at = 0; at < bytes; at += Line)
        __builtin_prefetch(begin + at);
    __builtin_prefetch(begin + bytes - 1); // the last line, when [p, p + bytes) does not start one
#else
    Q_UNUSED(p);
    Q_UNUSED(bytes);
#endif
}

} // namespace

bool AnomalyScorer::due(const State& state, const std::array<double, VitalCount>& means) const
{
    if (state.stale || state.sinceRefresh >= m_settings.refreshWindows)
        return true;
    for (int v = 0; v < VitalCount; ++v)
        if (!std::isnan(means[size_t(v)]) && std::isnan(state.centre[size_t(v)])
            && state.held[size_t(v)] >= m_settings.minHistory)
            return true;
    return false;
}

void AnomalyScorer::refresh(State& state) const
{
    const Ring& h = state.entries;
    const auto capacity = size_t(m_settings.historyWindows);
    const qsizetype came = std::min<qsizetype>(state.sinceRefresh, h.size());
    for (int v = 0; v < VitalCount; ++v) {
        std::vector<double>& sorted = state.sorted[size_t(v)];
        if (state.held[size_t(v)] == 0 && sorted.empty()) {
            state.centre[size_t(v)] = WindowResult::Missing; // a vital the device does not send
            continue;
        }
        bool merged = false;
        if (!state.stale) {
            m_scratchGone.clear();
            for (int i = 0; i < state.leavingCount; ++i)
                if (const double x = state.leaving[size_t(i)][size_t(v)]; !std::isnan(x))
                    m_scratchGone.push_back(x);
            m_scratchCome.clear();
            for (qsizetype i = h.size() - came; i < h.size(); ++i)
                if (const double x = h[i].means[size_t(v)]; !std::isnan(x))
                    m_scratchCome.push_back(x);
            sortFew(m_scratchGone);
            sortFew(m_scratchCome);
            if (m_scratchGone == m_scratchCome)
                continue; // the same values came as went (a steady vital): the baseline stands
            m_scratchValues.reserve(capacity + size_t(m_settings.refreshWindows));
            merged = mergeSorted(sorted, m_scratchGone, m_scratchCome, m_scratchValues);
        }
        if (!merged) {
            sorted.clear();
            sorted.reserve(capacity + size_t(m_settings.refreshWindows));
            for (qsizetype i = 0; i < h.size(); ++i)
                if (const double x = h[i].means[size_t(v)]; !std::isnan(x))
                    sorted.push_back(x);
            std::sort(sorted.begin(), sorted.end());
        }
        if (qsizetype(sorted.size()) < m_settings.minHistory) {
            state.centre[size_t(v)] = WindowResult::Missing;
            continue;
        }
        const double centre = sortedMedian(sorted);
        state.centre[size_t(v)] = centre;
        state.scale[size_t(v)] = scaleOf(sortedMad(sorted, centre), m_settings.minMad[size_t(v)]);
    }
    state.leavingCount = 0;
    state.sinceRefresh = 0;
    state.stale = false;
}

void AnomalyScorer::scoreNewest(WindowResult& r, const State& state) const
{
    const std::array<double, VitalCount> means = meansOf(r);
    for (int v = 0; v < VitalCount; ++v) {
        const double x = means[size_t(v)];
        const double centre = state.centre[size_t(v)];
        if (std::isnan(x) || std::isnan(centre))
            continue;
        keepHighest(r, v, vitalScoreOf(x, centre, state.scale[size_t(v)]));
    }
}

void AnomalyScorer::scoreAgainst(WindowResult& r, const std::vector<Entry>& history) const
{
    const auto end = std::lower_bound(history.cbegin(), history.cend(), r.windowStartMs,
                                      [](const Entry& e, qint64 start) { return e.windowStartMs < start; });
    const auto begin = std::distance(history.cbegin(), end) > m_settings.historyWindows
        ? end - m_settings.historyWindows
        : history.cbegin();
    const std::array<double, VitalCount> means = meansOf(r);
    std::vector<double>& values = m_scratchValues;
    for (int v = 0; v < VitalCount; ++v) {
        if (std::isnan(means[size_t(v)]))
            continue;
        values.clear();
        for (auto e = begin; e != end; ++e)
            if (!std::isnan(e->means[size_t(v)]))
                values.push_back(e->means[size_t(v)]);
        keepHighest(r, v, scoreInPlace(means[size_t(v)], values, m_settings.minMad[size_t(v)], m_settings.minHistory));
    }
}

void AnomalyScorer::Ring::pushBack(const Entry& entry, qsizetype capacity)
{
    if (m_slots.size() != size_t(capacity)) {
        // The first entry of a pair (or a new capacity): the ring's only allocation.
        std::vector<Entry> held;
        copyTo(held);
        m_slots.assign(size_t(capacity), Entry {});
        m_head = 0;
        m_size = 0;
        for (qsizetype i = std::max<qsizetype>(0, qsizetype(held.size()) - capacity); i < qsizetype(held.size()); ++i)
            m_slots[size_t(m_size++)] = held[size_t(i)];
    }
    m_newestStartMs = entry.windowStartMs;
    if (m_size == capacity) {
        m_slots[size_t(m_head)] = entry;
        m_head = m_head + 1 == capacity ? 0 : m_head + 1;
    } else {
        m_slots[slot(m_size)] = entry;
        ++m_size;
    }
}

void AnomalyScorer::Ring::copyTo(std::vector<Entry>& out) const
{
    out.clear();
    for (qsizetype i = 0; i < m_size; ++i)
        out.push_back((*this)[i]);
}

void AnomalyScorer::Ring::assign(const std::vector<Entry>& entries, qsizetype capacity)
{
    m_head = 0;
    m_size = 0;
    m_newestStartMs = std::numeric_limits<qint64>::min();
    for (qsizetype i = std::max<qsizetype>(0, qsizetype(entries.size()) - capacity); i < qsizetype(entries.size()); ++i)
        pushBack(entries[size_t(i)], capacity);
}

const AnomalyScorer::Entry* AnomalyScorer::Ring::nextSlot() const
{
    if (m_slots.empty())
        return nullptr;
    return &m_slots[m_size == qsizetype(m_slots.size()) ? size_t(m_head) : slot(m_size)];
}

qsizetype AnomalyScorer::Ring::lowerBound(qint64 startMs) const
{
    qsizetype from = 0;
    qsizetype to = m_size;
    while (from < to) {
        const qsizetype mid = (from + to) / 2;
        if ((*this)[mid].windowStartMs < startMs)
            from = mid + 1;
        else
            to = mid;
    }
    return from;
}

void AnomalyScorer::remember(State& state, const Entry& entry) const
{
    const auto count = [&state](const std::array<double, VitalCount>& means, int by) {
        for (int v = 0; v < VitalCount; ++v)
            state.held[size_t(v)] += std::isnan(means[size_t(v)]) ? 0 : by;
    };
    const qsizetype capacity = m_settings.historyWindows;
    Ring& h = state.entries;
    if (entry.windowStartMs > h.newestStartMs()) {
        // The usual case, a new window: on a full history it takes the oldest one's place, whose means leave the
        // baseline at its next refresh.
        if (h.size() == capacity) {
            const std::array<double, VitalCount>& leaves = h.front().means;
            count(leaves, -1);
            if (state.leaving.empty())
                state.leaving.resize(size_t(m_settings.refreshWindows)); // a pair's first full history: once
            if (state.stale || state.leavingCount == m_settings.refreshWindows)
                state.stale = true; // (never expected: a refresh comes first)
            else
                state.leaving[size_t(state.leavingCount++)] = leaves;
        }
        count(entry.means, 1);
        h.pushBack(entry, capacity);
        ++state.sinceRefresh;
        return;
    }
    // A recomputed or late window (rare): in order, in the working copy; the baseline is computed afresh.
    std::vector<Entry>& held = m_scratchEntries;
    h.copyTo(held);
    const auto at = std::lower_bound(held.begin(), held.end(), entry.windowStartMs,
                                     [](const Entry& e, qint64 start) { return e.windowStartMs < start; });
    if (at != held.end() && at->windowStartMs == entry.windowStartMs)
        *at = entry;
    else
        held.insert(at, entry);
    held.erase(held.begin(), held.begin() + std::max<qsizetype>(0, qsizetype(held.size()) - capacity));
    h.assign(held, capacity);
    state.held = {};
    for (const Entry& e : held)
        count(e.means, 1);
    state.stale = true;
}

void AnomalyScorer::rebuild(State& state, const std::vector<Entry>& stored) const
{
    // What the scorer saw wins over the store (which may not hold it yet: results are stored after scoring).
    std::map<qint64, Entry> merged;
    for (qsizetype i = 0; i < state.entries.size(); ++i)
        merged.emplace(state.entries[i].windowStartMs, state.entries[i]);
    for (const Entry& e : stored)
        merged.emplace(e.windowStartMs, e);
    state.entries.assign({}, m_settings.historyWindows);
    state.held = {};
    state.leavingCount = 0;
    state.stale = true;
    for (const auto& [start, e] : merged)
        remember(state, e);
}

void AnomalyScorer::score(WindowResult& r)
{
    scoreWith(r, m_states[{r.patientId, r.deviceRowId}]);
    if (++m_sinceForget >= ForgetEvery)
        forgetSilent();
}

void AnomalyScorer::scoreWith(WindowResult& r, State& state)
{
    r.anomaly = WindowResult::Missing;
    r.anomalyVital = -1;
    const Ring& h = state.entries;
    const Entry entry {r.windowStartMs, r.windowMs, meansOf(r), WindowResult::Missing};
    if (r.windowStartMs > h.newestStartMs()) {
        // The usual case, a new window. After a silence (or with nothing held) the store may hold windows the
        // scorer has not seen: they are read back.
        const bool follows = !h.empty() && r.windowStartMs <= h.newestStartMs() + r.windowMs;
        if (!follows && m_source)
            if (auto stored = m_source(r.patientId, r.deviceRowId, r.windowStartMs, m_settings.historyWindows))
                rebuild(state, *stored);
        if (due(state, entry.means))
            refresh(state);
        scoreNewest(r, state);
        remember(state, {r.windowStartMs, r.windowMs, entry.means, r.anomaly});
    } else if (qsizetype(h.size()) < m_settings.historyWindows || r.windowStartMs > h.front().windowStartMs
               || !m_source) {
        const qsizetype at = h.lowerBound(r.windowStartMs);
        if (!state.stale && at >= h.size() - state.sinceRefresh && h[at].windowStartMs == r.windowStartMs) {
            // A recomputed window that came after the baseline was computed: against that baseline, as when it
            // came first; its new means replace the old ones in place and enter the baseline at its next refresh.
            scoreNewest(r, state);
            Entry& held = state.entries.at(at);
            for (int v = 0; v < VitalCount; ++v)
                state.held[size_t(v)] +=
                    (std::isnan(entry.means[size_t(v)]) ? 0 : 1) - (std::isnan(held.means[size_t(v)]) ? 0 : 1);
            held = {r.windowStartMs, r.windowMs, entry.means, r.anomaly};
        } else {
            // A recomputed window older than the baseline, or a late one within the held history (rare).
            h.copyTo(m_scratchEntries);
            scoreAgainst(r, m_scratchEntries);
            remember(state, {r.windowStartMs, r.windowMs, entry.means, r.anomaly});
        }
    } else if (auto stored = m_source(r.patientId, r.deviceRowId, r.windowStartMs, m_settings.historyWindows)) {
        // Older than the held history: against the stored windows before it; the held history stays.
        scoreAgainst(r, *stored);
    }
    m_newestMs = std::max(m_newestMs, r.windowStartMs);
}

void AnomalyScorer::prefetch(const State& state) const
{
    const Ring& h = state.entries;
    if (const Entry* next = h.nextSlot())
        fetchAhead(next, sizeof(Entry)); // on a full ring the oldest entry's slot: cold
    if (state.stale || state.sinceRefresh < m_settings.refreshWindows)
        return; // no refresh is due (a stale one reads every entry: rare, not worth asking for)
    // What refresh() reads: each sent vital's sorted values, the means that left and the entries that came.
    for (const std::vector<double>& sorted : state.sorted)
        if (!sorted.empty())
            fetchAhead(sorted.data(), sorted.size() * sizeof(double));
    if (state.leavingCount > 0)
        fetchAhead(state.leaving.data(), size_t(state.leavingCount) * sizeof(state.leaving.front()));
    for (qsizetype i = std::max<qsizetype>(0, h.size() - state.sinceRefresh); i < h.size(); ++i)
        fetchAhead(&h[i], sizeof(Entry));
}

void AnomalyScorer::score(std::vector<WindowResult>& results)
{
    // Results come a batch of the ward's devices at a time, each pair's history last touched a batch ago and
    // since pushed out of the caches by the analysis. Looking every pair up first lets the processor overlap
    // those lookups (they do not depend on each other); then each state is asked for twice as far ahead as what
    // it points to (which needs the state itself to be read).
    constexpr size_t Ahead = 4;
    // The analysis hands over the ward's pairs in the same order batch after batch, so each pair is first looked
    // for where the last batch had it (a pair more or less moves the cursor on), and only then in the map.
    size_t cursor = 0;
    const auto lastHad = [this, &cursor](const Key& key) -> State* {
        for (size_t at = cursor; at < std::min(cursor + 2, m_batch.size()); ++at)
            if (m_batch[at].first == key) {
                cursor = at + 1;
                return m_batch[at].second;
            }
        return nullptr;
    };
    m_nextBatch.clear();
    for (const WindowResult& r : results) {
        const Key key {r.patientId, r.deviceRowId};
        State* state = lastHad(key);
        m_nextBatch.emplace_back(key, state ? state : &m_states[key]);
    }
    m_batch.swap(m_nextBatch);
    for (size_t i = 0; i < results.size(); ++i) {
        if (i + 2 * Ahead < m_batch.size())
            fetchAhead(m_batch[i + 2 * Ahead].second, sizeof(State));
        if (i + Ahead < m_batch.size())
            prefetch(*m_batch[i + Ahead].second);
        scoreWith(results[i], *m_batch[i].second);
    }
    m_sinceForget += int(std::min<size_t>(results.size(), ForgetEvery)); // (only whether it reached ForgetEvery counts)
    if (m_sinceForget >= ForgetEvery)
        forgetSilent(); // after the batch: m_batch points into the map
}

void AnomalyScorer::forgetSilent()
{
    m_sinceForget = 0;
    m_batch.clear(); // it may point to a pair about to be forgotten
    for (auto it = m_states.begin(); it != m_states.end();) {
        if (it->second.entries.empty() || it->second.entries.newestStartMs() < m_newestMs - forgetAfterMs)
            it = m_states.erase(it);
        else
            ++it;
    }
}

bool AnomalyScorer::sustained(const WindowResult& r) const
{
    const auto held = m_states.find({r.patientId, r.deviceRowId});
    if (held == m_states.end())
        return false;
    const Ring& h = held->second.entries;
    qsizetype at = h.lowerBound(r.windowStartMs);
    if (at == h.size() || h[at].windowStartMs != r.windowStartMs)
        return false;
    qint64 expected = r.windowStartMs;
    for (int n = 0; n < m_settings.sustainedWindows; ++n, --at) {
        const Entry& e = h[at];
        if (e.windowStartMs != expected || std::isnan(e.score) || e.score < m_settings.threshold)
            return false;
        expected -= e.windowMs;
        if (at == 0)
            return n + 1 == m_settings.sustainedWindows;
    }
    return true;
}

qsizetype AnomalyScorer::entriesInMemory() const
{
    qsizetype n = 0;
    for (const auto& [key, state] : m_states)
        n += state.entries.size();
    return n;
}

} // namespace pulsedesk
