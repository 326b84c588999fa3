#pragma once

#include <QTextStream>

namespace pulsedesk::cli {

/// `pulsedesk-cli demo`: a local broker, the demo ward (DemoWard) in `dataDir`, its simulated devices, and the
/// workstation; stopping the workstation (or SIGINT/SIGTERM) stops everything. With `withGui` false it ingests
/// and analyses itself, headless, until a signal (for kiosks, tests and recordings).
int runDemo(const QString& dataDir, bool withGui, QTextStream& out, QTextStream& err);

} // namespace pulsedesk::cli
