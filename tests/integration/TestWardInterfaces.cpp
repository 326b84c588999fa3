// The hospital interfaces in pulsedesk-server: only the active instance listens for ADT and sends results; the
// standby takes both over when the active one is killed, resending what was not acknowledged and nothing that was.
// A real PostgreSQL, Mosquitto and an MLLP peer on python3-hl7 (which parses every message with its own parser).
#include "CliRunner.h"
#include "Hl7Peer.h"
#include "MosquittoBroker.h"
#include "PostgresServer.h"
#include "ServerProcess.h"

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk::test;

namespace {

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool listening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    const bool connected = socket.waitForConnected(2000);
    socket.abort();
    return connected;
}

QString adt(const QString& event, const QString& controlId, const QString& mrn, const QString& name)
{
    return QStringList {QStringLiteral("MSH|^~\\&|HIS|HOSP|PULSEDESK|WARD|20260301101500||ADT^%1^ADT_%1|%2|P|2.5")
                            .arg(event, controlId),
                        QStringLiteral("PID|1||%1^^^HOSP^MR||%2||19700101|F").arg(mrn, name),
                        QStringLiteral("PV1|1|I|CARDIO^12^B")}
               .join(QLatin1Char('\r'))
        + QLatin1Char('\r');
}

} // namespace

