#include "TestWorkspace.h"

#include "PostgresServer.h"
#include "StoreBackend.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresDatabase.h"
#include "storage/ServerRoles.h"
#include "storage/SqlSupport.h"
#include "storage/StaffDirectory.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <cmath>

namespace pulsedesk::test {

ObservationInput bedsideObservations(double respiration, double spo2, double pulse)
{
    ObservationInput in;
    in.values.respirationRate = respiration;
    in.values.spo2 = spo2;
    in.values.systolic = 125;
    in.values.pulse = pulse;
    in.values.temperatureC = 37.0;
    return in;
}

std::optional<AlarmView> openAlarm(Workspace& workspace, const Session& session, AlarmCondition condition, bool mine)
{
    auto open = workspace.alarms().alarms(session, true, mine);
    if (!open)
        return std::nullopt;
    for (const AlarmView& v : open.value())
        if (v.alarm.condition == condition)
            return v;
    return std::nullopt;
}

TestWorkspace::TestWorkspace(const Clock& clock)
    : m_workspace(std::make_unique<Workspace>(m_dir.path(), clock))
{
    if (currentBackend() == StoreBackend::Postgres) {
        QString error;
        const QString database = postgresServer()->createDatabase(&error);
        if (database.isEmpty())
            qFatal("TestWorkspace: %s", qPrintable(error));
        m_connInfo = postgresServer()->connInfo(database);
        m_database = database;
    }
    useBackend();
    const Status created = m_workspace->initialize(QString::fromLatin1(AdminName), QStringLiteral("Ada Admin"),
                                                   QString::fromLatin1(AdminPassword));
    if (!created)
        qFatal("TestWorkspace: %s", qPrintable(created.errorMessage()));
    auto session = m_workspace->login(QString::fromLatin1(AdminName), QString::fromLatin1(AdminPassword));
    if (!session)
        qFatal("TestWorkspace: %s", qPrintable(session.errorMessage()));
    m_admin = session.value();
}

TestWorkspace::~TestWorkspace() = default;

void TestWorkspace::useBackend()
{
    if (m_connInfo.isEmpty())
        return;
    m_workspace->setStoreOpener(
        [info = m_connInfo](const SecureBytes&, int, bool) -> Result<std::unique_ptr<Database>> {
            auto opened = PostgresDatabase::open(info);
            if (!opened)
                return opened.error();
            return std::unique_ptr<Database>(std::move(opened).value());
        });
}

QStringList TestWorkspace::cliStore()
{
    if (m_connInfo.isEmpty())
        return {QStringLiteral("--data"), m_dir.path()};
    // As IT's superuser, beside PulseDesk: the staff rows exist, their server logins are made here.
    QSqlDatabase db = m_workspace->database().connection();
    Sql::Transaction transaction(db);
    if (auto granted = ServerRoles::grantPrivileges(db); !granted)
        qFatal("cliStore: %s", qPrintable(granted.errorMessage()));
    QSqlQuery q(db);
    if (!Sql::exec(q, QStringLiteral("SELECT username, role FROM users WHERE active = 1")))
        qFatal("cliStore: %s", qPrintable(q.lastError().text()));
    QStringList script;
    while (q.next()) {
        const QString name = q.value(0).toString();
        const auto role = roleFromKey(q.value(1).toString());
        if (!role)
            qFatal("cliStore: a user without a role");
        const QString password = QString::fromLatin1(name == QLatin1String(AdminName) ? AdminPassword : StaffPassword);
        // Roles belong to the whole server: one an earlier store of the run made gets this store's password.
        script << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                 "CREATE ROLE \"%1\" LOGIN IN ROLE %2; END IF; END $$")
                      .arg(name, ServerRoles::groupRole(*role))
               << QStringLiteral("ALTER ROLE \"%1\" LOGIN PASSWORD '%2'").arg(name, password);
    }
    for (const QString& sql : std::as_const(script))
        if (!q.exec(sql))
            qFatal("cliStore: %s", qPrintable(q.lastError().text()));
    if (auto committed = transaction.commit(); !committed)
        qFatal("cliStore: %s", qPrintable(committed.errorMessage()));
    return {QStringLiteral("--server"), postgresServer()->wardConnInfo(m_database)};
}

Session TestWorkspace::addStaff(const QString& username, Role role, const QString& displayName)
{
    auto added = m_workspace->staff().add(m_admin, username, displayName.isEmpty() ? username : displayName, role,
                                          QString::fromLatin1(StaffPassword));
    if (!added)
        qFatal("addStaff: %s", qPrintable(added.errorMessage()));
    // Stand in for the first-login password change, which has tests of its own.
    QSqlDatabase db = m_workspace->database().connection();
    QSqlQuery q(db);
    Sql::exec(q, QStringLiteral("UPDATE users SET must_change_password = 0 WHERE id = ?"), {added->id});
    auto session = m_workspace->login(username, QString::fromLatin1(StaffPassword));
    if (!session)
        qFatal("addStaff login: %s", qPrintable(session.errorMessage()));
    return session.value();
}

