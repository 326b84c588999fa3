#pragma once

#include "common/BackgroundRunner.h"
#include "security/Permissions.h"
#include "security/Session.h"

namespace pulsedesk {
class Workspace;
}

namespace pulsedesk::ui {

/// What every screen needs: the workspace (only ever touched from the runner's thread), the runner, and the
/// logged-in session. The UI asks Permissions only to decide what to show; core checks again on every call.
struct UiContext
{
    Workspace* workspace = nullptr;
    BackgroundRunner* runner = nullptr;
    Session session;

    bool may(Permission permission) const { return session.isValid() && Permissions::allows(session.role, permission); }
};

} // namespace pulsedesk::ui
