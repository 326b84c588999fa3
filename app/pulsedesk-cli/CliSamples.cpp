// pulsedesk-cli samples: the retention of raw samples and, on a ward server, their month partitions.
#include "Commands.h"
#include "monitoring/SampleRetention.h"
#include "security/Permissions.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SamplePartitions.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <functional>

namespace pulsedesk::cli::commands {

namespace {

constexpr auto RetentionKey = "storage.sampleRetentionMonths";

QString retentionText(int months)
{
    return months == 0 ? QCoreApplication::translate("Cli", "kept for ever")
                       : QCoreApplication::translate("Cli", "kept for %1 months before the current one").arg(months);
}

/// A sub-command without arguments for administrators: `body` runs once the user is logged in and allowed.
Prepared forAdministrators(Invocation& cli, std::function<int(Workspace&)> body)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, body = std::move(body)](const Login& login) {
        if (auto allowed = Permissions::require(login.session, Permission::ManageSettings); !allowed)
            return cli.fail(allowed.error());
        return body(cli.workspace());
    };
}

} // namespace

Prepared samplesShow(Invocation& cli)
{
    return forAdministrators(cli, [&cli](Workspace& w) {
        const int months = w.settings().value(Settings::Key::SampleRetentionMonths).toInt();
        QSqlDatabase db = w.database().connection();
        auto parts = SamplePartitions::partitions(db);
        if (!parts)
            return cli.fail(parts.error());
        QString text = QStringLiteral("%1  %2\n").arg(QLatin1String(RetentionKey), -32).arg(retentionText(months));
        if (!parts->isEmpty())
            text += QStringLiteral("%1  %2\n")
                        .arg(QCoreApplication::translate("Cli", "partitions"), -32)
                        .arg(parts->join(QLatin1Char(' ')));
        return cli.done(QJsonObject {{QLatin1String(RetentionKey), months},
                                     {QStringLiteral("partitions"), QJsonArray::fromStringList(parts.value())}},
                        text);
    });
}

Prepared samplesSet(Invocation& cli)
{
    const QString name = cli.takeArgument();
    bool number = false;
    const int months = cli.takeArgument().toInt(&number);
    if (name != QLatin1String(RetentionKey) || !number || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "samples set storage.sampleRetentionMonths MONTHS"));
    return [&cli, months](const Login& login) {
        return cli.changed(
            cli.workspace().settings().setValue(login.session, Settings::Key::SampleRetentionMonths, months),
            QStringLiteral("key"), QLatin1String(RetentionKey),
            QCoreApplication::translate("Cli", "Raw samples are %1.").arg(retentionText(months)));
    };
}

Prepared samplesPrune(Invocation& cli)
{
    return forAdministrators(cli, [&cli](Workspace& w) {
        auto applied = SampleRetention::apply(w, w.clock().nowMs());
        if (!applied)
            return cli.fail(applied.error());
        QJsonArray parts;
        QString text;
        for (const SamplePartitions::Dropped& d : std::as_const(applied->dropped)) {
            parts.append(QJsonObject {{QStringLiteral("part"), d.part}, {QStringLiteral("samples"), d.samples}});
            text += QCoreApplication::translate("Cli", "%1: %2 samples removed\n").arg(d.part).arg(d.samples);
        }
        if (applied->months == 0)
            text = QCoreApplication::translate("Cli", "Raw samples are kept for ever: nothing removed.\n");
        else if (parts.isEmpty())
            text = QCoreApplication::translate("Cli", "No samples before %1: nothing removed.\n")
                       .arg(QDateTime::fromMSecsSinceEpoch(applied->cutoffMs, Qt::UTC).date().toString(Qt::ISODate));
        return cli.done(
            QJsonObject {
                {QStringLiteral("months"), applied->months},
                {QStringLiteral("before"),
                 applied->months == 0
                     ? QJsonValue()
                     : QJsonValue(QDateTime::fromMSecsSinceEpoch(applied->cutoffMs, Qt::UTC).toString(Qt::ISODate))},
                {QStringLiteral("removed"), parts}},
            text);
    });
}

Prepared samplesOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "samples show | set KEY VALUE | prune"));
}

} // namespace pulsedesk::cli::commands
