#include "import/Importer.h"

#include "analysis/HistoryAnalysis.h"
#include "analysis/WindowEngine.h"
#include "common/HandOffQueue.h"
#include "import/SourceFile.h"
#include "security/Crypto.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SampleWriter.h"
#include "storage/SqlSupport.h"
#include "storage/StoreLock.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <thread>

namespace pulsedesk {

namespace {

constexpr int MaxListedRejections = 200;
constexpr int MaxReasons = 100;
constexpr qint64 ChunkRecords = 200'000; ///< the half second below usually ends a chunk first
constexpr qint64 ChunkMs = 500;
constexpr qsizetype MaxTrackedKeys = 2'000'000;

struct Assignment
{
    qint64 patientId = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0; ///< exclusive; max when still assigned
};

struct Resolved
{
    qint64 rowId = 0; ///< 0: no registered device
    QString deviceId;
    bool chosen = false;
};

/// Maps the devices a file names to registered devices: the nurse's choice first, then the name itself, the
/// name without a FHIR "Device/" prefix, and the other names the file gives it; finally the default device.
class DeviceResolver
{
public:
    DeviceResolver(QSqlDatabase& db, const ImportOptions& options)
        : m_options(options)
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT id, device_id FROM devices")))
            while (q.next())
                m_registered.insert(q.value(1).toString(), q.value(0).toLongLong());
        if (q.exec(QStringLiteral("SELECT device_id, patient_id, assigned_from, coalesce(assigned_to, %1) "
                                  "FROM device_assignments ORDER BY assigned_from")
                       .arg(std::numeric_limits<qint64>::max())))
            while (q.next())
                m_assignments[q.value(0).toLongLong()].append(
                    {q.value(1).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    }

    void addAliases(const QString& source, const QStringList& aliases) { m_aliases[source] += aliases; }

    const Resolved& resolve(const QString& source)
    {
        if (const auto it = m_cache.constFind(source); it != m_cache.constEnd())
            return *it;
        Resolved r;
        const auto known = [this, &r](const QString& id, bool chosen) {
            if (const auto it = m_registered.constFind(id); it != m_registered.constEnd() && !id.isEmpty()) {
                r = {*it, id, chosen};
                return true;
            }
            return false;
        };
        QStringList names {source};
        if (source.startsWith(QLatin1String("Device/")))
            names.append(source.mid(7));
        names += m_aliases.value(source);
        if (!known(m_options.deviceMap.value(source), true)) {
            bool found = false;
            for (const QString& n : std::as_const(names))
                if ((found = known(n, false)))
                    break;
            if (!found)
                known(m_options.defaultDevice, true);
        }
        return *m_cache.insert(source, r);
    }

    /// The patient the device was assigned to at `ms`, 0 for nobody.
    qint64 patientAt(qint64 rowId, qint64 ms) const
    {
        const auto it = m_assignments.constFind(rowId);
        if (it == m_assignments.constEnd())
            return 0;
        for (const Assignment& a : *it)
            if (ms >= a.fromMs && ms < a.toMs)
                return a.patientId;
        return 0;
    }

    static QString unresolvedReason(const QString& source)
    {
        return source.isEmpty()
            ? QCoreApplication::translate("Importer", "the file does not say which device took it; choose the device")
            : QCoreApplication::translate("Importer", "device %1 is not registered; choose the device it belongs to")
                  .arg(source);
    }

private:
    const ImportOptions& m_options;
    QHash<QString, qint64> m_registered;
    QHash<qint64, QList<Assignment>> m_assignments;
    QHash<QString, QStringList> m_aliases;
    QHash<QString, Resolved> m_cache;
};

void countReason(QMap<QString, qint64>& reasons, const QString& reason)
{
    if (reasons.contains(reason) || reasons.size() < MaxReasons)
        ++reasons[reason];
    else
        ++reasons[QCoreApplication::translate("Importer", "other reasons")];
}

qint64 pairKey(qint64 rowId, qint64 ms)
{
    // Device row ids are small; a sample's time fits in 44 bits of milliseconds until the year 2527.
    return (rowId << 44) ^ ms;
}

// ---- Preview ----------------------------------------------------------------------------------------------

class PreviewSink final : public RecordSink
{
public:
    PreviewSink(QSqlDatabase& db, ImportPreview& preview, DeviceResolver& resolver, const std::atomic_bool* cancel)
        : m_preview(preview)
        , m_resolver(resolver)
        , m_cancel(cancel)
        , m_lookup(db)
    { }
    ~PreviewSink() override { finish(); }
    PreviewSink(const PreviewSink&) = delete;
    PreviewSink& operator=(const PreviewSink&) = delete;

    /// Ends the read transaction of the look-ups, if one is open: after each batch of records, so that none is
    /// open while the reader is waited for or the caller hears of the progress.
    void finish() { m_lookup.endBatch(); }

