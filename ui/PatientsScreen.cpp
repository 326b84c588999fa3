#include "PatientsScreen.h"

#include "FormDialog.h"
#include "HeartRateChart.h"
#include "analysis/Classifier.h"
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
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include <cmath>

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
    // Children's ages as paediatric staff say them: days in the first month, months until two years.
    const QDate today = QDate::currentDate();
    const QString born = QLocale().toString(p.birthDate, QLocale::ShortFormat);
    const int months = Classifier::ageInMonths(p.birthDate, today);
    if (months < 1)
        return PatientsScreen::tr("%1 (%n day(s))", nullptr,
                                  static_cast<int>(std::max<qint64>(0, p.birthDate.daysTo(today))))
            .arg(born);
    if (months < 24)
        return PatientsScreen::tr("%1 (%n month(s))", nullptr, months).arg(born);
    return PatientsScreen::tr("%1 (%2 y)").arg(born).arg(p.ageInYearsOn(today).value_or(0));
}

QString number(double value, int decimals)
{
    return std::isnan(value) ? QString() : QLocale().toString(value, 'f', decimals);
}

struct PatientView
{
    Patient patient;
    QList<ClinicalRecord> records;
    QList<DeviceAssignment> devices;
    std::optional<PatientLimitsRecord> limits;
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
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(tr("Select a patient."), detail);
    m_details->setObjectName(QStringLiteral("patientDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_details);
    m_vitals = new QLabel(detail);
    m_vitals->setObjectName(QStringLiteral("patientVitals"));
    m_vitals->setWordWrap(true);
    m_vitals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_vitals);

    m_tabs = new QTabWidget(detail);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_chart = new HeartRateChart(m_tabs);
    m_tabs->addTab(m_chart, tr("&Heart rate"));

    m_resultsModel = new TableModel<WindowResult>(
        {
            textColumn<WindowResult>(tr("Window"),
                                     [](const WindowResult& r) {
                                         return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.windowStartMs),
                                                                   QLocale::ShortFormat);
                                     }),
            textColumn<WindowResult>(tr("Mean"), [](const WindowResult& r) { return number(r.hrMean, 0); }),
            textColumn<WindowResult>(tr("Min"), [](const WindowResult& r) { return number(r.hrMin, 0); }),
            textColumn<WindowResult>(tr("Max"), [](const WindowResult& r) { return number(r.hrMax, 0); }),
            textColumn<WindowResult>(
                tr("Category"), [](const WindowResult& r) { return categoryDisplayName(r.classification.category); }),
            textColumn<WindowResult>(tr("Confidence"),
                                     [](const WindowResult& r) {
                                         const QString coverage =
                                             tr("%1 % of samples").arg(number(r.coverage * 100, 0));
                                         return r.lowConfidence ? tr("low (%1)").arg(coverage)
                                                                : tr("normal (%1)").arg(coverage);
                                     }),
            textColumn<WindowResult>(tr("SpO₂ %"), [](const WindowResult& r) { return number(r.spo2Mean, 0); }),
            textColumn<WindowResult>(tr("Temp. °C"),
                                     [](const WindowResult& r) { return number(r.temperatureMean, 1); }),
            textColumn<WindowResult>(tr("BP mmHg"),
                                     [](const WindowResult& r) {
                                         if (std::isnan(r.systolicMean) || std::isnan(r.diastolicMean))
                                             return QString();
                                         return tr("%1/%2").arg(number(r.systolicMean, 0), number(r.diastolicMean, 0));
                                     }),
            textColumn<WindowResult>(tr("Limits used"),
                                     [](const WindowResult& r) { return bandDisplayName(r.classification.band); }),
        },
        this);
    m_results = createTable(m_resultsModel, QStringLiteral("resultsTable"), tr("Window results"), m_tabs);
    m_tabs->addTab(m_results, tr("&Results"));

    auto* limitsPage = new QWidget(m_tabs);
    auto* limitsLayout = new QVBoxLayout(limitsPage);
    m_limits = new QLabel(limitsPage);
    m_limits->setObjectName(QStringLiteral("limitsInUse"));
    m_limits->setWordWrap(true);
    m_limits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    limitsLayout->addWidget(m_limits);
    m_ownLimits = new QLabel(limitsPage);
    m_ownLimits->setObjectName(QStringLiteral("ownLimits"));
    m_ownLimits->setWordWrap(true);
    m_ownLimits->setTextInteractionFlags(Qt::TextSelectableByMouse);
    limitsLayout->addWidget(m_ownLimits);
    auto* limitsBar = new QHBoxLayout;
    m_setLimits = new QPushButton(tr("&Set limits for this patient…"), limitsPage);
    m_setLimits->setObjectName(QStringLiteral("setLimitsButton"));
    m_clearLimits = new QPushButton(tr("&Use the reference band again…"), limitsPage);
    m_clearLimits->setObjectName(QStringLiteral("clearLimitsButton"));
    limitsBar->addWidget(m_setLimits);
    limitsBar->addWidget(m_clearLimits);
    limitsBar->addStretch();
    limitsLayout->addLayout(limitsBar);
    limitsLayout->addStretch();
    m_tabs->addTab(limitsPage, tr("&Limits"));

    m_devices = new QListWidget(m_tabs);
    m_devices->setObjectName(QStringLiteral("patientDevices"));
    m_devices->setAccessibleName(tr("Device assignment history"));
    m_tabs->addTab(m_devices, tr("De&vices"));

    auto* recordsPage = new QWidget(m_tabs);
    auto* recordsLayout = new QVBoxLayout(recordsPage);
    m_records = new QListWidget(recordsPage);
    m_records->setObjectName(QStringLiteral("recordsList"));
    m_records->setWordWrap(true);
    m_records->setAccessibleName(tr("Clinical notes"));
    recordsLayout->addWidget(m_records);
    auto* noteBar = new QHBoxLayout;
    m_writeNote = new QPushButton(tr("&Write note…"), recordsPage);
    m_writeNote->setObjectName(QStringLiteral("writeNoteButton"));
    m_amendNote = new QPushButton(tr("A&mend selected note…"), recordsPage);
    m_amendNote->setObjectName(QStringLiteral("amendNoteButton"));
    noteBar->addWidget(m_writeNote);
    noteBar->addWidget(m_amendNote);
    noteBar->addStretch();
    recordsLayout->addLayout(noteBar);
    m_tabs->addTab(recordsPage, tr("Clinical &notes"));
    detailLayout->addWidget(m_tabs, 1);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);
    // The list keeps MRN, name and ward in sight beside the patient view.
    m_table->setMinimumWidth(300);
    contentLayout()->addWidget(splitter, 1);

    m_live = new QTimer(this);
    m_live->setInterval(2000);
    connect(m_live, &QTimer::timeout, this, [this] {
        // A read still under way is as fresh as this one would be: never queue behind it.
        if (m_chart->following() && m_tabs->currentWidget() == m_chart && !m_chartBusy)
            loadChart();
    });
    connect(m_chart, &HeartRateChart::rangeChanged, this, &PatientsScreen::loadChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_results)
            loadResults();
        else if (m_tabs->currentWidget() == m_chart)
            loadChart();
    });
    connect(m_setLimits, &QPushButton::clicked, this, &PatientsScreen::setLimits);
    connect(m_clearLimits, &QPushButton::clicked, this, &PatientsScreen::clearLimits);

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
    const bool clinician = m_context.may(Permission::ReadResults);
    for (QWidget* page : std::initializer_list<QWidget*> {m_chart, m_results, m_limits->parentWidget()})
        m_tabs->setTabVisible(m_tabs->indexOf(page), clinician);
    m_setLimits->setVisible(m_context.may(Permission::SetPatientLimits));
    m_clearLimits->setVisible(m_context.may(Permission::SetPatientLimits));
    m_setLimits->setEnabled(patient && patient->isAdmitted() && !m_openMrn.isEmpty());
    m_clearLimits->setEnabled(patient && patient->isAdmitted() && m_ownLimitValues.has_value());
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
    m_tabs->setCurrentWidget(m_chart);
    refresh();
}

void PatientsScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    m_live->start();
}

void PatientsScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    m_live->stop();
}

void PatientsScreen::clear()
{
    m_model->clear();
    m_openMrn.clear();
    m_selectAfterRefresh.clear();
    m_details->setText(tr("Select a patient."));
    m_vitals->clear();
    m_devices->clear();
    m_records->clear();
    m_chart->clear();
    m_resultsModel->clear();
    m_limits->clear();
    m_ownLimits->clear();
    m_ownLimitValues.reset();
    m_appliedLimits.reset();
    ++m_opened;
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
            PatientView view {opened.value(), records.value(), devices.value(), {}};
            if (Permissions::allows(session.role, Permission::ReadResults)) {
                auto limits = workspace->analysis().limits(session, mrn);
                if (!limits)
                    return limits.error();
                view.limits = limits.value();
            }
            return view;
        },
        [this](const Result<PatientView>& view) {
            if (!view) {
                showStatus(view.errorMessage(), true);
                return;
            }
            const bool other = view->patient.mrn != m_openMrn;
            showPatient(view->patient, view->records, view->devices);
            showLimits(view->limits);
            if (other) {
                ++m_opened;
                m_appliedLimits.reset();
                m_chart->clear();
                m_vitals->clear();
                m_resultsModel->clear();
            }
            if (m_tabs->currentWidget() == m_results)
                loadResults();
            loadChart();
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

void PatientsScreen::loadChart()
{
    if (m_openMrn.isEmpty() || !m_context.may(Permission::ReadResults) || !isVisible())
        return;
    if (m_chartBusy) {
        m_chartAgain = true;
        return;
    }
    m_chartBusy = true;
    m_chartAgain = false;
    const std::pair<qint64, qint64> range = m_chart->range(QDateTime::currentMSecsSinceEpoch());
    const qint64 from = range.first;
    const qint64 to = range.second;
    const int columns = m_chart->columns();
    const QString mrn = m_openMrn;
    const quint64 opened = m_opened;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return HeartRateSeries::read(workspace->database(), session, mrn, from, to, columns); },
        [this, opened](const Result<PatientChart>& chart) {
            m_chartBusy = false;
            // A newer range was asked for meanwhile: draw that one, not this.
            if (opened == m_opened && !m_chartAgain) {
                if (chart)
                    showChart(chart.value());
                else
                    showStatus(chart.errorMessage(), true);
            }
            if (m_chartAgain)
                loadChart();
        });
}

