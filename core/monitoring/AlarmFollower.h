#pragma once

#include "common/Clock.h"
#include "monitoring/AlarmFeed.h"

#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace pulsedesk {

class BackgroundRunner;
class Workspace;

/// A workstation's alarms on a ward server, where the server's own process raises, escalates and ends them: reads
/// the open alarms from the store on refresh() and once a second, compares them with the last read and announces
/// the differences as the AnalysisService does (Raised, PriorityRaised, Acknowledged, Escalated, AudioPaused,
/// ConditionCleared, Updated, Ended). The first read only takes the alarms over (they sound through openAlarms()).
///
/// It has no thread of its own: it lives on the GUI thread and reads through the workstation's BackgroundRunner,
/// so the GUI never waits on the server; without a runner (tests, headless use) refresh() reads at once.
/// A read while another one runs is coalesced into one more read after it.
class AlarmFollower final : public AlarmFeed
{
    Q_OBJECT

public:
    explicit AlarmFollower(Workspace& workspace, BackgroundRunner* runner = nullptr,
                           const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AlarmFollower() override;

    /// Reads now and then once a second until stop(); nothing is read while the workspace is not open.
    void start();
    void stop();
    bool isRunning() const;

    std::vector<Alarm> openAlarms() const override;
    void nudge() override { refresh(); }

public slots:
    /// Reads the open alarms now (also what a server notification is connected to).
    void refresh();

signals:
    /// A read failed (not for lack of a server: see the connection's own report).
    void failed(const QString& message);

private:
    struct Reader;
    struct Snapshot;
    void apply(const Snapshot& snapshot);

    BackgroundRunner* m_runner = nullptr;
    const Clock& m_clock;
    std::shared_ptr<Reader> m_reader; ///< used on the runner's thread only
    QTimer* m_timer = nullptr;
    std::map<qint64, Alarm> m_open;
    std::map<qint64, QString> m_beds;
    bool m_primed = false;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace pulsedesk
