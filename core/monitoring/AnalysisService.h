#pragma once

#include "alarms/AlarmEngine.h"
#include "analysis/AnalysisTypes.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ingest/SampleSink.h"
#include "monitoring/AlarmFeed.h"
#include "monitoring/AlarmTopic.h"
#include "settings/AnalysisSettings.h"

#include <QMutex>
#include <QThread>

#include <memory>
#include <vector>

namespace pulsedesk {

class Workspace;
struct MqttStatus;

/// The live analysis: windows, classification and alarms on a worker thread of its own, fed by the ingest
/// pipeline. Results and alarms are stored in the workspace; alarm events are announced as signals (queued to
/// the receiver's thread), so neither the GUI nor the ingest ever waits on it.
class AnalysisService : public AlarmFeed, public SampleSink
{
    Q_OBJECT

public:
    explicit AnalysisService(Workspace& workspace, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AnalysisService() override;

    /// Where the alarm topic's publications go (Monitoring: live ingest's MQTT client); takes effect at the next
    /// start(). The publisher is called on the analysis thread and must not wait.
    void setAlarmPublisher(AlarmTopic::Publisher publisher) { m_alarmPublisher = std::move(publisher); }
    void start(const AnalysisSettings& settings);
    /// Stores the results of windows still open and stops the worker.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

    void submit(std::vector<AnalysisSample> samples) override;
    /// Live-ingest connection state, for the broker technical alarm.
    void setBrokerStatus(const pulsedesk::MqttStatus& status);
    /// Applies new settings without stopping (windows still open are stored first).
    void reconfigure(const AnalysisSettings& settings);
    /// Re-reads alarms from the store now (after an acknowledgement) instead of at the next tick.
    void nudge() override;
    /// Waits until everything submitted so far is analysed and stored (tests, benchmarks).
    void sync();

    struct Totals
    {
        qint64 samples = 0;
        qint64 results = 0;
        qint64 findings = 0;
        qint64 alarmsRaised = 0;
        qint64 errors = 0;
        qint64 alarmTopicPublished = 0; ///< alarm events queued on the alarm topic
        qint64 alarmTopicDropped = 0; ///< alarm events not published: no broker connection
    };
    Totals totals() const;
    std::vector<Alarm> openAlarms() const override;

signals:
    /// The store could not be written; the analysis goes on and retries with the next batch.
    void failed(const QString& message);

private:
    class Worker;
    Workspace& m_workspace;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    AlarmTopic::Publisher m_alarmPublisher;
    Totals m_finalTotals;
};

} // namespace pulsedesk
