// pulsedesk-cli record: a patient's clinical notes, written once and amended, never edited.
#include "Commands.h"
#include "storage/ClinicalRecordStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QJsonObject toJson(const ClinicalRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("author"), r.authorName},
            {QStringLiteral("written"), iso(r.writtenAt)},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("amends"), r.amendsId > 0 ? QJsonValue(r.amendsId) : QJsonValue()},
            {QStringLiteral("amendedBy"), r.amendedById > 0 ? QJsonValue(r.amendedById) : QJsonValue()}};
}

/// The usage problem when the MRN (list, add) or the record id (amend) is missing.
QString missingTarget(Invocation& cli)
{
    return QCoreApplication::translate("Cli", "record %1 needs an MRN or record id").arg(cli.action());
}

} // namespace

Prepared recordList(Invocation& cli)
{
    const auto mrn = cli.takeOnlySubject(missingTarget(cli));
    if (!mrn)
        return Usage;
    return [&cli, mrn = *mrn](const Login& login) {
        return cli.list(
            cli.workspace().records().list(login.session, mrn), [](const ClinicalRecord& r) { return toJson(r); },
            [](const ClinicalRecord& r) {
                QString header = QStringLiteral("#%1 %2 %3").arg(r.id).arg(localTime(r.writtenAt), shown(r.authorName));
                if (r.amendsId > 0)
                    header += QCoreApplication::translate("Cli", " (amends #%1)").arg(r.amendsId);
                if (r.amendedById > 0)
                    header += QCoreApplication::translate("Cli", " (amended by #%1)").arg(r.amendedById);
                return header + QLatin1Char('\n') + shownLines(r.text) + QStringLiteral("\n\n");
            });
    };
}

Prepared recordWrite(Invocation& cli)
{
    const auto target = cli.takeSubject(missingTarget(cli));
    if (!target)
        return Usage;
    const QString text = cli.takeOption(QStringLiteral("text"));
    if (text.isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate(
                             "Cli", "record %1 needs --text TEXT (or --text - to read it from standard input)")
                             .arg(cli.action()));
    return [&cli, target = *target, text](const Login& login) {
        // "-": the note comes from standard input, after the password.
        const QString note = text == QLatin1String("-") ? cli.terminal().readAllStdin() : text;
        bool validId = true;
        auto record = cli.action() == QLatin1String("add")
            ? cli.workspace().records().add(login.session, target, note)
            : cli.workspace().records().amend(login.session, target.toLongLong(&validId), note);
        if (!validId)
            return cli.usage(QCoreApplication::translate("Cli", "record amend needs a numeric record id"));
        if (!record)
            return cli.fail(record.error());
        return cli.done(toJson(record.value()), QCoreApplication::translate("Cli", "Saved note #%1.").arg(record->id));
    };
}

Prepared recordOther(Invocation& cli)
{
    if (!cli.takeSubject(missingTarget(cli)))
        return Usage;
    return cli.usage(QCoreApplication::translate("Cli", "unknown record command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
