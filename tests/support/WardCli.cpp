#include "WardCli.h"

#include "PostgresServer.h"

namespace pulsedesk::test {

CliRun runCliAs(const QString& connInfo, const QString& user, const QStringList& args, const QByteArray& passwords)
{
    return runCli(QStringList {QStringLiteral("--server"), connInfo, QStringLiteral("--user"), user,
                               QStringLiteral("--password-stdin")}
                      + args,
                  passwords);
}

CliRun initWard(const PostgresServer& server, const QString& database, const QString& admin, const QByteArray& password)
{
    return runCli({QStringLiteral("--server"), server.connInfo(database), QStringLiteral("--password-stdin"),
                   QStringLiteral("server"), QStringLiteral("init"), QStringLiteral("--admin"), admin},
                  password);
}

QString startWard(PostgresServer& server, const QString& admin, const QByteArray& password, QString* error)
{
    if (qEnvironmentVariableIsEmpty("PULSEDESK_CLI")) {
        *error = QStringLiteral("PULSEDESK_CLI must point at pulsedesk-cli");
        return {};
    }
    if (!server.start(error))
        return {};
    const QString database = server.createDatabase(error);
    if (database.isEmpty())
        return {};
    const CliRun created = initWard(server, database, admin, password);
    if (created.exitCode != 0) {
        *error = QString::fromUtf8(created.err);
        return {};
    }
    return database;
}

} // namespace pulsedesk::test
