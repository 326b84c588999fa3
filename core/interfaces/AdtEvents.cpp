#include "interfaces/AdtEvents.h"

#include "model/Patient.h"
#include "storage/AuditLog.h"
#include "storage/PatientMerge.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <optional>

namespace pulsedesk::adt {

namespace {

using hl7::Message;

Error invalid(const QString& text)
{
    return {Error::Code::Invalid, text};
}

/// What PID says about the patient; empty fields leave the stored values as they are.
struct PatientFields
{
    QString mrn;
    QString name;
    std::optional<QDate> birthDate; ///< invalid date: PID-7 is empty
    std::optional<Sex> sex;
};

/// What PV1 says about the visit.
struct VisitFields
{
    bool hasLocation = false;
    QString ward;
    QString bed; ///< room and bed, "room-bed" when both are given
    QStringList doctorIds; ///< PV1-7 attending and PV1-8 referring, as the hospital identifies them
    QDateTime admittedAt; ///< PV1-44
    QDateTime dischargedAt; ///< PV1-45
};

struct StoredPatient
{
    qint64 id = 0;
    bool admitted = false;
    QString mergedInto; ///< the medical record number of the record this one was merged into (A40); "" if none
};

Result<PatientFields> readPid(const Message& m, int occurrence)
{
    const Message::Segment* pid = m.segment(QStringLiteral("PID"), occurrence);
    if (!pid)
        return invalid(QCoreApplication::translate("AdtInterface", "The message has no PID segment."));
    PatientFields p;
    // PID-3 may list several identifiers; the medical record number is the one of type MR, else the first.
    for (int rep = 1; rep <= m.repetitions(*pid, 3); ++rep) {
        const QString id = m.value(*pid, {3, 1, 1, rep}).trimmed();
        if (id.isEmpty())
            continue;
        if (p.mrn.isEmpty() || m.value(*pid, {3, 5, 1, rep}) == QLatin1String("MR"))
            p.mrn = id;
        if (m.value(*pid, {3, 5, 1, rep}) == QLatin1String("MR"))
            break;
    }
    if (p.mrn.isEmpty())
        return invalid(
            QCoreApplication::translate("AdtInterface", "PID-3, the patient's medical record number, is empty."));
    if (p.mrn.size() > 64)
        return invalid(QCoreApplication::translate("AdtInterface",
                                                   "PID-3, the medical record number, is longer than 64 characters."));
    QStringList parts;
    for (int component : {2, 3, 1}) { // given, middle, family
        const QString part = m.value(*pid, {5, component}).trimmed();
        if (!part.isEmpty())
            parts.append(part);
    }
    p.name = parts.join(QLatin1Char(' '));
    const QString birth = m.value(*pid, {7}).trimmed();
    if (!birth.isEmpty()) {
        const QDate date = QDate::fromString(birth.left(8), QStringLiteral("yyyyMMdd"));
        if (!date.isValid())
            return invalid(
                QCoreApplication::translate("AdtInterface", "PID-7, the birth date, is not a date (YYYYMMDD)."));
        p.birthDate = date;
    }
    const QString sex = m.value(*pid, {8}).trimmed().toUpper();
    if (sex == QLatin1String("F"))
        p.sex = Sex::Female;
    else if (sex == QLatin1String("M"))
        p.sex = Sex::Male;
    else if (!sex.isEmpty())
        p.sex = Sex::Unknown; // O, U, A, N: PulseDesk keeps female, male or unknown
    return p;
}

VisitFields readPv1(const Message& m, int occurrence)
{
    VisitFields v;
    const Message::Segment* pv1 = m.segment(QStringLiteral("PV1"), occurrence);
    if (!pv1)
        return v;
    v.ward = m.value(*pv1, {3, 1}).trimmed();
    const QString room = m.value(*pv1, {3, 2}).trimmed();
    const QString bed = m.value(*pv1, {3, 3}).trimmed();
    v.bed = room.isEmpty() ? bed : bed.isEmpty() ? room : room + QLatin1Char('-') + bed;
    v.hasLocation = !v.ward.isEmpty() || !v.bed.isEmpty();
    for (int field : {7, 8}) {
        for (int rep = 1; rep <= m.repetitions(*pv1, field); ++rep) {
            const QString id = m.value(*pv1, {field, 1, 1, rep}).trimmed();
            if (!id.isEmpty() && !v.doctorIds.contains(id))
                v.doctorIds.append(id);
        }
    }
    v.admittedAt = hl7::parseTimestamp(m.value(*pv1, {44}));
    v.dischargedAt = hl7::parseTimestamp(m.value(*pv1, {45}));
    return v;
}

Result<std::optional<StoredPatient>> findPatient(Context& c, const QString& mrn)
{
    QSqlQuery q(c.db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.id, p.discharged_at IS NULL, s.mrn FROM patients p "
                                  "LEFT JOIN patients s ON s.id = p.merged_into WHERE p.mrn = ?"),
                   {mrn}))
        return Sql::error(q, QCoreApplication::translate("AdtInterface", "looking up a patient"));
    if (!q.next())
        return std::optional<StoredPatient> {};
    return std::optional<StoredPatient> {
        StoredPatient {q.value(0).toLongLong(), q.value(1).toBool(), q.value(2).toString()}};
}

