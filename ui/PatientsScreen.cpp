#include "PatientsScreen.h"

#include "FormDialog.h"
#include "security/StaffDirectory.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/Workspace.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace pulsedesk::ui {

namespace {

QString localTime(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString birthText(const Patient& p)
{
    if (!p.birthDate.isValid())
        return PatientsScreen::tr("unknown");
    const auto age = p.ageInYearsOn(QDate::currentDate());
    return PatientsScreen::tr("%1 (%2 y)")
        .arg(QLocale().toString(p.birthDate, QLocale::ShortFormat))
        .arg(age.value_or(0));
}

struct PatientView
{
    Patient patient;
    QList<ClinicalRecord> records;
    QList<DeviceAssignment> devices;
};

} // namespace

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
    m_showDischarged = new QCheckBox(tr("Show &discharged"), this);
    m_onlyMine = new QCheckBox(tr("Only &my patients"), this);
    m_onlyMine->setObjectName(QStringLiteral("onlyMineCheck"));
    for (QWidget* w : std::initializer_list<QWidget*> {m_admit, m_discharge, m_assignDoctor})
        bar->addWidget(w);
    bar->addStretch();
    bar->addWidget(m_onlyMine);
    bar->addWidget(m_showDischarged);
    contentLayout()->addLayout(bar);

    auto* splitter = new QSplitter(this);
    m_table = createTable(m_model, QStringLiteral("patientsTable"), tr("Patients"), splitter);

