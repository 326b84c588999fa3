#include "Demo.h"

#include "Simulate.h"
#include "demo/DemoWard.h"
#include "ingest/LocalBroker.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "monitoring/Monitoring.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace pulsedesk::cli {

namespace {
std::atomic<int> g_signal {0};
void rememberSignal(int signal)
{
    g_signal = signal;
}
} // namespace

int runDemo(const QString& dataDir, bool withGui, QTextStream& out, QTextStream& err)
{
    if (!QDir().mkpath(dataDir)) {
        err << QCoreApplication::translate("Demo", "pulsedesk-cli: cannot create %1").arg(dataDir) << Qt::endl;
        return 1;
    }
    QDir(dataDir).mkpath(QStringLiteral("broker"));
    LocalBroker broker(QDir(dataDir).filePath(QStringLiteral("broker")), true);
    QString problem;
    if (!broker.start(&problem)) {
        err << QCoreApplication::translate("Demo", "pulsedesk-cli: the local broker did not start: %1").arg(problem)
            << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("Demo", "Setting up the demo ward in %1 ...").arg(dataDir) << Qt::endl;
    if (auto prepared = DemoWard::prepare(dataDir, broker.port()); !prepared) {
        err << "pulsedesk-cli: " << prepared.errorMessage() << Qt::endl;
        return 1;
    }

    MqttSettings settings;
    settings.port = broker.port();
    QList<DeviceSimulator::Device> devices;
    for (const DemoWard::Bed& bed : DemoWard::beds())
        devices.append({bed.deviceId, bed.ageYears});
    devices += DemoWard::faultySpares();
    SimulateOptions options;
    options.devices = int(devices.size());
    options.seed = quint32(QDateTime::currentSecsSinceEpoch());
    // Livelier than a real ward, so that a newcomer sees alarms within a few minutes.
    DeviceSimulator::Options behaviour;
    behaviour.episodeChancePerMinute = 0.15;
    // All vitals, so that the device-fleet health has offsets to find among the faulty spares.
    behaviour.allVitals = true;
    SimulatedWard ward(settings, devices, options, behaviour);
    if (!ward.connectToBroker(&problem)) {
        err << "pulsedesk-cli: " << problem << Qt::endl;
        return 1;
    }
    ward.start(QDateTime::currentMSecsSinceEpoch());

    out << Qt::endl
        << QCoreApplication::translate("Demo", "PulseDesk demo: a local broker on port %1 and %2 simulated devices.")
               .arg(broker.port())
               .arg(devices.size())
        << Qt::endl
        << QCoreApplication::translate("Demo", "Demo accounts (for this demo folder only):") << Qt::endl;
    for (const DemoWard::Account& account : DemoWard::accounts())
        out << QStringLiteral("  %1  %2  %3  (%4)")
                   .arg(account.role, -7)
                   .arg(account.username, -10)
                   .arg(account.password, -17)
                   .arg(account.name)
            << Qt::endl;
    out << QCoreApplication::translate("Demo", "Stop the demo by closing the workstation (or with Ctrl+C).") << Qt::endl
        << Qt::endl;

    std::signal(SIGINT, rememberSignal);
    std::signal(SIGTERM, rememberSignal);
    QProcess gui;
    // Headless, the demo itself ingests and analyses, as pulsedesk-cli monitor would.
    Workspace workspace(dataDir);
    Monitoring monitoring(workspace);
    if (!withGui) {
        const DemoWard::Account& admin = DemoWard::accounts().front();
        if (auto session = workspace.login(admin.username, admin.password); !session) {
            err << "pulsedesk-cli: " << session.errorMessage() << Qt::endl;
            return 1;
        }
        monitoring.start(workspace.settings().mqtt(), workspace.settings().analysis());
        QObject::connect(
            &monitoring.analysis(), &AnalysisService::alarmEvent, &monitoring, [&out](const AlarmEvent& e) {
                if (e.action == AlarmAction::Raised)
                    out << QCoreApplication::translate("Demo", "alarm %1: %2 %3, patient #%4")
                               .arg(e.alarm.id)
                               .arg(priorityKey(e.alarm.priority),
                                    e.alarm.category ? categoryKey(*e.alarm.category) : conditionKey(e.alarm.condition))
                               .arg(e.alarm.patientId)
                        << Qt::endl;
            });
    } else {
        gui.setProcessChannelMode(QProcess::ForwardedChannels);
        QObject::connect(&gui, &QProcess::finished, &gui, [] { QCoreApplication::quit(); });
        QObject::connect(&gui, &QProcess::errorOccurred, &gui, [&err, &gui](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) {
                err << "pulsedesk-cli: " << gui.errorString() << Qt::endl;
                QCoreApplication::exit(1);
            }
        });
        gui.start(QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pulsedesk")),
                  {QStringLiteral("--data"), dataDir});
    }
    QTimer signalCheck;
    QObject::connect(&signalCheck, &QTimer::timeout, &signalCheck, [&gui] {
        if (g_signal == 0)
            return;
        if (gui.state() != QProcess::NotRunning) {
            gui.terminate();
            if (!gui.waitForFinished(10'000))
                gui.kill();
        }
        QCoreApplication::quit();
    });
    signalCheck.start(100);
    const int status = QCoreApplication::exec();
    ward.stop();
    monitoring.stop();
    broker.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    out << QCoreApplication::translate("Demo", "Demo stopped: %1 messages published. The data stays in %2.")
               .arg(ward.published())
               .arg(dataDir)
        << Qt::endl;
    return status;
}

} // namespace pulsedesk::cli
