#include "Simulate.h"

#include "demo/DemoWard.h"

#include <QCoreApplication>
#include <QDateTime>

#include <atomic>
#include <csignal>

namespace pulsedesk::cli {

namespace {
std::atomic<bool> g_stop {false};
void stopOnSignal(int)
{
    g_stop = true;
}
} // namespace

SimulatedWard::SimulatedWard(const MqttSettings& broker, const QList<DeviceSimulator::Device>& devices,
                             const SimulateOptions& options, DeviceSimulator::Options behaviour)
    : m_options(options)
    , m_simulator(devices, options.seed, behaviour)
{
    MqttSettings settings = broker;
    settings.clientId = QStringLiteral("pulsedesk-simulator-%1").arg(options.seed);
    m_client = std::make_unique<MqttClient>(settings, nullptr);
    connect(&m_timer, &QTimer::timeout, this, &SimulatedWard::tick);
}

SimulatedWard::~SimulatedWard()
{
    stop();
}

bool SimulatedWard::connectToBroker(QString* error)
{
    m_client->start();
    const auto deadline = QDateTime::currentMSecsSinceEpoch() + 15000;
    while (m_client->status().state != MqttStatus::State::Connected && QDateTime::currentMSecsSinceEpoch() < deadline)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (m_client->status().state == MqttStatus::State::Connected)
        return true;
    if (error)
        *error = m_client->status().detail;
    return false;
}

void SimulatedWard::start(qint64 startMs)
{
    m_deviceTime = startMs - startMs % 1000;
    m_timer.start(static_cast<int>(1000 / std::max(0.01, m_options.speed)));
}

void SimulatedWard::stop()
{
    m_timer.stop();
    m_client->stop();
}

void SimulatedWard::tick()
{
    const QList<DeviceSimulator::Publication> publications = m_simulator.tick(m_deviceTime);
    for (const DeviceSimulator::Publication& p : publications)
        m_published += m_client->publish(p.batch ? m_options.batchTopic : m_options.topic, p.payload) ? 1 : 0;
    m_deviceTime += 1000;
    emit ticked(++m_seconds);
}

int runSimulator(const MqttSettings& broker, const SimulateOptions& options, QTextStream& out, QTextStream& err)
{
    // The demo ward's mix of ages (infants and children included), repeating for larger wards.
    const QList<DemoWard::Bed> beds = DemoWard::beds();
    QList<DeviceSimulator::Device> devices;
    for (int i = 0; i < options.devices; ++i)
        devices.append({options.prefix + QString::number(i + 1), beds[i % beds.size()].ageYears});
    DeviceSimulator::Options behaviour;
    if (options.faulty > 0) {
        // Labelled in their ids, so that the fleet health's flags can be checked against them.
        const QList<DeviceSimulator::Device> faulty = DeviceSimulator::faultyDevices(options.prefix, options.faulty);
        devices += faulty;
        behaviour.allVitals = true;
        QStringList ids;
        for (const DeviceSimulator::Device& d : faulty)
            ids.append(d.deviceId);
        out << QCoreApplication::translate("Simulate", "Faulty devices: %1").arg(ids.join(QStringLiteral(", ")))
            << Qt::endl;
    }
    SimulatedWard ward(broker, devices, options, behaviour);
    QString error;
    if (!ward.connectToBroker(&error)) {
        err << "pulsedesk-cli: " << error << Qt::endl;
        return 1;
    }

    std::signal(SIGINT, stopOnSignal);
    std::signal(SIGTERM, stopOnSignal);
    QObject::connect(&ward, &SimulatedWard::ticked, &ward, [&](int seconds) {
        if (g_stop || (options.durationSeconds > 0 && seconds >= options.durationSeconds)) {
            QCoreApplication::quit();
            return;
        }
        if (seconds % 10 == 0)
            out << QCoreApplication::translate("Simulate", "%1 s: %2 samples generated, %3 messages published")
                       .arg(seconds)
                       .arg(ward.generated())
                       .arg(ward.published())
                << Qt::endl;
    });
    // With speed above 1, device time starts in the past so that it catches up with now at the end.
    const qint64 start = QDateTime::currentMSecsSinceEpoch()
        - (options.durationSeconds > 0 && options.speed > 1
               ? static_cast<qint64>(options.durationSeconds * (1 - 1 / options.speed) * 1000)
               : 0);
    ward.start(start);
    QCoreApplication::exec();
    ward.stop();
    out << QCoreApplication::translate("Simulate", "Done: %1 samples generated, %2 messages published.")
               .arg(ward.generated())
               .arg(ward.published())
        << Qt::endl;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    return 0;
}

} // namespace pulsedesk::cli
