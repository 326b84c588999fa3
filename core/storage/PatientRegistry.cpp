#include "storage/PatientRegistry.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

/// The columns readPatient() reads, the responsible doctors' ids as one comma-separated text.
QString selectColumns(const QSqlDatabase& db)
{
    return QStringLiteral("SELECT p.id, p.mrn, p.name, p.birth_date, p.sex, p.ward, p.bed, p.admitted_at, "
                          "p.discharged_at, (SELECT %1 FROM doctor_patient dp WHERE dp.patient_id = p.id) "
                          "FROM patients p ")
        .arg(Sql::dialect(db, QStringLiteral("group_concat(doctor_id)"),
                          QStringLiteral("string_agg(doctor_id::text, ',')")));
}

Patient readPatient(const QSqlQuery& q)
{
    Patient p;
    p.id = q.value(0).toLongLong();
    p.mrn = q.value(1).toString();
    p.name = q.value(2).toString();
    p.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.sex = sexFromKey(q.value(4).toString()).value_or(Sex::Unknown);
    p.ward = q.value(5).toString();
    p.bed = q.value(6).toString();
    p.admittedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    if (!q.value(8).isNull())
        p.dischargedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong(), Qt::UTC);
    const QStringList doctors = q.value(9).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& id : doctors)
        p.doctorIds.append(id.toLongLong());
    return p;
}

Error notFound(const QString& mrn)
{
    return {Error::Code::NotFound,
            QCoreApplication::translate("PatientRegistry", "There is no patient with the medical record number %1.")
                .arg(mrn)};
}

} // namespace

Result<qint64> PatientRegistry::rowId(QSqlDatabase& db, const QString& mrn)
{
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM patients WHERE mrn = ?"), {mrn});
    if (!id.isValid())
        return notFound(mrn);
    return id.toLongLong();
}

PatientRegistry::PatientRegistry(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<Patient> PatientRegistry::admit(const Session& session, const PatientInput& input)
{
    if (auto allowed = Permissions::require(session, Permission::ManagePatients); !allowed)
        return allowed.error();
    const QString mrn = input.mrn.trimmed();
    if (mrn.isEmpty() || mrn.size() > 64)
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("PatientRegistry", "Enter a medical record number (at most 64 characters).")};
    if (input.name.trimmed().isEmpty())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("PatientRegistry", "Enter the patient's name.")};
    if (input.birthDate.isValid() && input.birthDate > m_clock.now().date())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("PatientRegistry", "The birth date is in the future.")};

    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO patients (mrn, name, birth_date, sex, ward, bed, admitted_at, "
                                  "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                   {mrn, input.name.trimmed(),
                    input.birthDate.isValid() ? QVariant(input.birthDate.toString(Qt::ISODate)) : QVariant(),
                    sexKey(input.sex), Sql::text(input.ward.trimmed()), Sql::text(input.bed.trimmed()), now,
                    session.userId})) {
        Error failure = Sql::error(q, QCoreApplication::translate("PatientRegistry", "admitting a patient"));
        if (failure.code == Error::Code::Conflict)
            failure.message = QCoreApplication::translate("PatientRegistry",
                                                          "A patient with the medical record number %1 already exists.")
                                  .arg(mrn);
        return failure;
    }
    const qint64 id = Sql::lastInsertId(db, q);
    if (!Sql::exec(q, QStringLiteral("INSERT INTO doctor_patient (doctor_id, patient_id, since) VALUES (?, ?, ?)"),
                   {session.userId, id, now}))
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "admitting a patient"));
    if (auto audited = m_audit.append(db, session, QStringLiteral("patient.admit"), QStringLiteral("patient"), mrn);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return findByMrn(mrn);
}

