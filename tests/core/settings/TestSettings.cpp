#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace pulsedesk;
using pulsedesk::test::TestWorkspace;

/// Workstation settings in the encrypted store: defaults, checked and audited changes by an admin only, the typed
/// views the live pipeline starts with, and the broker client id each data folder generates once.
class TestSettings : public QObject
{
    Q_OBJECT

    static qint64 audited(Workspace& w, const QString& key)
    {
        QSqlDatabase db = w.database().connection();
        return Sql::scalar(db,
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND "
                                          "subject_id = ?"),
                           {key})
            .toLongLong();
    }

private slots:
    void unsetKeys_readTheirDefaults_andTheTypedViewsFollow()
    {
        TestWorkspace tw;
        Settings& s = tw->settings();
        QCOMPARE(s.autoLockMinutes(), 5);
        QCOMPARE(s.value(Settings::Key::MqttPort).toInt(), 1883);
        const AnalysisSettings a = s.analysis();
        QCOMPARE(a.window.windowMs, 10'000);
        QCOMPARE(a.window.allowedLatenessMs, 2'000);
        QCOMPARE(a.alarms.delayMs, 10'000);
        QCOMPARE(a.alarms.escalateAfterMs, 2 * 60'000);
        QCOMPARE(a.deviceSilentMs, 60'000);
        const MqttSettings m = s.mqtt();
        QCOMPARE(m.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(m.topics,
                 (QStringList {QStringLiteral("IoTSimulator/bpm"), QStringLiteral("IoTSimulator/batch"),
                               QStringLiteral("pulsedesk/vitals")}));
        for (int i = 0; i <= int(Settings::Key::QuarantineMaxMessages); ++i) {
            const auto key = Settings::Key(i);
            QVERIFY2(!Settings::keyName(key).isEmpty(), "every key has a name");
            QCOMPARE(s.value(key), Settings::defaultValue(key));
        }
    }

    void anAdminsChange_isStored_announced_audited_andSurvivesARestart()
    {
        TestWorkspace tw;
        QSignalSpy changed(&tw->settings(), &Settings::changed);
        QVERIFY(tw->settings().setValue(tw.admin(), Settings::Key::AnalysisWindowSeconds, 30));
        QVERIFY(tw->settings().setValue(tw.admin(), Settings::Key::MqttTopics, QStringLiteral(" ward/a , ward/b,,")));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::AnalysisWindowSeconds);
        QCOMPARE(changed.at(0).at(1).toInt(), 30);
        QCOMPARE(tw->settings().analysis().window.windowMs, 30'000);
        QCOMPARE(tw->settings().mqtt().topics, (QStringList {QStringLiteral("ward/a"), QStringLiteral("ward/b")}));
        QCOMPARE(audited(tw.workspace(), QStringLiteral("analysis.windowSeconds")), 1);

        tw.reopen();
        QVERIFY(tw->login(QString::fromLatin1(TestWorkspace::AdminName),
                          QString::fromLatin1(TestWorkspace::AdminPassword)));
        QCOMPARE(tw->settings().analysis().window.windowMs, 30'000);
    }

    void theBrokerPassword_isNeverWrittenToTheAuditLog()
    {
        TestWorkspace tw;
        QVERIFY(tw->settings().setValue(tw.admin(), Settings::Key::MqttPassword, QStringLiteral("s3cret-broker")));
        QCOMPARE(tw->settings().mqtt().password, QStringLiteral("s3cret-broker"));
        QSqlDatabase db = tw->database().connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE details LIKE ?"),
                             {QStringLiteral("%s3cret%")})
                     .toInt(),
                 0);
        QCOMPARE(audited(tw.workspace(), QStringLiteral("mqtt.password")), 1);
    }

    void outOfRangeOrWrongType_isRefused_andNothingChanges()
    {
        TestWorkspace tw;
        QSignalSpy changed(&tw->settings(), &Settings::changed);
        const Status tooLong = tw->settings().setValue(tw.admin(), Settings::Key::AlarmDelaySeconds, 16);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, Error::Code::Invalid);
        QVERIFY(tooLong.error().message.contains(QStringLiteral("0")));
        QVERIFY(tooLong.error().message.contains(QStringLiteral("15")));
        const Status notANumber =
            tw->settings().setValue(tw.admin(), Settings::Key::MqttPort, QStringLiteral("eighteen"));
        QVERIFY(!notANumber);
        QCOMPARE(notANumber.error().code, Error::Code::Invalid);
        QCOMPARE(tw->settings().analysis().alarms.delayMs, 10'000);
        QCOMPARE(tw->settings().value(Settings::Key::MqttPort).toInt(), 1883);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(audited(tw.workspace(), QStringLiteral("alarms.delaySeconds")), 0);
    }

    void onlyAnAdmin_mayChangeSettings()
    {
        TestWorkspace tw;
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        for (const Session& s : {nurse, doctor}) {
            const Status denied = tw->settings().setValue(s, Settings::Key::AutoLockMinutes, 30);
            QVERIFY(!denied);
            QCOMPARE(denied.error().code, Error::Code::NotPermitted);
        }
        QCOMPARE(tw->settings().autoLockMinutes(), 5);
    }

    void quarantineLimits_areReadInsideTheCallersTransaction_inBytes()
    {
        TestWorkspace tw;
        QVERIFY(tw->settings().setValue(tw.admin(), Settings::Key::QuarantineMaxMegabytes, 3));
        QVERIFY(tw->settings().setValue(tw.admin(), Settings::Key::QuarantineMaxMessages, 250));
        QSqlDatabase db = tw->database().connection();
        Sql::Transaction transaction(db);
        QVERIFY(transaction.isActive());
        const Settings::QuarantineLimits limits = Settings::quarantineLimits(db);
        QCOMPARE(limits.maxBytes, 3 * 1024 * 1024);
        QCOMPARE(limits.maxMessages, 250);
    }

    void theInstallationClientId_isRandom_perDataFolder_andStable()
    {
        TestWorkspace first;
        TestWorkspace second;
        const QString id = first->settings().installationClientId();
        QVERIFY2(QRegularExpression(QStringLiteral("^pulsedesk-[0-9a-f]{16}$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(first->settings().installationClientId(), id);
        QVERIFY(second->settings().installationClientId() != id);
        first.reopen();
        QVERIFY(first->login(QString::fromLatin1(TestWorkspace::AdminName),
                             QString::fromLatin1(TestWorkspace::AdminPassword)));
        QCOMPARE(first->settings().installationClientId(), id);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestSettings)
#include "TestSettings.moc"
