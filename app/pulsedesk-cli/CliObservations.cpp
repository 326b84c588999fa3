// pulsedesk-cli obs: nurse observations and their early-warning score (NEWS2; a child's the selected PEWS chart),
// written once and amended.
#include "Commands.h"
#include "scores/ObservationStore.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pulsedesk::cli::commands {

namespace {

QString obsUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "obs add MRN | amend OBSERVATION_ID --rr N --spo2 N|device [--scale 1|2] --air|--oxygen "
        "--sbp N|device --pulse N|device --acvpu A|C|V|P|U --temp N.N|device");
}

/// A value typed on the command line, or "device": the one the patient's device measured in the last minutes.
struct Typed
{
    double value = 0;
    bool fromDevice = false;
    bool valid = false;
};

Typed typed(const QString& text)
{
    Typed t;
    if (text == QLatin1String("device")) {
        t.fromDevice = true;
        t.valid = true;
        return t;
    }
    t.value = text.toDouble(&t.valid);
    t.valid = t.valid && std::isfinite(t.value);
    return t;
}

QJsonObject subScoresJson(const News2Score& s)
{
    return {{QStringLiteral("respirationRate"), s.respirationRate},
            {QStringLiteral("spo2"), s.spo2},
            {QStringLiteral("oxygen"), s.oxygen},
            {QStringLiteral("systolic"), s.systolic},
            {QStringLiteral("pulse"), s.pulse},
            {QStringLiteral("consciousness"), s.consciousness},
            {QStringLiteral("temperature"), s.temperature}};
}

QJsonObject pewsJson(const PewsScore& s)
{
    QJsonObject subScores;
    for (const auto& [key, score] : s.subScores)
        subScores.insert(key, score);
    return {{QStringLiteral("chart"), s.chart},
            {QStringLiteral("ageBand"), s.ageBand},
            {QStringLiteral("subScores"), subScores},
            {QStringLiteral("total"), s.total}};
}

/// A paediatric score in words: "PEWS 3 (Chart, 1-4 years)".
QString pewsText(const PewsScore& s)
{
    return QCoreApplication::translate("Cli", "PEWS %1 (%2, %3)").arg(s.total).arg(shown(s.chart), shown(s.ageBand));
}

QJsonObject observationJson(const Observation& o)
{
    const News2Observation& v = o.values;
    QJsonObject json {{QStringLiteral("id"), o.id},
                      {QStringLiteral("taken"), iso(o.takenAt)},
                      {QStringLiteral("recorded"), iso(o.recordedAt)},
                      {QStringLiteral("recordedBy"), o.recordedByName},
                      {QStringLiteral("respirationRate"), v.respirationRate},
                      {QStringLiteral("spo2"), v.spo2},
                      {QStringLiteral("spo2Scale"), v.scale2 ? 2 : 1},
                      {QStringLiteral("oxygen"), v.onOxygen},
                      {QStringLiteral("systolic"), v.systolic},
                      {QStringLiteral("pulse"), v.pulse},
                      {QStringLiteral("acvpu"), consciousnessKey(v.consciousness)},
                      {QStringLiteral("temperature"), v.temperatureC},
                      {QStringLiteral("fromDevice"), QJsonArray::fromStringList(o.fromDevice)},
                      {QStringLiteral("amends"), o.amendsId > 0 ? QJsonValue(o.amendsId) : QJsonValue()},
                      {QStringLiteral("amendedBy"), o.amendedById > 0 ? QJsonValue(o.amendedById) : QJsonValue()}};
    if (o.news2) {
        json.insert(QStringLiteral("news2"),
                    QJsonObject {{QStringLiteral("subScores"), subScoresJson(*o.news2)},
                                 {QStringLiteral("total"), o.news2->total},
                                 {QStringLiteral("risk"), news2RiskKey(o.news2->risk)},
                                 {QStringLiteral("nextDue"),
                                  o.nextDueAt.isValid() ? QJsonValue(iso(o.nextDueAt)) : QJsonValue()},
                                 {QStringLiteral("continuousMonitoring"), o.news2->nextObservationMinutes == 0}});
    } else {
        json.insert(QStringLiteral("news2"), QJsonValue());
        json.insert(QStringLiteral("unscored"), unscoredReasonText(o.unscored));
    }
    json.insert(QStringLiteral("pews"), o.pews ? pewsJson(*o.pews) : QJsonValue());
    return json;
}

QString responseText(const Observation& o)
{
    if (!o.news2)
        return o.pews ? pewsText(*o.pews) : unscoredReasonText(o.unscored);
    const News2Score& s = *o.news2;
    const QString next = s.nextObservationMinutes == 0
        ? QCoreApplication::translate("Cli", "continuous monitoring")
        : QCoreApplication::translate("Cli", "next observations due %1").arg(localTime(o.nextDueAt));
    return QStringLiteral("NEWS2 %1, %2; %3").arg(s.total).arg(news2ResponseText(s.risk), next);
}

