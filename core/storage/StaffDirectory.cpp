#include "storage/StaffDirectory.h"

#include "security/KeyRing.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "storage/StaffLogins.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

const QString SelectColumns = QStringLiteral(
    "SELECT id, username, display_name, role, ward, active, must_change_password, created_at FROM users ");

StaffMember readMember(const QSqlQuery& q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.username = q.value(1).toString();
    m.displayName = q.value(2).toString();
    m.role = roleFromKey(q.value(3).toString()).value_or(Role::Nurse);
    m.ward = q.value(4).toString();
    m.active = q.value(5).toBool();
    m.mustChangePassword = q.value(6).toBool();
    m.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    return m;
}

Error notFound(const QString& username)
{
    return {Error::Code::NotFound,
            QCoreApplication::translate("StaffDirectory", "There is no member of staff with the user name %1.")
                .arg(username)};
}

} // namespace

StaffDirectory::StaffDirectory(Database& database, AuditLog& audit, StaffLogins& logins, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_logins(logins)
    , m_clock(clock)
{ }

QString StaffDirectory::normalizeUsername(const QString& username)
{
    return username.trimmed().toLower();
}

Status StaffDirectory::checkUsername(const QString& username)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{1,31}$"));
    if (!pattern.match(username).hasMatch())
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("StaffDirectory",
                                        "A user name has 2 to 32 characters: letters, digits, '.', '_' or '-', "
                                        "starting with a letter or digit.")};
    return {};
}

Result<StaffMember> StaffDirectory::find(const QString& username) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, SelectColumns + QStringLiteral("WHERE username = ?"), {normalizeUsername(username)}))
        return Sql::error(q, QCoreApplication::translate("StaffDirectory", "looking up a member of staff"));
    if (!q.next())
        return notFound(normalizeUsername(username));
    return readMember(q);
}

Result<QList<StaffMember>> StaffDirectory::select(const QString& condition, const QString& context) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, SelectColumns + condition))
        return Sql::error(q, context);
    QList<StaffMember> members;
    while (q.next())
        members.append(readMember(q));
    if (q.lastError().isValid())
        return Sql::error(q, context);
    return members;
}

Result<QList<StaffMember>> StaffDirectory::list(const Session& session) const
{
    if (auto allowed = Permissions::require(session, Permission::ManageStaff); !allowed)
        return allowed.error();
    return select(QStringLiteral("ORDER BY active DESC, role, display_name"),
                  QCoreApplication::translate("StaffDirectory", "listing staff"));
}

Result<QList<StaffMember>> StaffDirectory::doctors(const Session& session) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadPatients); !allowed)
        return allowed.error();
    return select(QStringLiteral("WHERE role = 'doctor' AND active = 1 ORDER BY display_name"),
                  QCoreApplication::translate("StaffDirectory", "listing doctors"));
}

Result<int> StaffDirectory::activeAdminCount() const
{
    QSqlDatabase db = m_database.connection();
    const QVariant count =
        Sql::scalar(db, QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
    if (!count.isValid())
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("StaffDirectory", "The staff list could not be read.")};
    return count.toInt();
}

Result<StaffMember> StaffDirectory::insert(const Session* session, const QString& rawUsername,
                                           const QString& displayName, Role role, const QString& password,
                                           bool mustChange)
{
    const QString username = normalizeUsername(rawUsername);
    if (auto valid = checkUsername(username); !valid)
        return valid.error();
    if (displayName.trimmed().isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("StaffDirectory", "Enter the name of the member of staff.")};
    if (auto policy = KeyRing::checkPasswordPolicy(username, password); !policy)
        return policy.error();

    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (!session && Sql::scalar(db, QStringLiteral("SELECT count(*) FROM users")).toInt() > 0)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("StaffDirectory",
                                                  "This workstation already has staff; log in as an administrator.")};

    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO users (username, display_name, role, active, must_change_password, "
                                  "created_at, updated_at) VALUES (?, ?, ?, 1, ?, ?, ?)"),
                   {username, displayName.trimmed(), roleKey(role), mustChange, now, now})) {
        Error failure = Sql::error(q, QCoreApplication::translate("StaffDirectory", "adding a member of staff"));
        if (failure.code == Error::Code::Conflict)
            failure.message =
                QCoreApplication::translate("StaffDirectory", "The user name %1 is already taken.").arg(username);
        return failure;
    }
    const qint64 id = Sql::lastInsertId(db, q);
    const Status audited = session ? m_audit.append(db, *session, QStringLiteral("staff.add"), QStringLiteral("user"),
                                                    username, QStringLiteral("role=%1").arg(roleKey(role)))
                                   : m_audit.append(db, id, username, QStringLiteral("workspace.create"),
                                                    QStringLiteral("user"), username, QStringLiteral("role=admin"));
    if (!audited)
        return audited.error();
    // The login is made before the commit: if it fails, the account is rolled back with it.
    if (auto login = m_logins.create(db, username, role, password); !login)
        return login.error();
    if (auto committed = transaction.commit(); !committed) {
        m_logins.forget(username);
        return committed.error();
    }
    return find(username);
}

Result<StaffMember> StaffDirectory::createFirstAdmin(const QString& username, const QString& displayName,
                                                     const QString& password)
{
    return insert(nullptr, username, displayName, Role::Admin, password, false);
}

Result<StaffMember> StaffDirectory::add(const Session& session, const QString& username, const QString& displayName,
                                        Role role, const QString& oneTimePassword)
{
    if (auto allowed = Permissions::require(session, Permission::ManageStaff); !allowed)
        return allowed.error();
    return insert(&session, username, displayName, role, oneTimePassword, true);
}

