#pragma once

#include "model/Role.h"

#include <QDateTime>
#include <QString>

namespace pulsedesk {

struct StaffMember
{
    qint64 id = 0;
    QString username;
    QString displayName;
    Role role = Role::Nurse;
    QString ward;
    bool active = true;
    bool mustChangePassword = false;
    QDateTime createdAt;
};

} // namespace pulsedesk
