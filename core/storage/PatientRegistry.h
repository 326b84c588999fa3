#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "model/Patient.h"

#include <QList>
#include <QSqlDatabase>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Patients on the ward: admission by a doctor (who becomes responsible), further responsible doctors,
/// discharge (the history stays). Reading a patient's record is audited.
class PatientRegistry
{
public:
    PatientRegistry(Database& database, AuditLog& audit, const Clock& clock);

    /// The row id of the patient with this medical record number, on the caller's connection; NotFound if none.
    static Result<qint64> rowId(QSqlDatabase& db, const QString& mrn);

    Result<Patient> admit(const Session& session, const PatientInput& input);
    /// Admitted patients, or all with `includeDischarged`; `onlyMine` keeps a doctor's own patients.
    Result<QList<Patient>> list(const Session& session, bool includeDischarged = false, bool onlyMine = false) const;
    /// Opens one patient's record (audited as a read).
    Result<Patient> open(const Session& session, const QString& mrn) const;
    Status discharge(const Session& session, const QString& mrn);
    Status assignDoctor(const Session& session, const QString& mrn, const QString& doctorUsername);

    /// Lookup without audit or permission check, for core services that already checked theirs.
    Result<Patient> findByMrn(const QString& mrn) const;

private:
    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
