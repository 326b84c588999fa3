#include "AlarmNotifier.h"
#include "AlarmsScreen.h"
#include "AuditScreen.h"
#include "DeviceHealthScreen.h"
#include "DevicesScreen.h"
#include "FormDialog.h"
#include "GuiDriver.h"
#include "InterfaceErrorsScreen.h"
#include "InterfacesScreen.h"
#include "MosquittoBroker.h"
#include "PatientNotesTab.h"
#include "PatientsScreen.h"
#include "PostgresServer.h"
#include "QuarantineScreen.h"
#include "SettingsScreen.h"
#include "StaffScreen.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "monitoring/AlarmFollower.h"
#include "storage/AuditLog.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresDatabase.h"
#include "storage/StaffDirectory.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTcpSocket>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The workstation on a ward server: the real main window over a PostgreSQL ward made with server init, each
/// member of staff logging in with their own server login; patients, notes, alarms and the staff screen work as
/// on one PC.
class TestGuiWardServer : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QString m_ward;

    /// The ward's connection string without user or password: each member of staff logs in as themselves.
    QString ward() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 sslmode=disable").arg(m_server.port()).arg(m_ward);
    }

    QString superSql(const QString& sql)
    {
        QString error;
        const QString out = m_server.psql(m_ward, sql, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return out;
    }

    /// Raises an alarm for the patient in bed 4 as the ward server's analysis would (the superuser's connection).
    void raiseAlarm(qint64 id)
    {
        auto opened = PostgresDatabase::open(m_server.connInfo(m_ward), {}, PostgresDatabase::Schema::AsIs);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        {
            AuditLog audit(*opened.value(), Clock::system());
            AlarmStore alarms(*opened.value(), audit, Clock::system());
            QSqlDatabase db = opened.value()->connection();
            AlarmEvent event = raisedAlarm(id, AlarmPriority::High);
            event.alarm.patientId =
                superSql(QStringLiteral("SELECT id FROM patients WHERE mrn = 'MRN-7001'")).toLongLong();
            event.alarm.raisedAtMs = event.alarm.updatedAtMs = event.atMs = QDateTime::currentMSecsSinceEpoch();
            event.alarm.conditionSinceMs = event.atMs;
            // One open alarm per condition, as the analysis raises them (the store holds no second one).
            const AlarmCondition conditions[] = {AlarmCondition::Tachycardia, AlarmCondition::Bradycardia,
                                                 AlarmCondition::EarlyWarningScore};
            event.alarm.condition = conditions[(id - 1) % 3];
            QVERIFY(alarms.storeAlarmEvents(db, {event}).ok());
        }
    }

    static void openPatient(GuiDriver& gui, const QString& mrn)
    {
        gui.showPage(QStringLiteral("patients"));
        gui.find<ui::PatientsScreen>("patientsScreen")->openPatient(mrn);
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("patientDetails")->text().contains(mrn), 10'000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ward = m_server.createDatabase(&error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
        auto init = Workspace::forServer(m_server.connInfo(m_ward));
        QVERIFY2(init->initialize(QStringLiteral("ward.admin"), QStringLiteral("Ward Admin"),
                                  QStringLiteral("admin-password-1"))
                     .ok(),
                 "server init");
        auto admin = init->login(QStringLiteral("ward.admin"), QStringLiteral("admin-password-1"));
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        QVERIFY(init->staff()
                    .add(admin.value(), QStringLiteral("dr.dora"), QStringLiteral("Dora Doctor"), Role::Doctor,
                         QStringLiteral("dora-password-1"))
                    .ok());
        QVERIFY(init->staff()
                    .add(admin.value(), QStringLiteral("nurse.nina"), QStringLiteral("Nina Nurse"), Role::Nurse,
                         QStringLiteral("nina-password-1"))
                    .ok());
        // Stand in for the first-login password change, which has tests of its own.
        superSql(QStringLiteral("UPDATE users SET must_change_password = 0"));
        auto doctor = init->login(QStringLiteral("dr.dora"), QStringLiteral("dora-password-1"));
        QVERIFY2(doctor, qPrintable(doctor.errorMessage()));
        PatientInput input;
        input.mrn = QStringLiteral("MRN-7001");
        input.name = QStringLiteral("Wanda Ward");
        input.bed = QStringLiteral("4");
        input.ward = QStringLiteral("A");
        QVERIFY(init->patients().admit(doctor.value(), input).ok());
        raiseAlarm(1);
    }

    void doctorWritesANote_nurseAcknowledgesAnAlarm_onOneWindow()
    {
        GuiDriver gui(Workspace::forServer(ward()));
        QVERIFY(gui.logIn(QStringLiteral("dr.dora"), QStringLiteral("dora-password-1")));
        QVERIFY(gui.waitIdle());
        openPatient(gui, QStringLiteral("MRN-7001"));
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        tabs->setCurrentWidget(tabs->findChild<ui::PatientNotesTab*>());
        gui.click("writeNoteButton");
        QPointer<ui::FormDialog> dialog = gui.waitForDialog("noteDialog");
        QVERIFY(dialog);
        GuiDriver::fill(dialog, "text", QStringLiteral("Seen on the ward round."));
        GuiDriver::submit(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(gui.visibleText().contains(QLatin1String("Seen on the ward round.")), 10'000);
        QCOMPARE(
            superSql(QStringLiteral("SELECT count(*) FROM clinical_records WHERE text = 'Seen on the ward round.'")),
            QStringLiteral("1"));

        // Lock and unlock: the same login proves its password again.
        gui.window().lock();
        QVERIFY(gui.logIn(QStringLiteral("dr.dora"), QStringLiteral("dora-password-1")));

        // Another member of staff on the same window: her own server login.
        gui.window().logout();
        QVERIFY(gui.logIn(QStringLiteral("nurse.nina"), QStringLiteral("nina-password-1")));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("alarms"));
        auto* screen = gui.find<ui::AlarmsScreen>("alarmsScreen");
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 1, 10'000);
        QCOMPARE(screen->model()->index(0, 2).data().toString(), QStringLiteral("4"));
        gui.find<QTableView>("alarmsTable")->selectRow(0);
        gui.click("acknowledgeAlarmButton");
        ui::FormDialog* ack = gui.waitForDialog("acknowledgeAlarmDialog");
        QVERIFY(ack);
        GuiDriver::fill(ack, "comment", QStringLiteral("at the bedside"));
        GuiDriver::submit(ack);
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->index(0, 5).data().toString(), QStringLiteral("acknowledged"),
                                  10'000);
        QCOMPARE(superSql(QStringLiteral("SELECT state, comment FROM alarms WHERE id = 1")),
                 QStringLiteral("acknowledged|at the bedside"));

        // The window follows what the server's analysis stores: a new alarm appears and is heard without anyone
        // asking for it. The window itself ingests and analyses nothing.
        QVERIFY(gui.window().alarmFollower());
        QVERIFY(gui.window().alarmFollower()->isRunning());
        auto* notifier = gui.window().findChild<ui::AlarmNotifier*>();
        QVERIFY(notifier);
        const int bursts = notifier->burstsStarted();
        raiseAlarm(2);
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 2, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(notifier->burstsStarted() > bursts, 10'000);
        QVERIFY2(notifier->lastMessage().contains(QLatin1String("bed 4")), qPrintable(notifier->lastMessage()));
        QCOMPARE(gui.window().alarmFollower()->openAlarms().size(), size_t(2));
        QCOMPARE(superSql(QStringLiteral("SELECT current_user")), QString::fromLatin1(PostgresServer::SuperUser));
        QVERIFY(superSql(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE usename = 'nurse.nina'")).toInt()
                >= 1);
    }

    void wrongPassword_isRefusedOnTheLoginPage()
    {
        GuiDriver gui(Workspace::forServer(ward()));
        QVERIFY(!gui.logIn(QStringLiteral("nurse.nina"), QStringLiteral("not-her-password")));
        QVERIFY2(gui.find<QLabel>("loginError")->text().contains(QLatin1String("refused the login")),
                 qPrintable(gui.find<QLabel>("loginError")->text()));
    }

    void admin_managesStaff()
    {
        GuiDriver gui(Workspace::forServer(ward()));
        QVERIFY(gui.logIn(QStringLiteral("ward.admin"), QStringLiteral("admin-password-1")));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("administration"));
        auto* staff = gui.find<ui::StaffScreen>("staffScreen");
        QTRY_COMPARE_WITH_TIMEOUT(staff->model()->rowCount(), 3, 10'000);
        QVERIFY(gui.visibleText().contains(QLatin1String("dr.dora")));
        QVERIFY(!gui.window().alarmFollower()->isRunning()); // an administrator may not read alarms

        // The ward's settings, kept on the server for every workstation.
        auto* settings = gui.find<ui::SettingsScreen>("settingsScreen");
        gui.find<QTabWidget>("administration")->setCurrentWidget(settings);
        QTRY_COMPARE_WITH_TIMEOUT(gui.find<QSpinBox>("analysisWindowSeconds")->value(), 10, 10'000);
        gui.find<QSpinBox>("analysisWindowSeconds")->setValue(20);
        gui.click("saveSettingsButton");
        auto* status = settings->findChild<QLabel*>(QStringLiteral("screenStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Settings saved."), 10'000);
        QCOMPARE(superSql(QStringLiteral("SELECT value FROM settings WHERE key LIKE '%window%'")),
                 QStringLiteral("20"));
    }

    /// Every screen of an administrator works on the ward although their login reads no clinical content: the
    /// devices (in use, not by whom), the audit log, the devices' health from their readings, the quarantine and the
    /// interface errors (reasons, not messages); no import (an import analyses patients' samples).
    void admin_screensWork_withoutClinicalContent()
    {
        superSql(QStringLiteral(
            "INSERT INTO devices (device_id, manufacturer, model, registered_at) VALUES ('mon-admin-1', 'Acme', "
            "'M1', 0);"
            "INSERT INTO device_assignments (device_id, patient_id, assigned_from) SELECT d.id, p.id, 0 "
            "FROM devices d, patients p WHERE d.device_id = 'mon-admin-1' AND p.mrn = 'MRN-7001';"
            "INSERT INTO samples (device_id, ts, heart_rate, spo2, received_at) "
            "SELECT d.id, (extract(epoch FROM now()) * 1000)::bigint - g * 1000, 70 + g % 5, 97, 0 "
            "FROM devices d, generate_series(1, 120) g WHERE d.device_id = 'mon-admin-1';"
            "INSERT INTO hl7_outbox (destination, kind, patient_id, ref, content, created_at, state, error) "
            "SELECT 'results', 'result', id, 1, 'hr_mean=71', 0, 'error', 'AE refused' FROM patients;"));
        GuiDriver gui(Workspace::forServer(ward()));
        QVERIFY(gui.logIn(QStringLiteral("ward.admin"), QStringLiteral("admin-password-1")));
        QVERIFY(gui.waitIdle());
        const QStringList pages = gui.visibleNavigation();
        QVERIFY2(!pages.contains(QLatin1String("import")) && !pages.contains(QLatin1String("alarms"))
                     && !pages.contains(QLatin1String("patients")),
                 qPrintable(pages.join(QLatin1Char(','))));
        const auto noError = [](ui::Screen* screen) {
            return screen->findChild<QLabel*>(QStringLiteral("screenStatus"))->styleSheet().isEmpty();
        };

        gui.showPage(QStringLiteral("devices"));
        auto* devices = gui.find<ui::DevicesScreen>("devicesScreen");
        QTRY_VERIFY_WITH_TIMEOUT(devices->model()->rowCount() > 0, 10'000);
        QVERIFY(noError(devices));
        QCOMPARE(devices->model()->items().constFirst().assignedPatientId, -1); // in use; by whom is not theirs
        QVERIFY(devices->model()->items().constFirst().assignedPatientMrn.isEmpty());

        gui.showPage(QStringLiteral("administration"));
        auto* audit = gui.find<ui::AuditScreen>("auditScreen");
        gui.find<QTabWidget>("administration")->setCurrentWidget(audit);
        QTRY_VERIFY_WITH_TIMEOUT(audit->model()->rowCount() > 0, 10'000);
        QVERIFY(noError(audit));

        auto* health = gui.find<ui::DeviceHealthScreen>("deviceHealthScreen");
        gui.find<QTabWidget>("administration")->setCurrentWidget(health);
        QTRY_VERIFY_WITH_TIMEOUT(health->model()->rowCount() > 0, 30'000);
        QVERIFY(noError(health));
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("deviceHealthSummary")->text().contains(QLatin1String("fleets")),
                                 30'000);

        gui.showPage(QStringLiteral("quarantine"));
        auto* quarantine = gui.find<ui::QuarantineScreen>("quarantineScreen");
        QTRY_VERIFY_WITH_TIMEOUT(!quarantine->findChild<QLabel*>(QStringLiteral("screenStatus"))->text().isEmpty(),
                                 10'000);
        QVERIFY(noError(quarantine));

        gui.showPage(QStringLiteral("interfaceErrors"));
        auto* errors = gui.find<ui::InterfaceErrorsScreen>("interfaceErrorsScreen");
        QTRY_COMPARE_WITH_TIMEOUT(errors->model()->rowCount(), 1, 10'000);
        QCOMPARE(errors->model()->items().constFirst().error, QStringLiteral("AE refused"));
        QVERIFY(errors->model()->items().constFirst().content.isEmpty());
        gui.click("retryAllButton");
        QTRY_COMPARE_WITH_TIMEOUT(superSql(QStringLiteral("SELECT state FROM hl7_outbox")), QStringLiteral("pending"),
                                  10'000);
        superSql(QStringLiteral("DELETE FROM hl7_outbox"));
        QVERIFY(!gui.visibleText().contains(QLatin1String("Wanda Ward")));
    }

    void interfaces_areSetHere_andRunByTheServer()
    {
        const quint16 port = quint16(MosquittoBroker::freePort());
        {
            GuiDriver gui(Workspace::forServer(ward()));
            QVERIFY(gui.logIn(QStringLiteral("ward.admin"), QStringLiteral("admin-password-1")));
            gui.showPage(QStringLiteral("administration"));
            auto* screen = gui.find<ui::InterfacesScreen>("interfacesScreen");
            gui.find<QTabWidget>("administration")->setCurrentWidget(screen);
            QVERIFY(gui.find<QLabel>("interfacesWhere")->text().contains(QLatin1String("pulsedesk-server")));
            gui.typeInto("adtAddress", QStringLiteral("127.0.0.1"));
            gui.find<QSpinBox>("adtPort")->setValue(port);
            gui.click("saveInterfacesButton");
            auto* status = screen->findChild<QLabel*>(QStringLiteral("screenStatus"));
            QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Interface settings saved."), 10'000);
            QCOMPARE(superSql(QStringLiteral("SELECT value FROM settings WHERE key = 'interfaces.adt.listen'")),
                     QStringLiteral("127.0.0.1:%1").arg(port));
            // The workstation of a ward server keeps the settings; pulsedesk-server listens, not this window.
            QVERIFY(gui.waitIdle());
            QVERIFY(gui.find<QLabel>("interfacesRunning")->text().isEmpty());
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(!probe.waitForConnected(2000));
            gui.find<QSpinBox>("adtPort")->setValue(0);
            gui.click("saveInterfacesButton");
            QTRY_COMPARE_WITH_TIMEOUT(superSql(QStringLiteral("SELECT value FROM settings WHERE key = "
                                                              "'interfaces.adt.listen'")),
                                      QString(), 10'000);
        }
        // A nurse reads the interface errors on the server as on one PC.
        GuiDriver gui(Workspace::forServer(ward()));
        QVERIFY(gui.logIn(QStringLiteral("nurse.nina"), QStringLiteral("nina-password-1")));
        gui.showPage(QStringLiteral("interfaceErrors"));
        auto* errors = gui.find<ui::InterfaceErrorsScreen>("interfaceErrorsScreen");
        auto* status = errors->findChild<QLabel*>(QStringLiteral("screenStatus"));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("0 message(s) refused by the hospital."), 10'000);
    }

    /// Last: the server is stopped under a running window, then started again.
    void losingTheServer_saysSoAndSounds_thenRecovers()
    {
        GuiDriver gui(Workspace::forServer(ward()));
        QVERIFY(gui.logIn(QStringLiteral("nurse.nina"), QStringLiteral("nina-password-1")));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("alarms"));
        auto* screen = gui.find<ui::AlarmsScreen>("alarmsScreen");
        QTRY_VERIFY_WITH_TIMEOUT(screen->model()->rowCount() >= 1, 10'000);
        const int open = screen->model()->rowCount();
        auto* banner = gui.find<QLabel>("serverBanner");
        auto* notifier = gui.window().findChild<ui::AlarmNotifier*>();
        AlarmFollower* follower = gui.window().alarmFollower();
        QVERIFY(!banner->isVisible());
        QVERIFY(screen->isEnabled());
        const int bursts = notifier->burstsStarted();

        m_server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
        QVERIFY2(banner->text().contains(QLatin1String("The ward server cannot be reached")),
                 qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QLatin1String("Connection refused")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QLatin1String("out of date")));
        // Heard as a high-priority technical alarm of the workstation's own.
        QTRY_VERIFY_WITH_TIMEOUT(notifier->burstsStarted() > bursts, 10'000);
        QCOMPARE(notifier->lastBurst(), AlarmPriority::High);
        QVERIFY2(notifier->lastMessage().contains(QLatin1String("Ward server unreachable")),
                 qPrintable(notifier->lastMessage()));
        QVERIFY(!follower->isServerReachable());
        const auto lostAlarms = follower->openAlarms();
        QVERIFY(std::any_of(lostAlarms.begin(), lostAlarms.end(), [](const Alarm& a) {
            return a.condition == AlarmCondition::ServerUnreachable && a.priority == AlarmPriority::High
                && a.isSounding(QDateTime::currentMSecsSinceEpoch());
        }));
        // The screen's own line says the same in words a nurse can use, not the engine's ("Driver not loaded").
        screen->refresh();
        auto* status = screen->findChild<QLabel*>(QStringLiteral("screenStatus"));
        QTRY_VERIFY2_WITH_TIMEOUT(status->text().contains(QLatin1String("cannot be reached")),
                                  qPrintable(status->text()), 10'000);
        QVERIFY2(!status->text().contains(QLatin1String("Driver")), qPrintable(status->text()));
        // Nothing can be changed before anyone types: the screens are disabled while the banner shows.
        QVERIFY(!screen->isEnabled());
        QVERIFY(!gui.find<QPushButton>("acknowledgeAlarmButton")->isEnabled());

        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 15'000);
        QVERIFY(follower->isServerReachable());
        QVERIFY(screen->isEnabled());
        for (const Alarm& alarm : follower->openAlarms())
            QVERIFY(alarm.condition != AlarmCondition::ServerUnreachable);
        // Working again without a restart: a new alarm is followed, the list reads the server.
        raiseAlarm(3);
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), open + 1, 10'000);
    }
};

QTEST_MAIN(TestGuiWardServer)
#include "TestGuiWardServer.moc"
