#pragma once

#include "ingest/IngestPipeline.h"
#include "ingest/MqttClient.h"

#include <QMutex>
#include <QObject>

#include <memory>

namespace pulsedesk {

class Workspace;

/// Live ingest as the workstation and `pulsedesk-cli monitor` run it: an MqttClient whose batches go through
/// the workspace's IngestPipeline on the client's own thread. It keeps running while the screen is locked.
class IngestService : public QObject
{
    Q_OBJECT

public:
    explicit IngestService(Workspace& workspace, QObject* parent = nullptr);
    ~IngestService() override;

    /// (Re)starts with these settings; without a client id, with the one this data folder generated.
    void start(const MqttSettings& settings);
    void stop();
    bool isRunning() const { return m_client != nullptr; }

    /// Called on the ingest thread after each batch is durably stored (analysis, benchmarks).
    using StoredHook = std::function<void(const QList<IncomingMessage>&, const IngestPipeline::Counts&)>;
    void setStoredHook(StoredHook hook) { m_storedHook = std::move(hook); }

    /// Queues a QoS 1 publication, not retained, on the running client (the alarm topic); thread-safe and never
    /// waits for the broker. False when it cannot be queued: no client running, not connected, or a topic this
    /// client subscribes to (what it publishes would come back as device messages).
    bool publish(const QString& topic, const QByteArray& payload);

    MqttStatus status() const;
    /// The client id of the last start().
    QString clientId() const { return m_clientId; }
    IngestPipeline::Counts totals() const;

signals:
    /// Queued from the ingest thread.
    void statusChanged(const pulsedesk::MqttStatus& status);
    /// A batch was stored (counts of that batch); queued from the ingest thread.
    void batchStored(const pulsedesk::IngestPipeline::Counts& counts);

private:
    /// Runs on the ingest thread; succeeds once the batch is durable.
    Status storeBatch(IngestPipeline& pipeline, const QList<MqttMessage>& batch);

    Workspace& m_workspace;
    std::unique_ptr<MqttClient> m_client; ///< replaced on the owner's thread under m_clientMutex
    MqttSettings m_settings; ///< of the running client, under m_clientMutex
    mutable QMutex m_clientMutex; ///< publish() from other threads against start() and stop()
    QString m_clientId;
    mutable QMutex m_mutex;
    IngestPipeline::Counts m_totals;
    StoredHook m_storedHook;
};

} // namespace pulsedesk

Q_DECLARE_METATYPE(pulsedesk::IngestPipeline::Counts)
