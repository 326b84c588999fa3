#include "analysis/AnomalyScorer.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

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

    static AnomalyScorer::Settings small()
    {
        AnomalyScorer::Settings s;
        s.historyWindows = 5;
        s.minHistory = 3;
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

    /// The scorer keeps each vital's history sorted and finds the median and MAD without sorting: the same scores
    /// as the definition on a copy, for odd and even history lengths, ties and values on either side.
    void incrementalScores_matchTheDefinition()
    {
        for (const int historyWindows : {6, 7, 60}) {
            AnomalyScorer::Settings settings;
            settings.historyWindows = historyWindows;
            settings.minHistory = 2;
            settings.minMad = {0.25, 0.25, 0.25, 0.25, 0.25};
            AnomalyScorer scorer(settings);
            QRandomGenerator rng {quint32(historyWindows)};
            std::vector<double> history;
            for (int i = 0; i < 500; ++i) {
                const double hr = 60 + double(rng.bounded(8)) + (i % 50 == 49 ? 40 : 0) + (i % 3 == 0 ? 0.5 : 0);
                WindowResult r = window(i, hr);
                scorer.score(r);
                const double expectedScore = AnomalyScorer::vitalScore(hr, history, 0.25, 2);
                QVERIFY2((std::isnan(r.anomaly) && std::isnan(expectedScore)) || r.anomaly == expectedScore,
                         qPrintable(QStringLiteral("window %1 of %2: %3 against %4")
                                        .arg(i)
                                        .arg(historyWindows)
                                        .arg(r.anomaly)
                                        .arg(expectedScore)));
                history.push_back(hr);
                if (qsizetype(history.size()) > historyWindows)
                    history.erase(history.begin());
            }
        }
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