    auto* detail = new QWidget(splitter);
    auto* detailLayout = new QVBoxLayout(detail);
    m_details = new QLabel(tr("Select a patient."), detail);
    m_details->setObjectName(QStringLiteral("patientDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_details);
    auto* devicesBox = new QGroupBox(tr("Devices"), detail);
    auto* devicesLayout = new QVBoxLayout(devicesBox);
    m_devices = new QListWidget(devicesBox);
    m_devices->setObjectName(QStringLiteral("patientDevices"));
    m_devices->setMaximumHeight(110);
    devicesLayout->addWidget(m_devices);
    detailLayout->addWidget(devicesBox);
    auto* recordsBox = new QGroupBox(tr("Clinical notes"), detail);
    auto* recordsLayout = new QVBoxLayout(recordsBox);
    m_records = new QListWidget(recordsBox);
    m_records->setObjectName(QStringLiteral("recordsList"));
    m_records->setWordWrap(true);
    m_records->setAccessibleName(tr("Clinical notes"));
    recordsLayout->addWidget(m_records);
    auto* noteBar = new QHBoxLayout;
    m_writeNote = new QPushButton(tr("&Write note…"), recordsBox);
    m_writeNote->setObjectName(QStringLiteral("writeNoteButton"));
    m_amendNote = new QPushButton(tr("A&mend selected note…"), recordsBox);
    m_amendNote->setObjectName(QStringLiteral("amendNoteButton"));
    noteBar->addWidget(m_writeNote);
    noteBar->addWidget(m_amendNote);
    noteBar->addStretch();
    recordsLayout->addLayout(noteBar);
    detailLayout->addWidget(recordsBox, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    connect(m_showDischarged, &QCheckBox::toggled, this, &PatientsScreen::refresh);
    connect(m_onlyMine, &QCheckBox::toggled, this, &PatientsScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientsScreen::openSelected);
    connect(m_admit, &QPushButton::clicked, this, &PatientsScreen::admit);
    connect(m_discharge, &QPushButton::clicked, this, &PatientsScreen::discharge);
    connect(m_assignDoctor, &QPushButton::clicked, this, &PatientsScreen::assignDoctor);
    connect(m_writeNote, &QPushButton::clicked, this, [this] { writeNote(0); });
    connect(m_amendNote, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_records->currentItem())
            writeNote(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_records, &QListWidget::currentRowChanged, this, &PatientsScreen::updateActions);
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
    m_writeNote->setVisible(m_context.may(Permission::WriteRecords));
    m_amendNote->setVisible(m_context.may(Permission::WriteRecords));
    m_discharge->setEnabled(patient && patient->isAdmitted());
    m_assignDoctor->setEnabled(patient && patient->isAdmitted());
    m_writeNote->setEnabled(patient != nullptr && !m_openMrn.isEmpty());
    m_amendNote->setEnabled(patient != nullptr && m_records->currentItem() != nullptr);
}

void PatientsScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const bool all = m_showDischarged->isChecked();
    const bool mine = m_onlyMine->isChecked() && m_onlyMine->isVisible();
    // The row to select again: a patient asked for (openPatient), else the one open now.
    const QString keep = m_selectAfterRefresh.isEmpty() ? m_openMrn : m_selectAfterRefresh;
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
    refresh();
}

void PatientsScreen::clear()
{
    m_model->clear();
    m_openMrn.clear();
    m_selectAfterRefresh.clear();
    m_details->setText(tr("Select a patient."));
    m_devices->clear();
    m_records->clear();
    showStatus({});
    updateActions();
}

void PatientsScreen::openSelected()
{
    updateActions();
    const Patient* patient = selected();
    if (!patient)
        return;
    const QString mrn = patient->mrn;
    if (mrn == m_openMrn && m_records->count() > 0)
        return;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Result<PatientView> {
            auto opened = workspace->patients().open(session, mrn);
            if (!opened)
                return opened.error();
            auto records = workspace->records().list(session, mrn);
            if (!records)
                return records.error();
            auto devices = workspace->devices().patientHistory(session, mrn);
            if (!devices)
                return devices.error();
            return PatientView {opened.value(), records.value(), devices.value()};
        },
        [this](const Result<PatientView>& view) {
            if (!view) {
                showStatus(view.errorMessage(), true);
                return;
            }
            showPatient(view->patient, view->records, view->devices);
        });
}

void PatientsScreen::showPatient(const Patient& p, const QList<ClinicalRecord>& records,
                                 const QList<DeviceAssignment>& devices)
{
    m_openMrn = p.mrn;
    m_details->setText(tr("<b>%1</b> — MRN %2<br>Born: %3 · Sex: %4<br>Ward %5, bed %6<br>Admitted %7%8")
                           .arg(p.name.toHtmlEscaped(), p.mrn.toHtmlEscaped(), birthText(p), sexDisplayName(p.sex),
                                p.ward.toHtmlEscaped(), p.bed.toHtmlEscaped(), localTime(p.admittedAt),
                                p.isAdmitted() ? QString() : tr("<br>Discharged %1").arg(localTime(p.dischargedAt))));
    m_devices->clear();
    for (const DeviceAssignment& a : devices)
        m_devices->addItem(
            tr("%1: %2 – %3").arg(a.deviceId, localTime(a.from), a.isOpen() ? tr("now") : localTime(a.to)));
    if (devices.isEmpty())
        m_devices->addItem(tr("No device has been assigned."));
    m_records->clear();
    for (const ClinicalRecord& r : records) {
        QString header = tr("#%1 · %2 · %3").arg(r.id).arg(localTime(r.writtenAt), r.authorName);
        if (r.amendsId > 0)
            header += tr(" · amends #%1").arg(r.amendsId);
        if (r.amendedById > 0)
            header += tr(" · amended by #%1").arg(r.amendedById);
        auto* item = new QListWidgetItem(header + QLatin1Char('\n') + r.text, m_records);
        item->setData(Qt::UserRole, r.id);
        if (r.amendedById > 0)
            item->setForeground(palette().placeholderText());
    }
    updateActions();
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
        dialog->setBusy(true);
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        m_context.runner->run(
            dialog, [=] { return workspace->patients().admit(session, input); },
            [this, dialog](const Result<Patient>& patient) {
                if (!patient) {
                    dialog->showError(patient.errorMessage());
                    return;
                }
                dialog->accept();
                showStatus(tr("Admitted %1 to bed %2.").arg(patient->mrn, patient->bed));
                m_openMrn = patient->mrn;
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
                m_context.runner->run(
                    dialog, [=] { return w->patients().assignDoctor(s, mrn, doctor); },
                    [this, dialog, doctor](const Status& status) {
                        if (!status) {
                            dialog->showError(status.errorMessage());
                            return;
                        }
                        dialog->accept();
                        showStatus(tr("%1 is now responsible too.").arg(doctor));
                    });
            });
            dialog->open();
        });
}

void PatientsScreen::writeNote(qint64 amends)
{
    if (m_openMrn.isEmpty())
        return;
    auto* dialog = new FormDialog(amends > 0 ? tr("Amend note #%1").arg(amends) : tr("Write clinical note"), this);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    if (amends > 0)
        dialog->setIntro(tr("Notes are never changed. The amendment is saved as a new note that points at "
                            "note #%1; both stay visible.")
                             .arg(amends));
    dialog->addMultiline(QStringLiteral("text"), tr("Note:"));
    dialog->resize(520, 320);
    const QString mrn = m_openMrn;
    connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn, amends] {
        const QString text = dialog->text(QStringLiteral("text"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->setBusy(true);
        m_context.runner->run(
            dialog,
            [=] {
                return amends > 0 ? workspace->records().amend(session, amends, text)
                                  : workspace->records().add(session, mrn, text);
            },
            [this, dialog](const Result<ClinicalRecord>& record) {
                if (!record) {
                    dialog->showError(record.errorMessage());
                    return;
                }
                dialog->accept();
                showStatus(tr("Saved note #%1.").arg(record->id));
                m_records->clear();
                openSelected();
            });
    });
    dialog->open();
}

} // namespace pulsedesk::ui
