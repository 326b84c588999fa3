#include "AlarmSound.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace pulsedesk {

namespace {

/// Lays out pulses of one length separated by the given silences.
std::vector<AlarmPulse> pulsesWithGaps(int pulseMs, const std::vector<int>& gapsMs)
{
    std::vector<AlarmPulse> pulses;
    int at = 0;
    pulses.push_back({at, pulseMs});
    for (int gap : gapsMs) {
        at += pulseMs + gap;
        pulses.push_back({at, pulseMs});
    }
    return pulses;
}

AlarmSignal finish(AlarmSignal signal)
{
    const AlarmPulse& last = signal.pulses.back();
    signal.lengthMs = last.startMs + last.lengthMs;
    signal.riseMs = signal.pulses.front().lengthMs * 15 / 100;
    return signal;
}

} // namespace

std::optional<AlarmSignal> alarmSignal(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::High: {
        // 10 pulses of 150 ms (standard: 75–200 ms) grouped 3+2, a pause, 3+2; 100 ms between the pulses of a
        // group (50–125 ms). 660 Hz keeps harmonics 2 to 5 under 4 kHz. Repeated every 10 s (2.5–15 s).
        static const AlarmSignal high =
            finish({660.0, pulsesWithGaps(150, {100, 100, 350, 100, 1000, 100, 100, 350, 100}), 0, 0, 10'000});
        return high;
    }
    case AlarmPriority::Medium: {
        // 3 pulses of 200 ms (125–250 ms), 200 ms apart (125–250 ms), lower and slower than high; every 20 s.
        static const AlarmSignal medium = finish({440.0, pulsesWithGaps(200, {200, 200}), 0, 0, 20'000});
        return medium;
    }
    case AlarmPriority::Low:
        break;
    }
    return std::nullopt;
}

const std::vector<double>& alarmHarmonics()
{
    // Falling gently: the fifth harmonic is 10.5 dB under the fundamental, inside the standard's 15 dB.
    static const std::vector<double> amplitudes {1.0, 0.7, 0.5, 0.4, 0.3};
    return amplitudes;
}

QByteArray renderAlarmSignal(const AlarmSignal& signal, int sampleRate)
{
    const qsizetype frames = qsizetype(signal.lengthMs) * sampleRate / 1000;
    QByteArray pcm(frames * 2, '\0');
    const std::vector<double>& harmonics = alarmHarmonics();
    double total = 0;
    for (double a : harmonics)
        total += a;
    const double scale = 0.8 * 32767.0 / total;
    const double rise = std::max(1.0, signal.riseMs * sampleRate / 1000.0);
    auto* out = reinterpret_cast<uchar*>(pcm.data());
    for (const AlarmPulse& pulse : signal.pulses) {
        const qsizetype first = qsizetype(pulse.startMs) * sampleRate / 1000;
        const qsizetype length = qsizetype(pulse.lengthMs) * sampleRate / 1000;
        for (qsizetype i = 0; i < length && first + i < frames; ++i) {
            const double envelope = std::min({1.0, double(i) / rise, double(length - 1 - i) / rise});
            const double t = double(i) / sampleRate;
            double value = 0;
            for (size_t k = 0; k < harmonics.size(); ++k)
                value += harmonics[k] * std::sin(2.0 * std::numbers::pi * signal.fundamentalHz * double(k + 1) * t);
            qToLittleEndian(qint16(std::lround(value * envelope * scale)), out + 2 * (first + i));
        }
    }
    return pcm;
}

std::optional<AlarmPriority> AlarmAnnunciator::loudest(const std::vector<Alarm>& open, qint64 nowMs)
{
    std::optional<AlarmPriority> loudest;
    for (const Alarm& alarm : open) {
        if (alarm.priority == AlarmPriority::Low || !alarm.isSounding(nowMs))
            continue;
        if (!loudest || alarm.priority > *loudest)
            loudest = alarm.priority;
    }
    return loudest;
}

AlarmAnnunciator::Action AlarmAnnunciator::announce(AlarmPriority priority, qint64 nowMs)
{
    if (!alarmSignal(priority))
        return Action::None;
    // A signal of this priority or a louder one is already sounding and repeats by itself.
    if (m_sounding && m_priority && *m_priority >= priority)
        return Action::None;
    return play(priority, nowMs);
}

AlarmAnnunciator::Action AlarmAnnunciator::update(const std::vector<Alarm>& open, qint64 nowMs)
{
    const std::optional<AlarmPriority> now = loudest(open, nowMs);
    if (!now) {
        if (!m_sounding)
            return Action::None;
        m_sounding = false;
        return Action::Stop;
    }
    if (!m_sounding || !m_priority || *now > *m_priority)
        return play(*now, nowMs);
    if (*now < *m_priority) {
        // The louder alarms were silenced: their burst stops at once; the quieter one keeps its own interval,
        // counted from the last burst.
        m_priority = *now;
        return Action::Stop;
    }
    if (nowMs - m_startedMs >= alarmSignal(*now)->repeatMs)
        return play(*now, nowMs);
    return Action::None;
}

AlarmAnnunciator::Action AlarmAnnunciator::play(AlarmPriority priority, qint64 nowMs)
{
    m_priority = priority;
    m_startedMs = nowMs;
    m_sounding = true;
    return Action::Play;
}

} // namespace pulsedesk
