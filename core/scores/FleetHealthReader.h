#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "scores/FleetHealth.h"

#include <QDateTime>
#include <QSqlDatabase>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Reads every registered device's readings of the last hours from the store, one device at a time (memory stays at
/// one device's readings), and judges the fleets (FleetHealth). Administrators only; audited.
class FleetHealthReader
{
public:
    struct Report
    {
        QDateTime from;
        QDateTime to;
        QList<FleetHealth::Fleet> fleets;
        qint64 readings = 0; ///< readings read
    };

    FleetHealthReader(Database& database, AuditLog& audit, const Clock& clock);

    Result<Report> read(const Session& session, int hours = 24,
                        const FleetHealth::Limits& limits = FleetHealth::Limits()) const;

    /// The judgement itself on a connection, for the live analysis (no session, not audited): the readings from
    /// `fromMs` to `toMs`; `readings` gets how many were read.
    static Result<QList<FleetHealth::Fleet>> judgeStored(QSqlDatabase& db, qint64 fromMs, qint64 toMs,
                                                         const FleetHealth::Limits& limits = FleetHealth::Limits(),
                                                         qint64* readings = nullptr);

private:
    Database& m_database;
    AuditLog& m_audit;
    const Clock& m_clock;
};

} // namespace pulsedesk
