#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

/// Removes everything an import wrote (its samples, the vitals it merged into samples stored before it, its
/// quarantined records and ranges), and marks how it ended (`state`, with `detail` for the nurse), in one
/// transaction.
Status undoImport(QSqlDatabase& db, qint64 importId, const QString& state, const QString& detail, qint64 now);

} // namespace pulsedesk
