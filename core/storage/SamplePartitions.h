#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

/// Raw samples by month. On a ward server samples is partitioned by UTC month (schema migration 13): partitions are
/// made ahead of time and for older data on demand, and retention drops whole months. On one PC samples is one
/// table: there is nothing to make, and retention deletes the rows. Everything else (results, alarms, notes, the
/// audit log) is kept.
namespace SamplePartitions {

/// What retention removed: a month's partition (samples_YYYYMM), older rows of the default partition
/// (samples_default) or, on one PC, of the samples table.
struct Dropped
{
    QString part;
    qint64 samples = 0;
};

/// The first millisecond of the UTC month `monthsBack` months before the one `nowMs` falls in: samples before it
/// are past a retention of that many months (the current month and that many before it are kept).
qint64 retentionCutoff(qint64 nowMs, int monthsBack);

/// Makes the partitions of the months from `fromMs` to `toMs` where missing (nothing on one PC). Inside the
/// caller's transaction or on its own.
Status ensureMonths(QSqlDatabase& db, qint64 fromMs, qint64 toMs);

/// Drops the partitions wholly before `cutoffMs` and deletes older rows left elsewhere; what went, oldest first.
/// Inside the caller's transaction.
Result<QList<Dropped>> dropBefore(QSqlDatabase& db, qint64 cutoffMs);

/// The month partitions samples has now, oldest first (empty on one PC).
Result<QStringList> partitions(QSqlDatabase& db);

} // namespace SamplePartitions

} // namespace pulsedesk
