#include "workspace/ServerMigration.h"

#include "security/Crypto.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/PostgresDatabase.h"
#include "storage/SamplePartitions.h"
#include "storage/ServerRoles.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace pulsedesk::ServerMigration {

namespace {

/// Kept by the server itself: the schema's version (written by the migrations), the revision counter of cached
/// reference data and the quarantine's usage (both kept by triggers as rows arrive).
const QSet<QString> kKeptByTheServer = {QStringLiteral("schema_version"), QStringLiteral("reference_revision"),
                                        QStringLiteral("quarantine_usage")};

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

/// The store's tables, each after the tables its foreign keys name, the settings last (with them the HL7 queues
/// come on, whose triggers must not fire for copied rows); SQLite's own tables and those the server keeps left out.
Result<QStringList> tablesInOrder(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                               "ORDER BY rowid")))
        return Sql::error(q, QCoreApplication::translate("ServerMigration", "listing the workstation's tables"));
    QStringList names;
    while (q.next()) {
        if (!kKeptByTheServer.contains(q.value(0).toString()))
            names << q.value(0).toString();
    }
    std::map<QString, QSet<QString>> parents;
    for (const QString& name : names) {
        QSqlQuery keys(db);
        if (!keys.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted(name))))
            return Sql::error(keys,
                              QCoreApplication::translate("ServerMigration", "reading the workstation's foreign keys"));
        while (keys.next()) {
            const QString parent = keys.value(2).toString();
            if (parent != name && names.contains(parent))
                parents[name].insert(parent);
        }
    }
    QStringList ordered;
    QSet<QString> placed;
    while (ordered.size() < names.size()) {
        bool progress = false;
        for (const QString& name : names) {
            if (placed.contains(name) || name == QLatin1String("settings"))
                continue;
            const QSet<QString>& needs = parents[name];
            if (std::all_of(needs.begin(), needs.end(), [&placed](const QString& p) { return placed.contains(p); })) {
                ordered << name;
                placed.insert(name);
                progress = true;
            }
        }
        if (names.contains(QStringLiteral("settings")) && ordered.size() == names.size() - 1) {
            ordered << QStringLiteral("settings");
            break;
        }
        if (!progress)
            return Error {Error::Code::Storage,
                          QCoreApplication::translate("ServerMigration",
                                                      "The workstation's tables refer to each other in a circle.")};
    }
    return ordered;
}

Result<QStringList> columnsOf(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
        return Sql::error(q, QCoreApplication::translate("ServerMigration", "reading the workstation's columns"));
    QStringList columns;
    while (q.next())
        columns << q.value(1).toString();
    return columns;
}

Result<qint64> rowCount(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(quoted(table))) || !q.next())
        return Sql::error(q, QCoreApplication::translate("ServerMigration", "counting rows"));
    return q.value(0).toLongLong();
}

/// Copies one table row for row; the settings replace the defaults the migrations wrote.
Result<qint64> copyTable(QSqlDatabase& from, QSqlDatabase& to, const QString& table)
{
    auto columns = columnsOf(from, table);
    if (!columns)
        return columns.error();
    QStringList names;
    QStringList marks;
    QStringList updates;
    for (const QString& column : columns.value()) {
        names << quoted(column);
        marks << QStringLiteral("?");
        updates << QStringLiteral("%1 = excluded.%1").arg(quoted(column));
    }
    const bool settings = table == QLatin1String("settings");
    if (!settings) {
        auto present = rowCount(to, table);
        if (!present)
            return present.error();
        if (present.value() > 0)
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate(
                              "ServerMigration",
                              "The server's table %1 holds rows already; migrate-to-server needs an empty database.")
                              .arg(table)};
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    // The audit chain in its order: the server checks that each entry follows the one before.
    const QString order = table == QLatin1String("audit_log") ? QStringLiteral(" ORDER BY id") : QString();
    if (!read.exec(QStringLiteral("SELECT %1 FROM %2%3").arg(names.join(QStringLiteral(", ")), quoted(table), order)))
        return Sql::error(read,
                          QCoreApplication::translate("ServerMigration", "reading the workstation's %1").arg(table));
    QSqlQuery write(to);
    QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(quoted(table), names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
    if (settings)
        insert += QStringLiteral(" ON CONFLICT (key) DO UPDATE SET ") + updates.join(QStringLiteral(", "));
    if (!write.prepare(insert))
        return Sql::error(write, QCoreApplication::translate("ServerMigration", "copying %1").arg(table));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < names.size(); ++i)
            write.bindValue(i, Sql::bindable(read.value(i)));
        if (!write.exec())
            return Sql::error(write, QCoreApplication::translate("ServerMigration", "copying %1").arg(table));
        ++rows;
    }
    if (read.lastError().isValid())
        return Sql::error(read,
                          QCoreApplication::translate("ServerMigration", "reading the workstation's %1").arg(table));
    return rows;
}

