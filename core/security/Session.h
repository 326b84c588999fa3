#pragma once

#include "model/Role.h"

#include <QDateTime>
#include <QString>

namespace pulsedesk {

/// Who is logged in. Every core service call takes the session and checks its role.
struct Session
{
    qint64 userId = 0;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    bool mustChangePassword = false;
    QDateTime loginAt;

    bool isValid() const { return userId > 0; }
};

} // namespace pulsedesk
