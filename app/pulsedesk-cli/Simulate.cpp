#include "Simulate.h"

#include "ingest/DeviceSimulator.h"
#include "ingest/MqttClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace pulsedesk::cli {

namespace {
std::atomic<bool> g_stop {false};
void onSignal(int)
{
    g_stop = true;
}
} // namespace

int runSimulator(const MqttSettings& broker, const SimulateOptions& options, QTextStream& out, QTextStream& err)
{
    // A ward of mixed ages, infants and children included, repeating for larger wards.
    static const double ages[] = {0.1, 0.5, 3, 7, 15, 28, 41, 55, 63, 72, 80, 88};
    QList<DeviceSimulator::Device> devices;
    for (int i = 0; i < options.devices; ++i)
        devices.append({options.prefix + QString::number(i + 1), ages[i % std::size(ages)]});
    DeviceSimulator simulator(devices, options.seed, {});

    MqttSettings settings = broker;
    settings.clientId = QStringLiteral("pulsedesk-simulator-%1").arg(options.seed);
    MqttClient client(settings, nullptr);
    client.start();
    const auto deadline = QDateTime::currentMSecsSinceEpoch() + 15000;
    while (client.status().state != MqttStatus::State::Connected && QDateTime::currentMSecsSinceEpoch() < deadline)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (client.status().state != MqttStatus::State::Connected) {
        err << "pulsedesk-cli: " << client.status().detail << Qt::endl;
        return 1;
    }

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // With speed above 1, device time starts in the past so that it catches up with now at the end.
    const qint64 start = QDateTime::currentMSecsSinceEpoch()
        - (options.durationSeconds > 0 && options.speed > 1
               ? static_cast<qint64>(options.durationSeconds * (1 - 1 / options.speed) * 1000)
               : 0);
    qint64 deviceTime = start - start % 1000;
    qint64 published = 0;
    int seconds = 0;
    QTimer timer;
    QObject::connect(&timer, &QTimer::timeout, &timer, [&] {
        if (g_stop || (options.durationSeconds > 0 && seconds >= options.durationSeconds)) {
            QCoreApplication::quit();
            return;
        }
        const QList<DeviceSimulator::Publication> publications = simulator.tick(deviceTime);
        for (const DeviceSimulator::Publication& p : publications)
            published += client.publish(p.batch ? options.batchTopic : options.topic, p.payload) ? 1 : 0;
        deviceTime += 1000;
        if (++seconds % 10 == 0)
            out << QCoreApplication::translate("Simulate", "%1 s: %2 samples generated, %3 messages published")
                       .arg(seconds)
                       .arg(simulator.samplesGenerated())
                       .arg(published)
                << Qt::endl;
    });
    timer.start(static_cast<int>(1000 / std::max(0.01, options.speed)));
    QCoreApplication::exec();
    client.stop();
    out << QCoreApplication::translate("Simulate", "Done: %1 samples generated, %2 messages published.")
               .arg(simulator.samplesGenerated())
               .arg(published)
        << Qt::endl;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return 0;
}

} // namespace pulsedesk::cli