/// Moves every identity column's sequence past the ids copied into it.
Status advanceSequences(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND is_identity = 'YES'")))
        return Sql::error(q, QCoreApplication::translate("ServerMigration", "listing the server's sequences"));
    std::vector<std::pair<QString, QString>> identities;
    while (q.next())
        identities.emplace_back(q.value(0).toString(), q.value(1).toString());
    for (const auto& [table, column] : identities) {
        QSqlQuery set(db);
        if (!set.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), max(%3)) FROM %1 "
                                     "HAVING max(%3) IS NOT NULL")
                          .arg(quoted(table), column, quoted(column))))
            return Sql::error(set, QCoreApplication::translate("ServerMigration", "moving the server's sequences"));
    }
    return {};
}

/// A server login for every member of staff: the administrator's with their password, the others' closed until
/// an administrator resets their password. Returns the names of those others.
Result<QStringList> createLogins(QSqlDatabase& db, const PostgresDatabase& server, const Session& admin,
                                 const QString& password)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT username, role FROM users ORDER BY id")))
        return Sql::error(q, QCoreApplication::translate("ServerMigration", "reading the staff"));
    std::vector<std::pair<QString, Role>> staff;
    while (q.next()) {
        const auto role = roleFromKey(q.value(1).toString());
        if (!role)
            return Error {Error::Code::Storage,
                          QCoreApplication::translate("ServerMigration", "The member of staff %1 has an unknown role.")
                              .arg(q.value(0).toString())};
        staff.emplace_back(q.value(0).toString(), *role);
    }
    ServerLogins logins(server);
    QStringList closed;
    for (const auto& [username, role] : staff) {
        const bool isAdmin = username == admin.username;
        // Nobody knows this one: the login stays closed until an administrator sets a password.
        const QString secret = isAdmin ? password : QString::fromLatin1(Crypto::randomBytes(24).toBase64());
        if (auto created = logins.create(db, username, role, secret); !created)
            return created.error();
        if (isAdmin)
            continue;
        if (auto disabled = logins.disable(db, username); !disabled)
            return disabled.error();
        closed << username;
    }
    return closed;
}

} // namespace

