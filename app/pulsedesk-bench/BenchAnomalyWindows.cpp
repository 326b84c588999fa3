#include "Bench.h"
#include "analysis/AnomalyScorer.h"
#include "common/ProcessStats.h"
#include "ingest/DeviceSimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <set>

namespace pulsedesk::bench {

namespace {

constexpr qint64 WindowMs = 10'000;

/// A labelled window set: every patient's vitals at 1 Hz (a resting rate for their age, slow drift, noise) with
/// injected episodes of 30-60 s every 15-45 min, each one of a heart-rate jump (x1.45 or x0.6), an SpO2 drop of
/// 8 %, a temperature 1.5 °C up (a displaced probe) or a pressure 35/20 mmHg up. A window is labelled anomalous
/// when at least half its seconds lie in an episode.
struct LabelledSet
{
    std::vector<AnalysisSample> samples; ///< in arrival order, every device interleaved
    std::set<std::pair<qint64, qint64>> labelled; ///< (device, window start)
    qint64 windows = 0;
};

LabelledSet labelledSet(int patients, int hours)
{
    static constexpr std::array<double, 6> Ages {0.5, 4, 10, 35, 60, 82};
    LabelledSet set;
    std::mt19937 rng(20261206);
    std::normal_distribution<double> noise(0, 1);
    std::uniform_real_distribution<double> unit(0, 1);
    const qint64 start = 1'780'000'000'000;
    const qint64 seconds = qint64(hours) * 3600;
    struct Patient
    {
        double rate = 72;
        double drift = 0;
        qint64 nextEpisode = 0;
        qint64 episodeEnd = 0;
        int kind = 0;
        std::vector<int> inEpisode; ///< seconds in an episode per window
    };
    std::vector<Patient> ward(size_t(patients) + 1);
    for (int p = 1; p <= patients; ++p) {
        ward[size_t(p)].rate = DeviceSimulator::restingRate(Ages[size_t(p) % Ages.size()]);
        ward[size_t(p)].nextEpisode = 600 + qint64(unit(rng) * 1800);
        ward[size_t(p)].inEpisode.assign(size_t(seconds / 10 + 1), 0);
    }
    set.samples.reserve(size_t(seconds * patients));
    for (qint64 s = 0; s < seconds; ++s) {
        for (int p = 1; p <= patients; ++p) {
            Patient& pt = ward[size_t(p)];
            if (s == pt.nextEpisode) {
                pt.episodeEnd = s + 30 + qint64(unit(rng) * 30);
                pt.kind = int(unit(rng) * 5);
                pt.nextEpisode = pt.episodeEnd + 900 + qint64(unit(rng) * 1800);
            }
            const bool episode = s < pt.episodeEnd;
            pt.drift = std::clamp(pt.drift + 0.05 * noise(rng), -8.0, 8.0);
            double hr = pt.rate + pt.drift + 2.5 * noise(rng);
            double spo2 = std::min(100.0, 97.5 + 0.6 * noise(rng));
            double temperature = 36.8 + 0.02 * pt.drift + 0.04 * noise(rng);
            double systolic = 120 + 0.8 * pt.drift + 3 * noise(rng);
            double diastolic = 76 + 0.5 * pt.drift + 2 * noise(rng);
            if (episode) {
                pt.inEpisode[size_t(s / 10)] += 1;
                switch (pt.kind) {
                case 0:
                    hr *= 1.45;
                    break;
                case 1:
                    hr *= 0.6;
                    break;
                case 2:
                    spo2 -= 8;
                    break;
                case 3:
                    temperature += 1.5;
                    break;
                default:
                    systolic += 35;
                    diastolic += 20;
                    break;
                }
            }
            set.samples.push_back({p, start + s * 1000, std::round(hr), std::round(spo2),
                                   std::round(temperature * 10) / 10, std::round(systolic), std::round(diastolic)});
        }
    }
    for (int p = 1; p <= patients; ++p)
        for (size_t w = 0; w < ward[size_t(p)].inEpisode.size(); ++w)
            if (ward[size_t(p)].inEpisode[w] >= 5)
                set.labelled.insert({p, start + qint64(w) * WindowMs});
    set.windows = seconds / 10 * patients;
    return set;
}

struct Counts
{
    qint64 truePositives = 0;
    qint64 falsePositives = 0;
    qint64 falseNegatives = 0;
    qint64 judged = 0;

