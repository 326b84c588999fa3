#pragma once

#include "common/Result.h"
#include "model/Role.h"

#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

class KeyRing;

/// Where the passwords of the staff live, for StaffDirectory: the key slots of a data folder (KeySlotLogins), or
/// the LOGIN roles of a ward server (ServerLogins). Every change runs while StaffDirectory's transaction on `db` is
/// open, before its commit, so that the account and its login change in one step.
class StaffLogins
{
public:
    virtual ~StaffLogins() = default;

    /// The login of a new account.
    virtual Status create(QSqlDatabase& db, const QString& username, Role role, const QString& password) = 0;
    /// A new password for an existing account (reset, reactivation, a user's own change); `role` is the account's.
    virtual Status setPassword(QSqlDatabase& db, const QString& username, Role role, const QString& password) = 0;
    /// Takes the login away (a deactivated account).
    virtual Status disable(QSqlDatabase& db, const QString& username) = 0;
    virtual Status changeRole(QSqlDatabase& db, const QString& username, Role from, Role to) = 0;
    /// Checks a user's password.
    virtual Status verifyPassword(const QString& username, const QString& password) const = 0;
    /// Undoes create() of an account whose transaction did not commit (for logins kept outside the store).
    virtual void forget(const QString& username) = 0;
};

/// The key slots of a data folder: a password wraps the database key.
class KeySlotLogins final : public StaffLogins
{
public:
    explicit KeySlotLogins(KeyRing& keyRing)
        : m_keyRing(keyRing)
    { }

    Status create(QSqlDatabase& db, const QString& username, Role role, const QString& password) override;
    Status setPassword(QSqlDatabase& db, const QString& username, Role role, const QString& password) override;
    Status disable(QSqlDatabase& db, const QString& username) override;
    Status changeRole(QSqlDatabase&, const QString&, Role, Role) override { return {}; }
    Status verifyPassword(const QString& username, const QString& password) const override;
    void forget(const QString& username) override;

private:
    KeyRing& m_keyRing;
};

} // namespace pulsedesk