    bool record(ImportRecord&& record) override
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_preview.cancelled = true;
            return false;
        }
        const Resolved& device = m_resolver.resolve(record.sourceDevice);
        ImportDeviceSummary& summary = summaryOf(record.sourceDevice, device);
        if (device.rowId == 0) {
            return reject({record.line, record.column, DeviceResolver::unresolvedReason(record.sourceDevice), {}});
        }
        const qint64 ms = record.sample.timestampMs;
        bool duplicate = false;
        const qint64 key = pairKey(device.rowId, ms);
        if (m_seen.contains(key)) {
            duplicate = true;
        } else {
            QString conflict;
            if (const auto stored = m_lookup.stored(device.rowId, ms)) {
                duplicate = true;
                conflict = SampleWriter::compare(SampleWriter::vitalsOf(record.sample), *stored);
            }
            // As the import will: another value at a stored time is rejected, and the stored one stays.
            if (!conflict.isEmpty())
                return reject({record.line, record.column, conflict, {}});
            if (m_seen.size() < MaxTrackedKeys)
                m_seen.insert(key);
        }
        ++m_preview.records;
        summary.firstMs = summary.samples == 0 ? ms : std::min(summary.firstMs, ms);
        summary.lastMs = summary.samples == 0 ? ms : std::max(summary.lastMs, ms);
        m_preview.firstMs = m_preview.records == 1 ? ms : std::min(m_preview.firstMs, ms);
        m_preview.lastMs = m_preview.records == 1 ? ms : std::max(m_preview.lastMs, ms);
        ++summary.samples;
        if (const qint64 patient = m_resolver.patientAt(device.rowId, ms); patient == 0) {
            ++summary.unassigned;
        } else {
            auto it = std::find_if(summary.patients.begin(), summary.patients.end(),
                                   [patient](const ImportPatientSpan& s) { return s.patientId == patient; });
            if (it == summary.patients.end())
                it = summary.patients.insert(summary.patients.end(), ImportPatientSpan {patient, {}, {}, {}, 0});
            ++it->samples;
        }
        ++(duplicate ? m_preview.duplicates : m_preview.fresh);
        return true;
    }

    bool reject(ImportRejection&& rejection) override
    {
        ++m_preview.rejected;
        countReason(m_preview.rejectReasons, rejection.reason);
        if (m_preview.rejections.size() < MaxListedRejections) {
            rejection.raw.clear();
            m_preview.rejections.append(std::move(rejection));
        }
        return !(m_cancel && m_cancel->load(std::memory_order_relaxed));
    }

    void deviceAliases(const QString& source, const QStringList& aliases) override
    {
        m_resolver.addAliases(source, aliases);
    }

    void note(const QString& note) override
    {
        if (!m_preview.notes.contains(note))
            m_preview.notes.append(note);
    }

    void skipped(const QString& kind) override { ++m_preview.skipped[kind]; }

private:
    ImportDeviceSummary& summaryOf(const QString& source, const Resolved& device)
    {
        for (ImportDeviceSummary& s : m_preview.devices)
            if (s.source == source)
                return s;
        ImportDeviceSummary s;
        s.source = source;
        s.device = device.deviceId;
        s.chosen = device.chosen;
        m_preview.devices.append(s);
        return m_preview.devices.last();
    }

    ImportPreview& m_preview;
    DeviceResolver& m_resolver;
    const std::atomic_bool* m_cancel;
    SampleLookup m_lookup; ///< one look-up per record, a read transaction per batch
    QSet<qint64> m_seen;
};

// ---- Import -----------------------------------------------------------------------------------------------

struct Range
{
    qint64 first = 0;
    qint64 last = 0;
};

class ImportSink final : public RecordSink
{
public:
    ImportSink(QSqlDatabase& db, qint64 importId, const QString& fileName, DeviceResolver& resolver, const Clock& clock,
               ImportOutcome& outcome, const std::atomic_bool* cancel)
        : m_db(db)
        , m_importId(importId)
        , m_fileName(fileName)
        , m_resolver(resolver)
        , m_clock(clock)
        , m_outcome(outcome)
        , m_cancel(cancel)
        , m_writer(db, importId)
        , m_quarantine(db)
    {
        m_now = clock.nowMs();
    }

    Status begin()
    {
        if (!m_db.transaction())
            return Error {Error::Code::Storage,
                          QCoreApplication::translate("Importer", "The database is busy or unavailable: %1")
                              .arg(m_db.lastError().text())};
        m_open = true;
        m_chunkTimer.start();
        m_chunkRecords = 0;
        // Statements are prepared once the transaction is open (the driver binds them to it).
        if (!m_prepared) {
            m_prepared = true;
            if (!m_writer.ok())
                return m_writer.error(QCoreApplication::translate("Importer", "preparing the import"));
            if (!m_quarantine.prepare(
                    QStringLiteral("INSERT INTO quarantine (received_at, source, topic, payload, reason, import_id) "
                                   "VALUES (?, 'import', ?, ?, ?, ?)")))
                return Sql::error(m_quarantine, QCoreApplication::translate("Importer", "preparing the import"));
        }
        return {};
    }

