#include "analysis/HistoryAnalysis.h"

#include "analysis/AnomalyScorer.h"
#include "analysis/FindingStore.h"
#include "analysis/PatientContextCache.h"
#include "analysis/ResultStore.h"
#include "analysis/WindowEngine.h"
#include "common/HandOffQueue.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QThread>

#include <memory>

namespace pulsedesk {

namespace {

/// Results of windows analysed after the fact, and their findings (abnormal, confident windows), in one
/// transaction; adds what it stored to `totals`.
Status storeHistory(QSqlDatabase& db, const ResultStore& resultStore, const FindingStore& findingStore,
                    const std::vector<WindowResult>& results, qint64 now, HistoryAnalysis::Totals& totals)
{
    if (results.empty())
        return {};
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto ok = resultStore.storeResults(db, results, now); !ok)
        return ok;
    std::vector<WindowResult> abnormal;
    for (const WindowResult& r : results)
        if (r.classification.category != Category::NoAnomaly && !r.lowConfidence)
            abnormal.push_back(r);
    if (auto ok = findingStore.storeFindings(db, abnormal, now); !ok)
        return ok;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    totals.results += qint64(results.size());
    totals.findings += qint64(abnormal.size());
    return {};
}

} // namespace

HistoryAnalysis::HistoryAnalysis(Database& database, const ResultStore& results, const FindingStore& findings)
    : m_database(database)
    , m_results(results)
    , m_findings(findings)
{ }

Result<HistoryAnalysis::Totals> HistoryAnalysis::analyseStored(const std::vector<AnalysisSample>& samples,
                                                               const AnalysisSettings& settings,
                                                               const Clock& clock) const
{
    const qint64 now = clock.nowMs();
    // Everything stored up to now counts as "before the start", so each window is read back whole.
    PatientContextCache cache(m_database, now + 1);
    cache.refresh();
    WindowEngine engine(HeartRateBands::builtIn(), cache, settings.window, &cache);
    engine.add(samples, now);
    std::vector<WindowResult> results = engine.flush();
    // Each window against the stored windows before it.
    AnomalyScorer(AnomalyScorer::Settings {}, ResultStore::anomalyHistorySource(m_database)).score(results);
    QSqlDatabase db = m_database.connection();
    Totals totals;
    totals.samples = qint64(samples.size());
    if (auto ok = storeHistory(db, m_results, m_findings, results, now, totals); !ok)
        return ok.error();
    return totals;
}

