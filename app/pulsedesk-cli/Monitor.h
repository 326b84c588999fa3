#pragma once

#include "settings/MqttSettings.h"

#include <QTextStream>

namespace pulsedesk {
class InterfaceService;
class Workspace;
} // namespace pulsedesk

namespace pulsedesk::cli {

/// `pulsedesk-cli monitor`: the workstation's ingest without a window, until SIGINT or SIGTERM. Prints a status
/// line every `statusEverySeconds`, flushes, and returns 0. Kiosks, ward servers, tests and benchmarks run it.
/// The hospital interfaces, when started, run beside it and add their counts to the status line.
int runMonitor(Workspace& workspace, const MqttSettings& settings, QTextStream& out, int statusEverySeconds,
               InterfaceService* interfaces = nullptr);

} // namespace pulsedesk::cli
