#pragma once

#include "common/Clock.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "monitoring/SampleRetention.h"

#include <QObject>

namespace pulsedesk {

class Workspace;
struct AnalysisSettings;
struct MqttSettings;

/// The live pipeline of one workspace, with one owner: the analysis on its own thread, fed by the workspace's ingest
/// pipeline, and live ingest from the broker. The workstation, `pulsedesk-cli monitor`, the demo and the benchmarks
/// all start and stop it here, so the order is the same everywhere: the analysis first, then it becomes the
/// pipeline's sample sink, then the broker; on stop the broker first, then the sink is dropped, then the analysis
/// finishes what it holds. The broker's connection state reaches the analysis (its technical alarms), and the
/// analysis publishes the alarm topic (AlarmTopic) through live ingest's MQTT client.
class Monitoring : public QObject
{
    Q_OBJECT

public:
    explicit Monitoring(Workspace& workspace, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~Monitoring() override;
    Monitoring(const Monitoring&) = delete;
    Monitoring& operator=(const Monitoring&) = delete;

    /// Starts the analysis (if it is not running), live ingest (unless the broker is off) and the retention of raw
    /// samples. The workspace must be open.
    void start(const MqttSettings& mqtt, const AnalysisSettings& analysis);
    /// Off: start() starts the analysis only, for samples stored by other means (a benchmark feeding the ward).
    void setBrokerEnabled(bool enabled) { m_brokerEnabled = enabled; }
    /// Starts the analysis and makes it the sample sink, without a broker (imports, replays, tests).
    void startAnalysis(const AnalysisSettings& analysis);
    /// Stops in reverse order; what was stored is analysed before the analysis ends.
    void stop();
    bool isRunning() const { return m_analysis.isRunning(); }

    IngestService& ingest() { return m_ingest; }
    AnalysisService& analysis() { return m_analysis; }

private:
    Workspace& m_workspace;
    AnalysisService m_analysis;
    IngestService m_ingest;
    SampleRetention m_retention;
    bool m_brokerEnabled = true;
};

} // namespace pulsedesk
