#pragma once

#include "common/Clock.h"
#include "monitoring/AlarmFeed.h"

#include <QPointer>

#include <map>
#include <memory>
#include <vector>

class QTimer;

namespace pulsedesk {

class BackgroundRunner;
class ServerNotifications;
class Workspace;

/// A workstation's alarms on a ward server, where the server's own process raises, escalates and ends them: reads
/// the open alarms from the store on refresh() and once a second, compares them with the last read and announces
/// the differences as the AnalysisService does (Raised, PriorityRaised, Acknowledged, Escalated, AudioPaused,
/// ConditionCleared, Updated, Ended). The first read only takes the alarms over (they sound through openAlarms()).
///
/// It has no thread of its own: it lives on the GUI thread and reads through the workstation's BackgroundRunner,
/// so the GUI never waits on the server; without a runner (tests, headless use) refresh() reads at once.
/// A read while another one runs is coalesced into one more read after it.
///
/// When the server cannot be reached (a read fails and the connection cannot be opened again), it says so at once
/// and raises a high-priority technical alarm of the workstation's own (ServerUnreachable, never stored) among its
/// open alarms, so that the alarm sound is heard: the central view is blind. It goes on reading once a second;
/// once the server answers again the alarm ends and what changed meanwhile is announced.
class AlarmFollower final : public AlarmFeed
{
    Q_OBJECT

public:
    explicit AlarmFollower(Workspace& workspace, BackgroundRunner* runner = nullptr,
                           const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AlarmFollower() override;

    /// Reads now and then once a second until stop(), and at once when the ward server announces an alarm change;
    /// called again after each login (the new store's announcements). Nothing is read while the workspace is closed.
    void start();
    void stop();
    bool isRunning() const;

    std::vector<Alarm> openAlarms() const override;
    void nudge() override { refresh(); }

    /// The id of the workstation's own alarm while the server cannot be reached.
    static constexpr qint64 ServerUnreachableAlarmId = -1;
    bool isServerReachable() const { return m_lostReason.isEmpty(); }
    /// Why the server cannot be reached (libpq's words); empty while it can.
    QString unreachableReason() const { return m_lostReason; }

public slots:
    /// Reads the open alarms now (also what a server notification is connected to).
    void refresh();

signals:
    /// A read failed for another reason than an unreachable server (which serverReachabilityChanged() reports).
    void failed(const QString& message);
    /// The server could no longer be reached (`reason` in libpq's words), or answers again.
    void serverReachabilityChanged(bool reachable, const QString& reason);

private:
    struct Reader;
    struct Snapshot;
    void apply(const Snapshot& snapshot);
    void setUnreachable(const QString& reason);

    /// Follows the ward server's announcements (ServerNotifications) of the workspace's current store: an alarm
    /// changed elsewhere is read at once instead of at the next tick.
    void listen();

    Workspace& m_workspace;
    QPointer<ServerNotifications> m_changes;
    BackgroundRunner* m_runner = nullptr;
    const Clock& m_clock;
    std::shared_ptr<Reader> m_reader; ///< used on the runner's thread only
    QTimer* m_timer = nullptr;
    std::map<qint64, Alarm> m_open;
    std::map<qint64, QString> m_beds;
    QString m_lostReason;
    Alarm m_lostAlarm;
    bool m_primed = false;
    bool m_reading = false;
    bool m_again = false;
};

} // namespace pulsedesk
