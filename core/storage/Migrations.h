#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace pulsedesk {

/// The numbered schema migrations. Each runs in its own transaction and is recorded in schema_version; a
/// database whose version is newer than this build knows is refused without being altered.
namespace Migrations {

/// The schema version this build writes.
int latestVersion();
/// The version recorded in the database (0 for an empty file).
int currentVersion(QSqlDatabase& db);
/// Applies every migration above the current version up to `target` (default: latest).
Status migrate(QSqlDatabase& db, int target = -1);

} // namespace Migrations

} // namespace pulsedesk
