#include "security/ProcessHardening.h"

#include <QtGlobal>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace pulsedesk {

namespace ProcessHardening {

void apply()
{
#ifdef Q_OS_UNIX
    struct rlimit noCore = {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

} // namespace ProcessHardening

} // namespace pulsedesk
