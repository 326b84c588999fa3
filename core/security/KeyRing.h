#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"

#include <QString>

namespace pulsedesk {

/// The open workstation's view of the key slot file: it holds the database key while someone is logged in and
/// wraps it for users whose password is set, changed or reset.
class KeyRing
{
public:
    KeyRing(QString slotFilePath, SecureBytes databaseKey);

    Status setPassword(const QString& username, const QString& password);
    Status removeUser(const QString& username);
    /// Checks a password against the user's slot (and that it unwraps this database's key).
    Status verifyPassword(const QString& username, const QString& password) const;

    /// Minimum rules for any password PulseDesk accepts.
    static Status checkPasswordPolicy(const QString& username, const QString& password);

private:
    QString m_path;
    SecureBytes m_databaseKey;
};

} // namespace pulsedesk
