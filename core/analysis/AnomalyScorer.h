#pragma once

#include "analysis/AnalysisTypes.h"

#include <QString>

#include <array>
#include <functional>
#include <limits>
#include <optional>
#include <unordered_map>
#include <utility>
#include <vector>

namespace pulsedesk {

/// A streaming anomaly score per window, in [0, 1], of the vitals a device sends (heart rate, SpO2, temperature,
/// systolic and diastolic pressure), each patient against their own recent history on that device.
///
/// Method: for each vital, the window's mean is compared with the means of the device's last `historyWindows`
/// windows on the patient (bounded memory) by the modified z-score of Iglewicz & Hoaglin (1993, "How to Detect and
/// Handle Outliers", ASQC), M = 0.6745 (x - median) / MAD, the robust z of Rousseeuw & Croux (1993, "Alternatives
/// to the median absolute deviation", JASA 88:1273-1283) and Leys et al. 2013 (the device-fleet health uses the
/// same): the median and the median absolute deviation (MAD) ignore the very outliers being looked for, where a
/// mean and standard deviation would follow them. Iglewicz & Hoaglin call |M| > 3.5 an outlier. A vital's score is
/// |M| / 7 capped at 1: 0.5 is their cut-off, 1 twice it or more; the window's score is the highest of its vitals'
/// (an anomaly in one vital is not diluted by four normal ones), and the vital that gave it is kept. A MAD below
/// `minMad` (a steady patient; a constant history has MAD 0) counts as `minMad`: never a division by zero, and a
/// change smaller than the vital's clinical resolution never scores high. A vital with fewer than `minHistory`
/// earlier windows is not scored; a window with no scored vital has no score (NaN, NULL in the store).
///
/// The median and MAD (the baseline) are those of a moving window of the last `historyWindows` windows, as in the
/// on-line Hampel identifier (Liu, Shah & Jiang 2004, "On-line outlier detection and data cleaning", Computers and
/// Chemical Engineering 28:1635-1647; Pearson et al. 2016, "Generalized Hampel filters", EURASIP J. Adv. Signal
/// Process. 2016:87). The baseline is recomputed every `refreshWindows` windows (a minute by default), at a pair's
/// first window, and as soon as a vital without one has `minHistory` windows; between, a window is scored against
/// the last one computed. Why: a window then costs a few arithmetic operations, and a refresh merges the few means
/// that came and went into each vital's sorted values in one pass (the median is read off, the MAD found by a
/// binary search), so scoring stays a small share of the analysis. It stays robust: it is still the median and
/// MAD of `historyWindows` windows, now ending at most refreshWindows - 1 windows earlier, so its median lies
/// within refreshWindows - 1 order statistics of the current window's median (the 42nd to 58th percentile of the
/// last 60 windows by default), and the anomaly being looked for is, if anything, less in it. refreshWindows 1 is
/// the exact moving window. Vitals the device does not send cost nothing.
///
/// Why not a random cut forest (the streaming whitepaper's choice): this is deterministic (the same windows give
/// the same scores, on every workstation and in every test), explainable (the score names the vital and how far
/// it lies from the patient's own median), cheap (above; nothing is allocated per window) and needs no training or
/// warm-up beyond `minHistory` windows.
///
/// A recomputed window (a late sample) replaces its mean in the history; windows after it keep their scores. It is
/// scored against the baseline it was first scored against, or, when that is gone, against the windows before it. With
/// a HistorySource, history the scorer does not hold (after a restart, a window older than its memory, the first
/// window of an import) is read back from the stored results, so the same data scores the same either way.
class AnomalyScorer
{
public:
    static constexpr int VitalCount = 5; ///< heart rate, SpO2, temperature, systolic, diastolic
    static constexpr double OutlierZ = 3.5; ///< Iglewicz & Hoaglin's cut-off of the modified z-score

