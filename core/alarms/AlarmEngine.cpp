#include "alarms/AlarmEngine.h"

#include "common/KeyTable.h"

#include <QCoreApplication>

namespace pulsedesk {

namespace {

constexpr KeyTable<AlarmPriority, 3> PriorityKeys = {{
    {AlarmPriority::Low, "low"},
    {AlarmPriority::Medium, "medium"},
    {AlarmPriority::High, "high"},
}};

constexpr KeyTable<AlarmCondition, 11> ConditionKeys = {{
    {AlarmCondition::Bradycardia, "bradycardia"},
    {AlarmCondition::Tachycardia, "tachycardia"},
    {AlarmCondition::DeviceSilent, "device-silent"},
    {AlarmCondition::BrokerUnreachable, "broker-unreachable"},
    {AlarmCondition::QuarantineGrowing, "quarantine-growing"},
    {AlarmCondition::ClientIdInUse, "client-id-in-use"},
    {AlarmCondition::EarlyWarningScore, "early-warning-score"},
    {AlarmCondition::ObservationsOverdue, "observations-overdue"},
    {AlarmCondition::DeviceFaulty, "device-faulty"},
    {AlarmCondition::Anomaly, "anomaly"},
    {AlarmCondition::ServerUnreachable, "server-unreachable"},
}};

constexpr KeyTable<AlarmState, 3> StateKeys = {{
    {AlarmState::Active, "active"},
    {AlarmState::Acknowledged, "acknowledged"},
    {AlarmState::Ended, "ended"},
}};

constexpr KeyTable<AlarmAction, 9> ActionKeys = {{
    {AlarmAction::Raised, "raised"},
    {AlarmAction::PriorityRaised, "priority-raised"},
    {AlarmAction::Updated, "updated"},
    {AlarmAction::ConditionCleared, "condition-cleared"},
    {AlarmAction::Escalated, "escalated"},
    {AlarmAction::Acknowledged, "acknowledged"},
    {AlarmAction::AudioPaused, "audio-paused"},
    {AlarmAction::AudioResumed, "audio-resumed"},
    {AlarmAction::Ended, "ended"},
}};

Error notOpen()
{
    return {Error::Code::Conflict, QCoreApplication::translate("AlarmEngine", "This alarm has already ended.")};
}

} // namespace

QString priorityKey(AlarmPriority priority)
{
    return keyOf(PriorityKeys, priority);
}

std::optional<AlarmPriority> priorityFromKey(const QString& key)
{
    return fromKey(PriorityKeys, key);
}

QString priorityDisplayName(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::Low:
        return QCoreApplication::translate("AlarmPriority", "Low");
    case AlarmPriority::Medium:
        return QCoreApplication::translate("AlarmPriority", "Medium");
    case AlarmPriority::High:
        return QCoreApplication::translate("AlarmPriority", "High");
    }
    Q_UNREACHABLE();
}

QString conditionKey(AlarmCondition condition)
{
    return keyOf(ConditionKeys, condition);
}

std::optional<AlarmCondition> conditionFromKey(const QString& key)
{
    return fromKey(ConditionKeys, key);
}

QString conditionDisplayName(AlarmCondition condition)
{
    switch (condition) {
    case AlarmCondition::Bradycardia:
        return QCoreApplication::translate("AlarmCondition", "Bradycardia");
    case AlarmCondition::Tachycardia:
        return QCoreApplication::translate("AlarmCondition", "Tachycardia");
    case AlarmCondition::DeviceSilent:
        return QCoreApplication::translate("AlarmCondition", "Device silent");
    case AlarmCondition::BrokerUnreachable:
        return QCoreApplication::translate("AlarmCondition", "Broker unreachable");
    case AlarmCondition::QuarantineGrowing:
        return QCoreApplication::translate("AlarmCondition", "Messages quarantined");
    case AlarmCondition::ClientIdInUse:
        return QCoreApplication::translate("AlarmCondition", "Client id used by another client");
    case AlarmCondition::EarlyWarningScore:
        return QCoreApplication::translate("AlarmCondition", "Early-warning score");
    case AlarmCondition::ObservationsOverdue:
        return QCoreApplication::translate("AlarmCondition", "Observations overdue");
    case AlarmCondition::DeviceFaulty:
        return QCoreApplication::translate("AlarmCondition", "Device readings depart from its fleet");
    case AlarmCondition::Anomaly:
        return QCoreApplication::translate("AlarmCondition", "Vitals depart from the patient's recent values");
    case AlarmCondition::ServerUnreachable:
        return QCoreApplication::translate("AlarmCondition", "Ward server unreachable");
    }
    Q_UNREACHABLE();
}

