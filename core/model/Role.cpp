#include "model/Role.h"

#include <QCoreApplication>

namespace pulsedesk {

QString roleKey(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Doctor:
        return QStringLiteral("doctor");
    case Role::Nurse:
        return QStringLiteral("nurse");
    }
    return {};
}

std::optional<Role> roleFromKey(const QString& key)
{
    for (Role role : {Role::Admin, Role::Doctor, Role::Nurse}) {
        if (roleKey(role) == key.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(Role role)
{
    switch (role) {
    case Role::Admin:
        return QCoreApplication::translate("Role", "Administrator");
    case Role::Doctor:
        return QCoreApplication::translate("Role", "Doctor");
    case Role::Nurse:
        return QCoreApplication::translate("Role", "Nurse");
    }
    return {};
}

} // namespace pulsedesk
