#include "analysis/PatientLimitsStore.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

/// Ends the limits of the patient's own in force (none or one row), by `userId` at `now`.
bool endOwnLimits(QSqlQuery& q, qint64 patientId, qint64 userId, qint64 now)
{
    return Sql::exec(q,
                     QStringLiteral("UPDATE patient_limits SET ended_at = ?, ended_by = ? WHERE patient_id = ? AND "
                                    "ended_at IS NULL"),
                     {now, userId, patientId});
}

} // namespace

PatientLimitsStore::PatientLimitsStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Status PatientLimitsStore::setLimits(const Session& session, const QString& mrn, const HeartRateLimits& limits,
                                     const QString& reason) const
{
    if (auto allowed = Permissions::require(session, Permission::SetPatientLimits); !allowed)
        return allowed;
    if (const QString problem = limits.problem(); !problem.isEmpty())
        return Error {Error::Code::Invalid, problem};
    if (reason.trimmed().isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("AnalysisStore", "Give the clinical reason for these limits.")};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto patient = PatientRegistry::rowId(db, mrn);
    if (!patient)
        return patient.error();
    const QVariant discharged =
        Sql::scalar(db, QStringLiteral("SELECT discharged_at IS NOT NULL FROM patients WHERE id = ?"), {*patient});
    if (discharged.toBool())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AnalysisStore", "The patient is discharged; limits cannot be set.")};
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (!endOwnLimits(q, *patient, session.userId, now)
        || !Sql::exec(q,
                      QStringLiteral("INSERT INTO patient_limits (patient_id, severe_bradycardia_at_or_below, "
                                     "bradycardia_below, tachycardia_above, severe_tachycardia_at_or_above, reason, "
                                     "set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      {*patient, limits.severeBradycardiaAtOrBelow, limits.bradycardiaBelow, limits.tachycardiaAbove,
                       limits.severeTachycardiaAtOrAbove, reason.trimmed(), session.userId, now}))
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "setting patient limits"));
    const QString details = QStringLiteral("%1/%2/%3/%4: %5")
                                .arg(limits.severeBradycardiaAtOrBelow)
                                .arg(limits.bradycardiaBelow)
                                .arg(limits.tachycardiaAbove)
                                .arg(limits.severeTachycardiaAtOrAbove)
                                .arg(reason.trimmed());
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("limits.set"), QStringLiteral("patient"), mrn, details);
        !audited)
        return audited;
    return transaction.commit();
}

Status PatientLimitsStore::clearLimits(const Session& session, const QString& mrn, const QString& reason) const
{
    if (auto allowed = Permissions::require(session, Permission::SetPatientLimits); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("AnalysisStore",
                                                  "Give the reason for going back to the reference "
                                                  "table.")};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    auto patient = PatientRegistry::rowId(db, mrn);
    if (!patient)
        return patient.error();
    QSqlQuery q(db);
    if (!endOwnLimits(q, *patient, session.userId, m_clock.nowMs()))
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "setting patient limits"));
    if (q.numRowsAffected() == 0)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("AnalysisStore", "This patient has no limits of their own.")};
    if (auto audited = m_audit.append(db, session, QStringLiteral("limits.clear"), QStringLiteral("patient"), mrn,
                                      reason.trimmed());
        !audited)
        return audited;
    return transaction.commit();
}

Result<std::optional<PatientLimitsRecord>> PatientLimitsStore::limits(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    auto patient = PatientRegistry::rowId(db, mrn);
    if (!patient)
        return patient.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT severe_bradycardia_at_or_below, bradycardia_below, tachycardia_above, "
                                  "severe_tachycardia_at_or_above, reason, set_by, set_at FROM patient_limits "
                                  "WHERE patient_id = ? AND ended_at IS NULL"),
                   {*patient}))
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "reading patient limits"));
    if (!q.next())
        return std::optional<PatientLimitsRecord> {};
    PatientLimitsRecord record;
    record.limits = {q.value(0).toDouble(), q.value(1).toDouble(), q.value(2).toDouble(), q.value(3).toDouble()};
    record.reason = q.value(4).toString();
    record.setBy = q.value(5).toLongLong();
    record.setAt = QDateTime::fromMSecsSinceEpoch(q.value(6).toLongLong(), Qt::UTC);
    return std::optional<PatientLimitsRecord> {record};
}

} // namespace pulsedesk
