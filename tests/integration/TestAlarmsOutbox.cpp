// The alarm life cycle sent as IHE PCD-04 ORU^R40 through the durable outbox to a real MLLP peer (python3-hl7).
#include "Hl7Peer.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "interfaces/InterfaceService.h"
#include "interfaces/OutboxSender.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestAlarmsOutbox : public QObject
{
    Q_OBJECT

private slots:
    void theAlarmLifeCycle_arrivesAsR40RowsInOrder()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("MRN-9"), QStringLiteral("Carla Neri"), QStringLiteral("4"));
        QSqlDatabase db = w.database().connection();
        const qint64 patient = Sql::scalar(db, QStringLiteral("SELECT id FROM patients")).toLongLong();

        Hl7PeerServer peer;
        QVERIFY(peer.start());
        InterfaceService service(w, tw.admin());
        QVERIFY(service.start({{}, {}, {}, {}, {}, QStringLiteral("127.0.0.1:%1").arg(peer.port())}).ok());

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        AlarmEvent raised = raisedAlarm(1, AlarmPriority::High);
        raised.alarm.patientId = patient;
        raised.alarm.raisedAtMs = now;
        raised.alarm.updatedAtMs = now;
        raised.alarm.lastValue = 142;
        raised.atMs = now;
        QVERIFY(w.alarms().storeAlarmEvents(db, {raised}).ok());
        QVERIFY(w.alarms().pauseAudio(nurse, 1, 60).ok());
        QVERIFY(w.alarms().acknowledge(nurse, 1, QStringLiteral("at the bedside")).ok());
        AlarmEvent ended = raised;
        ended.action = AlarmAction::Ended;
        ended.alarm.state = AlarmState::Ended;
        ended.alarm.endedAtMs = now + 1000;
        ended.atMs = now + 1000;
        QVERIFY(w.alarms().storeAlarmEvents(db, {ended}).ok());

        QTRY_COMPARE_WITH_TIMEOUT(service.alarms()->counts().acknowledged, 4, 30000);
        const QJsonArray received = peer.received();
        QCOMPARE(received.size(), 4);
        const QStringList phases = {QStringLiteral("start"), QStringLiteral("update"), QStringLiteral("update"),
                                    QStringLiteral("end")};
        const QStringList actions = {QStringLiteral("raised"), QStringLiteral("audio-paused"),
                                     QStringLiteral("acknowledged"), QStringLiteral("ended")};
        for (int i = 0; i < 4; ++i) {
            const QJsonObject m = received[i].toObject();
            QCOMPARE(m[QLatin1String("type")].toString(), QStringLiteral("ORU^R40^ORU_R40"));
            QCOMPARE(m[QLatin1String("pid")].toString(), QStringLiteral("MRN-9"));
            const QJsonArray obx = m[QLatin1String("obx")].toArray();
            QCOMPARE(obx.size(), 6);
            QCOMPARE(obx[0].toArray()[2].toString(), QStringLiteral("severe-tachycardia"));
            QCOMPARE(obx[0].toArray()[6].toString(), QStringLiteral("PH~SP")); // OBX-8: priority and kind
            QCOMPARE(obx[1].toArray()[0].toString(), QStringLiteral("147842^MDC_ECG_HEART_RATE^MDC"));
            QCOMPARE(obx[1].toArray()[2].toString(), QStringLiteral("142"));
            QCOMPARE(obx[2].toArray()[2].toString(), phases[i]);
            QCOMPARE(obx[5].toArray()[2].toString(), actions[i]);
        }
        QCOMPARE(received[0][QLatin1String("obx")][3][2].toString(), QStringLiteral("active"));
        QCOMPARE(received[1][QLatin1String("obx")][4][2].toString(), QStringLiteral("audio-paused"));
        QCOMPARE(received[2][QLatin1String("obx")][3][2].toString(), QStringLiteral("acknowledged"));
        QCOMPARE(received[3][QLatin1String("obx")][3][2].toString(), QStringLiteral("inactive"));
    }
};

QTEST_GUILESS_MAIN(TestAlarmsOutbox)
#include "TestAlarmsOutbox.moc"
