#include "monitoring/AnalysisService.h"

#include "alarms/AlarmStore.h"
#include "analysis/AnomalyScorer.h"
#include "analysis/FindingStore.h"
#include "analysis/PatientContextCache.h"
#include "analysis/ResultStore.h"
#include "analysis/WindowEngine.h"
#include "ingest/MqttClient.h"
#include "scores/FleetHealthReader.h"
#include "scores/ObservationStore.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSqlError>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>

namespace pulsedesk {

/// Lives on the analysis thread; everything in it runs there.
class AnalysisService::Worker : public QObject
{
public:
    Worker(AnalysisService& service, Workspace& workspace, const Clock& clock, const AnalysisSettings& settings,
           AlarmTopic::Publisher publisher)
        : m_service(service)
        , m_workspace(workspace)
        , m_clock(clock)
        , m_settings(settings)
        , m_startedAtMs(clock.nowMs())
        , m_cache(workspace.database(), m_startedAtMs)
        , m_windows(std::make_unique<WindowEngine>(HeartRateBands::builtIn(), m_cache, settings.window, &m_cache))
        , m_alarms(settings.alarms)
        , m_scorer({}, ResultStore::anomalyHistorySource(workspace.database()))
        , m_topic(std::move(publisher))
        , m_timer(this)
    { }

    void begin()
    {
        m_cache.refresh();
        QSqlDatabase db = m_workspace.database().connection();
        if (auto open = m_workspace.alarms().openAlarms(db)) {
            for (const Alarm& alarm : open.value())
                m_alarms.restore(alarm);
        }
        if (auto next = m_workspace.alarms().nextAlarmId(db))
            m_alarms.setNextId(next.value());
        m_quarantineCount = quarantineCount();
        publishAlarmEvents();
        connect(&m_timer, &QTimer::timeout, this, &Worker::tick);
        m_timer.start(int(m_settings.tickMs));
    }

    void enqueue(std::vector<AnalysisSample> samples)
    {
        bool post = false;
        {
            QMutexLocker lock(&m_queueMutex);
            post = m_queue.empty();
            if (m_queue.empty())
                m_queue = std::move(samples);
            else
                m_queue.insert(m_queue.end(), samples.begin(), samples.end());
        }
        if (post)
            QMetaObject::invokeMethod(this, &Worker::processQueue, Qt::QueuedConnection);
    }

    void processQueue()
    {
        std::vector<AnalysisSample> samples;
        {
            QMutexLocker lock(&m_queueMutex);
            samples.swap(m_queue);
        }
        if (samples.empty())
            return;
        const qint64 now = m_clock.nowMs();
        m_cache.refresh();
        m_windows->add(samples, now);
        for (const AnalysisSample& s : samples)
            m_lastHeard[s.deviceRowId] = now;
        {
            QMutexLocker lock(&m_totalsMutex);
            m_totals.samples += qint64(samples.size());
        }
        handle(scored(m_windows->collect(now)), {}, now);
    }

    void tick()
    {
        processQueue();
        const qint64 now = m_clock.nowMs();
        m_cache.refresh();
        std::vector<AlarmEvent> events = technicalChecks(now);
        const std::vector<AlarmEvent> timed = m_alarms.tick(now);
        events.insert(events.end(), timed.begin(), timed.end());
        handle(scored(m_windows->collect(now)), std::move(events), now, m_reconcileDue || ++m_ticks % 5 == 0);
        m_reconcileDue = false;
        // What people did to alarms (here or on another workstation of the ward) and what was stored above.
        publishAlarmEvents();
    }

    /// The alarm topic (AlarmTopic): queued in the MQTT client, never waiting for the broker.
    void publishAlarmEvents()
    {
        QSqlDatabase db = m_workspace.database().connection();
        if (auto ok = m_topic.publishNew(db); !ok)
            return fail(ok.errorMessage());
        QMutexLocker lock(&m_totalsMutex);
        m_totals.alarmTopicPublished = m_topic.published();
        m_totals.alarmTopicDropped = m_topic.dropped();
    }

    void finish()
    {
        storeOpenWindows();
        m_timer.stop();
    }

