// MainWindow's live part: the devices' ingest status, and the alarms, from the workstation's own analysis (one PC)
// or from the ward server's store (AlarmFollower).
#include "AlarmNotifier.h"
#include "AlarmsScreen.h"
#include "MainWindow.h"
#include "Screen.h"
#include "SettingsScreen.h"
#include "common/DisplayText.h"
#include "monitoring/AlarmFollower.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "monitoring/Monitoring.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QStatusBar>

namespace pulsedesk::ui {

void MainWindow::connectMonitoring()
{
    if (m_ingest) {
        connect(m_ingest, &IngestService::statusChanged, this, &MainWindow::showIngestStatus);
        connect(m_settingsScreen, &SettingsScreen::brokerSettingsChanged, this, &MainWindow::startIngest);
    }
    if (m_analysis) {
        connect(m_settingsScreen, &SettingsScreen::analysisSettingsChanged, this, [this] {
            Workspace* open = m_context.workspace;
            m_context.runner->run(
                this, [open] { return open->settings().analysis(); },
                [this](const AnalysisSettings& settings) { m_analysis->reconfigure(settings); });
        });
    }
    m_alarmFeed = m_analysis ? static_cast<AlarmFeed*>(m_analysis) : m_follower;
    if (!m_alarmFeed)
        return;
    // Alarm events arrive queued; the list reloads once per burst. The workstation's own alarm for a server out of
    // reach is not in the store: the banner shows it, and the list keeps what it last read.
    connect(m_alarmFeed, &AlarmFeed::alarmEvent, m_alarmsScreen, [this](const AlarmEvent& event) {
        if (event.alarm.condition != AlarmCondition::ServerUnreachable)
            m_alarmsScreen->scheduleRefresh();
    });
    // Heard and seen even while the screen is locked: bed and priority only. The sound follows the open alarms, so
    // it also covers alarms taken over at start and acknowledgements made elsewhere.
    m_notifier = new AlarmNotifier([this] { return m_alarmFeed->openAlarms(); }, m_clock, this);
    connect(m_alarmFeed, &AlarmFeed::alarmEvent, m_notifier, &AlarmNotifier::notify);
    connect(m_alarmsScreen, &AlarmsScreen::alarmActedOn, m_alarmFeed, &AlarmFeed::nudge);
    if (m_follower)
        connect(m_follower, &AlarmFollower::serverReachabilityChanged, this, &MainWindow::showServerReachability);
}

void MainWindow::showServerReachability(bool reachable, const QString& reason)
{
    // Nothing is written while the server is away: the screens' editors and actions are disabled before anyone
    // types (a dialog already open keeps its text and says why it cannot save). Navigation still works.
    m_screens->setEnabled(reachable);
    m_serverBanner->setVisible(!reachable);
    if (reachable) {
        statusBar()->showMessage(tr("The ward server answers again."), 10'000);
        for (Screen* screen : std::as_const(m_screenList)) {
            if (screen->isVisible())
                screen->refresh();
        }
        return;
    }
    const QString text = tr("⚠ The ward server cannot be reached: %1\nRetrying…; what you see may be out of date, "
                            "and nothing can be changed until it answers again.")
                             .arg(DisplayText::escapedLines(reason));
    m_serverBanner->setText(text);
    m_serverBanner->setAccessibleName(tr("Ward server unreachable"));
    m_serverBanner->setAccessibleDescription(text);
}

void MainWindow::startIngest()
{
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [workspace] { return std::make_pair(workspace->settings().mqtt(), workspace->settings().analysis()); },
        [this](const std::pair<MqttSettings, AnalysisSettings>& settings) {
            m_monitoring->start(settings.first, settings.second);
        });
}

void MainWindow::showIngestStatus(const MqttStatus& status)
{
    QString text;
    const QString since = QLocale().toString(status.since.toLocalTime().time(), QLocale::ShortFormat);
    switch (status.state) {
    case MqttStatus::State::Stopped:
        text = tr("Devices: not connected");
        break;
    case MqttStatus::State::Connecting:
        text = tr("Devices: connecting…");
        break;
    case MqttStatus::State::Connected:
        text = status.lastMessageAt.isValid()
            ? tr("Devices: connected · last message %1 · %2/s")
                  .arg(QLocale().toString(status.lastMessageAt.toLocalTime().time(), QLocale::LongFormat))
                  .arg(status.messagesPerSecond, 0, 'f', 0)
            : tr("Devices: connected since %1 · no message yet").arg(since);
        break;
    case MqttStatus::State::Reconnecting:
        text = tr("⚠ Devices: reconnecting since %1 (%2)").arg(since, status.detail);
        break;
    case MqttStatus::State::Failed:
        text = tr("✖ Devices: not receiving (%1)").arg(status.detail);
        break;
    }
    m_brokerLabel->setText(text);
    m_brokerLabel->setAccessibleDescription(text);
}

} // namespace pulsedesk::ui
