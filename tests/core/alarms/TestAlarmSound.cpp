#include "PcmAnalysis.h"
#include "alarms/AlarmSound.h"

#include <QTest>

#include <cmath>

using namespace pulsedesk;
using pulsedesk::test::powerAt;
using pulsedesk::test::pulsesIn;
using Span = pulsedesk::test::PcmSpan;

namespace {

constexpr qint64 T0 = 1'780'000'000'000;

double decibels(double power, double reference)
{
    return 10.0 * std::log10(power / reference);
}

Alarm alarm(qint64 id, AlarmPriority priority, AlarmState state = AlarmState::Active, qint64 pausedUntil = 0)
{
    Alarm a;
    a.id = id;
    a.priority = priority;
    a.state = state;
    a.audioPausedUntilMs = pausedUntil;
    return a;
}

} // namespace

/// The auditory alarm signals (IEC 60601-1-8 as cited in clinical-reference.md, section 4), measured on the PCM the
/// workstation plays, and the rules for when they sound.
class TestAlarmSound : public QObject
{
    Q_OBJECT

private slots:
    void highIsTenPulsesGroupedThreeTwoThreeTwo()
    {
        const auto signal = alarmSignal(AlarmPriority::High);
        QVERIFY(signal);
        const QList<Span> pulses = pulsesIn(test::pcmSamples(renderAlarmSignal(*signal)), AlarmSampleRate);
        QCOMPARE(pulses.size(), 10);
        QList<double> gaps;
        for (qsizetype i = 1; i < pulses.size(); ++i)
            gaps.append(pulses[i].startMs - (pulses[i - 1].startMs + pulses[i - 1].lengthMs));
        for (const Span& p : pulses) {
            QVERIFY2(p.lengthMs >= 75 && p.lengthMs <= 200, qPrintable(QString::number(p.lengthMs)));
        }
        // Within a group the pulses follow closely (50–125 ms); between the groups of 3 and 2 the silence is
        // longer, and longest in the middle of the burst.
        for (int i : {0, 1, 3, 5, 6, 8})
            QVERIFY2(gaps[i] >= 50 && gaps[i] <= 125 + 5, qPrintable(QString::number(gaps[i])));
        for (int i : {2, 7})
            QVERIFY(gaps[i] > gaps[0] * 2);
        QVERIFY(gaps[4] > gaps[2]);
        QVERIFY(signal->repeatMs >= 2'500 && signal->repeatMs <= 15'000);
        QVERIFY(signal->repeatMs > signal->lengthMs);
    }

    void mediumIsThreeSlowerPulses()
    {
        const auto signal = alarmSignal(AlarmPriority::Medium);
        QVERIFY(signal);
        const QList<Span> pulses = pulsesIn(test::pcmSamples(renderAlarmSignal(*signal)), AlarmSampleRate);
        QCOMPARE(pulses.size(), 3);
        for (const Span& p : pulses)
            QVERIFY2(p.lengthMs >= 125 && p.lengthMs <= 250, qPrintable(QString::number(p.lengthMs)));
        const double gap = pulses[1].startMs - (pulses[0].startMs + pulses[0].lengthMs);
        QVERIFY2(gap >= 125 - 5 && gap <= 250, qPrintable(QString::number(gap)));
        QVERIFY(signal->repeatMs >= 2'500 && signal->repeatMs <= 30'000);
        QVERIFY(signal->repeatMs > alarmSignal(AlarmPriority::High)->repeatMs);
    }

    void lowIsNotHeard() { QVERIFY(!alarmSignal(AlarmPriority::Low)); }

    /// The pitch: the strongest frequency of a pulse's steady part is the fundamental (150–1000 Hz); harmonics 2
    /// to 5 lie in 300–4000 Hz within 15 dB of it; between harmonics there is nothing. High is higher than medium.
    void pitchAndHarmonics_data()
    {
        QTest::addColumn<int>("priority");
        QTest::newRow("high") << int(AlarmPriority::High);
        QTest::newRow("medium") << int(AlarmPriority::Medium);
    }

    void pitchAndHarmonics()
    {
        QFETCH(int, priority);
        const auto signal = alarmSignal(AlarmPriority(priority));
        const std::vector<double> x = test::pcmSamples(renderAlarmSignal(*signal));
        const AlarmPulse& first = signal->pulses.front();
        const auto from = size_t((first.startMs + signal->riseMs) * AlarmSampleRate / 1000);
        const auto count = size_t((first.lengthMs - 2 * signal->riseMs) * AlarmSampleRate / 1000);

        const double peakHz = test::strongestFrequency(x, from, count, 150, 1000, 5, AlarmSampleRate);
        const double peak = powerAt(x, from, count, peakHz, AlarmSampleRate);
        QVERIFY2(std::abs(peakHz - signal->fundamentalHz) <= 5, qPrintable(QString::number(peakHz)));
        for (int k = 2; k <= 5; ++k) {
            const double hz = signal->fundamentalHz * k;
            QVERIFY(hz >= 300 && hz <= 4000);
            const double db = decibels(powerAt(x, from, count, hz, AlarmSampleRate), peak);
            QVERIFY2(db > -15 && db < 0.5, qPrintable(QStringLiteral("harmonic %1: %2 dB").arg(k).arg(db)));
            const double between =
                decibels(powerAt(x, from, count, hz - signal->fundamentalHz / 2, AlarmSampleRate), peak);
            QVERIFY2(between < -25, qPrintable(QStringLiteral("between harmonics: %1 dB").arg(between)));
        }
    }

