// The ward server's side of Workspace: no data folder, no key slots; the server's own logins.
#include "alarms/AlarmStore.h"
#include "analysis/FindingStore.h"
#include "analysis/HistoryAnalysis.h"
#include "analysis/PatientLimitsStore.h"
#include "analysis/ResultStore.h"
#include "ingest/IngestPipeline.h"
#include "scores/ObservationStore.h"
#include "security/AuditAnchor.h"
#include "security/KeyRing.h"
#include "security/LoginThrottle.h"
#include "settings/Settings.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/DeviceRegistry.h"
#include "storage/Migrations.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresDatabase.h"
#include "storage/ServerNotifications.h"
#include "storage/ServerRoles.h"
#include "storage/SqlSupport.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QThread>

namespace pulsedesk {

Workspace::Workspace(ServerTag, const QString& connInfo, const Clock& clock)
    : m_serverConnInfo(connInfo)
    , m_clock(clock)
{ }

std::unique_ptr<Workspace> Workspace::forServer(const QString& connInfo, const Clock& clock)
{
    // An empty string is a valid one (everything from the PG* variables); the member must still say "server".
    return std::unique_ptr<Workspace>(
        new Workspace(ServerTag {}, connInfo.trimmed().isEmpty() ? QStringLiteral(" ") : connInfo, clock));
}

namespace {

/// The ward's database opened with the connection string's own login, as `server init` and `server upgrade` need
/// it: a role that may create roles; the schema as it is.
Result<std::unique_ptr<PostgresDatabase>> openToManage(const QString& connInfo)
{
    if (auto reached = PostgresDatabase::tryLogin(connInfo, {}); !reached)
        return reached.error();
    auto opened = PostgresDatabase::open(connInfo, {}, PostgresDatabase::Schema::AsIs);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    if (auto allowed = ServerRoles::checkCanCreateRoles(db); !allowed)
        return allowed.error();
    return opened;
}

/// The schema brought to this PulseDesk's version, then the roles' privileges granted on it in one transaction:
/// the last steps of `server init` and `server upgrade`.
Status migrateAndGrant(QSqlDatabase& db)
{
    if (auto migrated = Migrations::migrate(db); !migrated)
        return migrated;
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto granted = ServerRoles::grantPrivileges(db); !granted)
        return granted;
    return transaction.commit();
}

} // namespace

/// The ward server opened to be managed, and what its database holds.
struct Workspace::ManagedServer
{
    std::unique_ptr<PostgresDatabase> database;
    ServerRoles::Contents contents = ServerRoles::Contents::Empty;
};

Result<Workspace::ManagedServer> Workspace::openServerToManage() const
{
    if (isOpen())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Workspace", "The ward server is already open.")};
    auto opened = openToManage(m_serverConnInfo);
    if (!opened)
        return opened.error();
    QSqlDatabase db = opened.value()->connection();
    auto contents = ServerRoles::inspect(db);
    if (!contents)
        return contents.error();
    return ManagedServer {std::move(opened).value(), contents.value()};
}

Status Workspace::initializeServer(const QString& adminUsername, const QString& displayName, const QString& password)
{
    const QString username = StaffDirectory::normalizeUsername(adminUsername);
    if (auto valid = ServerRoles::checkName(username); !valid)
        return valid;
    if (auto policy = KeyRing::checkPasswordPolicy(username, password); !policy)
        return policy;
    auto opened = openServerToManage();
    if (!opened)
        return opened.error();
    PostgresDatabase& server = *opened.value().database;
    QSqlDatabase db = server.connection();
    switch (opened.value().contents) {
    case ServerRoles::Contents::Other:
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Workspace",
                                                  "The database %1 already holds tables that are not PulseDesk's; "
                                                  "server init needs an empty database. Nothing was changed.")
                          .arg(server.path())};
    case ServerRoles::Contents::PulseDeskWithStaff:
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Workspace",
                                                  "The database %1 already holds a PulseDesk ward; log in with "
                                                  "--server and --user. Nothing was changed.")
                          .arg(server.path())};
    case ServerRoles::Contents::Empty:
    case ServerRoles::Contents::PulseDesk: // an init that stopped after the schema carries on
        break;
    }
    if (auto ready = migrateAndGrant(db); !ready)
        return ready;
    m_database = std::move(opened.value().database);
    startServices(std::make_unique<ServerLogins>(server));
    if (auto admin = m_staff->createFirstAdmin(username, displayName, password); !admin)
        return admin.error();
    return {};
}

