// Results sent as the median of each minute (interfaces.results.summary = minute-median, as GE trends do): set
// through the real command line, queued in the transaction of the window that completes a minute, sent as IHE
// PCD-01 ORU^R01 to a real MLLP peer (python3-hl7 parses each), in order, once; on both stores.
#include "CliRunner.h"
#include "Hl7Peer.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "analysis/ResultStore.h"
#include "interfaces/InterfaceService.h"
#include "interfaces/InterfaceSettings.h"
#include "interfaces/OutboxSender.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

/// The start of a minute, some time ago.
constexpr qint64 M0 = 1'790'000'040'000;
static_assert(M0 % 60'000 == 0);

/// A median computed plainly: the middle value, or the mean of the two middle ones.
double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double minuteOneRate(int i)
{
    return 60 + (i * 7) % 13;
}
double minuteTwoRate(int i)
{
    return 70 + (i * 7) % 30; // 70 ... 99 once each
}
double minuteThreeRate(int i)
{
    return 90 - i;
}

} // namespace

class TestResultsSummary : public QObject
{
    Q_OBJECT

    static WindowResult window(qint64 patient, qint64 device, qint64 startMs)
    {
        WindowResult r;
        r.patientId = patient;
        r.deviceRowId = device;
        r.windowStartMs = startMs;
        r.windowMs = 10'000;
        r.sampleCount = 10;
        r.coverage = 1;
        r.hrMean = 70;
        r.hrMin = 60;
        r.hrMax = 80;
        r.hrSd = 1;
        r.classification = {Category::NoAnomaly, ClassificationBasis::ReferenceTable, QStringLiteral("adult")};
        return r;
    }

    static void store(Workspace& w, const std::vector<WindowResult>& results)
    {
        QSqlDatabase db = w.database().connection();
        Sql::Transaction transaction(db);
        QVERIFY(w.results().storeResults(db, results, M0 + 600'000).ok());
        QVERIFY(transaction.commit().ok());
    }

    static qint64 count(Workspace& w, const QString& sql)
    {
        QSqlDatabase db = w.database().connection();
        return Sql::scalar(db, sql).toLongLong();
    }

private slots:
    void minuteMedians_areQueuedWithTheWindow_andSentOnceInOrder()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("MRN-9"), QStringLiteral("Anna Maria Rossi"), QStringLiteral("4"));
        QVERIFY(w.devices().add(tw.admin(), QStringLiteral("dev-9"), {}, {}));
        const qint64 patient = count(w, QStringLiteral("SELECT id FROM patients"));
        const qint64 device = count(w, QStringLiteral("SELECT id FROM devices"));

        // The setting through the command line: refused with the reason when unknown, shown, audited.
        const QStringList cli = tw.cliStore()
            + QStringList {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")};
        const QByteArray password = QByteArray(TestWorkspace::AdminPassword) + '\n';
        CliRun run = runCli(cli
                                + QStringList {QStringLiteral("interfaces"), QStringLiteral("set"),
                                               QStringLiteral("results.summary"), QStringLiteral("hourly")},
                            password);
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains("minute-median"), run.err.constData());
        run = runCli(cli + QStringList {QStringLiteral("interfaces"), QStringLiteral("show")}, password);
        QVERIFY2(run.out.contains("interfaces.results.summary") && run.out.contains("windows"), run.out.constData());
        run = runCli(cli
                         + QStringList {QStringLiteral("interfaces"), QStringLiteral("set"),
                                        QStringLiteral("results.summary"), QStringLiteral("minute-median")},
                     password);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = runCli(cli + QStringList {QStringLiteral("--json"), QStringLiteral("interfaces"), QStringLiteral("show")},
                     password);
        QCOMPARE(run.object().value(QLatin1String("interfaces.results.summary")).toString(),
                 QStringLiteral("minute-median"));
        QCOMPARE(count(w,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND "
                                      "subject_id = 'interfaces.results.summary' AND details = "
                                      "'value=minute-median'")),
                 1);

        Hl7PeerServer peer;
        QVERIFY(peer.start());
        auto service = std::make_unique<InterfaceService>(w, tw.admin());
        const QString to = QStringLiteral("127.0.0.1:%1").arg(peer.port());
        QVERIFY(service->start({{}, {}, {}, {}, to, {}}).ok());

