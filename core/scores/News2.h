#pragma once

#include "common/Result.h"
#include "scores/ScoreTable.h"

#include <QString>

#include <optional>

namespace pulsedesk {

/// ACVPU: alert, new confusion, responds to voice, to pain, unresponsive.
enum class Consciousness
{
    Alert,
    NewConfusion,
    Voice,
    Pain,
    Unresponsive,
};

/// NEWS2's clinical risk (RCP 2017, Chart 4).
enum class News2Risk
{
    Low, ///< total 0 to 4 without a single parameter scoring 3
    LowMedium, ///< a single parameter scores 3 (total 4 or less): urgent ward-based review
    Medium, ///< total 5 or 6: key threshold for an urgent response
    High, ///< total 7 or more: emergency response
};

QString news2RiskKey(News2Risk risk);
std::optional<News2Risk> news2RiskFromKey(const QString& key);
QString news2RiskDisplayName(News2Risk risk);
/// The risk with the response Chart 4 asks for ("medium risk: urgent response"), for display.
QString news2ResponseText(News2Risk risk);
/// The ACVPU letter: "A", "C", "V", "P" or "U".
QString consciousnessKey(Consciousness consciousness);
std::optional<Consciousness> consciousnessFromKey(const QString& key);

/// One set of observations, as a nurse records it on a round.
struct News2Observation
{
    double respirationRate = 0; ///< breaths per minute
    double spo2 = 0; ///< percent
    bool scale2 = false; ///< SpO2 scale 2: only where a doctor set a target of 88-92 % (hypercapnic failure)
    bool onOxygen = false; ///< supplemental oxygen, any device
    double systolic = 0; ///< mmHg
    double pulse = 0; ///< per minute
    Consciousness consciousness = Consciousness::Alert;
    double temperatureC = 0;
};

/// Every sub-score, the total and what the chart asks for.
struct News2Score
{
    int respirationRate = 0;
    int spo2 = 0;
    int oxygen = 0;
    int systolic = 0;
    int pulse = 0;
    int consciousness = 0;
    int temperature = 0;
    int total = 0;
    News2Risk risk = News2Risk::Low;
    /// The longest time to the next observation, in minutes (Chart 4: 12-hourly at 0, 4-6-hourly at 1-4, hourly
    /// from a single 3 or a total of 5); 0 means continuous monitoring (total 7 or more).
    int nextObservationMinutes = 720;
};

/// The National Early Warning Score 2 (Royal College of Physicians, 2017): Chart 1's bands from
/// `resources/scores/news2.json`, Chart 4's risk and monitoring frequency here. For adults only.
class News2
{
public:
    static constexpr int MinimumAgeYears = 16;

    /// The chart built into the binary.
    static const News2& builtIn();
    explicit News2(ScoreTable table);

    /// Scores the observations of a patient `ageYears` old. Refuses a patient under 16 and a value outside what a
    /// person can have (a typing error), saying which.
    Result<News2Score> score(const News2Observation& observation, int ageYears) const;
    /// Refuses a value outside what a person can have (a typing error), whatever the patient's age.
    static Status check(const News2Observation& observation);

private:
    ScoreTable m_table;
};

} // namespace pulsedesk
