#pragma once

#include "common/Clock.h"

#include <QObject>

namespace pulsedesk {

/// Decides when the screen must lock: after a timeout without user activity. It is told about activity and
/// asked to check; it does not own a timer or watch events, so tests drive it with a ManualClock. The UI feeds
/// it from an application-wide event filter and checks it on a periodic timer.
class InactivityMonitor : public QObject
{
    Q_OBJECT

public:
    explicit InactivityMonitor(const Clock& clock, QObject* parent = nullptr);

    void setTimeoutMs(qint64 timeoutMs);
    qint64 timeoutMs() const { return m_timeoutMs; }

    /// Starts watching (after login or unlock); stop() while locked or logged out.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    void noteActivity();
    /// Emits timedOut() once when the timeout has passed since the last activity.
    void check();
    qint64 idleMs() const;

signals:
    void timedOut();

private:
    const Clock& m_clock;
    qint64 m_timeoutMs = 5 * 60'000;
    qint64 m_lastActivityMs = 0;
    bool m_running = false;
};

} // namespace pulsedesk
