// pulsedesk-cli commands of the hospital interfaces: their settings, doctors' hospital identifiers, the outbox.
#include "Commands.h"
#include "interfaces/DoctorIdentifiers.h"
#include "interfaces/InterfaceSettings.h"
#include "interfaces/Outbox.h"
#include "security/Permissions.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

Prepared userHl7Id(Invocation& cli)
{
    const auto username = cli.takeSubject(QCoreApplication::translate("Cli", "user hl7-id needs a user name"));
    if (!username)
        return Usage;
    const QString identifier = cli.takeArgument();
    const bool clear = cli.takeFlag(QStringLiteral("clear"));
    if ((identifier.isEmpty() == !clear) || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "user hl7-id NAME IDENTIFIER | user hl7-id NAME --clear"));
    return [&cli, username = *username, identifier](const Login& login) {
        DoctorIdentifiers ids(cli.workspace().database(), cli.workspace().audit());
        return cli.changed(ids.set(login.session, username, identifier), QStringLiteral("username"), username,
                           identifier.isEmpty()
                               ? QCoreApplication::translate("Cli", "%1 has no hospital identifier now.").arg(username)
                               : QCoreApplication::translate("Cli", "%1 is %2 in the hospital's systems.")
                                     .arg(username, shown(identifier)));
    };
}

Prepared interfacesShow(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli](const Login& login) {
        if (auto allowed = Permissions::require(login.session, Permission::ManageSettings); !allowed)
            return cli.fail(allowed.error());
        const InterfaceSettings settings(cli.workspace().database(), cli.workspace().audit());
        const InterfaceConfig c = settings.read();
        const QList<std::pair<InterfaceSettings::Key, QString>> rows = {
            {InterfaceSettings::Key::AdtListen, c.adtListen},
            {InterfaceSettings::Key::Certificate, c.certificateFile},
            {InterfaceSettings::Key::Key, c.keyFile},
            {InterfaceSettings::Key::AllowedPeers, c.allowedPeers},
            {InterfaceSettings::Key::ResultsTo, c.resultsTo},
            {InterfaceSettings::Key::AlarmsTo, c.alarmsTo},
            {InterfaceSettings::Key::ResultsSummary, settings.resultsSummary()},
            {InterfaceSettings::Key::AlarmsTopic, settings.alarmsTopic()}};
        QJsonObject json;
        QString text;
        for (const auto& [key, value] : rows) {
            json.insert(InterfaceSettings::keyName(key), value);
            text += QStringLiteral("%1  %2\n").arg(InterfaceSettings::keyName(key), -28).arg(shown(value));
        }
        return cli.done(json, text);
    };
}

Prepared interfacesSet(Invocation& cli)
{
    const QString name = cli.takeArgument();
    const QString value = cli.takeArgument();
    const auto key = InterfaceSettings::keyFromName(name);
    if (!key || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate(
            "Cli",
            "interfaces set adt.listen|adt.certificate|adt.key|adt.allowedPeers|results.to|alarms.to VALUE\n"
            "       interfaces set results.summary windows|minute-median\n"
            "       interfaces set alarms.topic MQTT-TOPIC  (\"\" turns the alarm topic off)"));
    return [&cli, key = *key, value](const Login& login) {
        InterfaceSettings settings(cli.workspace().database(), cli.workspace().audit());
        return cli.changed(settings.set(login.session, key, value), QStringLiteral("key"),
                           InterfaceSettings::keyName(key),
                           QCoreApplication::translate("Cli", "%1 set.").arg(InterfaceSettings::keyName(key)));
    };
}

Prepared outboxList(Invocation& cli)
{
    const bool all = cli.takeFlag(QStringLiteral("all"));
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, all](const Login& login) {
        Workspace& w = cli.workspace();
        Outbox outbox(w.database(), w.audit(), w.clock());
        // The patient's internal id only: the reason is the destination's text, shown escaped.
        return cli.list(
            outbox.list(login.session, all),
            [](const OutboxEntry& e) {
                return QJsonObject {
                    {QStringLiteral("id"), e.id},
                    {QStringLiteral("destination"), e.destination},
                    {QStringLiteral("kind"), e.kind},
                    {QStringLiteral("patientId"), e.patientId},
                    {QStringLiteral("controlId"), e.controlId},
                    {QStringLiteral("state"), e.state},
                    {QStringLiteral("attempts"), e.attempts},
                    {QStringLiteral("created"), iso(QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC))},
                    {QStringLiteral("error"), e.error}};
            },
            [](const OutboxEntry& e) {
                return QStringLiteral("%1  %2  %3  %4  patient #%5  %6  %7\n")
                    .arg(e.id, 6)
                    .arg(localTime(QDateTime::fromMSecsSinceEpoch(e.createdAt, Qt::UTC)), e.destination, e.kind)
                    .arg(e.patientId)
                    .arg(e.state, shown(e.error));
            });
    };
}

Prepared outboxRetry(Invocation& cli)
{
    QList<qint64> ids;
    for (QString id = cli.takeArgument(); !id.isEmpty(); id = cli.takeArgument())
        ids.append(id.toLongLong());
    if (!cli.finishArguments() || ids.contains(0))
        return cli.usage(QCoreApplication::translate("Cli", "outbox retry [ID ...]"));
    return [&cli, ids](const Login& login) {
        Workspace& w = cli.workspace();
        auto retried = Outbox(w.database(), w.audit(), w.clock()).retry(login.session, ids);
        if (!retried)
            return cli.fail(retried.error());
        return cli.done(QJsonObject {{QStringLiteral("retried"), retried.value()}},
                        QCoreApplication::translate("Cli", "%1 message(s) will be sent again.").arg(retried.value()));
    };
}

Prepared outboxOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "outbox list [--all] | retry [ID ...]"));
}

Prepared interfacesOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "interfaces show | set KEY VALUE"));
}

} // namespace pulsedesk::cli::commands
