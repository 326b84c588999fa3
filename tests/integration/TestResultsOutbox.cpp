// Window results sent as IHE PCD-01 ORU^R01 through the durable outbox to a real MLLP peer (python3-hl7, which
// parses every message with its own parser): in order, across an outage of the peer, refusals to the interface
// errors list, and a sender killed with SIGKILL.
#include "CliRunner.h"
#include "Hl7Peer.h"
#include "MosquittoBroker.h"
#include "TestWorkspace.h"
#include "analysis/ResultStore.h"
#include "interfaces/InterfaceService.h"
#include "interfaces/InterfaceSettings.h"
#include "interfaces/Outbox.h"
#include "interfaces/OutboxSender.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

constexpr qint64 T0 = 1'790'000'000'000;

WindowResult result(qint64 patient, qint64 device, int n, double mean, double spo2 = WindowResult::Missing)
{
    WindowResult r;
    r.patientId = patient;
    r.deviceRowId = device;
    r.windowStartMs = T0 + n * 10'000;
    r.windowMs = 10'000;
    r.sampleCount = 10;
    r.coverage = 1;
    r.hrMean = mean;
    r.hrMin = mean - 2;
    r.hrMax = mean + 2;
    r.hrSd = 1;
    r.spo2Mean = spo2;
    r.classification = {Category::NoAnomaly, ClassificationBasis::ReferenceTable, QStringLiteral("adult")};
    return r;
}

QSet<QString> controlIds(const QJsonArray& received)
{
    QSet<QString> ids;
    for (const auto& r : received)
        ids.insert(r[QLatin1String("control_id")].toString());
    return ids;
}

} // namespace

class TestResultsOutbox : public QObject
{
    Q_OBJECT

    qint64 m_patient = 0;
    qint64 m_device = 0;

    /// A patient wearing a device, in a new workspace.
    void setUp(TestWorkspace& tw)
    {
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("MRN-7"), QStringLiteral("Anna Maria Rossi"), QStringLiteral("4"));
        QVERIFY(w.devices().add(tw.admin(), QStringLiteral("dev-7"), {}, {}));
        QSqlDatabase db = w.database().connection();
        m_patient = Sql::scalar(db, QStringLiteral("SELECT id FROM patients")).toLongLong();
        m_device = Sql::scalar(db, QStringLiteral("SELECT id FROM devices")).toLongLong();
    }

    static void store(Workspace& w, const std::vector<WindowResult>& results)
    {
        QSqlDatabase db = w.database().connection();
        Sql::Transaction transaction(db);
        QVERIFY(w.results().storeResults(db, results, T0).ok());
        QVERIFY(transaction.commit().ok());
    }

    static qint64 count(Workspace& w, const QString& sql)
    {
        QSqlDatabase db = w.database().connection();
        return Sql::scalar(db, sql).toLongLong();
    }

