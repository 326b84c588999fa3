#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "storage/SamplePartitions.h"

#include <QObject>
#include <QTimer>

#include <atomic>

class QThread;

namespace pulsedesk {

class Workspace;

/// Raw samples past the administrator's retention (storage.sampleRetentionMonths; 0 keeps them for ever), and on a
/// ward server the month partitions ahead: kept by whoever runs the live pipeline (the workstation alone, the
/// active pulsedesk-server), at start and every hour, on a thread of its own. A ward server drops whole months;
/// one PC deletes the rows. Results, alarms, notes and the audit log stay; every removal is audited.
class SampleRetention : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        int months = 0; ///< the retention applied; 0: nothing removed
        qint64 cutoffMs = 0; ///< samples before this were removed
        QList<SamplePartitions::Dropped> dropped;
    };

    explicit SampleRetention(Workspace& workspace, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~SampleRetention() override;
    SampleRetention(const SampleRetention&) = delete;
    SampleRetention& operator=(const SampleRetention&) = delete;

    /// Runs now and then every `everyMs`.
    void start(int everyMs = 3'600'000);
    /// Stops, waiting for a run under way.
    void stop();

    /// Makes the partitions of this month and the next two (a ward server) and removes the samples before the
    /// retention's cutoff, in one transaction, each removal audited as PulseDesk's.
    static Result<Outcome> apply(Workspace& workspace, qint64 nowMs);

signals:
    /// A run failed (the next one tries again).
    void failed(const QString& why);

private:
    void run();

    Workspace& m_workspace;
    const Clock& m_clock;
    QTimer m_timer;
    QThread* m_thread = nullptr;
};

} // namespace pulsedesk
