#include "Bench.h"
#include "common/ProcessStats.h"
#include "ingest/LocalBroker.h"
#include "ingest/MqttClient.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "monitoring/Monitoring.h"
#include "settings/Settings.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresDatabase.h"
#include "storage/ServerRoles.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <memory>
#include <vector>

namespace pulsedesk::bench {

namespace {

/// How often the ingest benchmark's waits look: the drain times it measures end when a wait sees them end.
constexpr int PollMs = 2;

/// Publishes every line of `file` as one QoS 1 message and waits until the broker acknowledged them all;
/// returns the seconds it took, or -1.
double publishLines(int port, const QString& topic, const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return -1;
    MqttSettings settings;
    settings.port = port;
    settings.clientId = QStringLiteral("bench-loader");
    MqttClient publisher(settings, nullptr);
    publisher.start();
    if (!waitFor([&] { return publisher.status().state == MqttStatus::State::Connected; }, 10000, PollMs))
        return -1;
    QElapsedTimer timer;
    timer.start();
    qint64 sent = 0;
    while (!in.atEnd()) {
        const QByteArray line = in.readLine().trimmed();
        if (line.isEmpty())
            continue;
        // Keep the client's own queue short: wait while too many are unacknowledged.
        while (sent - publisher.acknowledgedPublications() > 20000)
            QThread::usleep(500);
        if (publisher.publish(topic, line))
            ++sent;
    }
    if (!waitFor([&] { return publisher.acknowledgedPublications() >= sent; }, 600000, PollMs))
        return -1;
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

qint64 timestampOf(const QByteArray& payload)
{
    const qsizetype at = payload.indexOf("\"timestamp\":");
    if (at < 0)
        return 0;
    qsizetype end = at + 12;
    while (end < payload.size() && payload[end] >= '0' && payload[end] <= '9')
        ++end;
    return payload.mid(at + 12, end - at - 12).toLongLong();
}

} // namespace

Result<Session> readyStaff(Workspace& workspace, const Session& admin, const QString& name, Role role)
{
    const QString oneTime = QStringLiteral("one-time-password-1");
    const QString password = QStringLiteral("bench-password-2");
    if (auto added = workspace.staff().add(admin, name, name, role, oneTime); !added)
        return added.error();
    auto session = workspace.login(name, oneTime);
    if (!session)
        return session.error();
    if (auto changed = workspace.staff().changeOwnPassword(session.value(), oneTime, password); !changed)
        return changed.error();
    return workspace.login(name, password);
}

/// The ward the benchmark fills: one encrypted store in a folder whose administrator, doctor and nurse share it; or
/// a ward server as `server init` makes it (the connection string's role may create roles), each member of staff
/// at a workstation of their own and the pipeline under the service role, as pulsedesk-server runs it.
struct WardStores
{
    std::vector<std::unique_ptr<Workspace>> held;
    Workspace* admin = nullptr;
    Workspace* doctor = nullptr;
    Workspace* nurse = nullptr;
    Workspace* pipeline = nullptr; ///< ingest and analysis
    Session adminSession;
    Session doctorSession;
    Session nurseSession;
};

Result<WardStores> openWard(const QString& dataDir, const QString& server)
{
    const QString admin = QStringLiteral("bench.admin");
    const QString password = QStringLiteral("bench-password");
    WardStores ward;
    const auto store = [&ward, &server, &dataDir]() -> Workspace* {
        ward.held.push_back(server.isEmpty() ? std::make_unique<Workspace>(dataDir) : Workspace::forServer(server));
        return ward.held.back().get();
    };
    Workspace* first = store();
    if (auto created = first->initialize(admin, QStringLiteral("Bench"), password); !created)
        return created.error();
    // On a server the init role's connection gives the service role its login; everyone else logs in as themselves.
    if (!server.isEmpty()) {
        QSqlDatabase db = first->database().connection();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("ALTER ROLE pulsedesk_server LOGIN PASSWORD '%1'").arg(password)))
            return Error {Error::Code::Storage, QStringLiteral("the service role cannot be given a login")};
    }
    ward.admin = server.isEmpty() ? first : store();
    auto adminSession = ward.admin->login(admin, password);
    if (!adminSession)
        return adminSession.error();
    ward.adminSession = adminSession.value();
    const auto staffMember = [&](const QString& name, Role role, Workspace** at, Session* session) -> Status {
        if (server.isEmpty()) { // everyone at the one workstation
            *at = ward.admin;
            auto ready = readyStaff(*ward.admin, ward.adminSession, name, role);
            if (!ready)
                return ready.error();
            *session = ready.value();
            return {};
        }
        const QString oneTime = QStringLiteral("one-time-password-1");
        if (auto added = ward.admin->staff().add(ward.adminSession, name, name, role, oneTime); !added)
            return added.error();
        Workspace* desk = store();
        auto once = desk->login(name, oneTime);
        if (!once)
            return once.error();
        if (auto changed = desk->staff().changeOwnPassword(once.value(), oneTime, password); !changed)
            return changed.error();
        *at = store(); // logged in again with the new password, as at the next start
        auto again = (*at)->login(name, password);
        if (!again)
            return again.error();
        *session = again.value();
        return {};
    };
    if (auto doctor = staffMember(QStringLiteral("bench.doctor"), Role::Doctor, &ward.doctor, &ward.doctorSession);
        !doctor)
        return doctor.error();
    if (auto nurse = staffMember(QStringLiteral("bench.nurse"), Role::Nurse, &ward.nurse, &ward.nurseSession); !nurse)
        return nurse.error();
    if (server.isEmpty()) {
        ward.pipeline = ward.admin;
        return ward;
    }
    auto service = PostgresDatabase::withUser(server, QString::fromLatin1(ServerRoles::ServiceRole));
    if (!service)
        return service.error();
    ward.held.push_back(Workspace::forServer(service.value()));
    ward.pipeline = ward.held.back().get();
    if (auto opened = ward.pipeline->openForService(password); !opened)
        return opened.error();
    return ward;
}

