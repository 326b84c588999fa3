#include "StoreBackend.h"
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
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The ingest pipeline on a real store: conflicts, empty and retained messages, the quarantine's limits, what
/// it keeps of a payload, replay of imported records and in slices, and a full disk.
class TestIngestPipeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_nowMs = 0;

    Workspace& w() { return m_tw->workspace(); }
    IngestPipeline& pipeline() { return w().ingest(); }

    qint64 scalar(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        QSqlDatabase db = w().database().connection();
        return Sql::scalar(db, sql, values).toLongLong();
    }
    qint64 pending() { return scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE replayed_at IS NULL")); }

    static QByteArray sample(const QString& device, qint64 ms, double bpm)
    {
        return QStringLiteral(R"({"deviceId":"%1","timestamp":%2,"bpm":%3})").arg(device).arg(ms).arg(bpm).toUtf8();
    }
    IncomingMessage live(const QByteArray& payload, bool retained = false)
    {
        return {QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"), payload, m_nowMs, retained};
    }
    IngestPipeline::Counts ingest(const QList<IncomingMessage>& batch)
    {
        auto counts = pipeline().ingest(batch);
        if (!counts)
            qFatal("ingest: %s", qPrintable(counts.errorMessage()));
        return counts.value();
    }

    /// Counts every hand-off of stored samples and what was still pending in the quarantine at that moment.
    class RecordingSink : public SampleSink
    {
    public:
        explicit RecordingSink(Workspace& w)
            : m_w(w)
        { }
        void submit(std::vector<AnalysisSample> samples) override
        {
            if (std::this_thread::get_id() != m_thread)
                return; // live ingest from another thread
            QSqlDatabase db = m_w.database().connection();
            pendingAtHandOff.append(
                Sql::scalar(db, QStringLiteral("SELECT count(*) FROM quarantine WHERE replayed_at IS NULL"))
                    .toLongLong());
            handedOff += qint64(samples.size());
        }
        QList<qint64> pendingAtHandOff;
        qint64 handedOff = 0;

    private:
        Workspace& m_w;
        std::thread::id m_thread = std::this_thread::get_id();
    };

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QVERIFY(w().devices().add(m_tw->admin(), QStringLiteral("dev-a"), {}, {}).ok());
        m_nowMs = QDateTime::currentMSecsSinceEpoch();
    }
    void cleanup() { m_tw.reset(); }

    void conflictingValue_keepsTheFirst_andQuarantinesTheSecond()
    {
        const qint64 t = m_nowMs - 60'000;
        QCOMPARE(ingest({live(sample(QStringLiteral("dev-a"), t, 80))}).stored, 1);
        const IngestPipeline::Counts second = ingest({live(sample(QStringLiteral("dev-a"), t, 140))});
        QCOMPARE(second.duplicates, 0);
        QCOMPARE(second.rejected, 1);
        QCOMPARE(second.quarantinedMessages, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT heart_rate FROM samples")), 80);
        auto entries = pipeline().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().reason,
                 QStringLiteral("a different value (140) is already stored for this device at this time (80)"));
        // The same value again is a duplicate, as before.
        const IngestPipeline::Counts same = ingest({live(sample(QStringLiteral("dev-a"), t, 80))});
        QCOMPARE(same.duplicates, 1);
        QCOMPARE(same.quarantinedMessages, 0);
        QCOMPARE(pending(), 1);
        // Replayed, the conflict stays.
        auto replayed = pipeline().replay(m_tw->admin());
        QVERIFY(replayed.ok());
        QCOMPARE(replayed->quarantinedMessages, 1);
        QCOMPARE(scalar(QStringLiteral("SELECT heart_rate FROM samples")), 80);
    }

    /// PostgreSQL's text cannot hold U+0000: a device id and a topic carrying one are quarantined like any other
    /// unknown device (the NUL kept as U+FFFD), and the rest of the batch is stored, on both engines.
    void nulInADeviceIdAndTopic_isQuarantined_andTheBatchStored()
    {
        const QString hostile = QStringLiteral("dev") + QChar(0) + QStringLiteral("x");
        const QByteArray payload = QJsonDocument(QJsonObject {{QStringLiteral("deviceId"), hostile},
                                                              {QStringLiteral("timestamp"), m_nowMs / 1000 - 30},
                                                              {QStringLiteral("bpm"), 77}})
                                       .toJson(QJsonDocument::Compact);
        QVERIFY(w().devices().add(m_tw->admin(), QStringLiteral("dev-b"), {}, {}).ok());
        const IngestPipeline::Counts counts =
            ingest({{QStringLiteral("mqtt"), QStringLiteral("ward/") + hostile, payload, m_nowMs, false},
                    live(sample(QStringLiteral("dev-b"), m_nowMs - 30'000, 81))});
        QCOMPARE(counts.quarantinedMessages, 1);
        QCOMPARE(counts.stored, 1);
        auto entries = pipeline().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 1);
        QCOMPARE(entries->first().topic,
                 QStringLiteral("ward/dev") + QChar::ReplacementCharacter + QStringLiteral("x"));
        QVERIFY2(entries->first().reason.contains(QStringLiteral("dev") + QChar::ReplacementCharacter),
                 qPrintable(entries->first().reason));
    }

    void emptyPayload_isNoMessage()
    {
        const IngestPipeline::Counts counts = ingest({live(QByteArray()), live(QByteArray(""), true)});
        QCOMPARE(counts.messages, 2);
        QCOMPARE(counts.ignored, 2);
        QCOMPARE(counts.quarantinedMessages, 0);
        QCOMPARE(pending(), 0);
    }

    void retainedMessage_isQuarantinedOnce()
    {
        // Published while subscribed it arrives as a live message; every later subscription sends it retained.
        ingest({live("hello")});
        ingest({live("hello", true)});
        ingest({live("hello", true)});
        QCOMPARE(pending(), 1);
        const IngestPipeline::Counts again = ingest({live("other", true), live("other", true)});
        QCOMPARE(again.quarantinedMessages, 1);
        QCOMPARE(again.ignored, 1);
        // Live messages are events of their own: each is kept.
        ingest({live("hello"), live("hello")});
        QCOMPARE(pending(), 4);
    }

    void quarantine_pastItsLimits_keepsTheRowWithoutThePayload()
    {
        QVERIFY(w().settings().setValue(m_tw->admin(), Settings::Key::QuarantineMaxMegabytes, 1).ok());
        QVERIFY(w().settings().setValue(m_tw->admin(), Settings::Key::QuarantineMaxMessages, 100).ok());
        AnalysisService analysis(w());
        AnalysisSettings settings;
        settings.tickMs = 50;
        analysis.start(settings);
        // The analysis counts the quarantine when it begins, and alarms on growth after that: let it begin before
        // the junk arrives (its thread may start late, under ThreadSanitizer often after the junk).
        analysis.sync();

        // 300 KiB of junk each: three fit in 1 MiB, the rest keep only their reason, size and digest.
        QList<IncomingMessage> junk;
        for (int i = 0; i < 6; ++i)
            junk.append(live(QByteArray(300 * 1024, char('a' + i))));
        QCOMPARE(ingest(junk).quarantinedMessages, 6);
        auto entries = pipeline().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 6);
        int kept = 0;
        QSet<QString> digests;
        for (const QuarantineEntry& e : entries.value()) {
            QCOMPARE(e.payloadBytes, 300 * 1024);
            QCOMPARE(e.sha256.size(), 64);
            digests.insert(e.sha256);
            QVERIFY2(e.reason.contains(QLatin1String("not JSON")), qPrintable(e.reason));
            if (e.payloadKept) {
                ++kept;
                QCOMPARE(e.payload.size(), 300 * 1024);
            } else {
                QVERIFY(e.payload.isEmpty());
                QVERIFY2(e.reason.contains(QLatin1String("payload not kept")), qPrintable(e.reason));
            }
        }
        QCOMPARE(kept, 3);
        QCOMPARE(digests.size(), 6);
        QVERIFY(scalar(QStringLiteral("SELECT sum(length(payload)) FROM quarantine")) <= 1024 * 1024);

        // The count limit too: 100 messages with their payload, then without.
        QList<IncomingMessage> many;
        for (int i = 0; i < 100; ++i)
            many.append(live(QByteArray("junk ") + QByteArray::number(i)));
        ingest(many);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM quarantine WHERE payload_kept = 1")), 100);
        QCOMPARE(pending(), 106);

        // The technical alarm says so (at the analysis's next tick: a slow machine, or ThreadSanitizer, takes
        // more than the usual second).
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (const Alarm& a : analysis.openAlarms()) {
                    if (a.condition == AlarmCondition::QuarantineGrowing
                        && a.detail.contains(QLatin1String("not kept")))
                        return true;
                }
                return false;
            },
            60'000));
        analysis.stop();

        // Replaying one without its payload leaves it as it is.
        auto replayed = pipeline().replay(m_tw->admin());
        QVERIFY(replayed.ok());
        QCOMPARE(pending(), 106);
    }

    void identifyingFields_areNotKept()
    {
        const qint64 s = m_nowMs / 1000 - 30;
        const QByteArray aws = QStringLiteral(R"({"timestamp":%1,"device_id":"late-dev","pulse":"72","name":"Jane )"
                                              R"(Roe","dob":"1961-02-03","patient_id":"P-77","PatientName":"Jane )"
                                              R"(Roe","nested":[{"DateOfBirth":"1961-02-03"}]})")
                                   .arg(s)
                                   .toUtf8();
        const QByteArray cut = R"({"device_id":"late-dev","name":"Jane Roe","dob":"1961-02-03","pulse":7)";
        ingest({live(aws), live(cut)});
        QCOMPARE(pending(), 2);
        const auto noPerson = [](const QByteArray& bytes) {
            return !bytes.contains("Jane") && !bytes.contains("1961") && !bytes.contains("P-77");
        };
        auto entries = pipeline().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        for (const QuarantineEntry& e : entries.value())
            QVERIFY2(noPerson(e.payload), e.payload.constData());
        QVERIFY(entries->back().payload.contains("late-dev")); // the rest is kept

        // Kept by an older version with the fields: a replay removes them.
        {
            QSqlDatabase db = w().database().connection();
            QSqlQuery q(db);
            QVERIFY(Sql::exec(q,
                              QStringLiteral("INSERT INTO quarantine (received_at, source, topic, payload, reason) "
                                             "VALUES (?, 'mqtt', 't', ?, 'device late-dev is not registered')"),
                              {m_nowMs, aws}));
        }
        QVERIFY(w().devices().add(m_tw->admin(), QStringLiteral("late-dev"), {}, {}).ok());
        auto replayed = pipeline().replay(m_tw->admin());
        QVERIFY(replayed.ok());
        QCOMPARE(replayed->stored, 1);
        QSqlDatabase db = w().database().connection();
        QSqlQuery all(db);
        QVERIFY(all.exec(QStringLiteral("SELECT payload FROM quarantine")));
        int rows = 0;
        while (all.next()) {
            ++rows;
            QVERIFY2(noPerson(all.value(0).toByteArray()), all.value(0).toByteArray().constData());
        }
        QCOMPARE(rows, 3);
    }

    void importedRecords_keepTheirReasonOnReplay()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dump.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const qint64 first = m_nowMs - 3'600'000;
        f.write(QStringLiteral(R"({"deviceId":"dev-a","samples":[{"timestamp":%1,"bpm":70},)"
                               R"({"timestamp":%2,"bpm":400},{"timestamp":%3,"bpm":72}]})")
                    .arg(first)
                    .arg(first + 1000)
                    .arg(first + 2000)
                    .toUtf8());
        f.close();
        Importer importer(w());
        auto preview = importer.preview(m_tw->admin(), path, {});
        QVERIFY2(preview.ok(), qPrintable(preview.errorMessage()));
        auto outcome = importer.run(m_tw->admin(), preview.value(), {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->rejected, 1);
        auto before = pipeline().quarantine(m_tw->admin());
        QVERIFY(before.ok());
        QCOMPARE(before->size(), 1);
        const QString original = before->first().reason;
        QVERIFY2(original.contains(QLatin1String("400")), qPrintable(original));

        for (int round = 0; round < 2; ++round) {
            auto replayed = pipeline().replay(m_tw->admin());
            QVERIFY(replayed.ok());
            QCOMPARE(replayed->quarantinedMessages, 1);
            auto after = pipeline().quarantine(m_tw->admin());
            QVERIFY(after.ok());
            QCOMPARE(after->size(), 1);
            const QString reason = after->first().reason;
            QVERIFY2(reason.startsWith(original), qPrintable(reason));
            QVERIFY2(reason.contains(QLatin1String("import the file again")), qPrintable(reason));
            QCOMPARE(reason.count(QLatin1String("import the file again")), 1);
        }
    }

    void replay_runsInShortTransactions_whileLiveIngestGoesOn()
    {
        // Quarantined for an unregistered device, then registered: every entry stores on replay.
        const int entries = 3 * IngestPipeline::ReplaySliceEntries;
        QList<IncomingMessage> batch;
        for (int i = 0; i < entries; ++i)
            batch.append(live(sample(QStringLiteral("late-dev"), m_nowMs - 86'400'000 + i * 1000LL, 70)));
        ingest(batch);
        QCOMPARE(pending(), entries);
        QVERIFY(w().devices().add(m_tw->admin(), QStringLiteral("late-dev"), {}, {}).ok());

        RecordingSink sink(w());
        pipeline().setSampleSink(&sink);
        // Live messages from another thread meanwhile; each batch is its own transaction.
        std::atomic_bool done {false};
        std::atomic<int> liveStored {0};
        std::atomic<int> liveFailed {0};
        std::thread liveThread([&] {
            const ThreadConnectionGuard connection(w().database());
            for (int i = 0; !done || i < 20; ++i) {
                const QList<IncomingMessage> one {live(sample(QStringLiteral("dev-a"), m_nowMs - 10'000'000 + i, 60))};
                auto r = pipeline().ingest(one);
                r ? ++liveStored : ++liveFailed;
            }
        });
        auto replayed = pipeline().replay(m_tw->admin());
        done = true;
        liveThread.join();
        pipeline().setSampleSink(nullptr);
        QVERIFY(replayed.ok());
        QCOMPARE(replayed->stored, entries);
        QCOMPARE(pending(), 0);
        QCOMPARE(liveFailed.load(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM samples")), qint64(entries + liveStored.load()));
        // Each slice was committed and handed on before the next began.
        QVERIFY2(sink.pendingAtHandOff.size() >= 3, qPrintable(QString::number(sink.pendingAtHandOff.size())));
        QVERIFY(sink.pendingAtHandOff.first() > 0);
        QVERIFY(sink.pendingAtHandOff.first() < entries);
        QCOMPARE(sink.pendingAtHandOff.last(), 0);
    }

    void replay_ofChosenEntries_touchesOnlyThem()
    {
        QList<IncomingMessage> batch;
        for (int i = 0; i < 5; ++i)
            batch.append(live(sample(QStringLiteral("late-dev"), m_nowMs - 100'000 + i * 1000LL, 70)));
        ingest(batch);
        QVERIFY(w().devices().add(m_tw->admin(), QStringLiteral("late-dev"), {}, {}).ok());
        auto entries = pipeline().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        const QList<qint64> chosen {entries->at(0).id, entries->at(3).id, 999'999};
        auto replayed = pipeline().replay(m_tw->admin(), chosen);
        QVERIFY(replayed.ok());
        QCOMPARE(replayed->stored, 2);
        QCOMPARE(pending(), 3);
    }

    void fullDisk_saysSo_andStoresNothing()
    {
        ingest({live(sample(QStringLiteral("dev-a"), m_nowMs - 5000, 70))});
        QSqlDatabase db = w().database().connection();
        QSqlQuery q(db);
        const bool server = currentBackend() == StoreBackend::Postgres;
        if (server) {
            // The server's disk is full: PostgreSQL answers every write with SQLSTATE 53100 (disk_full), as
            // these triggers do.
            QVERIFY(q.exec(QStringLiteral("CREATE FUNCTION disk_is_full() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                          "BEGIN RAISE EXCEPTION 'could not extend file' USING ERRCODE = 'disk_full'; "
                                          "END $$")));
            for (const char* table : {"samples", "quarantine"})
                QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER disk_is_full BEFORE INSERT ON %1 FOR EACH ROW "
                                              "EXECUTE FUNCTION disk_is_full()")
                                   .arg(QLatin1String(table))));
        } else {
            // The database may not grow by a page: SQLite answers as it does on a full disk.
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = ")
                           + QString::number(scalar(QStringLiteral("PRAGMA page_count")))));
        }
        QList<IncomingMessage> batch;
        for (int i = 0; i < 50; ++i)
            batch.append(live(QByteArray(64 * 1024, 'x')));
        auto failed = pipeline().ingest(batch);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.errorMessage().startsWith(server ? QLatin1String("The ward server's disk is full")
                                                         : QLatin1String("The disk is full")),
                 qPrintable(failed.errorMessage()));
        if (server) {
            QVERIFY(q.exec(QStringLiteral("DROP FUNCTION disk_is_full() CASCADE")));
        } else {
            QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
        }
        QCOMPARE(pending(), 0);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM samples")), 1);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestIngestPipeline)
#include "TestIngestPipeline.moc"