QString alarmStateKey(AlarmState state)
{
    return keyOf(StateKeys, state);
}

std::optional<AlarmState> alarmStateFromKey(const QString& key)
{
    return fromKey(StateKeys, key);
}

QString alarmActionKey(AlarmAction action)
{
    return keyOf(ActionKeys, action);
}

bool isTechnical(AlarmCondition condition)
{
    return condition != AlarmCondition::Bradycardia && condition != AlarmCondition::Tachycardia
        && condition != AlarmCondition::EarlyWarningScore && condition != AlarmCondition::ObservationsOverdue
        && condition != AlarmCondition::Anomaly;
}

bool perDevice(AlarmCondition condition)
{
    return isTechnical(condition) || condition == AlarmCondition::Anomaly;
}

AlarmEngine::AlarmEngine(AlarmSettings settings)
{
    setSettings(settings);
}

void AlarmEngine::setSettings(const AlarmSettings& settings)
{
    m_settings = settings;
    m_settings.delayMs = std::clamp<qint64>(m_settings.delayMs, 0, AlarmSettings::MaxDelayMs);
    m_settings.maxAudioPauseMs = std::clamp<qint64>(m_settings.maxAudioPauseMs, 1000, AlarmSettings::MaxAudioPauseMs);
}

Alarm* AlarmEngine::openAlarm(const Key& key)
{
    const auto it = m_byKey.find(key);
    if (it == m_byKey.end())
        return nullptr;
    return &m_open.at(it->second);
}

const Alarm* AlarmEngine::find(qint64 alarmId) const
{
    const auto it = m_open.find(alarmId);
    return it == m_open.end() ? nullptr : &it->second;
}

std::vector<Alarm> AlarmEngine::openAlarms() const
{
    std::vector<Alarm> list;
    list.reserve(m_open.size());
    for (const auto& [id, alarm] : m_open)
        list.push_back(alarm);
    return list;
}

void AlarmEngine::end(std::vector<AlarmEvent>& out, Alarm& alarm, qint64 nowMs, qint64 userId)
{
    alarm.state = AlarmState::Ended;
    alarm.conditionActive = false;
    alarm.endedAtMs = nowMs;
    alarm.updatedAtMs = nowMs;
    alarm.audioPausedUntilMs = 0;
    out.push_back({AlarmAction::Ended, alarm, nowMs, userId, {}});
}

void AlarmEngine::clearCondition(std::vector<AlarmEvent>& out, qint64 patientId, AlarmCondition condition, qint64 nowMs)
{
    m_pending.erase({patientId, condition});
    const Key key {patientId, condition, 0};
    Alarm* alarm = openAlarm(key);
    if (!alarm || !alarm->conditionActive)
        return;
    alarm->conditionActive = false;
    alarm->updatedAtMs = nowMs;
    if (alarm->latches() && alarm->state == AlarmState::Active) {
        out.push_back({AlarmAction::ConditionCleared, *alarm, nowMs, 0, {}});
        return;
    }
    end(out, *alarm, nowMs);
    m_open.erase(alarm->id);
    m_byKey.erase(key);
}

