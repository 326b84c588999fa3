#pragma once

#include "common/Result.h"
#include "settings/MqttSettings.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

namespace pulsedesk {

struct MqttMessage
{
    QString topic;
    QByteArray payload;
    bool retained = false; ///< the broker's retained message for the topic, sent on subscribing
};

/// The connection state as the status bar and `monitor` show it.
struct MqttStatus
{
    enum class State
    {
        Stopped,
        Connecting,
        Connected,
        Reconnecting, ///< lost or refused; retrying with back-off
        Failed, ///< the settings cannot work (bad TLS files, bad host ...); not retried
    };
    State state = State::Stopped;
    QString detail; ///< the last error, in words
    QDateTime since; ///< when the current state began
    QDateTime lastMessageAt; ///< invalid before the first message
    double messagesPerSecond = 0;
    qint64 messagesReceived = 0;
    /// The broker keeps dropping the connection right after accepting it: another client is connecting with the
    /// same client id and takes the session over (the detail says so). Cleared once a connection holds.
    bool clientIdInUse = false;
};

/// The one class that knows the MQTT client library (libmosquitto). It subscribes with QoS 1 on a persistent
/// session (clean session off, stable client id), reconnects with exponential back-off and jitter, and hands
/// received messages to a batch handler on its own thread.
///
/// Acknowledgement: the library is told the application runs its own loop (mosquitto_threaded_set), so the
/// PUBACKs it prepares while reading stay queued until this class writes them, which it does only after the
/// batch handler returned true, i.e. after the batch is durably stored. If the handler fails, the connection
/// is dropped without writing them and the broker delivers the batch again.
///
/// Takeover: a broker drops a client whose id another client connects with. A connection dropped within
/// QuickDropMs of being accepted, TakeoverDrops times in a row, is reported as a clash of client ids
/// (MqttStatus::clientIdInUse) until a connection holds for StableMs.
class MqttClient : public QObject
{
    Q_OBJECT

public:
    /// Runs on the client's thread; succeeds once the batch is durable (then it is acknowledged). On failure the
    /// error's message becomes the status detail and the batch is delivered again.
    using BatchHandler = std::function<Status(const QList<MqttMessage>&)>;

    /// Without a handler the client only publishes and subscribes to nothing.
    MqttClient(MqttSettings settings, BatchHandler handler, QObject* parent = nullptr);
    ~MqttClient() override;

    void start();
    /// Stops the thread; pending acknowledgements of stored messages are written first.
    void stop();
    /// Queues a QoS 1 publication (simulator, alarm topic); thread-safe.
    bool publish(const QString& topic, const QByteArray& payload, int qos = 1);
    /// Called on the client's thread just before it ends (to release its database connection).
    void setThreadFinishedHook(std::function<void()> hook) { m_threadFinished = std::move(hook); }

    MqttStatus status() const;
    /// Publications the broker has acknowledged since start().
    qint64 acknowledgedPublications() const;

    /// Largest number of messages stored and acknowledged together.
    static constexpr int MaxBatch = 2000;
    static constexpr qint64 QuickDropMs = 5'000;
    static constexpr int TakeoverDrops = 3;
    static constexpr qint64 StableMs = 60'000;

signals:
    void statusChanged(const pulsedesk::MqttStatus& status);

private:
    void run();
    struct Impl;
    std::unique_ptr<Impl> d;
    std::function<void()> m_threadFinished;
};

} // namespace pulsedesk

Q_DECLARE_METATYPE(pulsedesk::MqttStatus)
