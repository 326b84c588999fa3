#include "monitoring/SampleRetention.h"

#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QThread>

namespace pulsedesk {

SampleRetention::SampleRetention(Workspace& workspace, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_clock(clock)
{
    connect(&m_timer, &QTimer::timeout, this, &SampleRetention::run);
}

SampleRetention::~SampleRetention()
{
    stop();
}

void SampleRetention::start(int everyMs)
{
    m_timer.start(everyMs);
    run();
}

void SampleRetention::stop()
{
    m_timer.stop();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void SampleRetention::run()
{
    if (m_thread) {
        if (!m_thread->isFinished())
            return; // the last run is still under way
        delete m_thread;
    }
    Workspace& workspace = m_workspace;
    const qint64 now = m_clock.nowMs();
    m_thread = QThread::create([this, &workspace, now] {
        if (!workspace.isOpen())
            return;
        auto applied = apply(workspace, now);
        workspace.database().releaseThreadConnection();
        if (!applied)
            emit failed(applied.errorMessage());
    });
    m_thread->start(QThread::LowPriority);
}

Result<SampleRetention::Outcome> SampleRetention::apply(Workspace& workspace, qint64 nowMs)
{
    Outcome outcome;
    outcome.months = workspace.settings().value(Settings::Key::SampleRetentionMonths).toInt();
    QSqlDatabase db = workspace.database().connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 ahead = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).addMonths(2).toMSecsSinceEpoch();
    if (auto made = SamplePartitions::ensureMonths(db, nowMs, ahead); !made)
        return made.error();
    if (outcome.months > 0) {
        outcome.cutoffMs = SamplePartitions::retentionCutoff(nowMs, outcome.months);
        auto dropped = SamplePartitions::dropBefore(db, outcome.cutoffMs);
        if (!dropped)
            return dropped.error();
        outcome.dropped = dropped.value();
        const QString before = QDateTime::fromMSecsSinceEpoch(outcome.cutoffMs, Qt::UTC).date().toString(Qt::ISODate);
        for (const SamplePartitions::Dropped& d : std::as_const(outcome.dropped)) {
            const QString details = QStringLiteral("%1 raw samples before %2 removed (retention %3 months)")
                                        .arg(d.samples)
                                        .arg(before)
                                        .arg(outcome.months);
            if (auto audited =
                    workspace.audit().append(db, 0, QStringLiteral("pulsedesk"), QStringLiteral("samples.retention"),
                                             QStringLiteral("samples"), d.part, details);
                !audited)
                return audited.error();
        }
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return outcome;
}

} // namespace pulsedesk