/// A record merged into another one (A40) takes no more events: they go to the surviving record.
Error mergedRecord(const StoredPatient& patient)
{
    return {Error::Code::Conflict,
            QCoreApplication::translate("AdtInterface",
                                        "The record of PID-3 was merged into the record %1 (A40); send the patient's "
                                        "events under that number.")
                .arg(patient.mergedInto.left(64))};
}

Result<StoredPatient> requirePatient(Context& c, const QString& mrn)
{
    auto found = findPatient(c, mrn);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("AdtInterface", "The patient of PID-3 is not known to PulseDesk.")};
    if (!(*found)->mergedInto.isEmpty())
        return mergedRecord(**found);
    return **found;
}

/// PID of the first patient, who must be known to PulseDesk.
struct KnownPatient
{
    PatientFields fields;
    StoredPatient stored;
};
Result<KnownPatient> knownPatient(Context& c, const Message& m)
{
    auto p = readPid(m, 1);
    if (!p)
        return p.error();
    auto patient = requirePatient(c, p->mrn);
    if (!patient)
        return patient.error();
    return KnownPatient {p.value(), patient.value()};
}

Status audit(Context& c, const QString& action, const QString& mrn, const QString& more = {})
{
    QString details = QStringLiteral("control-id=%1").arg(c.controlId);
    if (!more.isEmpty())
        details += QLatin1Char(' ') + more;
    return c.audit.append(c.db, 0, c.interfaceName, action, QStringLiteral("patient"), mrn, details);
}

bool check(Context& c, QSqlQuery& q, const QString& sql, std::initializer_list<QVariant> values, Status* failure)
{
    Q_UNUSED(c);
    if (Sql::exec(q, sql, values))
        return true;
    *failure = Sql::error(q, QCoreApplication::translate("AdtInterface", "applying an ADT message"));
    return false;
}

Status checkBirthDate(Context& c, const PatientFields& p)
{
    if (p.birthDate && p.birthDate->isValid()
        && *p.birthDate > QDateTime::fromMSecsSinceEpoch(c.nowMs, Qt::UTC).date().addDays(1))
        return invalid(QCoreApplication::translate("AdtInterface", "PID-7, the birth date, is in the future."));
    return {};
}

/// Writes what PID and PV1 give over the stored values.
Status update(Context& c, qint64 id, const PatientFields& p, const VisitFields& v)
{
    if (auto ok = checkBirthDate(c, p); !ok)
        return ok;
    QSqlQuery q(c.db);
    Status failure;
    if (!p.name.isEmpty()
        && !check(c, q, QStringLiteral("UPDATE patients SET name = ? WHERE id = ?"), {p.name, id}, &failure))
        return failure;
    if (p.birthDate
        && !check(c, q, QStringLiteral("UPDATE patients SET birth_date = ? WHERE id = ?"),
                  {p.birthDate->toString(Qt::ISODate), id}, &failure))
        return failure;
    if (p.sex
        && !check(c, q, QStringLiteral("UPDATE patients SET sex = ? WHERE id = ?"), {sexKey(*p.sex), id}, &failure))
        return failure;
    if (v.hasLocation
        && !check(c, q, QStringLiteral("UPDATE patients SET ward = ?, bed = ? WHERE id = ?"),
                  {Sql::text(v.ward), Sql::text(v.bed), id}, &failure))
        return failure;
    return {};
}