    struct Settings
    {
        int historyWindows = 60; ///< the earlier windows a window is compared with (10 min of 10 s windows)
        int minHistory = 18; ///< fewer earlier windows with the vital: it is not scored
        /// The baseline is recomputed every this many windows (1 to historyWindows; 1: at every window).
        int refreshWindows = 6;
        /// The smallest MAD per vital (/min, %, °C, mmHg, mmHg): about its resolution in a window's mean.
        std::array<double, VitalCount> minMad {1.0, 0.5, 0.05, 1.5, 1.0};
        double threshold = 0.9; ///< a score at or above this is high (the benchmark's and the alarm's threshold)
        int sustainedWindows = 3; ///< consecutive high windows that make the optional alarm
    };

    /// One earlier window of a patient on a device.
    struct Entry
    {
        qint64 windowStartMs = 0;
        qint64 windowMs = 0;
        std::array<double, VitalCount> means {};
        double score = WindowResult::Missing;
    };

    /// The stored entries of a patient on a device before `beforeMs`, oldest first, at most `limit`;
    /// nullopt when they could not be read.
    using HistorySource = std::function<std::optional<std::vector<Entry>>(qint64 patientId, qint64 deviceRowId,
                                                                          qint64 beforeMs, int limit)>;

    AnomalyScorer();
    explicit AnomalyScorer(Settings settings, HistorySource source = {});

    /// Scores each result (anomaly, anomalyVital) against the history before it, in the order given, and adds it
    /// to the history. The same as scoring them one by one, faster: every pair's history is looked up first and
    /// fetched into the processor's caches a few results before its turn, so that scoring rarely waits on memory.
    void score(std::vector<WindowResult>& results);
    void score(WindowResult& result);

    /// Whether the result's window and the `sustainedWindows` - 1 windows right before it all scored at or above
    /// the threshold (the window must have been scored).
    bool sustained(const WindowResult& result) const;

    /// The entries held, over every patient and device (memory is bounded by historyWindows per pair, and pairs
    /// silent for longer than forgetAfterMs are dropped).
    qsizetype entriesInMemory() const;
    const Settings& settings() const { return m_settings; }

    /// A vital's score for a value against a history of values (NaN with fewer than `minHistory` values).
    static double vitalScore(double value, std::vector<double> history, double minMad, int minHistory);
    /// The means of a result in the vitals' order.
    static std::array<double, VitalCount> meansOf(const WindowResult& r)
    {
        return {r.hrMean, r.spo2Mean, r.temperatureMean, r.systolicMean, r.diastolicMean};
    }
    /// The vital in words, translated ("heart rate", "SpO2", ...); empty for -1.
    static QString vitalText(int vital);
    /// A sustained high score in words, for the alarm ("anomaly score 0.95 (heart rate), at least 0.90 for 3
    /// windows in a row").
    static QString describe(const WindowResult& result, const Settings& settings);

    /// Pairs whose newest window is older than this behind the newest window seen are forgotten.
    static constexpr qint64 forgetAfterMs = 6 * 3'600'000;

private:
    using Key = std::pair<qint64, qint64>; ///< (patient, device)
    struct KeyHash
    {
        size_t operator()(const Key& k) const noexcept { return std::hash<qint64>()(k.first * 1'000'003 ^ k.second); }
    };
    /// A pair's last entries, oldest first, in a ring of fixed capacity: once it is full a new window takes the
    /// oldest one's slot, and nothing is allocated per window.
    class Ring
    {
    public:
        qsizetype size() const { return m_size; }
        bool empty() const { return m_size == 0; }
        const Entry& operator[](qsizetype i) const { return m_slots[slot(i)]; }
        Entry& at(qsizetype i) { return m_slots[slot(i)]; }
        const Entry& front() const { return (*this)[0]; }
        /// The newest entry's window start (the lowest value when empty), without reading the entry: the usual
        /// window only compares with it, and the entry was written a batch ago, out of the caches since.
        qint64 newestStartMs() const { return m_newestStartMs; }
        /// Appends at the back; when full, the oldest entry gives its slot (and is no longer held).
        void pushBack(const Entry& entry, qsizetype capacity);
        /// Copies the entries, oldest first, into `out`.
        void copyTo(std::vector<Entry>& out) const;
        /// Replaces the entries by `entries` (oldest first, at most `capacity`).
        void assign(const std::vector<Entry>& entries, qsizetype capacity);
        /// The first index whose window starts at or after `startMs` (size() if none).
        qsizetype lowerBound(qint64 startMs) const;
        /// The slot the next entry goes to (null before the first).
        const Entry* nextSlot() const;