/// The bare baseline on a ward server: the same rows COPYed into the samples table, under devices of their own.
Result<double> copySeconds(Workspace& workspace, const Session& admin, int messages, int deviceCount, qint64 base)
{
    for (int d = 0; d < deviceCount; ++d) {
        if (auto added = workspace.devices().add(admin, QStringLiteral("copy-%1").arg(d), {}, {}); !added)
            return added.error();
    }
    QSqlDatabase db = workspace.database().connection();
    std::vector<qint64> rowIds(static_cast<size_t>(deviceCount));
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, device_id FROM devices WHERE device_id LIKE 'copy-%'")))
        return Error {Error::Code::Storage, QStringLiteral("reading the devices")};
    while (q.next())
        rowIds[static_cast<size_t>(q.value(1).toString().mid(5).toInt())] = q.value(0).toLongLong();
    QByteArray rows;
    const QByteArray receivedAt = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < messages; ++i)
        rows += QByteArray::number(rowIds[static_cast<size_t>(i % deviceCount)]) + '\t'
            + QByteArray::number(base + qint64(i / deviceCount) * 1000) + '\t' + QByteArray::number(60 + i % 40)
            + "\tlive\t" + receivedAt + '\n';
    QElapsedTimer timer;
    timer.start();
    auto copied =
        PostgresDatabase::copyIn(db, QStringLiteral("samples"),
                                 {QStringLiteral("device_id"), QStringLiteral("ts"), QStringLiteral("heart_rate"),
                                  QStringLiteral("source"), QStringLiteral("received_at")},
                                 rows);
    if (!copied)
        return copied.error();
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

