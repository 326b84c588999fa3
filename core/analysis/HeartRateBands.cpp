#include "analysis/HeartRateBands.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace pulsedesk {

QString HeartRateLimits::problem() const
{
    const auto plausible = [](double v) { return v >= 20 && v <= 300; };
    if (!plausible(severeBradycardiaAtOrBelow) || !plausible(bradycardiaBelow) || !plausible(tachycardiaAbove)
        || !plausible(severeTachycardiaAtOrAbove))
        return QCoreApplication::translate("HeartRateLimits", "Every limit must lie between 20 and 300 beats/min.");
    if (!(severeBradycardiaAtOrBelow < bradycardiaBelow && bradycardiaBelow <= tachycardiaAbove
          && tachycardiaAbove < severeTachycardiaAtOrAbove))
        return QCoreApplication::translate(
            "HeartRateLimits",
            "The limits must rise in this order: severe bradycardia, bradycardia, tachycardia, severe tachycardia.");
    return {};
}

namespace {

Error invalid(const QString& what)
{
    return {Error::Code::Invalid,
            QCoreApplication::translate("HeartRateBands", "The heart-rate reference table is not valid: %1").arg(what)};
}

} // namespace

Result<HeartRateBands> HeartRateBands::fromJson(const QByteArray& json)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("pulsedesk.heart-rate-bands")
        || root.value(QLatin1String("version")).toInt() != 1)
        return invalid(QStringLiteral("unknown format or version"));

    HeartRateBands table;
    table.m_comparison = root.value(QLatin1String("comparison")).toString();
    table.m_sexes = root.value(QLatin1String("sexes")).toString();
    const QJsonArray bands = root.value(QLatin1String("bands")).toArray();
    for (const QJsonValue value : bands) {
        const QJsonObject o = value.toObject();
        HeartRateBand band;
        band.label = o.value(QLatin1String("label")).toString();
        band.ageFromMonths = o.value(QLatin1String("ageFromMonths")).toInt(-1);
        if (!o.value(QLatin1String("ageToMonths")).isNull())
            band.ageToMonths = o.value(QLatin1String("ageToMonths")).toInt(-1);
        const QString sex = o.value(QLatin1String("sex")).toString();
        if (sex != QLatin1String("both")) {
            band.sex = sexFromKey(sex);
            if (!band.sex || *band.sex == Sex::Unknown)
                return invalid(QStringLiteral("band '%1' has an unknown sex '%2'").arg(band.label, sex));
        }
        band.limits = {o.value(QLatin1String("severeBradycardiaAtOrBelow")).toDouble(-1),
                       o.value(QLatin1String("bradycardiaBelow")).toDouble(-1),
                       o.value(QLatin1String("tachycardiaAbove")).toDouble(-1),
                       o.value(QLatin1String("severeTachycardiaAtOrAbove")).toDouble(-1)};
        band.source = o.value(QLatin1String("source")).toString();
        band.verification = o.value(QLatin1String("verification")).toString();
        if (band.label.isEmpty() || band.source.isEmpty())
            return invalid(QStringLiteral("every band needs a label and a source"));
        if (band.ageFromMonths < 0 || (band.ageToMonths && *band.ageToMonths <= band.ageFromMonths))
            return invalid(QStringLiteral("band '%1' has an empty or negative age range").arg(band.label));
        if (const QString problem = band.limits.problem(); !problem.isEmpty())
            return invalid(QStringLiteral("band '%1': %2").arg(band.label, problem));
        table.m_bands.append(band);
    }
    if (table.m_bands.isEmpty())
        return invalid(QStringLiteral("no bands"));

    // Each sex (a "both" band counts for each) must be covered from birth on without gaps or overlaps.
    for (const Sex sex : {Sex::Female, Sex::Male}) {
        QList<const HeartRateBand*> own;
        for (const HeartRateBand& band : std::as_const(table.m_bands)) {
            if (!band.sex || *band.sex == sex)
                own.append(&band);
        }
        std::sort(own.begin(), own.end(),
                  [](const HeartRateBand* a, const HeartRateBand* b) { return a->ageFromMonths < b->ageFromMonths; });
        int expected = 0;
        for (qsizetype i = 0; i < own.size(); ++i) {
            if (own[i]->ageFromMonths != expected)
                return invalid(QStringLiteral("the bands leave a gap or overlap at %1 months").arg(expected));
            if (!own[i]->ageToMonths) {
                if (i != own.size() - 1)
                    return invalid(QStringLiteral("only the last band may be open-ended"));
                break;
            }
            expected = *own[i]->ageToMonths;
        }
        if (own.isEmpty() || own.last()->ageToMonths)
            return invalid(QStringLiteral("the last band must be open-ended (adults)"));
    }
    for (qsizetype i = 0; i < table.m_bands.size(); ++i) {
        if (!table.m_bands[i].ageToMonths && !table.m_bands[i].sex)
            table.m_adult = i;
    }
    if (table.m_adult < 0)
        return invalid(QStringLiteral("there is no open-ended band for both sexes (adults)"));
    return table;
}

const HeartRateBands& HeartRateBands::builtIn()
{
    static const HeartRateBands table = [] {
        QFile file(QStringLiteral(":/analysis/heart-rate-bands.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in heart-rate reference table is missing from the binary.");
        auto loaded = fromJson(file.readAll());
        if (!loaded)
            qFatal("%s", qPrintable(loaded.errorMessage()));
        return std::move(loaded).value();
    }();
    return table;
}

const HeartRateBand* HeartRateBands::find(int ageMonths, Sex sex) const
{
    const HeartRateBand* shared = nullptr;
    for (const HeartRateBand& band : m_bands) {
        if (ageMonths < band.ageFromMonths || (band.ageToMonths && ageMonths >= *band.ageToMonths))
            continue;
        if (band.sex && *band.sex == sex)
            return &band;
        if (!band.sex)
            shared = &band;
    }
    return shared;
}

const HeartRateBand& HeartRateBands::adult() const
{
    return m_bands.at(m_adult);
}

} // namespace pulsedesk
