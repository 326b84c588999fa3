#pragma once

#include "analysis/AnalysisTypes.h"
#include "analysis/AnomalyScorer.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <vector>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// The analysis results of every window, in the store. The analysis writes them in its own transaction; doctors
/// and nurses read them, audited.
class ResultStore
{
public:
    ResultStore(Database& database, AuditLog& audit);

    /// Stores results idempotently under (patient, device, window start): a recomputed window replaces its row.
    Status storeResults(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const;

    /// Results of a patient, newest first (doctor, nurse); the read is audited.
    Result<QList<WindowResult>> results(const Session& session, const QString& mrn, const QDateTime& from = {},
                                        const QDateTime& to = {}, int limit = 1000) const;

    /// The columns every read of results selects, in the order fromRow() reads them.
    static const char* columns();
    /// The result in the current row of a query that selected columns().
    static WindowResult fromRow(const QSqlQuery& q);

    /// The stored windows of a patient on a device before `beforeMs`, oldest first, at most `limit`, as the
    /// anomaly score's history; nullopt when they could not be read.
    static std::optional<std::vector<AnomalyScorer::Entry>>
    anomalyHistory(QSqlDatabase& db, qint64 patientId, qint64 deviceRowId, qint64 beforeMs, int limit);
    /// anomalyHistory() on the calling thread's connection of `database`.
    static AnomalyScorer::HistorySource anomalyHistorySource(Database& database);

private:
    Database& m_database;
    AuditLog& m_audit;
};

} // namespace pulsedesk
