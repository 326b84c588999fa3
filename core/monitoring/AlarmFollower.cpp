#include "monitoring/AlarmFollower.h"

#include "alarms/AlarmStore.h"
#include "analysis/PatientContextCache.h"
#include "common/BackgroundRunner.h"
#include "storage/Database.h"
#include "storage/ServerNotifications.h"
#include "workspace/Workspace.h"

#include <QTimer>

namespace pulsedesk {

/// What one read found: the open alarms and their patients' beds, or why there are none.
struct AlarmFollower::Snapshot
{
    bool read = false; ///< false: the workspace is not open (nothing was read)
    std::vector<Alarm> alarms;
    std::map<qint64, QString> beds; ///< by alarm id
    QString error;
    QString unreachable; ///< why the server cannot be reached
};

/// The reading half, on the runner's thread; shared with queued reads so that it outlives the follower.
struct AlarmFollower::Reader
{
    Workspace& workspace;
    const Database* cacheFor = nullptr;
    std::unique_ptr<PatientContextCache> cache;
    std::map<qint64, QString> beds; ///< of the alarms open at the last read

    Snapshot read()
    {
        Snapshot snapshot;
        if (!workspace.isOpen())
            return snapshot;
        snapshot.read = true;
        Database& database = workspace.database();
        if (cacheFor != &database) { // another login opened another connection
            cache = std::make_unique<PatientContextCache>(database, 0);
            cacheFor = &database;
            beds.clear();
        }
        QSqlDatabase db = database.connection();
        auto open = workspace.alarms().openAlarms(db);
        if (!open) {
            // Lost the server, or a connection it dropped that is now open again (read once more).
            if (auto reached = database.checkConnection(); !reached) {
                snapshot.unreachable = reached.errorMessage();
                return snapshot;
            }
            db = database.connection();
            open = workspace.alarms().openAlarms(db);
        }
        if (!open) {
            snapshot.error = open.errorMessage();
            return snapshot;
        }
        snapshot.alarms = std::move(open).value();
        std::map<qint64, QString> known;
        for (const Alarm& alarm : snapshot.alarms) {
            const auto it = beds.find(alarm.id);
            known[alarm.id] = it != beds.end() ? it->second : cache->bedOf(alarm.patientId);
        }
        beds = known;
        snapshot.beds = std::move(known);
        return snapshot;
    }
};

namespace {

/// The engine's actions that turn `was` into `now`, as the live analysis would have announced them.
std::vector<AlarmAction> changes(const Alarm& was, const Alarm& now, qint64 nowMs)
{
    std::vector<AlarmAction> actions;
    if (now.priority > was.priority)
        actions.push_back(AlarmAction::PriorityRaised);
    if (was.escalatedAtMs == 0 && now.escalatedAtMs > 0)
        actions.push_back(AlarmAction::Escalated);
    if (was.state != AlarmState::Acknowledged && now.state == AlarmState::Acknowledged)
        actions.push_back(AlarmAction::Acknowledged);
    if (now.audioPausedUntilMs > was.audioPausedUntilMs && now.audioPausedUntilMs > nowMs)
        actions.push_back(AlarmAction::AudioPaused);
    if (was.conditionActive && !now.conditionActive)
        actions.push_back(AlarmAction::ConditionCleared);
    if (actions.empty()
        && (now.updatedAtMs != was.updatedAtMs || now.category != was.category || now.state != was.state
            || now.audioPausedUntilMs != was.audioPausedUntilMs || now.detail != was.detail))
        actions.push_back(AlarmAction::Updated);
    return actions;
}

} // namespace

AlarmFollower::AlarmFollower(Workspace& workspace, BackgroundRunner* runner, const Clock& clock, QObject* parent)
    : AlarmFeed(parent)
    , m_workspace(workspace)
    , m_runner(runner)
    , m_clock(clock)
    , m_reader(std::make_shared<Reader>(Reader {workspace, nullptr, nullptr, {}}))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<pulsedesk::AlarmEvent>();
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &AlarmFollower::refresh);
}

AlarmFollower::~AlarmFollower() = default;

void AlarmFollower::start()
{
    listen();
    m_timer->start();
    refresh();
}

void AlarmFollower::stop()
{
    m_timer->stop();
}

bool AlarmFollower::isRunning() const
{
    return m_timer->isActive();
}

