#pragma once

#include "common/Result.h"

#include <QString>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Where the hospital interfaces listen and send, kept in the settings table under "interfaces.*" (admin).
struct InterfaceConfig
{
    QString adtListen; ///< "HOST:PORT" of the ADT listener; "" = off
    QString certificateFile; ///< PEM certificate (and key, or keyFile) for TLS on the ADT listener
    QString keyFile;
    QString allowedPeers; ///< addresses and subnets allowed to send ADT; "" = any
    QString resultsTo; ///< "HOST:PORT" of the EHR taking ORU^R01 results; "" = off
    QString alarmsTo; ///< "HOST:PORT" of the alarm manager taking ORU^R40; "" = off
};

/// A host and port read from "HOST:PORT" ("[v6]:PORT" too).
struct HostPort
{
    QString host;
    quint16 port = 0;
    static Result<HostPort> parse(const QString& text);
};

class InterfaceSettings
{
public:
    enum class Key
    {
        AdtListen,
        Certificate,
        Key,
        AllowedPeers,
        ResultsTo,
        AlarmsTo,
        ResultsSummary,
        AlarmsTopic,
    };

    /// The values of ResultsSummary.
    static constexpr auto SummaryWindows = "windows";
    static constexpr auto SummaryMinuteMedian = "minute-median";

    InterfaceSettings(Database& database, AuditLog& audit);

    InterfaceConfig read() const;
    /// What the results outbox sends (ResultsSummary): SummaryWindows, each analysis window (the default), or
    /// SummaryMinuteMedian, per patient and device one ORU^R01 per completed minute with the minute's median heart
    /// rate and SpO2, as GE trends. The store's triggers read the setting (schema migration 14).
    QString resultsSummary() const;
    /// The MQTT topic on which the live pipeline's owner publishes each alarm event with bed, priority, condition,
    /// event and time only (monitoring/AlarmTopic, which reads the setting itself at every tick); "" = off.
    QString alarmsTopic() const;
    /// Sets one setting; admin, checked and audited. AlarmsTopic must be an MQTT topic name one can publish on
    /// (MqttSettings::publishTopicProblem) that none of the stored ingest subscriptions takes (the alarms would
    /// come back as device messages). Setting a destination turns its outbox queue on (results
    /// and alarm events are queued from then on, also while nothing sends them); clearing it turns the queue off.
    Status set(const Session& session, Key key, const QString& value);
    /// Turns the outbox queue of "results" or "alarms" on for a destination given on the command line; admin.
    Status enableQueue(const Session& session, const QString& destination);
    /// The same for interfaces the installation runs (pulsedesk-server, the one-PC workstation): turns the queue on
    /// if it is off, audited under the service's name. The destination itself was set by an admin.
    Status enableQueueForService(const QString& serviceName, const QString& destination);

    static QString keyName(Key key);
    static std::optional<Key> keyFromName(const QString& name);

private:
    Status write(qint64 userId, const QString& username, const QString& key, const QString& value);

    Database& m_database;
    AuditLog& m_audit;
};

} // namespace pulsedesk
