// pulsedesk-cli patient: admission, the ward list, one patient, discharge and the responsible doctor.
#include "Commands.h"
#include "storage/PatientRegistry.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

QJsonObject toJson(const Patient& p)
{
    return {{QStringLiteral("mrn"), p.mrn},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("birthDate"), p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("sex"), sexKey(p.sex)},
            {QStringLiteral("ward"), p.ward},
            {QStringLiteral("bed"), p.bed},
            {QStringLiteral("admitted"), iso(p.admittedAt)},
            {QStringLiteral("discharged"), iso(p.dischargedAt)}};
}

/// The usage problem when the MRN every sub-command but add and list acts on is missing.
QString missingMrn(Invocation& cli)
{
    return QCoreApplication::translate("Cli", "patient %1 needs an MRN").arg(cli.action());
}

} // namespace

Prepared patientAdd(Invocation& cli)
{
    PatientInput input;
    input.mrn = cli.takeOption(QStringLiteral("mrn"));
    input.name = cli.takeOption(QStringLiteral("name"));
    const QString birth = cli.takeOption(QStringLiteral("birth-date"));
    const auto sex = sexFromKey(cli.takeOption(QStringLiteral("sex")));
    input.ward = cli.takeOption(QStringLiteral("ward"));
    input.bed = cli.takeOption(QStringLiteral("bed"));
    input.birthDate = QDate::fromString(birth, Qt::ISODate);
    if (input.mrn.isEmpty() || input.name.isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "patient add needs --mrn and --name"));
    if (!sex)
        return cli.usage(QCoreApplication::translate("Cli", "--sex is female, male or unknown"));
    if (!birth.isEmpty() && !input.birthDate.isValid())
        return cli.usage(QCoreApplication::translate("Cli", "--birth-date is YYYY-MM-DD"));
    input.sex = *sex;
    return [&cli, input](const Login& login) {
        auto patient = cli.workspace().patients().admit(login.session, input);
        if (!patient)
            return cli.fail(patient.error());
        return cli.done(toJson(patient.value()),
                        QCoreApplication::translate("Cli", "Admitted %1 (%2).").arg(patient->mrn, patient->bed));
    };
}

Prepared patientList(Invocation& cli)
{
    const bool all = cli.takeFlag(QStringLiteral("all"));
    const bool mine = cli.takeFlag(QStringLiteral("mine"));
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, all, mine](const Login& login) {
        return cli.list(
            cli.workspace().patients().list(login.session, all, mine), [](const Patient& p) { return toJson(p); },
            [](const Patient& p) {
                return QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(shown(p.mrn), -12)
                    .arg(shown(p.ward + QLatin1Char('/') + p.bed), -12)
                    .arg(p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QStringLiteral("-"), -10)
                    .arg(sexKey(p.sex), -7)
                    .arg(p.isAdmitted() ? shown(p.name)
                                        : shown(p.name) + QCoreApplication::translate("Cli", " (discharged)"));
            });
    };
}

Prepared patientShow(Invocation& cli)
{
    const auto mrn = cli.takeOnlySubject(missingMrn(cli));
    if (!mrn)
        return Usage;
    return [&cli, mrn = *mrn](const Login& login) {
        auto patient = cli.workspace().patients().open(login.session, mrn);
        if (!patient)
            return cli.fail(patient.error());
        const Patient& p = patient.value();
        return cli.done(
            toJson(p),
            QCoreApplication::translate("Cli", "%1  %2\nborn %3, %4\nward %5, bed %6\nadmitted %7%8")
                .arg(shown(p.mrn), shown(p.name),
                     p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate)
                                           : QCoreApplication::translate("Cli", "unknown"),
                     sexDisplayName(p.sex), shown(p.ward), shown(p.bed), localTime(p.admittedAt),
                     p.isAdmitted()
                         ? QString()
                         : QCoreApplication::translate("Cli", ", discharged %1").arg(localTime(p.dischargedAt))));
    };
}

Prepared patientDischarge(Invocation& cli)
{
    const auto mrn = cli.takeOnlySubject(missingMrn(cli));
    if (!mrn)
        return Usage;
    return [&cli, mrn = *mrn](const Login& login) {
        return cli.changed(cli.workspace().patients().discharge(login.session, mrn), QStringLiteral("mrn"), mrn,
                           QCoreApplication::translate("Cli", "Discharged %1.").arg(mrn));
    };
}

Prepared patientAssignDoctor(Invocation& cli)
{
    const auto mrn = cli.takeSubject(missingMrn(cli));
    if (!mrn)
        return Usage;
    const QString doctor = cli.takeArgument();
    if (doctor.isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "patient assign-doctor needs MRN and DOCTOR"));
    return [&cli, mrn = *mrn, doctor](const Login& login) {
        return cli.changed(cli.workspace().patients().assignDoctor(login.session, mrn, doctor), QStringLiteral("mrn"),
                           mrn, QCoreApplication::translate("Cli", "%1 is now responsible for %2.").arg(doctor, mrn));
    };
}

Prepared patientOther(Invocation& cli)
{
    if (!cli.takeSubject(missingMrn(cli)))
        return Usage;
    return cli.usage(QCoreApplication::translate("Cli", "unknown patient command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