void PatientsScreen::showChart(const PatientChart& chart)
{
    m_chart->setData(chart);
    QStringList vitals;
    if (!chart.segments.empty() && !chart.segments.back().points.empty()) {
        const ChartPoint& newest = chart.segments.back().points.back();
        vitals.append(tr("Heart rate <b>%1</b> bpm").arg(number(newest.bpm, 0)));
    }
    if (chart.spo2.present())
        vitals.append(tr("SpO₂ <b>%1</b> %").arg(number(chart.spo2.value, 0)));
    if (chart.temperature.present())
        vitals.append(tr("Temperature <b>%1</b> °C").arg(number(chart.temperature.value, 1)));
    if (chart.systolic.present() && chart.diastolic.present())
        vitals.append(tr("Blood pressure <b>%1/%2</b> mmHg")
                          .arg(number(chart.systolic.value, 0), number(chart.diastolic.value, 0)));
    m_vitals->setText(vitals.isEmpty() ? tr("No vitals in the range shown.")
                                       : tr("Newest in the range shown: %1").arg(vitals.join(QStringLiteral(" · "))));
    const HeartRateLimits& l = chart.limits.limits;
    m_appliedLimits = l;
    const QString basis = HeartRateChart::limitsSource(chart.limits);
    m_limits->setText(tr("<b>%1</b><br>Severe bradycardia at or below %2 bpm · bradycardia below %3 bpm · "
                         "tachycardia above %4 bpm · severe tachycardia from %5 bpm")
                          .arg(basis, number(l.severeBradycardiaAtOrBelow, 0), number(l.bradycardiaBelow, 0),
                               number(l.tachycardiaAbove, 0), number(l.severeTachycardiaAtOrAbove, 0)));
}

void PatientsScreen::loadResults()
{
    if (m_openMrn.isEmpty() || !m_context.may(Permission::ReadResults))
        return;
    const QString mrn = m_openMrn;
    const quint64 opened = m_opened;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->analysis().results(session, mrn, {}, {}, 2000); },
        [this, opened](const Result<QList<WindowResult>>& results) {
            if (opened != m_opened)
                return;
            if (!results) {
                showStatus(results.errorMessage(), true);
                return;
            }
            m_resultsModel->setItems(results.value());
            m_results->resizeColumnsToContents();
        });
}

