#include "PatientView.h"

#include "DisplayFormat.h"
#include "HeartRateChart.h"
#include "News2Trend.h"
#include "PatientExportActions.h"
#include "PatientLimitsTab.h"
#include "PatientNotesTab.h"
#include "PatientObservationsTab.h"
#include "Screen.h"
#include "analysis/Classifier.h"
#include "analysis/FindingStore.h"
#include "analysis/ResultStore.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace pulsedesk::ui {

using DisplayFormat::birthText;
using DisplayFormat::localTime;
using DisplayFormat::number;

/// Everything read when a patient is opened, in one background call.
struct PatientView::Record
{
    Patient patient;
    QList<ClinicalRecord> notes;
    QList<DeviceAssignment> devices;
    std::optional<PatientLimitsRecord> limits;
};

PatientView::PatientView(UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(tr("Select a patient."), this);
    m_details->setObjectName(QStringLiteral("patientDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    m_vitals = new QLabel(this);
    m_vitals->setObjectName(QStringLiteral("patientVitals"));
    m_vitals->setWordWrap(true);
    m_vitals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_vitals);
    m_exports = new PatientExportActions(m_context, this);
    layout->addWidget(m_exports);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("patientTabs"));
    m_chartPage = new QWidget(m_tabs);
    auto* chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    m_chart = new HeartRateChart(m_chartPage);
    chartLayout->addWidget(m_chart, 1);
    m_news2Trend = new News2Trend(m_chartPage);
    chartLayout->addWidget(m_news2Trend);
    m_news2Trend->alignWith(m_chart->view());
    m_tabs->addTab(m_chartPage, tr("&Heart rate"));

    m_resultsModel = new TableModel<WindowResult>(
        {
            textColumn<WindowResult>(tr("Window"), [](const WindowResult& r) { return localTime(r.windowStartMs); }),
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
            // Empty until the patient has enough recent windows on the device.
            textColumn<WindowResult>(tr("Anomaly"), [](const WindowResult& r) { return number(r.anomaly, 2); }),
            textColumn<WindowResult>(tr("Limits used"),
                                     [](const WindowResult& r) { return bandDisplayName(r.classification.band); }),
        },
        this);
    m_results = Screen::createTable(m_resultsModel, QStringLiteral("resultsTable"), tr("Window results"), m_tabs);
    m_tabs->addTab(m_results, tr("&Results"));

    m_observations = new PatientObservationsTab(m_context, m_tabs);
    m_tabs->addTab(m_observations, tr("O&bservations"));

    m_limits = new PatientLimitsTab(m_context, m_tabs);
    m_tabs->addTab(m_limits, tr("&Limits"));

    m_devices = new QListWidget(m_tabs);
    m_devices->setObjectName(QStringLiteral("patientDevices"));
    m_devices->setAccessibleName(tr("Device assignment history"));
    m_tabs->addTab(m_devices, tr("De&vices"));

    m_notes = new PatientNotesTab(m_context, m_tabs);
    m_tabs->addTab(m_notes, tr("Clinical &notes"));
    layout->addWidget(m_tabs, 1);

    m_live = new QTimer(this);
    m_live->setInterval(2000);
    connect(m_live, &QTimer::timeout, this, [this] {
        // A read still under way is as fresh as this one would be: never queue behind it.
        if (m_chart->following() && m_tabs->currentWidget() == m_chartPage && !m_chartBusy)
            loadChart();
    });
    connect(m_chart, &HeartRateChart::rangeChanged, this, &PatientView::loadChart);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_results)
            loadResults();
        else if (m_tabs->currentWidget() == m_observations)
            m_observations->reload();
        else if (m_tabs->currentWidget() == m_chartPage)
            loadChart();
    });
    connect(m_limits, &PatientLimitsTab::statusChanged, this, &PatientView::statusChanged);
    connect(m_limits, &PatientLimitsTab::limitsChanged, this, &PatientView::loadChart);
    connect(m_notes, &PatientNotesTab::statusChanged, this, &PatientView::statusChanged);
    connect(m_observations, &PatientObservationsTab::statusChanged, this, &PatientView::statusChanged);
    connect(m_observations, &PatientObservationsTab::observationsLoaded, m_news2Trend, &News2Trend::setObservations);
    connect(m_exports, &PatientExportActions::statusChanged, this, &PatientView::statusChanged);
    connect(m_notes, &PatientNotesTab::noteSaved, this, [this] {
        if (!m_openMrn.isEmpty())
            open(m_openMrn, m_admitted);
    });
    updateActions();
}