/// The full card after `obs add`: each value with its sub-score.
QString card(const Observation& o)
{
    const News2Observation& v = o.values;
    const auto mark = [&o](const QString& field) {
        return o.fromDevice.contains(field) ? QCoreApplication::translate("Cli", " (device)") : QString();
    };
    const std::optional<News2Score>& s = o.news2;
    // A child's column is the paediatric chart's (a parameter its age band does not score shows "-").
    const auto sub = [&s, &o](int News2Score::*part, const char* pewsKey) {
        if (s)
            return QString::number((*s).*part);
        const std::optional<int> child = o.pews ? o.pews->subScore(QLatin1String(pewsKey)) : std::nullopt;
        return child ? QString::number(*child) : QStringLiteral("-");
    };
    const std::pair<QString, QString> rows[] = {
        {QCoreApplication::translate("Cli", "Respiration rate %1 /min").arg(v.respirationRate),
         sub(&News2Score::respirationRate, "respirationRate")},
        {QCoreApplication::translate("Cli", "SpO2 %1 % (scale %2)").arg(v.spo2).arg(v.scale2 ? 2 : 1)
             + mark(Observation::DeviceSpo2),
         sub(&News2Score::spo2, "spo2")},
        {v.onOxygen ? QCoreApplication::translate("Cli", "On oxygen") : QCoreApplication::translate("Cli", "On air"),
         sub(&News2Score::oxygen, "supplementalOxygen")},
        {QCoreApplication::translate("Cli", "Systolic pressure %1 mmHg").arg(v.systolic)
             + mark(Observation::DeviceSystolic),
         sub(&News2Score::systolic, "systolic")},
        {QCoreApplication::translate("Cli", "Pulse %1 /min").arg(v.pulse) + mark(Observation::DevicePulse),
         sub(&News2Score::pulse, "pulse")},
        {QCoreApplication::translate("Cli", "Consciousness %1").arg(consciousnessKey(v.consciousness)),
         sub(&News2Score::consciousness, "consciousness")},
        {QCoreApplication::translate("Cli", "Temperature %1 °C").arg(v.temperatureC, 0, 'f', 1)
             + mark(Observation::DeviceTemperature),
         sub(&News2Score::temperature, "temperature")},
    };
    QString table;
    for (const auto& [value, score] : rows)
        table += QStringLiteral("  ") + value.leftJustified(36) + score + QLatin1Char('\n');
    return QCoreApplication::translate("Cli", "Observation #%1, taken %2").arg(o.id).arg(localTime(o.takenAt))
        + QLatin1Char('\n') + table + responseText(o);
}

/// One line of `obs list`.
QString line(const Observation& o)
{
    const News2Observation& v = o.values;
    QString text =
        QStringLiteral("#%1 %2 %3  RR %4  SpO2 %5%6  %7  SBP %8  P %9  %10  T %11")
            .arg(o.id)
            .arg(localTime(o.takenAt), shown(o.recordedByName))
            .arg(v.respirationRate)
            .arg(v.spo2)
            .arg(v.scale2 ? QCoreApplication::translate("Cli", " (scale 2)") : QString(),
                 v.onOxygen ? QCoreApplication::translate("Cli", "O2") : QCoreApplication::translate("Cli", "air"))
            .arg(v.systolic)
            .arg(v.pulse)
            .arg(consciousnessKey(v.consciousness))
            .arg(v.temperatureC, 0, 'f', 1);
    text += QStringLiteral("  ")
        + (o.news2      ? QStringLiteral("NEWS2 %1 %2").arg(o.news2->total).arg(news2RiskDisplayName(o.news2->risk))
               : o.pews ? pewsText(*o.pews)
                        : unscoredReasonText(o.unscored));
    if (o.amendsId > 0)
        text += QCoreApplication::translate("Cli", " (amends #%1)").arg(o.amendsId);
    if (o.amendedById > 0)
        text += QCoreApplication::translate("Cli", " (amended by #%1)").arg(o.amendedById);
    return text + QLatin1Char('\n');
}

struct Entered
{
    ObservationInput input;
    QStringList wantDevice; ///< fields to fill from the device's readings after login
};

/// Reads the values of `obs add` / `obs amend`; nothing on a usage error.
std::optional<Entered> takeValues(Invocation& cli)
{
    Entered e;
    const Typed rr = typed(cli.takeOption(QStringLiteral("rr")));
    const Typed spo2 = typed(cli.takeOption(QStringLiteral("spo2")));
    const Typed sbp = typed(cli.takeOption(QStringLiteral("sbp")));
    const Typed pulse = typed(cli.takeOption(QStringLiteral("pulse")));
    const Typed temp = typed(cli.takeOption(QStringLiteral("temp")));
    const QString scale = cli.takeOption(QStringLiteral("scale"));
    const bool air = cli.takeFlag(QStringLiteral("air"));
    const bool oxygen = cli.takeFlag(QStringLiteral("oxygen"));
    const auto acvpu = consciousnessFromKey(cli.takeOption(QStringLiteral("acvpu")));
    if (!rr.valid || rr.fromDevice || !spo2.valid || !sbp.valid || !pulse.valid || !temp.valid || air == oxygen
        || !acvpu || (!scale.isEmpty() && scale != QLatin1String("1") && scale != QLatin1String("2")))
        return std::nullopt;
    News2Observation& v = e.input.values;
    v.respirationRate = rr.value;
    v.spo2 = spo2.value;
    v.systolic = sbp.value;
    v.pulse = pulse.value;
    v.temperatureC = temp.value;
    v.onOxygen = oxygen;
    v.consciousness = *acvpu;
    if (!scale.isEmpty())
        e.input.spo2Scale = scale.toInt();
    for (const auto& [field, value] :
         {std::pair {Observation::DeviceSpo2, spo2}, std::pair {Observation::DeviceSystolic, sbp},
          std::pair {Observation::DevicePulse, pulse}, std::pair {Observation::DeviceTemperature, temp}})
        if (value.fromDevice)
            e.wantDevice << field;
    return e;
}