void PatientsScreen::showLimits(const std::optional<PatientLimitsRecord>& record)
{
    m_ownLimitValues.reset();
    if (!record) {
        m_ownLimits->setText(tr("No doctor has set limits for this patient: the reference band for the age applies."));
    } else {
        m_ownLimitValues = record->limits;
        m_ownLimits->setText(tr("Set on %1. Reason: %2").arg(localTime(record->setAt), record->reason.toHtmlEscaped()));
    }
    updateActions();
}

void PatientsScreen::setLimits()
{
    if (m_openMrn.isEmpty())
        return;
    const QString mrn = m_openMrn;
    auto* dialog = new FormDialog(tr("Heart-rate limits for %1").arg(mrn), this);
    dialog->setObjectName(QStringLiteral("limitsDialog"));
    dialog->setIntro(tr("These limits replace the reference band for this patient until you clear them or the "
                        "patient is discharged. Every change is audited with its reason."));
    // Start from the limits in force (the patient's own, else the reference band's) for the doctor to adjust.
    const HeartRateLimits start = m_ownLimitValues.value_or(m_appliedLimits.value_or(HeartRateLimits {}));
    const auto value = [](double v) { return v > 0 ? QLocale().toString(v, 'f', 0) : QString(); };
    dialog->addText(QStringLiteral("severeLow"), tr("Severe bradycardia at or below (bpm):"),
                    value(start.severeBradycardiaAtOrBelow));
    dialog->addText(QStringLiteral("low"), tr("Bradycardia below (bpm):"), value(start.bradycardiaBelow));
    dialog->addText(QStringLiteral("high"), tr("Tachycardia above (bpm):"), value(start.tachycardiaAbove));
    dialog->addText(QStringLiteral("severeHigh"), tr("Severe tachycardia at or above (bpm):"),
                    value(start.severeTachycardiaAtOrAbove));
    dialog->addMultiline(QStringLiteral("reason"), tr("Clinical reason:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn] {
        HeartRateLimits limits;
        const std::array<std::pair<const char*, double*>, 4> fields {
            {{"severeLow", &limits.severeBradycardiaAtOrBelow},
             {"low", &limits.bradycardiaBelow},
             {"high", &limits.tachycardiaAbove},
             {"severeHigh", &limits.severeTachycardiaAtOrAbove}}};
        for (const auto& [name, target] : fields) {
            bool ok = false;
            const QString text = dialog->text(QLatin1String(name)).trimmed();
            *target = QLocale().toDouble(text, &ok);
            if (!ok)
                *target = text.toDouble(&ok);
            if (!ok) {
                dialog->showError(tr("Enter every limit as a number of beats per minute."));
                return;
            }
        }
        const QString reason = dialog->text(QStringLiteral("reason"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->setBusy(true);
        m_context.runner->run(
            dialog,
            [=]() -> Result<std::optional<PatientLimitsRecord>> {
                if (auto set = workspace->analysis().setLimits(session, mrn, limits, reason); !set)
                    return set.error();
                return workspace->analysis().limits(session, mrn);
            },
            [this, dialog](const Result<std::optional<PatientLimitsRecord>>& record) {
                if (!record) {
                    dialog->showError(record.errorMessage());
                    return;
                }
                dialog->accept();
                showStatus(tr("The new limits apply from the next window."));
                showLimits(record.value());
                loadChart();
            });
    });
    dialog->open();
}

void PatientsScreen::clearLimits()
{
    if (m_openMrn.isEmpty())
        return;
    const QString mrn = m_openMrn;
    auto* dialog = new FormDialog(tr("Use the reference band again"), this);
    dialog->setObjectName(QStringLiteral("clearLimitsDialog"));
    dialog->setIntro(tr("The patient's own limits end now; the reference band for the age applies again."));
    dialog->addMultiline(QStringLiteral("reason"), tr("Clinical reason:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn] {
        const QString reason = dialog->text(QStringLiteral("reason"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->setBusy(true);
        m_context.runner->run(
            dialog, [=] { return workspace->analysis().clearLimits(session, mrn, reason); },
            [this, dialog](const Status& status) {
                if (!status) {
                    dialog->showError(status.errorMessage());
                    return;
                }
                dialog->accept();
                showStatus(tr("The reference band applies again from the next window."));
                showLimits(std::nullopt);
                loadChart();
            });
    });
    dialog->open();
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
