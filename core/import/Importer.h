#pragma once

#include "analysis/HistoryAnalysis.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "import/ImportFormat.h"
#include "ingest/SampleSink.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <optional>

namespace pulsedesk {

class Workspace;
struct Session;

/// What the nurse chose for an import.
struct ImportOptions
{
    std::optional<ImportFormat> format; ///< detected from the file when not set
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< where times without a zone are read
    QHash<QString, QString> deviceMap; ///< a device as the file names it → registered device id
    QString defaultDevice; ///< registered device for records whose file names no device, or none registered
};

/// A patient a device was assigned to while the file's samples were taken. MRN, name and bed are filled only for
/// roles that may read patients.
struct ImportPatientSpan
{
    qint64 patientId = 0;
    QString mrn;
    QString name;
    QString bed;
    qint64 samples = 0;
};

/// One device as the file names it, and where its samples will go.
struct ImportDeviceSummary
{
    QString source; ///< as the file names it ("" when it names none)
    QString device; ///< the registered device it maps to; empty when none
    bool chosen = false; ///< mapped by the nurse's choice rather than by its name
    qint64 samples = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    QList<ImportPatientSpan> patients;
    qint64 unassigned = 0; ///< samples at times the device was assigned to nobody
};

/// What a file holds, before anything is stored.
struct ImportPreview
{
    QString path;
    QString fileName;
    QString sha256;
    qint64 bytes = 0;
    ImportFormat format = ImportFormat::DeviceDump;
    bool formatDetected = true;
    QString error; ///< the file cannot be imported at all (unreadable, invalid JSON/XML at line:column)
    QList<ImportDeviceSummary> devices;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    qint64 records = 0; ///< usable records
    qint64 fresh = 0; ///< not stored yet
    qint64 duplicates = 0; ///< already stored, or repeated in the file
    qint64 rejected = 0;
    QMap<QString, qint64> rejectReasons;
    QList<ImportRejection> rejections; ///< the first ones, with line and column
    QMap<QString, qint64> skipped; ///< kinds of record PulseDesk does not keep
    QStringList notes;
    QString previousImport; ///< "2026-11-20 14:02 by nurse.ana" when this very file was imported before
    bool cancelled = false;
};

/// How one file's import ended.
struct ImportOutcome
{
    enum class State
    {
        Complete,
        Cancelled,
        Failed,
    };
    qint64 importId = 0;
    QString fileName;
    State state = State::Complete;
    qint64 stored = 0; ///< new samples
    qint64 merged = 0; ///< vitals added to a sample the same file brought (one FHIR Observation per vital)
    qint64 duplicates = 0; ///< already stored before, or repeated in the file
    qint64 rejected = 0;
    QMap<QString, qint64> rejectReasons;
    QString error;
    HistoryAnalysis::Totals analysis;
    qint64 elapsedMs = 0;
};

/// Imports offline dumps. Every file is imported whole or not at all: its samples are written in short
/// transactions (so live ingest never waits long) that carry the import's id, and a cancelled, failed or
/// interrupted import is undone by removing exactly the rows that carry its id. Samples are marked as
/// backfilled; each import records the file's SHA-256, who imported it and when. Re-importing stores nothing
/// new (samples are unique per device and time). Analysis runs once the file is complete.
class Importer
{
public:
    /// bytes read of the file, its size, records read
    using Progress = std::function<void(qint64, qint64, qint64)>;

    explicit Importer(Workspace& workspace, const Clock& clock = Clock::system());

    /// Files to import from files and folders (recursively): .json, .xml and .csv, sorted. In a Fitbit archive
    /// only the heart_rate-*.json files; what is left out goes to `skipped`.
    static QStringList expand(const QStringList& paths, QStringList* skipped = nullptr);
    /// Core's permission, and on a ward server a nurse's login: an import there reads the samples it merges with
    /// and analyses the patients' own (their limits, their results), which an administrator's login may not read
    /// (ServerAdminReads), so the server would refuse it halfway.
    static Status mayImport(const Workspace& workspace, const Session& session);

    Result<ImportPreview> preview(const Session& session, const QString& path, const ImportOptions& options,
                                  const std::atomic_bool* cancel = nullptr, const Progress& progress = {});
    /// Imports the previewed file. Newly stored samples go to `sink` (the live analysis) once the file is
    /// complete; without a sink they are analysed here, as findings (no live alarms).
    Result<ImportOutcome> run(const Session& session, const ImportPreview& preview, const ImportOptions& options,
                              const std::atomic_bool* cancel = nullptr, const Progress& progress = {},
                              SampleSink* sink = nullptr);
    /// Undoes imports left running by a process that ended without finishing them (killed, crashed, powered
    /// off), at once: an import holds the store's import lock while it runs, and the lock dies with its process.
    /// Does nothing while another import runs (it undid them when it began).
    Status recoverInterrupted();

    /// Imports wait for each other (one at a time per store, across processes); `waiting` is called when this
    /// one has to wait, so that the nurse is told why nothing moves.
    void setWaitingHandler(std::function<void()> waiting) { m_waiting = std::move(waiting); }

private:
    /// Undoes every import still marked running; only with the import lock held.
    Status undoOrphans();

    Workspace& m_workspace;
    const Clock& m_clock;
    std::function<void()> m_waiting;
};

} // namespace pulsedesk
