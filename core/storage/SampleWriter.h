#pragma once

#include "common/Result.h"
#include "model/Sample.h"

#include <QSqlDatabase>
#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <vector>

namespace pulsedesk {

class PostgresSampleBatch;
class RawStatement;

/// The one place a sample is written: live ingest, quarantine replay and import all store through it. A sample
/// is unique on (device, time): when one is already stored there, the values decide (compare()): the same values
/// are a duplicate, a different value is a conflict (the stored one stays), and vitals the stored sample lacks
/// are added when the caller asks for it (an import: FHIR sends one Observation per vital).
///
/// Prepared on a connection inside the transaction its caller opened, on the engine's fast path (SQLite's own
/// statement API: no QVariant per value, which at hundreds of thousands of samples a second is most of the cost).
class SampleWriter
{
public:
    enum class Source
    {
        Live, ///< from the broker, or replayed from the quarantine
        Backfill, ///< from an imported file
    };

    struct Written
    {
        enum class Kind
        {
            Stored, ///< a new sample
            Duplicate, ///< the same values were stored already
            Filled, ///< vitals were added to the sample stored already
            Conflict, ///< another value is stored already; nothing was written
        };
        Kind kind = Kind::Stored;
        QString conflict; ///< Conflict: in words, for the quarantine and the nurse
        int filled = 0; ///< Filled: a bit per vital added, as compare() gives them
        qint64 storedImportId = 0; ///< Duplicate, Filled, Conflict: the import the stored sample came from, 0 if live
    };

    /// `importId` (> 0) tags every sample written, so that an import that does not complete can be undone exactly.
    explicit SampleWriter(QSqlDatabase& db, qint64 importId = 0);
    ~SampleWriter();
    SampleWriter(const SampleWriter&) = delete;
    SampleWriter& operator=(const SampleWriter&) = delete;

    /// False when the statements could not be prepared (error() says why).
    bool ok() const;
    /// The engine's last error, while `doing` (Sql::isDiskFull() tells a full disk).
    Error error(const QString& doing) const;

    /// Writes `sample` of the device; `fill` adds the vitals a stored sample lacks.
    Result<Written> write(qint64 deviceRowId, const Sample& sample, Source source, qint64 receivedAtMs,
                          bool fill = false);

    /// A sample to write with others (writeAll()).
    struct Pending
    {
        qint64 deviceRowId = 0;
        Sample sample;
        Source source = Source::Live;
        qint64 receivedAtMs = 0;
    };
    /// Writes `samples` without filling in, with the outcome of each in order exactly as write() one after the other
    /// would give them: a sample repeated within the batch is a duplicate or a conflict of the first. On a PostgreSQL
    /// store that is one multi-row INSERT and one read of the samples already stored, not a round trip a sample;
    /// on SQLite, where a statement costs no round trip, write() a sample.
    Result<std::vector<Written>> writeAll(const std::vector<Pending>& samples);

    /// The rule for a sample arriving where one is stored at the same (device, time), live or imported: the vitals
    /// in column order (heart rate, SpO2, temperature, systolic, diastolic), NaN when absent. The reason when a
    /// vital both have differs by more than 0.05; empty when they agree. `fillable` gets a bit per vital the stored
    /// sample lacks and the new one has.
    static QString compare(const std::array<double, 5>& incoming, const std::array<double, 5>& stored,
                           int* fillable = nullptr);
    static std::array<double, 5> vitalsOf(const Sample& sample)
    {
        return {sample.heartRate, sample.spo2, sample.temperatureC, sample.systolic, sample.diastolic};
    }

private:
    QSqlDatabase& m_db;
    qint64 m_importId;
    std::unique_ptr<RawStatement> m_insert;
    std::unique_ptr<RawStatement> m_stored;
    std::unique_ptr<RawStatement> m_fill;
    std::unique_ptr<PostgresSampleBatch> m_batch; ///< a PostgreSQL store's writeAll(), prepared on first use
};

/// Looks up the samples stored at given (device, time)s without writing: an import's preview, which must say what
/// the import will do. The look-ups between beginBatch() and endBatch() share one read transaction: one shared
/// lock for a few thousand look-ups rather than one each (most of a preview's time otherwise).
class SampleLookup
{
public:
    explicit SampleLookup(QSqlDatabase& db);
    ~SampleLookup();
    SampleLookup(const SampleLookup&) = delete;
    SampleLookup& operator=(const SampleLookup&) = delete;

    bool ok() const;
    /// The vitals stored for the device at `ms` (NaN when absent); nothing when no sample is stored there.
    std::optional<std::array<double, 5>> stored(qint64 deviceRowId, qint64 ms);
    /// Ends the batch's read transaction, if one is open (before the caller waits or reports progress).
    void endBatch();

private:
    void beginBatch();

    QSqlDatabase& m_db;
    std::unique_ptr<RawStatement> m_lookup;
    bool m_open = false; ///< a read transaction is open
    bool m_tried = false; ///< BEGIN was tried in this batch
};

} // namespace pulsedesk
