#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace pulsedesk {

class Workspace;
struct Session;

/// `pulsedesk-cli --data DIR --user ADMIN migrate-to-server --server CONNINFO`: a workstation's store becomes a
/// ward on a PostgreSQL server. On an empty database (CONNINFO's role may create roles, as for `server init`): the
/// schema, the group and service roles with their privileges, then every table copied row for row in one
/// transaction (foreign keys first; the settings last, so no outbox trigger fires for copied rows), the identity
/// sequences moved past the copied ids. Each member of staff gets a server login: the administrator running it
/// with their password, the others without login until an administrator resets their password (a workstation's
/// key slots hold no password the server could take). Then it logs in to the server as the administrator,
/// verifies the audit chain there and compares the row count of every table. The workstation's store is only read.
namespace ServerMigration {

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

struct Report
{
    QList<TableCount> tables; ///< as copied, equal on both sides
    qint64 auditEntries = 0; ///< verified on the server
    QStringList resetPasswords; ///< members of staff whose server login waits for a password reset
};

/// `admin` is the session of `source` (an administrator) and `password` their password, which becomes their
/// server login's.
Result<Report> run(Workspace& source, const Session& admin, const QString& password, const QString& connInfo);

} // namespace ServerMigration

} // namespace pulsedesk