std::vector<Alarm> AlarmFollower::openAlarms() const
{
    std::vector<Alarm> open;
    open.reserve(m_open.size() + 1);
    for (const auto& entry : m_open)
        open.push_back(entry.second);
    if (!isServerReachable())
        open.push_back(m_lostAlarm);
    return open;
}

void AlarmFollower::setUnreachable(const QString& reason)
{
    if (reason == m_lostReason)
        return;
    const qint64 now = m_clock.nowMs();
    const bool raised = m_lostReason.isEmpty();
    m_lostReason = reason;
    if (reason.isEmpty()) {
        Alarm ended = m_lostAlarm;
        ended.state = AlarmState::Ended;
        ended.conditionActive = false;
        ended.endedAtMs = ended.updatedAtMs = now;
        emit serverReachabilityChanged(true, {});
        emit alarmEvent({AlarmAction::Ended, ended, now, 0, {}});
        return;
    }
    if (raised) {
        m_lostAlarm = Alarm {};
        m_lostAlarm.id = ServerUnreachableAlarmId;
        m_lostAlarm.condition = AlarmCondition::ServerUnreachable;
        m_lostAlarm.priority = AlarmPriority::High;
        m_lostAlarm.conditionSinceMs = m_lostAlarm.raisedAtMs = now;
    }
    m_lostAlarm.updatedAtMs = now;
    m_lostAlarm.detail = reason;
    emit serverReachabilityChanged(false, reason);
    if (raised)
        emit alarmEvent({AlarmAction::Raised, m_lostAlarm, now, 0, {}});
}

void AlarmFollower::listen()
{
    // A new login on the workstation opens the store again, with announcements of its own: start() is called
    // after each login, on this (the GUI) thread, never while a login runs.
    ServerNotifications* changes = m_workspace.isOpen() ? m_workspace.notifications() : nullptr;
    if (changes == m_changes)
        return;
    m_changes = changes;
    if (!changes)
        return;
    connect(changes, &ServerNotifications::changed, this, [this](const ServerChange& change) {
        if (change.table == ServerChange::Table::Alarms && isRunning())
            refresh();
    });
    connect(changes, &ServerNotifications::reconnected, this, [this] {
        if (isRunning())
            refresh();
    });
}

void AlarmFollower::refresh()
{
    if (!m_runner) {
        apply(m_reader->read());
        return;
    }
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    std::shared_ptr<Reader> reader = m_reader;
    m_runner->run(
        this, [reader] { return reader->read(); },
        [this](const Snapshot& snapshot) {
            m_reading = false;
            apply(snapshot);
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void AlarmFollower::apply(const Snapshot& snapshot)
{
    if (!snapshot.read)
        return;
    setUnreachable(snapshot.unreachable);
    if (!snapshot.unreachable.isEmpty())
        return;
    if (!snapshot.error.isEmpty()) {
        emit failed(snapshot.error);
        return;
    }
    const qint64 now = m_clock.nowMs();
    std::vector<AlarmEvent> events;
    std::map<qint64, Alarm> current;
    for (const Alarm& alarm : snapshot.alarms) {
        current.emplace(alarm.id, alarm);
        const auto bed = snapshot.beds.find(alarm.id);
        const QString bedText = bed != snapshot.beds.end() ? bed->second : QString();
        const auto was = m_open.find(alarm.id);
        if (was == m_open.end()) {
            if (m_primed)
                events.push_back({AlarmAction::Raised, alarm, now, 0, bedText});
            continue;
        }
        for (AlarmAction action : changes(was->second, alarm, now)) {
            const qint64 by = action == AlarmAction::Acknowledged ? alarm.acknowledgedBy : 0;
            events.push_back({action, alarm, now, by, bedText});
        }
    }
    for (const auto& [id, alarm] : m_open) {
        if (current.contains(id))
            continue;
        // Ended by the server, or by a person who acknowledged a latched alarm whose condition had ended.
        Alarm ended = alarm;
        ended.state = AlarmState::Ended;
        ended.endedAtMs = now;
        events.push_back({AlarmAction::Ended, ended, now, 0, m_beds[id]});
    }
    m_open = std::move(current);
    m_beds = snapshot.beds;
    m_primed = true;
    for (const AlarmEvent& event : events)
        emit alarmEvent(event);
}

} // namespace pulsedesk
