#include "analysis/WindowEngine.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <map>

using namespace pulsedesk;

namespace {

/// Devices 1..3 are worn by patients 101..103; device 9 by patient 201 until the switch time and by 202 after.
class FixedResolver final : public PatientResolver
{
public:
    explicit FixedResolver(qint64 switchAtMs)
        : m_switchAt(switchAtMs)
    {
        m_patients[101] = {101, {}, {}, QDate(1980, 1, 1), Sex::Female, {7}, {}, QStringLiteral("d1"), {}, {}};
        m_patients[102] = {102, {}, {}, QDate(2026, 1, 1), Sex::Male, {7}, {}, QStringLiteral("d2"), {}, {}};
        m_patients[103] = {103, {}, {}, QDate(), Sex::Unknown, {8}, {}, QStringLiteral("d3"), {}, {}};
        m_patients[201] = {201, {}, {}, QDate(1950, 5, 5), Sex::Male, {7}, {}, QStringLiteral("d9"), {}, {}};
        m_patients[202] = {202, {}, {}, QDate(1990, 5, 5), Sex::Female, {8}, {}, QStringLiteral("d9"), {}, {}};
    }
    const PatientContext* patientAt(qint64 device, qint64 ts) override
    {
        if (device == 9)
            return &m_patients[ts < m_switchAt ? 201 : 202];
        if (device == 5)
            return nullptr; // not assigned to anyone
        const auto it = m_patients.find(100 + device);
        return it == m_patients.end() ? nullptr : &it->second;
    }

private:
    qint64 m_switchAt;
    std::map<qint64, PatientContext> m_patients;
};

/// Stands in for the store: every sample "stored" so far.
class MemorySource final : public WindowSampleSource
{
public:
    std::vector<AnalysisSample> samples(qint64 device, qint64 from, qint64 to) override
    {
        ++reads;
        std::vector<AnalysisSample> out;
        for (const AnalysisSample& s : stored) {
            if (s.deviceRowId == device && s.timestampMs >= from && s.timestampMs < to)
                out.push_back(s);
        }
        return out;
    }
    std::optional<qint64> newestStoredBeforeStart(qint64 device) override
    {
        const auto it = before.find(device);
        return it == before.end() ? std::nullopt : std::optional<qint64>(it->second);
    }
    std::vector<AnalysisSample> stored;
    std::map<qint64, qint64> before;
    int reads = 0;
};

constexpr qint64 T0 = 1'780'000'000'000; // a whole multiple of 10 s

AnalysisSample sample(qint64 device, qint64 ts, double hr, double spo2 = AnalysisSample::Missing)
{
    return {device, ts, hr, spo2, AnalysisSample::Missing, AnalysisSample::Missing, AnalysisSample::Missing};
}

using ResultMap = std::map<std::tuple<qint64, qint64, qint64>, WindowResult>;

void keep(ResultMap& into, const std::vector<WindowResult>& results)
{
    for (const WindowResult& r : results)
        into.insert_or_assign(std::make_tuple(r.patientId, r.deviceRowId, r.windowStartMs), r);
}

} // namespace

/// Event-time windows: features, finality, late samples, and the same results for any arrival order.
class TestWindowEngine : public QObject
{
    Q_OBJECT

    /// Five minutes of 1 Hz samples for devices 1, 2, 3 and 9, with episodes, gaps and a low-coverage stretch.
    static std::vector<AnalysisSample> ward()
    {
        std::vector<AnalysisSample> all;
        QRandomGenerator rng(42);
        for (qint64 device : {1, 2, 3, 9}) {
            for (int s = 0; s < 300; ++s) {
                if (device == 3 && s >= 100 && s < 130 && s % 3 != 0)
                    continue; // a poor contact: a third of the samples
                double hr = device == 2 ? 140 : 72;
                if (device == 1 && s >= 120 && s < 180)
                    hr = 150; // an episode of tachycardia
                hr += rng.bounded(-30, 31) / 10.0;
                all.push_back(sample(device, T0 + s * 1000 + device * 7, hr, 97 + (s % 3)));
            }
        }
        return all;
    }

