// pulsedesk-cli commands about the analysis: results, findings, alarms and per-patient limits.
#include "Commands.h"
#include "alarms/AlarmStore.h"
#include "analysis/FindingStore.h"
#include "analysis/PatientLimitsStore.h"
#include "analysis/ResultStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pulsedesk::cli::commands {

namespace {

QString isoMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QString localMs(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                  : QStringLiteral("-");
}

QJsonValue number(double v, int decimals = 1)
{
    if (std::isnan(v))
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

QString numberText(double v)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 1);
}

QString recipients(const QList<qint64>& ids)
{
    QStringList list;
    for (const qint64 id : ids)
        list.append(QString::number(id));
    return list.join(QLatin1Char(','));
}

QJsonObject toJson(const AlarmView& v)
{
    const Alarm& a = v.alarm;
    QJsonArray addressed;
    for (const qint64 id : v.addressedTo)
        addressed.append(id);
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("mrn"), v.mrn},
            {QStringLiteral("bed"), v.bed},
            {QStringLiteral("ward"), v.ward},
            {QStringLiteral("device"), v.deviceId},
            {QStringLiteral("condition"), conditionKey(a.condition)},
            {QStringLiteral("priority"), priorityKey(a.priority)},
            {QStringLiteral("category"), a.category ? categoryKey(*a.category) : QString()},
            {QStringLiteral("state"), alarmStateKey(a.state)},
            {QStringLiteral("conditionActive"), a.conditionActive},
            {QStringLiteral("conditionSince"), isoMs(a.conditionSinceMs)},
            {QStringLiteral("raised"), isoMs(a.raisedAtMs)},
            {QStringLiteral("ended"), isoMs(a.endedAtMs)},
            {QStringLiteral("escalated"), isoMs(a.escalatedAtMs)},
            {QStringLiteral("acknowledged"), isoMs(a.acknowledgedAtMs)},
            {QStringLiteral("acknowledgedBy"), v.acknowledgedByName},
            {QStringLiteral("comment"), a.comment},
            {QStringLiteral("audioPausedUntil"), isoMs(a.audioPausedUntilMs)},
            {QStringLiteral("heartRate"), number(a.lastValue)},
            {QStringLiteral("detail"), a.detail},
            {QStringLiteral("addressedTo"), addressed}};
}

/// The usage problem when the MRN every limits sub-command acts on is missing.
QString missingMrn()
{
    return QCoreApplication::translate("Cli", "limits show|set|clear needs an MRN");
}

} // namespace

Prepared results(Invocation& cli)
{
    const QString mrn = cli.takeOption(QStringLiteral("patient"));
    const QString fromText = cli.takeOption(QStringLiteral("from"));
    const QString toText = cli.takeOption(QStringLiteral("to"));
    const int limit = cli.takeOption(QStringLiteral("limit"), QStringLiteral("360")).toInt();
    const QDateTime from = QDateTime::fromString(fromText, Qt::ISODate);
    const QDateTime to = QDateTime::fromString(toText, Qt::ISODate);
    if (!cli.finishArguments() || mrn.isEmpty() || limit <= 0 || (!fromText.isEmpty() && !from.isValid())
        || (!toText.isEmpty() && !to.isValid()))
        return cli.usage(
            QCoreApplication::translate("Cli", "results needs --patient MRN; --from and --to are ISO 8601"));
    return [&cli, mrn, from, to, limit](const Login& login) {
        return cli.list(
            cli.workspace().results().results(login.session, mrn, from, to, limit),
            [](const WindowResult& r) {
                return QJsonObject {{QStringLiteral("windowStart"), isoMs(r.windowStartMs)},
                                    {QStringLiteral("windowSeconds"), r.windowMs / 1000.0},
                                    {QStringLiteral("samples"), r.sampleCount},
                                    {QStringLiteral("coverage"), number(r.coverage, 2)},
                                    {QStringLiteral("hrMean"), number(r.hrMean)},
                                    {QStringLiteral("hrMin"), number(r.hrMin)},
                                    {QStringLiteral("hrMax"), number(r.hrMax)},
                                    {QStringLiteral("hrSd"), number(r.hrSd, 2)},
                                    {QStringLiteral("spo2Mean"), number(r.spo2Mean)},
                                    {QStringLiteral("temperatureMean"), number(r.temperatureMean)},
                                    {QStringLiteral("systolicMean"), number(r.systolicMean)},
                                    {QStringLiteral("diastolicMean"), number(r.diastolicMean)},
                                    {QStringLiteral("category"), categoryKey(r.classification.category)},
                                    {QStringLiteral("lowConfidence"), r.lowConfidence},
                                    {QStringLiteral("basis"), basisKey(r.classification.basis)},
                                    {QStringLiteral("band"), r.classification.band},
                                    {QStringLiteral("anomaly"), number(r.anomaly, 2)}};
            },
            [](const WindowResult& r) {
                return QStringLiteral("%1  %2 bpm (%3-%4)  %5%6  %7%8\n")
                    .arg(localMs(r.windowStartMs), numberText(r.hrMean), numberText(r.hrMin), numberText(r.hrMax),
                         categoryDisplayName(r.classification.category),
                         r.lowConfidence ? QCoreApplication::translate("Cli", " (low confidence)") : QString(),
                         r.classification.basis == ClassificationBasis::AdultAssumed
                             ? QCoreApplication::translate("Cli", "adult bands assumed: birth date unknown")
                             : bandDisplayName(r.classification.band),
                         // Only once the patient has enough recent windows on the device.
                         std::isnan(r.anomaly)
                             ? QString()
                             : QCoreApplication::translate("Cli", "  anomaly %1").arg(r.anomaly, 0, 'f', 2));
            });
    };
}

