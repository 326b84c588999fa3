#include "security/KeyRing.h"

#include "security/KeySlotFile.h"

#include <QCoreApplication>

namespace pulsedesk {

KeyRing::KeyRing(QString slotFilePath, SecureBytes databaseKey)
    : m_path(std::move(slotFilePath))
    , m_databaseKey(std::move(databaseKey))
{ }

Status KeyRing::checkPasswordPolicy(const QString& username, const QString& password)
{
    constexpr int MinLength = 8;
    if (password.size() < MinLength)
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("KeyRing", "The password must have at least %1 characters.").arg(MinLength)};
    if (password.compare(username, Qt::CaseInsensitive) == 0)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("KeyRing", "The password must not be the user name.")};
    return {};
}

Status KeyRing::setPassword(const QString& username, const QString& password)
{
    if (auto policy = checkPasswordPolicy(username, password); !policy)
        return policy;
    auto file = KeySlotFile::load(m_path);
    if (!file)
        return file.error();
    if (auto set = file.value().setSlot(username, password, m_databaseKey); !set)
        return set;
    return file.value().save(m_path);
}

Status KeyRing::removeUser(const QString& username)
{
    auto file = KeySlotFile::load(m_path);
    if (!file)
        return file.error();
    if (!file.value().removeSlot(username))
        return {};
    return file.value().save(m_path);
}

Status KeyRing::verifyPassword(const QString& username, const QString& password) const
{
    auto file = KeySlotFile::load(m_path);
    if (!file)
        return file.error();
    auto key = file.value().unlock(username, password);
    if (!key)
        return key.error();
    if (!(key.value() == m_databaseKey))
        return Error {Error::Code::Crypto,
                      QCoreApplication::translate("KeyRing", "The key slot does not belong to this database.")};
    return {};
}

} // namespace pulsedesk
