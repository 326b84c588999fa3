#pragma once

#include "common/Result.h"
#include "import/Importer.h"
#include "security/Session.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <utility>

class QThread;

namespace pulsedesk {

class SampleSink;
class Workspace;

/// Runs previews and imports off the calling (GUI) thread, one job at a time: a job given while another runs
/// waits its turn. A job is a list of files, each known by the caller's id; it runs on a thread of its own
/// (QThread::create) that holds its database connection for its whole run. Reports through signals, emitted on
/// the thread the queue lives in; keeps the counters of the running import (for progress, rate and time left).
///
/// forgetFiles() says the caller's list changed: the answers about files of the jobs given so far are no longer
/// reported (a running import's totals still are).
class ImportQueue : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Preview,
        Import,
    };
    Q_ENUM(Kind)

    /// The running (or last) import.
    struct Totals
    {
        int files = 0;
        int fileIndex = 0; ///< 1-based: the file being imported
        qint64 totalBytes = 0;
        qint64 doneBytes = 0; ///< of the files finished
        qint64 currentBytes = 0; ///< how far the file being imported has come
        qint64 doneRecords = 0; ///< of the files finished
        qint64 currentRecords = 0;
        qint64 stored = 0;
        int complete = 0;
        int cancelled = 0;
        int failed = 0;
        qint64 elapsedMs = 0;
    };

    explicit ImportQueue(Workspace& workspace, QObject* parent = nullptr);
    /// Cancels the running job and those waiting, and waits for it: nothing of an unfinished file is kept.
    ~ImportQueue() override;
    ImportQueue(const ImportQueue&) = delete;
    ImportQueue& operator=(const ImportQueue&) = delete;

    /// Previews the files (caller's id, path); the job's id.
    qint64 preview(const Session& session, const QList<std::pair<qint64, QString>>& files,
                   const ImportOptions& options);
    /// Imports the previewed files (caller's id, preview); newly stored samples go to `sink` when set (see
    /// Importer::run). The job's id.
    qint64 import(const Session& session, const QList<std::pair<qint64, ImportPreview>>& files,
                  const ImportOptions& options, SampleSink* sink = nullptr);

    /// Cancels the job, running or waiting (a waiting one then ends at once when its turn comes).
    void cancel(qint64 job);
    /// Cancels the running job and every waiting one.
    void cancelAll();
    void forgetFiles() { ++m_generation; }

    /// A job runs or waits.
    bool isBusy() const { return m_running != nullptr || !m_waiting.empty(); }
    /// The kind of the running job; nothing when none runs.
    std::optional<Kind> running() const;
    /// The running job was asked to stop and has not ended yet.
    bool isCancelling() const;
    Totals totals() const;

signals:
    void previewStarted(qint64 fileId);
    void previewProgress(qint64 fileId, int percent);
    void previewAnswered(qint64 fileId, const pulsedesk::Result<pulsedesk::ImportPreview>& preview);
    void importStarted(qint64 fileId);
    /// Another import into the store (another workstation or the command line) runs; this one waits for it.
    void importWaiting(qint64 fileId);
    void importProgress(qint64 fileId, int percent);
    void importAnswered(qint64 fileId, const pulsedesk::Result<pulsedesk::ImportOutcome>& outcome);
    /// The totals changed; `rate` when the records read changed too (not only a file's end).
    void runProgress(bool rate);
    /// The job ended; the next waiting one, if any, has started.
    void jobFinished(qint64 job, pulsedesk::ImportQueue::Kind kind);

private:
    struct Job
    {
        qint64 id = 0;
        Kind kind = Kind::Preview;
        quint64 generation = 0;
        std::shared_ptr<std::atomic_bool> cancel = std::make_shared<std::atomic_bool>(false);
        QList<qint64> fileIds;
        qint64 totalBytes = 0; ///< imports: of every file
        /// Runs on the job's thread.
        std::function<void(const Job& job)> work;
    };

    qint64 enqueue(Job job);
    void startNext();
    void finished();
    /// Runs `report` on the queue's thread; `current` when the job's files are still the caller's concern.
    void post(const Job& job, std::function<void(bool current)> report);
    void previewFiles(const Job& job, const Session& session, const QList<std::pair<qint64, QString>>& files,
                      const ImportOptions& options);
    void importFiles(const Job& job, const Session& session, const QList<std::pair<qint64, ImportPreview>>& files,
                     const ImportOptions& options, SampleSink* sink);
    // On the queue's thread, from the import's thread.
    void fileImported(qint64 fileId, const Result<ImportOutcome>& outcome, qint64 bytes, qint64 records, bool report);

    Workspace& m_workspace;
    qint64 m_nextJob = 1;
    quint64 m_generation = 0;
    std::unique_ptr<Job> m_running;
    QThread* m_thread = nullptr;
    std::deque<Job> m_waiting;
    Totals m_totals;
    QElapsedTimer m_runClock;
};

} // namespace pulsedesk