Prepared findings(Invocation& cli)
{
    const QString mrn = cli.takeOption(QStringLiteral("patient"));
    const bool all = cli.takeFlag(QStringLiteral("all"));
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, mrn, all](const Login& login) {
        return cli.list(
            cli.workspace().findings().findings(login.session, mrn, !all),
            [](const Finding& f) {
                return QJsonObject {{QStringLiteral("mrn"), f.mrn},
                                    {QStringLiteral("device"), f.deviceId},
                                    {QStringLiteral("windowStart"), isoMs(f.windowStartMs)},
                                    {QStringLiteral("category"), categoryKey(f.category)},
                                    {QStringLiteral("found"), isoMs(f.foundAtMs)}};
            },
            [](const Finding& f) {
                return QStringLiteral("%1  %2  %3  %4\n")
                    .arg(localMs(f.windowStartMs), shown(f.mrn), shown(f.deviceId), categoryDisplayName(f.category));
            });
    };
}

Prepared alarmsList(Invocation& cli)
{
    const bool all = cli.takeFlag(QStringLiteral("all"));
    const bool mine = cli.takeFlag(QStringLiteral("mine"));
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, all, mine](const Login& login) {
        return cli.list(
            cli.workspace().alarms().alarms(login.session, !all, mine), [](const AlarmView& v) { return toJson(v); },
            [](const AlarmView& v) {
                const Alarm& a = v.alarm;
                return QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                    .arg(a.id, 5)
                    .arg(priorityDisplayName(a.priority), -6)
                    .arg(a.category ? categoryDisplayName(*a.category) : conditionDisplayName(a.condition), -21)
                    .arg(v.mrn.isEmpty() ? QStringLiteral("-") : shown(v.mrn + QLatin1Char('/') + v.bed),
                         alarmStateKey(a.state), localMs(a.raisedAtMs),
                         a.isEscalated() ? QCoreApplication::translate("Cli", "escalated") : QString(),
                         QCoreApplication::translate("Cli", "to %1").arg(recipients(v.addressedTo)));
            });
    };
}

Prepared alarmsAnswer(Invocation& cli)
{
    bool idOk = false;
    const qint64 id = cli.takeArgument().toLongLong(&idOk);
    const QString comment = cli.takeOption(QStringLiteral("comment"));
    const int seconds = cli.takeOption(QStringLiteral("seconds"), QStringLiteral("120")).toInt();
    if (!cli.finishArguments() || !idOk)
        return cli.usage(QCoreApplication::translate("Cli", "alarms %1 needs an alarm id").arg(cli.action()));
    return [&cli, id, comment, seconds](const Login& login) {
        const bool ack = cli.action() == QLatin1String("ack");
        AlarmStore& store = cli.workspace().alarms();
        const Status status =
            ack ? store.acknowledge(login.session, id, comment) : store.pauseAudio(login.session, id, seconds);
        if (!status)
            return cli.fail(status.error());
        auto view = store.alarm(login.session, id);
        if (!view)
            return cli.fail(view.error());
        return cli.done(
            toJson(view.value()),
            ack ? QCoreApplication::translate("Cli", "Alarm %1 acknowledged.").arg(id)
                : QCoreApplication::translate("Cli", "Alarm %1: audio paused for %2 s.").arg(id).arg(seconds));
    };
}

