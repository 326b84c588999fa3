// The hospital interfaces in the workstation, driven as people drive them: an administrator sets them up and the
// one-PC workstation runs them (a real MLLP connection, python3-hl7 as the hospital); a nurse sends refused
// messages again from the interface errors list.
#include "GuiDriver.h"
#include "Hl7Peer.h"
#include "InterfaceErrorsScreen.h"
#include "InterfacesScreen.h"
#include "MosquittoBroker.h"
#include "TestWorkspace.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QComboBox>
#include <QJsonObject>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestGuiInterfaces : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;

    qint64 count(GuiDriver& gui, const QString& sql)
    {
        QSqlDatabase db = gui.workspace().database().connection();
        return Sql::scalar(db, sql).toLongLong();
    }

    void showInterfaces(GuiDriver& gui)
    {
        gui.showPage(QStringLiteral("administration"));
        gui.find<QTabWidget>("administration")->setCurrentWidget(gui.find<ui::InterfacesScreen>("interfacesScreen"));
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        const Session doctor = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Anna Rossi"), QStringLiteral("4"));
        Workspace& w = m_store->workspace();
        QVERIFY(w.devices().add(m_store->admin(), QStringLiteral("dev-1"), {}, {}));
        // A result the EHR refused (AE), as the sender leaves it on the interface errors list.
        QSqlDatabase db = w.database().connection();
        QSqlQuery q(db);
        QVERIFY(
            Sql::exec(q,
                      QStringLiteral("INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, "
                                     "content, created_at, state, attempts, sent_at, error) SELECT 'results', "
                                     "'result', p.id, d.id, 1790000000000, 'window_ms=10000&count=10&hr_mean=70.0', "
                                     "1790000000000, 'error', 1, 1790000001000, 'AE: unknown patient' "
                                     "FROM patients p, devices d")));
        m_store->close();
    }

    void admin_setsUpTheInterfaces_andTheWorkstationRunsThem()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)));
        QVERIFY(gui.waitIdle());
        showInterfaces(gui);
        auto* screen = gui.find<ui::InterfacesScreen>("interfacesScreen");
        QVERIFY(screen->isVisible());
        QVERIFY(gui.find<QLabel>("interfacesWhere")->text().contains(QLatin1String("This workstation runs")));
        QTRY_COMPARE(gui.find<QLabel>("interfacesRunning")->text(), QStringLiteral("No interface is set up."));

        // A destination that is not HOST:PORT is refused by core with the reason, and nothing runs.
        gui.typeInto("resultsTo", QStringLiteral("ehr.hospital"));
        gui.click("saveInterfacesButton");
        QTRY_VERIFY(gui.visibleText().contains(QLatin1String("is not HOST:PORT")));
        QCOMPARE(count(gui, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'interfaces.%'")), qint64(0));

        Hl7PeerServer ehr;
        QVERIFY(ehr.start());
        const quint16 adtPort = quint16(MosquittoBroker::freePort());
        gui.typeInto("adtAddress", QStringLiteral("127.0.0.1"));
        gui.find<QSpinBox>("adtPort")->setValue(adtPort);
        gui.typeInto("resultsTo", QStringLiteral("127.0.0.1:%1").arg(ehr.port()));
        gui.click("saveInterfacesButton");
        QTRY_VERIFY_WITH_TIMEOUT(
            gui.find<QLabel>("interfacesRunning")->text().startsWith(QLatin1String("Running on this workstation")),
            10'000);
        QVERIFY2(gui.find<QLabel>("interfacesRunning")->text().contains(QStringLiteral("127.0.0.1:%1").arg(adtPort)),
                 qPrintable(gui.find<QLabel>("interfacesRunning")->text()));
        // PULSEDESK_SCREENSHOT_DIR=DIR keeps a picture of the screen, to look at it.
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            gui.window().grab().save(shots + QStringLiteral("/interfaces.png"));

        // The hospital admits a patient: the workstation's listener (on the runner's thread) answers AA.
        const QJsonArray acks =
            sendHl7(adtPort,
                    {{QStringLiteral("MSH|^~\\&|HIS|HOSP|PULSEDESK|WARD|20260301101500||ADT^A01^ADT_A01|g1|P|2.5\r"
                                     "PID|1||MRN-2^^^HOSP^MR||Berg^Vera||19700101|F\rPV1|1|I|CARDIO^3^A\r")}});
        QCOMPARE(acks.size(), 1);
        QCOMPARE(acks[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QCOMPARE(count(gui, QStringLiteral("SELECT count(*) FROM patients WHERE mrn = 'MRN-2'")), qint64(1));
        // The results queue is on from now on: results are written to the outbox with the results.
        QCOMPARE(count(gui,
                       QStringLiteral("SELECT count(*) FROM settings WHERE key = 'interfaces.results.queue' "
                                      "AND value = '1'")),
                 qint64(1));

        // Port off: the listener stops, the results go on.
        gui.find<QSpinBox>("adtPort")->setValue(0);
        gui.click("saveInterfacesButton");
        QTRY_VERIFY_WITH_TIMEOUT(!gui.find<QLabel>("interfacesRunning")->text().contains(QLatin1String("ADT")), 10'000);
        QCOMPARE(count(gui,
                       QStringLiteral("SELECT count(*) FROM settings WHERE key = 'interfaces.adt.listen' AND "
                                      "value = ''")),
                 qint64(1));
    }

    void nurse_sendsRefusedMessagesAgain()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.visibleNavigation().contains(QStringLiteral("interfaceErrors")));
        gui.showPage(QStringLiteral("interfaceErrors"));
        auto* screen = gui.find<ui::InterfaceErrorsScreen>("interfaceErrorsScreen");
        QTRY_COMPARE(screen->model()->rowCount(), 1);
        QVERIFY(gui.visibleText().contains(QLatin1String("AE: unknown patient")));
        QVERIFY(!gui.visibleText().contains(QLatin1String("Anna Rossi"))); // reasons, not patient data
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            gui.window().grab().save(shots + QStringLiteral("/interface-errors.png"));

        // Nothing selected: nothing is sent, and the screen says what to do.
        gui.click("retrySelectedButton");
        QTRY_VERIFY(gui.visibleText().contains(QLatin1String("Select the messages")));
        QCOMPARE(count(gui, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'error'")), qint64(1));

        gui.find<QTableView>("interfaceErrorsTable")->selectRow(0);
        gui.click("retrySelectedButton");
        QTRY_COMPARE(screen->model()->rowCount(), 0);
        QVERIFY(gui.visibleText().contains(QLatin1String("1 message(s) queued to be sent again")));
        QCOMPARE(count(gui, QStringLiteral("SELECT count(*) FROM hl7_outbox WHERE state = 'pending' AND error = ''")),
                 qint64(1));
        QCOMPARE(count(gui, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'outbox.retry'")), qint64(1));
    }

    void admin_choosesTheMedianOfEachMinute()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)));
        QVERIFY(gui.waitIdle());
        showInterfaces(gui);
        auto* summary = gui.find<QComboBox>("resultsSummary");
        QVERIFY(gui.waitIdle());
        QCOMPARE(summary->currentData().toString(), QStringLiteral("windows"));
        summary->setCurrentIndex(summary->findData(QStringLiteral("minute-median")));
        QVERIFY(summary->currentText().contains(QLatin1String("median of each minute")));
        gui.click("saveInterfacesButton");
        QTRY_VERIFY(gui.visibleText().contains(QLatin1String("Interface settings saved.")));
        QCOMPARE(count(gui,
                       QStringLiteral("SELECT count(*) FROM settings WHERE key = 'interfaces.results.summary' AND "
                                      "value = 'minute-median'")),
                 qint64(1));
        QCOMPARE(count(gui,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND "
                                      "subject_id = 'interfaces.results.summary'")),
                 qint64(1));
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            gui.window().grab().save(shots + QStringLiteral("/interfaces-summary.png"));
        // Shown as stored when the screen is read again.
        summary->setCurrentIndex(0);
        gui.find<ui::InterfacesScreen>("interfacesScreen")->refresh();
        QTRY_COMPARE(summary->currentData().toString(), QStringLiteral("minute-median"));
    }

    void admin_setsTheAlarmTopic_andAWildcardIsRefused()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)));
        QVERIFY(gui.waitIdle());
        showInterfaces(gui);
        QVERIFY(gui.waitIdle());
        auto* topic = gui.find<QLineEdit>("alarmsTopic");
        QVERIFY(topic->isVisible());
        QCOMPARE(topic->text(), QString()); // off by default
        const QString stored = QStringLiteral("SELECT value FROM settings WHERE key = 'interfaces.alarms.topic'");

        // A wildcard is refused by core, in words, and nothing is kept.
        gui.typeInto("alarmsTopic", QStringLiteral("ward4/#"));
        gui.click("saveInterfacesButton");
        QTRY_VERIFY(gui.visibleText().contains(QLatin1String("wildcard")));
        QCOMPARE(count(gui, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'interfaces.alarms.topic'")),
                 qint64(0));

        gui.typeInto("alarmsTopic", QStringLiteral("ward4/alarms"));
        gui.click("saveInterfacesButton");
        QTRY_VERIFY(gui.visibleText().contains(QLatin1String("Interface settings saved.")));
        {
            QSqlDatabase db = gui.workspace().database().connection();
            QCOMPARE(Sql::scalar(db, stored).toString(), QStringLiteral("ward4/alarms"));
        }
        QCOMPARE(count(gui,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND "
                                      "subject_id = 'interfaces.alarms.topic'")),
                 qint64(1));
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            gui.window().grab().save(shots + QStringLiteral("/interfaces-alarm-topic.png"));
        // Shown as stored when the screen is read again.
        topic->clear();
        gui.find<ui::InterfacesScreen>("interfacesScreen")->refresh();
        QTRY_COMPARE(topic->text(), QStringLiteral("ward4/alarms"));

        // Emptied: off again.
        gui.typeInto("alarmsTopic", QString());
        gui.click("saveInterfacesButton");
        QTRY_COMPARE(count(gui,
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' AND "
                                          "subject_id = 'interfaces.alarms.topic'")),
                     qint64(2));
        QSqlDatabase db = gui.workspace().database().connection();
        QCOMPARE(Sql::scalar(db, stored).toString(), QString());
    }
};

QTEST_MAIN(TestGuiInterfaces)
#include "TestGuiInterfaces.moc"
