#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "security/Session.h"
#include "storage/AuditLog.h"

#include <QString>

#include <functional>
#include <memory>

namespace pulsedesk {

class AlarmStore;
class FindingStore;
class HistoryAnalysis;
class PatientLimitsStore;
class ResultStore;
class AuditAnchor;
class AuditLog;
class ClinicalRecordStore;
class Database;
class DeviceRegistry;
class IngestPipeline;
class KeyRing;
class LoginThrottle;
class ObservationStore;
class PatientRegistry;
class SecureBytes;
class ServerNotifications;
class Settings;
class StaffDirectory;
class StaffLogins;
struct StaffMember;

/// A PulseDesk data folder: the encrypted database, its key slot file and the login throttle state, and the
/// core services over them. It is created once (first admin), then opened by the first successful login; it
/// stays open, with its key in memory, while users log out, switch or the screen is locked, so that background
/// work goes on.
class Workspace
{
public:
    struct Counts
    {
        int schemaVersion = 0;
        qint64 staff = 0;
        qint64 patients = 0;
        qint64 devices = 0;
        qint64 samples = 0;
        qint64 results = 0;
        qint64 openAlarms = 0;
        qint64 quarantined = 0;
    };

    explicit Workspace(const QString& dataDir, const Clock& clock = Clock::system());
    /// A ward on a PostgreSQL server (a libpq connection string; libpq's PG* variables fill what it leaves out):
    /// no data folder. Each member of staff logs in as their own LOGIN role; initialize() is `server init`.
    static std::unique_ptr<Workspace> forServer(const QString& connInfo, const Clock& clock = Clock::system());
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// Opens the store behind the folder with the database key: by default the SQLCipher file in the folder.
    using StoreOpener =
        std::function<Result<std::unique_ptr<Database>>(const SecureBytes& key, int compatibility, bool create)>;
    /// Another store behind the folder (a PostgreSQL database); the folder then keeps the key slots, the login
    /// throttle and the audit anchor. Set before initialize() or login().
    void setStoreOpener(StoreOpener opener) { m_storeOpener = std::move(opener); }

    /// The per-user data folder used when none is given.
    static QString defaultDataDir();

    QString dataDir() const { return m_dataDir; }
    /// True for a ward server's workspace (forServer).
    bool isServer() const { return !m_serverConnInfo.isEmpty(); }
    /// The interface language an admin chose for this workstation ("" follows the system), readable before
    /// login; the workstation applies it at start.
    static QString savedLanguage(const QString& dataDir);
    QString databasePath() const;
    QString keySlotPath() const;
    QString throttlePath() const;
    /// The audit chain's head, outside the database (see AuditAnchor).
    QString anchorPath() const;

    /// True once a database exists in the folder.
    bool isInitialized() const;
    bool isOpen() const { return m_database != nullptr; }

    /// Creates the database, its key and the first admin's key slot, and opens it. On a server (connected as a role
    /// that may create roles): the schema, the group roles, their privileges, the service role and the first admin
    /// (a LOGIN role), on an empty database only.
    Status initialize(const QString& adminUsername, const QString& displayName, const QString& password);
    /// Brings a ward server's database to this PulseDesk's schema (connected as a role that may create roles, as for
    /// `server init`): the migrations it lacks, then every group's privileges set again (a new table or a new right
    /// of a role reaches a ward made by an older PulseDesk). Returns the schema version it found. Refuses a
    /// database that holds no PulseDesk ward, or one written by a newer PulseDesk.
    Result<int> upgradeServer();
    /// Checks the password against the user's key slot, opens the database if it is not open yet, and returns
    /// the session. Failures count towards the throttle and are audited. On a server the login is the server's
    /// (the user's LOGIN role); the store is opened with it, and the role must be an active member of staff.
    Result<Session> login(const QString& username, const QString& password);
    /// Opens a ward server's store as pulsedesk-server does: with the connection string's own login, which must be
    /// the service role (ServerRoles::ServiceRole) or a member of it; no member of staff logs in. `password` is
    /// the login's (empty: the connection string's, or libpq's password file).
    Status openForService(const QString& password = {});
    /// Records the end of a session in the audit log (the database stays open).
    void logout(const Session& session);

    Database& database() const;
    AuditLog& audit() const;
    StaffDirectory& staff() const;
    PatientRegistry& patients() const;
    DeviceRegistry& devices() const;
    ClinicalRecordStore& records() const;
    /// Nurse observations and their early-warning scores.
    ObservationStore& observations() const;
    Settings& settings() const;
    IngestPipeline& ingest() const;
    ResultStore& results() const;
    FindingStore& findings() const;
    PatientLimitsStore& limits() const;
    AlarmStore& alarms() const;
    /// Analysis of stored samples after the fact (imports, replays).
    HistoryAnalysis& history() const;
    /// The ward server's announcements of what other workstations change, on a connection of their own made at the
    /// first call, on the calling thread (which needs an event loop); null on one PC (no server) or before the
    /// store is open.
    ServerNotifications* notifications();
    const Clock& clock() const { return m_clock; }

    /// Schema version and record counts (no patient data); any logged-in user.
    Result<Counts> counts(const Session& session) const;

    /// How the store compared with its audit anchor when it was opened: a store behind its anchor has lost
    /// committed history. Its message is for administrators.
    AuditLog::AnchorCheck anchorCheck() const;

private:
    struct ServerTag
    {
    };
    Workspace(ServerTag, const QString& connInfo, const Clock& clock);
    void startServices(std::unique_ptr<StaffLogins> logins);
    Status initializeServer(const QString& username, const QString& displayName, const QString& password);
    struct ManagedServer;
    /// The ward server opened for `server init` and `server upgrade` (refused while a session is open).
    Result<ManagedServer> openServerToManage() const;
    /// A login on the server behind its login gate (ServerRoles::loginWait): throttled and audited as on one PC.
    Result<Session> loginToServer(const QString& username, const QString& password);
    Result<Session> openServerSession(const QString& username, const QString& password);
    /// Closes the server connection and the services over it.
    void closeServer();
    static Error notStaff(const QString& username);
    Result<Session> sessionOf(const StaffMember& member);
    void writeLanguageFile(const QString& language) const;
    Status open(const SecureBytes& key, int compatibility, bool create);
    void auditPendingFailures();
    Error loginFailed(const QString& username);
    Error throttleUnwritable(const Error& cause) const;
    /// "Try again in 40 seconds." for a wait of `ms`.
    static QString waitText(qint64 ms);

    QString m_dataDir;
    QString m_serverConnInfo;
    QString m_serverUser; ///< the login the server connection is open as
    const Clock& m_clock;
    std::unique_ptr<LoginThrottle> m_throttle;
    StoreOpener m_storeOpener;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<KeyRing> m_keyRing;
    std::unique_ptr<StaffLogins> m_logins;
    std::unique_ptr<AuditAnchor> m_anchor;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<StaffDirectory> m_staff;
    std::unique_ptr<PatientRegistry> m_patients;
    std::unique_ptr<DeviceRegistry> m_devices;
    std::unique_ptr<ClinicalRecordStore> m_records;
    std::unique_ptr<ObservationStore> m_observations;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<IngestPipeline> m_ingest;
    std::unique_ptr<ResultStore> m_results;
    std::unique_ptr<FindingStore> m_findings;
    std::unique_ptr<PatientLimitsStore> m_limits;
    std::unique_ptr<AlarmStore> m_alarms;
    std::unique_ptr<HistoryAnalysis> m_history;
    std::unique_ptr<ServerNotifications> m_notifications; // before the store goes
};

} // namespace pulsedesk
