#include "MosquittoBroker.h"
#include "TestWorkspace.h"
#include "ingest/IngestPipeline.h"
#include "ingest/MqttClient.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <atomic>
#include <csignal>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Live ingest through a real Mosquitto broker: stored once, nothing lost, unusable messages quarantined.
class TestMqttIngest : public QObject
{
    Q_OBJECT

    static qint64 sampleCount(Workspace& w)
    {
        QSqlDatabase db = w.database().connection();
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples")).toLongLong();
    }
    static qint64 quarantineCount(Workspace& w)
    {
        QSqlDatabase db = w.database().connection();
        return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM quarantine WHERE replayed_at IS NULL"))
            .toLongLong();
    }
    static QByteArray sample(const QString& device, qint64 epochSeconds, int bpm)
    {
        return QStringLiteral(R"({"deviceId":"%1","timestamp":%2,"bpm":%3})")
            .arg(device)
            .arg(epochSeconds)
            .arg(bpm)
            .toUtf8();
    }

    /// An in-process ingest: the same service the workstation and `monitor` run.
    struct Ingest
    {
        Ingest(Workspace& w, int port)
            : service(w)
        {
            MqttSettings settings;
            settings.port = port;
            settings.clientId = QStringLiteral("pulsedesk-test");
            service.start(settings);
        }
        bool waitConnected()
        {
            return QTest::qWaitFor([this] { return service.status().state == MqttStatus::State::Connected; }, 10000);
        }
        IngestService service;
    };

