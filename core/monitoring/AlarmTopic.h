#pragma once

#include "alarms/AlarmEngine.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace pulsedesk {

/// The optional MQTT topic carrying alarms (the admin setting interfaces.alarms.topic; "" = off): every alarm event
/// stored in `alarm_events` (raised, priority-raised, condition-cleared, escalated, acknowledged, audio-paused,
/// audio-resumed, ended; not "updated", the value and category changes, which the ORU^R40 outbox leaves out too) as
/// one compact JSON object with the bed, the priority, the condition's key, the event and the time only:
///
///     {"bed":"4","priority":"high","condition":"tachycardia","state":"raised","time":"2026-12-07T06:11:48.123Z"}
///
/// Never a name, MRN, birth date, device, person or comment: the payload is built from these five values alone,
/// and a patient without a bed (or an alarm about the workstation itself) has "bed": null.
///
/// It reads the store, not the alarm engine's signals, so what people do on any workstation of the ward
/// (acknowledge, pause) goes out as well as what the analysis does. The live analysis calls publishNew() on its
/// thread at each tick and after it stored alarm events; the setting is read each time, so a change takes effect
/// within a tick, without a restart. When turned on it starts at the newest stored event (no history is sent).
///
/// Delivery is best effort: the publisher queues a QoS 1 publication, not retained, in the ingest's MQTT client
/// without waiting for the broker (MqttClient::publish). When the client is not connected the event is dropped
/// and counted (dropped()); libmosquitto's queue of a connection that is later lost is dropped with the
/// connection. Events stored while no live pipeline runs, or while a ward server's standby takes over, are not
/// sent. The alarms' authoritative paths stay the store, the screens and the durable HL7 ORU^R40 outbox.
class AlarmTopic
{
public:
    /// Queues one publication on `topic`; false when it could not be queued (not connected, no ingest, or the
    /// topic is one the ingest subscribes to). Thread-safe, never waits for the network.
    using Publisher = std::function<bool(const QString& topic, const QByteArray& payload)>;

    /// The settings key (InterfaceSettings::Key::AlarmsTopic).
    static constexpr auto SettingKey = "interfaces.alarms.topic";

    explicit AlarmTopic(Publisher publisher);

    /// Reads the setting and publishes what was stored in alarm_events since the last call, oldest first. On the
    /// analysis thread, outside a transaction.
    Status publishNew(QSqlDatabase& db);

    qint64 published() const { return m_published; }
    qint64 dropped() const { return m_dropped; }

    /// The payload of one event: the five values and nothing else. `bed` empty gives null.
    static QByteArray payload(const QString& bed, AlarmPriority priority, AlarmCondition condition,
                              const QString& state, qint64 atMs);

private:
    Publisher m_publisher;
    std::optional<qint64> m_after; ///< the newest event id handled; unset until the first call
    qint64 m_published = 0;
    qint64 m_dropped = 0;
    bool m_dropping = false; ///< the last publication failed (logged once per run of failures)
};

} // namespace pulsedesk
