#include "ImportFixtures.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "import/ImportQueue.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>
#include <vector>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The import queue: a job runs on its own thread and reports on this one, a second job waits its turn,
/// cancel stops a job, and the answers about files the caller forgot are not reported.
class TestImportQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    const qint64 m_hourAgo = (QDateTime::currentMSecsSinceEpoch() / 60'000 - 60) * 60'000;

    QString file(const QString& name, int samples)
    {
        return write(m_files, name,
                     dump(QStringLiteral("dev-1"), m_hourAgo, samples, [](int i) { return 60 + i % 5; }));
    }

    static constexpr int Timeout = 60'000;

    /// The answers about files the queue reports, in order (Result is no QVariant for a QSignalSpy).
    template<typename T>
    using Answers = std::vector<std::pair<qint64, Result<T>>>;

    template<typename T, typename Signal>
    void collect(ImportQueue& queue, Signal signal, Answers<T>& answers)
    {
        connect(&queue, signal, this,
                [&answers](qint64 file, const Result<T>& answer) { answers.emplace_back(file, answer); });
    }

private slots:
    void preview_reportsEachFile()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        ImportQueue queue(ward.tw->workspace());
        QSignalSpy started(&queue, &ImportQueue::previewStarted);
        Answers<ImportPreview> answered;
        collect<ImportPreview>(queue, &ImportQueue::previewAnswered, answered);
        QSignalSpy finished(&queue, &ImportQueue::jobFinished);
        const qint64 job = queue.preview(
            ward.nurse, {{7, file(QStringLiteral("a.json"), 20)}, {8, file(QStringLiteral("b.json"), 30)}}, {});
        QVERIFY(queue.isBusy());
        QCOMPARE(queue.running(), ImportQueue::Kind::Preview);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.first().at(0).toLongLong(), job);
        QCOMPARE(finished.first().at(1).value<ImportQueue::Kind>(), ImportQueue::Kind::Preview);
        QVERIFY(!queue.isBusy());
        QCOMPARE(started.size(), 2);
        QCOMPARE(started.at(0).at(0).toLongLong(), 7);
        QCOMPARE(answered.size(), std::size_t(2));
        const Result<ImportPreview>& second = answered.at(1).second;
        QCOMPARE(answered.at(1).first, 8);
        QVERIFY(second.ok());
        QCOMPARE(second->fresh, 30);
    }

    void import_reportsProgressAndTotals()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        const QString path = file(QStringLiteral("c.json"), 50);
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, path, {});
        QVERIFY(preview.ok());

        ImportQueue queue(w);
        QSignalSpy started(&queue, &ImportQueue::importStarted);
        QSignalSpy progress(&queue, &ImportQueue::runProgress);
        Answers<ImportOutcome> answered;
        collect<ImportOutcome>(queue, &ImportQueue::importAnswered, answered);
        QSignalSpy finished(&queue, &ImportQueue::jobFinished);
        queue.import(ward.nurse, {{3, preview.value()}}, {});
        QCOMPARE(queue.running(), ImportQueue::Kind::Import);
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(finished.first().at(1).value<ImportQueue::Kind>(), ImportQueue::Kind::Import);
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).toLongLong(), 3);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(answered.size(), std::size_t(1));
        const Result<ImportOutcome>& outcome = answered.front().second;
        QVERIFY2(outcome.ok(), qPrintable(outcome.errorMessage()));
        QCOMPARE(outcome->state, ImportOutcome::State::Complete);
        QCOMPARE(outcome->stored, 50);

        const ImportQueue::Totals totals = queue.totals();
        QCOMPARE(totals.files, 1);
        QCOMPARE(totals.fileIndex, 1);
        QCOMPARE(totals.totalBytes, preview->bytes);
        QCOMPARE(totals.doneBytes, preview->bytes);
        QCOMPARE(totals.stored, 50);
        QCOMPARE(totals.complete, 1);
        QCOMPARE(totals.cancelled + totals.failed, 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 50);
    }

    void cancelledImport_keepsNothing()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        Workspace& w = ward.tw->workspace();
        Importer importer(w);
        auto preview = importer.preview(ward.nurse, file(QStringLiteral("d.json"), 50), {});
        QVERIFY(preview.ok());

        ImportQueue queue(w);
        Answers<ImportOutcome> answered;
        collect<ImportOutcome>(queue, &ImportQueue::importAnswered, answered);
        QSignalSpy finished(&queue, &ImportQueue::jobFinished);
        const qint64 job = queue.import(ward.nurse, {{1, preview.value()}, {2, preview.value()}}, {});
        queue.cancel(job);
        QVERIFY(queue.isCancelling());
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(answered.size(), std::size_t(2));
        for (const auto& [fileId, outcome] : answered) {
            QVERIFY(outcome.ok());
            QCOMPARE(outcome->state, ImportOutcome::State::Cancelled);
        }
        QCOMPARE(queue.totals().cancelled, 2);
        QCOMPARE(queue.totals().complete, 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 0);
    }

    void secondJob_waitsItsTurn()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        ImportQueue queue(ward.tw->workspace());
        QStringList events;
        connect(&queue, &ImportQueue::previewStarted, this,
                [&events](qint64 file) { events.append(QStringLiteral("start %1").arg(file)); });
        connect(&queue, &ImportQueue::jobFinished, this,
                [&events](qint64 job) { events.append(QStringLiteral("end job %1").arg(job)); });
        QSignalSpy finished(&queue, &ImportQueue::jobFinished);
        const qint64 first = queue.preview(ward.nurse, {{1, file(QStringLiteral("e.json"), 40)}}, {});
        const qint64 second = queue.preview(ward.nurse, {{2, file(QStringLiteral("f.json"), 40)}}, {});
        QVERIFY(first != second);
        QVERIFY(queue.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, Timeout);
        QCOMPARE(events,
                 QStringList({QStringLiteral("start 1"), QStringLiteral("end job %1").arg(first),
                              QStringLiteral("start 2"), QStringLiteral("end job %1").arg(second)}));
        QVERIFY(!queue.isBusy());
    }

    void forgottenFiles_areNotReported()
    {
        Ward ward = makeWard(m_hourAgo - 60'000);
        ImportQueue queue(ward.tw->workspace());
        Answers<ImportPreview> answered;
        collect<ImportPreview>(queue, &ImportQueue::previewAnswered, answered);
        QSignalSpy finished(&queue, &ImportQueue::jobFinished);
        queue.preview(ward.nurse, {{1, file(QStringLiteral("g.json"), 10)}}, {});
        queue.forgetFiles();
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(answered.size(), std::size_t(0));
        // A job given after that is reported again.
        queue.preview(ward.nurse, {{2, file(QStringLiteral("h.json"), 10)}}, {});
        QVERIFY(finished.wait(Timeout));
        QCOMPARE(answered.size(), std::size_t(1));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestImportQueue)
#include "TestImportQueue.moc"
