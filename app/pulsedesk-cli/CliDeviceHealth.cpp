// pulsedesk-cli devices health: the devices whose readings depart from their fleet, for the biomedical engineers.
#include "Commands.h"
#include "scores/FleetHealthReader.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QJsonObject toJson(const FleetHealth::Flag& f)
{
    QJsonObject o {{QStringLiteral("fault"), FleetHealth::faultKey(f.fault)},
                   {QStringLiteral("value"), f.value},
                   {QStringLiteral("fleetMedian"), f.fleetMedian},
                   {QStringLiteral("fleetSpread"), f.fleetSpread},
                   {QStringLiteral("limit"), f.limit},
                   {QStringLiteral("text"), FleetHealth::describe(f)}};
    if (f.fault != FleetHealth::Fault::Dropouts)
        o.insert(QStringLiteral("vital"), FleetHealth::vitalKey(f.vital));
    return o;
}

QJsonObject toJson(const FleetHealth::DeviceHealth& d)
{
    QJsonArray flags;
    for (const FleetHealth::Flag& f : d.flags)
        flags.append(toJson(f));
    return {{QStringLiteral("deviceId"), d.summary.deviceId},
            {QStringLiteral("worn"), d.summary.worn},
            {QStringLiteral("readings"), d.summary.samples},
            {QStringLiteral("missing"), d.summary.missing},
            {QStringLiteral("flags"), flags}};
}

QJsonObject toJson(const FleetHealth::Fleet& fleet)
{
    QJsonArray flagged;
    for (const FleetHealth::DeviceHealth& d : fleet.devices)
        if (!d.flags.isEmpty())
            flagged.append(toJson(d));
    return {{QStringLiteral("manufacturer"), fleet.manufacturer},
            {QStringLiteral("model"), fleet.model},
            {QStringLiteral("devices"), int(fleet.devices.size())},
            {QStringLiteral("judged"), fleet.judged},
            {QStringLiteral("flagged"), flagged}};
}

QString fleetName(const FleetHealth::Fleet& fleet)
{
    const QString name = (fleet.manufacturer + QLatin1Char(' ') + fleet.model).trimmed();
    return name.isEmpty() ? QCoreApplication::translate("Cli", "(no manufacturer or model)") : shown(name);
}

QString toText(const FleetHealthReader::Report& report, int hours)
{
    int devices = 0;
    int flagged = 0;
    for (const FleetHealth::Fleet& fleet : report.fleets) {
        devices += int(fleet.devices.size());
        flagged += fleet.flagged();
    }
    QString text =
        QCoreApplication::translate("Cli", "Device-fleet health, last %n hour(s) (%1 – %2): ", nullptr, hours)
            .arg(localTime(report.from), localTime(report.to))
        + QCoreApplication::translate("Cli", "%1 devices with readings in %2 fleets, %3 flagged.\n")
              .arg(devices)
              .arg(report.fleets.size())
              .arg(flagged);
    for (const FleetHealth::Fleet& fleet : report.fleets) {
        text += QCoreApplication::translate("Cli", "%1 (%2 devices): ").arg(fleetName(fleet)).arg(fleet.devices.size());
        if (!fleet.judged) {
            text += QCoreApplication::translate("Cli", "too few devices to judge (at least 3)\n");
            continue;
        }
        text += fleet.flagged() == 0 ? QCoreApplication::translate("Cli", "no device flagged\n")
                                     : QCoreApplication::translate("Cli", "%1 flagged\n").arg(fleet.flagged());
        for (const FleetHealth::DeviceHealth& d : fleet.devices) {
            if (d.flags.isEmpty())
                continue;
            text += QStringLiteral("  %1%2\n")
                        .arg(shown(d.summary.deviceId),
                             d.summary.worn ? QCoreApplication::translate("Cli", "  (on a patient)") : QString());
            for (const FleetHealth::Flag& f : d.flags)
                text += QStringLiteral("    %1: %2\n").arg(FleetHealth::faultText(f.fault), FleetHealth::describe(f));
        }
    }
    return text;
}

} // namespace

Prepared devicesHealth(Invocation& cli)
{
    bool valid = true;
    const int hours = cli.takeOption(QStringLiteral("hours"), QStringLiteral("24")).toInt(&valid);
    if (!valid || hours <= 0 || !cli.finishArguments())
        return cli.usage(
            QCoreApplication::translate("Cli", "devices health [--hours N]: N is a whole number of hours"));
    return [&cli, hours](const Login& login) {
        Workspace& workspace = cli.workspace();
        const FleetHealthReader reader(workspace.database(), workspace.audit(), workspace.clock());
        auto report = reader.read(login.session, hours);
        if (!report)
            return cli.fail(report.error());
        QJsonArray fleets;
        for (const FleetHealth::Fleet& fleet : report->fleets)
            fleets.append(toJson(fleet));
        return cli.done(QJsonObject {{QStringLiteral("from"), iso(report->from)},
                                     {QStringLiteral("to"), iso(report->to)},
                                     {QStringLiteral("hours"), hours},
                                     {QStringLiteral("readings"), report->readings},
                                     {QStringLiteral("fleets"), fleets}},
                        toText(report.value(), hours));
    };
}

Prepared devicesOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "unknown devices command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
