#pragma once

#include "monitoring/Monitoring.h"
#include "settings/AnalysisSettings.h"
#include "settings/MqttSettings.h"
#include "storage/StoreLock.h"

#include <QObject>
#include <QTimer>

namespace pulsedesk {

class Workspace;

/// The ward's live pipeline as pulsedesk-server runs it on a ward server: ingest, analysis, alarms and escalation,
/// once for the ward. Several instances may run (two hosts, for failover); one is active and the others wait as
/// standbys. The active one holds the store lock "ward-server" (a PostgreSQL advisory lock on a session of its
/// own), which the server releases when that session ends: a killed process, a host that is gone. A standby tries
/// for the lock every poll and starts the pipeline once it has it; the broker's persistent session then hands it
/// what the other had not acknowledged (messages are acknowledged only once stored, so nothing is lost, and a
/// sample stored twice is one row). The active one checks every poll that its session still holds the lock and
/// stops at once when it lost it (the server restarted): two instances never run the pipeline together for longer
/// than a poll, and the store's unique key of an open alarm keeps even that moment from raising an alarm twice.
class WardService : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Standby, ///< waiting for the lock
        Active, ///< holds the lock and runs the pipeline
    };
    Q_ENUM(State)

    /// How often a standby tries for the lock and the active one checks it.
    static constexpr int PollMs = 1000;

    WardService(Workspace& workspace, const MqttSettings& mqtt, const AnalysisSettings& analysis,
                QObject* parent = nullptr);
    ~WardService() override;
    WardService(const WardService&) = delete;
    WardService& operator=(const WardService&) = delete;

    /// Starts competing for the lock (tries at once).
    void start();
    /// Stops the pipeline if it runs and gives the lock up.
    void stop();
    State state() const { return m_state; }
    Monitoring& monitoring() { return m_monitoring; }

signals:
    /// `reason`: why the state changed, for the service's log (no patient data).
    void stateChanged(pulsedesk::WardService::State state, const QString& reason);

private:
    void poll();
    void setState(State state, const QString& reason);

    MqttSettings m_mqtt;
    AnalysisSettings m_analysis;
    Monitoring m_monitoring;
    StoreLock m_lock;
    QTimer m_poll;
    State m_state = State::Stopped;
    QString m_lastFailure;
};

} // namespace pulsedesk
