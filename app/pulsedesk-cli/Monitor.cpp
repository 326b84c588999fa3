#include "Monitor.h"

#include "ingest/IngestService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace pulsedesk::cli {

namespace {

std::atomic<int> g_stopSignal {0};

void onSignal(int signal)
{
    g_stopSignal = signal;
}

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

} // namespace

int runMonitor(Workspace& workspace, const MqttSettings& settings, QTextStream& out, int statusEverySeconds)
{
    IngestService ingest(workspace);
    const auto printStatus = [&] {
        const MqttStatus s = ingest.status();
        const IngestPipeline::Counts c = ingest.totals();
        out << QDateTime::currentDateTime().toString(Qt::ISODate) << "  "
            << QCoreApplication::translate("Monitor",
                                           "broker %1 (%2 since %3)%4  messages %5 (%6/s)  stored %7  "
                                           "duplicates %8  quarantined %9")
                   .arg(stateName(s.state), settings.host + QLatin1Char(':') + QString::number(settings.port),
                        s.since.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                        s.detail.isEmpty() ? QString() : QStringLiteral(": ") + s.detail)
                   .arg(c.messages)
                   .arg(s.messagesPerSecond, 0, 'f', 0)
                   .arg(c.stored)
                   .arg(c.duplicates)
                   .arg(c.quarantinedMessages)
            << Qt::endl;
    };

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer stopCheck;
    QObject::connect(&stopCheck, &QTimer::timeout, &stopCheck, [] {
        if (g_stopSignal != 0)
            QCoreApplication::quit();
    });
    stopCheck.start(50);
    QTimer statusTimer;
    QObject::connect(&statusTimer, &QTimer::timeout, &statusTimer, printStatus);
    statusTimer.start(std::max(1, statusEverySeconds) * 1000);

    ingest.start(settings);
    QCoreApplication::exec();
    ingest.stop();
    printStatus();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return 0;
}

} // namespace pulsedesk::cli