    /// New settings from the administrator: windows still open are stored under the old ones, then the
    /// analysis goes on with the new; open alarms stay.
    void apply(const AnalysisSettings& settings)
    {
        storeOpenWindows();
        m_settings = settings;
        m_windows = std::make_unique<WindowEngine>(HeartRateBands::builtIn(), m_cache, settings.window, &m_cache);
        m_alarms.setSettings(settings.alarms);
    }

    void storeOpenWindows()
    {
        processQueue();
        const qint64 now = m_clock.nowMs();
        // Windows still open are stored as they are. They raise no live alarm (they are not final), but old ones
        // give their findings as usual.
        const std::vector<WindowResult> open = scored(m_windows->flush());
        QSqlDatabase db = m_workspace.database().connection();
        Sql::Transaction transaction(db);
        bool ok = transaction.isActive() && m_workspace.results().storeResults(db, open, now).ok();
        for (const WindowResult& r : open) {
            if (ok && r.windowEndMs() < now - m_settings.retrospectiveAfterMs
                && r.classification.category != Category::NoAnomaly && !r.lowConfidence)
                ok = m_workspace.findings().storeFinding(db, r, now).ok();
        }
        if (!ok || !transaction.commit())
            fail(QCoreApplication::translate("AnalysisService", "The last open windows could not be stored."));
    }

    void setBroker(const MqttStatus& status)
    {
        const bool down = status.state == MqttStatus::State::Reconnecting || status.state == MqttStatus::State::Failed
            || status.state == MqttStatus::State::Connecting;
        if (!down)
            m_brokerDownSince = 0;
        else if (m_brokerDownSince == 0)
            m_brokerDownSince = m_clock.nowMs();
        m_brokerDetail = status.detail;
        m_clientIdInUse = status.clientIdInUse;
    }

    AnalysisService::Totals totals() const
    {
        QMutexLocker lock(&m_totalsMutex);
        return m_totals;
    }

    std::vector<Alarm> openAlarms() const
    {
        QMutexLocker lock(&m_totalsMutex);
        return m_openSnapshot;
    }

    bool m_reconcileDue = false;

private:
    qint64 quarantineCount()
    {
        QSqlDatabase db = m_workspace.database().connection();
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM quarantine WHERE replayed_at IS NULL"))
            .toLongLong();
    }

    /// Pending entries whose payload was not kept (the quarantine at its limits).
    qint64 quarantineDropped()
    {
        QSqlDatabase db = m_workspace.database().connection();
        return Sql::scalar(db, QStringLiteral("SELECT dropped FROM quarantine_usage")).toLongLong();
    }

    std::vector<AlarmEvent> technicalChecks(qint64 now)
    {
        std::vector<AlarmEvent> events;
        const auto append = [&events](std::vector<AlarmEvent> more) {
            events.insert(events.end(), more.begin(), more.end());
        };
        // Devices assigned now that have sent nothing for too long (counted from start when never heard).
        std::set<std::pair<qint64, qint64>> assigned;
        for (const auto& [device, patient] : m_cache.assignedDevices()) {
            assigned.insert({device, patient});
            const auto heard = m_lastHeard.find(device);
            const qint64 last = heard == m_lastHeard.end() ? m_startedAtMs : heard->second;
            const bool silent = now - last >= m_settings.deviceSilentMs;
            append(m_alarms.onTechnical(
                AlarmCondition::DeviceSilent, patient, device, silent,
                silent ? QCoreApplication::translate("AnalysisService", "no data for %n second(s)", nullptr,
                                                     static_cast<int>((now - last) / 1000 / 30 * 30))
                       : QString(),
                now));
        }
        // A device no longer assigned is not silent any more.
        for (const Alarm& alarm : m_alarms.openAlarms()) {
            if (alarm.condition == AlarmCondition::DeviceSilent
                && !assigned.contains({alarm.deviceRowId, alarm.patientId}))
                append(m_alarms.onTechnical(AlarmCondition::DeviceSilent, alarm.patientId, alarm.deviceRowId, false, {},
                                            now));
        }
        append(faultChecks(now, assigned));
        const bool brokerDown = m_brokerDownSince > 0 && now - m_brokerDownSince >= m_settings.brokerAlarmAfterMs;
        append(m_alarms.onTechnical(AlarmCondition::BrokerUnreachable, 0, 0, brokerDown,
                                    brokerDown ? m_brokerDetail : QString(), now));
        append(m_alarms.onTechnical(AlarmCondition::ClientIdInUse, 0, 0, m_clientIdInUse,
                                    m_clientIdInUse ? m_brokerDetail : QString(), now));
        const qint64 quarantined = quarantineCount();
        if (quarantined > m_quarantineCount)
            m_quarantineGrewAt = now;
        m_quarantineCount = quarantined;
        const bool growing = m_quarantineGrewAt > 0 && now - m_quarantineGrewAt < m_settings.quarantineQuietMs;
        QString detail;
        if (growing) {
            detail = QCoreApplication::translate("AnalysisService", "%n message(s) waiting in the quarantine", nullptr,
                                                 static_cast<int>(quarantined));
            if (const qint64 dropped = quarantineDropped(); dropped > 0)
                detail += QStringLiteral("; ")
                    + QCoreApplication::translate("AnalysisService",
                                                  "the payloads of %n were not kept: the quarantine is at its limit",
                                                  nullptr, static_cast<int>(dropped));
        }
        append(m_alarms.onTechnical(AlarmCondition::QuarantineGrowing, 0, 0, growing, detail, now));
        append(scoreChecks(now));
        // The anomaly alarm turned off: open ones end.
        for (const Alarm& alarm : m_alarms.openAlarms())
            if (alarm.condition == AlarmCondition::Anomaly && !m_settings.anomalyAlarm)
                append(
                    m_alarms.onTechnical(AlarmCondition::Anomaly, alarm.patientId, alarm.deviceRowId, false, {}, now));
        return events;
    }