/// Makes the doctors of PV1-7 and PV1-8 responsible, found by the identifier an admin gave them.
Status addDoctors(Context& c, qint64 patientId, const VisitFields& v)
{
    QSqlQuery q(c.db);
    for (const QString& hospitalId : v.doctorIds) {
        const QVariant doctor = Sql::scalar(
            c.db, QStringLiteral("SELECT id FROM users WHERE hl7_id = ? AND role = 'doctor' AND active = 1"),
            {hospitalId});
        if (!doctor.isValid()) {
            c.notes.append(QCoreApplication::translate("AdtInterface", "no active doctor has the identifier %1")
                               .arg(hospitalId.left(40)));
            continue;
        }
        if (!Sql::exec(
                q,
                Sql::dialect(c.db,
                             QStringLiteral("INSERT OR IGNORE INTO doctor_patient (doctor_id, patient_id, since) "
                                            "VALUES (?, ?, ?)"),
                             QStringLiteral("INSERT INTO doctor_patient (doctor_id, patient_id, since) "
                                            "VALUES (?, ?, ?) ON CONFLICT DO NOTHING")),
                {doctor, patientId, c.nowMs}))
            return Sql::error(q, QCoreApplication::translate("AdtInterface", "assigning a doctor"));
    }
    return {};
}

/// Ends the stay: discharged, and the devices worn are free for someone else (as PatientRegistry::discharge).
Status endStay(Context& c, qint64 id, qint64 atMs)
{
    QSqlQuery q(c.db);
    Status failure;
    if (!check(c, q, QStringLiteral("UPDATE patients SET discharged_at = ? WHERE id = ?"), {atMs, id}, &failure)
        || !check(
            c, q,
            Sql::dialect(c.db,
                         QStringLiteral("UPDATE device_assignments SET assigned_to = max(?, assigned_from + 1), "
                                        "ended_by = ? WHERE patient_id = ? AND assigned_to IS NULL"),
                         QStringLiteral("UPDATE device_assignments SET assigned_to = GREATEST(?, assigned_from + 1), "
                                        "ended_by = ? WHERE patient_id = ? AND assigned_to IS NULL")),
            {atMs, c.operatorId, id}, &failure))
        return failure;
    return {};
}

qint64 timeOr(const QDateTime& time, qint64 fallback)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

/// A01 and A04: a new patient, a readmission, or an admitted patient's details again.
Status admit(Context& c, const Message& m, const QString& event)
{
    auto p = readPid(m, 1);
    if (!p)
        return p.error();
    const VisitFields v = readPv1(m, 1);
    auto found = findPatient(c, p->mrn);
    if (!found)
        return found.error();
    if (auto ok = checkBirthDate(c, *p); !ok)
        return ok;
    const qint64 at = timeOr(v.admittedAt, c.nowMs);
    QSqlQuery q(c.db);
    Status failure;
    qint64 id = 0;
    QString action = QStringLiteral("patient.admit");
    if (!found->has_value()) {
        if (p->name.isEmpty())
            return invalid(QCoreApplication::translate("AdtInterface", "PID-5, the patient's name, is empty."));
        if (!check(
                c, q,
                QStringLiteral("INSERT INTO patients (mrn, name, birth_date, sex, ward, bed, admitted_at, "
                               "created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                {p->mrn, p->name,
                 p->birthDate && p->birthDate->isValid() ? QVariant(p->birthDate->toString(Qt::ISODate)) : QVariant(),
                 sexKey(p->sex.value_or(Sex::Unknown)), Sql::text(v.ward), Sql::text(v.bed), at, c.operatorId},
                &failure))
            return failure;
        id = Sql::lastInsertId(c.db, q);
    } else {
        // A merged record's number is not admitted again (it would bring back a record whose contents moved).
        if (!(*found)->mergedInto.isEmpty())
            return mergedRecord(**found);
        id = (*found)->id;
        if (!(*found)->admitted) {
            if (!check(c, q, QStringLiteral("UPDATE patients SET admitted_at = ?, discharged_at = NULL WHERE id = ?"),
                       {at, id}, &failure))
                return failure;
            action = QStringLiteral("patient.readmit");
        } else {
            action = QStringLiteral("patient.update");
        }
        if (auto updated = update(c, id, *p, v); !updated)
            return updated;
    }
    if (auto doctors = addDoctors(c, id, v); !doctors)
        return doctors;
    return audit(c, action, p->mrn, QStringLiteral("event=%1").arg(event));
}