    /// Writes the device ranges and the import's counters, and commits.
    Status commit()
    {
        QSqlQuery q(m_db);
        for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it)
            if (!Sql::exec(q,
                           QStringLiteral("INSERT OR REPLACE INTO import_ranges (import_id, device_id, first_ts, "
                                          "last_ts) VALUES (?, ?, ?, ?)"),
                           {m_importId, it.key(), it->first, it->last}))
                return Sql::error(q, QCoreApplication::translate("Importer", "recording the import"));
        if (!Sql::exec(q,
                       QStringLiteral("UPDATE imports SET updated_at = ?, stored = ?, duplicates = ?, rejected = ? "
                                      "WHERE id = ?"),
                       {m_clock.nowMs(), m_outcome.stored, m_outcome.duplicates, m_outcome.rejected, m_importId}))
            return Sql::error(q, QCoreApplication::translate("Importer", "recording the import"));
        m_quarantine.finish();
        if (!m_db.commit())
            return Error {Error::Code::Storage,
                          QCoreApplication::translate("Importer", "The database is busy or unavailable: %1")
                              .arg(m_db.lastError().text())};
        m_open = false;
        return {};
    }

    void rollback()
    {
        if (m_open) {
            m_quarantine.finish();
            m_db.rollback();
            m_open = false;
        }
    }

    bool record(ImportRecord&& record) override
    {
        if (!step())
            return false;
        const Resolved& device = m_resolver.resolve(record.sourceDevice);
        if (device.rowId == 0)
            return reject({record.line, record.column, DeviceResolver::unresolvedReason(record.sourceDevice), {}});
        const Sample& s = record.sample;
        auto written = m_writer.write(device.rowId, s, SampleWriter::Source::Backfill, m_now, true);
        if (!written)
            return fail(written.error());
        switch (written->kind) {
        case SampleWriter::Written::Kind::Stored: {
            Range& r = m_ranges[device.rowId];
            if (r.first == 0 && r.last == 0)
                r = {s.timestampMs, s.timestampMs};
            r.first = std::min(r.first, s.timestampMs);
            r.last = std::max(r.last, s.timestampMs);
            ++m_outcome.stored;
            return true;
        }
        case SampleWriter::Written::Kind::Conflict:
            // A different value is already stored: the nurse sees the conflict, the stored value stays.
            return reject({record.line, record.column, written->conflict, {}});
        case SampleWriter::Written::Kind::Duplicate:
            ++m_outcome.duplicates;
            return true;
        case SampleWriter::Written::Kind::Filled:
            break; // vitals added to a stored sample (FHIR writes one Observation per vital)
        }
        const int fill = written->filled;
        const bool ours = written->storedImportId == m_importId;
        if (!ours) {
            // Remembered so that undoing this import clears exactly these vitals again.
            QSqlQuery remember(m_db);
            if (!Sql::exec(remember,
                           QStringLiteral("INSERT OR REPLACE INTO import_merges (import_id, device_id, ts, columns) "
                                          "VALUES (?, ?, ?, coalesce((SELECT columns FROM import_merges WHERE "
                                          "import_id = ? AND device_id = ? AND ts = ?), 0) | ?)"),
                           {m_importId, device.rowId, s.timestampMs, m_importId, device.rowId, s.timestampMs, fill}))
                return fail(Sql::error(remember, QCoreApplication::translate("Importer", "storing samples")));
            m_foreignMerges.push_back({device.rowId, s.timestampMs});
        }
        ++m_outcome.merged;
        return true;
    }

    bool reject(ImportRejection&& rejection) override
    {
        if (!step())
            return false;
        ++m_outcome.rejected;
        countReason(m_outcome.rejectReasons, rejection.reason);
        m_quarantine.addBindValue(m_now);
        m_quarantine.addBindValue(QStringLiteral("%1:%2:%3").arg(m_fileName).arg(rejection.line).arg(rejection.column));
        m_quarantine.addBindValue(rejection.raw.isNull() ? QByteArray("") : rejection.raw);
        m_quarantine.addBindValue(rejection.reason);
        m_quarantine.addBindValue(m_importId);
        if (!m_quarantine.exec())
            return fail(Sql::error(m_quarantine, QCoreApplication::translate("Importer", "quarantining a record")));
        return true;
    }

    void deviceAliases(const QString& source, const QStringList& aliases) override
    {
        m_resolver.addAliases(source, aliases);
    }
    void note(const QString&) override { }
    void skipped(const QString&) override { }

