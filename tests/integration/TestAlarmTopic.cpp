// The optional MQTT alarm topic (interfaces.alarms.topic) on a real Mosquitto broker, read by a real subscriber:
// the live pipeline's alarm events with bed, priority, condition, event and time only, nothing when it is off, a
// change without a restart, and a broker that is down costing counted drops and nothing else.
#include "MosquittoBroker.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "ingest/MqttClient.h"
#include "interfaces/InterfaceSettings.h"
#include "monitoring/Monitoring.h"
#include "scores/ObservationStore.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

const QString Topic = QStringLiteral("ward4/alarms");
// What identifies the patient and the people: none of it may appear in any payload.
const QString Mrn = QStringLiteral("MRN-5512-ZQ");
const QString Name = QStringLiteral("Carla Neri");
const QString DeviceSerial = QStringLiteral("SN-4471-XK");
const QString Comment = QStringLiteral("seen by Gregory at the bedside");

/// A real subscriber on the broker (its own client id and session), keeping what it receives.
class Listener
{
public:
    Listener(int port, const QString& filter)
        : m_client(settings(port, filter), [this](const QList<MqttMessage>& batch) {
            QMutexLocker lock(&m_mutex);
            m_received += batch;
            return Status {};
        })
    {
        m_client.start();
    }

    bool connected() const { return m_client.status().state == MqttStatus::State::Connected; }
    QList<MqttMessage> received() const
    {
        QMutexLocker lock(&m_mutex);
        return m_received;
    }

private:
    static MqttSettings settings(int port, const QString& filter)
    {
        MqttSettings s;
        s.port = port;
        s.clientId = QStringLiteral("alarm-listener-%1").arg(QDateTime::currentMSecsSinceEpoch());
        s.topics = {filter};
        return s;
    }

    mutable QMutex m_mutex;
    QList<MqttMessage> m_received;
    MqttClient m_client;
};

} // namespace

class TestAlarmTopic : public QObject
{
    Q_OBJECT

    std::unique_ptr<MosquittoBroker> m_broker;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<TestWorkspace> m_tw;
    Session m_doctor;
    Session m_nurse;

    Workspace& w() { return m_tw->workspace(); }

    Status setTopic(const QString& topic)
    {
        return InterfaceSettings(w().database(), w().audit())
            .set(m_tw->admin(), InterfaceSettings::Key::AlarmsTopic, topic);
    }

    AnalysisSettings analysisSettings() const
    {
        AnalysisSettings settings = m_tw->workspace().settings().analysis();
        settings.tickMs = 50;
        settings.deviceSilentMs = 1000;
        return settings;
    }

    MqttSettings mqtt() const
    {
        MqttSettings s = m_tw->workspace().settings().mqtt();
        s.host = QStringLiteral("127.0.0.1");
        s.port = m_broker->port();
        return s;
    }

    std::optional<AlarmView> openAlarm(AlarmCondition condition) { return test::openAlarm(w(), m_nurse, condition); }

    static QJsonObject parsed(const MqttMessage& m)
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(m.payload, &error);
        return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject {};
    }

    static QStringList states(const QList<MqttMessage>& messages, const QString& condition)
    {
        QStringList out;
        for (const MqttMessage& m : messages)
            if (parsed(m)[QLatin1String("condition")].toString() == condition)
                out << parsed(m)[QLatin1String("state")].toString();
        return out;
    }

