// The MQTT alarm topic on a ward server: the administrator sets it with pulsedesk-cli, pulsedesk-server (the ward's
// live pipeline, WardService) publishes each alarm event of its analysis and of the workstations (a nurse's
// acknowledgement through pulsedesk-cli) on the ward's broker, and a real subscriber reads bed and priority only.
// A real PostgreSQL and Mosquitto (WardFixture).
#include "ServerProcess.h"
#include "WardFixture.h"
#include "ingest/MqttClient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestWardAlarmTopic : public QObject
{
    Q_OBJECT

    WardFixture m_fx;

    bool ok(const QString& user, const QStringList& args, const QByteArray& passwords)
    {
        const CliRun run = m_fx.as(user, args, passwords);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.dora"), QStringLiteral("--role"),
                    QStringLiteral("doctor"), QStringLiteral("--name"), QStringLiteral("Dora Doktor")},
                   "admin-password-1\ndora-onetime-1\n"));
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse.nina"),
                    QStringLiteral("--role"), QStringLiteral("nurse")},
                   "admin-password-1\nnina-onetime-1\n"));
        QVERIFY(ok(QStringLiteral("dr.dora"), {QStringLiteral("user"), QStringLiteral("passwd")},
                   "dora-onetime-1\ndora-password-2\n"));
        QVERIFY(ok(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                   "nina-onetime-1\nnina-password-2\n"));
        QVERIFY(ok(QStringLiteral("dr.dora"),
                   {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                    QStringLiteral("MRN-7007-QX"), QStringLiteral("--name"), QStringLiteral("Vera Berg"),
                    QStringLiteral("--bed"), QStringLiteral("7A"), QStringLiteral("--birth-date"),
                    QStringLiteral("1958-02-03")},
                   "dora-password-2\n"));
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("SN-99881-MON")},
                   "admin-password-1\n"));
        QVERIFY(ok(QStringLiteral("nurse.nina"),
                   {QStringLiteral("device"), QStringLiteral("assign"), QStringLiteral("SN-99881-MON"),
                    QStringLiteral("MRN-7007-QX"), QStringLiteral("--from"),
                    QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
                   "nina-password-2\n"));
    }

    void theWardServer_publishesTheAlarmLifeCycle_withBedAndPriorityOnly()
    {
        // A wildcard is refused; a topic name is kept and listed.
        const CliRun refused = m_fx.as(QStringLiteral("ward.admin"),
                                       {QStringLiteral("interfaces"), QStringLiteral("set"),
                                        QStringLiteral("alarms.topic"), QStringLiteral("ward/+/alarms")},
                                       "admin-password-1\n");
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("wildcard"), refused.err.constData());
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("interfaces"), QStringLiteral("set"), QStringLiteral("alarms.topic"),
                    QStringLiteral("ward/alarms")},
                   "admin-password-1\n"));
        const CliRun shown = m_fx.as(QStringLiteral("ward.admin"),
                                     {QStringLiteral("--json"), QStringLiteral("interfaces"), QStringLiteral("show")},
                                     "admin-password-1\n");
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.json().object()[QLatin1String("interfaces.alarms.topic")].toString(),
                 QStringLiteral("ward/alarms"));

        // A subscriber of the hospital's (its own client id and session).
        QMutex mutex;
        QList<MqttMessage> received;
        MqttSettings listen;
        listen.port = m_fx.broker().port();
        listen.clientId = QStringLiteral("paging-gateway");
        listen.topics = {QStringLiteral("ward/alarms")};
        MqttClient subscriber(listen, [&](const QList<MqttMessage>& batch) {
            QMutexLocker lock(&mutex);
            received += batch;
            return Status {};
        });
        subscriber.start();
        QTRY_COMPARE_WITH_TIMEOUT(subscriber.status().state, MqttStatus::State::Connected, 10'000);
        const auto snapshot = [&] {
            QMutexLocker lock(&mutex);
            return received;
        };
        const auto states = [&] {
            QStringList out;
            for (const MqttMessage& m : snapshot()) {
                const QJsonObject o = QJsonDocument::fromJson(m.payload).object();
                if (o[QLatin1String("condition")].toString() == QLatin1String("tachycardia"))
                    out << o[QLatin1String("state")].toString();
            }
            return out;
        };

        ServerProcess server;
        server.start(m_fx.serverArgs(QStringLiteral("pulsedesk_server"), m_fx.servicePasswordFile()));
        QVERIFY2(server.waitFor("active:", 30000), server.output().constData());

        // The patient's monitor reports a fast heart rate: a high alarm, raised by the server.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(m_fx.broker().publish(QStringLiteral("IoTSimulator/bpm"),
                                      WardFixture::samples(QStringLiteral("SN-99881-MON"), now - 240, 60, 165), true));
        QVERIFY2(QTest::qWaitFor([&] { return states().contains(QLatin1String("raised")); }, 60000),
                 server.output().right(800).constData());

        // A nurse acknowledges it from a workstation (another connection to the ward's store).
        const CliRun list =
            m_fx.as(QStringLiteral("nurse.nina"),
                    {QStringLiteral("--json"), QStringLiteral("alarms"), QStringLiteral("list")}, "nina-password-2\n");
        QVERIFY2(list.exitCode == 0, list.err.constData());
        qint64 alarmId = 0;
        for (const auto& a : list.json().array())
            if (a[QLatin1String("condition")].toString() == QLatin1String("tachycardia"))
                alarmId = a[QLatin1String("id")].toInteger();
        QVERIFY(alarmId > 0);
        QVERIFY(ok(QStringLiteral("nurse.nina"),
                   {QStringLiteral("alarms"), QStringLiteral("ack"), QString::number(alarmId),
                    QStringLiteral("--comment"), QStringLiteral("Vera Berg seen by Dora")},
                   "nina-password-2\n"));
        QVERIFY2(QTest::qWaitFor([&] { return states().contains(QLatin1String("acknowledged")); }, 30000),
                 qPrintable(states().join(QLatin1Char(','))));

        // The heart rate comes back to normal: the acknowledged alarm ends.
        QVERIFY(m_fx.broker().publish(QStringLiteral("IoTSimulator/bpm"),
                                      WardFixture::samples(QStringLiteral("SN-99881-MON"), now - 180, 90, 70), true));
        QVERIFY2(QTest::qWaitFor([&] { return states().contains(QLatin1String("ended")); }, 60000),
                 qPrintable(states().join(QLatin1Char(','))));
        const QStringList lifeCycle = states();
        QCOMPARE(lifeCycle.first(), QStringLiteral("raised"));
        QCOMPARE(lifeCycle.last(), QStringLiteral("ended"));
        QVERIFY(lifeCycle.indexOf(QLatin1String("acknowledged")) < lifeCycle.indexOf(QLatin1String("ended")));
        QCOMPARE(lifeCycle.count(QLatin1String("raised")), 1);

        const QByteArrayList forbidden = {"MRN-7007", "Vera",   "Berg",       "1958",   "SN-99881",
                                          "Dora",     "Doktor", "nurse.nina", "seen by"};
        for (const MqttMessage& m : snapshot()) {
            QCOMPARE(m.topic, QStringLiteral("ward/alarms"));
            QVERIFY(!m.retained);
            for (const QByteArray& word : forbidden)
                QVERIFY2(!m.payload.contains(word), m.payload.constData());
            const QJsonObject o = QJsonDocument::fromJson(m.payload).object();
            QCOMPARE(o.keys(),
                     QStringList({QStringLiteral("bed"), QStringLiteral("condition"), QStringLiteral("priority"),
                                  QStringLiteral("state"), QStringLiteral("time")}));
            QCOMPARE(o[QLatin1String("bed")].toString(), QStringLiteral("7A"));
            QVERIFY(QDateTime::fromString(o[QLatin1String("time")].toString(), Qt::ISODateWithMs).isValid());
            if (o[QLatin1String("condition")].toString() == QLatin1String("tachycardia"))
                QCOMPARE(o[QLatin1String("priority")].toString(), QStringLiteral("high"));
        }
        QVERIFY2(server.waitFor("alarm topic", 5000), server.output().right(800).constData());

        server.terminate();
        QVERIFY(server.finished(15000));
        // A sanitizer report is also a non-zero exit: its text is in the output.
        QVERIFY2(server.exitCode() == 0, server.output().constData());
        QVERIFY2(!server.output().contains("permission denied"), server.output().constData());
        subscriber.stop();
    }
};

QTEST_GUILESS_MAIN(TestWardAlarmTopic)
#include "TestWardAlarmTopic.moc"
