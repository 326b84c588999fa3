#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "analysis/ResultStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QTest>

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

private slots:
    void aWindowAnalysedAgainIsUpdatedInPlace()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"));
        QVERIFY(w.devices().add(tw.admin(), QStringLiteral("dev-1"), {}, {}));
        QSqlDatabase db = w.database().connection();
        const qint64 patient = Sql::scalar(db, QStringLiteral("SELECT id FROM patients")).toLongLong();
        const qint64 device = Sql::scalar(db, QStringLiteral("SELECT id FROM devices")).toLongLong();

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
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestResultStore)
#include "TestResultStore.moc"
