#include "AlarmNotifier.h"
#include "PcmAnalysis.h"
#include "SoundServer.h"
#include "TestWorkspace.h"

#include <QTest>

using namespace pulsedesk;

namespace {

constexpr int RecordRate = 22'050;

} // namespace

/// What a ward really hears: the workstation plays its alarm bursts into a private PulseAudio server, and the
/// test records the sink and measures them: rhythm, pitch, and silence once the alarm is acknowledged.
class TestGuiAlarmSound : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.error())); }

    void burstsAreHeardWithTheirRhythmAndPitch_data()
    {
        QTest::addColumn<int>("priority");
        QTest::addColumn<int>("pulses");
        QTest::addColumn<double>("pitchHz");
        QTest::newRow("high") << int(AlarmPriority::High) << 10 << 660.0;
        QTest::newRow("medium") << int(AlarmPriority::Medium) << 3 << 440.0;
    }

    void burstsAreHeardWithTheirRhythmAndPitch()
    {
        QFETCH(int, priority);
        QFETCH(int, pulses);
        QFETCH(double, pitchHz);
        ManualClock clock;
        std::vector<Alarm> open;
        ui::AlarmNotifier notifier([&open] { return open; }, clock);
        QVERIFY(notifier.hasSoundDevice());
        QVERIFY(m_server.startRecording(RecordRate));
        QTest::qWait(300);
        const AlarmEvent event = test::raisedAlarm(1, AlarmPriority(priority));
        open.push_back(event.alarm);
        notifier.notify(event);
        QVERIFY(notifier.isSounding());
        const qint64 playedFromMs = m_server.recordedMs();
        QTRY_VERIFY_WITH_TIMEOUT(!notifier.isSounding(), 15'000);
        const auto signal = alarmSignal(AlarmPriority(priority));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.recordedMs() > playedFromMs + signal->lengthMs + 500, 10'000);
        const std::vector<double> heard = test::pcmSamples(m_server.takeRecording());

        const QList<test::PcmSpan> spans = test::pulsesIn(heard, RecordRate, 0.02);
        QCOMPARE(spans.size(), pulses);
        for (const test::PcmSpan& span : spans)
            QVERIFY2(std::abs(span.lengthMs - signal->pulses.front().lengthMs) < 25,
                     qPrintable(QString::number(span.lengthMs)));
        const test::PcmSpan& first = spans.front();
        const auto from = size_t((first.startMs + 40) * RecordRate / 1000);
        const auto count = size_t((first.lengthMs - 80) * RecordRate / 1000);
        const double heardHz = test::strongestFrequency(heard, from, count, 150, 1000, 5, RecordRate);
        QVERIFY2(std::abs(heardHz - pitchHz) <= 10, qPrintable(QString::number(heardHz)));
    }

    /// Acknowledging the alarm silences the burst at once, not at its end.
    void acknowledgingSilencesAtOnce()
    {
        ManualClock clock;
        std::vector<Alarm> open;
        ui::AlarmNotifier notifier([&open] { return open; }, clock);
        QVERIFY(m_server.startRecording(RecordRate));
        QTest::qWait(300);
        const AlarmEvent event = test::raisedAlarm(2, AlarmPriority::High);
        open.push_back(event.alarm);
        notifier.notify(event);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.playingStreams(), 1, 5'000);
        // The first pulse is heard (after the sound server's latency).
        QTRY_VERIFY_WITH_TIMEOUT(
            !test::pulsesIn(test::pcmSamples(m_server.recordedSoFar()), RecordRate, 0.02).isEmpty(), 5'000);
        open.front().state = AlarmState::Acknowledged;
        notifier.updateSound();
        QVERIFY(!notifier.isSounding());
        QTRY_COMPARE_WITH_TIMEOUT(m_server.playingStreams(), 0, 1'000);
        // Longer than the rest of the burst would have taken.
        const qint64 stoppedAtMs = m_server.recordedMs();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.recordedMs() > stoppedAtMs + 4'000, 10'000);
        const QList<test::PcmSpan> spans = test::pulsesIn(test::pcmSamples(m_server.takeRecording()), RecordRate, 0.02);
        QVERIFY2(spans.size() >= 1 && spans.size() < 10, qPrintable(QString::number(spans.size())));
    }

private:
    test::SoundServer m_server;
};

QTEST_MAIN(TestGuiAlarmSound)
#include "TestGuiAlarmSound.moc"
