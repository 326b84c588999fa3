#include "storage/PatientMerge.h"

#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pulsedesk::PatientMerge {

namespace {

/// Runs a statement and adds the rows it changed to `count`.
bool move(QSqlQuery& q, const QString& sql, std::initializer_list<QVariant> values, qint64* count)
{
    if (!Sql::exec(q, sql, values))
        return false;
    if (count)
        *count += q.numRowsAffected();
    return true;
}

} // namespace

QString Moved::summary() const
{
    return QStringLiteral("assignments=%1 results=%2 alarms=%3 notes=%4 doctors=%5 outbox=%6 limits=%7 spo2-scale=%8")
        .arg(assignments)
        .arg(results)
        .arg(alarms)
        .arg(notes)
        .arg(doctors)
        .arg(outbox)
        .arg(limits ? 1 : 0)
        .arg(spo2Scale ? 1 : 0);
}

Result<Moved> merge(QSqlDatabase& db, qint64 priorId, qint64 survivorId, qint64 atMs)
{
    if (priorId == survivorId)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("PatientMerge", "A patient record cannot be merged into itself.")};
    const QString doing = QCoreApplication::translate("PatientMerge", "merging patient records");
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT count(*) FROM patients WHERE id IN (?, ?) AND merged_into IS NULL"),
                   {priorId, survivorId})
        || !q.next())
        return Sql::error(q, doing);
    if (q.value(0).toInt() != 2)
        return Error {
            Error::Code::Conflict,
            QCoreApplication::translate("PatientMerge", "One of the records was merged into another one before.")};
    Moved moved;
    // First the mark: the triggers let notes and observations move only to the record theirs was merged into.
    const bool ok =
        move(q, QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"), {survivorId, priorId}, nullptr)
        && move(q, QStringLiteral("UPDATE device_assignments SET patient_id = ? WHERE patient_id = ?"),
                {survivorId, priorId}, &moved.assignments)
        // A window stored for both records (the same device and start) stays with the prior one.
        && move(q,
                QStringLiteral("UPDATE analysis_results SET patient_id = ? WHERE patient_id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM analysis_results s WHERE s.patient_id = ? "
                               "AND s.device_id = analysis_results.device_id "
                               "AND s.window_start = analysis_results.window_start)"),
                {survivorId, priorId, survivorId}, &moved.results)
        && move(q,
                QStringLiteral("UPDATE findings SET patient_id = ? WHERE patient_id = ? AND NOT EXISTS "
                               "(SELECT 1 FROM findings s WHERE s.patient_id = ? AND s.device_id = findings.device_id "
                               "AND s.window_start = findings.window_start)"),
                {survivorId, priorId, survivorId}, &moved.results)
        // The alarm engine holds open alarms under their patient: those end with the prior record.
        && move(q, QStringLiteral("UPDATE alarms SET patient_id = ? WHERE patient_id = ? AND state = 'ended'"),
                {survivorId, priorId}, &moved.alarms)
        && move(q,
                Sql::dialect(db,
                             QStringLiteral("INSERT OR IGNORE INTO doctor_patient (doctor_id, patient_id, since) "
                                            "SELECT doctor_id, ?, since FROM doctor_patient WHERE patient_id = ?"),
                             QStringLiteral("INSERT INTO doctor_patient (doctor_id, patient_id, since) "
                                            "SELECT doctor_id, CAST(? AS BIGINT), since FROM doctor_patient "
                                            "WHERE patient_id = ? ON CONFLICT DO NOTHING")),
                {survivorId, priorId}, &moved.doctors)
        && move(q, QStringLiteral("DELETE FROM doctor_patient WHERE patient_id = ?"), {priorId}, nullptr)
        && move(q,
                QStringLiteral("UPDATE hl7_outbox SET patient_id = ? WHERE patient_id = ? AND state <> 'acknowledged'"),
                {survivorId, priorId}, &moved.outbox);
    if (!ok)
        return Sql::error(q, doing);
    // Notes and observations: the server's roles hold no UPDATE on them, its function moves them (migration 14).
    if (Sql::isPostgres(db)) {
        if (!Sql::exec(q, QStringLiteral("SELECT pulsedesk_move_merged_records(?)"), {priorId}) || !q.next())
            return Sql::error(q, doing);
        moved.notes = q.value(0).toLongLong();
    } else if (!move(q, QStringLiteral("UPDATE clinical_records SET patient_id = ? WHERE patient_id = ?"),
                     {survivorId, priorId}, &moved.notes)
               || !move(q, QStringLiteral("UPDATE observations SET patient_id = ? WHERE patient_id = ?"),
                        {survivorId, priorId}, &moved.notes)) {
        return Sql::error(q, doing);
    }
    // Limits and the SpO2 scale only when the survivor has none; else the prior ones end at its discharge.
    qint64 limits = 0;
    qint64 scale = 0;
    if (!move(q,
              QStringLiteral("UPDATE patient_limits SET patient_id = ? WHERE patient_id = ? AND NOT EXISTS "
                             "(SELECT 1 FROM patient_limits s WHERE s.patient_id = ? AND s.ended_at IS NULL)"),
              {survivorId, priorId, survivorId}, &limits)
        || !move(q,
                 QStringLiteral("UPDATE patient_spo2_scale SET patient_id = ? WHERE patient_id = ? AND NOT EXISTS "
                                "(SELECT 1 FROM patient_spo2_scale s WHERE s.patient_id = ?)"),
                 {survivorId, priorId, survivorId}, &scale)
        || !move(q, QStringLiteral("UPDATE patients SET discharged_at = coalesce(discharged_at, ?) WHERE id = ?"),
                 {atMs, priorId}, nullptr))
        return Sql::error(q, doing);
    moved.limits = limits > 0;
    moved.spo2Scale = scale > 0;
    return moved;
}

} // namespace pulsedesk::PatientMerge
