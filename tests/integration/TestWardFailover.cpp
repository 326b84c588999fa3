#include "ServerProcess.h"
#include "WardFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace pulsedesk::test;

/// pulsedesk-server on a ward server: the service login, one active instance and a standby that takes over when the
/// active one is killed, with nothing lost, nothing stored twice and no alarm raised twice.
class TestWardFailover : public QObject
{
    Q_OBJECT

    WardFixture m_fx;
    qint64 m_now = 0;

    CliRun as(const QString& user, const QStringList& args, const QByteArray& passwords)
    {
        return m_fx.as(user, args, passwords);
    }
    qint64 count(const QString& sql) { return m_fx.count(sql); }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
        m_now = QDateTime::currentSecsSinceEpoch();
        // A doctor admits a patient, a nurse puts a monitor on them.
        const auto ok = [](const CliRun& run) {
            if (run.exitCode != 0)
                qWarning("%s", run.err.constData());
            return run.exitCode == 0;
        };
        QVERIFY(ok(as(QStringLiteral("ward.admin"),
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.dora"),
                       QStringLiteral("--role"), QStringLiteral("doctor")},
                      "admin-password-1\ndora-onetime-1\n")));
        QVERIFY(ok(as(QStringLiteral("ward.admin"),
                      {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("nurse.nina"),
                       QStringLiteral("--role"), QStringLiteral("nurse")},
                      "admin-password-1\nnina-onetime-1\n")));
        QVERIFY(ok(as(QStringLiteral("dr.dora"), {QStringLiteral("user"), QStringLiteral("passwd")},
                      "dora-onetime-1\ndora-password-2\n")));
        QVERIFY(ok(as(QStringLiteral("nurse.nina"), {QStringLiteral("user"), QStringLiteral("passwd")},
                      "nina-onetime-1\nnina-password-2\n")));
        QVERIFY(ok(as(QStringLiteral("dr.dora"),
                      {QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--mrn"),
                       QStringLiteral("MRN-8001"), QStringLiteral("--name"), QStringLiteral("Paula Patient")},
                      "dora-password-2\n")));
        for (const QString& device : {QStringLiteral("mon-1"), QStringLiteral("mon-2")})
            QVERIFY(ok(as(QStringLiteral("ward.admin"), {QStringLiteral("device"), QStringLiteral("add"), device},
                          "admin-password-1\n")));
        QVERIFY(ok(
            as(QStringLiteral("nurse.nina"),
               {QStringLiteral("device"), QStringLiteral("assign"), QStringLiteral("mon-1"), QStringLiteral("MRN-8001"),
                QStringLiteral("--from"), QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODate)},
               "nina-password-2\n")));
    }

    void aLoginThatIsNotTheServiceRole_isRefused()
    {
        ServerProcess server;
        server.start(
            m_fx.serverArgs(QStringLiteral("ward.admin"),
                            m_fx.passwordFile("admin-password-1", QFileDevice::ReadOwner | QFileDevice::WriteOwner)));
        QVERIFY(server.finished(30000));
        QCOMPARE(server.exitCode(), 1);
        QVERIFY2(server.output().contains("not the ward's service role"), server.output().constData());
    }

    void aPasswordFileOthersMayRead_isRefused()
    {
        ServerProcess server;
        server.start(m_fx.serverArgs(
            QStringLiteral("pulsedesk_server"),
            m_fx.passwordFile("service-password-1",
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther)));
        QVERIFY(server.finished(30000));
        QCOMPARE(server.exitCode(), 1);
        QVERIFY2(server.output().contains("chmod 600"), server.output().constData());
    }

    void activeKilled_standbyTakesOver_losingNothing_raisingNoAlarmTwice()
    {
        const QString password = m_fx.servicePasswordFile();
        ServerProcess first;
        first.start(m_fx.serverArgs(QStringLiteral("pulsedesk_server"), password));
        QVERIFY2(first.waitFor("active:", 30000), first.output().constData());
        ServerProcess second;
        second.start(m_fx.serverArgs(QStringLiteral("pulsedesk_server"), password));
        QVERIFY2(second.waitFor("standby", 30000), second.output().constData());
        QTest::qWait(2 * 1000); // two of the standby's polls: it stays a standby while the active one lives
        QVERIFY2(!second.output().contains("active:"), second.output().constData());

        // The patient's monitor reports a fast heart rate: one alarm, raised by the active server.
        QVERIFY(m_fx.broker().publish(QStringLiteral("IoTSimulator/bpm"),
                                      WardFixture::samples(QStringLiteral("mon-1"), m_now - 300, 300, 165), true));
        const QString tachycardia = QStringLiteral("SELECT count(*) FROM alarms WHERE condition = 'tachycardia'");
        QVERIFY2(QTest::qWaitFor([&] { return count(tachycardia) == 1; }, 60000), first.output().constData());

        // A long stream from another monitor, and the active server killed in the middle of it.
        const int total = 6000;
        QProcess publisher;
        publisher.start(QStringLiteral("mosquitto_pub"),
                        {QStringLiteral("-p"), QString::number(m_fx.broker().port()), QStringLiteral("-q"),
                         QStringLiteral("1"), QStringLiteral("-t"), QStringLiteral("IoTSimulator/bpm"),
                         QStringLiteral("-l")});
        QVERIFY(publisher.waitForStarted(5000));
        publisher.write(WardFixture::samples(QStringLiteral("mon-2"), m_now - 20000, total, 60));
        publisher.closeWriteChannel();
        const QString streamed =
            QStringLiteral("SELECT count(*) FROM samples s JOIN devices d ON d.id = s.device_id WHERE d.device_id = "
                           "'mon-2'");
        QVERIFY2(QTest::qWaitFor([&] { return count(streamed) > 500; }, 30000), first.output().right(600).constData());
        first.kill();
        QVERIFY(first.finished(5000));
        QElapsedTimer takeover;
        takeover.start();
        const qint64 atKill = count(streamed);

        QVERIFY2(second.waitFor("active:", 10000), second.output().constData());
        qInfo("the standby took over %lld ms after the active server was killed", takeover.elapsed());
        QVERIFY(publisher.state() == QProcess::NotRunning || publisher.waitForFinished(60000));
        QCOMPARE(publisher.exitCode(), 0);
        QVERIFY2(QTest::qWaitFor([&] { return count(streamed) == total; }, 60000),
                 qPrintable(QStringLiteral("%1 of %2 stored").arg(count(streamed)).arg(total)));
        QVERIFY2(atKill < total, "the active server was not killed in the middle of the stream");
        QCOMPARE(count(QStringLiteral("SELECT count(DISTINCT s.ts) FROM samples s JOIN devices d ON d.id = "
                                      "s.device_id WHERE d.device_id = 'mon-2'")),
                 qint64(total));

        // The condition goes on under the new active server: the alarm it took over stays the only one.
        const qint64 resultsBefore = count(QStringLiteral("SELECT count(*) FROM analysis_results"));
        QVERIFY(m_fx.broker().publish(
            QStringLiteral("IoTSimulator/bpm"),
            WardFixture::samples(QStringLiteral("mon-1"), QDateTime::currentSecsSinceEpoch() - 120, 120, 165), true));
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return count(QStringLiteral("SELECT count(*) FROM analysis_results")) > resultsBefore; }, 60000),
            second.output().constData());
        QTest::qWait(2 * 1000);
        QCOMPARE(count(tachycardia), qint64(1));
        QCOMPARE(count(tachycardia + QStringLiteral(" AND state <> 'ended'")), qint64(1));

        second.terminate();
        QVERIFY(second.finished(15000));
        // A sanitizer report is also a non-zero exit: its text is in the output.
        QVERIFY2(second.exitCode() == 0, second.output().constData());
        QVERIFY2(second.output().contains("stopped"), second.output().constData());
        // The service role may read and write all it needs (patients' scores included): nothing was refused.
        for (ServerProcess* server : {&first, &second})
            QVERIFY2(!server->output().contains("permission denied"), server->output().constData());
    }

    void postgresRestarted_theServerStepsDownAndResumes()
    {
        ServerProcess server;
        server.start(m_fx.serverArgs(QStringLiteral("pulsedesk_server"), m_fx.servicePasswordFile()));
        QVERIFY2(server.waitFor("active:", 30000), server.output().constData());
        m_fx.server().stop();
        // Its session, and the lock with it, is gone: it stops ingesting at once and waits for the server.
        QVERIFY2(server.waitFor("lock was lost", 15000), server.output().constData());
        QString error;
        QVERIFY2(m_fx.server().start(&error), qPrintable(error));
        const QString stored = QStringLiteral(
            "SELECT count(*) FROM samples s JOIN devices d ON d.id = s.device_id WHERE d.device_id = 'mon-2'");
        const qint64 before = count(stored);
        QVERIFY(m_fx.broker().publish(QStringLiteral("IoTSimulator/bpm"),
                                      WardFixture::samples(QStringLiteral("mon-2"), m_now - 40000, 100, 60), true));
        QVERIFY2(QTest::qWaitFor([&] { return count(stored) == before + 100; }, 60000),
                 server.output().right(800).constData());
        QVERIFY(server.output().count("active:") >= 2);
        server.terminate();
        QVERIFY(server.finished(15000));
        QVERIFY2(server.exitCode() == 0, server.output().constData());
    }

    void theStoreHoldsAnOpenAlarmOnce()
    {
        // Two analyses of one ward cannot both hold the same alarm open: the store refuses the second.
        QString error;
        (void)m_fx.server().psql(
            m_fx.database(),
            QStringLiteral("INSERT INTO alarms (id, patient_id, condition, priority, state, "
                           "condition_since, raised_at, updated_at, open_key) SELECT (SELECT "
                           "max(id) + 1 FROM alarms), patient_id, condition, priority, 'active', 0, "
                           "0, 0, open_key FROM alarms WHERE condition = 'tachycardia'"),
            &error);
        QVERIFY2(error.contains(QLatin1String("alarms_by_open_key")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestWardFailover)
#include "TestWardFailover.moc"