void TestWorkspace::admit(const Session& doctor, const QString& mrn, const QString& name, const QString& bed)
{
    PatientInput input;
    input.mrn = mrn;
    input.name = name;
    input.bed = bed;
    input.ward = QStringLiteral("A");
    input.birthDate = QDate(1961, 4, 12);
    input.sex = Sex::Female;
    auto admitted = m_workspace->patients().admit(doctor, input);
    if (!admitted)
        qFatal("admit: %s", qPrintable(admitted.errorMessage()));
}

void TestWorkspace::close()
{
    m_workspace.reset();
}

void TestWorkspace::reopen(const Clock& clock)
{
    m_workspace = std::make_unique<Workspace>(m_dir.path(), clock);
    useBackend();
}

void execSql(TestWorkspace& tw, const QString& sql)
{
    QSqlDatabase db = tw->database().connection();
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("execSql: %s", qPrintable(q.lastError().text()));
}

void makeAuditHistory(TestWorkspace& tw)
{
    const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
    tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
    if (!tw->patients().open(doctor, QStringLiteral("P1")))
        qFatal("makeAuditHistory: the record could not be opened");
}

QByteArray readAllFiles(const QString& dir)
{
    QByteArray all;
    const QFileInfoList files = QDir(dir).entryInfoList(QDir::Files | QDir::Hidden);
    for (const QFileInfo& info : files) {
        QFile file(info.absoluteFilePath());
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

void analyseStream(Workspace& workspace, const QString& deviceId, double bpm, int seconds)
{
    AnalysisService analysis(workspace);
    analysis.start({});
    workspace.ingest().setSampleSink(&analysis);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 first = (now / 10'000 - (seconds + 9) / 10) * 10'000;
    QList<IncomingMessage> batch;
    for (qint64 t = first; t < first + qint64(seconds) * 1000; t += 1000)
        batch.append(
            {QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"),
             QStringLiteral(R"({"deviceId":"%1","timestamp":%2,"bpm":%3})").arg(deviceId).arg(t).arg(bpm).toUtf8(),
             now});
    if (auto stored = workspace.ingest().ingest(batch); !stored)
        qFatal("analyseStream: %s", qPrintable(stored.errorMessage()));
    analysis.sync();
    workspace.ingest().setSampleSink(nullptr);
    analysis.stop();
}

void storeSamples(Workspace& workspace, const QString& deviceId, qint64 fromMs, int count, qint64 stepMs,
                  const std::function<double(int)>& bpm, const QString& source, double spo2)
{
    QSqlDatabase db = workspace.database().connection();
    if (!db.transaction())
        qFatal("storeSamples: cannot begin");
    QSqlQuery q(db);
    // The casts give PostgreSQL the parameters' types, which a SELECT list does not.
    if (!q.prepare(QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, spo2, source, received_at) "
                                  "SELECT id, CAST(? AS BIGINT), CAST(? AS DOUBLE PRECISION), "
                                  "CAST(? AS DOUBLE PRECISION), CAST(? AS TEXT), CAST(? AS BIGINT) "
                                  "FROM devices WHERE device_id = ?")))
        qFatal("storeSamples: %s", qPrintable(q.lastError().text()));
    for (int i = 0; i < count; ++i) {
        const qint64 ts = fromMs + qint64(i) * stepMs;
        q.addBindValue(ts);
        q.addBindValue(bpm(i));
        q.addBindValue(std::isnan(spo2) ? QVariant() : QVariant(spo2));
        q.addBindValue(source);
        q.addBindValue(ts);
        q.addBindValue(deviceId);
        if (!q.exec())
            qFatal("storeSamples: %s", qPrintable(q.lastError().text()));
    }
    if (!db.commit())
        qFatal("storeSamples: cannot commit");
}

AlarmEvent raisedAlarm(qint64 id, AlarmPriority priority)
{
    AlarmEvent event;
    event.action = AlarmAction::Raised;
    event.alarm.id = id;
    event.alarm.patientId = 1;
    event.alarm.priority = priority;
    event.alarm.category =
        priority == AlarmPriority::High ? Category::SevereTachycardia : Category::ModerateBradycardia;
    event.alarm.condition = priority == AlarmPriority::High ? AlarmCondition::Tachycardia : AlarmCondition::Bradycardia;
    event.bed = QStringLiteral("4");
    return event;
}

} // namespace pulsedesk::test
