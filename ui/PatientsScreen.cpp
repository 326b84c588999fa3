#include "PatientsScreen.h"

#include "DisplayFormat.h"
#include "FormDialog.h"
#include "PatientView.h"
#include "ReportDialog.h"
#include "storage/PatientRegistry.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace pulsedesk::ui {

using DisplayFormat::birthText;
using DisplayFormat::localTime;

PatientsScreen::PatientsScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Patients"), parent)
{
    setObjectName(QStringLiteral("patientsScreen"));
    m_model = new TableModel<Patient>(
        {
            textColumn<Patient>(tr("MRN"), [](const Patient& p) { return p.mrn; }),
            textColumn<Patient>(tr("Name"), [](const Patient& p) { return p.name; }),
            textColumn<Patient>(tr("Ward"), [](const Patient& p) { return p.ward; }),
            textColumn<Patient>(tr("Bed"), [](const Patient& p) { return p.bed; }),
            textColumn<Patient>(tr("Born"), [](const Patient& p) { return birthText(p); }),
            textColumn<Patient>(tr("Sex"), [](const Patient& p) { return sexDisplayName(p.sex); }),
            textColumn<Patient>(tr("Status"),
                                [](const Patient& p) {
                                    return p.isAdmitted() ? tr("admitted")
                                                          : tr("discharged %1").arg(localTime(p.dischargedAt));
                                }),
        },
        this);

    auto* bar = new QHBoxLayout;
    m_admit = new QPushButton(tr("&Admit patient…"), this);
    m_admit->setObjectName(QStringLiteral("admitPatientButton"));
    m_discharge = new QPushButton(tr("&Discharge"), this);
    m_discharge->setObjectName(QStringLiteral("dischargeButton"));
    m_assignDoctor = new QPushButton(tr("Add &responsible doctor…"), this);
    m_assignDoctor->setObjectName(QStringLiteral("assignDoctorButton"));
    m_report = new QPushButton(tr("Re&port…"), this);
    m_report->setObjectName(QStringLiteral("patientReportButton"));
    m_showDischarged = new QCheckBox(tr("Show &discharged"), this);
    m_onlyMine = new QCheckBox(tr("Only &my patients"), this);
    m_onlyMine->setObjectName(QStringLiteral("onlyMineCheck"));
    for (QWidget* w : std::initializer_list<QWidget*> {m_admit, m_discharge, m_assignDoctor, m_report})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_onlyMine);
    bar->addWidget(m_showDischarged);
    contentLayout()->addLayout(bar);

    auto* splitter = new QSplitter(this);
    m_table = createTable(m_model, QStringLiteral("patientsTable"), tr("Patients"), splitter);

    m_view = new PatientView(m_context, splitter);
    connect(m_view, &PatientView::statusChanged, this, &PatientsScreen::showStatus);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    // The list keeps MRN, name and ward in sight beside the patient view.
    m_table->setMinimumWidth(300);
    contentLayout()->addWidget(splitter, 1);

    connect(m_showDischarged, &QCheckBox::toggled, this, &PatientsScreen::refresh);
    connect(m_onlyMine, &QCheckBox::toggled, this, &PatientsScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientsScreen::openSelected);
    connect(m_admit, &QPushButton::clicked, this, &PatientsScreen::admit);
    connect(m_discharge, &QPushButton::clicked, this, &PatientsScreen::discharge);
    connect(m_assignDoctor, &QPushButton::clicked, this, &PatientsScreen::assignDoctor);
    connect(m_report, &QPushButton::clicked, this, &PatientsScreen::openReport);
    updateActions();
}

const Patient* PatientsScreen::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

void PatientsScreen::updateActions()
{
    const bool doctor = m_context.may(Permission::ManagePatients);
    const Patient* patient = selected();
    m_admit->setVisible(doctor);
    m_discharge->setVisible(doctor);
    m_assignDoctor->setVisible(doctor);
    m_onlyMine->setVisible(doctor);
    m_discharge->setEnabled(patient && patient->isAdmitted());
    m_assignDoctor->setEnabled(patient && patient->isAdmitted());
    m_report->setVisible(m_context.may(Permission::ReadRecords) && m_context.may(Permission::ReadResults));
    m_report->setEnabled(patient != nullptr);
    m_view->updateActions();
}

TableModel<WindowResult>* PatientsScreen::resultsModel() const
{
    return m_view->resultsModel();
}

HeartRateChart* PatientsScreen::chart() const
{
    return m_view->chart();
}

void PatientsScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const bool all = m_showDischarged->isChecked();
    const bool mine = m_onlyMine->isChecked() && m_onlyMine->isVisible();
    // The row to select again: a patient asked for (openPatient), else the one open now.
    const QString keep = m_selectAfterRefresh.isEmpty() ? m_view->openMrn() : m_selectAfterRefresh;
    m_selectAfterRefresh.clear();
    m_context.runner->run(
        this, [=] { return workspace->patients().list(session, all, mine); },
        [this, keep](const Result<QList<Patient>>& result) {
            if (!result) {
                showStatus(result.errorMessage(), true);
                return;
            }
            m_model->setItems(result.value());
            m_table->resizeColumnsToContents();
            showStatus(tr("%n patient(s).", nullptr, static_cast<int>(result->size())));
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->itemAt(row)->mrn == keep)
                    m_table->selectRow(row);
            }
            updateActions();
        });
}

