#pragma once

#include "analysis/AnalysisTypes.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace pulsedesk {

class Database;
struct Session;

/// A window from a dump or backfill that crossed a limit: for a doctor to review, not a live alarm.
struct Finding
{
    QString mrn;
    QString deviceId;
    qint64 windowStartMs = 0;
    Category category = Category::NoAnomaly;
    qint64 foundAtMs = 0;
    qint64 reviewedBy = 0;
};

/// Findings in the store: abnormal windows of data that arrived too late for a live alarm (imports, replays,
/// windows older than the retrospective limit).
class FindingStore
{
public:
    explicit FindingStore(Database& database);

    /// A recomputed window updates its finding's category but keeps a review already made.
    Status storeFinding(QSqlDatabase& db, const WindowResult& result, qint64 nowMs) const;
    /// Many findings at once (an import's history), with one statement each for insert and update.
    Status storeFindings(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const;

    /// Findings, newest first; of one patient when `mrn` is given (doctor, nurse).
    Result<QList<Finding>> findings(const Session& session, const QString& mrn = {}, bool unreviewedOnly = true) const;

private:
    Database& m_database;
};

} // namespace pulsedesk