std::vector<AlarmEvent> AlarmEngine::onWindow(const WindowResult& result, qint64 nowMs)
{
    std::vector<AlarmEvent> out;
    const Category category = result.classification.category;
    const qint64 patient = result.patientId;
    if (category == Category::NoAnomaly) {
        if (!result.lowConfidence) {
            clearCondition(out, patient, AlarmCondition::Bradycardia, nowMs);
            clearCondition(out, patient, AlarmCondition::Tachycardia, nowMs);
        }
        return out;
    }
    const AlarmCondition condition =
        isBradycardia(category) ? AlarmCondition::Bradycardia : AlarmCondition::Tachycardia;
    const AlarmCondition opposite =
        condition == AlarmCondition::Bradycardia ? AlarmCondition::Tachycardia : AlarmCondition::Bradycardia;
    const Key key {patient, condition, 0};
    Alarm* alarm = openAlarm(key);
    if (result.lowConfidence) {
        if (alarm)
            alarm->lastValue = result.hrMean;
        return out;
    }
    clearCondition(out, patient, opposite, nowMs);

    Pending& pending = m_pending[{patient, condition}];
    if (pending.untilMs == 0 || result.windowStartMs > pending.untilMs || result.windowEndMs() < pending.sinceMs) {
        pending = {result.windowStartMs, result.windowEndMs(), category};
    } else {
        pending.sinceMs = std::min(pending.sinceMs, result.windowStartMs);
        pending.untilMs = std::max(pending.untilMs, result.windowEndMs());
        if (isSevere(category))
            pending.worst = category;
    }

    if (alarm) {
        alarm->lastValue = result.hrMean;
        const bool returned = !alarm->conditionActive;
        alarm->conditionActive = true;
        if (isSevere(category) && alarm->priority != AlarmPriority::High) {
            alarm->category = category;
            alarm->priority = AlarmPriority::High;
            alarm->state = AlarmState::Active; // an acknowledged medium alarm sounds again
            alarm->audioPausedUntilMs = 0;
            alarm->updatedAtMs = nowMs;
            out.push_back({AlarmAction::PriorityRaised, *alarm, nowMs, 0, {}});
            return out;
        }
        // A high alarm keeps its severe category while the condition eases.
        const Category kept =
            alarm->category && isSevere(*alarm->category) && !isSevere(category) ? *alarm->category : category;
        if (returned || alarm->category != kept) {
            alarm->category = kept;
            alarm->updatedAtMs = nowMs;
            out.push_back({AlarmAction::Updated, *alarm, nowMs, 0, {}});
        }
        return out;
    }

    if (pending.untilMs - pending.sinceMs < m_settings.delayMs)
        return out;
    Alarm raised;
    raised.id = m_nextId++;
    raised.patientId = patient;
    raised.deviceRowId = result.deviceRowId;
    raised.condition = condition;
    raised.category = isSevere(pending.worst) ? pending.worst : category;
    raised.priority = isSevere(*raised.category) ? AlarmPriority::High : AlarmPriority::Medium;
    raised.conditionSinceMs = pending.sinceMs;
    raised.raisedAtMs = nowMs;
    raised.updatedAtMs = nowMs;
    raised.lastValue = result.hrMean;
    m_open.emplace(raised.id, raised);
    m_byKey.emplace(key, raised.id);
    out.push_back({AlarmAction::Raised, raised, nowMs, 0, {}});
    return out;
}

void AlarmEngine::raise(std::vector<AlarmEvent>& out, const Key& key, AlarmPriority priority, const QString& detail,
                        qint64 nowMs)
{
    Alarm raised;
    raised.id = m_nextId++;
    raised.patientId = std::get<0>(key);
    raised.condition = std::get<1>(key);
    raised.deviceRowId = std::get<2>(key);
    raised.priority = priority;
    raised.conditionSinceMs = nowMs;
    raised.raisedAtMs = nowMs;
    raised.updatedAtMs = nowMs;
    raised.detail = detail;
    m_open.emplace(raised.id, raised);
    m_byKey.emplace(key, raised.id);
    out.push_back({AlarmAction::Raised, raised, nowMs, 0, {}});
}

std::vector<AlarmEvent> AlarmEngine::onTechnical(AlarmCondition condition, qint64 patientId, qint64 deviceRowId,
                                                 bool active, const QString& detail, qint64 nowMs)
{
    std::vector<AlarmEvent> out;
    const Key key {patientId, condition, deviceRowId};
    Alarm* alarm = openAlarm(key);
    if (active && !alarm) {
        raise(out, key, AlarmPriority::Low, detail, nowMs);
    } else if (active && alarm && alarm->detail != detail) {
        alarm->detail = detail;
        alarm->updatedAtMs = nowMs;
        out.push_back({AlarmAction::Updated, *alarm, nowMs, 0, {}});
    } else if (!active && alarm) {
        end(out, *alarm, nowMs);
        m_open.erase(alarm->id);
        m_byKey.erase(key);
    }
    return out;
}

std::vector<AlarmEvent> AlarmEngine::onScore(qint64 patientId, std::optional<AlarmPriority> priority,
                                             const QString& detail, qint64 nowMs)
{
    std::vector<AlarmEvent> out;
    const Key key {patientId, AlarmCondition::EarlyWarningScore, 0};
    Alarm* alarm = openAlarm(key);
    if (!priority) {
        clearCondition(out, patientId, AlarmCondition::EarlyWarningScore, nowMs);
        return out;
    }
    if (!alarm) {
        raise(out, key, *priority, detail, nowMs);
        return out;
    }
    const bool returned = !alarm->conditionActive;
    alarm->conditionActive = true;
    if (*priority > alarm->priority) {
        alarm->priority = *priority;
        alarm->detail = detail;
        alarm->state = AlarmState::Active; // an acknowledged alarm sounds again
        alarm->audioPausedUntilMs = 0;
        alarm->updatedAtMs = nowMs;
        out.push_back({AlarmAction::PriorityRaised, *alarm, nowMs, 0, {}});
    } else if (returned || alarm->detail != detail) {
        alarm->detail = detail;
        alarm->updatedAtMs = nowMs;
        out.push_back({AlarmAction::Updated, *alarm, nowMs, 0, {}});
    }
    return out;
}

