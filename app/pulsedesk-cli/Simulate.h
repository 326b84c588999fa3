#pragma once

#include "ingest/MqttSettings.h"

#include <QTextStream>

namespace pulsedesk::cli {

struct SimulateOptions
{
    int devices = 12;
    QString prefix = QStringLiteral("sim-");
    int durationSeconds = 0; ///< 0: until SIGINT/SIGTERM
    double speed = 1; ///< device seconds per wall-clock second; above 1 the stream starts in the past
    quint32 seed = 1;
    QString topic = QStringLiteral("IoTSimulator/bpm");
    QString batchTopic = QStringLiteral("IoTSimulator/batch");
};

/// `pulsedesk-cli simulate`: publishes realistic heart-rate streams for a ward of devices (DeviceSimulator).
int runSimulator(const MqttSettings& broker, const SimulateOptions& options, QTextStream& out, QTextStream& err);

} // namespace pulsedesk::cli