namespace {

/// Window results handed from the thread that reads and windows to the thread that stores them.
using ResultQueue = HandOffQueue<std::vector<WindowResult>>;

/// Reads whole windows of the ranges from the store, device by device, and hands their results over.
Status windowRanges(QSqlDatabase& db, PatientContextCache& cache,
                    const std::vector<HistoryAnalysis::StoredRange>& ranges, const AnalysisSettings& settings,
                    qint64 now, ResultQueue& queue, qint64& samples, AnomalyScorer& scorer)
{
    const qint64 windowMs = std::max<qint64>(settings.window.windowMs, 1000);
    for (const HistoryAnalysis::StoredRange& range : ranges) {
        // Whole windows: from the start of the first one to the end of the last one. No read-back source: the
        // engine sees every sample of every window it is given.
        WindowEngine engine(HeartRateBands::builtIn(), cache, settings.window, nullptr);
        const qint64 from = WindowEngine::windowStart(range.firstMs, windowMs);
        const qint64 to = WindowEngine::windowStart(range.lastMs, windowMs) + windowMs;
        // Read in slices that end on a window boundary, so that the engine never sees half a window.
        std::vector<AnalysisSample> batch;
        batch.reserve(20'000);
        qint64 next = from;
        while (next < to) {
            {
                RawStatement read(db,
                                  "SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic FROM samples "
                                  "WHERE device_id = ? AND ts >= ? AND ts < ? ORDER BY ts LIMIT 20000");
                if (!read.ok())
                    return read.error(QCoreApplication::translate("AnalysisService", "reading stored samples"));
                read.bind(1, range.deviceRowId);
                read.bind(2, next);
                read.bind(3, to);
                RawStatement::Step rc = RawStatement::Step::Row;
                while ((rc = read.step()) == RawStatement::Step::Row) {
                    const auto num = [&read](int i) { return read.isNull(i) ? AnalysisSample::Missing : read.real(i); };
                    batch.push_back({range.deviceRowId, read.integer(0), num(1), num(2), num(3), num(4), num(5)});
                }
                if (rc != RawStatement::Step::Done)
                    return read.error(QCoreApplication::translate("AnalysisService", "reading stored samples"));
            }
            if (batch.size() < 20'000) {
                next = to;
            } else {
                // Hold back the last, possibly incomplete window for the next slice.
                const qint64 lastStart = WindowEngine::windowStart(batch.back().timestampMs, windowMs);
                if (lastStart > batch.front().timestampMs) {
                    while (!batch.empty() && batch.back().timestampMs >= lastStart)
                        batch.pop_back();
                    next = lastStart;
                } else {
                    next = batch.back().timestampMs + 1; // one window holds more than a slice
                }
            }
            engine.add(batch, now);
            samples += qint64(batch.size());
            batch.clear();
            std::vector<WindowResult> results = engine.collect(now);
            scorer.score(results);
            if (!results.empty() && !queue.push(std::move(results)))
                return {};
        }
        std::vector<WindowResult> results = engine.flush();
        scorer.score(results);
        if (!results.empty() && !queue.push(std::move(results)))
            return {};
    }
    return {};
}

} // namespace

Result<HistoryAnalysis::Totals> HistoryAnalysis::analyseRanges(const std::vector<StoredRange>& ranges,
                                                               const AnalysisSettings& settings,
                                                               const Clock& clock) const
{
    const qint64 now = clock.nowMs();
    PatientContextCache cache(m_database, now + 1);
    cache.refresh();
    // Reading the samples back and windowing them runs on a thread of its own (with its own connection) while
    // this one stores the results: the two take about as long, and on two cores they overlap.
    ResultQueue queue(16);
    qint64 samples = 0;
    Status read; // the producer's outcome: written before finish(), read once take() says it finished
    Database& database = m_database;
    std::unique_ptr<QThread> producer(
        QThread::create([&database, &cache, &ranges, &settings, now, &queue, &samples, &read] {
            const ThreadConnectionGuard connection(database);
            QSqlDatabase readDb = database.connection();
            // The ranges' windows in order, each range's first against the stored windows before it.
            AnomalyScorer scorer({}, ResultStore::anomalyHistorySource(database));
            read = readDb.isOpen()
                ? windowRanges(readDb, cache, ranges, settings, now, queue, samples, scorer)
                : Status(Error {Error::Code::Storage,
                                QCoreApplication::translate("AnalysisService", "The store could not be opened: %1")
                                    .arg(readDb.lastError().text())});
            readDb = QSqlDatabase();
            queue.finish();
        }));
    producer->start();
    const auto joinProducer = qScopeGuard([&queue, &producer] {
        queue.stop();
        producer->wait();
    });

    QSqlDatabase db = m_database.connection();
    // The results refer to patients and devices read from the store a moment ago, and neither is ever deleted.
    // Checked row by row, those references cost more than the rows themselves once anything else acts on a new
    // result (the HL7 outbox's triggers): a statement that may fail half-way on a foreign key, and fires a
    // trigger, gets a statement journal on SQLite, and SQLCipher encrypts each page that goes into it.
    Sql::ForeignKeyChecksOff trusted(db);
    Totals totals;
    // Results are written in transactions of up to 20,000 windows or half a second of work: each commit waits
    // for the disk, and a write transaction must never hold live ingest back for long.
    std::vector<WindowResult> pending;
    QElapsedTimer sinceCommit;
    sinceCommit.start();
    const auto store = [&](bool last) -> Status {
        if (pending.empty() || (!last && pending.size() < 20'000 && sinceCommit.elapsed() < 500))
            return {};
        auto ok = storeHistory(db, m_results, m_findings, pending, now, totals);
        pending.clear();
        sinceCommit.restart();
        return ok;
    };
    while (auto results = queue.take()) {
        pending.insert(pending.end(), std::make_move_iterator(results->begin()),
                       std::make_move_iterator(results->end()));
        if (auto ok = store(false); !ok)
            return ok.error();
    }
    if (!read)
        return read.error();
    if (auto ok = store(true); !ok)
        return ok.error();
    totals.samples = samples; // the producer has finished (take() returned nothing after finish())
    return totals;
}

} // namespace pulsedesk