void PatientsScreen::openPatient(const QString& mrn)
{
    m_selectAfterRefresh = mrn;
    m_view->showChartTab();
    refresh();
}

void PatientsScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    m_view->setLive(true);
}

void PatientsScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    m_view->setLive(false);
}

void PatientsScreen::clear()
{
    m_model->clear();
    m_selectAfterRefresh.clear();
    m_view->clear();
    showStatus({});
    updateActions();
}

void PatientsScreen::openSelected()
{
    updateActions();
    const Patient* patient = selected();
    if (!patient) {
        m_view->deselect();
        return;
    }
    m_view->open(patient->mrn, patient->isAdmitted());
}

void PatientsScreen::admit()
{
    auto* dialog = new FormDialog(tr("Admit patient"), this);
    dialog->setObjectName(QStringLiteral("admitPatientDialog"));
    dialog->addText(QStringLiteral("mrn"), tr("Medical record number:"));
    dialog->addText(QStringLiteral("name"), tr("Name:"));
    dialog->addDate(QStringLiteral("birthDate"), tr("Birth date:"), true);
    dialog->addChoice(QStringLiteral("sex"), tr("Sex:"),
                      {sexDisplayName(Sex::Unknown), sexDisplayName(Sex::Female), sexDisplayName(Sex::Male)},
                      {sexKey(Sex::Unknown), sexKey(Sex::Female), sexKey(Sex::Male)});
    dialog->addText(QStringLiteral("ward"), tr("Ward:"));
    dialog->addText(QStringLiteral("bed"), tr("Bed:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        PatientInput input;
        input.mrn = dialog->text(QStringLiteral("mrn"));
        input.name = dialog->text(QStringLiteral("name"));
        input.birthDate = dialog->date(QStringLiteral("birthDate"));
        input.sex = sexFromKey(dialog->choice(QStringLiteral("sex"))).value_or(Sex::Unknown);
        input.ward = dialog->text(QStringLiteral("ward"));
        input.bed = dialog->text(QStringLiteral("bed"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->patients().admit(session, input); },
            [this](const Result<Patient>& patient) {
                showStatus(tr("Admitted %1 to bed %2.").arg(patient->mrn, patient->bed));
                m_selectAfterRefresh = patient->mrn;
                refresh();
            });
    });
    dialog->open();
}

void PatientsScreen::discharge()
{
    const Patient* patient = selected();
    if (!patient)
        return;
    const QString mrn = patient->mrn;
    auto* box = new QMessageBox(
        QMessageBox::Question, tr("Discharge patient"),
        tr("Discharge %1 (MRN %2)? Their devices are released; the record is kept.").arg(patient->name, patient->mrn),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDischarge"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, mrn] {
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        m_context.runner->run(
            this, [=] { return workspace->patients().discharge(session, mrn); },
            [this, mrn](const Status& status) {
                showStatus(status ? tr("Discharged %1.").arg(mrn) : status.errorMessage(), !status);
                refresh();
            });
    });
    box->open();
}

void PatientsScreen::assignDoctor()
{
    const Patient* patient = selected();
    if (!patient)
        return;
    const QString mrn = patient->mrn;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->staff().doctors(session); },
        [this, mrn](const Result<QList<StaffMember>>& doctors) {
            if (!doctors) {
                showStatus(doctors.errorMessage(), true);
                return;
            }
            QStringList names;
            QStringList usernames;
            for (const StaffMember& d : doctors.value()) {
                names.append(d.displayName);
                usernames.append(d.username);
            }
            auto* dialog = new FormDialog(tr("Add responsible doctor"), this);
            dialog->setObjectName(QStringLiteral("assignDoctorDialog"));
            dialog->addChoice(QStringLiteral("doctor"), tr("Doctor:"), names, usernames);
            connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn] {
                const QString doctor = dialog->choice(QStringLiteral("doctor"));
                const Session s = m_context.session;
                Workspace* w = m_context.workspace;
                dialog->runThenAccept(
                    *m_context.runner, [=] { return w->patients().assignDoctor(s, mrn, doctor); },
                    [this, doctor](const Status&) { showStatus(tr("%1 is now responsible too.").arg(doctor)); });
            });
            dialog->open();
        });
}

void PatientsScreen::openReport()
{
    const Patient* patient = selected();
    if (!patient)
        return;
    reports::ReportRequest request;
    request.kind = reports::ReportKind::Trend;
    request.mrn = patient->mrn;
    auto* dialog = new ReportDialog(m_context, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::finished, this, &PatientsScreen::showStatus);
    dialog->open();
}

} // namespace pulsedesk::ui