    /// Feeds the samples in chunks, collecting as a live service does, then flushes; returns the last result of
    /// every window.
    static ResultMap run(const std::vector<std::vector<AnalysisSample>>& chunks)
    {
        FixedResolver resolver(T0 + 65'000);
        WindowSettings settings;
        settings.zone = QTimeZone(QByteArrayLiteral("UTC"));
        WindowEngine engine(HeartRateBands::builtIn(), resolver, settings);
        ResultMap results;
        qint64 now = T0;
        for (const auto& chunk : chunks) {
            now += 100;
            engine.add(chunk, now);
            keep(results, engine.collect(now));
        }
        keep(results, engine.flush());
        return results;
    }

    static std::vector<std::vector<AnalysisSample>> oneByOne(const std::vector<AnalysisSample>& all)
    {
        std::vector<std::vector<AnalysisSample>> chunks;
        for (const AnalysisSample& s : all)
            chunks.push_back({s});
        return chunks;
    }

private slots:
    void featuresOfAWindow()
    {
        FixedResolver resolver(T0);
        WindowSettings settings;
        settings.zone = QTimeZone(QByteArrayLiteral("UTC"));
        WindowEngine engine(HeartRateBands::builtIn(), resolver, settings);
        std::vector<AnalysisSample> samples;
        const double rates[] = {60, 62, 64, 66, 68, 70, 72, 74, 76, 78};
        for (int i = 0; i < 10; ++i)
            samples.push_back(sample(1, T0 + 20'000 + i * 1000, rates[i], i < 5 ? 96 : 98));
        engine.add(samples, 0);
        QVERIFY(engine.collect(0).empty()); // nothing past the end plus lateness yet
        const AnalysisSample after = sample(1, T0 + 32'000, 80);
        engine.add({&after, 1}, 0);
        const std::vector<WindowResult> results = engine.collect(0);
        QCOMPARE(results.size(), std::size_t(1));
        const WindowResult& r = results.front();
        QCOMPARE(r.patientId, 101);
        QCOMPARE(r.windowStartMs, T0 + 20'000);
        QCOMPARE(r.windowMs, 10'000);
        QCOMPARE(r.sampleCount, 10);
        QCOMPARE(r.coverage, 1.0);
        QCOMPARE(r.hrMean, 69.0);
        QCOMPARE(r.hrMin, 60.0);
        QCOMPARE(r.hrMax, 78.0);
        QVERIFY(qAbs(r.hrSd - 6.0553) < 1e-3); // sample standard deviation of 60, 62 ... 78
        QCOMPARE(r.spo2Mean, 97.0);
        QVERIFY(std::isnan(r.temperatureMean));
        QCOMPARE(r.classification.category, Category::NoAnomaly);
        QVERIFY(!r.lowConfidence);
    }

    void lowCoverageIsLowConfidence()
    {
        FixedResolver resolver(T0);
        WindowEngine engine(HeartRateBands::builtIn(), resolver, {});
        std::vector<AnalysisSample> samples;
        for (int i = 0; i < 4; ++i)
            samples.push_back(sample(1, T0 + i * 2500, 170));
        engine.add(samples, 0);
        const std::vector<WindowResult> results = engine.flush();
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results.front().coverage, 0.4);
        QVERIFY(results.front().lowConfidence);
        QCOMPARE(results.front().classification.category, Category::SevereTachycardia);
    }

    void quietDeviceFinalizesByWallClock()
    {
        FixedResolver resolver(T0);
        WindowEngine engine(HeartRateBands::builtIn(), resolver, {});
        const AnalysisSample s = sample(1, T0 + 1000, 70);
        engine.add({&s, 1}, 1'000'000);
        QVERIFY(engine.collect(1'000'000 + 4'999).empty());
        QCOMPARE(engine.collect(1'000'000 + 5'000).size(), std::size_t(1));
    }

    void lateSampleRecomputesItsWindow()
    {
        FixedResolver resolver(T0);
        WindowEngine engine(HeartRateBands::builtIn(), resolver, {});
        std::vector<AnalysisSample> first;
        for (int i = 0; i < 9; ++i)
            first.push_back(sample(1, T0 + i * 1000, 70));
        first.push_back(sample(1, T0 + 15'000, 70));
        engine.add(first, 0);
        auto results = engine.collect(0);
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results.front().sampleCount, 9);
        const AnalysisSample late = sample(1, T0 + 9'000, 110);
        engine.add({&late, 1}, 0);
        results = engine.collect(0);
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results.front().windowStartMs, T0);
        QCOMPARE(results.front().sampleCount, 10);
        QCOMPARE(results.front().hrMean, 74.0);
        QCOMPARE(engine.totals().recomputed, 1);
        // The same sample again changes nothing and produces nothing.
        engine.add({&late, 1}, 0);
        QVERIFY(engine.collect(0).empty());
        QCOMPARE(engine.totals().duplicates, 1);
    }

    void evictedOrRestartedWindowsAreReadBackFromTheStore()
    {
        FixedResolver resolver(T0);
        MemorySource source;
        // Before a restart, 8 samples of the first window were stored; the analysis never saw them.
        for (int i = 0; i < 8; ++i)
            source.stored.push_back(sample(1, T0 + i * 1000, 80));
        source.before[1] = T0 + 7000;
        WindowEngine engine(HeartRateBands::builtIn(), resolver, {}, &source);
        std::vector<AnalysisSample> after = {sample(1, T0 + 8000, 90), sample(1, T0 + 9000, 90)};
        source.stored.insert(source.stored.end(), after.begin(), after.end());
        engine.add(after, 0);
        const auto results = engine.flush();
        QCOMPARE(results.size(), std::size_t(1));
        QCOMPARE(results.front().sampleCount, 10);
        QCOMPARE(results.front().hrMean, 82.0);
        QCOMPARE(source.reads, 1);
        // Windows after the restart point are not read back.
        const AnalysisSample next = sample(1, T0 + 10'000, 90);
        engine.add({&next, 1}, 0);
        QCOMPARE(source.reads, 1);
    }

    void samplesOfUnassignedDevicesAreCounted()
    {
        FixedResolver resolver(T0);
        WindowEngine engine(HeartRateBands::builtIn(), resolver, {});
        const AnalysisSample s = sample(5, T0, 70);
        engine.add({&s, 1}, 0);
        QCOMPARE(engine.totals().unassigned, 1);
        QVERIFY(engine.flush().empty());
    }

    void aDeviceMovedToAnotherPatientSplitsItsWindow()
    {
        FixedResolver resolver(T0 + 5'000);
        WindowEngine engine(HeartRateBands::builtIn(), resolver, {});
        std::vector<AnalysisSample> samples;
        for (int i = 0; i < 10; ++i)
            samples.push_back(sample(9, T0 + i * 1000, 70));
        engine.add(samples, 0);
        auto results = engine.flush();
        std::sort(results.begin(), results.end(),
                  [](const WindowResult& a, const WindowResult& b) { return a.patientId < b.patientId; });
        QCOMPARE(results.size(), std::size_t(2));
        QCOMPARE(results[0].patientId, 201);
        QCOMPARE(results[0].sampleCount, 5);
        QCOMPARE(results[1].patientId, 202);
        QCOMPARE(results[1].sampleCount, 5);
    }

    /// The same set of samples in order, shuffled, split between live and a batch, or twice: identical results.
    void arrivalOrderDoesNotChangeResults()
    {
        const std::vector<AnalysisSample> all = ward();
        const ResultMap inOrder = run(oneByOne(all));
        QCOMPARE(inOrder.size(), std::size_t(4 * 30 + 1)); // 30 windows per device; one split between two patients

        std::vector<AnalysisSample> shuffled = all;
        std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
        const ResultMap shuffledResults = run(oneByOne(shuffled));

        // Live up to 3 minutes, the rest (and a minute of overlap) arrives later as one reversed batch.
        std::vector<std::vector<AnalysisSample>> split;
        std::vector<AnalysisSample> batch;
        for (const AnalysisSample& s : all) {
            if (s.timestampMs < T0 + 180'000)
                split.push_back({s});
            if (s.timestampMs >= T0 + 120'000)
                batch.push_back(s);
        }
        std::reverse(batch.begin(), batch.end());
        split.push_back(batch);
        const ResultMap splitResults = run(split);

        std::vector<std::vector<AnalysisSample>> twice = oneByOne(all);
        twice.push_back(all);
        const ResultMap twiceResults = run(twice);

        for (const ResultMap* other : {&shuffledResults, &splitResults, &twiceResults}) {
            QCOMPARE(other->size(), inOrder.size());
            for (const auto& [key, result] : inOrder) {
                const auto it = other->find(key);
                QVERIFY(it != other->end());
                QVERIFY2(
                    it->second.sameAs(result),
                    qPrintable(
                        QStringLiteral("window %1 of patient %2 differs").arg(std::get<2>(key)).arg(std::get<0>(key))));
            }
        }
        // The episode and the poor contact are there.
        const WindowResult& episode = inOrder.at({101, 1, T0 + 150'000});
        QCOMPARE(episode.classification.category, Category::SevereTachycardia);
        QVERIFY(inOrder.at({103, 3, T0 + 110'000}).lowConfidence);
        QCOMPARE(inOrder.at({103, 3, T0 + 110'000}).classification.basis, ClassificationBasis::AdultAssumed);
        // Device 2 is worn by a 5-month-old: 140 bpm is in range for them.
        QCOMPARE(inOrder.at({102, 2, T0}).classification.category, Category::NoAnomaly);
    }
};

QTEST_GUILESS_MAIN(TestWindowEngine)
#include "TestWindowEngine.moc"
