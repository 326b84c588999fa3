// pulsedesk-cli pews: the paediatric early-warning chart that scores patients under 16 (administrators choose it).
#include "Commands.h"
#include "common/DisplayText.h"
#include "scores/Pews.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QString pewsUsage()
{
    return QCoreApplication::translate("Cli", "pews show | set FILE | none");
}

QJsonValue chartJson(const std::optional<Pews>& chart)
{
    if (!chart)
        return QJsonValue();
    QJsonArray bands;
    for (const Pews::AgeBand& band : chart->ageBands())
        bands.append(QJsonObject {{QStringLiteral("fromMonths"), band.fromMonths},
                                  {QStringLiteral("label"), band.label},
                                  {QStringLiteral("parameters"), QJsonArray::fromStringList(band.table.keys())}});
    return QJsonObject {{QStringLiteral("name"), chart->name()},
                        {QStringLiteral("source"), chart->source()},
                        {QStringLiteral("ageBands"), bands}};
}

QString chartText(const std::optional<Pews>& chart)
{
    if (!chart)
        return QCoreApplication::translate("Cli",
                                           "No paediatric early-warning chart is selected: patients under 16 "
                                           "get no score.\n");
    QString text = QCoreApplication::translate("Cli", "Paediatric early-warning chart: %1\nSource: %2\n")
                       .arg(DisplayText::escaped(chart->name()), DisplayText::escaped(chart->source()));
    for (const Pews::AgeBand& band : chart->ageBands())
        text += QCoreApplication::translate("Cli", "  from %1 months: %2 (%3)\n")
                    .arg(band.fromMonths)
                    .arg(DisplayText::escaped(band.label), band.table.keys().join(QStringLiteral(", ")));
    return text;
}

} // namespace

Prepared pews(Invocation& cli)
{
    const QString action = cli.takeArgument();
    QString file;
    if (action == QLatin1String("set"))
        file = cli.takeArgument();
    if ((action != QLatin1String("show") && action != QLatin1String("none") && action != QLatin1String("set"))
        || (action == QLatin1String("set") && file.isEmpty()) || !cli.finishArguments())
        return cli.usage(pewsUsage());
    return [&cli, action, file](const Login& login) {
        Workspace& workspace = cli.workspace();
        if (action != QLatin1String("show")) {
            QByteArray json;
            if (!file.isEmpty()) {
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly))
                    return cli.fail(Error {Error::Code::NotFound,
                                           QCoreApplication::translate("Cli", "Cannot read %1: %2")
                                               .arg(DisplayText::escaped(file), in.errorString())});
                json = in.read(1024 * 1024);
            }
            if (auto selected = Pews::select(workspace.settings(), login.session, json); !selected)
                return cli.fail(selected.error());
        }
        QSqlDatabase db = workspace.database().connection();
        const auto chart = Pews::selected(db);
        if (!chart)
            return cli.fail(chart.error());
        return cli.done(QJsonObject {{QStringLiteral("chart"), chartJson(chart.value())}}, chartText(chart.value()));
    };
}

} // namespace pulsedesk::cli::commands
