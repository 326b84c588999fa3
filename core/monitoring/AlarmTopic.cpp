#include "monitoring/AlarmTopic.h"

#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcAlarmTopic, "pulsedesk.monitoring.alarmtopic")

namespace {

/// Events read per call; more wait for the next one (a tick later).
constexpr int MaxEventsPerCall = 1000;

std::optional<AlarmAction> knownAction(const QString& key)
{
    for (const AlarmAction action : {AlarmAction::Raised, AlarmAction::PriorityRaised, AlarmAction::Updated,
                                     AlarmAction::ConditionCleared, AlarmAction::Escalated, AlarmAction::Acknowledged,
                                     AlarmAction::AudioPaused, AlarmAction::AudioResumed, AlarmAction::Ended})
        if (alarmActionKey(action) == key)
            return action;
    return std::nullopt;
}

} // namespace

AlarmTopic::AlarmTopic(Publisher publisher)
    : m_publisher(std::move(publisher))
{ }

QByteArray AlarmTopic::payload(const QString& bed, AlarmPriority priority, AlarmCondition condition,
                               const QString& state, qint64 atMs)
{
    const QJsonObject object {
        {QStringLiteral("bed"), bed.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(bed)},
        {QStringLiteral("priority"), priorityKey(priority)},
        {QStringLiteral("condition"), conditionKey(condition)},
        {QStringLiteral("state"), state},
        {QStringLiteral("time"), QDateTime::fromMSecsSinceEpoch(atMs, Qt::UTC).toString(Qt::ISODateWithMs)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Status AlarmTopic::publishNew(QSqlDatabase& db)
{
    const QString topic =
        Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QString::fromLatin1(SettingKey)})
            .toString();
    if (topic.isEmpty() || !m_after) {
        // Off (or the first call): start after the newest event, so turning the topic on sends no history.
        QSqlQuery newest(db);
        if (!Sql::exec(newest, QStringLiteral("SELECT max(id) FROM alarm_events")) || !newest.next())
            return Sql::error(newest, QCoreApplication::translate("AlarmTopic", "reading the alarm events"));
        m_after = newest.value(0).toLongLong();
        return {};
    }
    QSqlQuery q(db);
    // The alarm's priority and the patient's bed as they are now: the event was stored at most a tick ago.
    if (!Sql::exec(q,
                   QStringLiteral("SELECT e.id, e.at, e.action, a.condition, a.priority, p.bed FROM alarm_events e "
                                  "JOIN alarms a ON a.id = e.alarm_id LEFT JOIN patients p ON p.id = a.patient_id "
                                  "WHERE e.id > ? ORDER BY e.id LIMIT %1")
                       .arg(MaxEventsPerCall),
                   {*m_after}))
        return Sql::error(q, QCoreApplication::translate("AlarmTopic", "reading the alarm events"));
    while (q.next()) {
        m_after = q.value(0).toLongLong();
        const auto action = knownAction(q.value(2).toString());
        const auto condition = conditionFromKey(q.value(3).toString());
        const auto priority = priorityFromKey(q.value(4).toString());
        // "updated" (a new value or category) is left out as in the ORU^R40 outbox; anything this PulseDesk did
        // not write is left out, as nothing says it carries no identity.
        if (!action || *action == AlarmAction::Updated || !condition || !priority)
            continue;
        const QByteArray body =
            payload(q.value(5).toString(), *priority, *condition, alarmActionKey(*action), q.value(1).toLongLong());
        if (m_publisher && m_publisher(topic, body)) {
            ++m_published;
            if (m_dropping)
                qCInfo(lcAlarmTopic) << "Alarm events are published on the alarm topic again";
            m_dropping = false;
        } else {
            ++m_dropped;
            if (!m_dropping)
                qCWarning(lcAlarmTopic) << "Alarm events are not published on the alarm topic (no broker "
                                           "connection); counting them as dropped";
            m_dropping = true;
        }
    }
    return {};
}

} // namespace pulsedesk
