#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <functional>
#include <utility>

namespace pulsedesk {

/// Runs work on one background thread, in order, and hands each result back to the thread of a context object
/// through a queued call. The workstation sends every database and key-derivation call through it, so the GUI
/// thread never waits on disk or scrypt. Results for a context that no longer exists are dropped.
class BackgroundRunner final : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundRunner(QObject* parent = nullptr);
    ~BackgroundRunner() override;

    /// Queues `work()` on the background thread; `done(result)` then runs on `context`'s thread.
    template<typename Work, typename Done>
    void run(QObject* context, Work work, Done done)
    {
        if (!m_thread.isRunning())
            return;
        ++m_pending;
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, guard, work = std::move(work), done = std::move(done)]() mutable {
                auto result = work();
                QMetaObject::invokeMethod(
                    this,
                    [this, guard, done = std::move(done), result = std::move(result)]() mutable {
                        --m_pending;
                        if (guard)
                            done(std::move(result));
                        if (m_pending == 0)
                            emit idle();
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// Queues work whose result nobody waits for.
    void post(std::function<void()> work);

    /// Runs `lastJob` on the background thread, then stops it and waits. Further run() calls are ignored.
    void stop(const std::function<void()>& lastJob = {});

    int pendingCount() const { return m_pending; }

signals:
    /// Every queued job has finished and its result was delivered.
    void idle();

private:
    QThread m_thread;
    QObject* m_worker = nullptr;
    int m_pending = 0;
};

} // namespace pulsedesk
