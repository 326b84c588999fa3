#include "monitoring/IngestService.h"

#include "settings/Settings.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QDateTime>

namespace pulsedesk {

IngestService::IngestService(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
    qRegisterMetaType<IngestPipeline::Counts>();
}

IngestService::~IngestService()
{
    stop();
}

void IngestService::start(const MqttSettings& settings)
{
    stop();
    IngestPipeline& pipeline = m_workspace.ingest();
    MqttSettings resolved = settings;
    if (resolved.clientId.trimmed().isEmpty())
        resolved.clientId = m_workspace.settings().installationClientId();
    m_clientId = resolved.clientId;
    auto client = std::make_unique<MqttClient>(
        resolved, [this, &pipeline](const QList<MqttMessage>& batch) { return storeBatch(pipeline, batch); });
    Database& database = m_workspace.database();
    client->setThreadFinishedHook([&database] { database.releaseThreadConnection(); });
    connect(client.get(), &MqttClient::statusChanged, this, &IngestService::statusChanged);
    client->start();
    QMutexLocker lock(&m_clientMutex);
    m_client = std::move(client);
    m_settings = resolved;
}

Status IngestService::storeBatch(IngestPipeline& pipeline, const QList<MqttMessage>& batch)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<IncomingMessage> messages;
    messages.reserve(batch.size());
    for (const MqttMessage& m : batch)
        messages.append({QStringLiteral("mqtt"), m.topic, m.payload, now, m.retained});
    const auto stored = pipeline.ingest(messages);
    if (!stored)
        return stored.error();
    const IngestPipeline::Counts counts = stored.value();
    {
        QMutexLocker lock(&m_mutex);
        m_totals += counts;
    }
    if (m_storedHook)
        m_storedHook(messages, counts);
    emit batchStored(counts);
    return {};
}

void IngestService::stop()
{
    std::unique_ptr<MqttClient> client;
    {
        QMutexLocker lock(&m_clientMutex);
        client = std::move(m_client);
    }
    if (client)
        client->stop();
}

bool IngestService::publish(const QString& topic, const QByteArray& payload)
{
    QMutexLocker lock(&m_clientMutex);
    if (!m_client || m_settings.subscribesTo(topic))
        return false;
    return m_client->publish(topic, payload, 1);
}

MqttStatus IngestService::status() const
{
    return m_client ? m_client->status() : MqttStatus {};
}

IngestPipeline::Counts IngestService::totals() const
{
    QMutexLocker lock(&m_mutex);
    return m_totals;
}

} // namespace pulsedesk
