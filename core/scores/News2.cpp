#include "scores/News2.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <initializer_list>

namespace pulsedesk {

namespace {

/// The values PulseDesk accepts for each observation: anything outside is taken for a typing error.
struct Range
{
    const char* name;
    double low;
    double high;
};
constexpr Range RespirationRange {QT_TRANSLATE_NOOP("News2", "Respiration rate"), 0, 80};
constexpr Range Spo2Range {QT_TRANSLATE_NOOP("News2", "SpO2"), 40, 100};
constexpr Range SystolicRange {QT_TRANSLATE_NOOP("News2", "Systolic pressure"), 30, 300};
constexpr Range PulseRange {QT_TRANSLATE_NOOP("News2", "Pulse"), 10, 300};
constexpr Range TemperatureRange {QT_TRANSLATE_NOOP("News2", "Temperature"), 25, 45};

Status checkRange(const Range& range, double value)
{
    if (value >= range.low && value <= range.high)
        return {};
    return Error {Error::Code::Invalid,
                  QCoreApplication::translate("News2", "%1 %2 is outside what PulseDesk accepts (%3 to %4).")
                      .arg(QCoreApplication::translate("News2", range.name))
                      .arg(value)
                      .arg(range.low)
                      .arg(range.high)};
}

constexpr std::pair<Consciousness, char> ConsciousnessLetters[] = {
    {Consciousness::Alert, 'A'}, {Consciousness::NewConfusion, 'C'}, {Consciousness::Voice, 'V'},
    {Consciousness::Pain, 'P'},  {Consciousness::Unresponsive, 'U'},
};

} // namespace

QString news2RiskKey(News2Risk risk)
{
    switch (risk) {
    case News2Risk::Low:
        return QStringLiteral("low");
    case News2Risk::LowMedium:
        return QStringLiteral("low-medium");
    case News2Risk::Medium:
        return QStringLiteral("medium");
    case News2Risk::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<News2Risk> news2RiskFromKey(const QString& key)
{
    for (News2Risk risk : {News2Risk::Low, News2Risk::LowMedium, News2Risk::Medium, News2Risk::High})
        if (news2RiskKey(risk) == key)
            return risk;
    return std::nullopt;
}

QString consciousnessKey(Consciousness consciousness)
{
    for (const auto& [value, letter] : ConsciousnessLetters)
        if (value == consciousness)
            return QString(QLatin1Char(letter));
    return {};
}

std::optional<Consciousness> consciousnessFromKey(const QString& key)
{
    for (const auto& [value, letter] : ConsciousnessLetters)
        if (key.compare(QString(QLatin1Char(letter)), Qt::CaseInsensitive) == 0)
            return value;
    return std::nullopt;
}

QString news2RiskDisplayName(News2Risk risk)
{
    switch (risk) {
    case News2Risk::Low:
        return QCoreApplication::translate("News2", "Low");
    case News2Risk::LowMedium:
        return QCoreApplication::translate("News2", "Low-medium");
    case News2Risk::Medium:
        return QCoreApplication::translate("News2", "Medium");
    case News2Risk::High:
        return QCoreApplication::translate("News2", "High");
    }
    return {};
}

QString news2ResponseText(News2Risk risk)
{
    switch (risk) {
    case News2Risk::Low:
        return QCoreApplication::translate("News2", "low risk");
    case News2Risk::LowMedium:
        return QCoreApplication::translate("News2", "low-medium risk: urgent ward-based review");
    case News2Risk::Medium:
        return QCoreApplication::translate("News2", "medium risk: urgent response");
    case News2Risk::High:
        return QCoreApplication::translate("News2", "high risk: emergency response");
    }
    return {};
}

const News2& News2::builtIn()
{
    static const News2 chart = [] {
        QFile file(QStringLiteral(":/scores/news2.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in NEWS2 table is missing from the binary.");
        auto table = ScoreTable::fromJson(file.readAll());
        if (!table)
            qFatal("%s", qPrintable(table.errorMessage()));
        return News2(std::move(table).value());
    }();
    return chart;
}

Status News2::check(const News2Observation& o)
{
    for (const auto& [range, value] : {std::pair {RespirationRange, o.respirationRate}, std::pair {Spo2Range, o.spo2},
                                       std::pair {SystolicRange, o.systolic}, std::pair {PulseRange, o.pulse},
                                       std::pair {TemperatureRange, o.temperatureC}})
        if (auto ok = checkRange(range, value); !ok)
            return ok;
    return {};
}

News2::News2(ScoreTable table)
    : m_table(std::move(table))
{ }

Result<News2Score> News2::score(const News2Observation& o, int ageYears) const
{
    if (ageYears < MinimumAgeYears)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("News2", "NEWS2 is for patients aged 16 and over.")};
    if (auto ok = check(o); !ok)
        return ok.error();

    News2Score s;
    s.respirationRate = m_table.score(QStringLiteral("respirationRate"), o.respirationRate);
    // Scale 2 replaces only the SpO2 row; the oxygen row still counts (RCP 2017, Chart 1).
    s.spo2 = !o.scale2 ? m_table.score(QStringLiteral("spo2Scale1"), o.spo2)
        : o.onOxygen   ? m_table.score(QStringLiteral("spo2Scale2OnOxygen"), o.spo2)
                       : m_table.score(QStringLiteral("spo2Scale2OnAir"), o.spo2);
    s.oxygen = m_table.score(QStringLiteral("supplementalOxygen"), o.onOxygen ? 1 : 0);
    s.systolic = m_table.score(QStringLiteral("systolic"), o.systolic);
    s.pulse = m_table.score(QStringLiteral("pulse"), o.pulse);
    s.consciousness = m_table.score(QStringLiteral("consciousness"), o.consciousness == Consciousness::Alert ? 0 : 1);
    s.temperature = m_table.score(QStringLiteral("temperature"), o.temperatureC);
    const std::initializer_list<int> parts {s.respirationRate, s.spo2,          s.oxygen,     s.systolic,
                                            s.pulse,           s.consciousness, s.temperature};
    for (int part : parts)
        s.total += part;
    const bool singleThree = std::find(parts.begin(), parts.end(), 3) != parts.end();

    // RCP 2017, Chart 4.
    if (s.total >= 7) {
        s.risk = News2Risk::High;
        s.nextObservationMinutes = 0;
    } else if (s.total >= 5) {
        s.risk = News2Risk::Medium;
        s.nextObservationMinutes = 60;
    } else if (singleThree) {
        s.risk = News2Risk::LowMedium;
        s.nextObservationMinutes = 60;
    } else {
        s.risk = News2Risk::Low;
        s.nextObservationMinutes = s.total == 0 ? 720 : 240;
    }
    return s;
}

} // namespace pulsedesk