private slots:
    void results_areSentInOrder_acrossAnOutage_andRefusalsAreListed()
    {
        TestWorkspace tw;
        setUp(tw);
        Workspace& w = tw.workspace();
        // Nothing is queued before a destination is set.
        store(w, {result(m_patient, m_device, 0, 70)});
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox")), 0);

        Hl7PeerServer peer;
        QVERIFY(peer.start());
        InterfaceService service(w, tw.admin());
        const QString to = QStringLiteral("127.0.0.1:%1").arg(peer.port());
        QVERIFY(service.start({{}, {}, {}, {}, to, {}}).ok());
        std::vector<WindowResult> first;
        for (int n = 1; n <= 20; ++n)
            first.push_back(result(m_patient, m_device, n, 60 + n, n > 10 ? 96 : WindowResult::Missing));
        store(w, first);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'pending'")), 20);
        QTRY_COMPARE_WITH_TIMEOUT(service.results()->counts().acknowledged, 20, 30000);

        QJsonArray received = peer.received();
        QCOMPARE(received.size(), 20);
        for (int i = 0; i < 20; ++i) {
            const QJsonObject m = received[i].toObject();
            QCOMPARE(m[QLatin1String("type")].toString(), QStringLiteral("ORU^R01^ORU_R01"));
            QCOMPARE(m[QLatin1String("version")].toString(), QStringLiteral("2.6"));
            QCOMPARE(m[QLatin1String("pid")].toString(), QStringLiteral("MRN-7"));
            QCOMPARE(m[QLatin1String("control_id")].toString(), QStringLiteral("PD%1").arg(i + 1)); // in order
            const QJsonArray obx = m[QLatin1String("obx")].toArray();
            // OBX-3, OBX-4, OBX-5, OBX-6, OBX-11, OBX-18
            QCOMPARE(obx[0].toArray()[0].toString(), QStringLiteral("69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC"));
            QCOMPARE(obx[0].toArray()[1].toString(), QStringLiteral("1.0.0.0"));
            QCOMPARE(obx[0].toArray()[5].toString(), QStringLiteral("dev-7"));
            const QJsonArray rate = obx[1].toArray();
            QCOMPARE(rate[0].toString(),
                     i < 10 ? QStringLiteral("147842^MDC_ECG_HEART_RATE^MDC")
                            : QStringLiteral("149530^MDC_PULS_OXIM_PULS_RATE^MDC"));
            QCOMPARE(rate[1].toString(), QStringLiteral("1.1.1.1"));
            QCOMPARE(rate[2].toString(), QStringLiteral("%1.0").arg(61 + i));
            QCOMPARE(rate[3].toString(), QStringLiteral("264864^MDC_DIM_BEAT_PER_MIN^MDC"));
            QCOMPARE(rate[4].toString(), QStringLiteral("F"));
            QCOMPARE(rate[5].toString(), QStringLiteral("dev-7"));
            QCOMPARE(obx.size(), i < 10 ? 2 : 3);
            if (i >= 10) {
                QCOMPARE(obx[2].toArray()[0].toString(), QStringLiteral("150456^MDC_PULS_OXIM_SAT_O2^MDC"));
                QCOMPARE(obx[2].toArray()[3].toString(), QStringLiteral("262688^MDC_DIM_PERCENT^MDC"));
            }
        }

        // The EHR is down: results wait, and go once it is back, each once.
        peer.kill();
        std::vector<WindowResult> during;
        for (int n = 21; n <= 30; ++n)
            during.push_back(result(m_patient, m_device, n, 80));
        store(w, during);
        QTRY_VERIFY_WITH_TIMEOUT(service.results()->counts().failures >= 2, 20000);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'pending'")), 10);
        Hl7PeerServer back;
        QVERIFY(back.start({QStringLiteral("--port"), QString::number(peer.port())}));
        QTRY_COMPARE_WITH_TIMEOUT(service.results()->counts().acknowledged, 30, 90000);
        QCOMPARE(back.received().size(), 10);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'acknowledged'")), 30);

        // A window computed again is sent again as a correction.
        store(w, {result(m_patient, m_device, 30, 90)});
        QTRY_COMPARE_WITH_TIMEOUT(service.results()->counts().acknowledged, 31, 30000);
        QCOMPARE(back.received().last()[QLatin1String("obx")][1][4].toString(), QStringLiteral("C"));
        back.kill();

        // An EHR that refuses: the entry goes to the interface errors list with the reason, then is sent again.
        Hl7PeerServer refusing;
        QVERIFY(refusing.start({QStringLiteral("--port"), QString::number(peer.port()), QStringLiteral("--reject"),
                                QStringLiteral("R01")}));
        store(w, {result(m_patient, m_device, 31, 75)});
        QTRY_COMPARE_WITH_TIMEOUT(service.results()->counts().refused, 1, 90000);
        Outbox& outbox = service.outbox();
        auto errors = outbox.list(tw.admin());
        QVERIFY(errors.ok());
        QCOMPARE(errors->size(), 1);
        QVERIFY2(errors->first().error.startsWith(QLatin1String("AE")), qPrintable(errors->first().error));
        refusing.kill();
        Hl7PeerServer accepting;
        QVERIFY(accepting.start({QStringLiteral("--port"), QString::number(peer.port())}));
        QCOMPARE(outbox.retry(tw.admin(), {}).value(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(service.results()->counts().acknowledged, 32, 90000);
        QVERIFY(outbox.list(tw.admin())->isEmpty());
        // The retried message is the same message: same control id.
        QCOMPARE(accepting.received().first()[QLatin1String("control_id")].toString(),
                 refusing.received().first()[QLatin1String("control_id")].toString());
    }

    void resultsOfBackfilledData_areMarked_inObx17AndAnNte()
    {
        TestWorkspace tw;
        setUp(tw);
        Workspace& w = tw.workspace();
        Hl7PeerServer peer;
        QVERIFY(peer.start());
        InterfaceService service(w, tw.admin());
        QVERIFY(service.start({{}, {}, {}, {}, QStringLiteral("127.0.0.1:%1").arg(peer.port()), {}}).ok());
        // Window 1 from samples received live, window 2 from samples imported from the device's file.
        QSqlDatabase db = w.database().connection();
        QSqlQuery insert(db);
        for (int n = 1; n <= 2; ++n)
            for (int i = 0; i < 10; ++i)
                QVERIFY(Sql::exec(insert,
                                  QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, source, received_at) "
                                                 "VALUES (?, ?, 70, ?, ?)"),
                                  {m_device, T0 + n * 10'000 + i * 1000,
                                   n == 1 ? QStringLiteral("live") : QStringLiteral("backfill"), T0}));
        store(w, {result(m_patient, m_device, 1, 70), result(m_patient, m_device, 2, 71)});
        QTRY_COMPARE_WITH_TIMEOUT(service.results()->counts().acknowledged, 2, 30000);
        const QJsonArray received = peer.received();
        QCOMPARE(received.size(), 2);
        const QJsonArray live = received[0][QLatin1String("obx")].toArray();
        const QJsonArray backfilled = received[1][QLatin1String("obx")].toArray();
        QCOMPARE(live[1][7].toString(), QString());
        QVERIFY(received[0][QLatin1String("nte")].toArray().isEmpty());
        // OBX-17 Observation Method on each metric, not on the device row; an NTE in words.
        QCOMPARE(backfilled[0][7].toString(), QString());
        QCOMPARE(backfilled[1][7].toString(),
                 QStringLiteral("BACKFILL^backfilled from imported device data^99PULSEDESK"));
        const QJsonArray notes = received[1][QLatin1String("nte")].toArray();
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes[0].toString().startsWith(QLatin1String("Backfilled")), qPrintable(notes[0].toString()));
    }

    void aSenderKilledWithSigkill_losesNothing_andSendsNothingTwiceOnceAcknowledged()
    {
        Hl7PeerServer peer;
        QVERIFY(peer.start({QStringLiteral("--delay"), QStringLiteral("0.05")}));
        TestWorkspace tw;
        setUp(tw);
        Workspace& w = tw.workspace();
        InterfaceSettings settings(w.database(), w.audit());
        QVERIFY(
            settings.set(tw.admin(), InterfaceSettings::Key::ResultsTo, QStringLiteral("127.0.0.1:%1").arg(peer.port()))
                .ok());
        constexpr int Results = 60;
        std::vector<WindowResult> results;
        for (int n = 0; n < Results; ++n)
            results.push_back(result(m_patient, m_device, n, 70));
        store(w, results);
        const QString dir = tw.dir();
        tw.close();

        const auto startMonitor = [&dir](QProcess& monitor) {
            monitor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            monitor.start(qEnvironmentVariable("PULSEDESK_CLI"),
                          {QStringLiteral("--data"), dir, QStringLiteral("--user"), QStringLiteral("admin"),
                           QStringLiteral("--password-stdin"), QStringLiteral("monitor"), QStringLiteral("--port"),
                           QString::number(MosquittoBroker::freePort()), QStringLiteral("--status-every"),
                           QStringLiteral("1")});
            QVERIFY(monitor.waitForStarted(10000));
            monitor.write(QByteArray(TestWorkspace::AdminPassword) + '\n');
            monitor.closeWriteChannel();
        };
        {
            QProcess first;
            startMonitor(first);
            QTRY_VERIFY_WITH_TIMEOUT(peer.received().size() >= Results / 3, 60000);
            first.kill(); // SIGKILL, mid-stream
            QVERIFY(first.waitForFinished(10000));
        }
        const qint64 beforeRestart = peer.received().size();
        QVERIFY(beforeRestart < Results);
        QProcess second;
        startMonitor(second);
        // The store, read beside the running monitor, tells when every result is acknowledged.
        tw.reopen();
        QVERIFY(tw->login(QString::fromLatin1(TestWorkspace::AdminName),
                          QString::fromLatin1(TestWorkspace::AdminPassword)));
        Workspace& again = tw.workspace();
        QTRY_COMPARE_WITH_TIMEOUT(
            count(again, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'acknowledged'")), Results,
            90000);
        second.terminate();
        QVERIFY(second.waitForFinished(20000));
        QCOMPARE(count(again, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state <> 'acknowledged'")), 0);
        // Sent = acknowledged = results: only the message in flight at the kill may have reached the peer twice.
        const QJsonArray received = peer.received();
        QVERIFY2(received.size() <= Results + 1, qPrintable(QString::number(received.size())));
        QCOMPARE(controlIds(received).size(), Results);
    }
};

QTEST_GUILESS_MAIN(TestResultsOutbox)
#include "TestResultsOutbox.moc"
