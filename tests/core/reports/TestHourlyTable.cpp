#include "reports/HourlyTable.h"

#include <QTest>

#include <cmath>

using namespace pulsedesk;
using namespace pulsedesk::reports;

/// The trend report's hourly table: median, lowest and highest heart rate and the share of the covered time in
/// each category, per clock hour, with gaps covering nothing.
class TestHourlyTable : public QObject
{
    Q_OBJECT

    static constexpr qint64 Hour = 3'600'000;
    static constexpr HeartRateLimits Limits {40, 50, 100, 130};

    static qint64 start() { return HourlyTable::hourStart(1'790'000'000'000); }

    static size_t index(Category c) { return static_cast<size_t>(c); }

private slots:
    void medianOfOddAndEvenCounts()
    {
        std::vector<double> odd {5, 1, 3};
        QCOMPARE(median(odd), 3.0);
        std::vector<double> even {4, 1, 3, 2};
        QCOMPARE(median(even), 2.5);
        std::vector<double> none;
        QVERIFY(std::isnan(median(none)));
        QCOMPARE(medianMs({}), qint64(-1));
        QCOMPARE(medianMs({600'000, 60'000, 1'200'000}), qint64(600'000));
    }

    void hourStartIsTheLocalClockHour()
    {
        const qint64 t = start() + 25 * 60'000 + 1234;
        QCOMPARE(HourlyTable::hourStart(t), start());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(start()).time().minute(), 0);
    }

    void sharesFollowTheCategoriesOfTheCoveredTime()
    {
        std::vector<HeartRateSample> samples;
        // Hour 1: 45 minutes at 60 bpm, then 15 minutes at 150 (severe tachycardia under Limits).
        for (qint64 s = 0; s < 3600; ++s)
            samples.push_back({start() + s * 1000, s < 2700 ? 60.0 : 150.0, false});
        // Hour 2: the first half hour only, at 45 (moderate bradycardia), then silence.
        for (qint64 s = 0; s < 1800; ++s)
            samples.push_back({start() + Hour + s * 1000, 45.0, false});
        const auto rows = HourlyTable::build(samples, start(), start() + 3 * Hour, Limits, 10'000);
        QCOMPARE(rows.size(), size_t(3));

        QCOMPARE(rows[0].startMs, start());
        QCOMPARE(rows[0].samples, qint64(3600));
        QCOMPARE(rows[0].median, 60.0);
        QCOMPARE(rows[0].min, 60.0);
        QCOMPARE(rows[0].max, 150.0);
        QCOMPARE(rows[0].share[index(Category::NoAnomaly)], 0.75);
        QCOMPARE(rows[0].share[index(Category::SevereTachycardia)], 0.25);
        QCOMPARE(rows[0].share[index(Category::ModerateTachycardia)], 0.0);

        // The silence after the half hour is a gap: the hour is all moderate bradycardia, not half of it.
        QCOMPARE(rows[1].samples, qint64(1800));
        QCOMPARE(rows[1].share[index(Category::ModerateBradycardia)], 1.0);

        // An hour without samples is in the table, empty.
        QCOMPARE(rows[2].startMs, start() + 2 * Hour);
        QCOMPARE(rows[2].samples, qint64(0));
        QVERIFY(std::isnan(rows[2].median));
        for (double share : rows[2].share)
            QCOMPARE(share, 0.0);
    }

    void aSampleCoversTheTimeUntilTheNextOne()
    {
        // Two samples a minute apart, the first severe, then 59 one second apart: the severe one covers a minute.
        std::vector<HeartRateSample> samples {{start(), 20, false}};
        for (qint64 s = 0; s < 60; ++s)
            samples.push_back({start() + 60'000 + s * 1000, 70, false});
        const auto rows = HourlyTable::build(samples, start(), start() + Hour, Limits, 120'000);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].share[index(Category::SevereBradycardia)], 0.5);
        QCOMPARE(rows[0].share[index(Category::NoAnomaly)], 0.5);
    }

    void aGapCoversNothing()
    {
        // A minute at 70, half an hour of silence, a minute at 150: half and half, the silence counts for neither.
        std::vector<HeartRateSample> samples;
        for (qint64 s = 0; s < 60; ++s)
            samples.push_back({start() + s * 1000, 70, false});
        for (qint64 s = 0; s < 60; ++s)
            samples.push_back({start() + 1'800'000 + s * 1000, 150, false});
        const auto rows = HourlyTable::build(samples, start(), start() + Hour, Limits, 10'000);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].share[index(Category::NoAnomaly)], 0.5);
        QCOMPARE(rows[0].share[index(Category::SevereTachycardia)], 0.5);
    }

    void samplesOutsideThePeriodAreLeftOut()
    {
        const std::vector<HeartRateSample> samples {
            {start() - 1000, 200, false}, {start() + 1000, 70, false}, {start() + Hour, 200, false}};
        const auto rows = HourlyTable::build(samples, start(), start() + Hour, Limits, 10'000);
        QCOMPARE(rows.size(), size_t(1));
        QCOMPARE(rows[0].samples, qint64(1));
        QCOMPARE(rows[0].max, 70.0);
        QVERIFY(HourlyTable::build(samples, start(), start(), Limits, 10'000).empty());
    }
};

QTEST_GUILESS_MAIN(TestHourlyTable)
#include "TestHourlyTable.moc"