Status transfer(Context& c, const Message& m)
{
    const VisitFields v = readPv1(m, 1);
    if (!v.hasLocation)
        return invalid(QCoreApplication::translate("AdtInterface", "PV1-3, the new location, is empty."));
    auto known = knownPatient(c, m);
    if (!known)
        return known.error();
    if (!known->stored.admitted)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AdtInterface",
                                                  "The patient is discharged; a transfer needs an admitted patient.")};
    if (auto updated = update(c, known->stored.id, known->fields, v); !updated)
        return updated;
    if (auto doctors = addDoctors(c, known->stored.id, v); !doctors)
        return doctors;
    return audit(c, QStringLiteral("patient.transfer"), known->fields.mrn);
}

/// A03 discharge and A11 cancel admit: the stay ends.
Status discharge(Context& c, const Message& m, const QString& action)
{
    auto known = knownPatient(c, m);
    if (!known)
        return known.error();
    if (!known->stored.admitted)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AdtInterface", "The patient is already discharged.")};
    if (auto ended = endStay(c, known->stored.id, timeOr(readPv1(m, 1).dischargedAt, c.nowMs)); !ended)
        return ended;
    return audit(c, action, known->fields.mrn);
}

Status cancelDischarge(Context& c, const Message& m)
{
    auto known = knownPatient(c, m);
    if (!known)
        return known.error();
    if (known->stored.admitted)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AdtInterface",
                                                  "The patient is not discharged; there is no discharge to cancel.")};
    QSqlQuery q(c.db);
    Status failure;
    if (!check(c, q, QStringLiteral("UPDATE patients SET discharged_at = NULL WHERE id = ?"), {known->stored.id},
               &failure))
        return failure;
    if (auto updated = update(c, known->stored.id, known->fields, readPv1(m, 1)); !updated)
        return updated;
    return audit(c, QStringLiteral("patient.cancel-discharge"), known->fields.mrn);
}

Status updateDetails(Context& c, const Message& m)
{
    auto known = knownPatient(c, m);
    if (!known)
        return known.error();
    const VisitFields v = readPv1(m, 1);
    if (auto updated = update(c, known->stored.id, known->fields, v); !updated)
        return updated;
    if (auto doctors = addDoctors(c, known->stored.id, v); !doctors)
        return doctors;
    return audit(c, QStringLiteral("patient.update"), known->fields.mrn);
}

/// A17: two PID/PV1 pairs, each with its patient's new location.
Status swapBeds(Context& c, const Message& m)
{
    if (m.count(QStringLiteral("PID")) < 2 || m.count(QStringLiteral("PV1")) < 2)
        return invalid(QCoreApplication::translate("AdtInterface", "A swap (A17) needs two PID and two PV1 segments."));
    for (int n : {1, 2}) {
        auto p = readPid(m, n);
        if (!p)
            return p.error();
        const VisitFields v = readPv1(m, n);
        if (!v.hasLocation)
            return invalid(QCoreApplication::translate("AdtInterface", "PV1-3, the new location, is empty."));
        auto patient = requirePatient(c, p->mrn);
        if (!patient)
            return patient.error();
        if (!patient->admitted)
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate("AdtInterface", "A patient of the swap is discharged.")};
        QSqlQuery q(c.db);
        Status failure;
        if (!check(c, q, QStringLiteral("UPDATE patients SET ward = ?, bed = ? WHERE id = ?"),
                   {Sql::text(v.ward), Sql::text(v.bed), patient->id}, &failure))
            return failure;
        if (auto audited = audit(c, QStringLiteral("patient.swap-beds"), p->mrn); !audited)
            return audited;
    }
    return {};
}