/// How far back a device value is offered, in minutes.
constexpr int DeviceMinutes = int(ObservationStore::DeviceReadingsMaxAgeMs / 60'000);

/// Fills the values asked for as "device" from what the patient's devices measured; an error when one has none.
Status fillFromDevice(Invocation& cli, const Session& session, const QString& mrn, Entered& e)
{
    if (e.wantDevice.isEmpty())
        return {};
    auto readings = cli.workspace().observations().deviceReadings(session, mrn);
    if (!readings)
        return readings.error();
    News2Observation& v = e.input.values;
    const std::pair<QString, std::pair<double*, double>> targets[] = {
        {Observation::DeviceSpo2, {&v.spo2, readings->spo2}},
        {Observation::DeviceSystolic, {&v.systolic, readings->systolic}},
        {Observation::DevicePulse, {&v.pulse, readings->pulse}},
        {Observation::DeviceTemperature, {&v.temperatureC, readings->temperatureC}},
    };
    for (const auto& [field, slot] : targets) {
        if (!e.wantDevice.contains(field))
            continue;
        if (std::isnan(slot.second))
            return Error {Error::Code::NotFound,
                          QCoreApplication::translate("Cli", "No device of %1 measured %2 in the last %n minute(s).",
                                                      nullptr, DeviceMinutes)
                              .arg(shown(mrn), field)};
        *slot.first = slot.second;
        e.input.fromDevice << field;
    }
    return {};
}

} // namespace

Prepared obsWrite(Invocation& cli)
{
    const auto target = cli.takeSubject(obsUsage());
    if (!target)
        return Usage;
    auto entered = takeValues(cli);
    if (!entered || !cli.finishArguments())
        return cli.usage(obsUsage());
    return [&cli, target = *target, entered = *entered](const Login& login) mutable {
        ObservationStore& store = cli.workspace().observations();
        const bool amend = cli.action() == QLatin1String("amend");
        bool validId = true;
        const qint64 id = amend ? target.toLongLong(&validId) : 0;
        if (!validId)
            return cli.usage(QCoreApplication::translate("Cli", "obs amend needs a numeric observation id"));
        const QString& mrn = target;
        if (amend && !entered.wantDevice.isEmpty())
            return cli.usage(QCoreApplication::translate("Cli", "obs amend takes typed values only, not device"));
        if (auto filled = fillFromDevice(cli, login.session, mrn, entered); !filled)
            return cli.fail(filled.error());
        auto saved =
            amend ? store.amend(login.session, id, entered.input) : store.add(login.session, mrn, entered.input);
        if (!saved)
            return cli.fail(saved.error());
        return cli.done(observationJson(saved.value()), card(saved.value()));
    };
}

Prepared obsList(Invocation& cli)
{
    const auto mrn = cli.takeOnlySubject(QCoreApplication::translate("Cli", "obs list needs an MRN"));
    if (!mrn)
        return Usage;
    return [&cli, mrn = *mrn](const Login& login) {
        return cli.list(cli.workspace().observations().list(login.session, mrn), &observationJson, &line);
    };
}

Prepared obsScale(Invocation& cli)
{
    const auto mrn = cli.takeSubject(QCoreApplication::translate("Cli", "obs scale MRN 1|2"));
    if (!mrn)
        return Usage;
    const QString scale = cli.takeArgument();
    if ((scale != QLatin1String("1") && scale != QLatin1String("2")) || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "obs scale MRN 1|2"));
    return [&cli, mrn = *mrn, scale = scale.toInt()](const Login& login) {
        return cli.changed(cli.workspace().observations().setSpo2Scale(login.session, mrn, scale),
                           QStringLiteral("mrn"), mrn,
                           QCoreApplication::translate("Cli", "%1 now uses SpO2 scale %2.").arg(shown(mrn)).arg(scale));
    };
}

Prepared obsOther(Invocation& cli)
{
    if (!cli.takeSubject(obsUsage()))
        return Usage;
    return cli.usage(QCoreApplication::translate("Cli", "unknown obs command '%1'").arg(cli.action()));
}

} // namespace pulsedesk::cli::commands