    bool cancelled() const { return m_cancelled; }
    const std::optional<Error>& error() const { return m_error; }
    const QHash<qint64, Range>& ranges() const { return m_ranges; }
    /// Samples stored before this import that it added vitals to (device row, time).
    const std::vector<std::pair<qint64, qint64>>& foreignMerges() const { return m_foreignMerges; }
    qint64 records() const { return m_records; }

private:
    /// Before each record: cancel, and a commit every few thousand records or half second.
    bool step()
    {
        ++m_records;
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            m_cancelled = true;
            return false;
        }
        if (++m_chunkRecords >= ChunkRecords || ((m_chunkRecords & 0xFF) == 0 && m_chunkTimer.elapsed() > ChunkMs)) {
            if (auto ok = commit(); !ok)
                return fail(ok.error());
            if (auto ok = begin(); !ok)
                return fail(ok.error());
        }
        return true;
    }

    bool fail(const Error& error)
    {
        m_error = error;
        return false;
    }

    QSqlDatabase& m_db;
    qint64 m_importId;
    QString m_fileName;
    DeviceResolver& m_resolver;
    const Clock& m_clock;
    ImportOutcome& m_outcome;
    const std::atomic_bool* m_cancel;
    SampleWriter m_writer;
    QSqlQuery m_quarantine;
    bool m_prepared = false;
    bool m_open = false;
    qint64 m_now = 0;
    qint64 m_records = 0;
    qint64 m_chunkRecords = 0;
    QElapsedTimer m_chunkTimer;
    QHash<qint64, Range> m_ranges;
    std::vector<std::pair<qint64, qint64>> m_foreignMerges;
    bool m_cancelled = false;
    std::optional<Error> m_error;
};

/// Carries what a reader finds from its thread to the one that stores it, in batches and in order.
class RecordQueue final : public RecordSink
{
public:
    /// `device` is what the reader reads: each batch carries how far it had read.
    explicit RecordQueue(const QIODevice& device)
        : m_device(device)
    { }

    enum class Kind
    {
        Record,
        Rejection,
        Aliases,
        Note,
        Skipped,
    };
    struct Item
    {
        Kind kind = Kind::Record;
        ImportRecord record;
        ImportRejection rejection;
        QString text;
        QStringList list;
        qint64 count = 0; ///< Skipped: how many of that kind
    };
    struct Batch
    {
        std::vector<Item> items;
        qint64 position = 0; ///< bytes of the file read when the batch was handed over
    };

    bool record(ImportRecord&& record) override
    {
        Item item;
        item.record = std::move(record);
        return push(std::move(item));
    }
    bool reject(ImportRejection&& rejection) override
    {
        Item item;
        item.kind = Kind::Rejection;
        item.rejection = std::move(rejection);
        return push(std::move(item));
    }
    void deviceAliases(const QString& source, const QStringList& aliases) override
    {
        Item item;
        item.kind = Kind::Aliases;
        item.text = source;
        item.list = aliases;
        push(std::move(item));
    }
    /// A note goes over once (a reader may give the same one for every record).
    void note(const QString& note) override
    {
        if (m_notes.contains(note))
            return;
        m_notes.insert(note);
        Item item;
        item.kind = Kind::Note;
        item.text = note;
        push(std::move(item));
    }
    /// Skipped records are counted per kind and go over as counts with the batch (an Apple Health export skips
    /// millions).
    void skipped(const QString& kind) override { ++m_skipped[kind]; }

    /// The reader is done.
    void finish()
    {
        if (!m_pending.items.empty() || !m_skipped.isEmpty())
            (void)handOver();
        m_full.finish();
    }
    /// The storing side gives up (cancel, error): the reader stops at its next hand-over.
    void stop() { m_full.stop(); }
    /// The next batch, or nothing once the reader is done and everything was taken.
    std::optional<Batch> take() { return m_full.take(); }

private:
    static constexpr std::size_t BatchItems = 2048;
    static constexpr std::size_t MaxBatches = 8;

    bool push(Item&& item)
    {
        m_pending.items.push_back(std::move(item));
        if (m_pending.items.size() < BatchItems)
            return !m_stoppedSeen;
        return handOver();
    }

    /// Hands the pending batch over, with the skipped counts and the position read so far.
    bool handOver()
    {
        for (auto it = m_skipped.cbegin(); it != m_skipped.cend(); ++it) {
            Item item;
            item.kind = Kind::Skipped;
            item.text = it.key();
            item.count = it.value();
            m_pending.items.push_back(std::move(item));
        }
        m_skipped.clear();
        m_pending.position = m_device.pos();
        m_stoppedSeen = !m_full.push(std::move(m_pending));
        m_pending = Batch {};
        m_pending.items.reserve(BatchItems);
        return !m_stoppedSeen;
    }

    const QIODevice& m_device;
    // Filled by the reader without the lock:
    Batch m_pending;
    QSet<QString> m_notes;
    QHash<QString, qint64> m_skipped;
    bool m_stoppedSeen = false; ///< the storing side has stopped, as the reader last saw it
    HandOffQueue<Batch> m_full {MaxBatches};
};

