// The hospital interfaces in pulsedesk-server: only the active instance listens for ADT and sends results; the
// standby takes both over when the active one is killed, resending what was not acknowledged and nothing that was.
// A real PostgreSQL, Mosquitto and an MLLP peer on python3-hl7 (which parses every message with its own parser).
#include "Hl7Peer.h"
#include "MosquittoBroker.h"
#include "ServerProcess.h"
#include "WardFixture.h"

#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QTcpSocket>
#include <QTest>

using namespace pulsedesk::test;

namespace {

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

    WardFixture m_fx;
    QString m_servicePassword;

    QStringList serverArgs(quint16 adtPort)
    {
        return m_fx.serverArgs(QStringLiteral("pulsedesk_server"), m_servicePassword)
            + QStringList {QStringLiteral("--adt-listen"), QStringLiteral("127.0.0.1:%1").arg(adtPort)};
    }

    bool ok(const QString& user, const QStringList& args, const QByteArray& passwords)
    {
        const CliRun run = m_fx.as(user, args, passwords);
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }

    qint64 count(const QString& sql) { return m_fx.count(sql); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_servicePassword = m_fx.servicePasswordFile();
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse.nina"),
                    QStringLiteral("--role"), QStringLiteral("nurse")},
                   "admin-password-1\nnina-onetime-1\n"));
        QVERIFY(ok(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                   "nina-onetime-1\nnina-password-2\n"));
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("mon-1")}, "admin-password-1\n"));
    }

    void onlyTheActiveServerRunsTheInterfaces_andTheStandbyTakesThemOver()
    {
        Hl7PeerServer ehr;
        QVERIFY(ehr.start({QStringLiteral("--delay"), QStringLiteral("0.02")}));
        // The results destination is the ward's stored setting; the ADT address each host's command line.
        QVERIFY(ok(QStringLiteral("ward.admin"),
                   {QStringLiteral("interfaces"), QStringLiteral("set"), QStringLiteral("results.to"),
                    QStringLiteral("127.0.0.1:%1").arg(ehr.port())},
                   "admin-password-1\n"));
        const quint16 firstPort = quint16(MosquittoBroker::freePort());
        const quint16 secondPort = quint16(MosquittoBroker::freePort());

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
        QVERIFY(
            ok(QStringLiteral("nurse.nina"),
               {QStringLiteral("device"), QStringLiteral("assign"), QStringLiteral("mon-1"), QStringLiteral("MRN-9001"),
                QStringLiteral("--from"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
               "nina-password-2\n"));

        // Its monitor reports; window results go to the EHR until the active server is killed mid-stream.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QVERIFY(m_fx.broker().publish(QStringLiteral("IoTSimulator/bpm"),
                                      WardFixture::samples(QStringLiteral("mon-1"), now - 900, 400, 70), true));
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
        QVERIFY(m_fx.broker().publish(QStringLiteral("IoTSimulator/bpm"),
                                      WardFixture::samples(QStringLiteral("mon-1"), now - 480, 300, 72), true));

        // Every result reaches the EHR: each queued message acknowledged, none acknowledged twice.
        const QString notAcknowledged = QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state <> 'acknowledged'");
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         return count(QStringLiteral("SELECT count(*) FROM samples")) == 700
                             && count(notAcknowledged) == 0 && ehr.received().size() > atKill;
                     },
                     90000),
                 second.output().right(800).constData());
        // The last windows close (a device quiet for 5 s) and their results go out: wait until nothing moves.
        const QString all = QStringLiteral("SELECT count(*) FROM hl7_outbox");
        bool settled = false;
        for (int i = 0; i < 20 && !settled; ++i) {
            const qint64 before = count(all);
            QTest::qWait(3 * 1000);
            settled = count(all) == before && count(notAcknowledged) == 0;
        }
        QVERIFY2(settled, second.output().right(800).constData());
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
        // A sanitizer report is also a non-zero exit: its text is in the output.
        QVERIFY2(second.exitCode() == 0, second.output().constData());
        QVERIFY2(second.output().contains("interfaces stopped"), second.output().constData());
        for (ServerProcess* server : {&first, &second})
            QVERIFY2(!server->output().contains("permission denied"), server->output().constData());
    }
};

QTEST_GUILESS_MAIN(TestWardInterfaces)
#include "TestWardInterfaces.moc"
