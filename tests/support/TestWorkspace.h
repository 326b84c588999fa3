#pragma once

#include "alarms/AlarmEngine.h"
#include "alarms/AlarmStore.h"
#include "common/Clock.h"
#include "scores/Observation.h"
#include "security/Session.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

namespace pulsedesk::test {

/// A nurse's bedside observations for NEWS2 with the given respiration rate, SpO2 and pulse, and an unremarkable
/// systolic pressure (125 mmHg) and temperature (37.0 °C).
ObservationInput bedsideObservations(double respiration, double spo2, double pulse);

/// The open alarm of `condition` that `session` sees (with `mine`, only those addressed to them), if any.
std::optional<AlarmView> openAlarm(Workspace& workspace, const Session& session, AlarmCondition condition,
                                   bool mine = false);

/// A workstation in a temporary folder with a first admin, plus helpers to add staff who are ready to work
/// (their one-time password already replaced). Uses the real key slots, scrypt and SQLCipher; in the PostgreSQL run
/// of a test (StoreBackend) the store is a new database on that run's server instead of the SQLCipher file.
class TestWorkspace
{
public:
    static constexpr auto AdminName = "admin";
    static constexpr auto AdminPassword = "admin-password-1";
    static constexpr auto StaffPassword = "staff-password-1";

    explicit TestWorkspace(const Clock& clock = Clock::system());
    ~TestWorkspace();

    Workspace& workspace() { return *m_workspace; }
    Workspace* operator->() { return m_workspace.get(); }
    QString dir() const { return m_dir.path(); }
    /// The connection string of the PostgreSQL store (the superuser's), empty for a SQLCipher one.
    QString connInfo() const { return m_connInfo; }
    const Session& admin() const { return m_admin; }

    /// What points the real pulsedesk-cli at this store: `--data DIR`, or in the PostgreSQL run `--server CONNINFO`
    /// (no user, no password), where every member of staff is then a login role of the server in their group (the
    /// administrator with AdminPassword, the others with StaffPassword), so the command line logs in as on a ward.
    QStringList cliStore();

    /// Adds a member of staff with StaffPassword, already changed from the one-time password, and logs them in.
    Session addStaff(const QString& username, Role role, const QString& displayName = {});
    /// Admits a patient as the given doctor.
    void admit(const Session& doctor, const QString& mrn, const QString& name,
               const QString& bed = QStringLiteral("1"));

    /// Closes the workspace (as at process exit) so the files can be inspected or reopened.
    void close();
    /// Opens a fresh Workspace on the same folder (a restart).
    void reopen(const Clock& clock = Clock::system());

private:
    void useBackend();

    QTemporaryDir m_dir;
    QString m_connInfo;
    QString m_database; ///< the PostgreSQL run's database
    std::unique_ptr<Workspace> m_workspace;
    Session m_admin;
};

/// Stores `seconds` of 1 Hz samples at `bpm` from the device, ending now, through the ingest pipeline with the
/// live analysis behind it, and waits until they are analysed (for tests that need results and alarms).
void analyseStream(Workspace& workspace, const QString& deviceId, double bpm, int seconds = 33);

/// Writes `count` samples of the device straight into the store, `stepMs` apart from `fromMs`, with the heart
/// rate `bpm(i)` of the i-th; no ingest and no analysis. `source` is "live" or "backfill" (imported).
void storeSamples(Workspace& workspace, const QString& deviceId, qint64 fromMs, int count, qint64 stepMs,
                  const std::function<double(int)>& bpm, const QString& source = QStringLiteral("live"),
                  double spo2 = std::numeric_limits<double>::quiet_NaN());

/// Runs SQL straight on the workspace's store (an attacker with the key, or the server's superuser); fatal if it fails.
void execSql(TestWorkspace& tw, const QString& sql);
/// Some audited history: a doctor "doc" admits P1 and opens the record.
void makeAuditHistory(TestWorkspace& tw);

/// Every file in the folder (database, WAL, key slots ...), concatenated, for "no plaintext" checks.
QByteArray readAllFiles(const QString& dir);

/// A new alarm for patient 1 in bed 4, as the live analysis announces it: severe tachycardia when high,
/// moderate bradycardia otherwise.
AlarmEvent raisedAlarm(qint64 id, AlarmPriority priority);

} // namespace pulsedesk::test