    std::vector<WindowResult> scored(std::vector<WindowResult> results)
    {
        m_scorer.score(results);
        return results;
    }

    /// The optional anomaly alarm: low, while a device's windows on a patient keep scoring high.
    std::vector<AlarmEvent> anomalyAlarm(const WindowResult& r, qint64 now)
    {
        if (!m_settings.anomalyAlarm || std::isnan(r.anomaly))
            return {};
        const bool high = m_scorer.sustained(r);
        return m_alarms.onTechnical(AlarmCondition::Anomaly, r.patientId, r.deviceRowId, high,
                                    high ? AnomalyScorer::describe(r, m_scorer.settings()) : QString(), now);
    }

    /// Devices worn by a patient that the device-fleet health flags: a low technical alarm each, with the figures.
    /// Every device's recent readings are judged every FleetCheckEveryMs, not on every tick.
    std::vector<AlarmEvent> faultChecks(qint64 now, const std::set<std::pair<qint64, qint64>>& assigned)
    {
        std::vector<AlarmEvent> events;
        const auto append = [&events](std::vector<AlarmEvent> more) {
            events.insert(events.end(), more.begin(), more.end());
        };
        if (m_fleetCheckedAtMs == 0 || now - m_fleetCheckedAtMs >= FleetCheckEveryMs || now < m_fleetCheckedAtMs) {
            m_fleetCheckedAtMs = now;
            QSqlDatabase db = m_workspace.database().connection();
            const auto fleets = FleetHealthReader::judgeStored(db, now - FleetWindowMs, now);
            if (!fleets) {
                fail(fleets.errorMessage());
                return events;
            }
            m_faultyDevices.clear();
            for (const FleetHealth::Fleet& fleet : fleets.value())
                for (const FleetHealth::DeviceHealth& d : fleet.devices)
                    if (!d.flags.isEmpty())
                        m_faultyDevices[d.summary.rowId] = FleetHealth::faultText(d.flags.front().fault)
                            + QStringLiteral(": ") + FleetHealth::describe(d.flags.front());
        }
        for (const auto& [device, patient] : assigned) {
            const auto faulty = m_faultyDevices.find(device);
            const bool flagged = faulty != m_faultyDevices.end();
            append(m_alarms.onTechnical(AlarmCondition::DeviceFaulty, patient, device, flagged,
                                        flagged ? faulty->second : QString(), now));
        }
        for (const Alarm& alarm : m_alarms.openAlarms()) {
            if (alarm.condition == AlarmCondition::DeviceFaulty
                && !assigned.contains({alarm.deviceRowId, alarm.patientId}))
                append(m_alarms.onTechnical(AlarmCondition::DeviceFaulty, alarm.patientId, alarm.deviceRowId, false, {},
                                            now));
        }
        return events;
    }

