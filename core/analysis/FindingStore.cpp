#include "analysis/FindingStore.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

/// A new finding; one stored already for the window stays.
const char* insertFinding(const QSqlDatabase& db)
{
    return Sql::dialect(db,
                        "INSERT OR IGNORE INTO findings (patient_id, device_id, window_start, category, found_at) "
                        "VALUES (?, ?, ?, ?, ?)",
                        "INSERT INTO findings (patient_id, device_id, window_start, category, found_at) "
                        "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
}

} // namespace

FindingStore::FindingStore(Database& database)
    : m_database(database)
{ }

Status FindingStore::storeFinding(QSqlDatabase& db, const WindowResult& result, qint64 nowMs) const
{
    QSqlQuery q(db);
    // A recomputed window updates its finding's category but keeps a review already made.
    if (!Sql::exec(q, QString::fromLatin1(insertFinding(db)),
                   {result.patientId, result.deviceRowId, result.windowStartMs,
                    categoryKey(result.classification.category), nowMs})
        || !Sql::exec(
            q,
            QStringLiteral("UPDATE findings SET category = ? WHERE patient_id = ? AND device_id = ? AND "
                           "window_start = ?"),
            {categoryKey(result.classification.category), result.patientId, result.deviceRowId, result.windowStartMs}))
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "storing a retrospective finding"));
    return {};
}

Status FindingStore::storeFindings(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const
{
    RawStatement insert(db, insertFinding(db));
    RawStatement update(db,
                        "UPDATE findings SET category = ? WHERE patient_id = ? AND device_id = ? AND "
                        "window_start = ?");
    if (!insert.ok() || !update.ok())
        return insert.error(QCoreApplication::translate("AnalysisStore", "storing a retrospective finding"));
    for (const WindowResult& r : results) {
        const QString category = categoryKey(r.classification.category);
        insert.bind(1, r.patientId);
        insert.bind(2, r.deviceRowId);
        insert.bind(3, r.windowStartMs);
        insert.bind(4, category);
        insert.bind(5, nowMs);
        const RawStatement::Step inserted = insert.step();
        insert.reset();
        if (inserted != RawStatement::Step::Done)
            return insert.error(QCoreApplication::translate("AnalysisStore", "storing a retrospective finding"));
        if (insert.changes() > 0)
            continue; // a new finding
        // Found again: the category follows the recomputed window; a review already made stays.
        update.bind(1, category);
        update.bind(2, r.patientId);
        update.bind(3, r.deviceRowId);
        update.bind(4, r.windowStartMs);
        const RawStatement::Step updated = update.step();
        update.reset();
        if (updated != RawStatement::Step::Done)
            return update.error(QCoreApplication::translate("AnalysisStore", "storing a retrospective finding"));
    }
    return {};
}

Result<QList<Finding>> FindingStore::findings(const Session& session, const QString& mrn, bool unreviewedOnly) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.mrn, d.device_id, f.window_start, f.category, f.found_at, f.reviewed_by "
                                  "FROM findings f JOIN patients p ON p.id = f.patient_id "
                                  "JOIN devices d ON d.id = f.device_id "
                                  "WHERE (? = '' OR p.mrn = ?) AND (? = 0 OR f.reviewed_at IS NULL) "
                                  "ORDER BY f.window_start DESC LIMIT 5000"),
                   {Sql::text(mrn), Sql::text(mrn), unreviewedOnly ? 1 : 0}))
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "reading findings"));
    QList<Finding> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                     categoryFromKey(q.value(3).toString()).value_or(Category::NoAnomaly), q.value(4).toLongLong(),
                     q.value(5).toLongLong()});
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "reading findings"));
    return list;
}

} // namespace pulsedesk