/// Reads `file` on a thread of its own and hands what it finds to `sink` on this one, in file order, until the
/// file ends or the sink says stop: on two cores, parsing and storing (or looking up) nearly halve the time.
/// `afterBatch` hears, after each batch of a few thousand records, how far the file was read and how many
/// records were handed over.
Status readBeside(ImportFormat format, QIODevice& file, const ReaderOptions& options, RecordSink& sink,
                  const std::function<void(qint64 position, qint64 records)>& afterBatch)
{
    RecordQueue queue(file);
    Status read;
    std::thread reader([&queue, &read, &file, format, &options] {
        read = readRecords(format, file, options, queue);
        queue.finish();
    });
    qint64 count = 0;
    bool stopped = false;
    while (auto batch = queue.take()) {
        for (RecordQueue::Item& item : batch->items) {
            if (stopped)
                break;
            switch (item.kind) {
            case RecordQueue::Kind::Record:
                stopped = !sink.record(std::move(item.record));
                ++count;
                break;
            case RecordQueue::Kind::Rejection:
                stopped = !sink.reject(std::move(item.rejection));
                ++count;
                break;
            case RecordQueue::Kind::Aliases:
                sink.deviceAliases(item.text, item.list);
                break;
            case RecordQueue::Kind::Note:
                sink.note(item.text);
                break;
            case RecordQueue::Kind::Skipped:
                for (qint64 i = 0; i < item.count; ++i)
                    sink.skipped(item.text);
                break;
            }
        }
        if (stopped)
            queue.stop(); // the reader sees it at its next hand-over and ends
        if (afterBatch)
            afterBatch(batch->position, count);
    }
    reader.join();
    return read;
}

/// Removes everything an import wrote, and marks how it ended.
Status undoImport(QSqlDatabase& db, qint64 importId, const QString& state, const QString& detail, qint64 now)
{
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery ranges(db);
    if (!Sql::exec(ranges, QStringLiteral("SELECT device_id, first_ts, last_ts FROM import_ranges WHERE import_id = ?"),
                   {importId}))
        return Sql::error(ranges, QCoreApplication::translate("Importer", "undoing an import"));
    QSqlQuery q(db);
    while (ranges.next())
        if (!Sql::exec(
                q, QStringLiteral("DELETE FROM samples WHERE device_id = ? AND ts BETWEEN ? AND ? AND import_id = ?"),
                {ranges.value(0), ranges.value(1), ranges.value(2), importId}))
            return Sql::error(q, QCoreApplication::translate("Importer", "undoing an import"));
    // Vitals this import added to samples stored before it are cleared again.
    QSqlQuery merges(db);
    if (!Sql::exec(merges, QStringLiteral("SELECT device_id, ts, columns FROM import_merges WHERE import_id = ?"),
                   {importId}))
        return Sql::error(merges, QCoreApplication::translate("Importer", "undoing an import"));
    while (merges.next()) {
        const int c = merges.value(2).toInt();
        const auto keep = [c](int bit, const char* column) {
            return QString::fromLatin1(column) + QStringLiteral(" = ")
                + ((c & (1 << bit)) ? QStringLiteral("NULL") : QString::fromLatin1(column));
        };
        if (!Sql::exec(q,
                       QStringLiteral("UPDATE samples SET %1, %2, %3, %4, %5 WHERE device_id = ? AND ts = ?")
                           .arg(keep(0, "heart_rate"), keep(1, "spo2"), keep(2, "temperature_c"), keep(3, "systolic"),
                                keep(4, "diastolic")),
                       {merges.value(0), merges.value(1)}))
            return Sql::error(q, QCoreApplication::translate("Importer", "undoing an import"));
    }
    if (!Sql::exec(q, QStringLiteral("DELETE FROM import_merges WHERE import_id = ?"), {importId})
        || !Sql::exec(q, QStringLiteral("DELETE FROM quarantine WHERE import_id = ?"), {importId})
        || !Sql::exec(q, QStringLiteral("DELETE FROM import_ranges WHERE import_id = ?"), {importId})
        || !Sql::exec(q,
                      QStringLiteral("UPDATE imports SET state = ?, finished_at = ?, updated_at = ?, stored = 0, "
                                     "detail = ? WHERE id = ?"),
                      {state, now, now, Sql::text(detail), importId}))
        return Sql::error(q, QCoreApplication::translate("Importer", "undoing an import"));
    return transaction.commit();
}

/// The file's SHA-256 in hex, read from its start; the file is left at its start again.
Result<QString> hashOf(QIODevice& file)
{
    if (!file.seek(0))
        return Error {Error::Code::Storage, file.errorString()};
    auto digest = Crypto::sha256(file);
    if (!digest)
        return digest.error();
    if (!file.seek(0))
        return Error {Error::Code::Storage, file.errorString()};
    return QString::fromLatin1(digest->toHex());
}

} // namespace