    /// Early-warning scores: a medium or high risk in a patient's newest observations is an alarm addressed like
    /// the heart-rate ones, and observations not taken by the time the chart gave are a low one.
    std::vector<AlarmEvent> scoreChecks(qint64 now)
    {
        std::vector<AlarmEvent> events;
        const auto append = [&events](std::vector<AlarmEvent> more) {
            events.insert(events.end(), more.begin(), more.end());
        };
        QSqlDatabase db = m_workspace.database().connection();
        const auto current = ObservationStore::current(db);
        if (!current) {
            fail(current.errorMessage());
            return events;
        }
        const QDateTime nowTime = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        std::set<qint64> scored;
        for (const ScoreStatus& status : current.value()) {
            scored.insert(status.patientId);
            std::optional<AlarmPriority> priority;
            if (status.risk == News2Risk::High)
                priority = AlarmPriority::High;
            else if (status.risk == News2Risk::Medium)
                priority = AlarmPriority::Medium;
            append(m_alarms.onScore(status.patientId, priority,
                                    priority ? QCoreApplication::translate("AnalysisService", "NEWS2 %1: %2 risk")
                                                   .arg(status.total.value_or(0))
                                                   .arg(news2RiskDisplayName(*status.risk).toLower())
                                             : QString(),
                                    now));
            const bool overdue = status.overdue(nowTime);
            append(m_alarms.onTechnical(
                AlarmCondition::ObservationsOverdue, status.patientId, 0, overdue,
                overdue ? QCoreApplication::translate("AnalysisService", "observations were due %1 min ago")
                              .arg(status.nextDueAt.msecsTo(nowTime) / 60'000)
                        : QString(),
                now));
        }
        // A patient discharged (or whose observations were all amended away) has no score alarm any more.
        for (const Alarm& alarm : m_alarms.openAlarms()) {
            if (scored.contains(alarm.patientId))
                continue;
            if (alarm.condition == AlarmCondition::EarlyWarningScore)
                append(m_alarms.onScore(alarm.patientId, std::nullopt, {}, now));
            else if (alarm.condition == AlarmCondition::ObservationsOverdue)
                append(m_alarms.onTechnical(AlarmCondition::ObservationsOverdue, alarm.patientId, 0, false, {}, now));
        }
        return events;
    }

    /// Acknowledgements and pauses may have been stored by people (in this or another process) since the last
    /// batch: the store is the reference, and reading it needs no write lock. An open alarm of ours that the
    /// store holds as ended was ended by a person (a latched alarm acknowledged); one the store does not hold at
    /// all was never written (a failed transaction) and goes to `unwritten`.
    bool takeOverStoredAlarms(QSqlDatabase& db, qint64 now, std::set<qint64>& storedIds,
                              std::vector<AlarmEvent>& unwritten)
    {
        auto stored = m_workspace.alarms().openAlarms(db);
        if (!stored) {
            fail(stored.errorMessage());
            return false;
        }
        for (const Alarm& alarm : stored.value()) {
            storedIds.insert(alarm.id);
            m_alarms.restore(alarm);
        }
        std::vector<Alarm> notOpenThere;
        std::vector<qint64> notOpenIds;
        for (const Alarm& alarm : m_alarms.openAlarms()) {
            if (!storedIds.contains(alarm.id)) {
                notOpenThere.push_back(alarm);
                notOpenIds.push_back(alarm.id);
            }
        }
        // Held by the store although not open there: ended there.
        const auto endedThere = AlarmStore::storedAmong(db, notOpenIds);
        if (!endedThere) {
            fail(endedThere.errorMessage());
            return false;
        }
        for (const Alarm& alarm : notOpenThere) {
            // Ended in the store by a person, or raised there first by another analysis of the ward (a ward
            // server's standby that took over): the store's alarm is the one.
            if (endedThere.value().contains(alarm.id) || !m_alarms.holdsKey(alarm))
                forgetEnded(alarm);
            else
                unwritten.push_back({AlarmAction::Raised, alarm, now, 0, {}});
        }
        return true;
    }

    void forgetEnded(const Alarm& alarm)
    {
        Alarm ended = alarm;
        ended.state = AlarmState::Ended;
        m_alarms.restore(ended);
    }

    void handle(const std::vector<WindowResult>& results, std::vector<AlarmEvent> events, qint64 now,
                bool reconcile = false)
    {
        if (results.empty() && events.empty() && !reconcile)
            return;
        QSqlDatabase db = m_workspace.database().connection();
        AlarmStore& alarms = m_workspace.alarms();
        // 1. What people did to the alarms since the last batch.
        std::set<qint64> storedIds;
        std::vector<AlarmEvent> unwritten;
        if (!takeOverStoredAlarms(db, now, storedIds, unwritten))
            return;
        // An alarm this tick's checks raised (technical, score) is not in the store yet either: its own event stores
        // it, and a second "raised" row would reach the HL7 outbox and the alarm topic twice.
        std::erase_if(unwritten, [&events](const AlarmEvent& u) {
            return std::any_of(events.cbegin(), events.cend(), [&u](const AlarmEvent& e) {
                return e.action == AlarmAction::Raised && e.alarm.id == u.alarm.id;
            });
        });

        // 2. Evaluate and announce at once: an alarm waits neither for the disk nor for the ingest's write lock.
        std::vector<WindowResult> retrospective;
        for (const WindowResult& r : results) {
            if (r.windowEndMs() < now - m_settings.retrospectiveAfterMs) {
                if (r.classification.category != Category::NoAnomaly && !r.lowConfidence)
                    retrospective.push_back(r);
                continue;
            }
            std::vector<AlarmEvent> more = m_alarms.onWindow(r, now);
            events.insert(events.end(), more.begin(), more.end());
            more = anomalyAlarm(r, now);
            events.insert(events.end(), more.begin(), more.end());
        }
        // The open alarms as they stand now (what the alarm sound follows), before the events go out and
        // whether or not the store below succeeds.
        {
            QMutexLocker lock(&m_totalsMutex);
            m_openSnapshot = m_alarms.openAlarms();
        }
        for (AlarmEvent& e : events) {
            e.bed = m_cache.bedOf(e.alarm.patientId);
            emit m_service.alarmEvent(e);
        }

        // 3. Store. An acknowledgement or a pause stored since the read above wins over what was computed here;
        //    if the store fails, failed() says so and the next batch writes the alarms' state.
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return fail(transaction.error().message);
        if (auto locked = AlarmStore::lockForWriting(db); !locked)
            return fail(locked.errorMessage());
        auto again = alarms.openAlarms(db);
        if (!again)
            return fail(again.errorMessage());
        std::map<qint64, Alarm> current;
        for (const Alarm& alarm : again.value())
            current.emplace(alarm.id, alarm);
        std::vector<qint64> notOpenIds;
        for (const AlarmEvent& e : events) {
            if (!current.contains(e.alarm.id))
                notOpenIds.push_back(e.alarm.id);
        }
        const auto endedThere = AlarmStore::storedAmong(db, notOpenIds);
        if (!endedThere)
            return fail(endedThere.errorMessage());
        std::set<qint64> overridden;
        for (const AlarmEvent& e : events) {
            const auto it = current.find(e.alarm.id);
            if (it != current.end()) {
                if (it->second.acknowledgedAtMs != e.alarm.acknowledgedAtMs
                    || it->second.audioPausedUntilMs != e.alarm.audioPausedUntilMs) {
                    overridden.insert(e.alarm.id);
                    m_alarms.restore(it->second);
                }
            } else if (endedThere.value().contains(e.alarm.id)) {
                // Ended in the store (a person acknowledged a latched alarm) while this batch computed an event
                // for it, even before the batch read the store (an escalation due at the same tick): the store wins.
                overridden.insert(e.alarm.id);
                forgetEnded(e.alarm);
            }
        }
        std::vector<AlarmEvent> toStore;
        for (const AlarmEvent& e : events) {
            if (!overridden.contains(e.alarm.id))
                toStore.push_back(e);
        }
        for (const WindowResult& r : retrospective) {
            if (auto ok = m_workspace.findings().storeFinding(db, r, now); !ok)
                return fail(ok.errorMessage());
        }
        if (auto ok = m_workspace.results().storeResults(db, results, now); !ok)
            return fail(ok.errorMessage());
        if (auto ok = alarms.storeAlarmEvents(db, unwritten); !ok)
            return fail(ok.errorMessage());
        if (auto ok = alarms.storeAlarmEvents(db, toStore); !ok)
            return fail(ok.errorMessage());
        if (auto committed = transaction.commit(); !committed)
            return fail(committed.errorMessage());
        const auto findings = qint64(retrospective.size());
        if (!toStore.empty() || !unwritten.empty())
            publishAlarmEvents(); // at once, not at the next tick

        qint64 raised = 0;
        for (const AlarmEvent& e : events)
            raised += e.action == AlarmAction::Raised ? 1 : 0;
        {
            QMutexLocker lock(&m_totalsMutex);
            m_totals.results += qint64(results.size());
            m_totals.findings += findings;
            m_totals.alarmsRaised += raised;
            m_openSnapshot = m_alarms.openAlarms();
        }
    }

    void fail(const QString& message)
    {
        {
            QMutexLocker lock(&m_totalsMutex);
            ++m_totals.errors;
        }
        emit m_service.failed(message);
    }

    AnalysisService& m_service;
    Workspace& m_workspace;
    const Clock& m_clock;
    AnalysisSettings m_settings;
    qint64 m_startedAtMs;
    PatientContextCache m_cache;
    std::unique_ptr<WindowEngine> m_windows;
    AlarmEngine m_alarms;
    AnomalyScorer m_scorer; ///< scores every window before it is stored
    AlarmTopic m_topic;
    QTimer m_timer;
    int m_ticks = 0;
    std::unordered_map<qint64, qint64> m_lastHeard; ///< device → wall-clock time of its last stored sample
    static constexpr qint64 FleetCheckEveryMs = 10 * 60'000;
    static constexpr qint64 FleetWindowMs = 2 * 3'600'000; ///< the readings the fleet health judges
    qint64 m_fleetCheckedAtMs = 0;
    std::unordered_map<qint64, QString> m_faultyDevices; ///< device → the first flag, in words
    qint64 m_brokerDownSince = 0;
    QString m_brokerDetail;
    bool m_clientIdInUse = false;
    qint64 m_quarantineCount = 0;
    qint64 m_quarantineGrewAt = 0;

    QMutex m_queueMutex;
    std::vector<AnalysisSample> m_queue;
    mutable QMutex m_totalsMutex;
    AnalysisService::Totals m_totals;
    std::vector<Alarm> m_openSnapshot;
};

AnalysisService::AnalysisService(Workspace& workspace, const Clock& clock, QObject* parent)
    : AlarmFeed(parent)
    , m_workspace(workspace)
    , m_clock(clock)
{
    qRegisterMetaType<pulsedesk::AlarmEvent>();
}

AnalysisService::~AnalysisService()
{
    stop();
}

void AnalysisService::start(const AnalysisSettings& settings)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("analysis"));
    m_worker = new Worker(*this, m_workspace, m_clock, settings, m_alarmPublisher);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &Worker::begin, Qt::QueuedConnection);
}