void PatientView::updateActions()
{
    const bool clinician = m_context.may(Permission::ReadResults);
    for (QWidget* page : std::initializer_list<QWidget*> {m_chartPage, m_results, m_observations, m_limits})
        m_tabs->setTabVisible(m_tabs->indexOf(page), clinician);
    const QString acting = m_selected ? m_openMrn : QString();
    m_limits->setPatient(acting, m_admitted);
    m_notes->setPatient(acting);
    m_exports->setPatient(acting);
}

void PatientView::open(const QString& mrn, bool admitted)
{
    m_selected = true;
    m_admitted = admitted;
    updateActions();
    if (mrn == m_openMrn && !m_notes->isEmpty())
        return;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Result<Record> {
            auto opened = workspace->patients().open(session, mrn);
            if (!opened)
                return opened.error();
            auto notes = workspace->records().list(session, mrn);
            if (!notes)
                return notes.error();
            auto devices = workspace->devices().patientHistory(session, mrn);
            if (!devices)
                return devices.error();
            Record record {opened.value(), notes.value(), devices.value(), {}};
            if (Permissions::allows(session.role, Permission::ReadResults)) {
                auto limits = workspace->limits().limits(session, mrn);
                if (!limits)
                    return limits.error();
                record.limits = limits.value();
            }
            return record;
        },
        [this](const Result<Record>& record) {
            if (!record) {
                emit statusChanged(record.errorMessage(), true);
                return;
            }
            const bool other = record->patient.mrn != m_openMrn;
            showRecord(record.value());
            if (other) {
                ++m_opened;
                m_limits->forgetApplied();
                m_chart->clear();
                m_vitals->clear();
                m_resultsModel->clear();
            }
            if (m_tabs->currentWidget() == m_results)
                loadResults();
            loadChart();
        });
}

void PatientView::deselect()
{
    m_selected = false;
    updateActions();
}

void PatientView::showRecord(const Record& record)
{
    const Patient& p = record.patient;
    m_openMrn = p.mrn;
    m_details->setText(tr("<b>%1</b> — MRN %2<br>Born: %3 · Sex: %4<br>Ward %5, bed %6<br>Admitted %7%8")
                           .arg(p.name.toHtmlEscaped(), p.mrn.toHtmlEscaped(), birthText(p), sexDisplayName(p.sex),
                                p.ward.toHtmlEscaped(), p.bed.toHtmlEscaped(), localTime(p.admittedAt),
                                p.isAdmitted() ? QString() : tr("<br>Discharged %1").arg(localTime(p.dischargedAt))));
    m_devices->clear();
    for (const DeviceAssignment& a : record.devices)
        m_devices->addItem(
            tr("%1: %2 – %3").arg(a.deviceId, localTime(a.from), a.isOpen() ? tr("now") : localTime(a.to)));
    if (record.devices.isEmpty())
        m_devices->addItem(tr("No device has been assigned."));
    m_notes->showNotes(record.notes);
    m_limits->showOwn(record.limits);
    m_observations->setPatient(p.mrn, tr("%1, bed %2").arg(p.name, p.bed), p.isAdmitted());
    updateActions();
}

void PatientView::clear()
{
    m_openMrn.clear();
    m_selected = false;
    m_admitted = false;
    m_details->setText(tr("Select a patient."));
    m_vitals->clear();
    m_devices->clear();
    m_notes->clear();
    m_observations->clear();
    m_chart->clear();
    m_resultsModel->clear();
    m_limits->clear();
    ++m_opened;
    updateActions();
}

void PatientView::showChartTab()
{
    m_tabs->setCurrentWidget(m_chartPage);
}

void PatientView::setLive(bool live)
{
    if (live)
        m_live->start();
    else
        m_live->stop();
}

void PatientView::loadChart()
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
        [this, opened, from, to](const Result<PatientChart>& chart) {
            m_chartBusy = false;
            // A newer range was asked for meanwhile: draw that one, not this.
            if (opened == m_opened && !m_chartAgain) {
                m_news2Trend->setRange(from, to);
                if (chart)
                    showChart(chart.value());
                else
                    emit statusChanged(chart.errorMessage(), true);
            }
            if (m_chartAgain)
                loadChart();
        });
}

void PatientView::showChart(const PatientChart& chart)
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
    m_limits->showApplied(chart.limits);
}

void PatientView::loadResults()
{
    if (m_openMrn.isEmpty() || !m_context.may(Permission::ReadResults))
        return;
    const QString mrn = m_openMrn;
    const quint64 opened = m_opened;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->results().results(session, mrn, {}, {}, 2000); },
        [this, opened](const Result<QList<WindowResult>>& results) {
            if (opened != m_opened)
                return;
            if (!results) {
                emit statusChanged(results.errorMessage(), true);
                return;
            }
            m_resultsModel->setItems(results.value());
            m_results->resizeColumnsToContents();
        });
}

} // namespace pulsedesk::ui
