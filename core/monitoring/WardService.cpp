#include "monitoring/WardService.h"

#include "monitoring/AnalysisService.h"
#include "settings/Settings.h"
#include "storage/ServerNotifications.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace pulsedesk {

WardService::WardService(Workspace& workspace, const MqttSettings& mqtt, const AnalysisSettings& analysis,
                         QObject* parent)
    : QObject(parent)
    , m_mqtt(mqtt)
    , m_analysis(analysis)
    , m_monitoring(workspace)
    , m_lock(workspace.database(), QStringLiteral("ward-server"))
{
    // The ward's client id, resolved once: each instance, and each start after the server came back, takes over
    // the same persistent session at the broker, with what the last active one had not acknowledged.
    if (m_mqtt.clientId.isEmpty())
        m_mqtt.clientId = workspace.settings().installationClientId();
    m_poll.setInterval(PollMs);
    connect(&m_poll, &QTimer::timeout, this, &WardService::poll);
    // What people do to alarms on the workstations (acknowledge, pause) reaches the alarm engine at once, not at
    // its next tick: an acknowledged alarm is not escalated.
    if (ServerNotifications* changes = workspace.notifications()) {
        connect(changes, &ServerNotifications::changed, this, [this](const ServerChange& change) {
            if (change.table == ServerChange::Table::Alarms && m_state == State::Active)
                m_monitoring.analysis().nudge();
        });
    }
}

WardService::~WardService()
{
    stop();
}

void WardService::start()
{
    if (m_state != State::Stopped)
        return;
    setState(State::Standby, QCoreApplication::translate("WardService", "waiting to become the ward's active server"));
    m_poll.start();
    poll();
}

void WardService::stop()
{
    m_poll.stop();
    if (m_monitoring.isRunning())
        m_monitoring.stop();
    m_lock.unlock();
    if (m_state != State::Stopped)
        setState(State::Stopped, QCoreApplication::translate("WardService", "stopped"));
}

void WardService::poll()
{
    if (m_state == State::Active) {
        if (m_lock.stillHeld())
            return;
        // Another instance may hold the lock by now: stop before it writes what this one would write too.
        m_monitoring.stop();
        setState(State::Standby, m_lock.failure());
        return;
    }
    if (m_state != State::Standby)
        return;
    if (!m_lock.tryLock()) {
        // Somebody else holds it (no failure: keep quiet), or the server cannot be reached (say so once).
        const QString failure = m_lock.failure();
        if (failure != m_lastFailure && !failure.isEmpty())
            emit stateChanged(m_state, failure);
        m_lastFailure = failure;
        return;
    }
    m_lastFailure.clear();
    m_monitoring.start(m_mqtt, m_analysis);
    setState(State::Active, QCoreApplication::translate("WardService", "active: ingesting and analysing the ward"));
}

void WardService::setState(State state, const QString& reason)
{
    m_state = state;
    emit stateChanged(state, reason);
}

} // namespace pulsedesk