void AnalysisService::stop()
{
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(m_worker, &Worker::finish, Qt::BlockingQueuedConnection);
    m_finalTotals = m_worker->totals();
    // The worker's objects (timer, connection) belong to its thread: delete it there before the thread ends.
    Database& database = m_workspace.database();
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, &database] {
            delete worker;
            database.releaseThreadConnection();
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_worker = nullptr;
}

void AnalysisService::submit(std::vector<AnalysisSample> samples)
{
    if (m_worker && !samples.empty())
        m_worker->enqueue(std::move(samples));
}

void AnalysisService::setBrokerStatus(const MqttStatus& status)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, status] { worker->setBroker(status); });
}

void AnalysisService::reconfigure(const AnalysisSettings& settings)
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker, settings] { worker->apply(settings); });
}

void AnalysisService::nudge()
{
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, [worker = m_worker] {
            worker->m_reconcileDue = true;
            worker->tick();
        });
}

void AnalysisService::sync()
{
    if (m_worker)
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker] { worker->tick(); }, Qt::BlockingQueuedConnection);
}

AnalysisService::Totals AnalysisService::totals() const
{
    return m_worker ? m_worker->totals() : m_finalTotals;
}

std::vector<Alarm> AnalysisService::openAlarms() const
{
    return m_worker ? m_worker->openAlarms() : std::vector<Alarm> {};
}

} // namespace pulsedesk