    void count(bool labelled, bool flagged)
    {
        ++judged;
        truePositives += labelled && flagged ? 1 : 0;
        falsePositives += !labelled && flagged ? 1 : 0;
        falseNegatives += labelled && !flagged ? 1 : 0;
    }
    double precision() const
    {
        return truePositives + falsePositives == 0 ? 0 : double(truePositives) / double(truePositives + falsePositives);
    }
    double recall() const
    {
        return truePositives + falseNegatives == 0 ? 0 : double(truePositives) / double(truePositives + falseNegatives);
    }
    QJsonObject toJson() const
    {
        return {{QStringLiteral("precision"), precision()},         {QStringLiteral("recall"), recall()},
                {QStringLiteral("truePositives"), truePositives},   {QStringLiteral("falsePositives"), falsePositives},
                {QStringLiteral("falseNegatives"), falseNegatives}, {QStringLiteral("windowsJudged"), judged}};
    }
};

} // namespace

WindowScoreFigures windowScores(int patients, int hours, qint64 costSamples, int costDevices, int rounds)
{
    WindowScoreFigures f;
    // Precision and recall on the labelled set: the score at or above the threshold, and the fixed limits on the
    // same windows (those the score judged: it needs minHistory windows first).
    const LabelledSet set = labelledSet(patients, hours);
    AnomalyScorer scorer;
    const double threshold = scorer.settings().threshold;
    Counts scored;
    Counts fixed;
    runAnalysis(set.samples, patients, &scorer, [&](const WindowResult& r) {
        if (std::isnan(r.anomaly))
            return;
        const bool labelled = set.labelled.contains({r.deviceRowId, r.windowStartMs});
        scored.count(labelled, r.anomaly >= threshold);
        const std::array<double, 5> means = AnomalyScorer::meansOf(r);
        bool outside = false;
        for (size_t v = 0; v < means.size(); ++v)
            outside = outside
                || (!std::isnan(means[v])
                    && (means[v] < ClinicalLimits[v].first || means[v] > ClinicalLimits[v].second));
        fixed.count(labelled, outside);
    });

    // The scoring cost at the analysis benchmark's load, in the unit `bench analysis` times: the whole analysis
    // (windows, classification, alarms) over the same samples, without and with scoring. Each round runs both,
    // in turn (the order alternates, so that neither always runs first on a warm or cold machine), and compares
    // the two runs of the round: the thread's CPU time (other processes on a loaded machine do not count, but
    // what scoring does to the analysis's caches does). The median over the rounds, with the least and most
    // of a round. The scoring step is also timed inside each run, with the same clock reads with and without
    // a scorer: the scorer's own time against the rest of the same run.
    const std::vector<AnalysisSample> load = analysisLoad(costSamples, costDevices);
    std::vector<double> offSeconds;
    std::vector<double> onSeconds;
    std::vector<double> shares;
    std::vector<double> ownShares;
    std::vector<double> offRates;
    qint64 windows = 0;
    qint64 offPeak = 0;
    qint64 onPeak = 0;
    qsizetype entries = 0;
    for (int round = 0; round < rounds; ++round) {
        AnalysisRun off;
        AnalysisRun on;
        for (const bool scoring : {round % 2 == 1, round % 2 == 0}) {
            ProcessStats::resetPeakResident();
            if (scoring) {
                AnomalyScorer costScorer;
                on = runAnalysis(load, costDevices, &costScorer, {}, true);
                entries = costScorer.entriesInMemory();
                onPeak = std::max(onPeak, ProcessStats::peakResidentKib());
            } else {
                off = runAnalysis(load, costDevices, nullptr, {}, true);
                offPeak = std::max(offPeak, ProcessStats::peakResidentKib());
            }
        }
        offSeconds.push_back(off.cpuSeconds);
        onSeconds.push_back(on.cpuSeconds);
        shares.push_back((on.cpuSeconds - off.cpuSeconds) / off.cpuSeconds);
        ownShares.push_back((on.scoringCpuSeconds - off.scoringCpuSeconds) / (on.cpuSeconds - on.scoringCpuSeconds));
        offRates.push_back(double(load.size()) / off.seconds);
        windows = on.windows;
    }
    const auto [least, most] = std::minmax_element(shares.cbegin(), shares.cend());
    const double share = median(shares);
    const double ownShare = median(ownShares);
    const double analysisSeconds = median(offSeconds);
    const double perWindow = share * analysisSeconds / double(windows) * 1e6;
    const bool met = share < 0.05;
    f.figures = {{QStringLiteral("threshold"), threshold},
                 {QStringLiteral("patients"), patients},
                 {QStringLiteral("windows"), set.windows},
                 {QStringLiteral("labelledWindows"), qint64(set.labelled.size())},
                 {QStringLiteral("score"), scored.toJson()},
                 {QStringLiteral("baseline"), fixed.toJson()},
                 {QStringLiteral("costSamples"), costSamples},
                 {QStringLiteral("costDevices"), costDevices},
                 {QStringLiteral("costWindows"), windows},
                 {QStringLiteral("costRounds"), rounds},
                 {QStringLiteral("analysisCpuSeconds"), analysisSeconds},
                 {QStringLiteral("analysisWithScoringCpuSeconds"), median(onSeconds)},
                 {QStringLiteral("analysisSamplesPerSecond"), median(offRates)},
                 {QStringLiteral("analysisMicrosecondsPerWindow"), analysisSeconds / double(windows) * 1e6},
                 {QStringLiteral("scoringMicrosecondsPerWindow"), perWindow},
                 {QStringLiteral("scoringShareOfAnalysis"), share},
                 {QStringLiteral("scoringShareLeast"), *least},
                 {QStringLiteral("scoringShareMost"), *most},
                 {QStringLiteral("scoringShareByRound"), QJsonArray::fromVariantList([&] {
                      QVariantList list;
                      for (double s : shares)
                          list.append(s);
                      return list;
                  }())},
                 {QStringLiteral("scorerOwnShareOfAnalysis"), ownShare},
                 {QStringLiteral("scorerEntriesHeld"), qint64(entries)},
                 {QStringLiteral("analysisPeakRssMiB"), double(offPeak) / 1024},
                 {QStringLiteral("analysisWithScoringPeakRssMiB"), double(onPeak) / 1024},
                 {QStringLiteral("targetMet"), met}};
    f.text =
        QStringLiteral("  window scores (median/MAD, >= %1)  precision %2  recall %3   (%4 of %5 windows labelled)\n"
                       "  baseline: mean outside fixed limits  precision %6  recall %7\n"
                       "  scoring cost on bench analysis's load (%8 samples, %9 devices, %10 windows), %11 rounds of\n"
                       "  analysis without and with scoring in turn, CPU time of the thread, median of the rounds:\n"
                       "    analysis alone (the baseline)    %12 s, %13 µs per window, peak memory %14 MiB\n"
                       "    analysis with scoring            %15 s, peak memory %16 MiB\n"
                       "    scoring                          %17 µs per window, %18 % of the analysis (rounds %19 "
                       "to %20 %), target < 5 %: %21\n"
                       "    the scorer's own time in the run %22 % of the rest of the run")
            .arg(threshold, 0, 'f', 2)
            .arg(scored.precision(), 0, 'f', 2)
            .arg(scored.recall(), 0, 'f', 2)
            .arg(qint64(set.labelled.size()))
            .arg(set.windows)
            .arg(fixed.precision(), 0, 'f', 2)
            .arg(fixed.recall(), 0, 'f', 2)
            .arg(costSamples)
            .arg(costDevices)
            .arg(windows)
            .arg(rounds)
            .arg(analysisSeconds, 0, 'f', 3)
            .arg(analysisSeconds / double(windows) * 1e6, 0, 'f', 2)
            .arg(double(offPeak) / 1024, 0, 'f', 1)
            .arg(median(onSeconds), 0, 'f', 3)
            .arg(double(onPeak) / 1024, 0, 'f', 1)
            .arg(perWindow, 0, 'f', 3)
            .arg(share * 100, 0, 'f', 1)
            .arg(*least * 100, 0, 'f', 1)
            .arg(*most * 100, 0, 'f', 1)
            .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
            .arg(ownShare * 100, 0, 'f', 1);
    return f;
}

} // namespace pulsedesk::bench