Result<QList<Patient>> PatientRegistry::list(const Session& session, bool includeDischarged, bool onlyMine) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadPatients); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QString sql = selectColumns(db) + QStringLiteral("WHERE (? <> 0 OR p.discharged_at IS NULL) ");
    if (onlyMine)
        sql += QStringLiteral("AND EXISTS (SELECT 1 FROM doctor_patient dp WHERE dp.patient_id = p.id "
                              "AND dp.doctor_id = ?) ");
    // Beds are numbered more often than not: 2 before 10, then names such as "A3" (a bed's leading digits as a
    // number, 0 without, as SQLite's CAST reads them).
    const QString bedNumber = Sql::dialect(db, QStringLiteral("CAST(p.bed AS INTEGER)"),
                                           QStringLiteral("coalesce(substring(p.bed from '^[0-9]+')::bigint, 0)"));
    sql += QStringLiteral("ORDER BY p.ward, %1 = 0, %1, p.bed, p.name").arg(bedNumber);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool ok =
        onlyMine ? Sql::exec(q, sql, {includeDischarged, session.userId}) : Sql::exec(q, sql, {includeDischarged});
    if (!ok)
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "listing patients"));
    QList<Patient> patients;
    while (q.next())
        patients.append(readPatient(q));
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "listing patients"));
    return patients;
}

Result<Patient> PatientRegistry::findByMrn(const QString& mrn) const
{
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, selectColumns(db) + QStringLiteral("WHERE p.mrn = ?"), {mrn.trimmed()}))
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "looking up a patient"));
    if (!q.next())
        return notFound(mrn.trimmed());
    return readPatient(q);
}

Result<Patient> PatientRegistry::open(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadPatients); !allowed)
        return allowed.error();
    auto patient = findByMrn(mrn);
    if (!patient)
        return patient;
    if (auto audited = m_audit.record(session, QStringLiteral("patient.read"), QStringLiteral("patient"), patient->mrn);
        !audited)
        return audited.error();
    return patient;
}

Status PatientRegistry::discharge(const Session& session, const QString& mrn)
{
    if (auto allowed = Permissions::require(session, Permission::ManagePatients); !allowed)
        return allowed;
    auto patient = findByMrn(mrn);
    if (!patient)
        return patient.error();
    if (!patient->isAdmitted())
        return Error {
            Error::Code::Conflict,
            QCoreApplication::translate("PatientRegistry", "The patient %1 is already discharged.").arg(patient->mrn)};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const qint64 now = m_clock.nowMs();
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("UPDATE patients SET discharged_at = ? WHERE id = ?"), {now, patient->id}))
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "discharging a patient"));
    // A discharged patient wears no device: end open assignments so the devices can be given to someone else.
    if (!Sql::exec(q,
                   Sql::dialect(db,
                                QStringLiteral("UPDATE device_assignments SET assigned_to = max(?, assigned_from + 1), "
                                               "ended_by = ? WHERE patient_id = ? AND assigned_to IS NULL"),
                                QStringLiteral("UPDATE device_assignments SET assigned_to = GREATEST(?, assigned_from "
                                               "+ 1), ended_by = ? WHERE patient_id = ? AND assigned_to IS NULL")),
                   {now, session.userId, patient->id}))
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "discharging a patient"));
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("patient.discharge"), QStringLiteral("patient"), patient->mrn);
        !audited)
        return audited;
    return transaction.commit();
}

Status PatientRegistry::assignDoctor(const Session& session, const QString& mrn, const QString& doctorUsername)
{
    if (auto allowed = Permissions::require(session, Permission::ManagePatients); !allowed)
        return allowed;
    auto patient = findByMrn(mrn);
    if (!patient)
        return patient.error();
    QSqlDatabase db = m_database.connection();
    const QVariant doctorId =
        Sql::scalar(db, QStringLiteral("SELECT id FROM users WHERE username = ? AND role = 'doctor' AND active = 1"),
                    {doctorUsername.trimmed().toLower()});
    if (!doctorId.isValid())
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("PatientRegistry", "There is no active doctor with the user name %1.")
                          .arg(doctorUsername)};
    if (patient->doctorIds.contains(doctorId.toLongLong()))
        return {};
    Sql::Transaction transaction(db);
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("INSERT INTO doctor_patient (doctor_id, patient_id, since) VALUES (?, ?, ?)"),
                   {doctorId, patient->id, m_clock.nowMs()}))
        return Sql::error(q, QCoreApplication::translate("PatientRegistry", "assigning a doctor"));
    if (auto audited =
            m_audit.append(db, session, QStringLiteral("patient.assign-doctor"), QStringLiteral("patient"),
                           patient->mrn, QStringLiteral("doctor=%1").arg(doctorUsername.trimmed().toLower()));
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace pulsedesk
