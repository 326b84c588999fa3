#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scores/Observation.h"

#include <QList>
#include <QSqlDatabase>

#include <vector>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Nurse observations and their NEWS2 score. Doctors and nurses record and amend them (append-only, like clinical
/// notes) and read them, audited; a doctor sets which SpO2 scale a patient uses. The score is computed here, once,
/// when an observation is written: for a patient under 16 (or of unknown age) none is computed or stored.
class ObservationStore
{
public:
    /// Device values older than this are not offered to the nurse.
    static constexpr qint64 DeviceReadingsMaxAgeMs = 5 * 60 * 1000;

    ObservationStore(Database& database, AuditLog& audit, const Clock& clock);

    /// Records observations taken now for an admitted patient.
    Result<Observation> add(const Session& session, const QString& mrn, const ObservationInput& input);
    /// Writes a correction of observation `observationId`; it keeps the time the original was taken.
    Result<Observation> amend(const Session& session, qint64 observationId, const ObservationInput& input);
    /// A patient's observations, oldest first, each with the id of its newest amendment.
    Result<QList<Observation>> list(const Session& session, const QString& mrn) const;

    /// The SpO2 scale the patient's doctor set (1 when none was set).
    Result<int> spo2Scale(const Session& session, const QString& mrn) const;
    /// Scale 2 only for a patient with a prescribed target of 88-92 % (hypercapnic respiratory failure).
    Status setSpo2Scale(const Session& session, const QString& mrn, int scale);

    /// What the patient's assigned devices measured in the last minutes (pulse: the median of the newest
    /// minute), for the nurse to confirm or override.
    Result<DeviceReadings> deviceReadings(const Session& session, const QString& mrn) const;

    /// The current state of every admitted patient who has observations (for the ward and the alarms).
    static Result<std::vector<ScoreStatus>> current(QSqlDatabase& db);

private:
    Result<Observation> insert(const Session& session, qint64 patientId, const QString& mrn,
                               const ObservationInput& input, const QDateTime& takenAt, qint64 amendsId);

    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