Importer::Importer(Workspace& workspace, const Clock& clock)
    : m_workspace(workspace)
    , m_clock(clock)
{ }

QStringList Importer::expand(const QStringList& paths, QStringList* skipped)
{
    QStringList files;
    const auto consider = [&files, skipped](const QFileInfo& info, bool explicitly) {
        const QString suffix = info.suffix().toLower();
        const bool known = suffix == QLatin1String("json") || suffix == QLatin1String("xml")
            || suffix == QLatin1String("csv") || suffix == QLatin1String("ndjson");
        // In a Fitbit archive folder, only the heart-rate files hold samples.
        const bool fitbitOther = !explicitly
            && info.fileName().contains(QRegularExpression(QStringLiteral("^[a-z_]+-\\d{4}-\\d{2}-\\d{2}\\.json$")))
            && !info.fileName().startsWith(QLatin1String("heart_rate-"));
        if (explicitly || (known && !fitbitOther))
            files.append(info.absoluteFilePath());
        else if (skipped)
            skipped->append(info.absoluteFilePath());
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList inFolder;
            QDirIterator it(path, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
            while (it.hasNext())
                inFolder.append(it.next());
            inFolder.sort();
            for (const QString& f : std::as_const(inFolder))
                consider(QFileInfo(f), false);
        } else {
            consider(info, true);
        }
    }
    files.removeDuplicates();
    return files;
}

Status Importer::recoverInterrupted()
{
    StoreLock lock(m_workspace.database(), QStringLiteral("import"));
    // Held by a running import: that import undid what an earlier one left when it began, and its own rows are
    // its own. Nothing is left to recover until it ends.
    if (!lock.tryLock())
        return {};
    return undoOrphans();
}

Status Importer::undoOrphans()
{
    // Called with the import lock held: every import still marked running was left by a process that ended
    // without finishing it (a running one would hold the lock), however recently it wrote.
    QSqlDatabase db = m_workspace.database().connection();
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT id FROM imports WHERE state = 'running'"), {}))
        return Sql::error(q, QCoreApplication::translate("Importer", "looking for interrupted imports"));
    QList<qint64> stale;
    while (q.next())
        stale.append(q.value(0).toLongLong());
    q.finish();
    for (const qint64 id : std::as_const(stale))
        if (auto undone = undoImport(
                db, id, QStringLiteral("rolled-back"),
                QCoreApplication::translate("Importer", "interrupted before it was complete; nothing of it was kept"),
                now);
            !undone)
            return undone;
    return {};
}

Result<ImportPreview> Importer::preview(const Session& session, const QString& path, const ImportOptions& options,
                                        const std::atomic_bool* cancel, const Progress& progress)
{
    if (auto allowed = Permissions::require(session, Permission::ImportDumps); !allowed)
        return allowed.error();
    if (auto recovered = recoverInterrupted(); !recovered)
        return recovered.error();
    ImportPreview preview;
    preview.path = path;
    preview.fileName = QFileInfo(path).fileName();
    auto opened = SourceFile::open(path);
    if (!opened) {
        preview.error = opened.errorMessage();
        return preview;
    }
    SourceFile& file = *opened.value();
    preview.bytes = file.size();
    auto hash = hashOf(file);
    if (!hash) {
        preview.error = QCoreApplication::translate("Importer", "cannot be read: %1").arg(hash.errorMessage());
        return preview;
    }
    preview.sha256 = hash.value();
    const QByteArray head = file.peek(64 * 1024);
    const auto detected = ImportFormats::detect(path, head);
    preview.formatDetected = !options.format.has_value();
    if (options.format) {
        preview.format = *options.format;
    } else if (detected) {
        preview.format = *detected;
    } else {
        preview.error = QCoreApplication::translate(
            "Importer", "not a format PulseDesk imports (device dump, FHIR, Open mHealth, Fitbit, Apple Health)");
        return preview;
    }

    QSqlDatabase db = m_workspace.database().connection();
    {
        QSqlQuery q(db);
        if (Sql::exec(q,
                      QStringLiteral("SELECT i.finished_at, u.username FROM imports i JOIN users u ON u.id = i.user_id "
                                     "WHERE i.file_sha256 = ? AND i.state = 'complete' ORDER BY i.id DESC LIMIT 1"),
                      {preview.sha256})
            && q.next())
            preview.previousImport = QCoreApplication::translate("Importer", "%1 by %2")
                                         .arg(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong())
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                              q.value(1).toString());
    }
    DeviceResolver resolver(db, options);
    PreviewSink sink(db, preview, resolver, cancel);
    ReaderOptions readerOptions {options.zone, m_clock.nowMs()};
    if (progress)
        progress(0, preview.bytes, 0);
    const Status read = readBeside(preview.format, file, readerOptions, sink,
                                   [&sink, &progress, &preview](qint64 position, qint64 records) {
                                       sink.finish();
                                       if (progress)
                                           progress(position, preview.bytes, records);
                                   });
    if (!read) {
        preview.error = read.errorMessage();
    } else if (!preview.cancelled) {
        // What was parsed is what was hashed: a file written to while it was previewed says so.
        auto digest = file.finishDigest();
        if (!digest)
            preview.error = digest.errorMessage();
        else if (digest.value() != preview.sha256)
            preview.error = QCoreApplication::translate(
                "Importer", "changed while it was being previewed; preview it again once nothing writes to it");
    }
    if (progress)
        progress(preview.bytes, preview.bytes, preview.records);

    // Who the samples belong to, for the nurse to check. An admin imports too, but never reads patients: the
    // counts stay, the identities are left out.
    if (!Permissions::allows(session.role, Permission::ReadPatients))
        return preview;
    QSqlQuery q(db);
    for (ImportDeviceSummary& device : preview.devices)
        for (ImportPatientSpan& span : device.patients)
            if (Sql::exec(q, QStringLiteral("SELECT mrn, name, bed FROM patients WHERE id = ?"), {span.patientId})
                && q.next()) {
                span.mrn = q.value(0).toString();
                span.name = q.value(1).toString();
                span.bed = q.value(2).toString();
            }
    return preview;
}

