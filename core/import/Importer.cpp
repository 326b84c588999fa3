#include "import/Importer.h"

#include "analysis/WindowEngine.h"
#include "import/ImportDeviceResolver.h"
#include "import/ImportPreviewSink.h"
#include "import/ImportUndo.h"
#include "import/ImportWriteSink.h"
#include "import/RecordQueue.h"
#include "import/SourceFile.h"
#include "security/Crypto.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StoreLock.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace pulsedesk {

namespace {

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

/// "2026-11-20 14:02 by nurse.ana" when a file with this SHA-256 was imported before; empty otherwise.
QString previousImportOf(QSqlDatabase& db, const QString& sha256)
{
    QSqlQuery q(db);
    if (Sql::exec(q,
                  QStringLiteral("SELECT i.finished_at, u.username FROM imports i JOIN users u ON u.id = i.user_id "
                                 "WHERE i.file_sha256 = ? AND i.state = 'complete' ORDER BY i.id DESC LIMIT 1"),
                  {sha256})
        && q.next())
        return QCoreApplication::translate("Importer", "%1 by %2")
            .arg(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 q.value(1).toString());
    return {};
}

/// Who the samples belong to, for the nurse to check: MRN, name and bed of every patient in the preview.
void namePatients(QSqlDatabase& db, ImportPreview& preview)
{
    QSqlQuery q(db);
    for (ImportDeviceSummary& device : preview.devices)
        for (ImportPatientSpan& span : device.patients)
            if (Sql::exec(q, QStringLiteral("SELECT mrn, name, bed FROM patients WHERE id = ?"), {span.patientId})
                && q.next()) {
                span.mrn = q.value(0).toString();
                span.name = q.value(1).toString();
                span.bed = q.value(2).toString();
            }
}

/// The previewed file, opened again and checked to be the same file (its SHA-256).
Result<std::unique_ptr<SourceFile>> openPreviewed(const ImportPreview& preview)
{
    auto opened = SourceFile::open(preview.path);
    if (!opened)
        return Error {opened.error().code, QStringLiteral("%1 %2").arg(preview.fileName, opened.errorMessage())};
    auto hash = hashOf(*opened.value());
    if (!hash)
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Importer", "%1 cannot be read: %2")
                          .arg(preview.fileName, hash.errorMessage())};
    if (hash.value() != preview.sha256)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Importer", "%1 changed since its preview; preview it again")
                          .arg(preview.fileName)};
    return std::move(opened.value());
}

/// The import's row, marked running; its id.
Result<qint64> recordImport(QSqlDatabase& db, const Session& session, const ImportPreview& preview,
                            const ImportOptions& options, qint64 now)
{
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO imports (file_name, file_sha256, file_bytes, format, time_zone, "
                                  "user_id, started_at, updated_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                                  "'running')"),
                   {preview.fileName, preview.sha256, preview.bytes, ImportFormats::key(preview.format),
                    QString::fromUtf8(options.zone.id()), session.userId, now, now}))
        return Sql::error(q, QCoreApplication::translate("Importer", "recording the import"));
    return Sql::lastInsertId(db, q);
}

/// Reads the whole file into `writer`, from its first transaction on. Fails when the writer or the reader fails,
/// and when the file as it was read, every byte of it, is not the file that was previewed: one written to in place
/// while it was imported is not stored under the previewed file's name and SHA-256. Says nothing of a cancel.
Status storeFile(const ImportPreview& preview, const ReaderOptions& options, SourceFile& file, ImportWriteSink& writer,
                 const Importer::Progress& progress)
{
    if (auto begun = writer.begin(); !begun)
        return begun;
    const qint64 fileSize = file.size();
    const Status read =
        readBeside(preview.format, file, options, writer, [&progress, fileSize](qint64 position, qint64 records) {
            if (progress)
                progress(position, fileSize, records);
        });
    if (writer.cancelled())
        return {};
    if (writer.error())
        return *writer.error();
    if (!read)
        return read;
    auto digest = file.finishDigest();
    if (!digest)
        return digest.error();
    if (digest.value() != preview.sha256)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Importer",
                                                  "%1 changed while it was being imported; nothing of it was kept. "
                                                  "Import it again once nothing writes to it")
                          .arg(preview.fileName)};
    return {};
}

/// Marks the import complete: the last chunk, the state and the audit entry commit together.
Status complete(Workspace& workspace, QSqlDatabase& db, const Session& session, const ImportPreview& preview,
                ImportWriteSink& writer, const ImportOutcome& outcome, qint64 now)
{
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE imports SET state = 'complete', finished_at = ?, detail = ? WHERE id = ?"),
                   {now, Sql::text(preview.notes.join(QStringLiteral("; "))), outcome.importId}))
        return Error {Error::Code::Storage, q.lastError().text()};
    const QString details = QStringLiteral("sha256=%1 format=%2 stored=%3 duplicates=%4 rejected=%5")
                                .arg(preview.sha256, ImportFormats::key(preview.format))
                                .arg(outcome.stored)
                                .arg(outcome.duplicates)
                                .arg(outcome.rejected);
    if (auto audited = workspace.audit().append(db, session, QStringLiteral("import.file"), QStringLiteral("import"),
                                                QString::number(outcome.importId), details);
        !audited)
        return audited;
    return writer.commit();
}

