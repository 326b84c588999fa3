#include "monitoring/Monitoring.h"

#include "ingest/IngestPipeline.h"
#include "workspace/Workspace.h"

namespace pulsedesk {

Monitoring::Monitoring(Workspace& workspace, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_analysis(workspace, clock)
    , m_ingest(workspace)
    , m_retention(workspace, clock)
{
    connect(&m_ingest, &IngestService::statusChanged, &m_analysis, &AnalysisService::setBrokerStatus);
    // The alarm topic goes out through live ingest's own client (and nowhere while the broker is off).
    m_analysis.setAlarmPublisher(
        [this](const QString& topic, const QByteArray& payload) { return m_ingest.publish(topic, payload); });
}

Monitoring::~Monitoring()
{
    stop();
}

void Monitoring::startAnalysis(const AnalysisSettings& analysis)
{
    if (m_analysis.isRunning())
        return;
    m_analysis.start(analysis);
    m_workspace.ingest().setSampleSink(&m_analysis);
}

void Monitoring::start(const MqttSettings& mqtt, const AnalysisSettings& analysis)
{
    startAnalysis(analysis);
    if (m_brokerEnabled)
        m_ingest.start(mqtt);
    m_retention.start();
}

void Monitoring::stop()
{
    m_retention.stop();
    m_ingest.stop();
    if (m_workspace.isOpen())
        m_workspace.ingest().setSampleSink(nullptr);
    m_analysis.stop();
}

} // namespace pulsedesk
