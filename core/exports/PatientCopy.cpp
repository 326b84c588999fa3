// Exports: the patient's own copy of their record, the FHIR Bundle and a PDF summary, audited as a disclosure.
#include "exports/Exports.h"
#include "exports/RecordSummary.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace pulsedesk {

Result<PatientCopyFiles> Exports::patientCopy(const Session& session, const QString& mrn, const QString& dir) const
{
    auto patient = clinicalPatient(session, mrn);
    if (!patient)
        return patient.error();
    QSqlDatabase db = m_database.connection();
    if (!QDir().mkpath(dir))
        return Error {
            Error::Code::Storage,
            QCoreApplication::translate("Exports", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir))};
    PatientCopyFiles files;
    files.bundlePath = QDir(dir).filePath(QStringLiteral("patient-record.json"));
    files.pdfPath = QDir(dir).filePath(QStringLiteral("patient-record.pdf"));

    QSaveFile bundle;
    if (auto opened = ExportSupport::open(bundle, files.bundlePath); !opened)
        return opened.error();
    auto counts = writeBundle(patient.value(), {}, bundle);
    if (!counts)
        return counts.error();
    files.counts = counts.value();

    QSaveFile pdf;
    if (auto opened = ExportSupport::open(pdf, files.pdfPath); !opened)
        return opened.error();
    if (auto written = RecordSummary::write(db, patient.value(), session.displayName, m_clock.nowMs(), m_zone, pdf);
        !written)
        return written.error();

    // Audited before either file is in place: a copy that cannot be recorded is not handed out.
    if (auto audited =
            m_audit.record(session, QStringLiteral("patient.disclose"), QStringLiteral("patient"), patient->patient.mrn,
                           QStringLiteral("patient's own copy: FHIR Bundle (%1 observations, %2 results, %3 alarms, %4 "
                                          "notes) and PDF summary")
                               .arg(files.counts.vitalObservations)
                               .arg(files.counts.resultObservations)
                               .arg(files.counts.detectedIssues)
                               .arg(files.counts.documents));
        !audited)
        return audited.error();
    if (auto committed = ExportSupport::commit(bundle); !committed)
        return committed.error();
    if (auto committed = ExportSupport::commit(pdf); !committed)
        return committed.error();
    return files;
}

} // namespace pulsedesk
