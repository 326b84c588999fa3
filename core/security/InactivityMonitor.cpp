#include "security/InactivityMonitor.h"

namespace pulsedesk {

InactivityMonitor::InactivityMonitor(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void InactivityMonitor::setTimeoutMs(qint64 timeoutMs)
{
    m_timeoutMs = std::max<qint64>(timeoutMs, 1'000);
}

void InactivityMonitor::start()
{
    m_running = true;
    m_lastActivityMs = m_clock.nowMs();
}

void InactivityMonitor::stop()
{
    m_running = false;
}

void InactivityMonitor::noteActivity()
{
    if (m_running)
        m_lastActivityMs = m_clock.nowMs();
}

qint64 InactivityMonitor::idleMs() const
{
    return m_running ? m_clock.nowMs() - m_lastActivityMs : 0;
}

void InactivityMonitor::check()
{
    if (!m_running || idleMs() < m_timeoutMs)
        return;
    m_running = false;
    emit timedOut();
}

} // namespace pulsedesk
