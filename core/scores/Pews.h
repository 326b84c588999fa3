#pragma once

#include "common/Result.h"
#include "scores/News2.h"
#include "scores/ScoreTable.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>
#include <vector>

namespace pulsedesk {

class Settings;
struct Session;

/// A paediatric early-warning score of one set of observations.
struct PewsScore
{
    QString chart; ///< the chart's name
    QString ageBand; ///< the label of the age band that scored it
    std::vector<std::pair<QString, int>> subScores; ///< per parameter the band scores, in the chart's order
    int total = 0;

    /// The sub-score of a parameter (Pews::parameterKeys()); none when the band does not score it.
    std::optional<int> subScore(const QString& key) const;
};

/// A paediatric early-warning chart (PEWS) as data: the same engine as NEWS2 (ScoreTable: bands per parameter),
/// with bands per age band. There is no single PEWS (Scotland, England and Ireland each publish one), so the chart
/// is the hospital's: an administrator selects it (setting scores.paediatricTable holds the checked JSON, format
/// "pulsedesk.age-banded-early-warning-table"), and it scores the observations of patients under 16, for whom
/// NEWS2 is never computed. Each age band starts at `fromMonths` (completed months of age, inclusive) and runs to
/// the next band's start; the last runs to the 16th birthday. A band scores the parameters it lists and no other.
class Pews
{
public:
    static constexpr int MaximumAgeMonths = News2::MinimumAgeYears * 12; ///< from here on NEWS2 applies

    struct AgeBand
    {
        int fromMonths = 0;
        QString label;
        ScoreTable table;
    };

    /// Reads and checks a chart: a name and a source, age bands from 0 months rising below 16 years, each with
    /// parameters PulseDesk records (parameterKeys()) and sub-scores from 0 to the chart's maxSubScore (1-10,
    /// default 3).
    static Result<Pews> fromJson(const QByteArray& json);

    /// The parameters a chart may score, with the value each is given: respirationRate (/min), spo2 (%, whatever
    /// the NEWS2 scale), supplementalOxygen (0 air, 1 oxygen), systolic (mmHg), pulse (/min), consciousness
    /// (0 alert, 1 new confusion, 2 voice, 3 pain, 4 unresponsive), temperature (°C).
    static QStringList parameterKeys();

    /// Whole months from `birth` to `on`; none without a birth date or before it.
    static std::optional<int> ageInMonths(const QDate& birth, const QDate& on);

    QString name() const { return m_name; }
    QString source() const { return m_source; }
    const std::vector<AgeBand>& ageBands() const { return m_bands; }
    /// The band of a patient `ageMonths` old; nullptr from 16 years on or for a negative age.
    const AgeBand* band(int ageMonths) const;

    /// Scores the observations of a patient `ageMonths` old. Refuses a patient of 16 or over and a value outside
    /// what a person can have.
    Result<PewsScore> score(const News2Observation& observation, int ageMonths) const;

    /// The chart an administrator selected, read on `db`; none when none is selected.
    static Result<std::optional<Pews>> selected(QSqlDatabase& db);
    static Result<std::optional<Pews>> selected(const Settings& settings);
    /// Selects the chart in `json` after checking it (administrators: ManageSettings), or none with an empty `json`.
    static Status select(Settings& settings, const Session& session, const QByteArray& json);

private:
    QString m_name;
    QString m_source;
    std::vector<AgeBand> m_bands;
};

} // namespace pulsedesk