Result<int> Workspace::upgradeServer()
{
    auto opened = openServerToManage();
    if (!opened)
        return opened.error();
    const ServerRoles::Contents contents = opened.value().contents;
    PostgresDatabase& server = *opened.value().database;
    QSqlDatabase db = server.connection();
    if (contents == ServerRoles::Contents::Empty || contents == ServerRoles::Contents::Other)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("Workspace",
                                                  "The database %1 holds no PulseDesk ward to upgrade; server init "
                                                  "creates one. Nothing was changed.")
                          .arg(server.path())};
    const int found = Migrations::currentVersion(db);
    if (found > Migrations::latestVersion())
        return Error {Error::Code::Schema,
                      QCoreApplication::translate("Workspace",
                                                  "The ward server's schema is version %1, newer than this "
                                                  "PulseDesk's %2: upgrade with the newer PulseDesk. Nothing was "
                                                  "changed.")
                          .arg(found)
                          .arg(Migrations::latestVersion())};
    if (auto ready = migrateAndGrant(db); !ready)
        return ready.error();
    return found;
}

namespace {

/// Ok when the server holds a ward of this PulseDesk's schema version that `role` may read.
Status checkServerSchema(PostgresDatabase& server, const QString& role)
{
    QSqlDatabase db = server.connection();
    const int version = Migrations::currentVersion(db);
    if (version == 0)
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("Workspace",
                                                  "The database %1 holds no PulseDesk ward that %2 may open; IT "
                                                  "creates the ward with pulsedesk-cli --server CONNINFO server init.")
                          .arg(server.path(), role)};
    if (version != Migrations::latestVersion())
        return Error {Error::Code::Schema,
                      QCoreApplication::translate("Workspace",
                                                  "The ward server's schema is version %1 and this PulseDesk needs "
                                                  "version %2; the server and the workstations must be updated "
                                                  "together (IT runs pulsedesk-cli --server CONNINFO server "
                                                  "upgrade).")
                          .arg(version)
                          .arg(Migrations::latestVersion())};
    return {};
}

} // namespace

Status Workspace::openForService(const QString& password)
{
    if (isOpen())
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("Workspace", "The ward server is already open.")};
    if (auto reached = PostgresDatabase::tryLogin(m_serverConnInfo, password); !reached)
        return reached;
    auto opened = PostgresDatabase::open(m_serverConnInfo, password, PostgresDatabase::Schema::AsIs);
    if (!opened)
        return opened.error();
    PostgresDatabase& server = *opened.value();
    QSqlDatabase db = server.connection();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT current_user, pg_has_role(current_user, ?, 'MEMBER')"));
    q.addBindValue(QString::fromLatin1(ServerRoles::ServiceRole));
    if (!q.exec() || !q.next())
        return Sql::error(q, QCoreApplication::translate("Workspace", "checking the service login"));
    const QString role = q.value(0).toString();
    if (!q.value(1).toBool())
        return Error {Error::Code::Authentication,
                      QCoreApplication::translate("Workspace",
                                                  "The server login %1 is not the ward's service role: "
                                                  "pulsedesk-server logs in as %2 or a member of it.")
                          .arg(role, QString::fromLatin1(ServerRoles::ServiceRole))};
    q = QSqlQuery();
    if (auto current = checkServerSchema(server, role); !current)
        return current;
    m_database = std::move(opened).value();
    startServices(std::make_unique<ServerLogins>(server));
    return {};
}