int ingest(QTextStream& out, QTextStream& err, const IngestLoad& load, bool json)
{
    const int messages = load.messages;
    const int deviceCount = load.devices;
    const int steadyRate = load.steadyRate;
    const int steadySeconds = load.steadySeconds;
    const bool onServer = !load.server.isEmpty();
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("broker"));
    LocalBroker broker(dir.filePath(QStringLiteral("broker")), false);
    QString brokerError;
    if (!broker.start(&brokerError)) {
        err << "bench ingest: mosquitto did not start: " << brokerError << Qt::endl;
        return 1;
    }
    const int port = broker.port();

    auto opened = openWard(dir.filePath(QStringLiteral("data")), load.server);
    if (!opened) {
        err << "bench ingest: " << opened.errorMessage() << Qt::endl;
        return 1;
    }
    WardStores& ward = opened.value();
    Workspace& workspace = *ward.pipeline;
    const Session session = ward.adminSession;
    // A ward: every device worn by an adult patient since an hour ago, so every sample is analysed.
    const QDateTime assignedFrom = QDateTime::currentDateTimeUtc().addSecs(-qint64(messages / deviceCount + 3600));
    for (int d = 0; d < deviceCount; ++d) {
        const QString device = QStringLiteral("bench-%1").arg(d);
        const QString mrn = QStringLiteral("BENCH-%1").arg(d);
        PatientInput patient;
        patient.mrn = mrn;
        patient.name = mrn;
        patient.birthDate = QDate(1970, 1, 1).addDays(d * 97);
        patient.sex = d % 2 ? Sex::Female : Sex::Male;
        patient.bed = QString::number(d + 1);
        if (!ward.admin->devices().add(session, device, {}, {})
            || !ward.doctor->patients().admit(ward.doctorSession, patient)
            || !ward.nurse->devices().assign(ward.nurseSession, device, mrn, assignedFrom)) {
            err << "bench ingest: could not set up the ward" << Qt::endl;
            return 1;
        }
    }
    AnalysisSettings analysisSettings = workspace.settings().analysis();
    Monitoring monitoring(workspace);
    monitoring.startAnalysis(analysisSettings);
    AnalysisService& analysis = monitoring.analysis();

    // The same messages for both consumers: each device one sample a second, going back in time.
    const QString lines = dir.filePath(QStringLiteral("messages.txt"));
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(messages / deviceCount + 10) * 1000;
    {
        QFile f(lines);
        f.open(QIODevice::WriteOnly);
        for (int i = 0; i < messages; ++i)
            f.write(QByteArray("{\"deviceId\":\"bench-") + QByteArray::number(i % deviceCount)
                    + "\",\"timestamp\":" + QByteArray::number(base + qint64(i / deviceCount) * 1000)
                    + ",\"bpm\":" + QByteArray::number(60 + i % 40) + "}\n");
    }

    // Baseline: how fast the broker delivers the same QoS 1 backlog to mosquitto_sub on a persistent session.
    QProcess sub;
    sub.start(QStringLiteral("mosquitto_sub"),
              {QStringLiteral("-p"), QString::number(port), QStringLiteral("-q"), QStringLiteral("1"),
               QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("bench-sub"), QStringLiteral("-t"),
               QStringLiteral("bench/sub"), QStringLiteral("-E")});
    sub.waitForFinished(10000);
    const double pubSubSeconds = publishLines(port, QStringLiteral("bench/sub"), lines);
    QElapsedTimer timer;
    timer.start();
    sub.setStandardOutputFile(QProcess::nullDevice());
    sub.start(QStringLiteral("mosquitto_sub"),
              {QStringLiteral("-p"), QString::number(port), QStringLiteral("-q"), QStringLiteral("1"),
               QStringLiteral("-c"), QStringLiteral("-i"), QStringLiteral("bench-sub"), QStringLiteral("-t"),
               QStringLiteral("bench/sub"), QStringLiteral("-C"), QString::number(messages)});
    sub.waitForFinished(-1);
    const double subSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    double copy = 0;
    if (onServer) {
        auto copied = copySeconds(*ward.admin, session, messages, deviceCount, base);
        if (!copied) {
            err << "bench ingest: " << copied.errorMessage() << Qt::endl;
            return 1;
        }
        copy = copied.value();
    }

    // PulseDesk: the same backlog through the whole ingest path into the encrypted store.
    MqttSettings settings;
    settings.port = port;
    settings.clientId = QStringLiteral("bench-ingest");
    settings.topics = {QStringLiteral("bench/ingest")};
    IngestService service(workspace);
    service.start(settings);
    waitFor([&] { return service.status().state == MqttStatus::State::Connected; }, 10000, PollMs);
    service.stop();
    const double pubIngestSeconds = publishLines(port, QStringLiteral("bench/ingest"), lines);
    IngestService& ingestService = monitoring.ingest();
    timer.restart();
    ingestService.start(settings);
    const bool allIn = waitFor(
        [&] { return ingestService.totals().stored + ingestService.totals().duplicates >= messages; }, 600000, PollMs);
    const double ingestSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const IngestPipeline::Counts totals = ingestService.totals();
    // ... and analysed: every stored sample through windows, classification and alarms.
    const bool allAnalysed = waitFor([&] { return analysis.totals().samples >= totals.stored; }, 600000, PollMs);
    analysis.sync();
    const double analysedSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;

    // Publish -> alarm: in the steady stream each device alternates moderate tachycardia and normal windows, so
    // medium alarms are raised and end again. A window is final when the device's first sample past its end plus
    // the allowed lateness arrives; that sample is published at that time (its timestamp is its publish time),
    // so the latency is the alarm's commit time minus the end of the window that completed the alarm delay plus
    // the lateness.
    QMutex alarmMutex;
    std::vector<double> alarmLatencies;
    bool measuringAlarms = true;
    const qint64 windowMs = analysisSettings.window.windowMs;
    const qint64 windowsForDelay = std::max<qint64>(1, (analysisSettings.alarms.delayMs + windowMs - 1) / windowMs);
    QObject::connect(
        &analysis, &AnalysisService::alarmEvent, &analysis,
        [&](const AlarmEvent& e) {
            if (e.action != AlarmAction::Raised || isTechnical(e.alarm.condition))
                return;
            const qint64 finalAt =
                e.alarm.conditionSinceMs + windowsForDelay * windowMs + analysisSettings.window.allowedLatenessMs;
            QMutexLocker lock(&alarmMutex);
            // Windows made final by the quiet timeout after the stream ends are not what is measured.
            if (measuringAlarms)
                alarmLatencies.push_back(double(QDateTime::currentMSecsSinceEpoch() - finalAt));
        },
        Qt::DirectConnection);

    // Latency: a steady stream, publish time stamped in the sample, measured when its batch is committed.
    QMutex latencyMutex;
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(steadyRate) * static_cast<size_t>(steadySeconds));
    ingestService.setStoredHook([&](const QList<IncomingMessage>& batch, const IngestPipeline::Counts&) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(&latencyMutex);
        for (const IncomingMessage& m : batch)
            latencies.push_back(static_cast<double>(now - timestampOf(m.payload)));
    });
    MqttSettings pubSettings = settings;
    pubSettings.clientId = QStringLiteral("bench-publisher");
    MqttClient publisher(pubSettings, nullptr);
    publisher.start();
    waitFor([&] { return publisher.status().state == MqttStatus::State::Connected; }, 10000, PollMs);
    QElapsedTimer steady;
    steady.start();
    const qint64 total = qint64(steadyRate) * steadySeconds;
    for (qint64 sent = 0; sent < total;) {
        const qint64 due = steady.nsecsElapsed() * steadyRate / 1'000'000'000;
        for (; sent < std::min(due, total); ++sent) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // Each message its own (device, timestamp): millisecond stamps per device never repeat.
            const qint64 device = sent % deviceCount;
            const bool episode = (now / windowMs + device) % 2 == 0;
            publisher.publish(QStringLiteral("bench/ingest"),
                              QByteArray("{\"deviceId\":\"bench-") + QByteArray::number(device) + "\",\"timestamp\":"
                                  + QByteArray::number(now) + ",\"bpm\":" + (episode ? "115" : "72") + "}");
        }
        QThread::usleep(200);
    }
    waitFor(
        [&] {
            QMutexLocker lock(&latencyMutex);
            return static_cast<qint64>(latencies.size()) >= total * 99 / 100;
        },
        30000, PollMs);
    {
        QMutexLocker lock(&alarmMutex);
        measuringAlarms = false;
    }
    publisher.stop();
    monitoring.stop();
    broker.stop();
    const AnalysisService::Totals analysed = analysis.totals();
    double alarmP50 = 0, alarmP99 = 0;
    qint64 alarmCount = 0;
    {
        QMutexLocker lock(&alarmMutex);
        alarmP50 = percentile(alarmLatencies, 0.50);
        alarmP99 = percentile(alarmLatencies, 0.99);
        alarmCount = qint64(alarmLatencies.size());
    }

    const double subRate = messages / subSeconds;
    const double ingestRate = totals.stored / ingestSeconds;
    const double analysedRate = totals.stored / analysedSeconds;
    double p50 = 0, p99 = 0;
    size_t measured = 0;
    {
        QMutexLocker lock(&latencyMutex);
        p50 = percentile(latencies, 0.50);
        p99 = percentile(latencies, 0.99);
        measured = latencies.size();
    }
    const qint64 peak = ProcessStats::peakResidentKib();
    // On a ward server the stored latency's target is 100 ms (the issue's), on one PC 50 ms.
    const double storedTargetMs = onServer ? 100 : 50;
    const bool met = allIn && allAnalysed && analysedRate >= 25000 && analysedRate >= subRate / 2
        && p99 < storedTargetMs && alarmCount > 0 && alarmP99 < 100;
    const double copyRate = onServer ? messages / std::max(1e-9, copy) : 0;
    const QJsonObject figures {
        {QStringLiteral("messages"), messages},
        {QStringLiteral("devices"), deviceCount},
        {QStringLiteral("stored"), totals.stored},
        {QStringLiteral("ingestSamplesPerSecond"), ingestRate},
        {QStringLiteral("storedAndAnalysedSamplesPerSecond"), analysedRate},
        {QStringLiteral("analysedSamples"), analysed.samples},
        {QStringLiteral("windows"), analysed.results},
        {QStringLiteral("alarmsMeasured"), alarmCount},
        {QStringLiteral("alarmLatencyP50Ms"), alarmP50},
        {QStringLiteral("alarmLatencyP99Ms"), alarmP99},
        {QStringLiteral("baselineMosquittoSubMessagesPerSecond"), subRate},
        {QStringLiteral("publishMessagesPerSecond"), messages / std::max(0.001, pubIngestSeconds)},
        {QStringLiteral("steadyRate"), steadyRate},
        {QStringLiteral("steadyMeasured"), static_cast<qint64>(measured)},
        {QStringLiteral("latencyP50Ms"), p50},
        {QStringLiteral("latencyP99Ms"), p99},
        {QStringLiteral("peakRssMiB"), static_cast<double>(peak) / 1024},
        {QStringLiteral("store"), onServer ? QStringLiteral("postgresql") : QStringLiteral("sqlcipher")},
        {QStringLiteral("baselineCopyRowsPerSecond"), copyRate},
        {QStringLiteral("targetsMet"), met}};
    if (json) {
        QJsonObject all = figures;
        all.insert(QStringLiteral("benchmark"), QStringLiteral("ingest"));
        out << QJsonDocument(all).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << QStringLiteral(
                   "bench ingest: %1 QoS 1 messages from %2 devices, broker backlog drained\n"
                   "  PulseDesk ingest (parse, validate, store %20)  %3 samples/s  (%4 stored%5)\n"
                   "  ... stored and analysed (windows, classes, alarms)    %14 samples/s  (%15 windows%16)\n"
                   "  baseline: mosquitto_sub, same backlog, same QoS       %6 messages/s\n"
                   "  ratio (analysed) %7  target >= 0.5 and >= 25000/s: %8\n"
                   "  steady %9 msg/s for %10 s: publish -> stored p50 %11 ms, p99 %12 ms (target p99 < %21 ms)\n"
                   "  steady: publish -> alarm raised, beyond the window and lateness: p50 %17 ms, p99 %18 ms "
                   "over %19 alarms (target p99 < 100 ms)\n"
                   "  peak memory                                            %13 MiB")
                   .arg(messages)
                   .arg(deviceCount)
                   .arg(ingestRate, 0, 'f', 0)
                   .arg(totals.stored)
                   .arg(allIn ? QString() : QStringLiteral(", NOT all in"))
                   .arg(subRate, 0, 'f', 0)
                   .arg(analysedRate / subRate, 0, 'f', 2)
                   .arg(analysedRate >= 25000 && analysedRate >= subRate / 2 ? QStringLiteral("met")
                                                                             : QStringLiteral("NOT met"))
                   .arg(steadyRate)
                   .arg(steadySeconds)
                   .arg(p50, 0, 'f', 1)
                   .arg(p99, 0, 'f', 1)
                   .arg(static_cast<double>(peak) / 1024, 0, 'f', 1)
                   .arg(analysedRate, 0, 'f', 0)
                   .arg(analysed.results)
                   .arg(allAnalysed ? QString() : QStringLiteral(", NOT all analysed"))
                   .arg(alarmP50, 0, 'f', 1)
                   .arg(alarmP99, 0, 'f', 1)
                   .arg(alarmCount)
                   .arg(onServer ? QStringLiteral("on the server") : QStringLiteral("encrypted    "))
                   .arg(storedTargetMs, 0, 'f', 0)
            << Qt::endl;
        if (onServer)
            out << QStringLiteral("  baseline: a bare COPY of the same rows into samples    %1 rows/s")
                       .arg(copyRate, 0, 'f', 0)
                << Qt::endl;
    }
    (void)pubSubSeconds;
    return 0;
}

} // namespace pulsedesk::bench
