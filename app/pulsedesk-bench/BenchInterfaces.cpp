#include "Bench.h"
#include "analysis/Classifier.h"
#include "common/ProcessStats.h"
#include "interfaces/AdtInterface.h"
#include "interfaces/Hl7Message.h"
#include "interfaces/InterfaceSettings.h"
#include "interfaces/Mllp.h"
#include "interfaces/MllpListener.h"
#include "interfaces/Outbox.h"
#include "interfaces/OutboxSender.h"
#include "interfaces/PcdMessages.h"
#include "model/Patient.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace pulsedesk::bench {

namespace {

/// A sender on a thread of its own: each message framed, written, and its answer read to the end of its frame
/// before the next one, as an interface engine sends. Returns messages per second, 0 on a failure.
double sendEach(quint16 port, const QList<QByteArray>& messages)
{
    std::atomic<double> rate {0};
    QThread* thread = QThread::create([&]() {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(5000))
            return;
        QElapsedTimer timer;
        timer.start();
        QByteArray pending;
        for (const QByteArray& message : messages) {
            socket.write(hl7::MllpFramer::frame(message));
            while (!pending.contains("\x1c\x0d")) {
                if (!socket.waitForReadyRead(10'000))
                    return;
                pending += socket.readAll();
            }
            pending = pending.mid(pending.indexOf("\x1c\x0d") + 2);
        }
        rate = double(messages.size()) / (double(timer.nsecsElapsed()) / 1e9);
    });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    return rate;
}

/// An MLLP listener on this thread's event loop answering every message with `answer`; its port, 0 on failure.
quint16 listen(hl7::MllpListener& listener)
{
    hl7::ListenerOptions options;
    options.port = 0;
    return listener.start(options) ? listener.port() : 0;
}

QByteArray admission(int n)
{
    hl7::Message m = hl7::Message::create(QStringLiteral("ADT^A01^ADT_A01"), QStringLiteral("BENCH-%1").arg(n),
                                          QStringLiteral("2.5"));
    const int evn = m.addSegment(QStringLiteral("EVN"));
    m.set(evn, {1}, QStringLiteral("A01"));
    const int pid = m.addSegment(QStringLiteral("PID"));
    m.set(pid, {3, 1}, QStringLiteral("BENCH-%1").arg(n));
    m.set(pid, {3, 5}, QStringLiteral("MR"));
    m.set(pid, {5, 1}, QStringLiteral("Bench"));
    m.set(pid, {5, 2}, QStringLiteral("Patient %1").arg(n));
    m.set(pid, {7}, QStringLiteral("19600101"));
    m.set(pid, {8}, QStringLiteral("F"));
    const int pv1 = m.addSegment(QStringLiteral("PV1"));
    m.set(pv1, {2}, QStringLiteral("I"));
    m.set(pv1, {3, 1}, QStringLiteral("B"));
    m.set(pv1, {3, 3}, QString::number(n % 30 + 1));
    return m.encode();
}

/// The answer a bare peer gives every message: an AA that names no message.
QByteArray cannedAck()
{
    auto request = hl7::Message::parse(admission(0));
    if (!request)
        return {};
    hl7::AckInput ack;
    ack.code = QStringLiteral("AA");
    ack.controlId = QStringLiteral("ACK");
    return hl7::acknowledge(request.value(), ack).encode();
}

/// `windows` one-minute results of one patient stored at once, queued for the results interface by the store's
/// trigger; the number queued.
Result<qint64> queueResults(Workspace& workspace, const Session& admin, qint64 patientId, qint64 deviceId, int windows)
{
    InterfaceSettings settings(workspace.database(), workspace.audit());
    if (auto queued = settings.enableQueue(admin, QStringLiteral("results")); !queued)
        return queued.error();
    QSqlDatabase db = workspace.database().connection();
    Sql::Transaction transaction(db);
    QSqlQuery q(db);
    const qint64 first = (QDateTime::currentMSecsSinceEpoch() / 60'000 - windows) * 60'000;
    for (int w = 0; w < windows; ++w) {
        if (!Sql::exec(q,
                       QStringLiteral("INSERT INTO analysis_results (patient_id, device_id, window_start, window_ms, "
                                      "sample_count, coverage, hr_mean, hr_min, hr_max, hr_sd, category, "
                                      "low_confidence, basis, band, computed_at) "
                                      "VALUES (?, ?, ?, 60000, 60, 1, ?, ?, ?, 2.5, ?, 0, ?, '18+ years', ?)"),
                       {patientId, deviceId, first + w * 60'000LL, 70.0 + w % 9, 64.0, 81.0,
                        categoryKey(Category::NoAnomaly), basisKey(ClassificationBasis::ReferenceTable),
                        first + (w + 1) * 60'000LL}))
            return Sql::error(q, QStringLiteral("queueing results"));
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'pending'")).toLongLong();
}

} // namespace

int interfaces(QTextStream& out, QTextStream& err, int messages, bool json)
{
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(QStringLiteral("data")));
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created) {
        err << "bench interfaces: " << created.errorMessage() << Qt::endl;
        return 1;
    }
    const Session admin = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();
    const QByteArray canned = cannedAck();

    // ADT in: admissions through the ADT listener (read, journaled, applied, audited, answered), against the same
    // listener answering every message at once.
    QList<QByteArray> admissions;
    for (int n = 0; n < messages; ++n)
        admissions.append(admission(n));
    hl7::MllpListener bare([&canned](const QByteArray&, const QHostAddress&) { return canned; });
    AdtInterface adt(workspace.database(), workspace.audit(), workspace.clock(), admin);
    hl7::MllpListener listener(
        [&adt](const QByteArray& raw, const QHostAddress& peer) { return adt.handle(raw, peer.toString()); });
    const quint16 barePort = listen(bare);
    const quint16 adtPort = listen(listener);
    if (barePort == 0 || adtPort == 0) {
        err << "bench interfaces: no loopback port to listen on" << Qt::endl;
        return 1;
    }
    ProcessStats::resetPeakResident();
    const double bareAdt = sendEach(barePort, admissions);
    const double adtRate = sendEach(adtPort, admissions);
    const qint64 adtPeak = ProcessStats::peakResidentKib();
    if (adt.counts().accepted != messages || bareAdt <= 0 || adtRate <= 0) {
        err << "bench interfaces: " << adt.counts().accepted << " of " << messages << " admissions accepted"
            << Qt::endl;
        return 1;
    }

    // Results out: window results queued by the store, sent as ORU^R01 by the outbox sender to a peer that reads
    // each message and acknowledges it by its control id, against the same peer sent the same bytes by a bare
    // sender.
    auto patient = workspace.patients().findByMrn(QStringLiteral("BENCH-0"));
    if (!patient || !workspace.devices().add(admin, QStringLiteral("bench-monitor"), {}, {})) {
        err << "bench interfaces: could not set up the patient's device" << Qt::endl;
        return 1;
    }
    QSqlDatabase db = workspace.database().connection();
    const qint64 deviceId =
        Sql::scalar(db, QStringLiteral("SELECT id FROM devices WHERE device_id = 'bench-monitor'")).toLongLong();
    auto queued = queueResults(workspace, admin, patient->id, deviceId, messages);
    if (!queued || queued.value() != messages) {
        err << "bench interfaces: " << (queued ? QStringLiteral("results not queued") : queued.errorMessage())
            << Qt::endl;
        return 1;
    }
    hl7::MllpListener ehr([](const QByteArray& raw, const QHostAddress&) {
        auto message = hl7::Message::parse(raw);
        if (!message)
            return QByteArray();
        hl7::AckInput ack;
        ack.code = QStringLiteral("AA");
        ack.controlId = QStringLiteral("EHR-") + message->controlId();
        return hl7::acknowledge(message.value(), ack).encode();
    });
    const quint16 ehrPort = listen(ehr);
    Outbox outbox(workspace.database(), workspace.audit(), workspace.clock());
    // The bare sender sends the first entry's message as the sender renders it, `messages` times.
    QList<QByteArray> rendered;
    if (auto head = outbox.head(QStringLiteral("results")); ehrPort != 0 && head && head->has_value()) {
        if (auto message = pcd::resultMessage(db, head->value(), QStringLiteral("BARE-1")); message)
            rendered.fill(message->encode(), messages);
    }
    if (rendered.size() != messages) {
        err << "bench interfaces: the results could not be rendered" << Qt::endl;
        return 1;
    }
    const double bareOru = sendEach(ehrPort, rendered);
    ProcessStats::resetPeakResident();
    OutboxSender sender(workspace.database(), outbox, QStringLiteral("results"), &pcd::resultMessage);
    QEventLoop loop;
    qint64 acknowledged = 0;
    QObject::connect(&sender, &OutboxSender::acknowledged, &loop, [&](qint64) {
        if (++acknowledged == messages)
            loop.quit();
    });
    QObject::connect(&sender, &OutboxSender::refused, &loop, [&](qint64, const QString&) { loop.quit(); });
    QTimer::singleShot(10 * 60'000, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    sender.start({QStringLiteral("127.0.0.1"), ehrPort});
    loop.exec();
    const double oruRate = double(acknowledged) / (double(timer.nsecsElapsed()) / 1e9);
    sender.stop();
    const qint64 oruPeak = ProcessStats::peakResidentKib();
    if (acknowledged != messages) {
        err << "bench interfaces: " << acknowledged << " of " << messages << " results acknowledged" << Qt::endl;
        return 1;
    }

    const QJsonObject figures {{QStringLiteral("messages"), messages},
                               {QStringLiteral("adtPerSecond"), adtRate},
                               {QStringLiteral("adtBareEchoPerSecond"), bareAdt},
                               {QStringLiteral("adtRatio"), adtRate / bareAdt},
                               {QStringLiteral("oruPerSecond"), oruRate},
                               {QStringLiteral("oruBareEchoPerSecond"), bareOru},
                               {QStringLiteral("oruRatio"), oruRate / bareOru},
                               {QStringLiteral("adtPeakRssMiB"), double(adtPeak) / 1024},
                               {QStringLiteral("oruPeakRssMiB"), double(oruPeak) / 1024}};
    print(out, json, QStringLiteral("interfaces"), figures,
          QStringLiteral("bench interfaces: %1 messages each way over MLLP on loopback, one at a time\n"
                         "  ADT^A01 accepted, applied and acknowledged   %2 msg/s\n"
                         "  baseline: the same sender, a bare echo peer  %3 msg/s   ratio %4\n"
                         "  ORU^R01 results delivered and acknowledged   %5 msg/s\n"
                         "  baseline: the same peer, a bare sender       %6 msg/s   ratio %7\n"
                         "  peak memory %8 MiB (ADT), %9 MiB (results)")
              .arg(messages)
              .arg(adtRate, 0, 'f', 0)
              .arg(bareAdt, 0, 'f', 0)
              .arg(adtRate / bareAdt, 0, 'f', 3)
              .arg(oruRate, 0, 'f', 0)
              .arg(bareOru, 0, 'f', 0)
              .arg(oruRate / bareOru, 0, 'f', 3)
              .arg(double(adtPeak) / 1024, 0, 'f', 1)
              .arg(double(oruPeak) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace pulsedesk::bench
