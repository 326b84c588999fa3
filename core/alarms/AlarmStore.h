#pragma once

#include "alarms/AlarmEngine.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <set>
#include <vector>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// An alarm with what a person needs to act on it.
struct AlarmView
{
    Alarm alarm;
    QString mrn; ///< empty for workstation alarms
    QString bed;
    QString ward;
    QString deviceId;
    QList<qint64> addressedTo; ///< the responsible doctors; every doctor of the ward once escalated
    QString acknowledgedByName;
};

/// Alarms in the store: the live analysis writes the AlarmEngine's events (in its own transaction); doctors and
/// nurses list, acknowledge and pause them, with the engine's own transitions, audited.
class AlarmStore
{
public:
    AlarmStore(Database& database, AuditLog& audit, const Clock& clock);

    // --- written by the live analysis ---
    /// Makes the caller's transaction the only one writing alarms until it ends: every writer of alarms (the live
    /// analysis, an operator's acknowledgement or pause) takes it first, and reads what it writes over after it.
    /// On SQLite the write transaction already is (BEGIN IMMEDIATE); on PostgreSQL, where transactions run side by
    /// side, an acknowledgement committed between the analysis's read and its commit would otherwise be written
    /// over by the analysis.
    static Status lockForWriting(QSqlDatabase& db);
    Status storeAlarmEvents(QSqlDatabase& db, const std::vector<AlarmEvent>& events) const;
    Result<std::vector<Alarm>> openAlarms(QSqlDatabase& db) const;
    /// Which of `ids` the store holds, open or ended (one statement per 500 ids).
    static Result<std::set<qint64>> storedAmong(QSqlDatabase& db, const std::vector<qint64>& ids);
    Result<qint64> nextAlarmId(QSqlDatabase& db) const;

    // --- read and acted on by people ---
    /// Alarms, open ones first, newest first. `addressedToMe` keeps those addressed to the session's user.
    Result<QList<AlarmView>> alarms(const Session& session, bool openOnly = true, bool addressedToMe = false,
                                    int limit = 500) const;
    Result<AlarmView> alarm(const Session& session, qint64 alarmId) const;

    /// Acknowledge (doctor or nurse) with an optional comment; audited.
    Status acknowledge(const Session& session, qint64 alarmId, const QString& comment = {}) const;
    /// Pauses the alarm's audio for at most two minutes; audited.
    Status pauseAudio(const Session& session, qint64 alarmId, int seconds) const;

private:
    Result<AlarmView> readAlarm(QSqlDatabase& db, qint64 alarmId) const;
    Status operatorAction(const Session& session, qint64 alarmId, const QString& auditAction,
                          const std::function<Result<std::vector<AlarmEvent>>(Alarm&)>& transition) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
