#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "exports/ExportSupport.h"

#include <QTimeZone>

#include <optional>

class QSaveFile;

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// What a patient's CSV export holds.
enum class CsvContent
{
    Samples,
    Results,
    Alarms,
};
QString csvContentKey(CsvContent content); ///< "samples", "results", "alarms"
std::optional<CsvContent> csvContentFromKey(const QString& key);

/// What a FHIR export wrote, by resource.
struct FhirCounts
{
    qint64 devices = 0;
    qint64 vitalObservations = 0; ///< one per vital of a sample
    qint64 resultObservations = 0; ///< one per analysis window
    qint64 detectedIssues = 0; ///< alarms
    qint64 documents = 0; ///< clinical notes
};

/// The files of a patient's own copy.
struct PatientCopyFiles
{
    QString bundlePath;
    QString pdfPath;
    FhirCounts counts;
};

/// What a research export wrote.
struct ResearchCounts
{
    qint64 patients = 0;
    qint64 devices = 0;
    qint64 samples = 0;
    qint64 results = 0;
};

/// Exports out of the store: a patient's samples, results or alarms as CSV, the patient's record as a FHIR R4
/// Bundle, the patient's own copy (the Bundle and a PDF summary, a disclosure), and the de-identified research
/// export. Every export streams its rows to the file (a month of samples is never held in memory), writes the
/// file whole or not at all, and is audited; none writes patient data to the log.
class Exports
{
public:
    Exports(Database& database, AuditLog& audit, const Clock& clock = Clock::system(),
            const QTimeZone& zone = QTimeZone::systemTimeZone());

    /// A patient's samples, results or alarms in the range as CSV (doctor, nurse). The number of data rows.
    Result<qint64> csv(const Session& session, const QString& mrn, CsvContent content, const ExportRange& range,
                       const QString& path) const;
    /// The patient's record in the range as a FHIR R4 collection Bundle (doctor, nurse).
    Result<FhirCounts> fhir(const Session& session, const QString& mrn, const ExportRange& range,
                            const QString& path) const;
    /// The patient's whole record for the patient themself: the Bundle and a PDF summary in `dir` (doctor,
    /// nurse), audited as a disclosure.
    Result<PatientCopyFiles> patientCopy(const Session& session, const QString& mrn, const QString& dir) const;
    /// Samples and results of every patient in the range, de-identified, into `dir` (administrators).
    Result<ResearchCounts> research(const Session& session, const ExportRange& range, const QString& dir) const;

private:
    /// The patient of an export of the clinical record (doctor, nurse: patients, results and notes).
    Result<ExportPatient> clinicalPatient(const Session& session, const QString& mrn) const;
    /// Writes the Bundle to `file` (opened, not committed: the caller audits first).
    Result<FhirCounts> writeBundle(const ExportPatient& patient, const ExportRange& range, QSaveFile& file) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
    QTimeZone m_zone;
};

} // namespace pulsedesk
