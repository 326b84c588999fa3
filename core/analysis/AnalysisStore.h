#pragma once

#include "analysis/AlarmEngine.h"
#include "analysis/AnalysisTypes.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>

#include <optional>
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

/// A window from a dump or backfill that crossed a limit: for a doctor to review, not a live alarm.
struct Finding
{
    QString mrn;
    QString deviceId;
    qint64 windowStartMs = 0;
    Category category = Category::NoAnomaly;
    qint64 foundAtMs = 0;
    qint64 reviewedBy = 0;
};

/// Per-patient heart-rate limits a doctor set, with the reason.
struct PatientLimitsRecord
{
    HeartRateLimits limits;
    QString reason;
    qint64 setBy = 0;
    QDateTime setAt;
};

/// Analysis results, findings, alarms and per-patient limits in the encrypted store. The analysis writes
/// through the functions that take a connection (in its own transaction); people read and act through the ones
/// that take a session, which check permissions and write the audit log.
class AnalysisStore
{
public:
    AnalysisStore(Database& database, AuditLog& audit, const Clock& clock);

    // --- written by the analysis ---
    /// Stores results idempotently under (patient, device, window start): a recomputed window replaces its row.
    Status storeResults(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const;
    Status storeFinding(QSqlDatabase& db, const WindowResult& result, qint64 nowMs) const;
    /// Many findings at once (an import's history), with one statement each for insert and update.
    Status storeFindings(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const;
    Status storeAlarmEvents(QSqlDatabase& db, const std::vector<AlarmEvent>& events) const;
    Result<std::vector<Alarm>> openAlarms(QSqlDatabase& db) const;
    Result<qint64> nextAlarmId(QSqlDatabase& db) const;

    // --- read and acted on by people ---
    /// Results of a patient, newest first (doctor, nurse); the read is audited.
    Result<QList<WindowResult>> results(const Session& session, const QString& mrn, const QDateTime& from = {},
                                        const QDateTime& to = {}, int limit = 1000) const;
    /// Alarms, open ones first, newest first. `addressedToMe` keeps those addressed to the session's user.
    Result<QList<AlarmView>> alarms(const Session& session, bool openOnly = true, bool addressedToMe = false,
                                    int limit = 500) const;
    Result<AlarmView> alarm(const Session& session, qint64 alarmId) const;
    Result<QList<Finding>> findings(const Session& session, const QString& mrn = {}, bool unreviewedOnly = true) const;

    /// Acknowledge (doctor or nurse) with an optional comment; audited.
    Status acknowledge(const Session& session, qint64 alarmId, const QString& comment = {}) const;
    /// Pauses the alarm's audio for at most two minutes; audited.
    Status pauseAudio(const Session& session, qint64 alarmId, int seconds) const;

    /// Sets a patient's limits (doctor), replacing the current ones; audited with the reason. They end at discharge.
    Status setLimits(const Session& session, const QString& mrn, const HeartRateLimits& limits,
                     const QString& reason) const;
    Status clearLimits(const Session& session, const QString& mrn, const QString& reason) const;
    Result<std::optional<PatientLimitsRecord>> limits(const Session& session, const QString& mrn) const;

private:
    Result<qint64> patientId(QSqlDatabase& db, const QString& mrn) const;
    Result<AlarmView> readAlarm(QSqlDatabase& db, qint64 alarmId) const;
    Status operatorAction(const Session& session, qint64 alarmId, const QString& auditAction,
                          const std::function<Result<std::vector<AlarmEvent>>(Alarm&)>& transition) const;

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
