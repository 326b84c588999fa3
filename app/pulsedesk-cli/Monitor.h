#pragma once

#include "settings/MqttSettings.h"

#include <QTextStream>

namespace pulsedesk {
class Workspace;
}

namespace pulsedesk::cli {

/// `pulsedesk-cli monitor`: the workstation's ingest without a window, until SIGINT or SIGTERM. Prints a status
/// line every `statusEverySeconds`, flushes, and returns 0. Kiosks, ward servers, tests and benchmarks run it.
int runMonitor(Workspace& workspace, const MqttSettings& settings, QTextStream& out, int statusEverySeconds);

} // namespace pulsedesk::cli