Prepared alarmsOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli",
                                                 "alarms list [--all] [--mine] | ack ID [--comment TEXT] | "
                                                 "pause ID [--seconds N]"));
}

Prepared limitsShow(Invocation& cli)
{
    const auto mrn = cli.takeOnlySubject(missingMrn());
    if (!mrn)
        return Usage;
    return [&cli, mrn = *mrn](const Login& login) {
        auto limits = cli.workspace().limits().limits(login.session, mrn);
        if (!limits)
            return cli.fail(limits.error());
        if (!limits->has_value())
            return cli.done(QJsonObject {{QStringLiteral("mrn"), mrn}, {QStringLiteral("limits"), QJsonValue::Null}},
                            QCoreApplication::translate("Cli", "%1 uses the reference table for their age.").arg(mrn));
        const PatientLimitsRecord& r = **limits;
        return cli.done(
            QJsonObject {{QStringLiteral("mrn"), mrn},
                         {QStringLiteral("severeBradycardiaAtOrBelow"), r.limits.severeBradycardiaAtOrBelow},
                         {QStringLiteral("bradycardiaBelow"), r.limits.bradycardiaBelow},
                         {QStringLiteral("tachycardiaAbove"), r.limits.tachycardiaAbove},
                         {QStringLiteral("severeTachycardiaAtOrAbove"), r.limits.severeTachycardiaAtOrAbove},
                         {QStringLiteral("reason"), r.reason},
                         {QStringLiteral("set"), r.setAt.toString(Qt::ISODate)}},
            QCoreApplication::translate("Cli",
                                        "%1: severe at or below %2, bradycardia below %3, tachycardia "
                                        "above %4, severe at or above %5 (%6)")
                .arg(mrn)
                .arg(r.limits.severeBradycardiaAtOrBelow)
                .arg(r.limits.bradycardiaBelow)
                .arg(r.limits.tachycardiaAbove)
                .arg(r.limits.severeTachycardiaAtOrAbove)
                .arg(shown(r.reason)));
    };
}

Prepared limitsSet(Invocation& cli)
{
    const auto mrn = cli.takeSubject(missingMrn());
    if (!mrn)
        return Usage;
    const QString reason = cli.takeOption(QStringLiteral("reason"));
    bool ok[4] = {};
    const HeartRateLimits limits {cli.takeOption(QStringLiteral("severe-low")).toDouble(&ok[0]),
                                  cli.takeOption(QStringLiteral("low")).toDouble(&ok[1]),
                                  cli.takeOption(QStringLiteral("high")).toDouble(&ok[2]),
                                  cli.takeOption(QStringLiteral("severe-high")).toDouble(&ok[3])};
    if (!cli.finishArguments() || !(ok[0] && ok[1] && ok[2] && ok[3]))
        return cli.usage(QCoreApplication::translate(
            "Cli", "limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT"));
    return [&cli, mrn = *mrn, limits, reason](const Login& login) {
        if (auto set = cli.workspace().limits().setLimits(login.session, mrn, limits, reason); !set)
            return cli.fail(set.error());
        return cli.done(QJsonObject {{QStringLiteral("mrn"), mrn}, {QStringLiteral("set"), true}},
                        QCoreApplication::translate("Cli", "Limits set for %1.").arg(mrn));
    };
}

Prepared limitsClear(Invocation& cli)
{
    const auto mrn = cli.takeSubject(missingMrn());
    if (!mrn)
        return Usage;
    const QString reason = cli.takeOption(QStringLiteral("reason"));
    if (!cli.finishArguments())
        return cli.usage();
    return [&cli, mrn = *mrn, reason](const Login& login) {
        if (auto cleared = cli.workspace().limits().clearLimits(login.session, mrn, reason); !cleared)
            return cli.fail(cleared.error());
        return cli.done(QJsonObject {{QStringLiteral("mrn"), mrn}, {QStringLiteral("cleared"), true}},
                        QCoreApplication::translate("Cli", "%1 uses the reference table again.").arg(mrn));
    };
}

Prepared limitsOther(Invocation& cli)
{
    if (!cli.takeSubject(missingMrn()))
        return Usage;
    return cli.usage(QCoreApplication::translate("Cli", "unknown limits command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