Result<Report> run(Workspace& source, const Session& admin, const QString& password, const QString& connInfo)
{
    if (admin.role != Role::Admin)
        return Error {Error::Code::NotPermitted,
                      QCoreApplication::translate("ServerMigration",
                                                  "Only an administrator may move the workstation to a ward server.")};
    if (source.isServer())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ServerMigration",
                                                  "migrate-to-server copies a workstation's data folder (--data).")};
    if (auto reached = PostgresDatabase::tryLogin(connInfo, {}); !reached)
        return reached.error();
    auto opened = PostgresDatabase::open(connInfo, {}, PostgresDatabase::Schema::AsIs);
    if (!opened)
        return opened.error();
    PostgresDatabase& server = *opened.value();
    QSqlDatabase to = server.connection();
    if (auto allowed = ServerRoles::checkCanCreateRoles(to); !allowed)
        return allowed.error();
    auto contents = ServerRoles::inspect(to);
    if (!contents)
        return contents.error();
    if (contents.value() != ServerRoles::Contents::Empty && contents.value() != ServerRoles::Contents::PulseDesk)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate(
                          "ServerMigration",
                          "The database %1 is not empty; migrate-to-server needs an empty database. Nothing was "
                          "changed.")
                          .arg(server.path())};
    QSqlDatabase from = source.database().connection();
    if (Migrations::currentVersion(from) != Migrations::latestVersion())
        return Error {Error::Code::Schema,
                      QCoreApplication::translate("ServerMigration",
                                                  "The workstation's store is not of this PulseDesk's version.")};
    auto tables = tablesInOrder(from);
    if (!tables)
        return tables.error();
    if (auto migrated = Migrations::migrate(to); !migrated)
        return migrated.error();

    Report report;
    {
        // The workstation's store is read in one snapshot (a read transaction: it blocks no writer), the server
        // written in one transaction: all or nothing.
        QSqlQuery snapshot(from);
        if (!snapshot.exec(QStringLiteral("BEGIN")))
            return Sql::error(snapshot,
                              QCoreApplication::translate("ServerMigration", "reading the workstation's store"));
        const auto endSnapshot = qScopeGuard([&snapshot] { (void)snapshot.exec(QStringLiteral("ROLLBACK")); });
        Sql::Transaction writing(to);
        if (!writing.isActive())
            return writing.error();
        for (const QString& table : tables.value()) {
            if (table == QLatin1String("samples")) { // into the partitions of their months, made first
                QSqlQuery range(from);
                if (!range.exec(QStringLiteral("SELECT min(ts), max(ts) FROM samples")) || !range.next())
                    return Sql::error(
                        range, QCoreApplication::translate("ServerMigration", "reading the workstation's samples"));
                if (!range.isNull(0))
                    if (auto made = SamplePartitions::ensureMonths(to, range.value(0).toLongLong(),
                                                                   range.value(1).toLongLong());
                        !made)
                        return made.error();
            }
            auto copied = copyTable(from, to, table);
            if (!copied)
                return copied.error();
            report.tables.append({table, copied.value()});
        }
        if (auto advanced = advanceSequences(to); !advanced)
            return advanced.error();
        if (auto granted = ServerRoles::grantPrivileges(to); !granted)
            return granted.error();
        auto closed = createLogins(to, server, admin, password);
        if (!closed)
            return closed.error();
        report.resetPasswords = closed.value();
        // Every table holds what was copied (the settings also the server's own).
        for (const TableCount& copied : report.tables) {
            auto there = rowCount(to, copied.table);
            if (!there)
                return there.error();
            const bool equal =
                copied.table == QLatin1String("settings") ? there.value() >= copied.rows : there.value() == copied.rows;
            if (!equal)
                return Error {Error::Code::Storage,
                              QCoreApplication::translate(
                                  "ServerMigration",
                                  "The server's %1 would hold %2 rows, the workstation's %3; nothing was copied.")
                                  .arg(copied.table)
                                  .arg(there.value())
                                  .arg(copied.rows)};
        }
        if (auto committed = writing.commit(); !committed)
            return committed.error();
    }
    // The workstation's counts now, outside the snapshot: equal unless it was written meanwhile.
    for (const TableCount& copied : report.tables) {
        auto here = rowCount(from, copied.table);
        if (!here)
            return here.error();
        if (here.value() != copied.rows)
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate(
                              "ServerMigration",
                              "The workstation's %1 changed while it was copied (%2 rows, %3 copied): stop the "
                              "workstation and its monitor, empty the server's database and migrate again.")
                              .arg(copied.table)
                              .arg(here.value())
                              .arg(copied.rows)};
    }

    // Read back through a real login: the audit chain verified on the server's copy.
    auto ward = Workspace::forServer(connInfo);
    auto session = ward->login(admin.username, password);
    if (!session)
        return session.error();
    auto verified = ward->audit().verify(session.value());
    if (!verified)
        return verified.error();
    if (!verified->intact)
        return Error {
            Error::Code::Storage,
            QCoreApplication::translate("ServerMigration", "The audit chain copied to the server does not verify: %1")
                .arg(verified->problem)};
    report.auditEntries = verified->entries;
    if (auto noted =
            ward->audit().record(session.value(), QStringLiteral("store.migrated"), QStringLiteral("store"), QString(),
                                 QStringLiteral("copied from a workstation: %1 tables, %2 audit entries")
                                     .arg(report.tables.size())
                                     .arg(report.auditEntries));
        !noted)
        return noted.error();
    return report;
}

} // namespace pulsedesk::ServerMigration
