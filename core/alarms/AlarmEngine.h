#pragma once

#include "analysis/AnalysisTypes.h"
#include "common/Result.h"
#include "settings/AnalysisSettings.h"

#include <QString>

#include <map>
#include <optional>
#include <tuple>
#include <vector>

namespace pulsedesk {

/// Alarm priorities after IEC 60601-1-8: high needs an immediate response, medium a prompt one, low awareness.
enum class AlarmPriority
{
    Low,
    Medium,
    High,
};

enum class AlarmCondition
{
    Bradycardia,
    Tachycardia,
    DeviceSilent, ///< technical: an assigned device sent nothing for longer than the setting
    BrokerUnreachable, ///< technical: live ingest is not connected
    QuarantineGrowing, ///< technical: messages are being quarantined
    ClientIdInUse, ///< technical: another broker client uses this workstation's client id and takes its session
    EarlyWarningScore, ///< the newest observations give a medium (medium priority) or high (high) NEWS2 risk
    ObservationsOverdue, ///< the time the early-warning chart gave for the next observations has passed
    DeviceFaulty, ///< technical: the device-fleet health flags a device a patient wears (FleetHealth)
    /// Low, per device: the anomaly score stayed high for some consecutive windows (only when an administrator
    /// turned it on: analysis.anomalyAlarm)
    Anomaly,
    ServerUnreachable, ///< technical, the workstation's own: the ward server cannot be reached (never stored)
};

enum class AlarmState
{
    Active, ///< sounding (unless its audio is paused)
    Acknowledged, ///< silenced until the condition ends
    Ended,
};

QString priorityKey(AlarmPriority priority);
std::optional<AlarmPriority> priorityFromKey(const QString& key);
QString priorityDisplayName(AlarmPriority priority);
QString conditionKey(AlarmCondition condition);
std::optional<AlarmCondition> conditionFromKey(const QString& key);
QString conditionDisplayName(AlarmCondition condition);
QString alarmStateKey(AlarmState state);
std::optional<AlarmState> alarmStateFromKey(const QString& key);
bool isTechnical(AlarmCondition condition);
/// Whether a patient has one open alarm of the condition per device (technical ones, and the anomaly score's).
bool perDevice(AlarmCondition condition);

struct Alarm
{
    qint64 id = 0;
    qint64 patientId = 0; ///< 0 for alarms about the workstation (broker, quarantine)
    qint64 deviceRowId = 0;
    AlarmCondition condition = AlarmCondition::Tachycardia;
    AlarmPriority priority = AlarmPriority::Medium;
    std::optional<Category> category; ///< the worst category seen, for physiological alarms
    AlarmState state = AlarmState::Active;
    bool conditionActive = true; ///< false for a latched high alarm whose condition has ended
    qint64 conditionSinceMs = 0; ///< when the condition began (the samples' time for physiological alarms)
    qint64 raisedAtMs = 0;
    qint64 updatedAtMs = 0;
    qint64 endedAtMs = 0;
    qint64 escalatedAtMs = 0; ///< when it was escalated to every doctor of the ward; 0 if not
    qint64 acknowledgedAtMs = 0;
    qint64 acknowledgedBy = 0;
    QString comment;
    qint64 audioPausedUntilMs = 0;
    double lastValue = std::numeric_limits<double>::quiet_NaN(); ///< the latest window's mean heart rate
    QString detail;

