#include "ImportFixtures.h"
#include "TestWorkspace.h"
#include "import/Importer.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

QString shared(const QString& relative)
{
    return qEnvironmentVariable("PULSEDESK_SHARED_DATA") + QLatin1Char('/') + relative;
}

/// Stored samples and analysis results, as text, for comparing two stores.
QStringList storedState(Workspace& w)
{
    QSqlDatabase db = w.database().connection();
    QStringList rows;
    QSqlQuery q(db);
    q.exec(QStringLiteral("SELECT d.device_id, s.ts, s.heart_rate, s.source FROM samples s JOIN devices d ON "
                          "d.id = s.device_id ORDER BY 1, 2"));
    while (q.next())
        rows.append(
            QStringLiteral("S %1 %2 %3 %4")
                .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
    q.exec(QStringLiteral("SELECT p.mrn, r.window_start, r.sample_count, r.hr_mean, r.category, r.low_confidence FROM "
                          "analysis_results r JOIN patients p ON p.id = r.patient_id ORDER BY 1, 2"));
    while (q.next())
        rows.append(QStringLiteral("R %1 %2 %3 %4 %5 %6")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             QString::number(q.value(3).toDouble(), 'f', 6), q.value(4).toString(),
                             q.value(5).toString()));
    q.exec(QStringLiteral("SELECT p.mrn, f.window_start, f.category FROM findings f JOIN patients p ON "
                          "p.id = f.patient_id ORDER BY 1, 2"));
    while (q.next())
        rows.append(
            QStringLiteral("F %1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString()));
    return rows;
}

/// Every stored reference points to a row, and the connection checks references again: the import writes
/// its samples, and the analysis of them its results and findings, with the checks off.
void verifyReferences(Workspace& w)
{
    QSqlDatabase db = w.database().connection();
    QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QSqlQuery q(db);
    QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
    QVERIFY2(!q.next(), "a stored row refers to a row that does not exist");
}

} // namespace

/// The nurse's import into the real encrypted store: previews, counts of real files, nothing doubled, nothing
/// half imported, backfill marking, device history, the same results as streaming.
class TestImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    const qint64 m_hourAgo = (QDateTime::currentMSecsSinceEpoch() / 60'000 - 60) * 60'000;

private slots:
    void previewThenImportThenNothingNew()
    {
        Ward ward = makeWard(m_hourAgo - 3'600'000);
        Workspace& w = ward.tw->workspace();
        const QString path =
            write(m_files, QStringLiteral("dev-1.json"),
                  dump(QStringLiteral("dev-1"), m_hourAgo, 100, [](int i) { return i == 50 ? 400 : 70; }));
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        QCOMPARE(preview->format, ImportFormat::DeviceDump);
        QCOMPARE(preview->fresh, 99);
        QCOMPARE(preview->duplicates, 0);
        QCOMPARE(preview->rejected, 1);
        QCOMPARE(preview->rejections.first().line, 52); // the header on line 1, sample i on line i + 2
        QCOMPARE(preview->devices.size(), 1);
        QCOMPARE(preview->devices.first().device, QStringLiteral("dev-1"));
        QCOMPARE(preview->devices.first().patients.size(), 1);
        QCOMPARE(preview->devices.first().patients.first().mrn, QStringLiteral("MRN-1"));
        QCOMPARE(preview->devices.first().patients.first().samples, 99);
        QCOMPARE(preview->firstMs, m_hourAgo);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0); // the preview stores nothing

        auto outcome = importer.run(ward.nurse, preview.value(), {});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->state, ImportOutcome::State::Complete);
        QCOMPARE(outcome->stored, 99);
        QCOMPARE(outcome->rejected, 1);
        // Backfilled, with the file's hash and who imported it.
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples WHERE source = 'backfill' AND import_id = ?"),
                       {outcome->importId}),
                 99);
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM imports i JOIN users u ON u.id = i.user_id WHERE "
                                      "i.id = ? AND u.username = 'nurse' AND i.file_sha256 = ? AND i.state = "
                                      "'complete'"),
                       {outcome->importId, preview->sha256}),
                 1);
        // The bad record is in the quarantine with the file, line and column.
        QSqlDatabase db = w.database().connection();
        const QString topic =
            Sql::scalar(db, QStringLiteral("SELECT topic FROM quarantine WHERE import_id = ?"), {outcome->importId})
                .toString();
        QCOMPARE(topic, QStringLiteral("dev-1.json:52:1"));
        // Imported windows are analysed; an hour-old anomaly would be a finding, never a live alarm.
        QVERIFY(outcome->analysis.results >= 9);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM alarms")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import.file'")), 1);

        // The same file again: nothing new, and the preview says it was imported before.
        auto again = importer.preview(ward.nurse, path, {});
        QVERIFY(again.ok());
        QCOMPARE(again->fresh, 0);
        QCOMPARE(again->duplicates, 99);
        QVERIFY(!again->previousImport.isEmpty());
        auto second = importer.run(ward.nurse, again.value(), {});
        QCOMPARE(second->stored, 0);
        QCOMPARE(second->duplicates, 99);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 99);
        verifyReferences(w);
    }

    void overlappingDumpsAddOnlyWhatIsNew()
    {
        Ward ward = makeWard(m_hourAgo - 3'600'000);
        Workspace& w = ward.tw->workspace();
        const auto flat = [](int) { return 72.0; };
        importFile(w, ward.nurse,
                   write(m_files, QStringLiteral("a.json"), dump(QStringLiteral("dev-1"), m_hourAgo, 100, flat)));
        const ImportOutcome b = importFile(
            w, ward.nurse,
            write(m_files, QStringLiteral("b.json"), dump(QStringLiteral("dev-1"), m_hourAgo + 50'000, 100, flat)));
        QCOMPARE(b.stored, 50);
        QCOMPARE(b.duplicates, 50);
        // A different value at a stored time is a conflict the nurse sees, not an overwrite.
        const ImportOutcome c =
            importFile(w, ward.nurse,
                       write(m_files, QStringLiteral("c.json"),
                             dump(QStringLiteral("dev-1"), m_hourAgo, 1, [](int) { return 90.0; })));
        QCOMPARE(c.rejected, 1);
        QCOMPARE(count(w,
                       QStringLiteral("SELECT heart_rate FROM samples s JOIN devices d ON d.id = s.device_id WHERE "
                                      "d.device_id = 'dev-1' AND ts = ?"),
                       {m_hourAgo}),
                 72);
    }

    void aDeviceMovedBetweenPatientsSplitsTheDump()
    {
        // dev-1 on MRN-1 until 60 s into the dump, then on MRN-2.
        Ward ward = makeWard(m_hourAgo - 3'600'000);
        Workspace& w = ward.tw->workspace();
        const QDateTime move = QDateTime::fromMSecsSinceEpoch(m_hourAgo + 60'000, Qt::UTC);
        QVERIFY(w.devices().unassign(ward.nurse, QStringLiteral("dev-1"), move).ok());
        QVERIFY(w.devices().assign(ward.nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-2"), move).ok());
        const QString path =
            write(m_files, QStringLiteral("moved.json"), dump(QStringLiteral("dev-1"), m_hourAgo, 100, [](int i) {
                      return i < 60 ? 70.0 : 150.0; // the second patient is tachycardic
                  }));
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        const QList<ImportPatientSpan> spans = preview->devices.first().patients;
        QCOMPARE(spans.size(), 2);
        QCOMPARE(spans.at(0).mrn, QStringLiteral("MRN-1"));
        QCOMPARE(spans.at(0).samples, 60);
        QCOMPARE(spans.at(1).mrn, QStringLiteral("MRN-2"));
        QCOMPARE(spans.at(1).samples, 40);
        QVERIFY(importer.run(ward.nurse, preview.value(), {}).ok());
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM analysis_results r JOIN patients p ON p.id = "
                                      "r.patient_id WHERE p.mrn = 'MRN-1'")),
                 6);
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM analysis_results r JOIN patients p ON p.id = "
                                      "r.patient_id WHERE p.mrn = 'MRN-2'")),
                 4);
        // The old tachycardia of the second patient is a finding for review, on the right patient.
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM findings f JOIN patients p ON p.id = f.patient_id "
                                      "WHERE p.mrn = 'MRN-2'")),
                 4);
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM findings f JOIN patients p ON p.id = f.patient_id "
                                      "WHERE p.mrn = 'MRN-1'")),
                 0);
    }

    void cancelHalfwayThenImportAgainEqualsOneCleanImport()
    {
        const QByteArray bytes = dump(QStringLiteral("dev-1"), m_hourAgo - 50'000'000, 50'000,
                                      [](int i) { return 60.0 + (i % 700) / 10.0; });
        const QString path = write(m_files, QStringLiteral("big.json"), bytes);

        Ward clean = makeWard(m_hourAgo - 60'000'000);
        importFile(clean.tw->workspace(), clean.nurse, path);

        Ward ward = makeWard(m_hourAgo - 60'000'000);
        Workspace& w = ward.tw->workspace();
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        std::atomic_bool cancel {false};
        qint64 seenWhenCancelled = 0;
        auto cancelled = importer.run(ward.nurse, preview.value(), {}, &cancel, [&](qint64, qint64, qint64 records) {
            if (records >= 25'000 && !cancel.load()) {
                seenWhenCancelled = records;
                cancel.store(true);
            }
        });
        QVERIFY(cancelled.ok());
        QCOMPARE(cancelled->state, ImportOutcome::State::Cancelled);
        QVERIFY(seenWhenCancelled >= 25'000); // chunks had been committed before the cancel
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM analysis_results")), 0);
        QCOMPARE(
            count(w, QStringLiteral("SELECT state = 'cancelled' FROM imports WHERE id = ?"), {cancelled->importId}), 1);
        verifyReferences(w);

        const ImportOutcome again = importFile(w, ward.nurse, path);
        QCOMPARE(again.stored, 50'000);
        QCOMPARE(storedState(w), storedState(clean.tw->workspace()));
        verifyReferences(w);
    }

    void aPreviewReportsProgressAndCanBeCancelled()
    {
        const QByteArray bytes =
            dump(QStringLiteral("dev-1"), m_hourAgo - 50'000'000, 50'000, [](int) { return 70.0; });
        const QString path = write(m_files, QStringLiteral("preview-progress.json"), bytes);
        Ward ward = makeWard(m_hourAgo - 60'000'000);
        Importer importer(ward.tw->workspace());

        QList<qint64> positions;
        auto whole = importer.preview(ward.nurse, path, {}, nullptr,
                                      [&positions](qint64 position, qint64, qint64) { positions.append(position); });
        QVERIFY(whole.ok());
        QCOMPARE(whole->fresh, 50'000);
        QVERIFY2(positions.size() >= 4, "a preview reports its progress while it reads, not only at its ends");
        QVERIFY(std::is_sorted(positions.cbegin(), positions.cend()));
        QVERIFY2(std::any_of(positions.cbegin(), positions.cend(),
                             [&bytes](qint64 p) { return p > 0 && p < qint64(bytes.size()); }),
                 "the position read is reported on the way");
        QCOMPARE(positions.last(), qint64(bytes.size()));

        std::atomic_bool cancel {false};
        auto cancelled = importer.preview(ward.nurse, path, {}, &cancel, [&cancel](qint64, qint64, qint64 records) {
            if (records >= 10'000)
                cancel.store(true);
        });
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled->cancelled);
        QVERIFY(cancelled->records < 50'000);
    }

    void anInterruptedImportIsUndoneAtTheNextImport()
    {
        // A process that died mid-import a moment ago left a running import with committed chunks. Nobody holds
        // the import lock, so it is undone at once, however recently it wrote.
        Ward ward = makeWard(m_hourAgo - 3'600'000);
        Workspace& w = ward.tw->workspace();
        {
            QSqlDatabase db = w.database().connection();
            QSqlQuery q(db);
            const qint64 old = QDateTime::currentMSecsSinceEpoch() - 1000;
            QVERIFY(Sql::exec(q,
                              QStringLiteral("INSERT INTO imports (id, file_name, file_sha256, file_bytes, format, "
                                             "time_zone, user_id, started_at, updated_at, state) VALUES (77, 'x.json', "
                                             "'00', 1, 'device-dump', 'UTC', ?, ?, ?, 'running')"),
                              {ward.nurse.userId, old, old}));
            const qint64 dev =
                Sql::scalar(db, QStringLiteral("SELECT id FROM devices WHERE device_id = 'dev-1'")).toLongLong();
            QVERIFY(Sql::exec(q,
                              QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, source, received_at, "
                                             "import_id) VALUES (?, ?, 70, 'backfill', 0, 77)"),
                              {dev, m_hourAgo}));
            QVERIFY(Sql::exec(q, QStringLiteral("INSERT INTO import_ranges VALUES (77, ?, ?, ?)"),
                              {dev, m_hourAgo, m_hourAgo}));
            QVERIFY(Sql::exec(q,
                              QStringLiteral("INSERT INTO quarantine (received_at, source, topic, payload, reason, "
                                             "import_id) VALUES (0, 'import', 'x.json:1:1', '', 'bad', 77)")));
        }
        QVERIFY(Importer(w).recoverInterrupted().ok());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM quarantine")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT state = 'rolled-back' FROM imports WHERE id = 77")), 1);
    }

    void importingADumpGivesTheResultsOfStreamingIt()
    {
        // 20 minutes ago, so old enough for findings rather than alarms on both paths.
        const qint64 first = (QDateTime::currentMSecsSinceEpoch() / 10'000 - 120) * 10'000;
        const auto bpm = [](int i) { return i < 120 ? 75.0 : 160.0; };
        const int n = 240;

        Ward streamed = makeWard(first - 60'000);
        {
            Workspace& w = streamed.tw->workspace();
            AnalysisService analysis(w);
            analysis.start(w.settings().analysis());
            w.ingest().setSampleSink(&analysis);
            QList<IncomingMessage> batch;
            for (int i = 0; i < n; ++i)
                batch.append({QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"),
                              QStringLiteral("{\"deviceId\":\"dev-1\",\"timestamp\":%1,\"bpm\":%2}")
                                  .arg(first + i * 1000LL)
                                  .arg(bpm(i))
                                  .toUtf8(),
                              QDateTime::currentMSecsSinceEpoch()});
            QVERIFY(w.ingest().ingest(batch).ok());
            analysis.sync();
            w.ingest().setSampleSink(nullptr);
            analysis.stop();
        }
        Ward imported = makeWard(first - 60'000);
        {
            Workspace& w = imported.tw->workspace();
            AnalysisService analysis(w);
            analysis.start(w.settings().analysis());
            importFile(w, imported.nurse,
                       write(m_files, QStringLiteral("same.json"), dump(QStringLiteral("dev-1"), first, n, bpm)), {},
                       &analysis);
            analysis.sync();
            analysis.stop();
        }
        QStringList a = storedState(streamed.tw->workspace());
        QStringList b = storedState(imported.tw->workspace());
        QCOMPARE(a.filter(QLatin1String("R ")), b.filter(QLatin1String("R ")));
        QCOMPARE(a.filter(QLatin1String("F ")), b.filter(QLatin1String("F ")));
        QVERIFY(!b.filter(QLatin1String("F ")).isEmpty());
        QCOMPARE(count(imported.tw->workspace(), QStringLiteral("SELECT count(*) FROM alarms")), 0);
    }

    void realFilesImportWithTheirHandCheckedCounts()
    {
        Ward ward = makeWard(m_hourAgo);
        Workspace& w = ward.tw->workspace();
        ImportOptions options;
        options.zone = QTimeZone("America/Chicago");
        options.defaultDevice = QStringLiteral("dev-2");
        const ImportOutcome fitabase = importFile(
            w, ward.nurse,
            shared(QStringLiteral("fitbit-fitabase-heartrate-seconds/heartrate_seconds_merged.first5000.csv")),
            options);
        QCOMPARE(fitabase.stored, 5000);
        QCOMPARE(fitabase.rejected, 0);
        // The oximeter's bundle: 12 heart rates, and 12 SpO2 values added to the same seconds.
        options.deviceMap.insert(QStringLiteral("Device/phd-74E8FFFEFF051C00.001C05FFE874"), QStringLiteral("dev-1"));
        const ImportOutcome phd = importFile(
            w, ward.nurse, shared(QStringLiteral("fhir-phd-device-bundles/bundle-continuousnonin.json")), options);
        QCOMPARE(phd.stored, 12);
        QCOMPARE(phd.merged, 12);
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM samples s JOIN devices d ON d.id = s.device_id WHERE "
                                      "d.device_id = 'dev-1' AND heart_rate IS NOT NULL AND spo2 IS NOT NULL")),
                 12);
        const ImportOutcome omh = importFile(
            w, ward.nurse,
            shared(QStringLiteral("openmhealth-sample-data-generator/web-visualizations_1yr_heart-rate-only.json")),
            options);
        QCOMPARE(omh.stored, 363);
        const ImportOutcome apple = importFile(
            w, ward.nurse,
            shared(QStringLiteral("apple-health-export/alxdrcirilo-apple-health-parser_tests_data_export.xml")),
            options);
        QCOMPARE(apple.stored, 2);
        const ImportOutcome cancelled = importFile(
            w, ward.nurse, shared(QStringLiteral("fhir-r4-vitalsigns/observation-example-bloodpressure-cancel.json")),
            options);
        QCOMPARE(cancelled.stored, 0);
        QCOMPARE(cancelled.rejected, 1);
        // Without a device to put them on, records are rejected with a reason that says what to do.
        Importer importer(w);
        auto unmapped = importer.preview(
            ward.nurse, shared(QStringLiteral("apple-health-export/dogsheep-healthkit-to-sqlite_tests_export.xml")),
            {});
        QCOMPARE(unmapped->rejected, 1);
        QVERIFY(unmapped->rejectReasons.firstKey().contains(QLatin1String("choose the device")));
        // Kinds PulseDesk does not keep are counted, each record once, as the reader saw them.
        auto steps = importer.preview(
            ward.nurse, shared(QStringLiteral("apple-health-export/tdda-applehealthdata_testdata_export6s3sample.xml")),
            options);
        QVERIFY(steps.ok());
        QCOMPARE(steps->skipped.value(QStringLiteral("HKQuantityTypeIdentifierStepCount")), 10);
        QCOMPARE(steps->records, 0);
    }

    void badFilesAreRefusedWholeWithLineAndColumn()
    {
        Ward ward = makeWard(m_hourAgo);
        Workspace& w = ward.tw->workspace();
        const QString path = write(m_files, QStringLiteral("broken.json"),
                                   "{\"deviceId\":\"dev-1\",\"samples\":[\n{\"timestamp\":1709280000000,\"bpm\":70},\n"
                                   "{\"timestamp\":1709280001000 \"bpm\":70}\n]}");
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        QVERIFY2(preview->error.contains(QLatin1String("line 3")), qPrintable(preview->error));
        QVERIFY(!importer.run(ward.nurse, preview.value(), {}).ok());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
        const QString unknown = write(m_files, QStringLiteral("notes.txt"), "shopping list");
        QVERIFY(!importer.preview(ward.nurse, unknown, {})->error.isEmpty());
    }

    void onlyNursesAndAdminsImport()
    {
        Ward ward = makeWard(m_hourAgo);
        const QString path = write(m_files, QStringLiteral("d.json"),
                                   dump(QStringLiteral("dev-1"), m_hourAgo, 3, [](int) { return 70.0; }));
        auto refused = Importer(ward.tw->workspace()).preview(ward.doctor, path, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), Error::Code::NotPermitted);
        QVERIFY(Importer(ward.tw->workspace()).preview(ward.tw->admin(), path, {}).ok());
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "TestImport.moc"
