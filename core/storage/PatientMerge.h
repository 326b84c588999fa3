#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

/// Merges a prior patient record into the surviving one, inside the caller's transaction (an A40 of the ADT feed):
/// the prior record is marked merged_into the survivor and discharged, and what it holds moves to the survivor
/// (schema migration 14). A merged record never becomes a current patient again, and nothing more is merged into it.
namespace PatientMerge {

/// How many rows moved, for the audit entry (no patient data).
struct Moved
{
    qint64 assignments = 0;
    qint64 results = 0; ///< analysis results and findings
    qint64 alarms = 0; ///< alarms that have ended (open ones end with the prior record, as at a discharge)
    qint64 notes = 0; ///< clinical records and observations
    qint64 doctors = 0;
    qint64 outbox = 0; ///< outbox entries not yet acknowledged
    bool limits = false; ///< the prior record's limits (the survivor had none)
    bool spo2Scale = false;

    QString summary() const;
};

/// Moves everything of `priorId` to `survivorId` and marks the prior record merged and discharged at `atMs`.
/// Conflict when the records are the same or either is merged already; Storage otherwise.
Result<Moved> merge(QSqlDatabase& db, qint64 priorId, qint64 survivorId, qint64 atMs);

} // namespace PatientMerge

} // namespace pulsedesk