    bool isOpen() const { return state != AlarmState::Ended; }
    bool latches() const { return priority == AlarmPriority::High; }
    bool isSounding(qint64 nowMs) const { return state == AlarmState::Active && nowMs >= audioPausedUntilMs; }
    bool isEscalated() const { return escalatedAtMs > 0; }
};

enum class AlarmAction
{
    Raised,
    PriorityRaised,
    Updated, ///< category or value changed
    ConditionCleared, ///< the condition ended but the (high) alarm latches until acknowledged
    Escalated,
    Acknowledged,
    AudioPaused,
    AudioResumed,
    Ended,
};

QString alarmActionKey(AlarmAction action);

struct AlarmEvent
{
    AlarmAction action = AlarmAction::Raised;
    Alarm alarm; ///< the alarm after the action
    qint64 atMs = 0;
    qint64 userId = 0; ///< who acted; 0 for the workstation itself
    QString bed; ///< the patient's bed, filled in by the live analysis for notifications (never a name)
};

/// The alarm state machine. Pure: it is driven by window results, technical conditions, operator actions and
/// tick() with the time passed in, and answers with events for the caller to store, show and announce.
///
/// - One open alarm per (patient, condition, device for technical alarms).
/// - Physiological alarms sound once the condition has held for the alarm delay; a worse category raises the
///   priority of the open alarm (and makes an acknowledged one sound again).
/// - High alarms latch: when the condition ends they stay until acknowledged. Medium and low ones end by
///   themselves when it ends.
/// - Low-confidence windows neither raise nor end an alarm.
/// - Unacknowledged high and medium alarms escalate after a while; a paused audio sounds again after at most two
///   minutes if the alarm is still active.
class AlarmEngine
{
public:
    explicit AlarmEngine(AlarmSettings settings = {});

    std::vector<AlarmEvent> onWindow(const WindowResult& result, qint64 nowMs);
    std::vector<AlarmEvent> onTechnical(AlarmCondition condition, qint64 patientId, qint64 deviceRowId, bool active,
                                        const QString& detail, qint64 nowMs);
    /// The patient's early-warning risk as an alarm priority (none: no alarm-worthy risk). A raised risk raises the
    /// open alarm's priority and makes it sound again; a lower one ends it (a high alarm latches until
    /// acknowledged).
    std::vector<AlarmEvent> onScore(qint64 patientId, std::optional<AlarmPriority> priority, const QString& detail,
                                    qint64 nowMs);
    std::vector<AlarmEvent> tick(qint64 nowMs);

    Result<std::vector<AlarmEvent>> acknowledge(qint64 alarmId, qint64 userId, const QString& comment, qint64 nowMs);
    Result<std::vector<AlarmEvent>> pauseAudio(qint64 alarmId, qint64 userId, qint64 durationMs, qint64 nowMs);

    /// The transitions themselves, on a copy of an alarm (the store uses them for actions taken from another
    /// process).
    static Result<std::vector<AlarmEvent>> acknowledge(Alarm& alarm, qint64 userId, const QString& comment,
                                                       qint64 nowMs);
    static Result<std::vector<AlarmEvent>> pauseAudio(Alarm& alarm, qint64 userId, qint64 durationMs, qint64 maxPauseMs,
                                                      qint64 nowMs);

    /// Takes over an open alarm from the store (after a restart), or replaces its operator-owned fields
    /// (acknowledgement, audio pause, end) when another process changed them.
    void restore(const Alarm& alarm);
    /// False when another open alarm holds this alarm's key (raised by another process and taken over from the
    /// store): the alarm is a second copy of one already raised.
    bool holdsKey(const Alarm& alarm) const;

    void setNextId(qint64 id) { m_nextId = id; }
    const Alarm* find(qint64 alarmId) const;
    std::vector<Alarm> openAlarms() const;
    const AlarmSettings& settings() const { return m_settings; }
    /// New settings apply from now on; open alarms stay as they are.
    void setSettings(const AlarmSettings& settings);

private:
    using Key = std::tuple<qint64, AlarmCondition, qint64>; ///< (patient, condition, device for technical)
    struct Pending
    {
        qint64 sinceMs = 0;
        qint64 untilMs = 0;
        Category worst = Category::NoAnomaly;
    };

    Alarm* openAlarm(const Key& key);
    /// Opens an alarm that sounds at once (technical and score alarms; no delay, no category).
    void raise(std::vector<AlarmEvent>& out, const Key& key, AlarmPriority priority, const QString& detail,
               qint64 nowMs);
    void clearCondition(std::vector<AlarmEvent>& out, qint64 patientId, AlarmCondition condition, qint64 nowMs);
    static void end(std::vector<AlarmEvent>& out, Alarm& alarm, qint64 nowMs, qint64 userId = 0);

    AlarmSettings m_settings;
    qint64 m_nextId = 1;
    std::map<qint64, Alarm> m_open; ///< by id
    std::map<Key, qint64> m_byKey;
    std::map<std::pair<qint64, AlarmCondition>, Pending> m_pending;
};

} // namespace pulsedesk
