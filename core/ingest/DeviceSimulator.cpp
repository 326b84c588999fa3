#include "ingest/DeviceSimulator.h"

#include "common/KeyTable.h"

#include <algorithm>
#include <cmath>

namespace pulsedesk {

DeviceSimulator::DeviceSimulator(const QList<Device>& devices, quint32 seed, Options options)
    : m_random(seed)
    , m_other(seed ^ 0x5bd1e995u)
    , m_options(options)
{
    for (const Device& d : devices) {
        State s;
        s.device = d;
        // Each wearer has their own resting rate around the one that fits their age.
        s.baseline = restingRate(d.ageYears) + (m_random.generateDouble() - 0.5) * 10;
        s.spo2 = 96 + m_other.generateDouble() * 2.5;
        s.temperature = 36.5 + m_other.generateDouble() * 0.6;
        s.systolic = 110 + m_other.generateDouble() * 20;
        s.diastolic = 68 + m_other.generateDouble() * 12;
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

QString DeviceSimulator::faultKey(Fault fault)
{
    static constexpr KeyTable<Fault, 5> Keys = {{
        {Fault::None, ""},
        {Fault::Offset, "offset"},
        {Fault::Stuck, "stuck"},
        {Fault::Noise, "noise"},
        {Fault::Dropouts, "dropouts"},
    }};
    return keyOf(Keys, fault);
}

QList<DeviceSimulator::Device> DeviceSimulator::faultyDevices(const QString& prefix, int count)
{
    static const Fault kinds[] = {Fault::Offset, Fault::Stuck, Fault::Noise, Fault::Dropouts};
    QList<Device> devices;
    for (int i = 0; i < count; ++i) {
        const Fault fault = kinds[i % 4];
        devices.append({QStringLiteral("%1fault-%2-%3").arg(prefix, faultKey(fault)).arg(i / 4 + 1), 40, fault});
    }
    return devices;
}

QByteArray DeviceSimulator::sample(const State& s, qint64 timestampMs, const QByteArray& vitals) const
{
    return QByteArray("{\"deviceId\":\"") + s.device.deviceId.toUtf8()
        + "\",\"timestamp\":" + QByteArray::number(timestampMs) + ',' + vitals + '}';
}

QByteArray DeviceSimulator::otherVitals(State& s)
{
    const double noise = s.device.fault == Fault::Noise ? NoiseFactor : 1;
    const bool offset = s.device.fault == Fault::Offset;
    const auto jitter = [this, noise](double width) { return (m_other.generateDouble() - 0.5) * width * noise; };
    s.otherDrift = std::clamp(s.otherDrift + (m_other.generateDouble() - 0.5) * 0.2, -1.0, 1.0);
    const double spo2 = std::clamp(std::round(s.spo2 + s.otherDrift * 0.8 + jitter(2) - (offset ? 6 : 0)), 70.0, 100.0);
    const double temperature =
        std::round((s.temperature + s.otherDrift * 0.2 + jitter(0.2) + (offset ? 1.2 : 0)) * 10) / 10;
    const double systolic = std::round(s.systolic + s.otherDrift * 6 + jitter(6) + (offset ? 20 : 0));
    const double diastolic = std::round(s.diastolic + s.otherDrift * 4 + jitter(4) + (offset ? 12 : 0));
    return ",\"spo2\":" + QByteArray::number(spo2) + ",\"temperature\":" + QByteArray::number(temperature, 'f', 1)
        + ",\"systolic\":" + QByteArray::number(systolic) + ",\"diastolic\":" + QByteArray::number(diastolic);
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
        const double extraNoise =
            s.device.fault == Fault::Noise ? (m_other.generateDouble() - 0.5) * 4 * (NoiseFactor - 1) : 0;
        const int bpm =
            std::clamp(static_cast<int>(std::lround((s.baseline + s.drift) * factor + noise + extraNoise)), 25, 280);
        QByteArray vitals = "\"bpm\":" + QByteArray::number(bpm);
        if (m_options.allVitals)
            vitals += otherVitals(s);
        if (s.device.fault == Fault::Stuck) {
            // Frozen for the second half of every 20 minutes: the values last sent, again and again.
            if ((s.seconds++ / 600) % 2 == 1 && !s.frozen.isEmpty())
                vitals = s.frozen;
            else
                s.frozen = vitals;
        }
        const QByteArray payload = sample(s, nowMs, vitals);
        ++m_generated;
        if (s.device.fault == Fault::Dropouts && m_other.generateDouble() < 0.35)
            continue;

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