    std::unique_ptr<TestWorkspace> m_tw;
    std::unique_ptr<MosquittoBroker> m_broker;
    qint64 m_now = 0;

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QVERIFY((*m_tw)
                    ->devices()
                    .add(m_tw->admin(), QStringLiteral("dev-a"), QStringLiteral("Polar"), QStringLiteral("H10"))
                    .ok());
        m_broker = std::make_unique<MosquittoBroker>();
        QVERIFY2(m_broker->start(), "mosquitto did not start (packaging/install-deps.sh installs it)");
        m_now = QDateTime::currentSecsSinceEpoch();
    }
    void cleanup()
    {
        m_broker.reset();
        m_tw.reset();
    }

    void duplicatesAndOverlappingBatches_areStoredOnce()
    {
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        const QByteArray one = sample(QStringLiteral("dev-a"), m_now - 10, 70);
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), one));
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), one));
        const QByteArray batch = "[" + sample(QStringLiteral("dev-a"), m_now - 10, 70) + ","
            + sample(QStringLiteral("dev-a"), m_now - 9, 71) + "," + sample(QStringLiteral("dev-a"), m_now - 8, 72)
            + "]";
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/batch"), batch));
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/batch"), batch));
        QTRY_COMPARE_WITH_TIMEOUT(ingest.service.status().messagesReceived, qint64(4), 10000);
        QCOMPARE(sampleCount(m_tw->workspace()), 3);
        QCOMPARE(quarantineCount(m_tw->workspace()), 0);
    }

    void badMessages_areQuarantinedWithTheirReason_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("not JSON") << QByteArray("hello") << "not JSON";
        QTest::newRow("not UTF-8") << QByteArray("{\"deviceId\":\"\xc3\x28\",\"bpm\":1}") << "not UTF-8";
        QTest::newRow("missing field") << QByteArray(R"({"deviceId":"dev-a","bpm":70})") << "missing field";
        QTest::newRow("implausible heart rate") << sample(QStringLiteral("dev-a"), now, 400) << "outside 20–300";
        QTest::newRow("in the future") << sample(QStringLiteral("dev-a"), now + 3600, 70) << "ahead";
        QTest::newRow("unregistered device") << sample(QStringLiteral("ghost"), now, 70) << "not registered";
        QByteArray big = "{\"deviceId\":\"dev-a\",\"pad\":\"" + QByteArray(1024 * 1024 + 10, 'x') + "\"}";
        QTest::newRow("over 1 MiB") << big << "1 MiB";
    }
    void badMessages_areQuarantinedWithTheirReason()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), payload));
        QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(m_tw->workspace()), qint64(1), 10000);
        auto entries = (*m_tw)->ingest().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        QVERIFY2(entries->first().reason.contains(reason), qPrintable(entries->first().reason));
        QCOMPARE(entries->first().topic, QStringLiteral("IoTSimulator/bpm"));
        QCOMPARE(sampleCount(m_tw->workspace()), 0);
    }

    void mixedMessage_keepsTheGoodSamples_andQuarantinesTheRest()
    {
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        const QByteArray batch = "[" + sample(QStringLiteral("dev-a"), m_now - 3, 70) + ","
            + sample(QStringLiteral("dev-a"), m_now - 2, 999) + "," + sample(QStringLiteral("dev-a"), m_now - 1, 72)
            + "]";
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/batch"), batch));
        QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(m_tw->workspace()), qint64(1), 10000);
        QCOMPARE(sampleCount(m_tw->workspace()), 2);
    }

    void unknownDevice_registered_thenReplayed_isStored()
    {
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), sample(QStringLiteral("late-dev"), m_now, 66)));
        QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(m_tw->workspace()), qint64(1), 10000);
        auto replayEarly = (*m_tw)->ingest().replay(m_tw->admin());
        QVERIFY(replayEarly.ok());
        QCOMPARE(replayEarly->quarantinedMessages, 1);
        QCOMPARE(quarantineCount(m_tw->workspace()), 1);

        QVERIFY((*m_tw)->devices().add(m_tw->admin(), QStringLiteral("late-dev"), {}, {}).ok());
        auto replay = (*m_tw)->ingest().replay(m_tw->admin());
        QVERIFY(replay.ok());
        QCOMPARE(replay->stored, 1);
        QCOMPARE(quarantineCount(m_tw->workspace()), 0);
        QCOMPARE(sampleCount(m_tw->workspace()), 1);
        // A second replay finds nothing left to do.
        QCOMPARE((*m_tw)->ingest().replay(m_tw->admin())->messages, 0);
    }

    void brokerRestart_midStream_reconnects_andLosesNothing()
    {
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        QByteArray first;
        for (int i = 0; i < 200; ++i)
            first += sample(QStringLiteral("dev-a"), m_now - 1000 + i, 60 + i % 40) + '\n';
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), first, true));
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(m_tw->workspace()), qint64(200), 20000);

        QVERIFY(m_broker->restart());
        QByteArray second;
        for (int i = 200; i < 400; ++i)
            second += sample(QStringLiteral("dev-a"), m_now - 1000 + i, 60 + i % 40) + '\n';
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), second, true));
        QTRY_COMPARE_WITH_TIMEOUT(ingest.service.status().state, MqttStatus::State::Connected, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(m_tw->workspace()), qint64(400), 30000);
    }

    void monitorKilledWithSigkill_andRestarted_storesEveryPublishedSampleOnce()
    {
        const QString cli = qEnvironmentVariable("PULSEDESK_CLI");
        QVERIFY(!cli.isEmpty());
        const auto startMonitor = [&](QProcess& p) {
            p.start(cli,
                    {QStringLiteral("--data"), m_tw->dir(), QStringLiteral("--user"), QStringLiteral("admin"),
                     QStringLiteral("--password-stdin"), QStringLiteral("monitor"), QStringLiteral("--port"),
                     QString::number(m_broker->port()), QStringLiteral("--status-every"), QStringLiteral("1")});
            p.write(QByteArray(TestWorkspace::AdminPassword) + '\n');
            p.closeWriteChannel();
            return p.waitForStarted(5000)
                && QTest::qWaitFor([&p] { return p.readAllStandardOutput().contains("connected"); }, 15000);
        };
        // The monitor subscribes once so the broker keeps its session while it is down.
        QProcess monitor;
        QVERIFY(startMonitor(monitor));

        const int total = 6000;
        QByteArray lines;
        for (int i = 0; i < total; ++i) // every sample once, then a second copy of the last 500 (redeliveries)
            lines += sample(QStringLiteral("dev-a"), m_now - 20000 + i, 50 + i % 100) + '\n';
        for (int i = total - 500; i < total; ++i)
            lines += sample(QStringLiteral("dev-a"), m_now - 20000 + i, 50 + i % 100) + '\n';
        QProcess publisher;
        publisher.start(QStringLiteral("mosquitto_pub"),
                        {QStringLiteral("-p"), QString::number(m_broker->port()), QStringLiteral("-q"),
                         QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("IoTSimulator/bpm"),
                         QStringLiteral("-l")});
        QVERIFY(publisher.waitForStarted(5000));
        publisher.write(lines);
        publisher.closeWriteChannel();

        // Kill it in the middle of the stream: no chance to flush or say goodbye.
        QVERIFY(QTest::qWaitFor([&] { return sampleCount(m_tw->workspace()) > 500; }, 30000));
        ::kill(static_cast<pid_t>(monitor.processId()), SIGKILL);
        QVERIFY(monitor.waitForFinished(5000));
        const qint64 atKill = sampleCount(m_tw->workspace());
        // It may have finished already (a slow build): waitForFinished() is then false.
        QVERIFY(publisher.state() == QProcess::NotRunning || publisher.waitForFinished(60000));
        QCOMPARE(publisher.exitCode(), 0);

        QProcess restarted;
        QVERIFY(startMonitor(restarted));
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(m_tw->workspace()), qint64(total), 60000);
        QTest::qWait(500);
        QCOMPARE(sampleCount(m_tw->workspace()), qint64(total));
        QVERIFY2(atKill < total, "the monitor was not killed in the middle of the stream");
        restarted.terminate();
        QVERIFY(restarted.waitForFinished(10000));
        // What the monitor said on its way out (a sanitizer's report, in the sanitizer builds) is the reason.
        QVERIFY2(restarted.exitCode() == 0, restarted.readAllStandardError().right(8000).constData());
    }

    void sameClientId_twoClients_reportTheTakeover_andRaiseATechnicalAlarm()
    {
        Workspace& w = m_tw->workspace();
        MqttSettings settings;
        settings.port = m_broker->port();
        settings.clientId = QStringLiteral("ward-3-monitor");
        // The workstation's ingest and analysis, wired as the workstation and `monitor` wire them.
        AnalysisService analysis(w);
        AnalysisSettings fast;
        fast.tickMs = 100;
        analysis.start(fast);
        IngestService ingest(w);
        connect(&ingest, &IngestService::statusChanged, &analysis,
                [&analysis](const MqttStatus& status) { analysis.setBrokerStatus(status); });
        ingest.start(settings);
        QTRY_COMPARE_WITH_TIMEOUT(ingest.status().state, MqttStatus::State::Connected, 10000);
        QVERIFY(!ingest.status().clientIdInUse);

        // Another client with the same id: the broker hands the session back and forth.
        MqttClient other(settings, [](const QList<MqttMessage>&) { return Status {}; });
        other.start();
        QTRY_VERIFY_WITH_TIMEOUT(ingest.status().clientIdInUse, 30000);
        const QString detail = ingest.status().detail;
        QVERIFY2(detail.contains(QLatin1String("Another client is using this client id (ward-3-monitor)")),
                 qPrintable(detail));
        QTRY_VERIFY_WITH_TIMEOUT(other.status().clientIdInUse, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (const Alarm& a : analysis.openAlarms()) {
                    if (a.condition == AlarmCondition::ClientIdInUse
                        && a.detail.contains(QLatin1String("Another client is using this client id")))
                        return true;
                }
                return false;
            }(),
            10000);
        other.stop();
        ingest.stop();
        analysis.stop();
    }

    void defaultClientIds_differBetweenDataFolders_andBothStoresReceiveEverything()
    {
        TestWorkspace second;
        QVERIFY(second->devices().add(second.admin(), QStringLiteral("dev-a"), {}, {}).ok());
        MqttSettings a = (*m_tw)->settings().mqtt();
        MqttSettings b = second->settings().mqtt();
        QVERIFY(a.clientId.isEmpty() && b.clientId.isEmpty()); // as installed
        const QString firstId = (*m_tw)->settings().installationClientId();
        const QString secondId = second->settings().installationClientId();
        QVERIFY2(firstId.startsWith(QLatin1String("pulsedesk-")), qPrintable(firstId));
        QVERIFY2(firstId != secondId, qPrintable(firstId));
        // Kept with the data folder: the same after a restart.
        second.close();
        second.reopen();
        QVERIFY(second
                    ->login(QString::fromLatin1(TestWorkspace::AdminName),
                            QString::fromLatin1(TestWorkspace::AdminPassword))
                    .ok());
        QCOMPARE(second->settings().installationClientId(), secondId);

        a.port = m_broker->port();
        b.port = m_broker->port();
        IngestService first(m_tw->workspace());
        IngestService other(second.workspace());
        first.start(a);
        other.start(b);
        QTRY_COMPARE_WITH_TIMEOUT(first.status().state, MqttStatus::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(other.status().state, MqttStatus::State::Connected, 10000);
        QCOMPARE(first.clientId(), firstId);
        QCOMPARE(other.clientId(), secondId);
        QByteArray lines;
        for (int i = 0; i < 20; ++i)
            lines += sample(QStringLiteral("dev-a"), m_now - 100 + i, 70) + '\n';
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), lines, true));
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(m_tw->workspace()), qint64(20), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(second.workspace()), qint64(20), 10000);
        QCOMPARE(first.status().state, MqttStatus::State::Connected);
        QCOMPARE(other.status().state, MqttStatus::State::Connected);
        first.stop();
        other.stop();
    }

    void conflictingLiveValue_isQuarantined_andTheFirstKept()
    {
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), sample(QStringLiteral("dev-a"), m_now - 5, 80)));
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), sample(QStringLiteral("dev-a"), m_now - 5, 140)));
        QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(m_tw->workspace()), qint64(1), 10000);
        auto entries = (*m_tw)->ingest().quarantine(m_tw->admin());
        QVERIFY(entries.ok());
        QCOMPARE(entries->first().reason,
                 QStringLiteral("a different value (140) is already stored for this device at this time (80)"));
        QCOMPARE(sampleCount(m_tw->workspace()), 1);
        QSqlDatabase db = (*m_tw)->database().connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT heart_rate FROM samples")).toInt(), 80);
    }

    void retainedBadMessage_isQuarantinedOnce_andClearingItIsNoMessage()
    {
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), "hello", false, {QStringLiteral("-r")}));
        {
            Ingest ingest(m_tw->workspace(), m_broker->port());
            QVERIFY(ingest.waitConnected());
            QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(m_tw->workspace()), qint64(1), 10000);
        }
        for (int reconnect = 0; reconnect < 2; ++reconnect) {
            Ingest ingest(m_tw->workspace(), m_broker->port());
            QVERIFY(ingest.waitConnected());
            QTRY_COMPARE_WITH_TIMEOUT(ingest.service.totals().ignored, qint64(1), 10000);
            QCOMPARE(quarantineCount(m_tw->workspace()), 1);
        }
        Ingest ingest(m_tw->workspace(), m_broker->port());
        QVERIFY(ingest.waitConnected());
        QTRY_COMPARE_WITH_TIMEOUT(ingest.service.totals().ignored, qint64(1), 10000);
        // Clearing the retained message sends an empty payload: no message.
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), QByteArray(), false, {QStringLiteral("-r")}));
        QTRY_COMPARE_WITH_TIMEOUT(ingest.service.totals().ignored, qint64(2), 10000);
        QCOMPARE(quarantineCount(m_tw->workspace()), 1);
        QCOMPARE(ingest.service.totals().quarantinedMessages, 0);
    }

    void fullDisk_statusSaysSo_andTheBatchComesAgain()
    {
        Workspace& w = m_tw->workspace();
        std::atomic_bool limited {false};
        IngestService service(w);
        // After the first batch, the ingest thread's connection may not grow the database by a page: SQLite
        // answers as it does on a full disk.
        service.setStoredHook([&w, &limited](const QList<IncomingMessage>&, const IngestPipeline::Counts&) {
            if (limited.exchange(true))
                return;
            QSqlDatabase db = w.database().connection();
            const QString pages = Sql::scalar(db, QStringLiteral("PRAGMA page_count")).toString();
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA max_page_count = ") + pages);
        });
        MqttSettings settings;
        settings.port = m_broker->port();
        settings.clientId = QStringLiteral("pulsedesk-test");
        service.start(settings);
        QTRY_COMPARE_WITH_TIMEOUT(service.status().state, MqttStatus::State::Connected, 10000);
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), sample(QStringLiteral("dev-a"), m_now - 5, 70)));
        QTRY_COMPARE_WITH_TIMEOUT(sampleCount(w), qint64(1), 10000);
        QVERIFY(limited);

        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), QByteArray(256 * 1024, 'x')));
        QTRY_VERIFY_WITH_TIMEOUT(service.status().detail.contains(QLatin1String("The disk is full")), 10000);
        QVERIFY2(!service.status().detail.contains(QLatin1String("connection to the broker was lost")),
                 qPrintable(service.status().detail));
        QCOMPARE(quarantineCount(w), 0);

        // With room again (a new ingest thread, a new connection) the broker delivers it again.
        service.stop();
        service.start(settings);
        QTRY_COMPARE_WITH_TIMEOUT(quarantineCount(w), qint64(1), 20000);
        service.stop();
    }

    void wrongBrokerAddress_givesAReconnectingStateWithTheReason()
    {
        MqttSettings s;
        s.port = MosquittoBroker::freePort();
        MqttClient client(s, [](const QList<MqttMessage>&) { return Status {}; });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, MqttStatus::State::Reconnecting, 10000);
        QVERIFY2(client.status().detail.contains(QLatin1String("Cannot reach")), qPrintable(client.status().detail));
    }

    void badTlsSettings_giveAFailedState()
    {
        MqttSettings s;
        s.port = m_broker->port();
        s.tls = true;
        s.caFile = QStringLiteral("/nonexistent/ca.pem");
        MqttClient client(s, [](const QList<MqttMessage>&) { return Status {}; });
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(client.status().state, MqttStatus::State::Failed, 10000);
        QVERIFY(client.status().detail.contains(QLatin1String("/nonexistent/ca.pem")));
    }
};

QTEST_GUILESS_MAIN(TestMqttIngest)
#include "TestMqttIngest.moc"
