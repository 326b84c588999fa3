#include "analysis/AnomalyScorer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <utility>

using namespace pulsedesk;

/// The anomaly score: modified z-scores (Iglewicz & Hoaglin) of a window's means against the patient's recent
/// windows on the device, the highest of the vitals, mapped to [0, 1].
class TestAnomalyScorer : public QObject
{
    Q_OBJECT

    static constexpr qint64 WindowMs = 10'000;

    static WindowResult window(int index, double hr, double spo2 = WindowResult::Missing, qint64 patient = 1,
                               qint64 device = 1)
    {
        WindowResult r;
        r.patientId = patient;
        r.deviceRowId = device;
        r.windowStartMs = 1'780'000'000'000 + index * WindowMs;
        r.windowMs = WindowMs;
        r.hrMean = hr;
        r.spo2Mean = spo2;
        return r;
    }

    /// The baseline recomputed at every window (the exact moving window): these cases check the definition.
    static AnomalyScorer::Settings small()
    {
        AnomalyScorer::Settings s;
        s.historyWindows = 5;
        s.minHistory = 3;
        s.refreshWindows = 1;
        return s;
    }

    /// 0.6745 |x - median| / MAD / 7, capped at 1.
    static double expected(double x, double median, double mad)
    {
        return std::min(0.6745 * std::abs(x - median) / mad / 7, 1.0);
    }

private slots:
    void knownInputs_giveKnownScores()
    {
        // Heart rate 60, 62, 64, 66, 68: median 64, MAD 2. SpO2 97, 97, 97, 98, 96: median 97, MAD 0 (floored at 0.5).
        const double hr[] = {60, 62, 64, 66, 68};
        const double spo2[] = {97, 97, 97, 98, 96};
        const auto withHistory = [&] {
            AnomalyScorer scorer(small());
            for (int i = 0; i < 5; ++i) {
                WindowResult r = window(i, hr[i], spo2[i]);
                scorer.score(r);
            }
            return scorer;
        };
        {
            AnomalyScorer scorer = withHistory();
            WindowResult r = window(5, 70, 97);
            scorer.score(r);
            QCOMPARE(r.anomaly, expected(70, 64, 2)); // 0.289...
            QVERIFY(std::abs(r.anomaly - 0.28907) < 1e-4);
            QCOMPARE(r.anomalyVital, 0);
        }
        {
            AnomalyScorer scorer = withHistory();
            WindowResult r = window(5, 58, 93); // below the median counts the same
            scorer.score(r);
            QCOMPARE(r.anomaly, expected(93, 97, 0.5)); // SpO2 0.771 beats heart rate 0.289
            QVERIFY(std::abs(r.anomaly - 0.77086) < 1e-4);
            QCOMPARE(r.anomalyVital, 1);
            QCOMPARE(AnomalyScorer::vitalText(r.anomalyVital), QStringLiteral("SpO2"));
        }
        {
            AnomalyScorer scorer = withHistory();
            WindowResult r = window(5, 64 + 3.5 * 2 / 0.6745); // exactly Iglewicz & Hoaglin's cut-off
            scorer.score(r);
            QVERIFY(std::abs(r.anomaly - 0.5) < 1e-9);
            WindowResult far = window(6, 200);
            scorer.score(far);
            QCOMPARE(far.anomaly, 1.0); // capped
        }
        QCOMPARE(AnomalyScorer::vitalScore(70, {60, 62, 64, 66, 68}, 0.5, 3), expected(70, 64, 2));
    }

