#pragma once

#include "common/Result.h"
#include "ingest/DeviceSimulator.h"

namespace pulsedesk {

class Workspace;
struct Session;

/// A simulated fleet stored without a broker: for the device-fleet health's tests and benchmark.
namespace SimulatedFleet {

/// Registers the devices as one manufacturer's model (as `session`, who may register devices) and stores `seconds`
/// of what the simulator makes, ending at `endMs`, parsed and written as live ingest would. The number of samples
/// stored.
Result<qint64> store(Workspace& workspace, const Session& session, const QList<DeviceSimulator::Device>& devices,
                     const QString& manufacturer, const QString& model, qint64 endMs, int seconds, quint32 seed,
                     DeviceSimulator::Options options);

/// `healthy` healthy devices ("<prefix>ok-N", the demo ward's ages in turn) and `faulty` faulty ones
/// (DeviceSimulator::faultyDevices).
QList<DeviceSimulator::Device> labelled(const QString& prefix, int healthy, int faulty);

} // namespace SimulatedFleet

} // namespace pulsedesk
