#include "import/ImportUndo.h"

#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pulsedesk {

Status undoImport(QSqlDatabase& db, qint64 importId, const QString& state, const QString& detail, qint64 now)
{
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery ranges(db);
    if (!Sql::exec(ranges, QStringLiteral("SELECT device_id, first_ts, last_ts FROM import_ranges WHERE import_id = ?"),
                   {importId}))
        return Sql::error(ranges, QCoreApplication::translate("Importer", "undoing an import"));
    QSqlQuery q(db);
    while (ranges.next())
        if (!Sql::exec(
                q, QStringLiteral("DELETE FROM samples WHERE device_id = ? AND ts BETWEEN ? AND ? AND import_id = ?"),
                {ranges.value(0), ranges.value(1), ranges.value(2), importId}))
            return Sql::error(q, QCoreApplication::translate("Importer", "undoing an import"));
    // Vitals this import added to samples stored before it are cleared again.
    QSqlQuery merges(db);
    if (!Sql::exec(merges, QStringLiteral("SELECT device_id, ts, columns FROM import_merges WHERE import_id = ?"),
                   {importId}))
        return Sql::error(merges, QCoreApplication::translate("Importer", "undoing an import"));
    while (merges.next()) {
        const int c = merges.value(2).toInt();
        const auto keep = [c](int bit, const char* column) {
            return QString::fromLatin1(column) + QStringLiteral(" = ")
                + ((c & (1 << bit)) ? QStringLiteral("NULL") : QString::fromLatin1(column));
        };
        if (!Sql::exec(q,
                       QStringLiteral("UPDATE samples SET %1, %2, %3, %4, %5 WHERE device_id = ? AND ts = ?")
                           .arg(keep(0, "heart_rate"), keep(1, "spo2"), keep(2, "temperature_c"), keep(3, "systolic"),
                                keep(4, "diastolic")),
                       {merges.value(0), merges.value(1)}))
            return Sql::error(q, QCoreApplication::translate("Importer", "undoing an import"));
    }
    if (!Sql::exec(q, QStringLiteral("DELETE FROM import_merges WHERE import_id = ?"), {importId})
        || !Sql::exec(q, QStringLiteral("DELETE FROM quarantine WHERE import_id = ?"), {importId})
        || !Sql::exec(q, QStringLiteral("DELETE FROM import_ranges WHERE import_id = ?"), {importId})
        || !Sql::exec(q,
                      QStringLiteral("UPDATE imports SET state = ?, finished_at = ?, updated_at = ?, stored = 0, "
                                     "detail = ? WHERE id = ?"),
                      {state, now, now, Sql::text(detail), importId}))
        return Sql::error(q, QCoreApplication::translate("Importer", "undoing an import"));
    return transaction.commit();
}

} // namespace pulsedesk