    void highAndMediumSoundDifferent()
    {
        const auto high = alarmSignal(AlarmPriority::High);
        const auto medium = alarmSignal(AlarmPriority::Medium);
        QVERIFY(high->fundamentalHz > medium->fundamentalHz * 1.25);
        QVERIFY(high->pulses.size() > medium->pulses.size());
        QVERIFY(high->pulses.front().lengthMs < medium->pulses.front().lengthMs);
    }

    /// Each pulse rises and falls over 10–20 % of its length: no click at either end.
    void pulsesRiseAndFallSoftly()
    {
        const auto signal = alarmSignal(AlarmPriority::Medium);
        const double share = double(signal->riseMs) / signal->pulses.front().lengthMs;
        QVERIFY(share >= 0.10 && share <= 0.20);
        const std::vector<double> x = test::pcmSamples(renderAlarmSignal(*signal));
        double loudest = 0;
        for (double v : x)
            loudest = std::max(loudest, std::abs(v));
        QVERIFY(loudest > 0.5 && loudest < 1.0);
        const auto ms = size_t(AlarmSampleRate / 1000);
        double onset = 0;
        for (size_t i = 0; i < ms; ++i)
            onset = std::max(onset, std::abs(x[i]));
        QVERIFY2(onset < loudest * 0.1, qPrintable(QString::number(onset)));
    }

    void soundsTheLoudestAndRepeats()
    {
        AlarmAnnunciator a;
        using Action = AlarmAnnunciator::Action;
        QCOMPARE(a.update({}, T0), Action::None);
        // A medium alarm taken over at start sounds at once, then every 20 s.
        std::vector<Alarm> open {alarm(1, AlarmPriority::Medium)};
        QCOMPARE(a.update(open, T0), Action::Play);
        QCOMPARE(a.priority(), AlarmPriority::Medium);
        QCOMPARE(a.update(open, T0 + 19'000), Action::None);
        QCOMPARE(a.update(open, T0 + 20'000), Action::Play);
        // A high alarm appears: its burst starts at once and comes back every 10 s.
        open.push_back(alarm(2, AlarmPriority::High));
        QCOMPARE(a.update(open, T0 + 21'000), Action::Play);
        QCOMPARE(a.priority(), AlarmPriority::High);
        QCOMPARE(a.update(open, T0 + 30'000), Action::None);
        QCOMPARE(a.update(open, T0 + 31'000), Action::Play);
        // Low alarms are never heard.
        QCOMPARE(a.update({alarm(3, AlarmPriority::Low)}, T0 + 32'000), Action::Stop);
        QCOMPARE(a.update({alarm(3, AlarmPriority::Low)}, T0 + 60'000), Action::None);
    }

    void silencedByAcknowledgementPauseAndEnd()
    {
        AlarmAnnunciator a;
        using Action = AlarmAnnunciator::Action;
        std::vector<Alarm> open {alarm(1, AlarmPriority::High), alarm(2, AlarmPriority::Medium)};
        QCOMPARE(a.update(open, T0), Action::Play);
        // The high alarm is acknowledged: its burst stops now; the medium one sounds 20 s after the last burst.
        open[0].state = AlarmState::Acknowledged;
        QCOMPARE(a.update(open, T0 + 1'000), Action::Stop);
        QCOMPARE(a.priority(), AlarmPriority::Medium);
        QCOMPARE(a.update(open, T0 + 19'000), Action::None);
        QCOMPARE(a.update(open, T0 + 20'000), Action::Play);
        // Audio paused for 2 minutes: silent, then heard again as soon as the pause runs out.
        open[1].audioPausedUntilMs = T0 + 140'000;
        QCOMPARE(a.update(open, T0 + 21'000), Action::Stop);
        QCOMPARE(a.update(open, T0 + 100'000), Action::None);
        QCOMPARE(a.update(open, T0 + 140'000), Action::Play);
        // Ended.
        open[1].state = AlarmState::Ended;
        QCOMPARE(a.update(open, T0 + 141'000), Action::Stop);
    }

    void announcedAlarmsSoundAtOnce()
    {
        AlarmAnnunciator a;
        using Action = AlarmAnnunciator::Action;
        QCOMPARE(a.announce(AlarmPriority::Low, T0), Action::None);
        QCOMPARE(a.announce(AlarmPriority::Medium, T0), Action::Play);
        QCOMPARE(a.update({alarm(1, AlarmPriority::Medium)}, T0 + 500), Action::None);
        // A louder alarm interrupts; a quieter or equal one does not restart a burst that is already sounding.
        QCOMPARE(a.announce(AlarmPriority::High, T0 + 600), Action::Play);
        QCOMPARE(a.announce(AlarmPriority::Medium, T0 + 700), Action::None);
        QCOMPARE(a.announce(AlarmPriority::High, T0 + 800), Action::None);
        const std::vector<Alarm> open {alarm(1, AlarmPriority::Medium), alarm(2, AlarmPriority::High)};
        QCOMPARE(a.update(open, T0 + 1'000), Action::None);
        QCOMPARE(a.update(open, T0 + 10'600), Action::Play);
        // Acknowledged a moment after it was raised: silent at once.
        QCOMPARE(a.announce(AlarmPriority::High, T0 + 11'000), Action::None);
        QCOMPARE(a.update({}, T0 + 11'200), Action::Stop);
        QCOMPARE(a.announce(AlarmPriority::Medium, T0 + 14'000), Action::Play);
    }
};

QTEST_GUILESS_MAIN(TestAlarmSound)
#include "TestAlarmSound.moc"