/// Analysis of what the import added. History (windows that ended before the retrospective horizon) is analysed
/// here, range by range, and gives findings. The most recent minutes go to the live analysis (`sink`) when there
/// is one, so that an anomaly still going on raises its alarm as if it had streamed.
Result<HistoryAnalysis::Totals> analyseImported(Workspace& workspace, QSqlDatabase& db, const Clock& clock,
                                                const ImportWriteSink& writer, SampleSink* sink)
{
    const AnalysisSettings settings = workspace.settings().analysis();
    const qint64 windowMs = std::max<qint64>(settings.window.windowMs, 1000);
    const qint64 cutoff = WindowEngine::windowStart(clock.nowMs() - settings.retrospectiveAfterMs, windowMs);
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
    auto analysed = workspace.history().analyseRanges(history, settings, clock);
    if (!analysed)
        return analysed.error();
    HistoryAnalysis::Totals totals = analysed.value();
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
        totals.samples += qint64(batch.size());
        sink->submit(std::move(batch));
    }
    return totals;
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

Status Importer::mayImport(const Workspace& workspace, const Session& session)
{
    if (auto allowed = Permissions::require(session, Permission::ImportDumps); !allowed)
        return allowed;
    if (workspace.isServer() && !Permissions::allows(session.role, Permission::ReadResults))
        return Error {Error::Code::NotPermitted,
                      QCoreApplication::translate("Importer",
                                                  "Not permitted on a ward server: an import analyses the patients' "
                                                  "samples, which an administrator may not read. A nurse imports "
                                                  "device dumps there.")};
    return {};
}

Result<ImportPreview> Importer::preview(const Session& session, const QString& path, const ImportOptions& options,
                                        const std::atomic_bool* cancel, const Progress& progress)
{
    if (auto allowed = mayImport(m_workspace, session); !allowed)
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
    preview.previousImport = previousImportOf(db, preview.sha256);
    ImportDeviceResolver resolver(db, options);
    ImportPreviewSink sink(db, preview, resolver, cancel);
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

    // An admin imports too, but never reads patients: the counts stay, the identities are left out.
    if (Permissions::allows(session.role, Permission::ReadPatients))
        namePatients(db, preview);
    return preview;
}

Result<ImportOutcome> Importer::run(const Session& session, const ImportPreview& preview, const ImportOptions& options,
                                    const std::atomic_bool* cancel, const Progress& progress, SampleSink* sink)
{
    if (auto allowed = mayImport(m_workspace, session); !allowed)
        return allowed.error();
    if (!preview.error.isEmpty())
        return Error {Error::Code::Invalid, preview.error};
    const QString cancelled = QCoreApplication::translate("Importer", "cancelled; nothing of this file was kept");
    // One import at a time per store, across processes: an import that is cancelled or fails removes exactly the
    // rows it wrote, so no other import may count those rows as already stored meanwhile. The lock is held until
    // this import has ended, one way or the other.
    StoreLock lock(m_workspace.database(), QStringLiteral("import"));
    if (auto locked = lock.lock(cancel, m_waiting); !locked) {
        if (!cancel || !cancel->load())
            return locked.error();
        ImportOutcome notStarted;
        notStarted.fileName = preview.fileName;
        notStarted.state = ImportOutcome::State::Cancelled;
        notStarted.error = cancelled;
        return notStarted;
    }
    // What a process that died mid-import left is undone first, before anything is counted as already stored.
    if (auto recovered = undoOrphans(); !recovered)
        return recovered.error();
    QElapsedTimer elapsed;
    elapsed.start();
    auto opened = openPreviewed(preview);
    if (!opened)
        return opened.error();
    SourceFile& file = *opened.value();
    QSqlDatabase db = m_workspace.database().connection();
    ImportOutcome outcome;
    outcome.fileName = preview.fileName;
    auto importId = recordImport(db, session, preview, options, m_clock.nowMs());
    if (!importId)
        return importId.error();
    outcome.importId = importId.value();

    // The samples refer only to registered devices, resolved from the store, and to this import's row; neither
    // is ever deleted. Checking each row's references again would cost a tenth of the import.
    Sql::ForeignKeyChecksOff trusted(db);
    ImportDeviceResolver resolver(db, options);
    ImportWriteSink writer(db, outcome.importId, preview.fileName, resolver, m_clock, outcome, cancel);
    const auto failed = [&writer, &elapsed](const QString& why) {
        return writer.abandon(ImportOutcome::State::Failed, why, elapsed.elapsed());
    };
    const Status stored = storeFile(preview, ReaderOptions {options.zone, m_clock.nowMs()}, file, writer, progress);
    if (writer.cancelled())
        return writer.abandon(ImportOutcome::State::Cancelled, cancelled, elapsed.elapsed());
    if (!stored)
        return failed(stored.errorMessage());
    if (auto completed = complete(m_workspace, db, session, preview, writer, outcome, m_clock.nowMs()); !completed)
        return failed(completed.errorMessage());
    trusted.restore();
    if (progress)
        progress(file.size(), file.size(), writer.records());

    auto analysed = analyseImported(m_workspace, db, m_clock, writer, sink);
    if (!analysed)
        return analysed.error();
    outcome.analysis = analysed.value();
    outcome.elapsedMs = elapsed.elapsed();
    return outcome;
}

} // namespace pulsedesk
