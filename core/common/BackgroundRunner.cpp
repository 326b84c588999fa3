#include "common/BackgroundRunner.h"

namespace pulsedesk {

BackgroundRunner::BackgroundRunner(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("pulsedesk-background"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

BackgroundRunner::~BackgroundRunner()
{
    stop();
}

void BackgroundRunner::post(std::function<void()> work)
{
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(m_worker, std::move(work), Qt::QueuedConnection);
}

void BackgroundRunner::stop(const std::function<void()>& lastJob)
{
    if (!m_thread.isRunning())
        return;
    if (lastJob)
        QMetaObject::invokeMethod(m_worker, lastJob, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace pulsedesk
