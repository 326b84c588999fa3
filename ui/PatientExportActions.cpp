#include "PatientExportActions.h"

#include "exports/Exports.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>

namespace pulsedesk::ui {

namespace {

QString choosePath(QWidget* parent, bool folder)
{
    return folder ? QFileDialog::getExistingDirectory(parent, PatientExportActions::tr("Folder for the patient's copy"))
                  : QFileDialog::getSaveFileName(parent, PatientExportActions::tr("Export as FHIR"),
                                                 QStringLiteral("patient-record.json"),
                                                 PatientExportActions::tr("FHIR JSON (*.json)"));
}

} // namespace

PatientExportActions::PatientExportActions(UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_choose(&choosePath)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_fhir = new QPushButton(tr("Export as &FHIR…"), this);
    m_fhir->setObjectName(QStringLiteral("exportFhir"));
    m_fhir->setToolTip(tr("The patient's record as a FHIR R4 Bundle"));
    m_copy = new QPushButton(tr("Patient's cop&y…"), this);
    m_copy->setObjectName(QStringLiteral("exportPatientCopy"));
    m_copy->setToolTip(tr("The record for the patient: a FHIR Bundle and a PDF (recorded as a disclosure)"));
    layout->addWidget(m_fhir);
    layout->addWidget(m_copy);
    layout->addStretch(1);
    connect(m_fhir, &QPushButton::clicked, this, &PatientExportActions::exportFhir);
    connect(m_copy, &QPushButton::clicked, this, &PatientExportActions::exportCopy);
    setPatient({});
}

void PatientExportActions::setPatient(const QString& mrn)
{
    m_mrn = mrn;
    const bool may = m_context.may(Permission::ReadRecords) && m_context.may(Permission::ReadResults);
    setVisible(may);
    setBusy(m_busy);
}

void PatientExportActions::setBusy(bool busy)
{
    m_busy = busy;
    m_fhir->setEnabled(!busy && !m_mrn.isEmpty());
    m_copy->setEnabled(!busy && !m_mrn.isEmpty());
}

void PatientExportActions::exportFhir()
{
    const QString path = m_choose(this, false);
    if (path.isEmpty() || m_mrn.isEmpty())
        return;
    const QString mrn = m_mrn;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    setBusy(true);
    emit statusChanged(tr("Exporting…"), false);
    m_context.runner->run(
        this,
        [=] {
            return Exports(workspace->database(), workspace->audit(), workspace->clock()).fhir(session, mrn, {}, path);
        },
        [this, path](const Result<FhirCounts>& counts) {
            setBusy(false);
            if (!counts) {
                emit statusChanged(counts.errorMessage(), true);
                return;
            }
            emit statusChanged(tr("Exported to %1: %2 observations, %3 results, %4 alarms, %5 notes.")
                                   .arg(QDir::toNativeSeparators(path))
                                   .arg(counts->vitalObservations)
                                   .arg(counts->resultObservations)
                                   .arg(counts->detectedIssues)
                                   .arg(counts->documents),
                               false);
        });
}

void PatientExportActions::exportCopy()
{
    const QString dir = m_choose(this, true);
    if (dir.isEmpty() || m_mrn.isEmpty())
        return;
    const QString mrn = m_mrn;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    setBusy(true);
    emit statusChanged(tr("Writing the patient's copy…"), false);
    m_context.runner->run(
        this,
        [=] {
            return Exports(workspace->database(), workspace->audit(), workspace->clock())
                .patientCopy(session, mrn, dir);
        },
        [this](const Result<PatientCopyFiles>& files) {
            setBusy(false);
            if (!files) {
                emit statusChanged(files.errorMessage(), true);
                return;
            }
            emit statusChanged(
                tr("The patient's copy is in %1 and %2.")
                    .arg(QDir::toNativeSeparators(files->bundlePath), QDir::toNativeSeparators(files->pdfPath)),
                false);
        });
}

} // namespace pulsedesk::ui
