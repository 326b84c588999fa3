#pragma once

#include "analysis/AnalysisSettings.h"
#include "analysis/AnalysisTypes.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QMutex>
#include <QObject>
#include <QThread>

#include <memory>
#include <vector>

namespace pulsedesk {

class Workspace;
struct MqttStatus;

/// Receives samples just stored (live, replayed or imported), on any thread.
class SampleSink
{
public:
    virtual ~SampleSink() = default;
    virtual void submit(std::vector<AnalysisSample> samples) = 0;
};

/// The live analysis: windows, classification and alarms on a worker thread of its own, fed by the ingest
/// pipeline. Results and alarms are stored in the workspace; alarm events are announced as signals (queued to
/// the receiver's thread), so neither the GUI nor the ingest ever waits on it.
class AnalysisService : public QObject, public SampleSink
{
    Q_OBJECT

public:
    explicit AnalysisService(Workspace& workspace, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AnalysisService() override;

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
    void nudge();
    /// Waits until everything submitted so far is analysed and stored (tests, benchmarks).
    void sync();

    struct Totals
    {
        qint64 samples = 0;
        qint64 results = 0;
        qint64 findings = 0;
        qint64 alarmsRaised = 0;
        qint64 errors = 0;
    };
    Totals totals() const;
    std::vector<Alarm> openAlarms() const;

    /// Analyses samples that were stored without a live analysis running (a replay or an import from the command
    /// line): every window they touch is read back whole from the store and its result stored; abnormal windows
    /// become findings for review. Raises no live alarm. Runs on the calling thread.
    static Result<Totals> analyseStored(Workspace& workspace, const std::vector<AnalysisSample>& samples,
                                        const AnalysisSettings& settings, const Clock& clock = Clock::system());

    /// A device's stored samples from `firstMs` to `lastMs` (an import's range on that device).
    struct StoredRange
    {
        qint64 deviceRowId = 0;
        qint64 firstMs = 0;
        qint64 lastMs = 0;
    };
    /// Analyses whole time ranges of stored samples (an import): every window the ranges touch is read once, in
    /// order, device by device, with everything stored in it; abnormal windows become findings. Raises no live
    /// alarm. Much faster than analyseStored() for long ranges, which reads each window back separately.
    static Result<Totals> analyseRanges(Workspace& workspace, const std::vector<StoredRange>& ranges,
                                        const AnalysisSettings& settings, const Clock& clock = Clock::system());
signals:
    void alarmEvent(const pulsedesk::AlarmEvent& event);
    /// The store could not be written; the analysis goes on and retries with the next batch.
    void failed(const QString& message);

private:
    class Worker;
    Workspace& m_workspace;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    Worker* m_worker = nullptr;
    Totals m_finalTotals;
};

} // namespace pulsedesk

Q_DECLARE_METATYPE(pulsedesk::AlarmEvent)
