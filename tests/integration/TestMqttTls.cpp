#include "MosquittoBroker.h"
#include "TestPki.h"
#include "TestWorkspace.h"
#include "monitoring/IngestService.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Mutual TLS as the devices and the serverless design use it: certificates made here with OpenSSL, a broker
/// that requires a client certificate, and the error states of a wrong CA or a missing client certificate.
class TestMqttTls : public QObject
{
    Q_OBJECT

    TestPki m_pki;
    std::unique_ptr<MosquittoBroker> m_broker;

    QString file(const char* name) const { return m_pki.file(QString::fromLatin1(name)); }

    MqttSettings tlsSettings() const
    {
        MqttSettings s;
        s.port = m_broker->port();
        s.clientId = QStringLiteral("pulsedesk-tls-test");
        s.tls = true;
        s.caFile = file("ca.crt");
        s.certFile = file("client.crt");
        s.keyFile = file("client.key");
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_pki.makeCa(QStringLiteral("ca")));
        QVERIFY(m_pki.makeCa(QStringLiteral("other-ca")));
        QVERIFY(m_pki.makeSigned(QStringLiteral("server"), QStringLiteral("127.0.0.1"), true));
        QVERIFY(m_pki.makeSigned(QStringLiteral("client"), QStringLiteral("pulsedesk-ward-1"), false));
        m_broker = std::make_unique<MosquittoBroker>();
        m_broker->setExtraConfig(
            {QStringLiteral("cafile %1").arg(file("ca.crt")), QStringLiteral("certfile %1").arg(file("server.crt")),
             QStringLiteral("keyfile %1").arg(file("server.key")), QStringLiteral("require_certificate true")});
        QVERIFY(m_broker->start());
    }

    void clientCertificate_connectsAndStores()
    {
        TestWorkspace tw;
        QVERIFY(tw->devices().add(tw.admin(), QStringLiteral("secure-1"), {}, {}).ok());
        IngestService ingest(tw.workspace());
        ingest.start(tlsSettings());
        QTRY_COMPARE_WITH_TIMEOUT(ingest.status().state, MqttStatus::State::Connected, 15000);
        const QByteArray payload = QStringLiteral(R"({"deviceId":"secure-1","timestamp":%1,"bpm":64})")
                                       .arg(QDateTime::currentSecsSinceEpoch())
                                       .toUtf8();
        QVERIFY(m_broker->publish(QStringLiteral("IoTSimulator/bpm"), payload, false,
                                  {QStringLiteral("--cafile"), file("ca.crt"), QStringLiteral("--cert"),
                                   file("client.crt"), QStringLiteral("--key"), file("client.key")}));
        QTRY_COMPARE_WITH_TIMEOUT(ingest.totals().stored, qint64(1), 15000);
    }

    void wrongCa_givesAClearErrorState()
    {
        TestWorkspace tw;
        IngestService ingest(tw.workspace());
        MqttSettings s = tlsSettings();
        s.caFile = file("other-ca.crt");
        ingest.start(s);
        QTRY_COMPARE_WITH_TIMEOUT(ingest.status().state, MqttStatus::State::Reconnecting, 15000);
        QVERIFY2(ingest.status().detail.contains(QLatin1String("TLS")), qPrintable(ingest.status().detail));
    }

    void missingClientCertificate_isRefused()
    {
        TestWorkspace tw;
        IngestService ingest(tw.workspace());
        MqttSettings s = tlsSettings();
        s.certFile.clear();
        s.keyFile.clear();
        ingest.start(s);
        QTRY_COMPARE_WITH_TIMEOUT(ingest.status().state, MqttStatus::State::Reconnecting, 15000);
        QTest::qWait(1500);
        QVERIFY(ingest.status().state != MqttStatus::State::Connected);
    }

    void unreadableTlsFile_failsWithoutRetrying()
    {
        TestWorkspace tw;
        IngestService ingest(tw.workspace());
        MqttSettings s = tlsSettings();
        s.keyFile = file("no-such.key");
        ingest.start(s);
        QTRY_COMPARE_WITH_TIMEOUT(ingest.status().state, MqttStatus::State::Failed, 10000);
        QVERIFY(ingest.status().detail.contains(QLatin1String("no-such.key")));
    }
};

QTEST_GUILESS_MAIN(TestMqttTls)
#include "TestMqttTls.moc"
