#pragma once

#include "common/Result.h"
#include "model/Patient.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace pulsedesk {

/// The four cut-offs that split a mean heart rate into the five categories. How each is compared is fixed
/// (see Classifier::classify): severe bradycardia at or below, moderate bradycardia below, no anomaly up to and
/// including tachycardiaAbove, moderate tachycardia below severeTachycardiaAtOrAbove, severe tachycardia from it.
struct HeartRateLimits
{
    double severeBradycardiaAtOrBelow = 0;
    double bradycardiaBelow = 0;
    double tachycardiaAbove = 0;
    double severeTachycardiaAtOrAbove = 0;

    /// Empty when the cut-offs are in order and physiologically plausible (20–300 bpm); otherwise why not.
    QString problem() const;
    bool operator==(const HeartRateLimits&) const = default;
};

/// One row of the reference table: an age band (in completed months) and sex, its cut-offs and their source.
struct HeartRateBand
{
    QString label;
    int ageFromMonths = 0; ///< inclusive
    std::optional<int> ageToMonths; ///< exclusive; none for the open-ended adult band
    std::optional<Sex> sex; ///< none: both sexes
    HeartRateLimits limits;
    QString source;
    QString verification;
};

/// The reference table the classifier uses, read from JSON (`resources/analysis/heart-rate-bands.json` is built
/// in). Loading checks that the bands are well formed, ordered, and cover every age from birth without gaps.
class HeartRateBands
{
public:
    static Result<HeartRateBands> fromJson(const QByteArray& json);
    /// The table shipped with PulseDesk.
    static const HeartRateBands& builtIn();

    /// The band for this age and sex; a sex-specific band is only chosen for a known sex.
    const HeartRateBand* find(int ageMonths, Sex sex) const;
    /// The open-ended band used for adults and whenever the age is unknown.
    const HeartRateBand& adult() const;
    const QList<HeartRateBand>& bands() const { return m_bands; }
    /// The table's own notes: how values are compared, why the sexes share bands.
    QString comparisonNote() const { return m_comparison; }
    QString sexNote() const { return m_sexes; }

private:
    QList<HeartRateBand> m_bands;
    qsizetype m_adult = -1;
    QString m_comparison;
    QString m_sexes;
};

} // namespace pulsedesk
