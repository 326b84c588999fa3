#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "analysis/FindingStore.h"
#include "analysis/PatientLimitsStore.h"
#include "analysis/ResultStore.h"
#include "monitoring/HeartRateSeries.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace pulsedesk;
using pulsedesk::test::storeSamples;
using pulsedesk::test::TestWorkspace;

/// The patient chart's data: every device the patient wore during the range, reduced to the chart's width
/// without losing a peak, gaps kept as gaps, imported data kept apart, with the limits and alarms to draw.
class TestHeartRateSeries : public QObject
{
    Q_OBJECT

    static constexpr qint64 Hour = 3'600'000;
    static constexpr qint64 T0 = 1'790'000'000'000; // 2026-09-21, a fixed morning

    /// A day at 1 Hz: a sine around 80 bpm with one 1-second spike to 190 and one dip to 31.
    static std::vector<HeartRateSample> day()
    {
        std::vector<HeartRateSample> samples;
        for (qint64 i = 0; i < 86'400; ++i)
            samples.push_back({T0 + i * 1000, 80 + 10 * std::sin(static_cast<double>(i) / 600.0), false});
        samples[40'000].bpm = 190;
        samples[70'001].bpm = 31;
        return samples;
    }

private slots:
    void reductionKeepsEveryPeakOfADayInAFewThousandPoints()
    {
        const std::vector<HeartRateSample> samples = day();
        const auto segments = HeartRateSeries::reduce(samples, T0, T0 + 24 * Hour, 1000, 10'000);
        QCOMPARE(segments.size(), size_t(1));
        const auto& points = segments.front().points;
        QVERIFY2(points.size() <= 4000, qPrintable(QString::number(points.size())));
        QVERIFY(points.size() >= 2000); // at least a low and a high per column
        const auto [low, high] = std::minmax_element(points.begin(), points.end(),
                                                     [](const auto& a, const auto& b) { return a.bpm < b.bpm; });
        QCOMPARE(high->bpm, 190.0);
        QCOMPARE(high->ms, T0 + 40'000 * 1000);
        QCOMPARE(low->bpm, 31.0);
        QCOMPARE(points.front().ms, T0);
        QCOMPARE(points.back().ms, T0 + 86'399 * 1000);
        QVERIFY(std::is_sorted(points.begin(), points.end(), [](const auto& a, const auto& b) { return a.ms < b.ms; }));
    }

    void fewSamplesAreKeptAsTheyAre()
    {
        const std::vector<HeartRateSample> samples {{T0, 70, false}, {T0 + 1000, 72, false}, {T0 + 2000, 71, false}};
        const auto segments = HeartRateSeries::reduce(samples, T0, T0 + 300'000, 1000, 10'000);
        QCOMPARE(segments.size(), size_t(1));
        QCOMPARE(segments.front().points.size(), size_t(3));
        QCOMPARE(segments.front().points[1], (ChartPoint {T0 + 1000, 72}));
    }

    void samplesOutsideTheRangeAreLeftOut()
    {
        const std::vector<HeartRateSample> samples {{T0 - 1000, 70, false}, {T0, 71, false}, {T0 + 60'000, 72, false}};
        const auto segments = HeartRateSeries::reduce(samples, T0, T0 + 60'000, 100, 120'000);
        QCOMPARE(segments.size(), size_t(1));
        QCOMPARE(segments.front().points.size(), size_t(1));
        QCOMPARE(segments.front().points.front().ms, T0);
        QVERIFY(HeartRateSeries::reduce(samples, T0, T0, 100, 1000).empty());
        QVERIFY(HeartRateSeries::reduce(samples, T0, T0 + 1000, 0, 1000).empty());
    }

    void gapsAndImportedStretchesStartNewSegments()
    {
        std::vector<HeartRateSample> samples;
        for (int i = 0; i < 60; ++i) // live, one minute
            samples.push_back({T0 + i * 1000, 70, false});
        for (int i = 0; i < 60; ++i) // silence of 2 minutes, then another live minute
            samples.push_back({T0 + 180'000 + i * 1000, 75, false});
        for (int i = 0; i < 60; ++i) // imported right after, no gap
            samples.push_back({T0 + 240'000 + i * 1000, 80, true});
        const auto segments = HeartRateSeries::reduce(samples, T0, T0 + Hour, 600, 10'000);
        QCOMPARE(segments.size(), size_t(3));
        QCOMPARE(segments[0].points.back().ms, T0 + 59'000);
        QCOMPARE(segments[1].points.front().ms, T0 + 180'000);
        QVERIFY(!segments[1].imported);
        QVERIFY(segments[2].imported);
        QCOMPARE(segments[2].points.front().bpm, 80.0);
    }

    void gapThresholdFollowsTheDataAndThePixels()
    {
        std::vector<HeartRateSample> perSecond;
        std::vector<HeartRateSample> perMinute;
        for (int i = 0; i < 100; ++i) {
            perSecond.push_back({T0 + i * 1000, 70, false});
            perMinute.push_back({T0 + i * 60'000, 70, false});
        }
        QCOMPARE(HeartRateSeries::gapThreshold(perSecond, 300), qint64(10'000));
        QCOMPARE(HeartRateSeries::gapThreshold(perMinute, 300), qint64(180'000));
        QCOMPARE(HeartRateSeries::gapThreshold(perSecond, 86'400), qint64(172'800));
        QCOMPARE(HeartRateSeries::gapThreshold({}, 0), qint64(10'000));
    }

    void readsEveryDeviceOfThePatientOnlyWhileAssigned()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"));
        tw.admit(doctor, QStringLiteral("MRN-2"), QStringLiteral("Patient Two"), QStringLiteral("2"));
        for (const QString& device : {QStringLiteral("dev-1"), QStringLiteral("dev-2")})
            QVERIFY(w.devices().add(tw.admin(), device, QStringLiteral("Polar"), QStringLiteral("H10")));
        const auto at = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
        // dev-1 on patient 1 for the first 10 minutes, then on patient 2; dev-2 on patient 1 from minute 10.
        QVERIFY(w.devices().assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"), at(T0)));
        QVERIFY(w.devices().unassign(nurse, QStringLiteral("dev-1"), at(T0 + 600'000)));
        QVERIFY(w.devices().assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-2"), at(T0 + 600'000)));
        QVERIFY(w.devices().assign(nurse, QStringLiteral("dev-2"), QStringLiteral("MRN-1"), at(T0 + 600'000)));
        storeSamples(w, QStringLiteral("dev-1"), T0, 1200, 1000,
                     [](int) { return 70.0; }); // 20 minutes, the second half is patient 2's
        storeSamples(
            w, QStringLiteral("dev-2"), T0 + 600'000, 300, 1000, [](int) { return 90.0; }, QStringLiteral("live"), 97);
        storeSamples(
            w, QStringLiteral("dev-2"), T0 + 900'000, 300, 1000, [](int) { return 95.0; }, QStringLiteral("backfill"));

        auto chart = HeartRateSeries::read(w.database(), nurse, QStringLiteral("MRN-1"), T0, T0 + Hour, 3600);
        QVERIFY2(chart, qPrintable(chart.errorMessage()));
        QCOMPARE(chart->sampleCount, qint64(600 + 300 + 300));
        QCOMPARE(chart->importedCount, qint64(300));
        QCOMPARE(chart->segments.size(), size_t(2)); // live from two devices back to back, then imported
        QVERIFY(!chart->segments[0].imported);
        QVERIFY(chart->segments[1].imported);
        for (const ChartPoint& p : chart->segments[0].points)
            QVERIFY2(p.ms < T0 + 600'000 ? p.bpm == 70 : p.bpm == 90, "patient 2's samples leaked into the chart");
        QCOMPARE(chart->spo2.value, 97.0);
        QCOMPARE(chart->spo2.ms, T0 + 600'000 + 299'000);
        QVERIFY(!chart->temperature.present());

        auto other = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-2"), T0, T0 + Hour, 3600);
        QVERIFY(other);
        QCOMPARE(other->sampleCount, qint64(600));

        // A narrower range holds only its own samples.
        auto narrow =
            HeartRateSeries::read(w.database(), nurse, QStringLiteral("MRN-1"), T0 + 300'000, T0 + 360'000, 60);
        QVERIFY(narrow);
        QCOMPARE(narrow->sampleCount, qint64(60));
    }

    void limitsAndAlarmsComeWithTheChart()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"));
        auto chart = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-1"), T0, T0 + Hour, 100);
        QVERIFY(chart);
        QCOMPARE(chart->limits.basis, ClassificationBasis::ReferenceTable);
        QCOMPARE(chart->limits.limits, HeartRateBands::builtIn().adult().limits);
        QCOMPARE(chart->sampleCount, qint64(0));
        QVERIFY(chart->segments.empty());

        const HeartRateLimits own {35, 45, 110, 140};
        QVERIFY(w.limits().setLimits(doctor, QStringLiteral("MRN-1"), own, QStringLiteral("athlete")));
        {
            QSqlDatabase db = w.database().connection();
            QSqlQuery q(db);
            QVERIFY(q.exec(
                QStringLiteral(
                    "INSERT INTO alarms (patient_id, condition, priority, state, condition_since, raised_at, "
                    "updated_at, ended_at) SELECT id, 'tachycardia', 'high', 'ended', %1, %1, %2, %2 FROM patients")
                    .arg(T0 + 60'000)
                    .arg(T0 + 120'000)));
            QVERIFY(
                q.exec(QStringLiteral(
                           "INSERT INTO alarms (patient_id, condition, priority, state, condition_since, raised_at, "
                           "updated_at) SELECT id, 'bradycardia', 'medium', 'active', %1, %1, %1 FROM patients")
                           .arg(T0 + 2 * Hour)));
        }
        chart = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-1"), T0, T0 + Hour, 100);
        QVERIFY(chart);
        QCOMPARE(chart->limits.basis, ClassificationBasis::PatientLimits);
        QCOMPARE(chart->limits.limits, own);
        QCOMPARE(chart->alarms.size(), 1); // the open one was raised after the range
        QCOMPARE(chart->alarms.front().priority, AlarmPriority::High);
        QCOMPARE(chart->alarms.front().condition, AlarmCondition::Tachycardia);
        QCOMPARE(chart->alarms.front().endedMs, T0 + 120'000);
        chart = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-1"), T0, T0 + 3 * Hour, 100);
        QCOMPARE(chart->alarms.size(), 2);
        QCOMPARE(chart->alarms.back().endedMs, qint64(0));
    }

    void childrenAreDrawnAgainstTheirAgeBand()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        PatientInput infant;
        infant.mrn = QStringLiteral("MRN-B");
        infant.name = QStringLiteral("Baby");
        infant.birthDate = QDateTime::fromMSecsSinceEpoch(T0).date().addMonths(-2);
        infant.sex = Sex::Male;
        QVERIFY(w.patients().admit(doctor, infant));
        auto chart = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-B"), T0, T0 + Hour, 100);
        QVERIFY(chart);
        QCOMPARE(chart->limits.basis, ClassificationBasis::ReferenceTable);
        const HeartRateBand* band = HeartRateBands::builtIn().find(2, Sex::Male);
        QVERIFY(band);
        QCOMPARE(chart->limits.band, band->label);
        QVERIFY(chart->limits.limits.tachycardiaAbove > HeartRateBands::builtIn().adult().limits.tachycardiaAbove);
    }

    void onlyCliniciansReadTheChart()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"));
        auto refused = HeartRateSeries::read(w.database(), tw.admin(), QStringLiteral("MRN-1"), T0, T0 + Hour, 100);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotPermitted);
        auto unknown = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-9"), T0, T0 + Hour, 100);
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, Error::Code::NotFound);
        auto empty = HeartRateSeries::read(w.database(), doctor, QStringLiteral("MRN-1"), T0, T0, 100);
        QVERIFY(!empty);
        QCOMPARE(empty.error().code, Error::Code::Invalid);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestHeartRateSeries)
#include "TestHeartRateSeries.moc"
