#include "storage/StaffLogins.h"

#include "security/KeyRing.h"

namespace pulsedesk {

Status KeySlotLogins::create(QSqlDatabase&, const QString& username, Role, const QString& password)
{
    return m_keyRing.setPassword(username, password);
}

Status KeySlotLogins::setPassword(QSqlDatabase&, const QString& username, Role, const QString& password)
{
    return m_keyRing.setPassword(username, password);
}

Status KeySlotLogins::disable(QSqlDatabase&, const QString& username)
{
    // Without a key slot the account cannot decrypt the database at all, whatever the table says.
    return m_keyRing.removeUser(username);
}

Status KeySlotLogins::verifyPassword(const QString& username, const QString& password) const
{
    return m_keyRing.verifyPassword(username, password);
}

void KeySlotLogins::forget(const QString& username)
{
    (void)m_keyRing.removeUser(username);
}

} // namespace pulsedesk
