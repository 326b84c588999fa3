#include "import/ImportWriteSink.h"

#include "import/ImportUndo.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>

#include <algorithm>

namespace pulsedesk {

namespace {

constexpr qint64 ChunkRecords = 200'000; ///< the half second below usually ends a chunk first
constexpr qint64 ChunkMs = 500;

} // namespace

ImportWriteSink::ImportWriteSink(QSqlDatabase& db, qint64 importId, const QString& fileName,
                                 ImportDeviceResolver& resolver, const Clock& clock, ImportOutcome& outcome,
                                 const std::atomic_bool* cancel)
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

Status ImportWriteSink::begin()
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

Status ImportWriteSink::commit()
{
    QSqlQuery q(m_db);
    for (auto it = m_ranges.cbegin(); it != m_ranges.cend(); ++it)
        if (!Sql::exec(q,
                       Sql::dialect(m_db,
                                    QStringLiteral("INSERT OR REPLACE INTO import_ranges (import_id, device_id, "
                                                   "first_ts, last_ts) VALUES (?, ?, ?, ?)"),
                                    QStringLiteral("INSERT INTO import_ranges (import_id, device_id, first_ts, "
                                                   "last_ts) VALUES (?, ?, ?, ?) ON CONFLICT (import_id, device_id) "
                                                   "DO UPDATE SET first_ts = excluded.first_ts, "
                                                   "last_ts = excluded.last_ts")),
                       {m_importId, it.key(), it->first, it->last}))
            return Sql::error(q, QCoreApplication::translate("Importer", "recording the import"));
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE imports SET updated_at = ?, stored = ?, duplicates = ?, rejected = ? "
                                  "WHERE id = ?"),
                   {m_clock.nowMs(), m_outcome.stored, m_outcome.duplicates, m_outcome.rejected, m_importId}))
        return Sql::error(q, QCoreApplication::translate("Importer", "recording the import"));
    m_quarantine.finish();
    if (!m_db.commit())
        return plainError({Error::Code::Storage,
                           QCoreApplication::translate("Importer", "The database is busy or unavailable: %1")
                               .arg(m_db.lastError().text())});
    m_open = false;
    return {};
}

Error ImportWriteSink::plainError(const Error& error) const
{
    if (!Sql::isDiskFull(m_db))
        return error;
    if (Sql::isPostgres(m_db))
        return {Error::Code::Storage,
                QCoreApplication::translate("Importer",
                                            "The ward server's disk is full: nothing of the file was stored. Ask IT "
                                            "to free space on the server, then import the file again")};
    return {Error::Code::Storage,
            QCoreApplication::translate("Importer",
                                        "The disk is full: nothing of the file was stored. Free space on the disk of "
                                        "the data folder and import the file again")};
}

bool ImportWriteSink::fail(const Error& error)
{
    m_error = plainError(error);
    return false;
}

void ImportWriteSink::rollback()
{
    if (m_open) {
        m_quarantine.finish();
        m_db.rollback();
        m_open = false;
    }
}

Result<ImportOutcome> ImportWriteSink::abandon(ImportOutcome::State state, const QString& why, qint64 elapsedMs)
{
    rollback();
    if (auto undone = undoImport(m_db, m_importId,
                                 state == ImportOutcome::State::Cancelled ? QStringLiteral("cancelled")
                                                                          : QStringLiteral("failed"),
                                 why, m_clock.nowMs());
        !undone)
        return undone.error();
    m_outcome.state = state;
    m_outcome.error = why;
    m_outcome.stored = 0;
    m_outcome.elapsedMs = elapsedMs;
    return m_outcome;
}

bool ImportWriteSink::record(ImportRecord&& record)
{
    if (!step())
        return false;
    const ImportDeviceResolver::Resolved& device = m_resolver.resolve(record.sourceDevice);
    if (device.rowId == 0)
        return reject({record.line, record.column, ImportDeviceResolver::unresolvedReason(record.sourceDevice), {}});
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
    return merged(device.rowId, s.timestampMs, written->filled, written->storedImportId);
}

bool ImportWriteSink::merged(qint64 rowId, qint64 ms, int filled, qint64 storedImportId)
{
    if (storedImportId != m_importId) {
        // Remembered so that undoing this import clears exactly these vitals again.
        QSqlQuery remember(m_db);
        if (!Sql::exec(remember,
                       QStringLiteral("INSERT %1 INTO import_merges (import_id, device_id, ts, columns) "
                                      "VALUES (?, ?, ?, coalesce((SELECT columns FROM import_merges WHERE "
                                      "import_id = ? AND device_id = ? AND ts = ?), 0) | ?) %2")
                           .arg(Sql::dialect(m_db, QStringLiteral("OR REPLACE"), QString()),
                                Sql::dialect(m_db, QString(),
                                             QStringLiteral("ON CONFLICT (import_id, device_id, ts) "
                                                            "DO UPDATE SET columns = excluded.columns"))),
                       {m_importId, rowId, ms, m_importId, rowId, ms, filled}))
            return fail(Sql::error(remember, QCoreApplication::translate("Importer", "storing samples")));
        m_foreignMerges.push_back({rowId, ms});
    }
    ++m_outcome.merged;
    return true;
}

bool ImportWriteSink::reject(ImportRejection&& rejection)
{
    if (!step())
        return false;
    ++m_outcome.rejected;
    countRejectReason(m_outcome.rejectReasons, rejection.reason);
    m_quarantine.addBindValue(m_now);
    m_quarantine.addBindValue(
        Sql::storable(QStringLiteral("%1:%2:%3").arg(m_fileName).arg(rejection.line).arg(rejection.column)));
    m_quarantine.addBindValue(rejection.raw.isNull() ? QByteArray("") : rejection.raw);
    m_quarantine.addBindValue(Sql::storable(rejection.reason));
    m_quarantine.addBindValue(m_importId);
    if (!m_quarantine.exec())
        return fail(Sql::error(m_quarantine, QCoreApplication::translate("Importer", "quarantining a record")));
    return true;
}

bool ImportWriteSink::step()
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

} // namespace pulsedesk