    private:
        /// The slot of entry i (0 <= i < capacity), without a division.
        size_t slot(qsizetype i) const
        {
            const qsizetype at = m_head + i;
            return size_t(at < qsizetype(m_slots.size()) ? at : at - qsizetype(m_slots.size()));
        }

        std::vector<Entry> m_slots;
        qsizetype m_head = 0;
        qsizetype m_size = 0;
        qint64 m_newestStartMs = std::numeric_limits<qint64>::min();
    };
    /// A patient's history on a device: its last historyWindows entries, and each vital's baseline.
    struct State
    {
        Ring entries;
        /// Each vital's baseline median (NaN: too few values when it was computed), and what a distance from it
        /// is multiplied by to give the vital's score (from the MAD, at least minMad).
        std::array<double, VitalCount> centre {WindowResult::Missing, WindowResult::Missing, WindowResult::Missing,
                                               WindowResult::Missing, WindowResult::Missing};
        std::array<double, VitalCount> scale {};
        std::array<int, VitalCount> held {}; ///< each vital's values among the entries
        int sinceRefresh = 0; ///< windows added since the baseline was computed
        bool stale = true; ///< the baseline is to be computed from every entry (first, late, recomputed windows)
        /// The means of the entries that left the history since the baseline was computed: the first
        /// `leavingCount` of refreshWindows slots (allocated once, when the history first fills).
        std::vector<std::array<double, VitalCount>> leaving;
        int leavingCount = 0;
        /// Each vital's values among the entries when the baseline was computed, sorted.
        std::array<std::vector<double>, VitalCount> sorted;
    };

    /// Whether the baseline is to be computed before scoring a new window with these means.
    bool due(const State& state, const std::array<double, VitalCount>& means) const;
    /// Computes the baseline: from every entry when stale, else by merging the means that came and went.
    void refresh(State& state) const;
    /// Scores the result against its pair's state and adds it to the history.
    void scoreWith(WindowResult& result, State& state);
    /// Asks the processor for the memory that scoring the next window of the state reads and writes.
    void prefetch(const State& state) const;
    /// A window after every held one: against the baseline.
    void scoreNewest(WindowResult& result, const State& state) const;
    /// Any window: against the entries before it (at most historyWindows) in `history`, oldest first.
    void scoreAgainst(WindowResult& result, const std::vector<Entry>& history) const;
    /// Adds or replaces the entry, keeping the last historyWindows.
    void remember(State& state, const Entry& entry) const;
    /// Adds the stored entries to the held ones (the held win), keeping the last historyWindows.
    void rebuild(State& state, const std::vector<Entry>& stored) const;
    void forgetSilent();

    Settings m_settings;
    HistorySource m_source;
    std::unordered_map<Key, State, KeyHash> m_states;
    /// score(results): each result's pair and state, in order (node-based map: the addresses hold); kept until
    /// the next batch, which looks its pairs up here first.
    std::vector<std::pair<Key, State*>> m_batch;
    std::vector<std::pair<Key, State*>> m_nextBatch; ///< the next batch's, built while m_batch is read
    qint64 m_newestMs = 0;
    int m_sinceForget = 0;
    /// Working space of the rare paths (a recomputed or late window), kept to allocate nothing per window.
    mutable std::vector<Entry> m_scratchEntries;
    mutable std::vector<double> m_scratchValues;
    mutable std::vector<double> m_scratchGone; ///< a refresh: a vital's values that left, sorted
    mutable std::vector<double> m_scratchCome; ///< a refresh: a vital's values that came, sorted
};

} // namespace pulsedesk
