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
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <vector>

namespace pulsedesk::bench {

namespace {

bool waitFor(const std::function<bool()>& condition, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QThread::msleep(2);
    }
    return true;
}

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
    if (!waitFor([&] { return publisher.status().state == MqttStatus::State::Connected; }, 10000))
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
    if (!waitFor([&] { return publisher.acknowledgedPublications() >= sent; }, 600000))
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

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, static_cast<size_t>(p * static_cast<double>(values.size())))];
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

int ingest(QTextStream& out, QTextStream& err, int messages, int deviceCount, int steadyRate, int steadySeconds,
           bool json)
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("broker"));
    LocalBroker broker(dir.filePath(QStringLiteral("broker")), false);
    QString brokerError;
    if (!broker.start(&brokerError)) {
        err << "bench ingest: mosquitto did not start: " << brokerError << Qt::endl;
        return 1;
    }
    const int port = broker.port();

    Workspace workspace(dir.filePath(QStringLiteral("data")));
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created) {
        err << "bench ingest: " << created.errorMessage() << Qt::endl;
        return 1;
    }
    const Session session = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();
    // A ward: every device worn by an adult patient since an hour ago, so every sample is analysed.
    auto doctor = readyStaff(workspace, session, QStringLiteral("bench-doctor"), Role::Doctor);
    auto nurse = readyStaff(workspace, session, QStringLiteral("bench-nurse"), Role::Nurse);
    if (!doctor || !nurse) {
        err << "bench ingest: " << (doctor ? nurse.errorMessage() : doctor.errorMessage()) << Qt::endl;
        return 1;
    }
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
        if (!workspace.devices().add(session, device, {}, {}) || !workspace.patients().admit(doctor.value(), patient)
            || !workspace.devices().assign(nurse.value(), device, mrn, assignedFrom)) {
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
    {
        QFile f(lines);
        f.open(QIODevice::WriteOnly);
        const qint64 base = QDateTime::currentMSecsSinceEpoch() - qint64(messages / deviceCount + 10) * 1000;
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

    // PulseDesk: the same backlog through the whole ingest path into the encrypted store.
    MqttSettings settings;
    settings.port = port;
    settings.clientId = QStringLiteral("bench-ingest");
    settings.topics = {QStringLiteral("bench/ingest")};
    IngestService service(workspace);
    service.start(settings);
    waitFor([&] { return service.status().state == MqttStatus::State::Connected; }, 10000);
    service.stop();
    const double pubIngestSeconds = publishLines(port, QStringLiteral("bench/ingest"), lines);
    IngestService& ingestService = monitoring.ingest();
    timer.restart();
    ingestService.start(settings);
    const bool allIn =
        waitFor([&] { return ingestService.totals().stored + ingestService.totals().duplicates >= messages; }, 600000);
    const double ingestSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    const IngestPipeline::Counts totals = ingestService.totals();
    // ... and analysed: every stored sample through windows, classification and alarms.
    const bool allAnalysed = waitFor([&] { return analysis.totals().samples >= totals.stored; }, 600000);
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
    waitFor([&] { return publisher.status().state == MqttStatus::State::Connected; }, 10000);
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
        30000);
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
    const bool met = allIn && allAnalysed && analysedRate >= 25000 && analysedRate >= subRate / 2 && p99 < 50
        && alarmCount > 0 && alarmP99 < 100;
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
        {QStringLiteral("targetsMet"), met}};
    if (json) {
        QJsonObject all = figures;
        all.insert(QStringLiteral("benchmark"), QStringLiteral("ingest"));
        out << QJsonDocument(all).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << QStringLiteral(
                   "bench ingest: %1 QoS 1 messages from %2 devices, broker backlog drained\n"
                   "  PulseDesk ingest (parse, validate, store encrypted)   %3 samples/s  (%4 stored%5)\n"
                   "  ... stored and analysed (windows, classes, alarms)    %14 samples/s  (%15 windows%16)\n"
                   "  baseline: mosquitto_sub, same backlog, same QoS       %6 messages/s\n"
                   "  ratio (analysed) %7  target >= 0.5 and >= 25000/s: %8\n"
                   "  steady %9 msg/s for %10 s: publish -> stored p50 %11 ms, p99 %12 ms (target p99 < 50 ms)\n"
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
            << Qt::endl;
    }
    (void)pubSubSeconds;
    return 0;
}

} // namespace pulsedesk::bench