Result<ImportOutcome> Importer::run(const Session& session, const ImportPreview& preview, const ImportOptions& options,
                                    const std::atomic_bool* cancel, const Progress& progress, SampleSink* sink)
{
    if (auto allowed = Permissions::require(session, Permission::ImportDumps); !allowed)
        return allowed.error();
    if (!preview.error.isEmpty())
        return Error {Error::Code::Invalid, preview.error};
    // One import at a time per store, across processes: an import that is cancelled or fails removes exactly the
    // rows it wrote, so no other import may count those rows as already stored meanwhile. The lock is held until
    // this import has ended, one way or the other.
    StoreLock lock(m_workspace.database(), QStringLiteral("import"));
    if (auto locked = lock.lock(cancel, m_waiting); !locked) {
        if (!cancel || !cancel->load())
            return locked.error();
        ImportOutcome cancelled;
        cancelled.fileName = preview.fileName;
        cancelled.state = ImportOutcome::State::Cancelled;
        cancelled.error = QCoreApplication::translate("Importer", "cancelled; nothing of this file was kept");
        return cancelled;
    }
    // What a process that died mid-import left is undone first, before anything is counted as already stored.
    if (auto recovered = undoOrphans(); !recovered)
        return recovered.error();
    QElapsedTimer elapsed;
    elapsed.start();
    ImportOutcome outcome;
    outcome.fileName = preview.fileName;
    auto opened = SourceFile::open(preview.path);
    if (!opened)
        return Error {opened.error().code, QStringLiteral("%1 %2").arg(preview.fileName, opened.errorMessage())};
    SourceFile& file = *opened.value();
    auto hash = hashOf(file);
    if (!hash)
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Importer", "%1 cannot be read: %2")
                          .arg(preview.fileName, hash.errorMessage())};
    if (hash.value() != preview.sha256)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Importer", "%1 changed since its preview; preview it again")
                          .arg(preview.fileName)};

    QSqlDatabase db = m_workspace.database().connection();
    {
        const qint64 now = m_clock.nowMs();
        QSqlQuery q(db);
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO imports (file_name, file_sha256, file_bytes, format, time_zone, "
                                      "user_id, started_at, updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                      "'running')"),
                       {preview.fileName, preview.sha256, preview.bytes, ImportFormats::key(preview.format),
                        QString::fromUtf8(options.zone.id()), session.userId, now, now}))
            return Sql::error(q, QCoreApplication::translate("Importer", "recording the import"));
        outcome.importId = q.lastInsertId().toLongLong();
    }

    // The samples refer only to registered devices, resolved from the store, and to this import's row; neither
    // is ever deleted. Checking each row's references again would cost a tenth of the import.
    Sql::ForeignKeyChecksOff trusted(db);
    DeviceResolver resolver(db, options);
    ImportSink writer(db, outcome.importId, preview.fileName, resolver, m_clock, outcome, cancel);
    const auto abandon = [&](ImportOutcome::State state, const QString& why) -> Result<ImportOutcome> {
        writer.rollback();
        if (auto undone = undoImport(db, outcome.importId,
                                     state == ImportOutcome::State::Cancelled ? QStringLiteral("cancelled")
                                                                              : QStringLiteral("failed"),
                                     why, m_clock.nowMs());
            !undone)
            return undone.error();
        outcome.state = state;
        outcome.error = why;
        outcome.stored = 0;
        outcome.elapsedMs = elapsed.elapsed();
        return outcome;
    };
    if (auto begun = writer.begin(); !begun)
        return abandon(ImportOutcome::State::Failed, begun.errorMessage());

    const qint64 fileSize = file.size();
    const Status read = readBeside(preview.format, file, ReaderOptions {options.zone, m_clock.nowMs()}, writer,
                                   [&progress, fileSize](qint64 position, qint64 records) {
                                       if (progress)
                                           progress(position, fileSize, records);
                                   });

    if (writer.cancelled())
        return abandon(ImportOutcome::State::Cancelled,
                       QCoreApplication::translate("Importer", "cancelled; nothing of this file was kept"));
    if (writer.error())
        return abandon(ImportOutcome::State::Failed, writer.error()->message);
    if (!read)
        return abandon(ImportOutcome::State::Failed, read.errorMessage());
    // The file as it was read, every byte of it, must be the file that was previewed: one written to in place
    // while it was imported is not stored under the previewed file's name and SHA-256.
    if (auto digest = file.finishDigest(); !digest)
        return abandon(ImportOutcome::State::Failed, digest.errorMessage());
    else if (digest.value() != preview.sha256)
        return abandon(ImportOutcome::State::Failed,
                       QCoreApplication::translate("Importer",
                                                   "%1 changed while it was being imported; nothing of it was kept. "
                                                   "Import it again once nothing writes to it")
                           .arg(preview.fileName));

    // Complete: the last chunk, the state and the audit entry commit together.
    {
        QSqlQuery q(db);
        const qint64 now = m_clock.nowMs();
        if (!Sql::exec(
                q, QStringLiteral("UPDATE imports SET state = 'complete', finished_at = ?, detail = ? WHERE id = ?"),
                {now, Sql::text(preview.notes.join(QStringLiteral("; "))), outcome.importId}))
            return abandon(ImportOutcome::State::Failed, q.lastError().text());
        const QString details = QStringLiteral("sha256=%1 format=%2 stored=%3 duplicates=%4 rejected=%5")
                                    .arg(preview.sha256, ImportFormats::key(preview.format))
                                    .arg(outcome.stored)
                                    .arg(outcome.duplicates)
                                    .arg(outcome.rejected);
        if (auto audited =
                m_workspace.audit().append(db, session, QStringLiteral("import.file"), QStringLiteral("import"),
                                           QString::number(outcome.importId), details);
            !audited)
            return abandon(ImportOutcome::State::Failed, audited.errorMessage());
        if (auto committed = writer.commit(); !committed)
            return abandon(ImportOutcome::State::Failed, committed.errorMessage());
    }
    trusted.restore();
    if (progress)
        progress(file.size(), file.size(), writer.records());

    // Analysis of what this file added. History (windows that ended before the retrospective horizon) is
    // analysed here, range by range, and gives findings. The most recent minutes go to the live analysis when
    // there is one, so that an anomaly still going on raises its alarm as if it had streamed.
    const AnalysisSettings settings = m_workspace.settings().analysis();
    const qint64 windowMs = std::max<qint64>(settings.window.windowMs, 1000);
    const qint64 cutoff = WindowEngine::windowStart(m_clock.nowMs() - settings.retrospectiveAfterMs, windowMs);
    std::vector<HistoryAnalysis::StoredRange> history;
    std::vector<HistoryAnalysis::StoredRange> recent;
    for (auto it = writer.ranges().cbegin(); it != writer.ranges().cend(); ++it) {
        const qint64 historyEnd = sink ? std::min(it->last, cutoff - 1) : it->last;
        if (it->first <= historyEnd)
            history.push_back({it.key(), it->first, historyEnd});
        if (sink && it->last >= cutoff)
            recent.push_back({it.key(), std::max(it->first, cutoff), it->last});
    }
    for (const auto& [rowId, ts] : writer.foreignMerges())
        (sink && ts >= cutoff ? recent : history).push_back({rowId, ts, ts});
    auto analysed = m_workspace.history().analyseRanges(history, settings, m_clock);
    if (!analysed)
        return analysed.error();
    outcome.analysis = analysed.value();
    QSqlQuery back(db);
    back.setForwardOnly(true);
    for (const HistoryAnalysis::StoredRange& range : recent) {
        if (!Sql::exec(back,
                       QStringLiteral("SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic FROM samples "
                                      "WHERE device_id = ? AND ts BETWEEN ? AND ? ORDER BY ts"),
                       {range.deviceRowId, range.firstMs, range.lastMs}))
            return Sql::error(back, QCoreApplication::translate("Importer", "reading back the imported samples"));
        const auto num = [&back](int i) {
            const QVariant v = back.value(i);
            return v.isNull() ? Sample::Missing : v.toDouble();
        };
        std::vector<AnalysisSample> batch;
        while (back.next())
            batch.push_back({range.deviceRowId, back.value(0).toLongLong(), num(1), num(2), num(3), num(4), num(5)});
        back.finish();
        outcome.analysis.samples += qint64(batch.size());
        sink->submit(std::move(batch));
    }
    outcome.elapsedMs = elapsed.elapsed();
    return outcome;
}

} // namespace pulsedesk
