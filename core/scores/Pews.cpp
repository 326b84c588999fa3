#include "scores/Pews.h"

#include "settings/Settings.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pulsedesk {

namespace {

constexpr auto Format = "pulsedesk.age-banded-early-warning-table";

Error invalidChart(const QString& why)
{
    return {Error::Code::Invalid,
            QCoreApplication::translate("Pews", "The paediatric early-warning chart is invalid: %1").arg(why)};
}

/// The consciousness level as an ordinal: 0 alert to 4 unresponsive.
int consciousnessLevel(Consciousness c)
{
    switch (c) {
    case Consciousness::Alert:
        return 0;
    case Consciousness::NewConfusion:
        return 1;
    case Consciousness::Voice:
        return 2;
    case Consciousness::Pain:
        return 3;
    case Consciousness::Unresponsive:
        return 4;
    }
    return 0;
}

} // namespace

std::optional<int> PewsScore::subScore(const QString& key) const
{
    for (const auto& [k, score] : subScores)
        if (k == key)
            return score;
    return std::nullopt;
}

QStringList Pews::parameterKeys()
{
    return {QStringLiteral("respirationRate"), QStringLiteral("spo2"),  QStringLiteral("supplementalOxygen"),
            QStringLiteral("systolic"),        QStringLiteral("pulse"), QStringLiteral("consciousness"),
            QStringLiteral("temperature")};
}

std::optional<int> Pews::ageInMonths(const QDate& birth, const QDate& on)
{
    if (!birth.isValid() || !on.isValid() || on < birth)
        return std::nullopt;
    int months = (on.year() - birth.year()) * 12 + (on.month() - birth.month());
    // QDate::addMonths keeps the day or takes the month's last: born on 31 January, one month old on 28 February.
    while (months > 0 && birth.addMonths(months) > on)
        --months;
    return months;
}

Result<Pews> Pews::fromJson(const QByteArray& json)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalidChart(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String(Format))
        return invalidChart(QCoreApplication::translate("Pews", "the format is not %1").arg(QLatin1String(Format)));
    Pews chart;
    chart.m_name = root.value(QLatin1String("name")).toString().trimmed();
    chart.m_source = root.value(QLatin1String("source")).toString().trimmed();
    if (chart.m_name.isEmpty() || chart.m_source.isEmpty())
        return invalidChart(QCoreApplication::translate("Pews", "a chart needs a name and its source"));
    const int maxSubScore = root.value(QLatin1String("maxSubScore")).toInt(3);
    if (maxSubScore < 1 || maxSubScore > 10)
        return invalidChart(QStringLiteral("maxSubScore"));
    const QJsonArray bands = root.value(QLatin1String("ageBands")).toArray();
    const QStringList known = parameterKeys();
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const QJsonObject object = bands.at(i).toObject();
        const QJsonValue from = object.value(QLatin1String("fromMonths"));
        const int fromMonths = from.isDouble() ? from.toInt(-1) : -1;
        const QString label = object.value(QLatin1String("label")).toString().trimmed();
        const bool rising = chart.m_bands.empty() ? fromMonths == 0 : fromMonths > chart.m_bands.back().fromMonths;
        if (!rising || fromMonths >= MaximumAgeMonths || label.isEmpty())
            return invalidChart(QCoreApplication::translate("Pews",
                                                            "age band %1: the bands start at 0 months and rise "
                                                            "below 16 years, each with a label")
                                    .arg(i + 1));
        auto table = ScoreTable::fromParameters(chart.m_name, object, maxSubScore);
        if (!table)
            return invalidChart(
                QCoreApplication::translate("Pews", "age band %1: %2").arg(label, table.errorMessage()));
        for (const QString& key : table.value().keys())
            if (!known.contains(key))
                return invalidChart(
                    QCoreApplication::translate("Pews", "age band %1: PulseDesk records no '%2'").arg(label, key));
        chart.m_bands.push_back({fromMonths, label, std::move(table).value()});
    }
    if (chart.m_bands.empty())
        return invalidChart(QCoreApplication::translate("Pews", "no age bands"));
    return chart;
}

const Pews::AgeBand* Pews::band(int ageMonths) const
{
    if (ageMonths < 0 || ageMonths >= MaximumAgeMonths)
        return nullptr;
    const AgeBand* found = nullptr;
    for (const AgeBand& b : m_bands)
        if (b.fromMonths <= ageMonths)
            found = &b;
    return found;
}

Result<PewsScore> Pews::score(const News2Observation& o, int ageMonths) const
{
    const AgeBand* ageBand = band(ageMonths);
    if (!ageBand)
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("Pews", "A paediatric early-warning score is for patients under 16.")};
    if (auto ok = News2::check(o); !ok)
        return ok.error();
    const std::pair<QString, double> values[] = {
        {QStringLiteral("respirationRate"), o.respirationRate},
        {QStringLiteral("spo2"), o.spo2},
        {QStringLiteral("supplementalOxygen"), o.onOxygen ? 1 : 0},
        {QStringLiteral("systolic"), o.systolic},
        {QStringLiteral("pulse"), o.pulse},
        {QStringLiteral("consciousness"), consciousnessLevel(o.consciousness)},
        {QStringLiteral("temperature"), o.temperatureC},
    };
    PewsScore s;
    s.chart = m_name;
    s.ageBand = ageBand->label;
    for (const QString& key : ageBand->table.keys())
        for (const auto& [k, value] : values)
            if (k == key) {
                const int sub = ageBand->table.score(key, value);
                s.subScores.emplace_back(key, sub);
                s.total += sub;
            }
    return s;
}

namespace {

Result<std::optional<Pews>> fromSetting(const QString& value)
{
    if (value.trimmed().isEmpty())
        return std::optional<Pews>();
    auto chart = Pews::fromJson(value.toUtf8());
    if (!chart)
        return chart.error();
    return std::optional<Pews>(std::move(chart).value());
}

} // namespace

Result<std::optional<Pews>> Pews::selected(QSqlDatabase& db)
{
    return fromSetting(Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                                   {Settings::keyName(Settings::Key::PaediatricTable)})
                           .toString());
}

Result<std::optional<Pews>> Pews::selected(const Settings& settings)
{
    return fromSetting(settings.value(Settings::Key::PaediatricTable).toString());
}

Status Pews::select(Settings& settings, const Session& session, const QByteArray& json)
{
    if (json.trimmed().isEmpty())
        return settings.setValue(session, Settings::Key::PaediatricTable, QString());
    auto chart = fromJson(json);
    if (!chart)
        return chart.error();
    // Stored compact, as checked: every workstation on the store scores with the same chart.
    return settings.setValue(session, Settings::Key::PaediatricTable,
                             QString::fromUtf8(QJsonDocument::fromJson(json).toJson(QJsonDocument::Compact)));
}

} // namespace pulsedesk
