// pulsedesk-cli commands about the workstation itself: init, status and the audit log.
#include "Commands.h"
#include "storage/AuditLog.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QString anchorStateKey(AuditLog::AnchorCheck::State state)
{
    switch (state) {
    case AuditLog::AnchorCheck::State::Intact:
        return QStringLiteral("intact");
    case AuditLog::AnchorCheck::State::Created:
        return QStringLiteral("created");
    case AuditLog::AnchorCheck::State::Recreated:
        return QStringLiteral("recreated");
    case AuditLog::AnchorCheck::State::Behind:
        return QStringLiteral("behind");
    case AuditLog::AnchorCheck::State::Diverged:
        return QStringLiteral("diverged");
    case AuditLog::AnchorCheck::State::Invalid:
        return QStringLiteral("invalid");
    case AuditLog::AnchorCheck::State::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

} // namespace

Prepared init(Invocation& cli)
{
    const QString admin = cli.takeOption(QStringLiteral("admin"));
    const QString name = cli.takeOption(QStringLiteral("name"), admin);
    if (admin.isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "init needs --admin NAME"));
    if (cli.workspace().isServer())
        return cli.usage(QCoreApplication::translate("Cli", "a ward server is created with server init"));
    const QString password =
        cli.terminal().readNewPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(admin));
    if (password.isEmpty())
        return cli.fail({Error::Code::Invalid, QCoreApplication::translate("Cli", "No password was given.")});
    Workspace& workspace = cli.workspace();
    if (auto created = workspace.initialize(admin, name, password); !created)
        return cli.fail(created.error());
    return cli.done(
        QJsonObject {{QStringLiteral("dataDir"), workspace.dataDir()},
                     {QStringLiteral("admin"), StaffDirectory::normalizeUsername(admin)}},
        QCoreApplication::translate("Cli", "Created the PulseDesk workstation in %1 with the administrator %2.")
            .arg(workspace.dataDir(), StaffDirectory::normalizeUsername(admin)));
}

Prepared status(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli](const Login& login) {
        auto counts = cli.workspace().counts(login.session);
        if (!counts)
            return cli.fail(counts.error());
        const Workspace::Counts& c = counts.value();
        const AuditLog::AnchorCheck anchor = cli.workspace().anchorCheck();
        const QJsonObject json {
            {QStringLiteral("schemaVersion"), c.schemaVersion},
            {QStringLiteral("staff"), c.staff},
            {QStringLiteral("patients"), c.patients},
            {QStringLiteral("devices"), c.devices},
            {QStringLiteral("samples"), c.samples},
            {QStringLiteral("results"), c.results},
            {QStringLiteral("openAlarms"), c.openAlarms},
            {QStringLiteral("quarantined"), c.quarantined},
            {QStringLiteral("anchor"),
             QJsonObject {{QStringLiteral("state"), anchorStateKey(anchor.state)},
                          {QStringLiteral("anchoredEntries"), anchor.anchoredEntries},
                          {QStringLiteral("storedEntries"), anchor.storedEntries},
                          {QStringLiteral("problem"), anchor.isProblem() ? anchor.message : QString()}}}};
        const QString text = QCoreApplication::translate(
                                 "Cli",
                                 "schema version   %1\nactive staff     %2\npatients         %3\ndevices          %4\n"
                                 "samples          %5\nresults          %6\nopen alarms      %7\nquarantined      %8")
                                 .arg(c.schemaVersion)
                                 .arg(c.staff)
                                 .arg(c.patients)
                                 .arg(c.devices)
                                 .arg(c.samples)
                                 .arg(c.results)
                                 .arg(c.openAlarms)
                                 .arg(c.quarantined);
        // A store behind its anchor has lost committed history: the counts are printed, and status fails.
        if (anchor.isProblem()) {
            cli.done(json, text);
            return cli.fail({Error::Code::Conflict, anchor.message});
        }
        return cli.done(json, text);
    };
}

Prepared auditVerify(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli](const Login& login) {
        auto verification = cli.workspace().audit().verify(login.session);
        if (!verification)
            return cli.fail(verification.error());
        const AuditLog::Verification& v = verification.value();
        const QJsonObject json {{QStringLiteral("intact"), v.intact},
                                {QStringLiteral("entries"), v.entries},
                                {QStringLiteral("firstBadEntry"), v.intact ? QJsonValue() : QJsonValue(v.firstBadId)},
                                {QStringLiteral("problem"), v.problem}};
        if (!v.intact) {
            cli.done(json, {}); // the JSON with --json; the text is the error below
            return cli.fail(
                {Error::Code::Conflict,
                 v.firstBadId > 0
                     ? QCoreApplication::translate("Cli", "The audit log is NOT intact: %1 (first bad entry: %2).")
                           .arg(v.problem)
                           .arg(v.firstBadId)
                     : QCoreApplication::translate("Cli", "The audit log is NOT intact: %1.").arg(v.problem)});
        }
        return cli.done(
            json, QCoreApplication::translate("Cli", "The audit log is intact: %1 entries verified.").arg(v.entries));
    };
}

Prepared auditReanchor(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli](const Login& login) {
        auto accepted = cli.workspace().audit().reanchor(login.session);
        if (!accepted)
            return cli.fail(accepted.error());
        return cli.done(QJsonObject {{QStringLiteral("anchoredEntries"), accepted->anchoredEntries}},
                        accepted->message);
    };
}

Prepared auditList(Invocation& cli)
{
    const int limit = cli.takeOption(QStringLiteral("limit"), QStringLiteral("50")).toInt();
    if (!cli.finishArguments() || limit <= 0)
        return cli.usage();
    return [&cli, limit](const Login& login) {
        return cli.list(
            cli.workspace().audit().list(login.session, limit),
            [](const AuditEntry& e) {
                return QJsonObject {{QStringLiteral("id"), e.id},
                                    {QStringLiteral("at"), iso(e.at)},
                                    {QStringLiteral("user"), e.username},
                                    {QStringLiteral("action"), e.action},
                                    {QStringLiteral("subjectType"), e.subjectType},
                                    {QStringLiteral("subject"), e.subjectId},
                                    {QStringLiteral("details"), e.details}};
            },
            [](const AuditEntry& e) {
                return QStringLiteral("%1  %2  %3  %4  %5:%6  %7\n")
                    .arg(e.id, 6)
                    .arg(localTime(e.at), shown(e.username), shown(e.action), shown(e.subjectType), shown(e.subjectId),
                         shown(e.details));
            });
    };
}

Prepared auditOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "unknown audit command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
