#pragma once

#include "alarms/AlarmEngine.h"

#include <QByteArray>

#include <optional>
#include <vector>

namespace pulsedesk {

/// One pulse of an auditory alarm signal, from the start of its burst.
struct AlarmPulse
{
    int startMs = 0;
    int lengthMs = 0;
};

/// The auditory alarm signal of a priority, after IEC 60601-1-8 (clinical-reference.md, section 4): a burst of
/// pulses with a fundamental in 150–1000 Hz and four harmonics in 300–4000 Hz, repeated while the alarm sounds.
/// High and medium differ in every respect a listener can tell: pulse count and rhythm (10 pulses grouped
/// 3+2+3+2 against 3), tempo, pitch, and how often the burst comes back.
struct AlarmSignal
{
    double fundamentalHz = 0;
    std::vector<AlarmPulse> pulses;
    int riseMs = 0; ///< rise and fall time of each pulse (15 % of its length), so it clicks neither on nor off
    int lengthMs = 0; ///< the burst, from its first pulse's start to its last pulse's end
    qint64 repeatMs = 0; ///< from one burst's start to the next while the alarm goes on sounding
};

/// The signal for high and medium alarms. Low alarms have none: they are shown, not heard.
std::optional<AlarmSignal> alarmSignal(AlarmPriority priority);

/// The relative amplitudes of the fundamental and its harmonics 2 to 5 (all within 15 dB of the fundamental).
const std::vector<double>& alarmHarmonics();

constexpr int AlarmSampleRate = 22'050;

/// One burst as 16-bit signed little-endian mono PCM at `sampleRate`, silent between the pulses.
QByteArray renderAlarmSignal(const AlarmSignal& signal, int sampleRate = AlarmSampleRate);

/// Decides when the workstation sounds. It plays the burst of the loudest alarm that is sounding (active and
/// not audio-paused; high over medium), at once when an alarm is announced or a louder one appears, then again
/// after that signal's repeat interval, and falls silent as soon as nothing is sounding (acknowledged, paused,
/// ended). The time is passed in, so the rules are tested without waiting.
class AlarmAnnunciator
{
public:
    enum class Action
    {
        None,
        Play, ///< start the burst of `priority()` now (stopping any burst still playing)
        Stop, ///< stop the burst still playing: nothing sounds any more
    };

    /// An alarm just became audible (raised, priority raised, escalated, audio resumed).
    Action announce(AlarmPriority priority, qint64 nowMs);
    /// Looks at the open alarms (the live analysis publishes them before it announces their events); called
    /// every few hundred milliseconds.
    Action update(const std::vector<Alarm>& open, qint64 nowMs);

    /// The priority of the burst last started.
    std::optional<AlarmPriority> priority() const { return m_priority; }
    /// The priority that sounds now, if any.
    static std::optional<AlarmPriority> loudest(const std::vector<Alarm>& open, qint64 nowMs);

private:
    Action play(AlarmPriority priority, qint64 nowMs);

    std::optional<AlarmPriority> m_priority;
    qint64 m_startedMs = 0;
    bool m_sounding = false;
};

} // namespace pulsedesk
