#include "ImportFixtures.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "import/Importer.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The importer on its own, with small generated files in a test workspace: what a preview counts (new, already
/// stored, conflicts, devices and patients), what an import stores, and that a cancelled import is undone.
class TestImporter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    const qint64 m_hourAgo = (QDateTime::currentMSecsSinceEpoch() / 60'000 - 60) * 60'000;

    static Result<ImportPreview> previewOf(Workspace& w, const Session& nurse, const QString& path,
                                           const ImportOptions& options = {})
    {
        Importer importer(w);
        return importer.preview(nurse, path, options);
    }

private slots:
    void preview_countsAndStoresNothing()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        const QString path = write(m_files, QStringLiteral("a.json"),
                                   dump(QStringLiteral("dev-1"), m_hourAgo, 30, [](int i) { return 60 + i; }));
        auto preview = previewOf(w, ward.nurse, path);
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        QVERIFY2(preview->error.isEmpty(), qPrintable(preview->error));
        QCOMPARE(preview->format, ImportFormat::DeviceDump);
        QCOMPARE(preview->records, 30);
        QCOMPARE(preview->fresh, 30);
        QCOMPARE(preview->duplicates, 0);
        QCOMPARE(preview->rejected, 0);
        QCOMPARE(preview->firstMs, m_hourAgo);
        QCOMPARE(preview->lastMs, m_hourAgo + 29'000);
        QCOMPARE(preview->sha256.size(), 64);
        QCOMPARE(preview->devices.size(), 1);
        const ImportDeviceSummary& device = preview->devices.first();
        QCOMPARE(device.device, QStringLiteral("dev-1"));
        QVERIFY(!device.chosen);
        QCOMPARE(device.samples, 30);
        QCOMPARE(device.unassigned, 0);
        QCOMPARE(device.patients.size(), 1);
        QCOMPARE(device.patients.first().mrn, QStringLiteral("MRN-1"));
        QCOMPARE(device.patients.first().samples, 30);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM imports")), 0);
    }

    void preview_samplesBeforeTheAssignmentBelongToNobody()
    {
        Ward ward = makeWard(m_hourAgo + 10'000);
        const QString path = write(m_files, QStringLiteral("early.json"),
                                   dump(QStringLiteral("dev-1"), m_hourAgo, 30, [](int) { return 70; }));
        auto preview = previewOf(ward.tw->workspace(), ward.nurse, path);
        QVERIFY(preview.ok());
        QCOMPARE(preview->devices.first().unassigned, 10);
        QCOMPARE(preview->devices.first().patients.first().samples, 20);
    }

    void import_storesThenNothingNew()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        const QString path = write(m_files, QStringLiteral("b.json"),
                                   dump(QStringLiteral("dev-1"), m_hourAgo, 40, [](int i) { return 60 + i % 7; }));
        const ImportOutcome outcome = importFile(w, ward.nurse, path);
        QCOMPARE(outcome.state, ImportOutcome::State::Complete);
        QCOMPARE(outcome.stored, 40);
        QCOMPARE(outcome.duplicates, 0);
        QCOMPARE(outcome.rejected, 0);
        QVERIFY(outcome.importId > 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples WHERE import_id = ?"), {outcome.importId}), 40);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'complete'")), 1);

        // The same file again: all of it is already stored, and the nurse is told it was imported before.
        auto again = previewOf(w, ward.nurse, path);
        QVERIFY(again.ok());
        QCOMPARE(again->fresh, 0);
        QCOMPARE(again->duplicates, 40);
        QVERIFY(again->previousImport.contains(QLatin1String("nurse")));
    }

    void conflicts_areRejectedAndTheStoredValueStays()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        importFile(w, ward.nurse,
                   write(m_files, QStringLiteral("first.json"),
                         dump(QStringLiteral("dev-1"), m_hourAgo, 20, [](int) { return 60; })));
        // Ten of the same times with another heart rate, ten new ones.
        const QString path = write(m_files, QStringLiteral("second.json"),
                                   dump(QStringLiteral("dev-1"), m_hourAgo + 10'000, 20, [](int) { return 90; }));
        auto preview = previewOf(w, ward.nurse, path);
        QVERIFY(preview.ok());
        QCOMPARE(preview->rejected, 10);
        QCOMPARE(preview->fresh, 10);
        QCOMPARE(preview->rejectReasons.size(), 1);
        QCOMPARE(preview->rejections.size(), 10);
        QVERIFY(preview->rejections.first().line > 0);

        const ImportOutcome outcome = importFile(w, ward.nurse, path);
        QCOMPARE(outcome.stored, 10);
        QCOMPARE(outcome.rejected, 10);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM quarantine WHERE import_id = ?"), {outcome.importId}),
                 10);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples WHERE heart_rate = 60")), 20);
    }

    void unknownDevice_isRejectedUntilChosen()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        const QString path = write(m_files, QStringLiteral("c.json"),
                                   dump(QStringLiteral("watch-9"), m_hourAgo, 5, [](int) { return 65; }));
        auto unknown = previewOf(w, ward.nurse, path);
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->rejected, 5);
        QCOMPARE(unknown->fresh, 0);
        QVERIFY(unknown->devices.first().device.isEmpty());
        QVERIFY(unknown->rejectReasons.firstKey().contains(QLatin1String("watch-9")));

        ImportOptions options;
        options.deviceMap.insert(QStringLiteral("watch-9"), QStringLiteral("dev-2"));
        auto chosen = previewOf(w, ward.nurse, path, options);
        QVERIFY(chosen.ok());
        QCOMPARE(chosen->fresh, 5);
        QCOMPARE(chosen->devices.first().device, QStringLiteral("dev-2"));
        QVERIFY(chosen->devices.first().chosen);
        QCOMPARE(chosen->devices.first().unassigned, 5); // dev-2 is assigned to nobody
    }

    void cancelledImport_isUndone()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        // Enough records for several batches of the reader: the cancel comes after the second one, once a chunk
        // was committed (the pause after the first lets the half-second chunk end).
        const QString path = write(m_files, QStringLiteral("d.json"),
                                   dump(QStringLiteral("dev-1"), m_hourAgo - 9'000'000, 6000, [](int) { return 60; }));
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        QCOMPARE(preview->fresh, 6000);
        std::atomic_bool cancel = false;
        int batches = 0;
        qint64 storedWhenCancelled = -1;
        const auto progress = [&](qint64, qint64, qint64 records) {
            if (records == 0 || cancel)
                return;
            if (++batches == 1) {
                QTest::qSleep(600);
            } else {
                storedWhenCancelled = count(w, QStringLiteral("SELECT count(*) FROM samples"));
                cancel = true;
            }
        };
        auto outcome = importer.run(ward.nurse, preview.value(), {}, &cancel, progress);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->state, ImportOutcome::State::Cancelled);
        QCOMPARE(outcome->stored, 0);
        QVERIFY(storedWhenCancelled > 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM import_ranges")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'cancelled'")), 1);

        // Nothing of it was kept: it can be imported whole.
        const ImportOutcome again = importFile(w, ward.nurse, path);
        QCOMPARE(again.stored, 6000);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestImporter)
#include "TestImporter.moc"
