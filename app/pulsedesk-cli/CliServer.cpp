// pulsedesk-cli server: the ward on a PostgreSQL server.
#include "Commands.h"
#include "storage/Migrations.h"
#include "storage/StaffDirectory.h"
#include "workspace/ServerMigration.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

/// The first line of a password file; an error says why there is none.
Result<QString> readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("Cli", "The password file %1 cannot be read: %2")
                          .arg(shown(path), file.errorString())};
    QString line = QString::fromUtf8(file.readLine(4096));
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    if (line.isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("Cli", "The password file %1 is empty.").arg(shown(path))};
    return line;
}

} // namespace

Prepared serverInit(Invocation& cli)
{
    const QString admin = cli.takeOption(QStringLiteral("admin"));
    const QString name = cli.takeOption(QStringLiteral("name"), admin);
    const QString passwordFile = cli.takeOption(QStringLiteral("password-file"));
    if (admin.isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "server init needs --admin NAME"));
    if (!cli.workspace().isServer())
        return cli.usage(QCoreApplication::translate("Cli", "server init needs --server CONNINFO"));
    QString password;
    if (!passwordFile.isEmpty()) {
        auto read = readPasswordFile(passwordFile);
        if (!read)
            return cli.fail(read.error());
        password = read.value();
    } else {
        password = cli.terminal().readNewPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(admin));
    }
    if (password.isEmpty())
        return cli.fail({Error::Code::Invalid, QCoreApplication::translate("Cli", "No password was given.")});
    if (auto created = cli.workspace().initialize(admin, name, password); !created)
        return cli.fail(created.error());
    const QString username = StaffDirectory::normalizeUsername(admin);
    return cli.done(QJsonObject {{QStringLiteral("admin"), username}},
                    QCoreApplication::translate("Cli",
                                                "Created the PulseDesk ward with the administrator %1, who logs in "
                                                "with --server and --user %1.")
                        .arg(username));
}

Prepared migrateToServer(Invocation& cli)
{
    const QString target = cli.takeOption(QStringLiteral("server"));
    if (target.trimmed().isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "migrate-to-server needs --server CONNINFO"));
    if (cli.workspace().isServer())
        return cli.usage(QCoreApplication::translate("Cli", "migrate-to-server copies a data folder: give --data"));
    return [&cli, target](const Login& login) {
        auto migrated = ServerMigration::run(cli.workspace(), login.session, login.password, target);
        if (!migrated)
            return cli.fail(migrated.error());
        const ServerMigration::Report& report = migrated.value();
        QJsonArray tables;
        qint64 rows = 0;
        for (const ServerMigration::TableCount& t : report.tables) {
            tables.append(QJsonObject {{QStringLiteral("table"), t.table}, {QStringLiteral("rows"), t.rows}});
            rows += t.rows;
        }
        QString text = QCoreApplication::translate("Cli",
                                                   "Copied %1 tables (%2 rows) to the ward server; the audit chain "
                                                   "(%3 entries) verifies there. %4 logs in with --server and --user "
                                                   "%4; this workstation's data folder is unchanged.")
                           .arg(report.tables.size())
                           .arg(rows)
                           .arg(report.auditEntries)
                           .arg(login.session.username);
        if (!report.resetPasswords.isEmpty())
            text += QLatin1Char('\n')
                + QCoreApplication::translate("Cli",
                                              "Their server logins open once you reset their passwords "
                                              "(user reset-password NAME): %1")
                      .arg(report.resetPasswords.join(QStringLiteral(", ")));
        return cli.done(
            QJsonObject {{QStringLiteral("tables"), tables},
                         {QStringLiteral("auditEntries"), report.auditEntries},
                         {QStringLiteral("resetPasswords"), QJsonArray::fromStringList(report.resetPasswords)}},
            text);
    };
}

Prepared serverUpgrade(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    if (!cli.workspace().isServer())
        return cli.usage(QCoreApplication::translate("Cli", "server upgrade needs --server CONNINFO"));
    auto upgraded = cli.workspace().upgradeServer();
    if (!upgraded)
        return cli.fail(upgraded.error());
    const int from = upgraded.value();
    const int to = Migrations::latestVersion();
    return cli.done(QJsonObject {{QStringLiteral("fromVersion"), from}, {QStringLiteral("toVersion"), to}},
                    from == to ? QCoreApplication::translate("Cli",
                                                             "The ward's schema was already at version %1; the "
                                                             "privileges of its roles are set again.")
                                     .arg(to)
                               : QCoreApplication::translate("Cli",
                                                             "The ward's schema is upgraded from version %1 to %2, "
                                                             "and the privileges of its roles are set again.")
                                     .arg(from)
                                     .arg(to));
}

Prepared serverOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "unknown server command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
