#include "AlarmsScreen.h"

#include "AlarmLook.h"
#include "DisplayFormat.h"
#include "FormDialog.h"
#include "ReportDialog.h"
#include "workspace/Workspace.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QDateTime>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimer>

#include <cmath>

namespace pulsedesk::ui {

using DisplayFormat::localTime;

namespace {

bool lit(const Alarm& a)
{
    return alarmLit(a.priority, a.state != AlarmState::Active, QDateTime::currentMSecsSinceEpoch());
}

QString what(const Alarm& a)
{
    return a.category ? categoryDisplayName(*a.category) : conditionDisplayName(a.condition);
}

} // namespace

AlarmsScreen::AlarmsScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Alarms"), parent)
{
    setObjectName(QStringLiteral("alarmsScreen"));
    const QStyle* s = style();
    m_model = new TableModel<AlarmView>(
        {
            {tr("Priority"),
             [s](const AlarmView& v, int role) -> QVariant {
                 const Alarm& a = v.alarm;
                 switch (role) {
                 case Qt::DisplayRole:
                     return priorityDisplayName(a.priority);
                 case Qt::DecorationRole:
                     return alarmIcon(s, a.priority);
                 // The colour flashes at the priority's IEC rate until the alarm is acknowledged.
                 case Qt::BackgroundRole:
                     return a.isOpen() && lit(a) ? QBrush(alarmColour(a.priority)) : QVariant();
                 case Qt::ForegroundRole:
                     return a.isOpen() && lit(a) && a.priority == AlarmPriority::High ? QBrush(Qt::white) : QVariant();
                 default:
                     return {};
                 }
             }},
            textColumn<AlarmView>(tr("Alarm"), [](const AlarmView& v) { return what(v.alarm); }),
            textColumn<AlarmView>(tr("Bed"), [](const AlarmView& v) { return v.bed; }),
            textColumn<AlarmView>(tr("Patient"), [](const AlarmView& v) { return v.mrn; }),
            textColumn<AlarmView>(tr("Heart rate"),
                                  [](const AlarmView& v) {
                                      return std::isnan(v.alarm.lastValue)
                                          ? v.alarm.detail
                                          : tr("%1 bpm").arg(v.alarm.lastValue, 0, 'f', 0);
                                  }),
            textColumn<AlarmView>(tr("State"),
                                  [](const AlarmView& v) {
                                      const Alarm& a = v.alarm;
                                      const qint64 now = QDateTime::currentMSecsSinceEpoch();
                                      if (a.state == AlarmState::Ended)
                                          return tr("ended %1").arg(localTime(a.endedAtMs));
                                      if (a.state == AlarmState::Acknowledged)
                                          return tr("acknowledged");
                                      if (a.audioPausedUntilMs > now)
                                          return tr("audio paused, %n s left", nullptr,
                                                    static_cast<int>((a.audioPausedUntilMs - now + 999) / 1000));
                                      return a.conditionActive ? tr("sounding") : tr("sounding, condition ended");
                                  }),
            textColumn<AlarmView>(tr("Raised"), [](const AlarmView& v) { return localTime(v.alarm.raisedAtMs); }),
            textColumn<AlarmView>(tr("To"),
                                  [](const AlarmView& v) {
                                      return v.alarm.isEscalated() ? tr("every doctor of the ward")
                                          : v.alarm.patientId > 0  ? tr("responsible doctors")
                                                                   : tr("ward");
                                  }),
            textColumn<AlarmView>(tr("Acknowledged by"),
                                  [](const AlarmView& v) {
                                      if (v.alarm.acknowledgedAtMs <= 0)
                                          return QString();
                                      const QString who =
                                          tr("%1, %2").arg(v.acknowledgedByName, localTime(v.alarm.acknowledgedAtMs));
                                      return v.alarm.comment.isEmpty() ? who : tr("%1: %2").arg(who, v.alarm.comment);
                                  }),
        },
        this);

    auto* bar = new QHBoxLayout;
    m_acknowledge = new QPushButton(tr("&Acknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledgeAlarmButton"));
    m_pause = new QPushButton(tr("&Pause audio 2 min"), this);
    m_pause->setObjectName(QStringLiteral("pauseAlarmAudioButton"));
    m_mine = new QCheckBox(tr("Only alarms addressed to &me"), this);
    m_mine->setObjectName(QStringLiteral("onlyMyAlarms"));
    m_history = new QCheckBox(tr("Show &ended alarms"), this);
    m_history->setObjectName(QStringLiteral("showEndedAlarms"));
    m_wardHistory = new QPushButton(tr("&Ward alarm history…"), this);
    m_wardHistory->setObjectName(QStringLiteral("wardAlarmHistoryButton"));
    m_handover = new QPushButton(tr("&Hand-over…"), this);
    m_handover->setObjectName(QStringLiteral("handoverButton"));
    bar->addWidget(m_acknowledge);
    bar->addWidget(m_pause);
    bar->addWidget(m_wardHistory);
    bar->addWidget(m_handover);
    bar->addStretch();
    bar->addWidget(m_mine);
    bar->addWidget(m_history);
    contentLayout()->addLayout(bar);
    m_table = createTable(m_model, QStringLiteral("alarmsTable"), tr("Alarms"), this);
    contentLayout()->addWidget(m_table, 1);

    m_refreshSoon = new QTimer(this);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(300);
    m_countdown = new QTimer(this);
    connect(m_refreshSoon, &QTimer::timeout, this, &AlarmsScreen::refresh);
    // The audio pause counts down and the colours flash on screen; only the view repaints, nothing is reloaded.
    connect(m_countdown, &QTimer::timeout, m_table->viewport(), qOverload<>(&QWidget::update));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmsScreen::acknowledge);
    connect(m_pause, &QPushButton::clicked, this, &AlarmsScreen::pauseAudio);
    connect(m_wardHistory, &QPushButton::clicked, this, [this] { openWardReport(false); });
    connect(m_handover, &QPushButton::clicked, this, [this] { openWardReport(true); });
    connect(m_mine, &QCheckBox::toggled, this, &AlarmsScreen::refresh);
    connect(m_history, &QCheckBox::toggled, this, &AlarmsScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &AlarmsScreen::updateButtons);
    updateButtons();
}

