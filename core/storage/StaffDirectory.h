#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/StaffMember.h"

#include <QList>

namespace pulsedesk {

class AuditLog;
class Database;
class StaffLogins;
struct Session;

/// Staff accounts: the admin's staff management, each user's own password change, and the rule that the last
/// active admin can never be deactivated or demoted. Accounts live in the database; passwords only as logins
/// (StaffLogins: key slots of a data folder, or LOGIN roles of a ward server).
class StaffDirectory
{
public:
    StaffDirectory(Database& database, AuditLog& audit, StaffLogins& logins, const Clock& clock);

    /// Creates the first admin of a new workstation (no session yet); fails once any user exists.
    Result<StaffMember> createFirstAdmin(const QString& username, const QString& displayName, const QString& password);

    Result<QList<StaffMember>> list(const Session& session) const;
    /// Active doctors, for choosing a patient's responsible doctors.
    Result<QList<StaffMember>> doctors(const Session& session) const;
    /// A user by name (nullopt-like NotFound error). Internal lookups pass no session.
    Result<StaffMember> find(const QString& username) const;

    /// Adds a member of staff with a one-time password that must be changed at first login.
    Result<StaffMember> add(const Session& session, const QString& username, const QString& displayName, Role role,
                            const QString& oneTimePassword);
    Status deactivate(const Session& session, const QString& username);
    /// Reactivates with a new one-time password (a deactivated account has no key slot left).
    Status reactivate(const Session& session, const QString& username, const QString& oneTimePassword);
    Status resetPassword(const Session& session, const QString& username, const QString& oneTimePassword);
    Status changeRole(const Session& session, const QString& username, Role role);
    /// The logged-in user changes their own password; clears the one-time flag.
    Status changeOwnPassword(Session& session, const QString& currentPassword, const QString& newPassword);

    static QString normalizeUsername(const QString& username);
    static Status checkUsername(const QString& username);

private:
    Result<StaffMember> insert(const Session* session, const QString& username, const QString& displayName, Role role,
                               const QString& password, bool mustChange);
    Result<int> activeAdminCount() const;
    /// The member `rawUsername` names, for a session that may manage staff (checked first).
    Result<StaffMember> memberToManage(const Session& session, const QString& rawUsername) const;
    Result<QList<StaffMember>> select(const QString& condition, const QString& context) const;

    Database& m_database;
    AuditLog& m_audit;
    StaffLogins& m_logins;
    const Clock& m_clock;
};

} // namespace pulsedesk