class TestWardInterfaces : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    MosquittoBroker m_broker;
    QTemporaryDir m_files;
    QString m_ward;
    QString m_servicePassword;

    QString ward() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 sslmode=disable").arg(m_server.port()).arg(m_ward);
    }

    QStringList serverArgs(quint16 adtPort) const
    {
        return {QStringLiteral("--server"),        ward() + QStringLiteral(" user=pulsedesk_server"),
                QStringLiteral("--password-file"), m_servicePassword,
                QStringLiteral("--port"),          QString::number(m_broker.port()),
                QStringLiteral("--status-every"),  QStringLiteral("1"),
                QStringLiteral("--adt-listen"),    QStringLiteral("127.0.0.1:%1").arg(adtPort)};
    }

    CliRun as(const QString& user, const QStringList& args, const QByteArray& passwords)
    {
        return runCli(QStringList {QStringLiteral("--server"), ward(), QStringLiteral("--user"), user,
                                   QStringLiteral("--password-stdin")}
                          + args,
                      passwords);
    }

    static bool ok(const CliRun& run)
    {
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }

    qint64 count(const QString& sql) { return m_server.psql(m_ward, sql).toLongLong(); }

    static QByteArray samples(const QString& device, qint64 fromSeconds, int n, int bpm)
    {
        QByteArray lines;
        for (int i = 0; i < n; ++i)
            lines += QStringLiteral(R"({"deviceId":"%1","timestamp":%2,"bpm":%3})")
                         .arg(device)
                         .arg(fromSeconds + i)
                         .arg(bpm + i % 7)
                         .toUtf8()
                + '\n';
        return lines;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_SERVER_PROGRAM"),
                 "PULSEDESK_SERVER_PROGRAM must point at pulsedesk-server");
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ward = m_server.createDatabase(&error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
        QVERIFY(m_broker.start());
        const CliRun init = runCli({QStringLiteral("--server"), m_server.connInfo(m_ward),
                                    QStringLiteral("--password-stdin"), QStringLiteral("server"),
                                    QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("ward.admin")},
                                   "admin-password-1\n");
        QVERIFY2(init.exitCode == 0, init.err.constData());
        (void)m_server.psql(m_ward, QStringLiteral("ALTER ROLE pulsedesk_server LOGIN PASSWORD 'service-password-1'"),
                            &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_servicePassword = m_files.filePath(QStringLiteral("service-password"));
        QFile f(m_servicePassword);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("service-password-1\n");
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(ok(as(QStringLiteral("ward.admin"),
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse.nina"),
                       QStringLiteral("--role"), QStringLiteral("nurse")},
                      "admin-password-1\nnina-onetime-1\n")));
        QVERIFY(ok(as(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                      "nina-onetime-1\nnina-password-2\n")));
        QVERIFY(
            ok(as(QStringLiteral("ward.admin"),
                  {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("mon-1")}, "admin-password-1\n")));
    }

    void onlyTheActiveServerRunsTheInterfaces_andTheStandbyTakesThemOver()
    {
        Hl7PeerServer ehr;
        QVERIFY(ehr.start({QStringLiteral("--delay"), QStringLiteral("0.02")}));
        // The results destination is the ward's stored setting; the ADT address each host's command line.
        QVERIFY(ok(as(QStringLiteral("ward.admin"),
                      {QStringLiteral("interfaces"), QStringLiteral("set"), QStringLiteral("results.to"),
                       QStringLiteral("127.0.0.1:%1").arg(ehr.port())},
                      "admin-password-1\n")));
        const quint16 firstPort = freePort();
        const quint16 secondPort = freePort();

        ServerProcess first;
        first.start(serverArgs(firstPort));
        QVERIFY2(first.waitFor("interfaces started", 30000), first.output().constData());
        ServerProcess second;
        second.start(serverArgs(secondPort));
        QVERIFY2(second.waitFor("standby", 30000), second.output().constData());
        QTest::qWait(2 * 1000); // two of the standby's polls
        QVERIFY2(!second.output().contains("interfaces started"), second.output().constData());
        QVERIFY(listening(firstPort));
        QVERIFY(!listening(secondPort)); // the standby does not listen

        // The hospital admits a patient through the active server; a nurse puts the monitor on them.
        const QJsonArray admitted = sendHl7(firstPort,
                                            {{adt(QStringLiteral("A01"), QStringLiteral("w1"),
                                                  QStringLiteral("MRN-9001"), QStringLiteral("Berg^Vera"))}});
        QCOMPARE(admitted.size(), 1);
        QCOMPARE(admitted[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patients WHERE mrn = 'MRN-9001' AND ward = 'CARDIO'")),
                 qint64(1));
        QVERIFY(ok(
            as(QStringLiteral("nurse.nina"),
               {QStringLiteral("device"), QStringLiteral("assign"), QStringLiteral("mon-1"), QStringLiteral("MRN-9001"),
                QStringLiteral("--from"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
               "nina-password-2\n")));

        // Its monitor reports; window results go to the EHR until the active server is killed mid-stream.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(m_broker.publish(QStringLiteral("IoTSimulator/bpm"),
                                 samples(QStringLiteral("mon-1"), now - 900, 400, 70), true));
        QVERIFY2(QTest::qWaitFor([&] { return ehr.received().size() >= 5; }, 60000), first.output().constData());
        first.kill();
        QVERIFY(first.finished(5000));
        const qint64 atKill = count(QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'acknowledged'"));

        QVERIFY2(second.waitFor("interfaces started", 15000), second.output().constData());
        QVERIFY(listening(secondPort));
        const QJsonArray updated = sendHl7(secondPort,
                                           {{adt(QStringLiteral("A08"), QStringLiteral("w2"),
                                                 QStringLiteral("MRN-9001"), QStringLiteral("Berg^Vera Maria"))}});
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patients WHERE name = 'Vera Maria Berg'")), qint64(1));
        QVERIFY(m_broker.publish(QStringLiteral("IoTSimulator/bpm"),
                                 samples(QStringLiteral("mon-1"), now - 480, 300, 72), true));

        // Every result reaches the EHR: each queued message acknowledged, none acknowledged twice.
        const QString notAcknowledged = QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state <> 'acknowledged'");
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return count(QStringLiteral("SELECT count(*) FROM samples")) == 700
                             && count(notAcknowledged) == 0 && ehr.received().size() > atKill;
                     },
                     90000),
                 second.output().right(800).constData());
        QTest::qWait(2 * 1000); // the last windows close and their results go out
        QVERIFY2(QTest::qWaitFor([&] { return count(notAcknowledged) == 0; }, 30000),
                 second.output().right(800).constData());
        const qint64 queued = count(QStringLiteral("SELECT count(*) FROM hl7_outbox"));
        QCOMPARE(queued,
                 count(QStringLiteral("SELECT count(*) FROM analysis_results"))
                     + count(QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE kind = 'correction'")));
        const QJsonArray received = ehr.received();
        QSet<QString> ids;
        for (const auto& m : received) {
            ids.insert(m[QLatin1String("control_id")].toString());
            QCOMPARE(m[QLatin1String("pid")].toString(), QStringLiteral("MRN-9001"));
        }
        QCOMPARE(qint64(ids.size()), queued);
        // Only the message in flight when the active server was killed may have come twice.
        QVERIFY2(received.size() <= queued + 1, qPrintable(QString::number(received.size())));
        QVERIFY(atKill > 0 && atKill < queued);

        second.terminate();
        QVERIFY(second.finished(15000));
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.output().contains("interfaces stopped"), second.output().constData());
        for (ServerProcess* server : {&first, &second})
            QVERIFY2(!server->output().contains("permission denied"), server->output().constData());
    }
};

QTEST_GUILESS_MAIN(TestWardInterfaces)
#include "TestWardInterfaces.moc"
