#pragma once

#include "CliRunner.h"

#include <QString>
#include <QStringList>

namespace pulsedesk::test {

class PostgresServer;

/// pulsedesk-cli on the ward `connInfo` as `user`: --server, --user, --password-stdin, then `args`; `passwords` one
/// a line on its standard input.
CliRun runCliAs(const QString& connInfo, const QString& user, const QStringList& args, const QByteArray& passwords);
/// `server init --admin admin` on `database` of `server`, as the server's superuser.
CliRun initWard(const PostgresServer& server, const QString& database, const QString& admin,
                const QByteArray& password);
/// Starts `server`, creates a database and makes it a ward with the administrator `admin`: the database's name, or
/// empty with `error` set.
QString startWard(PostgresServer& server, const QString& admin, const QByteArray& password, QString* error);

} // namespace pulsedesk::test
