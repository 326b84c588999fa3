#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/ClinicalRecord.h"

#include <QList>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// A patient's append-only clinical notes. Doctors write and amend; doctors and nurses read; every write and
/// every read is audited.
class ClinicalRecordStore
{
public:
    ClinicalRecordStore(Database& database, AuditLog& audit, const Clock& clock);

    Result<ClinicalRecord> add(const Session& session, const QString& mrn, const QString& text);
    /// Writes a correction of record `recordId`; the original stays visible.
    Result<ClinicalRecord> amend(const Session& session, qint64 recordId, const QString& text);
    /// Oldest first, each with the id of its newest amendment.
    Result<QList<ClinicalRecord>> list(const Session& session, const QString& mrn) const;

private:
    Result<ClinicalRecord> insert(const Session& session, qint64 patientId, const QString& mrn, const QString& text,
                                  qint64 amendsId);

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