private slots:
    void init()
    {
        m_broker = std::make_unique<MosquittoBroker>();
        QVERIFY(m_broker->start());
        m_clock = std::make_unique<ManualClock>(QDateTime::currentDateTimeUtc());
        m_tw = std::make_unique<TestWorkspace>(*m_clock);
        m_doctor = m_tw->addStaff(QStringLiteral("dr.house"), Role::Doctor, QStringLiteral("Gregory House"));
        m_nurse = m_tw->addStaff(QStringLiteral("nurse.nina"), Role::Nurse, QStringLiteral("Nina Rossi"));
        m_tw->admit(m_doctor, Mrn, Name, QStringLiteral("12B"));
        QVERIFY(w().devices().add(m_tw->admin(), DeviceSerial, {}, {}).ok());
        QVERIFY(w().devices().assign(m_nurse, DeviceSerial, Mrn, m_clock->now().addSecs(-3600)).ok());
    }

    void cleanup()
    {
        m_tw.reset();
        m_clock.reset();
        m_broker.reset();
    }

    void alarmLifeCycle_isPublishedWithBedAndPriorityOnly()
    {
        QVERIFY(setTopic(Topic).ok());
        Listener listener(m_broker->port(), Topic);
        QTRY_VERIFY_WITH_TIMEOUT(listener.connected(), 10'000);
        Monitoring monitoring(w(), *m_clock);
        monitoring.start(mqtt(), analysisSettings());
        QTRY_COMPARE_WITH_TIMEOUT(monitoring.ingest().status().state, MqttStatus::State::Connected, 10'000);

        // Respiration 25 (3), SpO2 93 (2), pulse 111 (2): NEWS2 7, a high alarm at the next tick.
        QVERIFY(w().observations().add(m_nurse, Mrn, bedsideObservations(25, 93, 111)).ok());
        monitoring.analysis().sync();
        const auto raised = openAlarm(AlarmCondition::EarlyWarningScore);
        QVERIFY(raised.has_value());
        QCOMPARE(raised->alarm.priority, AlarmPriority::High);
        // People act on it; the analysis picks their events up from the store.
        QVERIFY(w().alarms().pauseAudio(m_nurse, raised->alarm.id, 60).ok());
        QVERIFY(w().alarms().acknowledge(m_nurse, raised->alarm.id, Comment + QLatin1Char(' ') + Name).ok());
        monitoring.analysis().nudge();
        // Better observations a minute later end it; the assigned device, silent all along, raises its own alarm.
        m_clock->advanceMs(60'000);
        QVERIFY(w().observations().add(m_nurse, Mrn, bedsideObservations(16, 97, 72)).ok());
        monitoring.analysis().sync();
        QVERIFY(!openAlarm(AlarmCondition::EarlyWarningScore).has_value());
        QVERIFY(openAlarm(AlarmCondition::DeviceSilent).has_value());

        const QString ews = conditionKey(AlarmCondition::EarlyWarningScore);
        const QStringList expected = {QStringLiteral("raised"), QStringLiteral("audio-paused"),
                                      QStringLiteral("acknowledged"), QStringLiteral("ended")};
        QTRY_VERIFY2_WITH_TIMEOUT(states(listener.received(), ews) == expected,
                                  qPrintable(states(listener.received(), ews).join(QLatin1Char(','))), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(states(listener.received(), conditionKey(AlarmCondition::DeviceSilent)),
                                  QStringList {QStringLiteral("raised")}, 10'000);

        // One "raised" row per alarm in the store (a score or technical alarm was once stored as raised twice).
        {
            QSqlDatabase db = w().database().connection();
            QCOMPARE(Sql::scalar(db,
                                 QStringLiteral("SELECT count(*) FROM (SELECT alarm_id FROM alarm_events WHERE "
                                                "action = 'raised' GROUP BY alarm_id HAVING count(*) > 1) twice"))
                         .toInt(),
                     0);
        }
        const QList<MqttMessage> received = listener.received();
        QCOMPARE(monitoring.analysis().totals().alarmTopicPublished, qint64(received.size()));
        QCOMPARE(monitoring.analysis().totals().alarmTopicDropped, qint64(0));
        const QStringList keys = {QStringLiteral("bed"), QStringLiteral("condition"), QStringLiteral("priority"),
                                  QStringLiteral("state"), QStringLiteral("time")};
        const QByteArrayList forbidden = {Mrn.toUtf8(), "Carla", "Neri",   "1961",  DeviceSerial.toUtf8(),
                                          "Gregory",    "House", "Nina",   "Rossi", "nurse.nina",
                                          "bedside",    "NEWS2", "no data"};
        for (const MqttMessage& m : received) {
            QCOMPARE(m.topic, Topic);
            QVERIFY(!m.retained);
            for (const QByteArray& word : forbidden)
                QVERIFY2(!m.payload.contains(word), m.payload.constData());
            QVERIFY2(m.payload.size() < 160, m.payload.constData());
            const QJsonObject o = parsed(m);
            QCOMPARE(o.keys(), keys);
            QCOMPARE(o[QLatin1String("bed")].toString(), QStringLiteral("12B"));
            QVERIFY(priorityFromKey(o[QLatin1String("priority")].toString()).has_value());
            const QDateTime at = QDateTime::fromString(o[QLatin1String("time")].toString(), Qt::ISODateWithMs);
            QVERIFY2(at.isValid() && at.timeSpec() == Qt::UTC, m.payload.constData());
            QVERIFY(o[QLatin1String("time")].toString().endsWith(QLatin1Char('Z')));
            QVERIFY(qAbs(at.msecsTo(m_clock->now())) <= 61'000);
        }
        for (const MqttMessage& m : received)
            if (parsed(m)[QLatin1String("condition")].toString() == ews)
                QCOMPARE(parsed(m)[QLatin1String("priority")].toString(), QStringLiteral("high"));
        monitoring.stop();
    }

    void topicOff_publishesNothing_andSettingItTakesEffectWithoutARestart()
    {
        Listener everything(m_broker->port(), QStringLiteral("#"));
        QTRY_VERIFY_WITH_TIMEOUT(everything.connected(), 10'000);
        Monitoring monitoring(w(), *m_clock);
        monitoring.start(mqtt(), analysisSettings());
        QTRY_COMPARE_WITH_TIMEOUT(monitoring.ingest().status().state, MqttStatus::State::Connected, 10'000);

        QVERIFY(w().observations().add(m_nurse, Mrn, bedsideObservations(25, 93, 111)).ok());
        monitoring.analysis().sync();
        const auto raised = openAlarm(AlarmCondition::EarlyWarningScore);
        QVERIFY(raised.has_value());
        QTest::qWait(1500); // thirty ticks
        QVERIFY2(everything.received().isEmpty(), everything.received().value(0).payload.constData());
        QCOMPARE(monitoring.analysis().totals().alarmTopicPublished, qint64(0));
        QCOMPARE(monitoring.analysis().totals().alarmTopicDropped, qint64(0));

        // Turned on while running: the next event goes out, the earlier ones (history) do not.
        QVERIFY(setTopic(Topic).ok());
        QTest::qWait(300);
        QVERIFY(w().alarms().acknowledge(m_nurse, raised->alarm.id, Comment).ok());
        monitoring.analysis().nudge();
        QTRY_COMPARE_WITH_TIMEOUT(everything.received().size(), 1, 10'000);
        QCOMPARE(everything.received().first().topic, Topic);
        QCOMPARE(parsed(everything.received().first())[QLatin1String("state")].toString(),
                 QStringLiteral("acknowledged"));

        // Turned off again: nothing more.
        QVERIFY(setTopic({}).ok());
        QTest::qWait(300);
        m_clock->advanceMs(60'000);
        QVERIFY(w().observations().add(m_nurse, Mrn, bedsideObservations(16, 97, 72)).ok());
        monitoring.analysis().sync();
        QVERIFY(!openAlarm(AlarmCondition::EarlyWarningScore).has_value());
        QTest::qWait(1000);
        QCOMPARE(everything.received().size(), 1);
        monitoring.stop();
    }

    void brokerDown_dropsAndCounts_andTheAlarmsGoOn()
    {
        QVERIFY(setTopic(Topic).ok());
        Monitoring monitoring(w(), *m_clock);
        monitoring.start(mqtt(), analysisSettings());
        QTRY_COMPARE_WITH_TIMEOUT(monitoring.ingest().status().state, MqttStatus::State::Connected, 10'000);
        m_broker->stop();
        QTRY_VERIFY_WITH_TIMEOUT(monitoring.ingest().status().state != MqttStatus::State::Connected, 10'000);

        QVERIFY(w().observations().add(m_nurse, Mrn, bedsideObservations(25, 93, 111)).ok());
        monitoring.analysis().sync();
        // The alarm is stored and shown as ever; its publication is counted as dropped.
        QVERIFY(openAlarm(AlarmCondition::EarlyWarningScore).has_value());
        QTRY_VERIFY_WITH_TIMEOUT(monitoring.analysis().totals().alarmTopicDropped >= 1, 10'000);
        QCOMPARE(monitoring.analysis().totals().alarmTopicPublished, qint64(0));
        QCOMPARE(monitoring.analysis().totals().errors, qint64(0));
        monitoring.stop();
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAlarmTopic)
#include "TestAlarmTopic.moc"
