// pulsedesk-cli device: the registered devices and which patient each is assigned to.
#include "Commands.h"
#include "storage/DeviceRegistry.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QJsonObject toJson(const Device& d)
{
    QJsonObject o {{QStringLiteral("deviceId"), d.deviceId},
                   {QStringLiteral("manufacturer"), d.manufacturer},
                   {QStringLiteral("model"), d.model},
                   {QStringLiteral("registered"), iso(d.registeredAt)},
                   {QStringLiteral("inUse"), d.assignedPatientId != 0}};
    if (d.assignedPatientId > 0) {
        o.insert(QStringLiteral("patientMrn"), d.assignedPatientMrn);
        o.insert(QStringLiteral("bed"), d.assignedBed);
    }
    return o;
}

QJsonObject toJson(const DeviceAssignment& a)
{
    return {{QStringLiteral("deviceId"), a.deviceId},
            {QStringLiteral("patientMrn"), a.patientMrn},
            {QStringLiteral("from"), iso(a.from)},
            {QStringLiteral("to"), iso(a.to)}};
}

/// The usage problem when the device id every sub-command but list acts on is missing.
QString missingDeviceId(Invocation& cli)
{
    return QCoreApplication::translate("Cli", "device %1 needs a device id").arg(cli.action());
}

} // namespace

Prepared deviceList(Invocation& cli)
{
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli](const Login& login) {
        return cli.list(
            cli.workspace().devices().list(login.session), [](const Device& d) { return toJson(d); },
            [](const Device& d) {
                const QString use = d.assignedPatientId > 0
                    ? shown(d.assignedPatientMrn + QLatin1Char(' ') + d.assignedBed)
                    : d.assignedPatientId < 0 ? QCoreApplication::translate("Cli", "in use")
                                              : QCoreApplication::translate("Cli", "free");
                return QStringLiteral("%1  %2  %3\n")
                    .arg(shown(d.deviceId), -24)
                    .arg(shown(d.manufacturer + QLatin1Char(' ') + d.model), -30)
                    .arg(use);
            });
    };
}

Prepared deviceAdd(Invocation& cli)
{
    const auto deviceId = cli.takeSubject(missingDeviceId(cli));
    if (!deviceId)
        return Usage;
    const QString manufacturer = cli.takeOption(QStringLiteral("manufacturer"));
    const QString model = cli.takeOption(QStringLiteral("model"));
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, deviceId = *deviceId, manufacturer, model](const Login& login) {
        auto device = cli.workspace().devices().add(login.session, deviceId, manufacturer, model);
        if (!device)
            return cli.fail(device.error());
        return cli.done(toJson(device.value()),
                        QCoreApplication::translate("Cli", "Registered %1.").arg(shown(device->deviceId)));
    };
}

Prepared deviceHistory(Invocation& cli)
{
    const auto deviceId = cli.takeOnlySubject(missingDeviceId(cli));
    if (!deviceId)
        return Usage;
    return [&cli, deviceId = *deviceId](const Login& login) {
        return cli.list(
            cli.workspace().devices().history(login.session, deviceId),
            [](const DeviceAssignment& a) { return toJson(a); },
            [](const DeviceAssignment& a) {
                return QStringLiteral("%1  %2 – %3\n")
                    .arg(shown(a.patientMrn), -12)
                    .arg(localTime(a.from), a.isOpen() ? QCoreApplication::translate("Cli", "now") : localTime(a.to));
            });
    };
}

Prepared deviceAssign(Invocation& cli)
{
    const auto deviceId = cli.takeSubject(missingDeviceId(cli));
    if (!deviceId)
        return Usage;
    const QString mrn = cli.takeArgument();
    const QString fromText = cli.takeOption(QStringLiteral("from"));
    const QDateTime from = parsedTime(fromText);
    if (mrn.isEmpty() || (!fromText.isEmpty() && !from.isValid()) || !cli.finishArguments())
        return cli.usage(
            QCoreApplication::translate("Cli", "device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time"));
    return [&cli, deviceId = *deviceId, mrn, from](const Login& login) {
        return cli.changed(
            cli.workspace().devices().assign(login.session, deviceId, mrn, from), QStringLiteral("deviceId"), deviceId,
            QCoreApplication::translate("Cli", "%1 is assigned to %2.").arg(shown(deviceId), shown(mrn)));
    };
}

Prepared deviceUnassign(Invocation& cli)
{
    const auto deviceId = cli.takeSubject(missingDeviceId(cli));
    if (!deviceId)
        return Usage;
    const QString atText = cli.takeOption(QStringLiteral("at"));
    const QDateTime at = parsedTime(atText);
    if ((!atText.isEmpty() && !at.isValid()) || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "--at is an ISO 8601 time"));
    return [&cli, deviceId = *deviceId, at](const Login& login) {
        return cli.changed(cli.workspace().devices().unassign(login.session, deviceId, at), QStringLiteral("deviceId"),
                           deviceId,
                           QCoreApplication::translate("Cli", "%1 is no longer assigned.").arg(shown(deviceId)));
    };
}

Prepared deviceOther(Invocation& cli)
{
    if (!cli.takeSubject(missingDeviceId(cli)))
        return Usage;
    return cli.usage(QCoreApplication::translate("Cli", "unknown device command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
