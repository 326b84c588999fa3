// pulsedesk-bench ward --server CONNINFO --workstations N: a ward shared live on a PostgreSQL server.
#include "Bench.h"
#include "alarms/AlarmStore.h"
#include "analysis/ResultStore.h"
#include "common/ProcessStats.h"
#include "ingest/IngestPipeline.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresDatabase.h"
#include "storage/ServerNotifications.h"
#include "storage/SqlSupport.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <memory>
#include <unistd.h>
#include <vector>

namespace pulsedesk::bench {

namespace {

constexpr auto Password = "bench-password-2";
constexpr int WaitMs = 30'000;
constexpr double AckIntervalMs = 100;

/// A member of staff at a workstation of their own (one Workspace, one server login).
struct Desk
{
    std::unique_ptr<Workspace> workspace;
    Session session;
    ServerNotifications* notifications = nullptr;
    qint64 queries = 0; ///< re-reads after a notification, and the acknowledgements
    qint64 notified = 0;
    qint64 awaited = 0; ///< the alarm whose next state is awaited
    AlarmState awaitedState = AlarmState::Active;
    double seenMs = -1; ///< when the awaited state was read back
};

Result<Desk> deskFor(Workspace& admin, const Session& adminSession, const QString& connInfo, const QString& name,
                     Role role)
{
    const QString oneTime = QStringLiteral("one-time-password-1");
    if (auto added = admin.staff().add(adminSession, name, name, role, oneTime); !added)
        return added.error();
    Desk desk;
    desk.workspace = Workspace::forServer(connInfo);
    auto session = desk.workspace->login(name, oneTime);
    if (!session)
        return session.error();
    desk.session = session.value();
    if (auto changed = desk.workspace->staff().changeOwnPassword(desk.session, oneTime, QString::fromLatin1(Password));
        !changed)
        return changed.error();
    // Logged in again with the new password, as at the next start.
    desk.workspace = Workspace::forServer(connInfo);
    session = desk.workspace->login(name, QString::fromLatin1(Password));
    if (!session)
        return session.error();
    desk.session = session.value();
    return desk;
}

bool waitUntil(const std::function<bool()>& done, int ms = WaitMs)
{
    const QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

/// One window result per patient (device i on patient i), for the window starting at `windowStart`.
std::vector<WindowResult> windowResults(const std::vector<qint64>& patients, const std::vector<qint64>& devices,
                                        qint64 windowStart, int sampleCount)
{
    std::vector<WindowResult> results;
    for (std::size_t i = 0; i < patients.size(); ++i) {
        WindowResult r;
        r.patientId = patients[i];
        r.deviceRowId = devices[i];
        r.windowStartMs = windowStart;
        r.windowMs = 10'000;
        r.sampleCount = sampleCount;
        r.coverage = 1;
        r.hrMean = r.hrMin = r.hrMax = 70 + double(i % 30);
        results.push_back(r);
    }
    return results;
}

double nowMs(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

/// CPU time (user + system, in clock ticks) of each process of the server on this machine that /proc shows.
struct ServerCpu
{
    QList<qint64> pids;

    static qint64 ticksOf(qint64 pid)
    {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        return fields.size() > 12 ? fields.at(11).toLongLong() + fields.at(12).toLongLong() : -1;
    }
    /// Every server process of the ward's cluster (pg_stat_activity lists the backends and the server's own).
    static ServerCpu find(QSqlDatabase& db)
    {
        ServerCpu cpu;
        QSqlQuery q(db);
        if (q.prepare(QStringLiteral("SELECT pid FROM pg_stat_activity")) && q.exec())
            while (q.next())
                cpu.pids.append(q.value(0).toLongLong());
        return cpu;
    }
    /// Total ticks; -1 when no process can be read (a server on another machine).
    qint64 ticks() const
    {
        qint64 total = -1;
        for (qint64 pid : pids)
            if (const qint64 t = ticksOf(pid); t >= 0)
                total = std::max<qint64>(total, 0) + t;
        return total;
    }
};

/// The writer: `patients` monitors at 1 Hz through the ingest pipeline, and each patient's window result written
/// every second (as the live analysis updates the open window), on a thread of its own until told to stop.
class Writer : public QThread
{
public:
    Writer(Workspace& workspace, const std::vector<qint64>& patients, const std::vector<qint64>& devices)
        : m_workspace(workspace)
        , m_patients(patients)
        , m_devices(devices)
    { }
    std::atomic<bool> stop {false};
    std::atomic<qint64> samples {0};
    std::atomic<qint64> resultsStored {0};
    QString failure;

protected:
    void run() override
    {
        loop();
        m_workspace.database().releaseThreadConnection();
    }

private:
    void loop()
    {
        QSqlDatabase db = m_workspace.database().connection();
        while (!stop) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QList<IncomingMessage> batch;
            for (std::size_t i = 0; i < m_patients.size(); ++i)
                batch.append({QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"),
                              QStringLiteral(R"({"deviceId":"ward-%1","timestamp":%2,"bpm":%3})")
                                  .arg(i)
                                  .arg(now)
                                  .arg(70 + int(i % 30))
                                  .toUtf8(),
                              now});
            if (auto stored = m_workspace.ingest().ingest(batch); !stored) {
                failure = stored.errorMessage();
                break;
            }
            samples += batch.size();
            if (auto stored = storeResults(db, now); !stored) {
                failure = stored.errorMessage();
                break;
            }
            resultsStored += qint64(m_patients.size());
            const qint64 rest = 1000 - (QDateTime::currentMSecsSinceEpoch() - now);
            for (qint64 slept = 0; slept < rest && !stop; slept += 50)
                QThread::msleep(50);
        }
    }

    Status storeResults(QSqlDatabase& db, qint64 now)
    {
        const std::vector<WindowResult> results =
            windowResults(m_patients, m_devices, now / 10'000 * 10'000, int(now % 10'000 / 1000) + 1);
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        if (auto stored = m_workspace.results().storeResults(db, results, now); !stored)
            return stored;
        return transaction.commit();
    }

    Workspace& m_workspace;
    std::vector<qint64> m_patients;
    std::vector<qint64> m_devices;
};

/// A bare LISTEN/NOTIFY round trip through QPSQL, no PulseDesk code: pg_notify on one connection, the notification
/// seen on another; milliseconds each.
std::vector<double> bareRoundTrips(const QString& connInfo, int count, QString* error)
{
    std::vector<double> ms;
    const QString channel = QStringLiteral("pulsedesk_bench_baseline");
    {
        QSqlDatabase sender = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-send"));
        QSqlDatabase listener = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-listen"));
        sender.setConnectOptions(connInfo);
        listener.setConnectOptions(connInfo);
        if (!sender.open() || !listener.open() || !listener.driver()->subscribeToNotification(channel)) {
            *error = QStringLiteral("the baseline's connections failed");
        } else {
            QString last;
            QObject::connect(listener.driver(), &QSqlDriver::notification, listener.driver(),
                             [&last](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                                 last = payload.toString();
                             });
            QSqlQuery notify(sender);
            (void)notify.prepare(QStringLiteral("SELECT pg_notify(?, ?)"));
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < count && error->isEmpty(); ++i) {
                const QString payload = QString::number(i);
                const double t0 = nowMs(clock);
                notify.addBindValue(channel);
                notify.addBindValue(payload);
                if (!notify.exec() || !waitUntil([&] { return last == payload; }))
                    *error = QStringLiteral("a baseline notification did not arrive");
                ms.push_back(nowMs(clock) - t0);
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-send"));
    QSqlDatabase::removeDatabase(QStringLiteral("bench-listen"));
    return ms;
}

/// Milliseconds to store `rounds` ticks of one window result per patient (one transaction a tick), with the
/// notify trigger on or off (the server's superuser switches it).
double resultCost(Workspace& workspace, QSqlDatabase& owner, const std::vector<qint64>& patients,
                  const std::vector<qint64>& devices, bool notify, int rounds, qint64 from)
{
    // A fixed DDL text (PostgreSQL prepares no DDL).
    QSqlQuery q(owner);
    (void)q.exec(notify ? QStringLiteral("ALTER TABLE analysis_results ENABLE TRIGGER notify_results")
                        : QStringLiteral("ALTER TABLE analysis_results DISABLE TRIGGER notify_results"));
    QSqlDatabase db = workspace.database().connection();
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        const std::vector<WindowResult> results = windowResults(patients, devices, from + qint64(round) * 10'000, 10);
        Sql::Transaction transaction(db);
        if (!workspace.results().storeResults(db, results, from).ok() || !transaction.commit().ok())
            return -1;
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    (void)q.exec(QStringLiteral("ALTER TABLE analysis_results ENABLE TRIGGER notify_results"));
    return ms;
}

int fail(QTextStream& err, const QString& why)
{
    err << "bench ward: " << why << Qt::endl;
    return 1;
}

} // namespace

int wardServer(QTextStream& out, QTextStream& err, const QString& connInfo, int workstations, int patients, int acks,
               bool json)
{
    auto normalized = PostgresDatabase::normalizeConnInfo(connInfo);
    if (!normalized)
        return fail(err, normalized.errorMessage());
    // The ward: server init on the (empty) database, then each member of staff at a workstation of their own. Login
    // roles belong to the whole cluster: the run's own names.
    const QString run = QUuid::createUuid().toString(QUuid::Id128).left(6);
    const auto staff = [&run](const QString& name) { return QStringLiteral("bench%1.%2").arg(run, name); };
    auto init = Workspace::forServer(connInfo);
    if (auto created = init->initialize(staff(QStringLiteral("admin")), QStringLiteral("Bench Admin"),
                                        QString::fromLatin1(Password));
        !created)
        return fail(err, created.errorMessage() + QStringLiteral(" (the bench needs an empty database)"));
    QSqlDatabase owner = init->database().connection(); // the superuser's: switches the trigger for the baseline
    auto admin = Workspace::forServer(connInfo);
    auto adminSession = admin->login(staff(QStringLiteral("admin")), QString::fromLatin1(Password));
    if (!adminSession)
        return fail(err, adminSession.errorMessage());
    auto doctor = deskFor(*admin, adminSession.value(), connInfo, staff(QStringLiteral("doctor")), Role::Doctor);
    auto writerDesk = deskFor(*admin, adminSession.value(), connInfo, staff(QStringLiteral("writer")), Role::Nurse);
    if (!doctor || !writerDesk)
        return fail(err, (doctor ? writerDesk.errorMessage() : doctor.errorMessage()));
    std::vector<qint64> patientIds;
    std::vector<qint64> deviceIds;
    for (int i = 0; i < patients; ++i) {
        PatientInput input;
        input.mrn = QStringLiteral("WARD-%1").arg(i);
        input.name = QStringLiteral("Ward Patient %1").arg(i);
        input.ward = QStringLiteral("A");
        input.bed = QString::number(i + 1);
        const QString device = QStringLiteral("ward-%1").arg(i);
        auto added = admin->devices().add(adminSession.value(), device, {}, {});
        if (!added)
            return fail(err, added.errorMessage());
        auto admitted = doctor->workspace->patients().admit(doctor->session, input);
        if (!admitted)
            return fail(err, admitted.errorMessage());
        if (auto assigned = writerDesk->workspace->devices().assign(writerDesk->session, device, input.mrn); !assigned)
            return fail(err, assigned.errorMessage());
        patientIds.push_back(admitted->id);
        deviceIds.push_back(added->id);
    }
    std::vector<Desk> desks;
    for (int i = 0; i < workstations; ++i) {
        auto desk =
            deskFor(*admin, adminSession.value(), connInfo, staff(QStringLiteral("station%1").arg(i + 1)), Role::Nurse);
        if (!desk)
            return fail(err, desk.errorMessage());
        desks.push_back(std::move(desk).value());
    }
    QElapsedTimer clock;
    clock.start();
    for (Desk& desk : desks) {
        desk.notifications = desk.workspace->notifications();
        if (!desk.notifications || !desk.notifications->isListening())
            return fail(err, QStringLiteral("a workstation cannot listen to the server"));
        // What a workstation does on a change: re-reads the alarm it shows; the results only counted.
        QObject::connect(desk.notifications, &ServerNotifications::changed, desk.notifications,
                         [&desk, &clock](const ServerChange& change) {
                             ++desk.notified;
                             if (change.table != ServerChange::Table::Alarms || change.id != desk.awaited)
                                 return;
                             ++desk.queries;
                             auto view = desk.workspace->alarms().alarm(desk.session, change.id);
                             if (view && view->alarm.state == desk.awaitedState && desk.seenMs < 0)
                                 desk.seenMs = nowMs(clock);
                         });
    }

    ServerCpu cpu = ServerCpu::find(owner);
    const qint64 cpuBefore = cpu.ticks();
    ProcessStats::resetPeakResident();
    Writer writer(*writerDesk->workspace, patientIds, deviceIds);
    writer.start();
    const double loadStartMs = nowMs(clock);

    // Baseline under the same load: a bare NOTIFY seen on another connection.
    QString error;
    const std::vector<double> bare = bareRoundTrips(normalized.value(), acks, &error);
    if (!error.isEmpty()) {
        writer.stop = true;
        writer.wait();
        return fail(err, error);
    }

    // Raised on the central station (workstation 1), seen on every other, acknowledged there: the time until
    // each other workstation's re-read shows it acknowledged.
    std::vector<double> ackMs;
    Desk& central = desks.front();
    QSqlDatabase centralDb = central.workspace->database().connection();
    const auto await = [&desks](qint64 alarmId, AlarmState state) {
        for (Desk& desk : desks) {
            desk.awaited = alarmId;
            desk.awaitedState = state;
            desk.seenMs = -1;
        }
    };
    const auto everyOtherSaw = [&desks] {
        return waitUntil(
            [&] { return std::all_of(desks.begin() + 1, desks.end(), [](const Desk& d) { return d.seenMs >= 0; }); });
    };
    const double acksStartMs = nowMs(clock);
    for (int i = 0; i < acks && error.isEmpty(); ++i) {
        // One acknowledgement every AckIntervalMs at most, spread over the writer's load as people act on alarms.
        const double next = acksStartMs + double(i) * AckIntervalMs;
        (void)waitUntil([&] { return nowMs(clock) >= next; });
        auto id = central.workspace->alarms().nextAlarmId(centralDb);
        if (!id) {
            error = id.errorMessage();
            break;
        }
        AlarmEvent raised;
        raised.alarm.id = id.value();
        raised.alarm.patientId = patientIds[std::size_t(i) % patientIds.size()];
        raised.alarm.priority = AlarmPriority::High;
        raised.alarm.category = Category::SevereTachycardia;
        raised.alarm.raisedAtMs = raised.alarm.updatedAtMs = raised.alarm.conditionSinceMs = raised.atMs =
            QDateTime::currentMSecsSinceEpoch();
        await(id.value(), AlarmState::Active);
        if (auto stored = central.workspace->alarms().storeAlarmEvents(centralDb, {raised}); !stored) {
            error = stored.errorMessage();
            break;
        }
        if (!everyOtherSaw()) {
            error = QStringLiteral("a raised alarm did not reach every workstation");
            break;
        }
        await(id.value(), AlarmState::Acknowledged);
        const double t0 = nowMs(clock);
        ++central.queries;
        if (auto acked = central.workspace->alarms().acknowledge(central.session, id.value()); !acked) {
            error = acked.errorMessage();
            break;
        }
        if (!everyOtherSaw()) {
            error = QStringLiteral("an acknowledgement did not reach every workstation");
            break;
        }
        for (auto d = desks.begin() + 1; d != desks.end(); ++d)
            ackMs.push_back(d->seenMs - t0);
        AlarmEvent ended = raised;
        ended.action = AlarmAction::Ended;
        ended.alarm.state = AlarmState::Ended;
        ended.alarm.endedAtMs = ended.alarm.updatedAtMs = ended.atMs = QDateTime::currentMSecsSinceEpoch();
        if (auto stored = central.workspace->alarms().storeAlarmEvents(centralDb, {ended}); !stored)
            error = stored.errorMessage();
    }
    const double acksSeconds = (nowMs(clock) - acksStartMs) / 1000;
    writer.stop = true;
    writer.wait();
    const double loadSeconds = (nowMs(clock) - loadStartMs) / 1000;
    const qint64 cpuAfter = cpu.ticks();
    const qint64 peak = ProcessStats::peakResidentKib();
    if (!error.isEmpty())
        return fail(err, error);
    if (!writer.failure.isEmpty())
        return fail(err, QStringLiteral("the writer stopped: ") + writer.failure);

    // The notify trigger's cost on storing results, with it and without it (same rows, same run).
    const qint64 later = (QDateTime::currentMSecsSinceEpoch() / 10'000 + 100) * 10'000;
    const int rounds = 40;
    const double withNotify = resultCost(*writerDesk->workspace, owner, patientIds, deviceIds, true, rounds, later);
    const double withoutNotify =
        resultCost(*writerDesk->workspace, owner, patientIds, deviceIds, false, rounds, later + rounds * 10'000);
    const double perThousand = 1000.0 / double(rounds * patients);

    const long ticksPerSecond = ::sysconf(_SC_CLK_TCK);
    const double serverShare = cpuBefore >= 0 && cpuAfter >= 0 && ticksPerSecond > 0
        ? double(cpuAfter - cpuBefore) / double(ticksPerSecond) / loadSeconds
        : -1;
    std::vector<double> qps;
    QJsonArray perClient;
    for (const Desk& desk : desks) {
        qps.push_back(double(desk.queries) / acksSeconds);
        perClient.append(QJsonObject {{QStringLiteral("queriesPerSecond"), double(desk.queries) / acksSeconds},
                                      {QStringLiteral("notificationsPerSecond"), double(desk.notified) / acksSeconds}});
    }
    const double p50 = percentile(ackMs, 0.5);
    const double p99 = percentile(ackMs, 0.99);
    const bool met = p99 <= 1000;
    const QJsonObject figures {
        {QStringLiteral("workstations"), workstations},
        {QStringLiteral("patients"), patients},
        {QStringLiteral("acknowledgements"), acks},
        {QStringLiteral("ackLatencyMs"), QJsonObject {{QStringLiteral("p50"), p50}, {QStringLiteral("p99"), p99}}},
        {QStringLiteral("baselineNotifyMs"),
         QJsonObject {{QStringLiteral("p50"), percentile(bare, 0.5)}, {QStringLiteral("p99"), percentile(bare, 0.99)}}},
        {QStringLiteral("samplesStored"), qint64(writer.samples)},
        {QStringLiteral("resultsStored"), qint64(writer.resultsStored)},
        {QStringLiteral("serverCpuShare"), serverShare >= 0 ? QJsonValue(serverShare) : QJsonValue()},
        {QStringLiteral("clients"), perClient},
        {QStringLiteral("resultsMsPer1000WithNotify"), withNotify * perThousand},
        {QStringLiteral("resultsMsPer1000WithoutNotify"), withoutNotify * perThousand},
        {QStringLiteral("peakRssMiB"), double(peak) / 1024},
        {QStringLiteral("targetMet"), met}};
    print(out, json, QStringLiteral("ward-server"), figures,
          QStringLiteral("bench ward: %1 workstations on %2, %3 patients at 1 Hz (%4 samples, %5 results stored)\n"
                         "  acknowledgement seen on the others   p50 %6 ms   p99 %7 ms   target p99 1000 ms: %8\n"
                         "  baseline: bare pg_notify round trip  p50 %9 ms   p99 %10 ms\n"
                         "  server CPU share of one core         %11\n"
                         "  queries per second per workstation   %12 (re-reads on a change; the first also acks)\n"
                         "  storing 1000 results                 %13 ms with the notify trigger, %14 ms without\n"
                         "  peak memory                          %15 MiB")
              .arg(workstations)
              .arg(init->database().path())
              .arg(patients)
              .arg(qint64(writer.samples))
              .arg(qint64(writer.resultsStored))
              .arg(p50, 0, 'f', 1)
              .arg(p99, 0, 'f', 1)
              .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(percentile(bare, 0.5), 0, 'f', 1)
              .arg(percentile(bare, 0.99), 0, 'f', 1)
              .arg(serverShare >= 0 ? QString::number(serverShare, 'f', 3)
                                    : QStringLiteral("unknown (not on this machine)"))
              .arg(median(qps), 0, 'f', 1)
              .arg(withNotify * perThousand, 0, 'f', 1)
              .arg(withoutNotify * perThousand, 0, 'f', 1)
              .arg(double(peak) / 1024, 0, 'f', 1));
    return met ? 0 : 2;
}

} // namespace pulsedesk::bench