std::vector<AlarmEvent> AlarmEngine::tick(qint64 nowMs)
{
    std::vector<AlarmEvent> out;
    for (auto& [id, alarm] : m_open) {
        if (alarm.state == AlarmState::Active && !alarm.isEscalated() && alarm.priority != AlarmPriority::Low
            && nowMs - alarm.raisedAtMs >= m_settings.escalateAfterMs) {
            alarm.escalatedAtMs = nowMs;
            alarm.updatedAtMs = nowMs;
            out.push_back({AlarmAction::Escalated, alarm, nowMs, 0, {}});
        }
        if (alarm.audioPausedUntilMs > 0 && nowMs >= alarm.audioPausedUntilMs) {
            alarm.audioPausedUntilMs = 0;
            alarm.updatedAtMs = nowMs;
            if (alarm.state == AlarmState::Active)
                out.push_back({AlarmAction::AudioResumed, alarm, nowMs, 0, {}});
        }
    }
    return out;
}

Result<std::vector<AlarmEvent>> AlarmEngine::acknowledge(Alarm& alarm, qint64 userId, const QString& comment,
                                                         qint64 nowMs)
{
    if (!alarm.isOpen())
        return notOpen();
    if (alarm.state == AlarmState::Acknowledged)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AlarmEngine", "This alarm is already acknowledged.")};
    std::vector<AlarmEvent> out;
    alarm.acknowledgedAtMs = nowMs;
    alarm.acknowledgedBy = userId;
    alarm.comment = comment.trimmed().left(500);
    alarm.audioPausedUntilMs = 0;
    alarm.updatedAtMs = nowMs;
    alarm.state = AlarmState::Acknowledged;
    out.push_back({AlarmAction::Acknowledged, alarm, nowMs, userId, {}});
    if (!alarm.conditionActive)
        end(out, alarm, nowMs, userId); // a latched alarm whose condition has ended
    return out;
}

Result<std::vector<AlarmEvent>> AlarmEngine::pauseAudio(Alarm& alarm, qint64 userId, qint64 durationMs,
                                                        qint64 maxPauseMs, qint64 nowMs)
{
    if (!alarm.isOpen())
        return notOpen();
    if (durationMs <= 0 || durationMs > maxPauseMs)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("AlarmEngine", "Audio can be paused for up to %n second(s).", nullptr,
                                                  static_cast<int>(maxPauseMs / 1000))};
    if (alarm.state != AlarmState::Active)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AlarmEngine", "This alarm is acknowledged and already silent.")};
    alarm.audioPausedUntilMs = nowMs + durationMs;
    alarm.updatedAtMs = nowMs;
    return std::vector<AlarmEvent> {{AlarmAction::AudioPaused, alarm, nowMs, userId, {}}};
}

Result<std::vector<AlarmEvent>> AlarmEngine::acknowledge(qint64 alarmId, qint64 userId, const QString& comment,
                                                         qint64 nowMs)
{
    const auto it = m_open.find(alarmId);
    if (it == m_open.end())
        return notOpen();
    auto events = acknowledge(it->second, userId, comment, nowMs);
    if (events && !it->second.isOpen()) {
        m_byKey.erase(Key {it->second.patientId, it->second.condition,
                           perDevice(it->second.condition) ? it->second.deviceRowId : 0});
        m_open.erase(it);
    }
    return events;
}

Result<std::vector<AlarmEvent>> AlarmEngine::pauseAudio(qint64 alarmId, qint64 userId, qint64 durationMs, qint64 nowMs)
{
    const auto it = m_open.find(alarmId);
    if (it == m_open.end())
        return notOpen();
    return pauseAudio(it->second, userId, durationMs, m_settings.maxAudioPauseMs, nowMs);
}

void AlarmEngine::restore(const Alarm& alarm)
{
    const Key key {alarm.patientId, alarm.condition, perDevice(alarm.condition) ? alarm.deviceRowId : 0};
    if (!alarm.isOpen()) {
        const auto held = m_byKey.find(key);
        if (m_open.erase(alarm.id) > 0 && held != m_byKey.end() && held->second == alarm.id)
            m_byKey.erase(held);
        return;
    }
    m_open.insert_or_assign(alarm.id, alarm);
    m_byKey.insert_or_assign(key, alarm.id);
    m_nextId = std::max(m_nextId, alarm.id + 1);
}

bool AlarmEngine::holdsKey(const Alarm& alarm) const
{
    const auto held =
        m_byKey.find(Key {alarm.patientId, alarm.condition, perDevice(alarm.condition) ? alarm.deviceRowId : 0});
    return held != m_byKey.end() && held->second == alarm.id;
}

} // namespace pulsedesk
