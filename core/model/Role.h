#pragma once

#include <QString>

#include <optional>

namespace pulsedesk {

/// A member of staff's role; it decides what they may do (see Permissions).
enum class Role
{
    Admin,
    Doctor,
    Nurse,
};

/// Stable identifier stored in the database and used on the command line: "admin", "doctor", "nurse".
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString& key);
/// Translated name for display.
QString roleDisplayName(Role role);

} // namespace pulsedesk
