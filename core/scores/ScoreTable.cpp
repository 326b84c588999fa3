#include "scores/ScoreTable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace pulsedesk {

namespace {

Error invalidTable(const QString& why)
{
    return {Error::Code::Invalid, QCoreApplication::translate("ScoreTable", "The score table is invalid: %1").arg(why)};
}

} // namespace

Result<ScoreTable> ScoreTable::fromJson(const QByteArray& json)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalidTable(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("pulsedesk.early-warning-table"))
        return invalidTable(QStringLiteral("format"));
    return fromParameters(root.value(QLatin1String("name")).toString(), root);
}

Result<ScoreTable> ScoreTable::fromParameters(const QString& name, const QJsonObject& root, int maxSubScore)
{
    ScoreTable table;
    table.m_name = name;
    const QJsonArray parameters = root.value(QLatin1String("parameters")).toArray();
    for (qsizetype n = 0; n < parameters.size(); ++n) {
        const QJsonObject object = parameters.at(n).toObject();
        const QString key = object.value(QLatin1String("key")).toString();
        Parameter parameter;
        parameter.decimals = object.value(QLatin1String("decimals")).toInt(0);
        if (key.isEmpty() || table.m_parameters.contains(key) || parameter.decimals < 0 || parameter.decimals > 3)
            return invalidTable(key);
        const QJsonArray bands = object.value(QLatin1String("bands")).toArray();
        for (qsizetype i = 0; i < bands.size(); ++i) {
            const QJsonObject b = bands.at(i).toObject();
            Band band;
            band.score = b.value(QLatin1String("score")).toInt(-1);
            if (b.contains(QLatin1String("upTo")))
                band.upTo = b.value(QLatin1String("upTo")).toDouble();
            const bool last = i == bands.size() - 1;
            if (band.score < 0 || band.score > maxSubScore || band.upTo.has_value() == last
                || (band.upTo && !parameter.bands.empty() && *band.upTo <= *parameter.bands.back().upTo))
                return invalidTable(key);
            parameter.bands.push_back(band);
        }
        if (parameter.bands.empty())
            return invalidTable(key);
        table.m_parameters.insert(key, parameter);
        table.m_order.append(key);
    }
    if (table.m_name.isEmpty() || table.m_parameters.isEmpty())
        return invalidTable(QStringLiteral("name"));
    return table;
}

double ScoreTable::rounded(const QString& key, double value) const
{
    const double scale = std::pow(10.0, m_parameters.value(key).decimals);
    // The tolerance keeps a decimal half such as 38.05, stored as 38.04999..., rounding up as written.
    return std::round(value * scale + std::copysign(1e-7, value)) / scale;
}

int ScoreTable::score(const QString& key, double value) const
{
    const auto it = m_parameters.constFind(key);
    Q_ASSERT_X(it != m_parameters.constEnd(), "ScoreTable", "unknown parameter");
    if (it == m_parameters.constEnd())
        return 0;
    const double v = rounded(key, value);
    for (const Band& band : it->bands)
        if (!band.upTo || v <= *band.upTo)
            return band.score;
    return it->bands.back().score;
}

} // namespace pulsedesk
