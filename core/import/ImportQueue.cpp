#include "import/ImportQueue.h"

#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace pulsedesk {

namespace {

constexpr int ProgressIntervalMs = 100; ///< at most this often from a job's thread to the queue's

} // namespace

ImportQueue::ImportQueue(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{ }

ImportQueue::~ImportQueue()
{
    cancelAll();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

qint64 ImportQueue::preview(const Session& session, const QList<std::pair<qint64, QString>>& files,
                            const ImportOptions& options)
{
    Job job;
    job.kind = Kind::Preview;
    for (const auto& file : files)
        job.fileIds.append(file.first);
    job.work = [this, session, files, options](const Job& running) { previewFiles(running, session, files, options); };
    return enqueue(std::move(job));
}

qint64 ImportQueue::import(const Session& session, const QList<std::pair<qint64, ImportPreview>>& files,
                           const ImportOptions& options, SampleSink* sink)
{
    Job job;
    job.kind = Kind::Import;
    for (const auto& file : files) {
        job.fileIds.append(file.first);
        job.totalBytes += file.second.bytes;
    }
    job.work = [this, session, files, options, sink](const Job& running) {
        importFiles(running, session, files, options, sink);
    };
    return enqueue(std::move(job));
}

void ImportQueue::cancel(qint64 job)
{
    if (m_running && m_running->id == job)
        m_running->cancel->store(true);
    for (Job& waiting : m_waiting)
        if (waiting.id == job)
            waiting.cancel->store(true);
}

void ImportQueue::cancelAll()
{
    if (m_running)
        m_running->cancel->store(true);
    for (Job& waiting : m_waiting)
        waiting.cancel->store(true);
}

std::optional<ImportQueue::Kind> ImportQueue::running() const
{
    if (!m_running)
        return std::nullopt;
    return m_running->kind;
}

bool ImportQueue::isCancelling() const
{
    return m_running && m_running->cancel->load();
}

ImportQueue::Totals ImportQueue::totals() const
{
    Totals totals = m_totals;
    if (m_running && m_running->kind == Kind::Import)
        totals.elapsedMs = m_runClock.elapsed();
    return totals;
}

qint64 ImportQueue::enqueue(Job job)
{
    job.id = m_nextJob++;
    job.generation = m_generation;
    const qint64 id = job.id;
    m_waiting.push_back(std::move(job));
    if (!m_running)
        startNext();
    return id;
}

void ImportQueue::startNext()
{
    if (m_running || m_waiting.empty())
        return;
    m_running = std::make_unique<Job>(std::move(m_waiting.front()));
    m_waiting.pop_front();
    const Job* job = m_running.get();
    if (job->kind == Kind::Import) {
        m_totals = {};
        m_totals.files = static_cast<int>(job->fileIds.size());
        m_totals.totalBytes = job->totalBytes;
        m_runClock.start();
    }
    Workspace* workspace = &m_workspace;
    m_thread = QThread::create([job, workspace] {
        // Every thread has its own database connection; this one's ends with the job.
        const ThreadConnectionGuard connection(workspace->database());
        job->work(*job);
    });
    m_thread->setObjectName(QStringLiteral("pulsedesk-import"));
    connect(m_thread, &QThread::finished, this, &ImportQueue::finished);
    m_thread->start();
}

void ImportQueue::finished()
{
    if (!m_thread)
        return;
    m_thread->wait(); // finished() is emitted just before the thread ends
    delete m_thread;
    m_thread = nullptr;
    const qint64 id = m_running->id;
    const Kind kind = m_running->kind;
    if (kind == Kind::Import)
        m_totals.elapsedMs = m_runClock.elapsed();
    m_running.reset();
    emit jobFinished(id, kind);
    startNext();
}

void ImportQueue::post(const Job& job, std::function<void(bool current)> report)
{
    QMetaObject::invokeMethod(
        this, [this, generation = job.generation, report = std::move(report)] { report(generation == m_generation); },
        Qt::QueuedConnection);
}

void ImportQueue::previewFiles(const Job& job, const Session& session, const QList<std::pair<qint64, QString>>& files,
                               const ImportOptions& options)
{
    Importer importer(m_workspace, m_workspace.clock());
    for (const auto& [fileId, path] : files) {
        if (job.cancel->load())
            break;
        const qint64 id = fileId;
        post(job, [this, id](bool current) {
            if (current)
                emit previewStarted(id);
        });
        // A large dump takes a while to preview: how far it has been read, at most every 100 ms.
        QElapsedTimer throttle;
        throttle.start();
        const Importer::Progress progress = [&](qint64 bytes, qint64 size, qint64) {
            if (throttle.elapsed() < ProgressIntervalMs || size <= 0)
                return;
            throttle.restart();
            const int percent = static_cast<int>(std::min<qint64>(99, bytes * 100 / size));
            post(job, [this, id, percent](bool current) {
                if (current)
                    emit previewProgress(id, percent);
            });
        };
        Result<ImportPreview> preview = importer.preview(session, path, options, job.cancel.get(), progress);
        post(job, [this, id, preview = std::move(preview)](bool current) {
            if (current)
                emit previewAnswered(id, preview);
        });
    }
}

void ImportQueue::importFiles(const Job& job, const Session& session,
                              const QList<std::pair<qint64, ImportPreview>>& files, const ImportOptions& options,
                              SampleSink* sink)
{
    Importer importer(m_workspace, m_workspace.clock());
    for (int i = 0; i < files.size(); ++i) {
        const qint64 id = files.at(i).first;
        const ImportPreview& preview = files.at(i).second;
        if (job.cancel->load()) {
            ImportOutcome notStarted;
            notStarted.fileName = preview.fileName;
            notStarted.state = ImportOutcome::State::Cancelled;
            notStarted.error = QCoreApplication::translate(
                "pulsedesk::ui::ImportScreen", "cancelled before it started; nothing of this file was kept");
            post(job, [this, id, notStarted, bytes = preview.bytes](bool current) {
                fileImported(id, notStarted, bytes, 0, current);
            });
            continue;
        }
        post(job, [this, id, index = i + 1](bool current) {
            m_totals.fileIndex = index;
            if (current)
                emit importStarted(id);
        });
        QElapsedTimer throttle;
        throttle.start();
        qint64 records = 0;
        // Readers read the file in large blocks: the records read, against those the preview counted, tell how far
        // the import is more finely than the position in the file.
        const qint64 expected = preview.records + preview.rejected;
        const Importer::Progress progress = [&](qint64 bytes, qint64 size, qint64 read) {
            records = read;
            if (throttle.elapsed() < ProgressIntervalMs)
                return;
            throttle.restart();
            const qint64 done = expected > 0 ? std::min(size, size * read / expected) : bytes;
            post(job, [this, id, done, size, read](bool current) {
                m_totals.currentBytes = done;
                m_totals.currentRecords = read;
                emit runProgress(true);
                if (current && size > 0)
                    emit importProgress(id, static_cast<int>(std::min<qint64>(100, done * 100 / size)));
            });
        };
        importer.setWaitingHandler([this, &job, id] {
            post(job, [this, id](bool current) {
                if (current)
                    emit importWaiting(id);
            });
        });
        Result<ImportOutcome> outcome = importer.run(session, preview, options, job.cancel.get(), progress, sink);
        post(job, [this, id, outcome = std::move(outcome), bytes = preview.bytes, records](bool current) {
            fileImported(id, outcome, bytes, records, current);
        });
    }
}

void ImportQueue::fileImported(qint64 fileId, const Result<ImportOutcome>& outcome, qint64 bytes, qint64 records,
                               bool report)
{
    m_totals.doneBytes += bytes;
    m_totals.doneRecords += records;
    m_totals.currentBytes = 0;
    m_totals.currentRecords = 0;
    if (!outcome) {
        ++m_totals.failed;
    } else {
        switch (outcome->state) {
        case ImportOutcome::State::Complete:
            m_totals.stored += outcome->stored;
            ++m_totals.complete;
            break;
        case ImportOutcome::State::Cancelled:
            ++m_totals.cancelled;
            break;
        case ImportOutcome::State::Failed:
            ++m_totals.failed;
            break;
        }
    }
    emit runProgress(false);
    if (report)
        emit importAnswered(fileId, outcome);
}

} // namespace pulsedesk
