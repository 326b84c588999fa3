#include "ImportFixtures.h"
#include "TestWorkspace.h"
#include "import/Importer.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StoreLock.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <atomic>
#include <future>
#include <thread>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// An import that ends badly never costs the store samples that another import, or the store itself, still
/// counts on: a killed import is undone before anything else is imported, imports of the same store wait for
/// each other, only regular files are read, and a file written to while it is imported is not stored.
class TestImportRecovery : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    /// Four days of 1 Hz samples end an hour ago: old enough to be history, recent enough to be plausible.
    const qint64 m_first = (QDateTime::currentMSecsSinceEpoch() / 60'000 - 60) * 60'000 - 4 * 86'400'000LL;

    static QProcess* startCliImport(const Ward& ward, const QString& path)
    {
        auto* p = new QProcess;
        p->start(qEnvironmentVariable("PULSEDESK_CLI"),
                 {QStringLiteral("--data"), ward.tw->dir(), QStringLiteral("--user"), QStringLiteral("nurse"),
                  QStringLiteral("--password-stdin"), QStringLiteral("import"), path});
        if (!p->waitForStarted(10'000))
            qFatal("pulsedesk-cli did not start");
        p->write(QByteArray(TestWorkspace::StaffPassword) + '\n');
        p->closeWriteChannel();
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        QVERIFY(m_files.isValid());
    }

    void aKilledImportIsUndoneBeforeTheSameFileIsImportedAgain()
    {
        // The exact sequence: import a large dump, SIGKILL it once chunks are committed, import the same file
        // again at once, then let time pass beyond the old two-minute rule and preview again.
        Ward ward = makeWard(m_first - 60'000);
        Workspace& w = ward.tw->workspace();
        const int n = 300'000;
        const QString path = write(m_files, QStringLiteral("killed.json"),
                                   dump(QStringLiteral("dev-1"), m_first, n, [](int i) { return 60 + i % 40; }));

        std::unique_ptr<QProcess> cli(startCliImport(ward, path));
        QTRY_VERIFY_WITH_TIMEOUT(
            count(w, QStringLiteral("SELECT coalesce(max(stored), 0) FROM imports WHERE state = 'running'")) > 0,
            60'000);
        cli->kill(); // SIGKILL: no handler runs, the process ends mid-import
        QVERIFY(cli->waitForFinished(10'000));
        const qint64 committed = count(w, QStringLiteral("SELECT count(*) FROM samples"));
        QVERIFY2(committed > 0 && committed < n, qPrintable(QString::number(committed)));

        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        QVERIFY2(preview->error.isEmpty(), qPrintable(preview->error));
        QCOMPARE(preview->fresh, qint64(n)); // nothing is taken as already stored
        auto outcome = importer.run(ward.nurse, preview.value(), {});
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->state, ImportOutcome::State::Complete);
        QCOMPARE(outcome->stored, qint64(n));
        QCOMPARE(outcome->duplicates, qint64(0));
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'rolled-back'")), 1);

        // Three minutes later, the next preview finds nothing left to undo: the store keeps every sample.
        ManualClock later(QDateTime::currentDateTimeUtc().addSecs(180));
        QVERIFY(Importer(w, later).preview(ward.nurse, path, {}).ok());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), qint64(n));
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples WHERE import_id = ?"), {outcome->importId}),
                 qint64(n));
    }

    void twoImportsOfOneFileAtOnceOneCancelledLeaveItWhole()
    {
        // Two imports of the same file, started together on two threads; one is cancelled part way. Whichever
        // way they overlap, the one that completes leaves every sample of the file in the store.
        for (const int cancelAfter : {20'000, 60'000, 120'000}) {
            Ward ward = makeWard(m_first - 60'000);
            Workspace& w = ward.tw->workspace();
            const int n = 150'000;
            const QString path = write(m_files, QStringLiteral("twice-%1.json").arg(cancelAfter),
                                       dump(QStringLiteral("dev-1"), m_first, n, [](int i) { return 70 + i % 30; }));
            const auto runImport = [&w, &ward, &path](std::atomic_bool* cancel, int cancelAt) {
                const ThreadConnectionGuard connection(w.database());
                Importer importer(w);
                auto preview = importer.preview(ward.nurse, path, {});
                if (!preview || !preview->error.isEmpty())
                    return ImportOutcome::State::Failed;
                auto outcome =
                    importer.run(ward.nurse, preview.value(), {}, cancel, [cancel, cancelAt](qint64, qint64, qint64 r) {
                        if (cancel && r >= cancelAt)
                            cancel->store(true);
                    });
                return outcome ? outcome->state : ImportOutcome::State::Failed;
            };
            std::atomic_bool cancel {false};
            auto cancelled = std::async(std::launch::async, runImport, &cancel, cancelAfter);
            auto completed = std::async(std::launch::async, runImport, nullptr, 0);
            QCOMPARE(cancelled.get(), ImportOutcome::State::Cancelled);
            QCOMPARE(completed.get(), ImportOutcome::State::Complete);
            QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), qint64(n));
            QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'complete'")), 1);
        }
    }

    void anImportWaitsForTheOneRunningAndCanBeCancelledWhileItWaits()
    {
        Ward ward = makeWard(m_first - 60'000);
        Workspace& w = ward.tw->workspace();
        const QString path = write(m_files, QStringLiteral("wait.json"),
                                   dump(QStringLiteral("dev-1"), m_first, 100, [](int) { return 72.0; }));
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok() && preview->error.isEmpty());

        StoreLock held(w.database(), QStringLiteral("import")); // another import, as far as this one can tell
        QVERIFY(held.tryLock());
        std::atomic_bool cancel {false};
        std::atomic_bool told {false};
        importer.setWaitingHandler([&told, &cancel] {
            told.store(true);
            cancel.store(true);
        });
        auto outcome = importer.run(ward.nurse, preview.value(), {}, &cancel);
        QVERIFY(outcome.ok());
        QVERIFY(told.load());
        QCOMPARE(outcome->state, ImportOutcome::State::Cancelled);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);

        held.unlock();
        cancel.store(false);
        importer.setWaitingHandler({});
        auto done = importer.run(ward.nurse, preview.value(), {}, &cancel);
        QVERIFY(done.ok());
        QCOMPARE(done->state, ImportOutcome::State::Complete);
        QCOMPARE(done->stored, qint64(100));
    }

    void aFifoOrADeviceIsRefusedWithoutWaiting()
    {
        Ward ward = makeWard(m_first - 60'000);
        Workspace& w = ward.tw->workspace();
        const QString fifo = m_files.filePath(QStringLiteral("pipe.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (const QString& path : {fifo, QStringLiteral("/dev/zero"), m_files.path()}) {
            // On a thread, so that a preview stuck in open() or read() fails the test instead of hanging it.
            auto preview = std::async(std::launch::async, [&w, &ward, path] {
                const ThreadConnectionGuard connection(w.database());
                auto p = Importer(w).preview(ward.nurse, path, {});
                return p.ok() ? p->error : p.errorMessage();
            });
            if (preview.wait_for(std::chrono::seconds(10)) != std::future_status::ready) {
                QFile unblock(fifo); // let the stuck open() return, then fail
                (void)unblock.open(QIODevice::WriteOnly);
                preview.wait();
                QFAIL(qPrintable(QStringLiteral("the preview of %1 did not return").arg(path)));
            }
            const QString error = preview.get();
            QVERIFY2(error.contains(QLatin1String("not a file")), qPrintable(path + QStringLiteral(": ") + error));
        }
        QVERIFY(Importer(w).preview(ward.nurse, fifo, {})->error.contains(QLatin1String("pipe")));
        QVERIFY(
            Importer(w).preview(ward.nurse, QStringLiteral("/dev/zero"), {})->error.contains(QLatin1String("device")));
    }

    void aFileWrittenToDuringItsImportIsNotStored()
    {
        Ward ward = makeWard(m_first - 60'000);
        Workspace& w = ward.tw->workspace();
        const int n = 200'000;
        const QByteArray original = dump(QStringLiteral("dev-1"), m_first, n, [](int) { return 80.0; });
        const QString path = write(m_files, QStringLiteral("rewritten.json"), original);
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok() && preview->error.isEmpty());

        // Once the import is under way, the last part of the file is rewritten in place: the same length and
        // shape, other heart rates (80 becomes 90), as a device tool still writing its dump would.
        bool rewritten = false;
        auto outcome = importer.run(ward.nurse, preview.value(), {}, nullptr,
                                    [&rewritten, &path, &original](qint64, qint64, qint64) {
                                        if (rewritten)
                                            return;
                                        rewritten = true;
                                        QFile f(path);
                                        if (!f.open(QIODevice::ReadWrite))
                                            qFatal("cannot open the test file");
                                        const qint64 from = original.size() - original.size() / 10;
                                        QByteArray tail = original.mid(from);
                                        tail.replace("\"bpm\":80", "\"bpm\":90");
                                        f.seek(from);
                                        f.write(tail);
                                    });
        QVERIFY(rewritten);
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->state, ImportOutcome::State::Failed);
        QVERIFY2(outcome->error.contains(QLatin1String("changed while it was being imported")),
                 qPrintable(outcome->error));
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM imports WHERE state = 'complete'")), 0);

        // The original, put back, imports whole and without a single conflict.
        write(m_files, QStringLiteral("rewritten.json"), original);
        const ImportOutcome again = importFile(w, ward.nurse, path);
        QCOMPARE(again.stored, qint64(n));
        QCOMPARE(again.rejected, qint64(0));
    }

    void aDryRunAndTheImportJudgeAConflictAlike()
    {
        Ward ward = makeWard(m_first - 60'000);
        Workspace& w = ward.tw->workspace();
        importFile(w, ward.nurse,
                   write(m_files, QStringLiteral("first.json"),
                         dump(QStringLiteral("dev-1"), m_first, 10, [](int) { return 80.0; })));
        // The same times again, two of them with another heart rate.
        const QString path =
            write(m_files, QStringLiteral("second.json"),
                  dump(QStringLiteral("dev-1"), m_first, 12, [](int i) { return i < 2 ? 140.0 : 80.0; }));
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());
        QCOMPARE(preview->rejected, qint64(2));
        QCOMPARE(preview->duplicates, qint64(8));
        QCOMPARE(preview->fresh, qint64(2));
        QVERIFY(preview->rejectReasons.firstKey().contains(QLatin1String("a different value (140)")));
        auto outcome = importer.run(ward.nurse, preview.value(), {});
        QVERIFY(outcome.ok());
        QCOMPARE(outcome->rejected, preview->rejected);
        QCOMPARE(outcome->duplicates, preview->duplicates);
        QCOMPARE(outcome->stored, preview->fresh);
        QCOMPARE(outcome->rejectReasons, preview->rejectReasons);
    }
};

QTEST_GUILESS_MAIN(TestImportRecovery)
#include "TestImportRecovery.moc"
