#include "MosquittoBroker.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/Monitoring.h"
#include "settings/Settings.h"
#include "storage/DeviceRegistry.h"

#include <QDateTime>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The one owner of the live pipeline: what the ingest pipeline stores reaches the analysis only while it runs,
/// live ingest from a real broker is stored and analysed, and stop() leaves nothing running or attached.
class TestMonitoring : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;

    QList<IncomingMessage> batch(qint64 fromMs, int count)
    {
        QList<IncomingMessage> messages;
        for (int i = 0; i < count; ++i)
            messages.append({QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"),
                             QStringLiteral("{\"deviceId\":\"dev-1\",\"timestamp\":%1,\"bpm\":72}")
                                 .arg(fromMs + i * 1000LL)
                                 .toUtf8(),
                             QDateTime::currentMSecsSinceEpoch()});
        return messages;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QVERIFY((*m_tw)->devices().add(m_tw->admin(), QStringLiteral("dev-1"), {}, {}).ok());
    }

    void storedSamplesReachTheAnalysisOnlyWhileItRuns()
    {
        Workspace& w = m_tw->workspace();
        Monitoring monitoring(w);
        QVERIFY(!monitoring.isRunning());
        monitoring.startAnalysis(w.settings().analysis());
        QVERIFY(monitoring.isRunning());
        const qint64 from = QDateTime::currentMSecsSinceEpoch() - 120'000;
        QVERIFY(w.ingest().ingest(batch(from, 30)).ok());
        monitoring.analysis().sync();
        QCOMPARE(monitoring.analysis().totals().samples, 30);

        monitoring.stop();
        QVERIFY(!monitoring.isRunning());
        // Stopped: the pipeline stores without a sink, and nothing reaches the analysis.
        QVERIFY(w.ingest().ingest(batch(from + 60'000, 10)).ok());
        QCOMPARE(monitoring.analysis().totals().samples, 30);
        monitoring.stop(); // twice is harmless
    }

    void liveIngestFromABrokerIsStoredAndAnalysed()
    {
        MosquittoBroker broker;
        QVERIFY(broker.start());
        Workspace& w = m_tw->workspace();
        Monitoring monitoring(w);
        MqttSettings mqtt = w.settings().mqtt();
        mqtt.host = QStringLiteral("127.0.0.1");
        mqtt.port = broker.port();
        monitoring.start(mqtt, w.settings().analysis());
        QTRY_COMPARE_WITH_TIMEOUT(monitoring.ingest().status().state, MqttStatus::State::Connected, 10'000);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(
            broker.publish(QStringLiteral("IoTSimulator/bpm"),
                           QStringLiteral("{\"deviceId\":\"dev-1\",\"timestamp\":%1,\"bpm\":75}").arg(now).toUtf8()));
        QTRY_COMPARE_WITH_TIMEOUT(monitoring.analysis().totals().samples, 1, 10'000);
        monitoring.stop();
        QCOMPARE(monitoring.ingest().status().state, MqttStatus::State::Stopped);
        QVERIFY(!monitoring.ingest().isRunning());
        QVERIFY(!monitoring.isRunning());
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestMonitoring)
#include "TestMonitoring.moc"
