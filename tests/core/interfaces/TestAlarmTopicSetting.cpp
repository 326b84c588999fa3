// The alarm topic setting (interfaces.alarms.topic): an MQTT topic name one can publish on, checked before it is
// kept, audited, cleared with an empty value; and the payload it carries holds five values and nothing else.
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "interfaces/InterfaceSettings.h"
#include "monitoring/AlarmTopic.h"
#include "settings/MqttSettings.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestAlarmTopicSetting : public QObject
{
    Q_OBJECT

private slots:
    void publishTopic_followsMqtt311_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("ward4/alarms") << true;
        QTest::newRow("one level") << QStringLiteral("alarms") << true;
        QTest::newRow("empty levels are allowed (4.7.1.1)") << QStringLiteral("/ward//alarms/") << true;
        QTest::newRow("spaces and Unicode") << QStringLiteral("Station Süd/Alarme") << true;
        QTest::newRow("longest (65535 bytes)") << QString(65535, QLatin1Char('a')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("single-level wildcard") << QStringLiteral("ward4/+/alarms") << false;
        QTest::newRow("multi-level wildcard") << QStringLiteral("ward4/#") << false;
        QTest::newRow("wildcard inside a level") << QStringLiteral("ward4/alarms#1") << false;
        QTest::newRow("NUL") << QStringLiteral("ward4/al") + QChar(0) + QStringLiteral("arms") << false;
        QTest::newRow("control character") << QStringLiteral("ward4/\x1b[31m") << false;
        QTest::newRow("C1 control") << QStringLiteral("ward4/") + QChar(0x85) << false;
        QTest::newRow("unpaired surrogate") << QStringLiteral("ward4/") + QChar(0xd800) << false;
        QTest::newRow("too long (65536 bytes)") << QString(65536, QLatin1Char('a')) << false;
        QTest::newRow("too long in UTF-8") << QString(32768, QChar(0xfc)) << false;
        QTest::newRow("broker's own ($SYS)") << QStringLiteral("$SYS/alarms") << false;
    }

    void publishTopic_followsMqtt311()
    {
        QFETCH(QString, topic);
        QFETCH(bool, valid);
        const QString problem = MqttSettings::publishTopicProblem(topic);
        QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
    }

    void topicFilters_matchAsMqtt311Says_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<bool>("matches");
        QTest::newRow("same") << QStringLiteral("a/b") << QStringLiteral("a/b") << true;
        QTest::newRow("other") << QStringLiteral("a/b") << QStringLiteral("a/c") << false;
        QTest::newRow("longer topic") << QStringLiteral("a/b") << QStringLiteral("a/b/c") << false;
        QTest::newRow("+ one level") << QStringLiteral("a/+") << QStringLiteral("a/b") << true;
        QTest::newRow("+ not two") << QStringLiteral("a/+") << QStringLiteral("a/b/c") << false;
        QTest::newRow("+ empty level") << QStringLiteral("a/+") << QStringLiteral("a/") << true;
        QTest::newRow("# below") << QStringLiteral("a/#") << QStringLiteral("a/b/c") << true;
        QTest::newRow("# the parent") << QStringLiteral("a/#") << QStringLiteral("a") << true;
        QTest::newRow("# everything") << QStringLiteral("#") << QStringLiteral("ward4/alarms") << true;
        QTest::newRow("# not $ topics") << QStringLiteral("#") << QStringLiteral("$SYS/x") << false;
        QTest::newRow("case matters") << QStringLiteral("Ward4/alarms") << QStringLiteral("ward4/alarms") << false;
    }

    void topicFilters_matchAsMqtt311Says()
    {
        QFETCH(QString, filter);
        QFETCH(QString, topic);
        QFETCH(bool, matches);
        QCOMPARE(MqttSettings::filterMatches(filter, topic), matches);
    }

    void theSetting_isCheckedAuditedAndCleared()
    {
        TestWorkspace tw;
        Workspace& w = tw.workspace();
        InterfaceSettings settings(w.database(), w.audit());
        QCOMPARE(settings.alarmsTopic(), QString()); // off by default
        QCOMPARE(InterfaceSettings::keyFromName(QStringLiteral("alarms.topic")), InterfaceSettings::Key::AlarmsTopic);
        QCOMPARE(InterfaceSettings::keyName(InterfaceSettings::Key::AlarmsTopic),
                 QString::fromLatin1(AlarmTopic::SettingKey));

        QVERIFY(settings.set(tw.admin(), InterfaceSettings::Key::AlarmsTopic, QStringLiteral(" ward4/alarms ")).ok());
        QCOMPARE(settings.alarmsTopic(), QStringLiteral("ward4/alarms"));
        QSqlDatabase db = w.database().connection();
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND "
                                            "subject_id = 'interfaces.alarms.topic'"))
                     .toInt(),
                 1);

        // A wildcard is refused in words, and the stored topic stays.
        const Status wildcard =
            settings.set(tw.admin(), InterfaceSettings::Key::AlarmsTopic, QStringLiteral("ward4/#"));
        QCOMPARE(wildcard.code(), Error::Code::Invalid);
        QVERIFY2(wildcard.errorMessage().contains(QLatin1String("wildcard")), qPrintable(wildcard.errorMessage()));
        QCOMPARE(settings.alarmsTopic(), QStringLiteral("ward4/alarms"));
        // A topic live ingest subscribes to would bring the alarms back as device messages.
        const Status loop =
            settings.set(tw.admin(), InterfaceSettings::Key::AlarmsTopic, QStringLiteral("pulsedesk/vitals"));
        QCOMPARE(loop.code(), Error::Code::Invalid);
        QVERIFY2(loop.errorMessage().contains(QLatin1String("subscribes")), qPrintable(loop.errorMessage()));
        // Only an administrator sets it.
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        QCOMPARE(settings.set(nurse, InterfaceSettings::Key::AlarmsTopic, QStringLiteral("x")).code(),
                 Error::Code::NotPermitted);

        // Empty turns it off.
        QVERIFY(settings.set(tw.admin(), InterfaceSettings::Key::AlarmsTopic, QString()).ok());
        QCOMPARE(settings.alarmsTopic(), QString());
    }

    void thePayload_holdsFiveValuesAndNothingElse()
    {
        const qint64 at = QDateTime(QDate(2026, 3, 1), QTime(10, 15, 30, 250), Qt::UTC).toMSecsSinceEpoch();
        const QByteArray payload = AlarmTopic::payload(QStringLiteral("12B"), AlarmPriority::Medium,
                                                       AlarmCondition::Tachycardia, QStringLiteral("raised"), at);
        QCOMPARE(payload,
                 QByteArray(R"({"bed":"12B","condition":"tachycardia","priority":"medium",)"
                            R"("state":"raised","time":"2026-03-01T10:15:30.250Z"})"));
        // No bed: null, never another identifier instead.
        const QJsonObject noBed =
            QJsonDocument::fromJson(AlarmTopic::payload({}, AlarmPriority::Low, AlarmCondition::BrokerUnreachable,
                                                        QStringLiteral("ended"), at))
                .object();
        QVERIFY(noBed[QLatin1String("bed")].isNull());
        QCOMPARE(noBed.size(), 5);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAlarmTopicSetting)
#include "TestAlarmTopicSetting.moc"