/// A40: the prior record (MRG-1) becomes the surviving one (PID-3). When PulseDesk has only the prior record, it
/// takes the surviving number; when it has both, the prior record's devices, results, alarms, notes,
/// observations, doctors and unsent outbox entries move to the survivor (PatientMerge) and the prior record stays,
/// marked merged and discharged, for the audit trail.
Status merge(Context& c, const Message& m)
{
    auto p = readPid(m, 1);
    if (!p)
        return p.error();
    const Message::Segment* mrg = m.segment(QStringLiteral("MRG"));
    const QString prior = mrg ? m.value(*mrg, {1}).trimmed() : QString();
    if (prior.isEmpty())
        return invalid(
            QCoreApplication::translate("AdtInterface", "MRG-1, the prior medical record number, is empty."));
    if (prior == p->mrn)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate(
                          "AdtInterface", "MRG-1 and PID-3 name the same record; a record is not merged into itself.")};
    auto survivor = findPatient(c, p->mrn);
    auto merged = findPatient(c, prior);
    if (!survivor)
        return survivor.error();
    if (!merged)
        return merged.error();
    if (survivor->has_value() && !(*survivor)->mergedInto.isEmpty())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AdtInterface",
                                                  "The record of PID-3 was itself merged into the record %1; nothing "
                                                  "is merged into a merged record.")
                          .arg((*survivor)->mergedInto.left(64))};
    if (!merged->has_value()) {
        if (survivor->has_value()) {
            c.notes.append(
                QCoreApplication::translate("AdtInterface", "the prior record is not in PulseDesk; nothing to merge"));
            return {};
        }
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate(
                          "AdtInterface", "Neither the patient of PID-3 nor that of MRG-1 is known to PulseDesk.")};
    }
    if (!(*merged)->mergedInto.isEmpty()) {
        if ((*merged)->mergedInto == p->mrn) {
            c.notes.append(
                QCoreApplication::translate("AdtInterface", "the records were merged before; nothing to do"));
            return {};
        }
        return Error {
            Error::Code::Conflict,
            QCoreApplication::translate("AdtInterface", "The record of MRG-1 was merged into the record %1 before.")
                .arg((*merged)->mergedInto.left(64))};
    }
    QSqlQuery q(c.db);
    Status failure;
    if (!survivor->has_value()) {
        if (!check(c, q, QStringLiteral("UPDATE patients SET mrn = ? WHERE id = ?"), {p->mrn, (*merged)->id}, &failure))
            return failure;
        if (auto updated = update(c, (*merged)->id, *p, readPv1(m, 1)); !updated)
            return updated;
        return audit(c, QStringLiteral("patient.merge"), p->mrn, QStringLiteral("prior=%1").arg(prior));
    }
    auto moved = PatientMerge::merge(c.db, (*merged)->id, (*survivor)->id, c.nowMs);
    if (!moved)
        return moved.error();
    if (auto updated = update(c, (*survivor)->id, *p, readPv1(m, 1)); !updated)
        return updated;
    return audit(c, QStringLiteral("patient.merge"), p->mrn,
                 QStringLiteral("prior=%1 %2").arg(prior, moved->summary()));
}

} // namespace

Status apply(Context& context, const hl7::Message& message, const QString& event)
{
    if (event == QLatin1String("A01") || event == QLatin1String("A04"))
        return admit(context, message, event);
    if (event == QLatin1String("A02"))
        return transfer(context, message);
    if (event == QLatin1String("A03"))
        return discharge(context, message, QStringLiteral("patient.discharge"));
    if (event == QLatin1String("A11"))
        return discharge(context, message, QStringLiteral("patient.cancel-admit"));
    if (event == QLatin1String("A13"))
        return cancelDischarge(context, message);
    if (event == QLatin1String("A08"))
        return updateDetails(context, message);
    if (event == QLatin1String("A17"))
        return swapBeds(context, message);
    if (event == QLatin1String("A40"))
        return merge(context, message);
    return Error {Error::Code::Invalid,
                  QCoreApplication::translate("AdtInterface", "The event %1 is not taken.").arg(event)};
}

} // namespace pulsedesk::adt