    /// The scorer keeps each vital's baseline values sorted, merges the windows that came and went at each refresh
    /// and finds the median and MAD without sorting: the same scores as the definition on a copy of the history
    /// when the baseline was last computed (at the first window, every refreshWindows windows, and as soon as the
    /// vital has minHistory values without a baseline), for odd and even history lengths, ties and values on
    /// either side; refreshWindows 1 is the exact moving window.
    void incrementalScores_matchTheDefinition()
    {
        for (const auto& [historyWindows, refreshWindows] : {std::pair {6, 1}, std::pair {7, 1}, std::pair {60, 1},
                                                             std::pair {7, 3}, std::pair {60, 6}, std::pair {60, 60}}) {
            AnomalyScorer::Settings settings;
            settings.historyWindows = historyWindows;
            settings.minHistory = 2;
            settings.refreshWindows = refreshWindows;
            settings.minMad = {0.25, 0.25, 0.25, 0.25, 0.25};
            AnomalyScorer scorer(settings);
            QRandomGenerator rng {quint32(historyWindows * 100 + refreshWindows)};
            std::vector<double> history;
            std::vector<double> baseline;
            bool based = false;
            int lastRefresh = 0;
            for (int i = 0; i < 500; ++i) {
                const double hr = 60 + double(rng.bounded(8)) + (i % 50 == 49 ? 40 : 0) + (i % 3 == 0 ? 0.5 : 0);
                if (i == 0 || i - lastRefresh >= refreshWindows || (!based && qsizetype(history.size()) >= 2)) {
                    baseline = history;
                    based = baseline.size() >= 2;
                    lastRefresh = i;
                }
                WindowResult r = window(i, hr);
                scorer.score(r);
                const double expectedScore = AnomalyScorer::vitalScore(hr, baseline, 0.25, 2);
                QVERIFY2((std::isnan(r.anomaly) && std::isnan(expectedScore)) || r.anomaly == expectedScore,
                         qPrintable(QStringLiteral("window %1 of %2, refreshed every %3: %4 against %5")
                                        .arg(i)
                                        .arg(historyWindows)
                                        .arg(refreshWindows)
                                        .arg(r.anomaly)
                                        .arg(expectedScore)));
                QVERIFY(std::isnan(r.anomaly) || (r.anomaly >= 0 && r.anomaly <= 1));
                history.push_back(hr);
                if (qsizetype(history.size()) > historyWindows)
                    history.erase(history.begin());
            }
        }
    }

    /// Between refreshes a window is scored against the baseline last computed; a vital that reaches minHistory
    /// gets one at once; a recomputed window keeps its baseline, or is scored against the windows before it.
    void baseline_isRefreshedEveryFewWindows()
    {
        AnomalyScorer::Settings settings = small();
        settings.refreshWindows = 3;
        AnomalyScorer scorer(settings);
        const double hr[] = {60, 62, 64, 66, 68, 70, 72, 66};
        std::vector<WindowResult> scored;
        for (int i = 0; i < 8; ++i) {
            scored.push_back(window(i, hr[i], i >= 4 ? (i == 7 ? 93 : 97) : WindowResult::Missing));
            scorer.score(scored.back());
        }
        QVERIFY(std::isnan(scored[2].anomaly));
        QCOMPARE(scored[3].anomaly, expected(66, 62, 2)); // the first baseline: windows 0-2
        QCOMPARE(scored[4].anomaly, expected(68, 62, 2)); // the same baseline, not windows 0-3 (median 63)
        QCOMPARE(scored[5].anomaly, expected(70, 62, 2));
        QCOMPARE(scored[6].anomaly, expected(72, 66, 2)); // refreshed: windows 1-5
        // SpO2 has 3 windows at window 7: a baseline at once, with the heart rate's from windows 2-6.
        QCOMPARE(scored[7].anomaly, expected(93, 97, 0.5));
        QCOMPARE(scored[7].anomalyVital, 1);
        // A late sample changes window 7 (after the last refresh): scored against the same baseline as before;
        // its new mean is in the baseline from the next refresh on (windows 5-9, median 74 with 100, not 72).
        WindowResult late = window(7, 100, 93);
        scorer.score(late);
        QCOMPARE(late.anomaly, 1.0);
        QCOMPARE(late.anomalyVital, 0);
        WindowResult w8 = window(8, 74);
        WindowResult w9 = window(9, 76);
        WindowResult w10 = window(10, 80);
        for (WindowResult* r : {&w8, &w9, &w10})
            scorer.score(*r);
        QCOMPARE(w8.anomaly, expected(74, 68, 2));
        QCOMPARE(w9.anomaly, expected(76, 68, 2));
        QCOMPARE(w10.anomaly, expected(80, 74, 2));
        // A recomputed window older than the baseline (window 9; the baseline came at window 10): against the
        // held windows before it (6-8: 72, 100, 74), and the next baseline is computed afresh from windows 6-10
        // as they are now (median 74, MAD 4; the one of window 10 had MAD 2).
        WindowResult older = window(9, 70);
        scorer.score(older);
        QCOMPARE(older.anomaly, expected(70, 74, 2));
        WindowResult w11 = window(11, 82);
        scorer.score(w11);
        QCOMPARE(w11.anomaly, expected(82, 74, 4));
        QCOMPARE(scorer.entriesInMemory(), 5);
    }

