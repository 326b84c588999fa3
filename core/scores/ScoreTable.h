#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

class QJsonObject;

#include <optional>
#include <vector>

namespace pulsedesk {

/// An early-warning chart as data (`resources/scores/*.json`, each with its source): per parameter, bands that
/// each give a sub-score. A value is rounded to the parameter's resolution, half away from zero, then falls in
/// the first band whose upper bound it does not exceed; the last band has none.
class ScoreTable
{
public:
    struct Band
    {
        std::optional<double> upTo; ///< inclusive; none for the last band
        int score = 0;
    };
    struct Parameter
    {
        int decimals = 0;
        std::vector<Band> bands;
    };

    /// Reads and checks a table: every parameter has bands with rising bounds and an open last band.
    static Result<ScoreTable> fromJson(const QByteArray& json);
    /// Reads the "parameters" of `object` (one table, or one age band of an age-banded chart) with sub-scores
    /// from 0 to `maxSubScore`, under `name`.
    static Result<ScoreTable> fromParameters(const QString& name, const QJsonObject& object, int maxSubScore = 3);

    QString name() const { return m_name; }
    bool has(const QString& key) const { return m_parameters.contains(key); }
    /// The parameters' keys, in the table's order.
    QStringList keys() const { return m_order; }
    /// The sub-score of `value` for the parameter (which must exist, see has()).
    int score(const QString& key, double value) const;
    /// `value` rounded as the parameter's bands see it.
    double rounded(const QString& key, double value) const;

private:
    QString m_name;
    QHash<QString, Parameter> m_parameters;
    QStringList m_order;
};

} // namespace pulsedesk
