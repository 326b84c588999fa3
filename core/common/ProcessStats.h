#pragma once

#include <QtGlobal>

namespace pulsedesk::ProcessStats {

/// Peak resident memory of this process in KiB (VmHWM on Linux); 0 where the system does not say.
qint64 peakResidentKib();

/// Starts the peak over from the memory resident now (Linux: /proc/self/clear_refs), so that one phase of a run
/// can be measured on its own; false where the system cannot.
bool resetPeakResident();

} // namespace pulsedesk::ProcessStats
