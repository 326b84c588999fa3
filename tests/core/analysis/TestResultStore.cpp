#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "analysis/Classifier.h"
#include "analysis/ResultStore.h"
#include "model/Sample.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QTest>

#include <memory>

using namespace pulsedesk;
using pulsedesk::test::TestWorkspace;

/// Window results are stored once per (patient, device, window): a window analysed again (a late sample, an
/// import that fills it in) updates its row in place.
class TestResultStore : public QObject
{
    Q_OBJECT

    static constexpr qint64 T0 = 1'790'000'000'000;

    static WindowResult result(qint64 patient, qint64 device, qint64 start, double mean, Category category)
    {
        WindowResult r;
        r.patientId = patient;
        r.deviceRowId = device;
        r.windowStartMs = start;
        r.windowMs = 10'000;
        r.sampleCount = 10;
        r.coverage = 1;
        r.hrMean = mean;
        r.hrMin = mean - 2;
        r.hrMax = mean + 2;
        r.hrSd = 1;
        r.classification = {category, ClassificationBasis::ReferenceTable, QStringLiteral("adult")};
        return r;
    }

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_doctor;
    qint64 m_patient = 0;
    qint64 m_device = 0;

private slots:
    /// A doctor, a patient admitted and a device.
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_doctor = m_tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        m_tw->admit(m_doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"));
        QVERIFY(m_tw->workspace().devices().add(m_tw->admin(), QStringLiteral("dev-1"), {}, {}));
        QSqlDatabase db = m_tw->workspace().database().connection();
        m_patient = Sql::scalar(db, QStringLiteral("SELECT id FROM patients")).toLongLong();
        m_device = Sql::scalar(db, QStringLiteral("SELECT id FROM devices")).toLongLong();
    }

    void aWindowAnalysedAgainIsUpdatedInPlace()
    {
        Workspace& w = m_tw->workspace();
        const Session& doctor = m_doctor;
        const qint64 patient = m_patient;
        const qint64 device = m_device;
        QSqlDatabase db = w.database().connection();

        QVERIFY(w.results().storeResults(db,
                                         {result(patient, device, T0, 80, Category::NoAnomaly),
                                          result(patient, device, T0 + 10'000, 82, Category::NoAnomaly)},
                                         T0 + 20'000));
        QVERIFY(w.results().storeResults(db, {result(patient, device, T0 + 10'000, 135, Category::SevereTachycardia)},
                                         T0 + 30'000));

        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM analysis_results")).toInt(), 2);
        auto stored = w.results().results(doctor, QStringLiteral("MRN-1"));
        QVERIFY(stored);
        QCOMPARE(stored->size(), 2);
        const WindowResult& newest = stored->front(); // newest first
        QCOMPARE(newest.windowStartMs, T0 + 10'000);
        QCOMPARE(newest.hrMean, 135.0);
        QCOMPARE(newest.hrMax, 137.0);
        QCOMPARE(newest.classification.category, Category::SevereTachycardia);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT computed_at FROM analysis_results WHERE window_start = ?"),
                             {T0 + 10'000})
                     .toLongLong(),
                 T0 + 30'000);
        QCOMPARE(stored->back().hrMean, 80.0); // the other window is untouched
    }

    /// A batch mixing new windows, a stored one and the same window twice stores what storing them one after the
    /// other would: one row a window, the last values of each.
    void aBatchStoresEachWindowOnceWithItsLastValues()
    {
        Workspace& w = m_tw->workspace();
        const qint64 patient = m_patient;
        const qint64 device = m_device;
        QSqlDatabase db = w.database().connection();
        QVERIFY(w.results().storeResults(db, {result(patient, device, T0, 80, Category::NoAnomaly)}, T0 + 10'000));

        std::vector<WindowResult> batch;
        for (int i = 0; i < 20; ++i)
            batch.push_back(result(patient, device, T0 + i * 10'000, 70 + i, Category::NoAnomaly));
        batch.push_back(result(patient, device, T0 + 30'000, 140, Category::SevereTachycardia));
        batch.at(4).hrSd = Sample::Missing; // stored as NULL
        batch.at(5).classification.band = QStringLiteral(R"(a "quoted", \ band)");
        const auto stored = w.results().storeResults(db, batch, T0 + 300'000);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));

        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM analysis_results")).toInt(), 20);
        const auto mean = [&db](qint64 start) {
            return Sql::scalar(db, QStringLiteral("SELECT hr_mean FROM analysis_results WHERE window_start = ?"),
                               {start})
                .toDouble();
        };
        QCOMPARE(mean(T0), 70.0); // stored before, updated
        QCOMPARE(mean(T0 + 10'000), 71.0);
        QCOMPARE(mean(T0 + 30'000), 140.0); // the last of the two
        QCOMPARE(mean(T0 + 190'000), 89.0);
        QVERIFY(
            Sql::scalar(db, QStringLiteral("SELECT hr_sd FROM analysis_results WHERE window_start = ?"), {T0 + 40'000})
                .isNull());
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT band FROM analysis_results WHERE window_start = ?"), {T0 + 50'000})
                .toString(),
            QStringLiteral(R"(a "quoted", \ band)"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT category FROM analysis_results WHERE window_start = ?"),
                             {T0 + 30'000})
                     .toString(),
                 categoryKey(Category::SevereTachycardia));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT min(computed_at) FROM analysis_results")).toLongLong(),
                 T0 + 300'000);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestResultStore)
#include "TestResultStore.moc"
