#include "ingest/DeviceSimulator.h"

#include <algorithm>
#include <cmath>

namespace pulsedesk {

DeviceSimulator::DeviceSimulator(const QList<Device>& devices, quint32 seed, Options options)
    : m_random(seed)
    , m_options(options)
{
    for (const Device& d : devices) {
        State s;
        s.device = d;
        // Each wearer has their own resting rate around the one that fits their age.
        s.baseline = restingRate(d.ageYears) + (m_random.generateDouble() - 0.5) * 10;
        m_states.append(s);
    }
}

double DeviceSimulator::restingRate(double ageYears)
{
    // Medians of the Fleming 2011 centile table for children, ~72/min for adults (Ostchega 2011).
    if (ageYears < 0.25)
        return 143;
    if (ageYears < 1)
        return 134;
    if (ageYears < 2)
        return 120;
    if (ageYears < 4)
        return 107;
    if (ageYears < 8)
        return 95;
    if (ageYears < 12)
        return 84;
    if (ageYears < 18)
        return 76;
    return 72;
}

QByteArray DeviceSimulator::sample(const State& s, qint64 timestampMs, int bpm) const
{
    return QByteArray("{\"deviceId\":\"") + s.device.deviceId.toUtf8()
        + "\",\"timestamp\":" + QByteArray::number(timestampMs) + ",\"bpm\":" + QByteArray::number(bpm) + '}';
}

QList<DeviceSimulator::Publication> DeviceSimulator::tick(qint64 nowMs)
{
    QList<Publication> out;
    for (State& s : m_states) {
        // Held-back samples whose time has come arrive now, after newer ones.
        for (qsizetype i = s.late.size() - 1; i >= 0; --i) {
            if (s.late[i].first <= nowMs) {
                out.append({false, s.late[i].second});
                s.late.removeAt(i);
            }
        }

        s.drift = std::clamp(s.drift + (m_random.generateDouble() - 0.5) * 0.6, -8.0, 8.0);
        if (s.episodeSecondsLeft > 0) {
            --s.episodeSecondsLeft;
        } else if (m_random.generateDouble() < m_options.episodeChancePerMinute / 60) {
            s.episodeSecondsLeft = 30 + static_cast<int>(m_random.bounded(60));
            s.episodeFactor = m_random.generateDouble() < 0.5 ? 0.55 : 1.7; // bradycardia or tachycardia
        }
        const double factor = s.episodeSecondsLeft > 0 ? s.episodeFactor : 1.0;
        const double noise = (m_random.generateDouble() - 0.5) * 4;
        const int bpm = std::clamp(static_cast<int>(std::lround((s.baseline + s.drift) * factor + noise)), 25, 280);
        const QByteArray payload = sample(s, nowMs, bpm);
        ++m_generated;

        if (s.offlineSecondsLeft == 0 && m_random.generateDouble() < m_options.offlineChancePerMinute / 60)
            s.offlineSecondsLeft = 30 + static_cast<int>(m_random.bounded(90));
        if (s.offlineSecondsLeft > 0) {
            s.buffered.append(payload);
            if (--s.offlineSecondsLeft == 0) {
                // Back online: the buffered samples go out as one dump on the batch topic.
                out.append({true, '[' + s.buffered.join(',') + ']'});
                s.buffered.clear();
            }
            continue;
        }
        const double roll = m_random.generateDouble();
        if (roll < m_options.dropoutChance)
            continue;
        if (roll < m_options.dropoutChance + m_options.lateChance) {
            s.late.append({nowMs + 2000 + static_cast<qint64>(m_random.bounded(3000)), payload});
            continue;
        }
        out.append({false, payload});
        if (roll < m_options.dropoutChance + m_options.lateChance + m_options.duplicateChance)
            out.append({false, payload});
    }
    return out;
}

} // namespace pulsedesk