        // Minute 1: 60 samples; minute 2: 30 samples (an even count) with SpO2; minute 3: 20 samples, its last
        // window missing (a gap), so the next window of a later minute completes it.
        storeSamples(w, QStringLiteral("dev-9"), M0, 60, 1000, &minuteOneRate);
        storeSamples(w, QStringLiteral("dev-9"), M0 + 60'000, 30, 2000, &minuteTwoRate, QStringLiteral("live"), 95);
        storeSamples(w, QStringLiteral("dev-9"), M0 + 120'000, 20, 1000, &minuteThreeRate);
        std::vector<double> one, two, three;
        for (int i = 0; i < 60; ++i)
            one.push_back(minuteOneRate(i));
        for (int i = 0; i < 30; ++i)
            two.push_back(minuteTwoRate(i));
        for (int i = 0; i < 20; ++i)
            three.push_back(minuteThreeRate(i));

        std::vector<WindowResult> firstMinute;
        for (int n = 0; n < 5; ++n)
            firstMinute.push_back(window(patient, device, M0 + n * 10'000));
        store(w, firstMinute);
        // Not complete yet: nothing queued, neither windows nor minutes.
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox")), 0);
        store(w, {window(patient, device, M0 + 50'000)});
        // Queued in the transaction of the window that completed the minute.
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE kind = 'minute'")), 1);
        std::vector<WindowResult> later;
        for (int n = 6; n < 12; ++n)
            later.push_back(window(patient, device, M0 + n * 10'000));
        for (int n = 12; n < 14; ++n) // minute 3 up to 20 s only
            later.push_back(window(patient, device, M0 + n * 10'000));
        store(w, later);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox")), 2);
        store(w, {window(patient, device, M0 + 190'000)});
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox")), 3);
        // A window recomputed and stored again queues nothing more.
        WindowResult again = window(patient, device, M0 + 50'000);
        again.hrMean = 99;
        store(w, {again});
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM hl7_outbox")), 3);

        QTRY_COMPARE_WITH_TIMEOUT(service->results()->counts().acknowledged, 3, 30000);
        // Sent once: a restart of the interfaces sends nothing again.
        service.reset();
        service = std::make_unique<InterfaceService>(w, tw.admin());
        QVERIFY(service->start({{}, {}, {}, {}, to, {}}).ok());
        store(w, {window(patient, device, M0 + 200'000)});
        QTest::qWait(1500);
        const QJsonArray received = peer.received();
        QCOMPARE(received.size(), 3);
        QSet<QString> ids;
        const double medians[] = {median(one), median(two), median(three)};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject m = received[i].toObject();
            ids.insert(m[QLatin1String("control_id")].toString());
            QCOMPARE(m[QLatin1String("type")].toString(), QStringLiteral("ORU^R01^ORU_R01"));
            QCOMPARE(m[QLatin1String("pid")].toString(), QStringLiteral("MRN-9"));
            const QJsonArray obx = m[QLatin1String("obx")].toArray();
            QCOMPARE(obx[0].toArray()[0].toString(), QStringLiteral("69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC"));
            const QJsonArray rate = obx[1].toArray();
            QCOMPARE(rate[0].toString(),
                     i == 1 ? QStringLiteral("149530^MDC_PULS_OXIM_PULS_RATE^MDC")
                            : QStringLiteral("147842^MDC_ECG_HEART_RATE^MDC"));
            QCOMPARE(rate[1].toString(), QStringLiteral("1.1.1.1"));
            QCOMPARE(rate[2].toString(), QString::number(medians[i], 'f', 1));
            QCOMPARE(rate[3].toString(), QStringLiteral("264864^MDC_DIM_BEAT_PER_MIN^MDC"));
            QCOMPARE(rate[4].toString(), QStringLiteral("F"));
            QCOMPARE(rate[5].toString(), QStringLiteral("dev-9"));
            QVERIFY2(rate[7].toString().startsWith(QLatin1String("MEDIAN_1MIN")), qPrintable(rate[7].toString()));
            // OBX-14: the end of the minute, in order.
            QCOMPARE(rate[8].toString(),
                     QDateTime::fromMSecsSinceEpoch(M0 + (i + 1) * 60'000, Qt::UTC)
                             .toString(QStringLiteral("yyyyMMddHHmmss.zzz"))
                         + QStringLiteral("+0000"));
            QCOMPARE(obx.size(), i == 1 ? 3 : 2);
            if (i == 1) {
                QCOMPARE(obx[2].toArray()[0].toString(), QStringLiteral("150456^MDC_PULS_OXIM_SAT_O2^MDC"));
                QCOMPARE(obx[2].toArray()[2].toString(), QStringLiteral("95.0"));
            }
        }
        QCOMPARE(ids.size(), 3);
        QCOMPARE(medians[1], 84.5); // the two middle values of an even count
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestResultsSummary)
#include "TestResultsSummary.moc"
