#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace pulsedesk {

/// Generates what a ward of heart-rate devices publishes, one tick (second) at a time, without any network:
/// a resting rate that fits each wearer's age, slow drift and noise, episodes of bradycardia and tachycardia,
/// dropouts, duplicates, late and reordered messages, and offline periods whose buffered samples are later
/// published as one batch. Optionally SpO2, temperature and blood pressure too, and faulty devices (for the
/// device-fleet health). Deterministic for a given seed, so tests can check what it makes.
class DeviceSimulator
{
public:
    /// What is wrong with a simulated device (the label a benchmark checks the fleet health against).
    enum class Fault
    {
        None,
        Offset, ///< SpO2 reads 6 % low, temperature 1.2 °C and blood pressure 20/12 mmHg high
        Stuck, ///< every value frozen for 10 minutes in every 20
        Noise, ///< eight times the noise on every vital
        Dropouts, ///< 35 % of the samples never sent
    };

    struct Device
    {
        QString deviceId;
        double ageYears = 40; ///< sets the resting rate (infants ~140/min, adults ~72/min)
        Fault fault = Fault::None;
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
        bool allVitals = false; ///< SpO2, temperature and blood pressure besides the heart rate
    };

    DeviceSimulator(const QList<Device>& devices, quint32 seed, Options options);

    /// What the devices publish at `nowMs` (one call per second of device time).
    QList<Publication> tick(qint64 nowMs);

    /// The resting heart rate that fits an age, the centre the simulated rate wanders around.
    static double restingRate(double ageYears);
    /// "offset", "stuck", "noise", "dropouts" ("" for None).
    static QString faultKey(Fault fault);
    /// `count` faulty adult devices, the fault kinds in turn, labelled in their ids: "<prefix>fault-offset-1", ...
    static QList<Device> faultyDevices(const QString& prefix, int count);

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
        // The other vitals (allVitals): each wearer's own baseline and a slow drift.
        double spo2 = 97, temperature = 36.8, systolic = 120, diastolic = 75;
        double otherDrift = 0;
        int seconds = 0; ///< since the first tick
        QByteArray frozen; ///< Stuck: the vitals as last sent before the freeze
    };

    static constexpr double NoiseFactor = 8; ///< Fault::Noise

    QByteArray sample(const State& s, qint64 timestampMs, const QByteArray& vitals) const;
    /// The vitals besides the heart rate, as JSON members (each starting with a comma).
    QByteArray otherVitals(State& s);

    QList<State> m_states;
    QRandomGenerator m_random;
    QRandomGenerator m_other; ///< for the other vitals and the faults, so the heart rates stay as without them
    Options m_options;
    qint64 m_generated = 0;
};

} // namespace pulsedesk
