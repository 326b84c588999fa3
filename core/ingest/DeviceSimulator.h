#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace pulsedesk {

/// Generates what a ward of heart-rate devices publishes, one tick (second) at a time, without any network:
/// a resting rate that fits each wearer's age, slow drift and noise, episodes of bradycardia and tachycardia,
/// dropouts, duplicates, late and reordered messages, and offline periods whose buffered samples are later
/// published as one batch. Deterministic for a given seed, so tests can check what it makes.
class DeviceSimulator
{
public:
    struct Device
    {
        QString deviceId;
        double ageYears = 40; ///< sets the resting rate (infants ~140/min, adults ~72/min)
    };

    struct Publication
    {
        bool batch = false; ///< true: a buffered dump for the batch topic
        QByteArray payload;
    };

    struct Options
    {
        double episodeChancePerMinute = 0.05; ///< per device: start of a brady- or tachycardia episode
        double dropoutChance = 0.01; ///< a sample never sent
        double duplicateChance = 0.01; ///< a sample sent twice
        double lateChance = 0.01; ///< a sample held back 2–5 s (arrives out of order)
        double offlineChancePerMinute = 0.02; ///< the device loses its link for 30–120 s, then sends a batch
    };

    DeviceSimulator(const QList<Device>& devices, quint32 seed, Options options);

    /// What the devices publish at `nowMs` (one call per second of device time).
    QList<Publication> tick(qint64 nowMs);

    /// The resting heart rate that fits an age, the centre the simulated rate wanders around.
    static double restingRate(double ageYears);

    qint64 samplesGenerated() const { return m_generated; }

private:
    struct State
    {
        Device device;
        double baseline = 72;
        double drift = 0;
        int episodeSecondsLeft = 0;
        double episodeFactor = 1;
        int offlineSecondsLeft = 0;
        QList<QByteArray> buffered; ///< samples taken while offline
        QList<std::pair<qint64, QByteArray>> late; ///< (release time, payload)
    };

    QByteArray sample(const State& s, qint64 timestampMs, int bpm) const;

    QList<State> m_states;
    QRandomGenerator m_random;
    Options m_options;
    qint64 m_generated = 0;
};

} // namespace pulsedesk
