#pragma once

#include "ingest/DeviceSimulator.h"
#include "ingest/MqttClient.h"
#include "settings/MqttSettings.h"

#include <QObject>
#include <QTextStream>
#include <QTimer>

#include <memory>

namespace pulsedesk::cli {

struct SimulateOptions
{
    int devices = 12;
    int faulty = 0; ///< faulty devices besides (DeviceSimulator::faultyDevices); then every device sends all vitals
    QString prefix = QStringLiteral("sim-");
    int durationSeconds = 0; ///< 0: until SIGINT/SIGTERM
    double speed = 1; ///< device seconds per wall-clock second; above 1 the stream starts in the past
    quint32 seed = 1;
    QString topic = QStringLiteral("IoTSimulator/bpm");
    QString batchTopic = QStringLiteral("IoTSimulator/batch");
};

/// A ward of simulated devices publishing to a broker, one device second per tick.
class SimulatedWard : public QObject
{
    Q_OBJECT

public:
    SimulatedWard(const MqttSettings& broker, const QList<DeviceSimulator::Device>& devices,
                  const SimulateOptions& options, DeviceSimulator::Options behaviour = {});
    ~SimulatedWard() override;

    /// Connects (waiting up to 15 s); false with the reason in `error`.
    bool connectToBroker(QString* error);
    /// Publishes from device time `startMs` on, one second per 1/speed wall-clock second.
    void start(qint64 startMs);
    void stop();

    int seconds() const { return m_seconds; }
    qint64 published() const { return m_published; }
    qint64 generated() const { return m_simulator.samplesGenerated(); }

signals:
    void ticked(int seconds);

private:
    void tick();

    SimulateOptions m_options;
    DeviceSimulator m_simulator;
    std::unique_ptr<MqttClient> m_client;
    QTimer m_timer;
    qint64 m_deviceTime = 0;
    qint64 m_published = 0;
    int m_seconds = 0;
};

/// `pulsedesk-cli simulate`: publishes realistic heart-rate streams for a ward of devices (DeviceSimulator).
int runSimulator(const MqttSettings& broker, const SimulateOptions& options, QTextStream& out, QTextStream& err);

} // namespace pulsedesk::cli