ServerNotifications* Workspace::notifications()
{
    if (!m_notifications) {
        const auto* server = dynamic_cast<const PostgresDatabase*>(m_database.get());
        if (!server)
            return nullptr;
        m_notifications = std::make_unique<ServerNotifications>(*server);
    }
    return m_notifications.get();
}

Result<Session> Workspace::loginToServer(const QString& username, const QString& password)
{
    if (auto valid = ServerRoles::checkName(username); !valid)
        return valid.error();
    // The server keeps the count of failed logins for every workstation of the ward; a gate that cannot be asked
    // refuses the login, as on one PC a throttle that cannot be written does.
    auto wait = ServerRoles::loginWait(m_serverConnInfo, username);
    if (!wait)
        return wait.error();
    if (wait.value() > 0)
        return Error {Error::Code::Throttled,
                      QCoreApplication::translate("Workspace", "Too many failed attempts for %1. %2")
                          .arg(username, waitText(wait.value()))};
    auto session = openServerSession(username, password);
    if (!session) {
        if (session.code() != Error::Code::Authentication)
            return session;
        auto delay = ServerRoles::loginFailed(m_serverConnInfo, username);
        if (!delay)
            return delay.error();
        if (delay.value() > 0)
            return Error {Error::Code::Authentication,
                          session.errorMessage() + QLatin1Char(' ') + waitText(delay.value())};
        return session;
    }
    QSqlDatabase db = m_database->connection();
    if (auto cleared = ServerRoles::loginSucceeded(db); !cleared)
        qWarning("The failed logins could not be cleared: %s", qPrintable(cleared.errorMessage()));
    return session;
}

Result<Session> Workspace::openServerSession(const QString& username, const QString& password)
{
    // A workstation stays connected between sessions (its alarms are followed while nobody is logged in): the
    // login that holds the connection proves its password again; another one replaces the connection.
    if (isOpen() && username == m_serverUser) {
        const auto& server = static_cast<const PostgresDatabase&>(*m_database);
        if (auto reached = server.tryLoginAs(username, password); !reached)
            return reached.error();
        auto member = m_staff->find(username);
        if (!member || !member->active)
            return notStaff(username);
        return sessionOf(member.value());
    }
    auto connInfo = PostgresDatabase::withUser(m_serverConnInfo, username);
    if (!connInfo)
        return connInfo.error();
    if (auto reached = PostgresDatabase::tryLogin(connInfo.value(), password); !reached)
        return reached.error();
    auto opened = PostgresDatabase::open(connInfo.value(), password, PostgresDatabase::Schema::AsIs);
    if (!opened)
        return opened.error();
    PostgresDatabase& server = *opened.value();
    if (auto current = checkServerSchema(server, username); !current)
        return current.error();
    closeServer();
    m_database = std::move(opened).value();
    startServices(std::make_unique<ServerLogins>(server));
    auto member = m_staff->find(username);
    if (!member || !member->active) {
        closeServer();
        return notStaff(username);
    }
    m_serverUser = username;
    return sessionOf(member.value());
}

void Workspace::closeServer()
{
    // The announcements live on the thread that asked for them (the GUI's); a login runs on a worker: they go
    // there. They hold their own copy of the connection string, so the store may go first.
    if (m_notifications && m_notifications->thread() != QThread::currentThread())
        m_notifications.release()->deleteLater();
    m_notifications.reset();
    m_history.reset();
    m_alarms.reset();
    m_limits.reset();
    m_findings.reset();
    m_results.reset();
    m_ingest.reset();
    m_settings.reset();
    m_observations.reset();
    m_records.reset();
    m_devices.reset();
    m_patients.reset();
    m_staff.reset();
    m_audit.reset();
    m_logins.reset();
    m_database.reset();
    m_serverUser.clear();
}

Error Workspace::notStaff(const QString& username)
{
    return Error {
        Error::Code::Authentication,
        QCoreApplication::translate("Workspace", "The server login %1 is not an active member of staff of this ward.")
            .arg(username)};
}

} // namespace pulsedesk
