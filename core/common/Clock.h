#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace pulsedesk {

/// The source of "now" for everything time-based (auto-lock, login throttling, windows, escalation), so tests
/// can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    qint64 nowMs() const { return now().toMSecsSinceEpoch(); }

    /// The wall clock shared by the whole process.
    static const Clock& system();
};

/// A clock that only moves when told to; for tests and benchmarks.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC))
        : m_now(std::move(start))
    { }
    QDateTime now() const override { return m_now; }
    void advanceMs(qint64 ms) { m_now = m_now.addMSecs(ms); }
    void setNow(const QDateTime& now) { m_now = now; }

private:
    QDateTime m_now;
};

} // namespace pulsedesk
