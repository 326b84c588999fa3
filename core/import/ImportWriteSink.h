#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "import/ImportDeviceResolver.h"
#include "import/ImportFormat.h"
#include "import/Importer.h"
#include "storage/SampleWriter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <atomic>
#include <optional>
#include <utility>
#include <vector>

namespace pulsedesk {

/// Stores what an import reads, in short transactions that carry the import's id: new samples (and the time
/// range per device they span, so that the import can be undone exactly), vitals merged into samples stored
/// before (remembered for the same reason), and rejections to the quarantine. Conflicts are rejected; the stored
/// value stays.
class ImportWriteSink final : public RecordSink
{
public:
    struct Range
    {
        qint64 first = 0;
        qint64 last = 0;
    };

    ImportWriteSink(QSqlDatabase& db, qint64 importId, const QString& fileName, ImportDeviceResolver& resolver,
                    const Clock& clock, ImportOutcome& outcome, const std::atomic_bool* cancel);

    /// Opens the next transaction.
    Status begin();
    /// Writes the device ranges and the import's counters, and commits.
    Status commit();
    void rollback();
    /// Rolls back what is open, undoes everything the import wrote, and says how it ended.
    Result<ImportOutcome> abandon(ImportOutcome::State state, const QString& why, qint64 elapsedMs);

    bool record(ImportRecord&& record) override;
    bool reject(ImportRejection&& rejection) override;
    void deviceAliases(const QString& source, const QStringList& aliases) override
    {
        m_resolver.addAliases(source, aliases);
    }
    void note(const QString&) override { }
    void skipped(const QString&) override { }

    bool cancelled() const { return m_cancelled; }
    const std::optional<Error>& error() const { return m_error; }
    /// The time range of the new samples, per device row.
    const QHash<qint64, Range>& ranges() const { return m_ranges; }
    /// Samples stored before this import that it added vitals to (device row, time).
    const std::vector<std::pair<qint64, qint64>>& foreignMerges() const { return m_foreignMerges; }
    qint64 records() const { return m_records; }

private:
    /// Before each record: cancel, and a commit every few thousand records or half second.
    bool step();
    /// `error`, or the full disk in plain words when that is its cause.
    Error plainError(const Error& error) const;
    /// Keeps the error (plainError()); false.
    bool fail(const Error& error);
    /// Vitals added to a sample stored already; `storedImportId` is the import that stored it.
    bool merged(qint64 rowId, qint64 ms, int filled, qint64 storedImportId);

    QSqlDatabase& m_db;
    qint64 m_importId;
    QString m_fileName;
    ImportDeviceResolver& m_resolver;
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

} // namespace pulsedesk