Result<StaffMember> StaffDirectory::memberToManage(const Session& session, const QString& rawUsername) const
{
    if (auto allowed = Permissions::require(session, Permission::ManageStaff); !allowed)
        return allowed.error();
    return find(rawUsername);
}

Status StaffDirectory::deactivate(const Session& session, const QString& rawUsername)
{
    auto member = memberToManage(session, rawUsername);
    if (!member)
        return member.error();
    if (!member->active)
        return {};
    if (member->id == session.userId)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("StaffDirectory", "You cannot deactivate your own account.")};
    if (member->role == Role::Admin) {
        auto admins = activeAdminCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate("StaffDirectory",
                                                      "%1 is the last active administrator and cannot be deactivated.")
                              .arg(member->username)};
    }
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE users SET active = 0, updated_at = ? WHERE id = ?"),
                   {m_clock.nowMs(), member->id}))
        return Sql::error(q, QCoreApplication::translate("StaffDirectory", "deactivating a member of staff"));
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("staff.deactivate"), QStringLiteral("user"), member->username);
        !audited)
        return audited;
    if (auto removed = m_logins.disable(db, member->username); !removed)
        return removed;
    return transaction.commit();
}

Status StaffDirectory::reactivate(const Session& session, const QString& rawUsername, const QString& oneTimePassword)
{
    auto member = memberToManage(session, rawUsername);
    if (!member)
        return member.error();
    if (member->active)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("StaffDirectory", "%1 is already active.").arg(member->username)};
    if (auto policy = KeyRing::checkPasswordPolicy(member->username, oneTimePassword); !policy)
        return policy;
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("UPDATE users SET active = 1, must_change_password = 1, updated_at = ? WHERE id = ?"),
                   {m_clock.nowMs(), member->id}))
        return Sql::error(q, QCoreApplication::translate("StaffDirectory", "reactivating a member of staff"));
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("staff.reactivate"), QStringLiteral("user"), member->username);
        !audited)
        return audited;
    if (auto slot = m_logins.setPassword(db, member->username, member->role, oneTimePassword); !slot)
        return slot;
    return transaction.commit();
}

Status StaffDirectory::resetPassword(const Session& session, const QString& rawUsername, const QString& oneTimePassword)
{
    auto member = memberToManage(session, rawUsername);
    if (!member)
        return member.error();
    if (!member->active)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("StaffDirectory",
                                                  "%1 is deactivated; reactivate the account to give it a password.")
                          .arg(member->username)};
    if (auto policy = KeyRing::checkPasswordPolicy(member->username, oneTimePassword); !policy)
        return policy;
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE users SET must_change_password = 1, updated_at = ? WHERE id = ?"),
                   {m_clock.nowMs(), member->id}))
        return Sql::error(q, QCoreApplication::translate("StaffDirectory", "resetting a password"));
    if (auto audited = m_audit.append(db, session, QStringLiteral("staff.reset-password"), QStringLiteral("user"),
                                      member->username);
        !audited)
        return audited;
    if (auto slot = m_logins.setPassword(db, member->username, member->role, oneTimePassword); !slot)
        return slot;
    return transaction.commit();
}

Status StaffDirectory::changeRole(const Session& session, const QString& rawUsername, Role role)
{
    auto member = memberToManage(session, rawUsername);
    if (!member)
        return member.error();
    if (member->role == role)
        return {};
    if (member->role == Role::Admin && member->active) {
        auto admins = activeAdminCount();
        if (!admins)
            return admins.error();
        if (admins.value() <= 1)
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate(
                              "StaffDirectory", "%1 is the last active administrator and cannot be given another role.")
                              .arg(member->username)};
    }
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE users SET role = ?, updated_at = ? WHERE id = ?"),
                   {roleKey(role), m_clock.nowMs(), member->id}))
        return Sql::error(q, QCoreApplication::translate("StaffDirectory", "changing a role"));
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("staff.change-role"), QStringLiteral("user"), member->username,
                           QStringLiteral("from=%1 to=%2").arg(roleKey(member->role), roleKey(role)));
        !audited)
        return audited;
    if (auto login = m_logins.changeRole(db, member->username, member->role, role); !login)
        return login;
    return transaction.commit();
}

Status StaffDirectory::changeOwnPassword(Session& session, const QString& currentPassword, const QString& newPassword)
{
    if (!session.isValid())
        return Error {Error::Code::NotPermitted, QCoreApplication::translate("StaffDirectory", "Log in first.")};
    if (auto verified = m_logins.verifyPassword(session.username, currentPassword); !verified)
        return Error {Error::Code::Authentication,
                      QCoreApplication::translate("StaffDirectory", "The current password is wrong.")};
    if (currentPassword == newPassword)
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("StaffDirectory", "Choose a password different from the current one.")};
    if (auto policy = KeyRing::checkPasswordPolicy(session.username, newPassword); !policy)
        return policy;
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE users SET must_change_password = 0, updated_at = ? WHERE id = ?"),
                   {m_clock.nowMs(), session.userId}))
        return Sql::error(q, QCoreApplication::translate("StaffDirectory", "changing a password"));
    if (auto audited = m_audit.append(db, session, QStringLiteral("staff.change-password"), QStringLiteral("user"),
                                      session.username);
        !audited)
        return audited;
    if (auto slot = m_logins.setPassword(db, session.username, session.role, newPassword); !slot)
        return slot;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    session.mustChangePassword = false;
    return {};
}

} // namespace pulsedesk