void AlarmsScreen::scheduleRefresh()
{
    if (m_context.session.isValid())
        m_refreshSoon->start();
}

void AlarmsScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const bool openOnly = !m_history->isChecked();
    const bool mine = m_mine->isChecked();
    const qint64 keep = selected() ? selected()->alarm.id : 0;
    m_context.runner->run(
        this, [=] { return workspace->alarms().alarms(session, openOnly, mine); },
        [this, keep](const Result<QList<AlarmView>>& alarms) {
            if (!alarms) {
                showStatus(alarms.errorMessage(), true);
                return;
            }
            // Open alarms first, by priority, then the newest.
            QList<AlarmView> list = alarms.value();
            std::stable_sort(list.begin(), list.end(), [](const AlarmView& a, const AlarmView& b) {
                if (a.alarm.isOpen() != b.alarm.isOpen())
                    return a.alarm.isOpen();
                return a.alarm.priority > b.alarm.priority;
            });
            m_model->setItems(list);
            m_table->resizeColumnsToContents();
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (m_model->itemAt(row)->alarm.id == keep)
                    m_table->selectRow(row);
            }
            qsizetype open = 0;
            bool flashing = false;
            bool paused = false;
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (const AlarmView& v : std::as_const(list)) {
                if (!v.alarm.isOpen())
                    continue;
                ++open;
                flashing |= alarmFlashes(v.alarm.priority, v.alarm.state != AlarmState::Active);
                paused |= v.alarm.state == AlarmState::Active && v.alarm.audioPausedUntilMs > now;
            }
            showStatus(tr("%n open alarm(s).", nullptr, static_cast<int>(open)));
            // Repaint only while something flashes, or once a second while an audio pause counts down.
            if (flashing || paused)
                m_countdown->start(flashing ? FlashTickMs : 1000);
            else
                m_countdown->stop();
            updateButtons();
        });
}

void AlarmsScreen::clear()
{
    m_model->clear();
    m_countdown->stop();
    showStatus({});
    updateButtons();
}

const AlarmView* AlarmsScreen::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

void AlarmsScreen::updateButtons()
{
    const AlarmView* v = selected();
    const bool may = m_context.may(Permission::AcknowledgeAlarms);
    m_acknowledge->setEnabled(may && v && v->alarm.state == AlarmState::Active);
    m_pause->setEnabled(may && v && v->alarm.state == AlarmState::Active);
    m_mine->setVisible(m_context.session.role == Role::Doctor);
    const bool reports = m_context.may(Permission::ReadRecords) && m_context.may(Permission::ReadResults);
    m_wardHistory->setVisible(reports);
    m_handover->setVisible(reports);
}

void AlarmsScreen::openWardReport(bool handover)
{
    reports::ReportRequest request;
    request.kind = handover ? reports::ReportKind::Handover : reports::ReportKind::WardAlarms;
    request.ward = selected() ? selected()->ward : QString();
    auto* dialog = new ReportDialog(m_context, request, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReportDialog::finished, this, &AlarmsScreen::showStatus);
    dialog->open();
}

void AlarmsScreen::acknowledge()
{
    const AlarmView* v = selected();
    if (!v)
        return;
    const qint64 id = v->alarm.id;
    auto* dialog = new FormDialog(tr("Acknowledge alarm: %1, bed %2").arg(what(v->alarm), v->bed), this);
    dialog->setObjectName(QStringLiteral("acknowledgeAlarmDialog"));
    dialog->addText(QStringLiteral("comment"), tr("Comment (optional):"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, id] {
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        const QString comment = dialog->text(QStringLiteral("comment"));
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->alarms().acknowledge(session, id, comment); },
            [this](const Status&) {
                emit alarmActedOn();
                refresh();
            });
    });
    dialog->open();
}

void AlarmsScreen::pauseAudio()
{
    const AlarmView* v = selected();
    if (!v)
        return;
    const qint64 id = v->alarm.id;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->alarms().pauseAudio(session, id, 120); },
        [this](const Status& done) {
            if (!done) {
                showStatus(done.errorMessage(), true);
                return;
            }
            emit alarmActedOn();
            refresh();
        });
}

} // namespace pulsedesk::ui
