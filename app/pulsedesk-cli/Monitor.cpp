#include "Monitor.h"

#include "common/DisplayText.h"
#include "common/QuitOnSignal.h"
#include "interfaces/InterfaceService.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "monitoring/Monitoring.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cmath>

namespace pulsedesk::cli {

namespace {

QString stateName(MqttStatus::State state)
{
    switch (state) {
    case MqttStatus::State::Stopped:
        return QCoreApplication::translate("Monitor", "stopped");
    case MqttStatus::State::Connecting:
        return QCoreApplication::translate("Monitor", "connecting");
    case MqttStatus::State::Connected:
        return QCoreApplication::translate("Monitor", "connected");
    case MqttStatus::State::Reconnecting:
        return QCoreApplication::translate("Monitor", "reconnecting");
    case MqttStatus::State::Failed:
        return QCoreApplication::translate("Monitor", "failed");
    }
    return {};
}

/// The alarm topic's counts, once it has had something to publish.
QString alarmTopicStatus(const AnalysisService::Totals& t)
{
    if (t.alarmTopicPublished == 0 && t.alarmTopicDropped == 0)
        return {};
    return QCoreApplication::translate("Monitor", "  alarm topic %1 published, %2 dropped (no broker connection)")
        .arg(t.alarmTopicPublished)
        .arg(t.alarmTopicDropped);
}

} // namespace

int runMonitor(Workspace& workspace, const MqttSettings& settings, QTextStream& out, int statusEverySeconds,
               InterfaceService* interfaces)
{
    Monitoring monitoring(workspace);
    IngestService& ingest = monitoring.ingest();
    AnalysisService& analysis = monitoring.analysis();
    const auto printStatus = [&] {
        const MqttStatus s = ingest.status();
        const IngestPipeline::Counts c = ingest.totals();
        out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  "
            << QCoreApplication::translate("Monitor",
                                           "broker %1 (%2 since %3)%4  messages %5 (%6/s)  stored %7  "
                                           "duplicates %8  quarantined %9")
                   .arg(stateName(s.state), settings.host + QLatin1Char(':') + QString::number(settings.port),
                        s.since.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                        s.detail.isEmpty() ? QString() : QStringLiteral(": ") + DisplayText::escaped(s.detail))
                   .arg(c.messages)
                   .arg(s.messagesPerSecond, 0, 'f', 0)
                   .arg(c.stored)
                   .arg(c.duplicates)
                   .arg(c.quarantinedMessages)
            << QCoreApplication::translate("Monitor", "  windows %1  open alarms %2")
                   .arg(analysis.totals().results)
                   .arg(analysis.openAlarms().size())
            << alarmTopicStatus(analysis.totals())
            << (interfaces && !interfaces->statusLine().isEmpty()
                    ? QStringLiteral("  ") + DisplayText::escaped(interfaces->statusLine())
                    : QString())
            << Qt::endl;
    };
    // Alarms as they happen. Only the patient's bed and internal id: the console is not a place for names.
    QObject::connect(&analysis, &AnalysisService::alarmEvent, &analysis, [&out](const AlarmEvent& e) {
        if (e.action == AlarmAction::Updated)
            return;
        const Alarm& a = e.alarm;
        out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  "
            << QCoreApplication::translate("Monitor", "ALARM %1 %2: %3 %4, patient #%5, alarm %6%7")
                   .arg(alarmActionKey(e.action), priorityKey(a.priority),
                        a.category ? categoryKey(*a.category) : conditionKey(a.condition),
                        std::isnan(a.lastValue) ? DisplayText::escaped(a.detail)
                                                : QStringLiteral("%1 bpm").arg(a.lastValue, 0, 'f', 0))
                   .arg(a.patientId)
                   .arg(a.id)
                   .arg(e.userId > 0 ? QCoreApplication::translate("Monitor", " by user #%1").arg(e.userId) : QString())
            << Qt::endl;
    });
    QObject::connect(&analysis, &AnalysisService::failed, &analysis, [&out](const QString& message) {
        out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  "
            << QCoreApplication::translate("Monitor", "analysis could not store its results: %1")
                   .arg(DisplayText::escaped(message))
            << Qt::endl;
    });
    const QuitOnSignal quitOnSignal;
    QTimer statusTimer;
    QObject::connect(&statusTimer, &QTimer::timeout, &statusTimer, printStatus);
    statusTimer.start(std::max(1, statusEverySeconds) * 1000);

    monitoring.start(settings, workspace.settings().analysis());
    QCoreApplication::exec();
    if (interfaces)
        interfaces->stop();
    monitoring.stop();
    printStatus();
    return 0;
}

} // namespace pulsedesk::cli
