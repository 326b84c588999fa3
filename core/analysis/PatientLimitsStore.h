#pragma once

#include "analysis/HeartRateBands.h"
#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Per-patient heart-rate limits a doctor set, with the reason.
struct PatientLimitsRecord
{
    HeartRateLimits limits;
    QString reason;
    qint64 setBy = 0;
    QDateTime setAt;
};

/// The heart-rate limits doctors set for their patients, which the classifier uses instead of the reference table.
class PatientLimitsStore
{
public:
    PatientLimitsStore(Database& database, AuditLog& audit, const Clock& clock);

    /// Sets a patient's limits (doctor), replacing the current ones; audited with the reason. They end at discharge.
    Status setLimits(const Session& session, const QString& mrn, const HeartRateLimits& limits,
                     const QString& reason) const;
    Status clearLimits(const Session& session, const QString& mrn, const QString& reason) const;
    Result<std::optional<PatientLimitsRecord>> limits(const Session& session, const QString& mrn) const;

private:
    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
