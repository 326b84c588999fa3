#include "storage/SamplePartitions.h"

#include "storage/PostgresSampleBatch.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace SamplePartitions {

qint64 retentionCutoff(qint64 nowMs, int monthsBack)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    return QDateTime(QDate(day.year(), day.month(), 1).addMonths(-monthsBack), QTime(0, 0), Qt::UTC)
        .toMSecsSinceEpoch();
}

Status ensureMonths(QSqlDatabase& db, qint64 fromMs, qint64 toMs)
{
    if (!Sql::isPostgres(db))
        return {};
    QStringList months;
    for (QDateTime at = QDateTime::fromMSecsSinceEpoch(PostgresSampleBatch::monthStart(fromMs), Qt::UTC);
         at.toMSecsSinceEpoch() <= toMs; at = at.addMonths(1))
        months.append(QString::number(at.toMSecsSinceEpoch()));
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT pulsedesk_sample_partitions(?::bigint[])"),
                   {QStringLiteral("{%1}").arg(months.join(QLatin1Char(',')))}))
        return Sql::error(q, QCoreApplication::translate("SamplePartitions", "making the partitions of samples"));
    return {};
}

Result<QList<Dropped>> dropBefore(QSqlDatabase& db, qint64 cutoffMs)
{
    const QString doing = QCoreApplication::translate("SamplePartitions", "removing samples past their retention");
    QSqlQuery q(db);
    QList<Dropped> dropped;
    if (!Sql::isPostgres(db)) {
        // By device: each a range of the primary key (device_id, ts), not a scan of the whole table.
        if (!Sql::exec(q, QStringLiteral("DELETE FROM samples WHERE device_id IN (SELECT id FROM devices) AND ts < ?"),
                       {cutoffMs}))
            return Sql::error(q, doing);
        if (q.numRowsAffected() > 0)
            dropped.append({QStringLiteral("samples"), q.numRowsAffected()});
        return dropped;
    }
    if (!Sql::exec(q, QStringLiteral("SELECT part, sample_rows FROM pulsedesk_drop_sample_partitions(?)"), {cutoffMs}))
        return Sql::error(q, doing);
    while (q.next())
        dropped.append({q.value(0).toString(), q.value(1).toLongLong()});
    if (q.lastError().isValid())
        return Sql::error(q, doing);
    PostgresSampleBatch::forgetPartitions();
    return dropped;
}

Result<QStringList> partitions(QSqlDatabase& db)
{
    QStringList names;
    if (!Sql::isPostgres(db))
        return names;
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
                                  "WHERE i.inhparent = 'samples'::regclass AND c.relname <> 'samples_default' "
                                  "ORDER BY c.relname")))
        return Sql::error(q, QCoreApplication::translate("SamplePartitions", "listing the partitions of samples"));
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

} // namespace SamplePartitions

} // namespace pulsedesk
