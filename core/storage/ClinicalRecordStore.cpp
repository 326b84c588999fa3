#include "storage/ClinicalRecordStore.h"

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

constexpr int MaxTextLength = 20'000;

} // namespace

ClinicalRecordStore::ClinicalRecordStore(Database& database, AuditLog& audit, const Clock& clock)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
{ }

Result<ClinicalRecord> ClinicalRecordStore::insert(const Session& session, qint64 patientId, const QString& mrn,
                                                   const QString& rawText, qint64 amendsId)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty())
        return Error {Error::Code::Invalid, QCoreApplication::translate("ClinicalRecordStore", "The note is empty.")};
    if (text.size() > MaxTextLength)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ClinicalRecordStore", "The note is longer than %1 characters.")
                          .arg(MaxTextLength)};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    ClinicalRecord record;
    record.patientId = patientId;
    record.authorId = session.userId;
    record.authorName = session.displayName;
    record.writtenAt = m_clock.now();
    record.text = text;
    record.amendsId = amendsId;
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("INSERT INTO clinical_records (patient_id, author_id, written_at, text, amends_id) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {patientId, session.userId, record.writtenAt.toMSecsSinceEpoch(), text,
                    amendsId > 0 ? QVariant(amendsId) : QVariant()}))
        return Sql::error(q, QCoreApplication::translate("ClinicalRecordStore", "writing a clinical note"));
    record.id = Sql::lastInsertId(db, q);
    const QString details = amendsId > 0 ? QStringLiteral("record=%1 amends=%2").arg(record.id).arg(amendsId)
                                         : QStringLiteral("record=%1").arg(record.id);
    if (auto audited =
            m_audit.append(db, session, amendsId > 0 ? QStringLiteral("record.amend") : QStringLiteral("record.add"),
                           QStringLiteral("patient"), mrn, details);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Result<ClinicalRecord> ClinicalRecordStore::add(const Session& session, const QString& mrn, const QString& text)
{
    if (auto allowed = Permissions::require(session, Permission::WriteRecords); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    const auto patientId = PatientRegistry::rowId(db, mrn.trimmed());
    if (!patientId)
        return patientId.error();
    return insert(session, patientId.value(), mrn.trimmed(), text, 0);
}

Result<ClinicalRecord> ClinicalRecordStore::amend(const Session& session, qint64 recordId, const QString& text)
{
    if (auto allowed = Permissions::require(session, Permission::WriteRecords); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.patient_id, p.mrn FROM clinical_records r JOIN patients p "
                                  "ON p.id = r.patient_id WHERE r.id = ?"),
                   {recordId}))
        return Sql::error(q, QCoreApplication::translate("ClinicalRecordStore", "amending a clinical note"));
    if (!q.next())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("ClinicalRecordStore", "There is no clinical note %1.").arg(recordId)};
    return insert(session, q.value(0).toLongLong(), q.value(1).toString(), text, recordId);
}

Result<QList<ClinicalRecord>> ClinicalRecordStore::list(const Session& session, const QString& mrn) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadRecords); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.id, r.patient_id, r.author_id, u.display_name, r.written_at, r.text, "
                                  "coalesce(r.amends_id, 0), "
                                  "(SELECT max(a.id) FROM clinical_records a WHERE a.amends_id = r.id) "
                                  "FROM clinical_records r JOIN patients p ON p.id = r.patient_id "
                                  "JOIN users u ON u.id = r.author_id WHERE p.mrn = ? ORDER BY r.written_at, r.id"),
                   {mrn.trimmed()}))
        return Sql::error(q, QCoreApplication::translate("ClinicalRecordStore", "reading clinical notes"));
    QList<ClinicalRecord> records;
    while (q.next()) {
        ClinicalRecord r;
        r.id = q.value(0).toLongLong();
        r.patientId = q.value(1).toLongLong();
        r.authorId = q.value(2).toLongLong();
        r.authorName = q.value(3).toString();
        r.writtenAt = QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong(), Qt::UTC);
        r.text = q.value(5).toString();
        r.amendsId = q.value(6).toLongLong();
        r.amendedById = q.value(7).toLongLong();
        records.append(r);
    }
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("ClinicalRecordStore", "reading clinical notes"));
    if (auto audited = m_audit.record(session, QStringLiteral("record.read"), QStringLiteral("patient"), mrn.trimmed());
        !audited)
        return audited.error();
    return records;
}

} // namespace pulsedesk