    void beforeEnoughHistory_noScore()
    {
        AnomalyScorer scorer(small());
        for (int i = 0; i < 3; ++i) {
            WindowResult r = window(i, 70);
            scorer.score(r);
            QVERIFY2(std::isnan(r.anomaly), qPrintable(QString::number(i)));
            QCOMPARE(r.anomalyVital, -1);
        }
        WindowResult r = window(3, 70);
        scorer.score(r);
        QCOMPARE(r.anomaly, 0.0);
        // A vital without history is not scored even when another one is.
        WindowResult withSpo2 = window(4, 70, 80);
        scorer.score(withSpo2);
        QCOMPARE(withSpo2.anomalyVital, 0);
        // Another device on the same patient has a history of its own.
        WindowResult other = window(5, 70, WindowResult::Missing, 1, 2);
        scorer.score(other);
        QVERIFY(std::isnan(other.anomaly));
        // A window with no vital at all has no score.
        WindowResult empty = window(6, WindowResult::Missing);
        scorer.score(empty);
        QVERIFY(std::isnan(empty.anomaly));
    }

    void memory_isBounded()
    {
        AnomalyScorer scorer(small());
        for (int i = 0; i < 10'000; ++i) {
            WindowResult r = window(i, 70 + i % 3);
            scorer.score(r);
        }
        QCOMPARE(scorer.entriesInMemory(), 5);
        // Many patients, then hours of one alone: the silent ones are forgotten.
        for (int p = 2; p < 200; ++p) {
            WindowResult r = window(10'000, 70, WindowResult::Missing, p);
            scorer.score(r);
        }
        QCOMPARE(scorer.entriesInMemory(), 5 + 198);
        const int later = 10'000 + int(AnomalyScorer::forgetAfterMs / WindowMs) + 1;
        for (int i = 0; i < 2000; ++i) {
            WindowResult r = window(later + i, 70);
            scorer.score(r);
        }
        QCOMPARE(scorer.entriesInMemory(), 5);
    }

    void constantHistory_zeroMad_noDivisionByZero()
    {
        AnomalyScorer scorer(small());
        for (int i = 0; i < 5; ++i) {
            WindowResult r = window(i, 70, 98);
            scorer.score(r);
        }
        WindowResult same = window(5, 70, 98);
        scorer.score(same);
        QCOMPARE(same.anomaly, 0.0);
        WindowResult one = window(6, 71, 98);
        scorer.score(one);
        QVERIFY(std::isfinite(one.anomaly));
        QCOMPARE(one.anomaly, expected(71, 70, 1.0)); // the heart rate's floor of the MAD, 1/min
        // With no floor at all the score is still a number.
        QCOMPARE(AnomalyScorer::vitalScore(70, {70, 70, 70}, 0, 1), 0.0);
        QCOMPARE(AnomalyScorer::vitalScore(71, {70, 70, 70}, 0, 1), 1.0);
        AnomalyScorer::Settings noFloor = small();
        noFloor.minMad = {0, 0, 0, 0, 0};
        AnomalyScorer unfloored(noFloor);
        for (int i = 0; i < 6; ++i) {
            WindowResult r = window(i, 70);
            unfloored.score(r);
            QVERIFY(std::isnan(r.anomaly) || r.anomaly == 0.0);
        }
        WindowResult jump = window(6, 70.5);
        unfloored.score(jump);
        QCOMPARE(jump.anomaly, 1.0);
    }

    void sustained_needsConsecutiveHighWindows()
    {
        AnomalyScorer scorer(small());
        for (int i = 0; i < 5; ++i) {
            WindowResult r = window(i, 70);
            scorer.score(r);
        }
        WindowResult first = window(5, 150);
        WindowResult second = window(6, 150);
        scorer.score(first);
        scorer.score(second);
        QVERIFY(first.anomaly >= 0.9 && second.anomaly >= 0.9);
        QVERIFY(!scorer.sustained(second));
        WindowResult third = window(7, 150);
        scorer.score(third);
        QVERIFY(third.anomaly >= 0.9); // the median is still 70: three of five are
        QVERIFY(scorer.sustained(third));
        // A gap breaks the run.
        WindowResult afterGap = window(9, 300);
        scorer.score(afterGap);
        QVERIFY(!scorer.sustained(afterGap));
        QVERIFY(!scorer.sustained(window(42, 70))); // never scored
    }

    /// Scoring a batch of results (the live service's and the analysis's way) gives what scoring them one by one
    /// gives: a ward of devices with several vitals, windows recomputed by late samples, and one pair twice in a
    /// batch, in batches of every size.
    void batch_scoresAsOneByOne()
    {
        AnomalyScorer batched;
        AnomalyScorer single;
        QRandomGenerator rng {20261207};
        constexpr int Devices = 37;
        std::vector<WindowResult> batch;
        int scoredCount = 0;
        for (int index = 0; index < 400; ++index) {
            for (int device = 1; device <= Devices; ++device) {
                const double hr = 70 + double(rng.bounded(10)) + ((index / 40 + device) % 5 == 0 ? 45 : 0);
                const double spo2 = device % 3 == 0 ? WindowResult::Missing : 95 + double(rng.bounded(4));
                WindowResult r = window(index, hr, spo2, 100 + device, device);
                r.systolicMean = device % 2 == 0 ? 120 + double(rng.bounded(15)) : WindowResult::Missing;
                batch.push_back(r);
                if (rng.bounded(23) == 0 && index > 2) // a late sample recomputes a recent window
                    batch.push_back(window(index - 1 - int(rng.bounded(3)), hr + 1, spo2, 100 + device, device));
                if (batch.size() >= size_t(1 + rng.bounded(120))) {
                    std::vector<WindowResult> one = batch;
                    for (WindowResult& w : one)
                        single.score(w);
                    batched.score(batch);
                    for (size_t i = 0; i < batch.size(); ++i) {
                        const bool same = (std::isnan(batch[i].anomaly) && std::isnan(one[i].anomaly))
                            || batch[i].anomaly == one[i].anomaly;
                        QVERIFY2(same && batch[i].anomalyVital == one[i].anomalyVital,
                                 qPrintable(QStringLiteral("window %1 of device %2: %3 (vital %4) in a batch, %5 "
                                                           "(vital %6) alone")
                                                .arg(index)
                                                .arg(batch[i].deviceRowId)
                                                .arg(batch[i].anomaly)
                                                .arg(batch[i].anomalyVital)
                                                .arg(one[i].anomaly)
                                                .arg(one[i].anomalyVital)));
                        scoredCount += std::isnan(batch[i].anomaly) ? 0 : 1;
                    }
                    batch.clear();
                }
            }
        }
        QVERIFY(scoredCount > 300 * Devices); // most windows had their history
        QCOMPARE(batched.entriesInMemory(), single.entriesInMemory());
    }

    void recomputedWindow_replacesItsMean()
    {
        AnomalyScorer scorer(small());
        for (int i = 0; i < 5; ++i) {
            WindowResult r = window(i, 70);
            scorer.score(r);
        }
        WindowResult late = window(4, 71); // a late sample changed window 4
        scorer.score(late);
        QCOMPARE(scorer.entriesInMemory(), 5);
        QCOMPARE(late.anomaly, expected(71, 70, 1.0)); // against windows 0-3, not against itself
    }

    void storedHistory_isReadWhenNotHeld()
    {
        int reads = 0;
        const auto source = [&reads](qint64 patient, qint64 device, qint64 before, int limit) {
            ++reads;
            std::vector<AnomalyScorer::Entry> entries;
            for (int i = 0; i < limit; ++i) {
                const WindowResult w = window(i, 60 + 2 * i, WindowResult::Missing, patient, device);
                if (w.windowStartMs < before)
                    entries.push_back({w.windowStartMs, w.windowMs, AnomalyScorer::meansOf(w), 0});
            }
            return std::optional(entries);
        };
        AnomalyScorer scorer(small(), source);
        WindowResult r = window(5, 70);
        scorer.score(r);
        QCOMPARE(reads, 1);
        QCOMPARE(r.anomaly, expected(70, 64, 2));
        WindowResult next = window(6, 64);
        scorer.score(next); // follows what is held: no read
        QCOMPARE(reads, 1);
        QCOMPARE(next.anomaly, expected(64, 66, 2)); // 62, 64, 66, 68, 70
        WindowResult afterGap = window(60, 64);
        scorer.score(afterGap); // the store may hold windows in between
        QCOMPARE(reads, 2);
    }
};

QTEST_APPLESS_MAIN(TestAnomalyScorer)
#include "TestAnomalyScorer.moc"
