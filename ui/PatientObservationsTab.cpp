#include "PatientObservationsTab.h"

#include "DisplayFormat.h"
#include "FormDialog.h"
#include "ObservationDialog.h"
#include "scores/ObservationStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pulsedesk::ui {

using DisplayFormat::localTime;

namespace {

struct Loaded
{
    QList<Observation> observations;
    int scale = 1;
};

/// A child's score with the chart that gave it: "PEWS 3 (Chart, 1-4 years)".
QString pewsText(const PewsScore& s)
{
    return PatientObservationsTab::tr("PEWS %1 (%2, %3)").arg(s.total).arg(s.chart, s.ageBand);
}

} // namespace

PatientObservationsTab::PatientObservationsTab(UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("observationSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(0, 11, this);
    m_table->setObjectName(QStringLiteral("observationsTable"));
    m_table->setAccessibleName(tr("Observations"));
    m_table->setHorizontalHeaderLabels({tr("#"), tr("Taken"), tr("Resp."), tr("SpO2"), tr("Air/O2"), tr("Systolic"),
                                        tr("Pulse"), tr("ACVPU"), tr("Temp."), tr("NEWS2"), tr("Recorded by")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* bar = new QHBoxLayout;
    m_record = new QPushButton(tr("&Record observations…"), this);
    m_record->setObjectName(QStringLiteral("recordObservationsButton"));
    m_amend = new QPushButton(tr("A&mend selected…"), this);
    m_amend->setObjectName(QStringLiteral("amendObservationsButton"));
    m_scaleButton = new QPushButton(tr("SpO2 &scale…"), this);
    m_scaleButton->setObjectName(QStringLiteral("spo2ScaleButton"));
    bar->addWidget(m_record);
    bar->addWidget(m_amend);
    bar->addWidget(m_scaleButton);
    bar->addStretch();
    layout->addLayout(bar);
    connect(m_record, &QPushButton::clicked, this, &PatientObservationsTab::recordObservations);
    connect(m_amend, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_observations.size())
            openForm(&m_observations[row]);
    });
    connect(m_scaleButton, &QPushButton::clicked, this, &PatientObservationsTab::setScale);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PatientObservationsTab::updateActions);
    updateActions();
}

void PatientObservationsTab::setPatient(const QString& mrn, const QString& patientText, bool admitted)
{
    const bool other = mrn != m_mrn;
    m_mrn = mrn;
    m_patientText = patientText;
    m_admitted = admitted;
    if (other) {
        m_observations.clear();
        m_table->setRowCount(0);
        m_summary->clear();
        if (!mrn.isEmpty())
            reload();
    }
    updateActions();
}

void PatientObservationsTab::clear()
{
    setPatient({}, {}, false);
    emit observationsLoaded({});
}

void PatientObservationsTab::updateActions()
{
    const bool recorder = m_context.may(Permission::RecordObservations);
    m_record->setVisible(recorder);
    m_amend->setVisible(recorder);
    m_scaleButton->setVisible(m_context.may(Permission::PrescribeSpo2Scale));
    m_record->setEnabled(!m_mrn.isEmpty() && m_admitted);
    m_amend->setEnabled(!m_mrn.isEmpty() && m_table->currentRow() >= 0);
    m_scaleButton->setEnabled(!m_mrn.isEmpty());
}

void PatientObservationsTab::reload()
{
    if (m_mrn.isEmpty() || !m_context.may(Permission::ReadResults))
        return;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const QString mrn = m_mrn;
    const int generation = ++m_generation;
    m_context.runner->run(
        this,
        [=]() -> Result<Loaded> {
            auto list = workspace->observations().list(session, mrn);
            if (!list)
                return list.error();
            auto scale = workspace->observations().spo2Scale(session, mrn);
            if (!scale)
                return scale.error();
            return Loaded {list.value(), scale.value()};
        },
        [this, generation](const Result<Loaded>& loaded) {
            if (generation != m_generation)
                return;
            if (!loaded) {
                emit statusChanged(loaded.errorMessage(), true);
                return;
            }
            show(loaded->observations, loaded->scale);
        });
}

