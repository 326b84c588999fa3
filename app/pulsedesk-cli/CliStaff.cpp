// pulsedesk-cli user: the staff's accounts, and a user's own password.
#include "Commands.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QJsonObject toJson(const StaffMember& m)
{
    return {{QStringLiteral("username"), m.username},
            {QStringLiteral("name"), m.displayName},
            {QStringLiteral("role"), roleKey(m.role)},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("mustChangePassword"), m.mustChangePassword},
            {QStringLiteral("created"), iso(m.createdAt)}};
}

/// The usage problem when the user name every sub-command but list, add and passwd acts on is missing.
QString missingUsername(Invocation& cli)
{
    return QCoreApplication::translate("Cli", "user %1 needs a user name").arg(cli.action());
}

} // namespace

Prepared userList(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli](const Login& login) {
        return cli.list(
            cli.workspace().staff().list(login.session), [](const StaffMember& m) { return toJson(m); },
            [](const StaffMember& m) {
                return QStringLiteral("%1  %2  %3  %4\n")
                    .arg(shown(m.username), -20)
                    .arg(roleKey(m.role), -7)
                    .arg(m.active ? QCoreApplication::translate("Cli", "active")
                                  : QCoreApplication::translate("Cli", "inactive"),
                         -9)
                    .arg(shown(m.displayName));
            });
    };
}

Prepared userAdd(Invocation& cli)
{
    const QString username = cli.takeArgument();
    const QString roleText = cli.takeOption(QStringLiteral("role"));
    const QString name = cli.takeOption(QStringLiteral("name"), username);
    const auto role = roleFromKey(roleText);
    if (username.isEmpty() || !role || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "user add needs NAME and --role admin|doctor|nurse"));
    return [&cli, username, name, role = *role](const Login& login) {
        const QString password = cli.terminal().readNewPassword(
            QCoreApplication::translate("Cli", "One-time password for %1: ").arg(username));
        auto member = cli.workspace().staff().add(login.session, username, name, role, password);
        if (!member)
            return cli.fail(member.error());
        return cli.done(
            toJson(member.value()),
            QCoreApplication::translate("Cli", "Added %1 (%2); the one-time password must be changed at first login.")
                .arg(member->username, roleKey(member->role)));
    };
}

Prepared userPasswd(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    // The table lets this one command log in with a one-time password, and hands on the password typed there as
    // the current one.
    return [&cli](const Login& login) {
        const QString next = cli.terminal().readNewPassword(QCoreApplication::translate("Cli", "New password: "));
        if (auto changed = cli.workspace().staff().changeOwnPassword(login.session, login.password, next); !changed)
            return cli.fail(changed.error());
        return cli.done(QJsonObject {{QStringLiteral("changed"), true}},
                        QCoreApplication::translate("Cli", "Password changed."));
    };
}

Prepared userAccount(Invocation& cli)
{
    const auto username = cli.takeOnlySubject(missingUsername(cli));
    if (!username)
        return Usage;
    return [&cli, username = *username](const Login& login) {
        StaffDirectory& staff = cli.workspace().staff();
        if (cli.action() == QLatin1String("deactivate"))
            return cli.changed(staff.deactivate(login.session, username), QStringLiteral("username"), username,
                               QCoreApplication::translate("Cli", "Deactivated %1.").arg(username));
        const QString password = cli.terminal().readNewPassword(
            QCoreApplication::translate("Cli", "One-time password for %1: ").arg(username));
        const Status result = cli.action() == QLatin1String("reactivate")
            ? staff.reactivate(login.session, username, password)
            : staff.resetPassword(login.session, username, password);
        return cli.changed(
            result, QStringLiteral("username"), username,
            QCoreApplication::translate("Cli", "%1 has a new one-time password, to be changed at next login.")
                .arg(username));
    };
}

Prepared userRole(Invocation& cli)
{
    const auto username = cli.takeSubject(missingUsername(cli));
    if (!username)
        return Usage;
    const auto role = roleFromKey(cli.takeArgument());
    if (!role || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "user role needs NAME and admin|doctor|nurse"));
    return [&cli, username = *username, role = *role](const Login& login) {
        return cli.changed(cli.workspace().staff().changeRole(login.session, username, role),
                           QStringLiteral("username"), username,
                           QCoreApplication::translate("Cli", "%1 is now %2.").arg(username, roleKey(role)));
    };
}

Prepared userOther(Invocation& cli)
{
    if (!cli.takeSubject(missingUsername(cli)))
        return Usage;
    return cli.usage(QCoreApplication::translate("Cli", "unknown user command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
