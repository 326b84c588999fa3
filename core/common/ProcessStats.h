#pragma once

#include <QtGlobal>

namespace pulsedesk::ProcessStats {

/// Peak resident memory of this process in KiB (VmHWM on Linux); 0 where the system does not say.
qint64 peakResidentKib();

} // namespace pulsedesk::ProcessStats