void PatientObservationsTab::show(const QList<Observation>& observations, int scale)
{
    m_observations = observations;
    m_scale = scale;
    const QLocale locale;
    m_table->setRowCount(int(observations.size()));
    for (int row = 0; row < observations.size(); ++row) {
        const Observation& o = observations[row];
        const News2Observation& v = o.values;
        const auto device = [&o](const QString& key) {
            return o.fromDevice.contains(key) ? tr(" (device)") : QString();
        };
        QString score = o.news2 ? tr("%1 · %2").arg(o.news2->total).arg(news2RiskDisplayName(o.news2->risk))
            : o.pews            ? pewsText(*o.pews)
                                : unscoredReasonText(o.unscored);
        if (o.amendsId > 0)
            score += tr(" · amends #%1").arg(o.amendsId);
        if (o.amendedById > 0)
            score += tr(" · amended by #%1").arg(o.amendedById);
        const QStringList cells {QString::number(o.id),
                                 localTime(o.takenAt),
                                 locale.toString(v.respirationRate),
                                 locale.toString(v.spo2) + (v.scale2 ? tr(" (scale 2)") : QString())
                                     + device(Observation::DeviceSpo2),
                                 v.onOxygen ? tr("Oxygen") : tr("Air"),
                                 locale.toString(v.systolic) + device(Observation::DeviceSystolic),
                                 locale.toString(v.pulse) + device(Observation::DevicePulse),
                                 consciousnessKey(v.consciousness),
                                 locale.toString(v.temperatureC, 'f', 1) + device(Observation::DeviceTemperature),
                                 score,
                                 o.recordedByName};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (o.amendedById > 0)
                item->setForeground(palette().placeholderText());
            m_table->setItem(row, column, item);
        }
    }
    // A child's column holds the paediatric chart's score: never headed NEWS2.
    const bool paediatric = std::any_of(observations.cbegin(), observations.cend(),
                                        [](const Observation& o) { return o.pews.has_value(); });
    if (QTableWidgetItem* header = m_table->horizontalHeaderItem(9))
        header->setText(paediatric ? tr("PEWS") : tr("NEWS2"));
    m_table->resizeColumnsToContents();

    // The current state: the newest observations nobody corrected.
    const Observation* newest = nullptr;
    for (const Observation& o : observations)
        if (o.amendedById == 0 && (!newest || o.takenAt >= newest->takenAt))
            newest = &o;
    QString summary = scale == 2 ? tr("SpO2 scale 2 (set by a doctor). ") : QString();
    if (!newest) {
        summary += tr("No observations recorded.");
    } else if (!newest->news2 && newest->pews) {
        summary += tr("<b>%1</b>, scored with the paediatric chart %2 (age band %3).")
                       .arg(pewsText(*newest->pews).toHtmlEscaped(), newest->pews->chart.toHtmlEscaped(),
                            newest->pews->ageBand.toHtmlEscaped());
    } else if (!newest->news2) {
        summary += unscoredReasonText(newest->unscored);
    } else {
        summary += tr("<b>NEWS2 %1</b>, %2. ").arg(newest->news2->total).arg(news2ResponseText(newest->news2->risk));
        summary += newest->nextDueAt.isValid() ? tr("Next observations due %1.").arg(localTime(newest->nextDueAt))
                                               : tr("Continuous monitoring.");
    }
    m_summary->setText(summary);
    updateActions();
    emit observationsLoaded(observations);
}

void PatientObservationsTab::recordObservations()
{
    if (!m_mrn.isEmpty() && m_admitted && m_context.may(Permission::RecordObservations))
        openForm(nullptr);
}

void PatientObservationsTab::openForm(const Observation* amending)
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const QString mrn = m_mrn;
    const std::optional<Observation> original = amending ? std::optional<Observation>(*amending) : std::nullopt;
    // What the devices measured is read first, so the form opens filled in.
    m_context.runner->run(
        this, [=] { return workspace->observations().deviceReadings(session, mrn); },
        [this, mrn, original, session, workspace](const Result<DeviceReadings>& readings) {
            if (mrn != m_mrn)
                return;
            auto* dialog =
                new ObservationDialog(m_patientText, m_scale == 2, readings ? readings.value() : DeviceReadings {},
                                      original ? &*original : nullptr, this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &ObservationDialog::submitted, this, [this, dialog, mrn, original, session, workspace] {
                const ObservationInput input = dialog->input();
                dialog->setBusy(true);
                m_context.runner->run(
                    dialog,
                    [=] {
                        return original ? workspace->observations().amend(session, original->id, input)
                                        : workspace->observations().add(session, mrn, input);
                    },
                    [this, dialog](const Result<Observation>& saved) {
                        if (!saved) {
                            dialog->showError(saved.errorMessage());
                            return;
                        }
                        dialog->accept();
                        const Observation& o = saved.value();
                        emit statusChanged(
                            o.news2 ? tr("Saved observations #%1: NEWS2 %2, %3.")
                                          .arg(o.id)
                                          .arg(o.news2->total)
                                          .arg(news2ResponseText(o.news2->risk))
                                : o.pews
                                ? tr("Saved observations #%1: %2.").arg(o.id).arg(pewsText(*o.pews))
                                : tr("Saved observations #%1 (%2).").arg(o.id).arg(unscoredReasonText(o.unscored)),
                            false);
                        reload();
                    });
            });
            dialog->open();
        });
}

void PatientObservationsTab::setScale()
{
    auto* dialog = new FormDialog(tr("SpO2 scale"), this);
    dialog->setObjectName(QStringLiteral("spo2ScaleDialog"));
    dialog->setIntro(tr("Scale 2 is only for a patient with hypercapnic respiratory failure and a prescribed target "
                        "saturation of 88-92 %. It replaces the SpO2 row of NEWS2; oxygen still scores."));
    dialog->addChoice(QStringLiteral("scale"), tr("Scale:"), {tr("Scale 1"), tr("Scale 2 (target 88-92 %)")},
                      {QStringLiteral("1"), QStringLiteral("2")});
    dialog->setValue(QStringLiteral("scale"), QString::number(m_scale));
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const QString mrn = m_mrn;
    connect(dialog, &FormDialog::submitted, this, [this, dialog, session, workspace, mrn] {
        const int scale = dialog->choice(QStringLiteral("scale")).toInt();
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->observations().setSpo2Scale(session, mrn, scale); },
            [this, scale](const Status&) {
                emit statusChanged(tr("SpO2 scale %1 set.").arg(scale), false);
                reload();
            });
    });
    dialog->open();
}

} // namespace pulsedesk::ui
