#include "GuiDriver.h"
#include "PatientsScreen.h"
#include "Screen.h"
#include "TestWorkspace.h"
#include "security/InactivityMonitor.h"
#include "storage/StaffDirectory.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Set-up, login as each role, lock, auto-lock and switching user, on the real main window.
class TestGuiSession : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    const QString m_patientName = QStringLiteral("Philippa Quarrington");

private slots:
    void initTestCase()
    {
        // One folder with a doctor, a nurse and a patient, prepared through core, then closed.
        m_store = std::make_unique<TestWorkspace>();
        const Session doctor = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), m_patientName, QStringLiteral("7"));
        m_store->close();
    }

    void storeBehindItsAnchor_isShownAtLogin()
    {
        // History lost from the store (a database copied back, as after losing its -wal file): the admin reads
        // what is missing, a nurse that something is wrong; an intact store shows nothing.
        TestWorkspace tw;
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.close();
        const QString db = QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.db"));
        QVERIFY(QFile::copy(db, db + QStringLiteral(".then")));
        {
            GuiDriver gui(tw.dir());
            QVERIFY(gui.logIn(QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)));
            QVERIFY(gui.waitIdle());
            QVERIFY(gui.find<QLabel>("integrityBanner"));
            QVERIFY(!gui.find<QLabel>("integrityBanner")->isVisible());
        }
        QVERIFY(QFile::remove(db));
        QVERIFY(QFile::rename(db + QStringLiteral(".then"), db));
        {
            GuiDriver gui(tw.dir());
            QVERIFY(gui.logIn(QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)));
            QVERIFY(gui.waitIdle());
            auto* banner = gui.find<QLabel>("integrityBanner");
            QVERIFY(banner && banner->isVisible());
            QVERIFY2(banner->text().contains(QLatin1String("behind its audit anchor")), qPrintable(banner->text()));
            gui.window().logout();
            QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
            QVERIFY(gui.waitIdle());
            QVERIFY(banner->isVisible());
            QVERIFY2(banner->text().contains(QLatin1String("Tell an administrator")), qPrintable(banner->text()));
            QVERIFY(!banner->text().contains(QLatin1String("audit anchor")));
        }
        Q_UNUSED(nurse);
    }

    void firstRun_setupCreatesTheAdminAndLogsIn()
    {
        QTemporaryDir fresh;
        GuiDriver gui(fresh.path());
        QVERIFY(gui.find<QWidget>("setupPage")->isVisible());
        gui.typeInto("setupUsername", QStringLiteral("chief"));
        gui.typeInto("setupDisplayName", QStringLiteral("Chief Admin"));
        gui.typeInto("setupPassword", QStringLiteral("chief-password"));
        gui.typeInto("setupRepeat", QStringLiteral("chief-password"));
        gui.click("setupButton");
        QTRY_VERIFY_WITH_TIMEOUT(gui.window().session().isValid(), 15'000);
        QCOMPARE(gui.window().session().role, Role::Admin);
        QCOMPARE(gui.visibleNavigation(),
                 (QStringList {QStringLiteral("devices"), QStringLiteral("import"), QStringLiteral("quarantine"),
                               QStringLiteral("administration"), QStringLiteral("interfaceErrors")}));
        QVERIFY(gui.workspace().isInitialized());
    }

    void setupMismatch_showsInlineError()
    {
        QTemporaryDir fresh;
        GuiDriver gui(fresh.path());
        gui.typeInto("setupUsername", QStringLiteral("chief"));
        gui.typeInto("setupPassword", QStringLiteral("chief-password"));
        gui.typeInto("setupRepeat", QStringLiteral("chief-passw0rd"));
        gui.click("setupButton");
        QVERIFY(gui.find<QLabel>("setupError")->isVisible());
        QVERIFY(!gui.workspace().isInitialized());
    }

    void wrongPassword_showsInlineErrorAndClearsTheField()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(!gui.logIn(QStringLiteral("drhouse"), QStringLiteral("wrong-password")));
        auto* error = gui.find<QLabel>("loginError");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("wrong")), qPrintable(error->text()));
        QVERIFY(gui.find<QLineEdit>("loginPassword")->text().isEmpty());
        QVERIFY(!gui.window().session().isValid());
    }

    void eachRole_reachesItsScreens_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QStringList>("navigation");
        QTest::addColumn<bool>("mayAdmit");
        QTest::addColumn<bool>("mayRegisterDevices");
        const QString admin = QString::fromLatin1(TestWorkspace::AdminPassword);
        const QString staff = QString::fromLatin1(TestWorkspace::StaffPassword);
        QTest::newRow("admin") << QStringLiteral("admin") << admin
                               << QStringList {QStringLiteral("devices"), QStringLiteral("import"),
                                               QStringLiteral("quarantine"), QStringLiteral("administration"),
                                               QStringLiteral("interfaceErrors")}
                               << false << true;
        QTest::newRow("doctor") << QStringLiteral("drhouse") << staff
                                << QStringList {QStringLiteral("ward"), QStringLiteral("patients"),
                                                QStringLiteral("alarms"), QStringLiteral("devices")}
                                << true << false;
        QTest::newRow("nurse") << QStringLiteral("nurse") << staff
                               << QStringList {QStringLiteral("ward"),           QStringLiteral("patients"),
                                               QStringLiteral("alarms"),         QStringLiteral("devices"),
                                               QStringLiteral("import"),         QStringLiteral("quarantine"),
                                               QStringLiteral("interfaceErrors")}
                               << false << true;
    }
    void eachRole_reachesItsScreens()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(QStringList, navigation);
        QFETCH(bool, mayAdmit);
        QFETCH(bool, mayRegisterDevices);
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(user, password));
        QCOMPARE(gui.visibleNavigation(), navigation);
        QVERIFY(gui.waitIdle());
        QCOMPARE(gui.find<QPushButton>("admitPatientButton")->isHidden() == false, mayAdmit);
        QCOMPARE(gui.find<QPushButton>("registerDeviceButton")->isHidden() == false, mayRegisterDevices);
        for (ui::Screen* screen : gui.window().screens()) {
            for (auto* model : screen->findChildren<QAbstractItemModel*>())
                QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        }
        if (navigation.contains(QStringLiteral("patients"))) {
            QCOMPARE(gui.find<QListWidget>("navigation")->currentItem()->data(Qt::UserRole).toString(),
                     QStringLiteral("ward")); // clinicians land on the ward overview
            gui.showPage(QStringLiteral("patients"));
            auto* patients = gui.find<ui::PatientsScreen>("patientsScreen");
            QTRY_COMPARE(patients->model()->rowCount(), 1);
            QVERIFY(gui.visibleText().contains(m_patientName));
        } else {
            QVERIFY2(!gui.visibleText().contains(m_patientName), "an admin must not see clinical content");
        }
    }

    void lock_hidesPatientData_andUnlockRestoresIt()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        gui.showPage(QStringLiteral("patients"));
        auto* patients = gui.find<ui::PatientsScreen>("patientsScreen");
        QTRY_COMPARE(patients->model()->rowCount(), 1);
        QVERIFY(gui.visibleText().contains(m_patientName));

        gui.window().lock();
        QVERIFY(gui.window().isLocked());
        QCOMPARE(patients->model()->rowCount(), 0);
        const QString shown = gui.visibleText();
        QVERIFY2(!shown.contains(m_patientName), "the locked screen shows a patient name");
        QVERIFY(!shown.contains(QLatin1String("MRN-1")));
        QVERIFY(gui.find<QLabel>("loginTitle")->text().contains(QLatin1String("locked")));
        QVERIFY(gui.find<QLineEdit>("loginUsername")->isReadOnly());

        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QTRY_COMPARE(patients->model()->rowCount(), 1);
    }

    void autoLock_afterInactivity_withAnInjectableClock()
    {
        ManualClock clock(QDateTime::currentDateTimeUtc());
        GuiDriver gui(m_store->dir(), clock);
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        clock.advanceMs(4 * 60'000);
        gui.window().inactivityMonitor().check();
        QVERIFY(!gui.window().isLocked());
        // Activity restarts the timeout.
        QTest::mouseMove(gui.find<QWidget>("navigation"));
        QTest::keyClick(gui.find<QWidget>("navigation"), Qt::Key_Down);
        clock.advanceMs(4 * 60'000);
        gui.window().inactivityMonitor().check();
        QVERIFY(!gui.window().isLocked());
        clock.advanceMs(60'001);
        gui.window().inactivityMonitor().check();
        QVERIFY(gui.window().isLocked());
        QVERIFY(!gui.visibleText().contains(m_patientName));
    }

    void lockedScreen_allowsAnotherUserToLogIn()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        gui.window().lock();
        gui.click("switchUserButton");
        QVERIFY(!gui.window().session().isValid());
        QVERIFY(!gui.find<QLineEdit>("loginUsername")->isReadOnly());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QCOMPARE(gui.window().session().role, Role::Doctor);
    }

    void oneTimePassword_forcesAChange()
    {
        QTemporaryDir dir;
        {
            Workspace ws(dir.path());
            QVERIFY(
                ws.initialize(QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin-password")).ok());
            auto admin = ws.login(QStringLiteral("admin"), QStringLiteral("admin-password"));
            QVERIFY(ws.staff()
                        .add(admin.value(), QStringLiteral("newdoc"), QStringLiteral("New Doc"), Role::Doctor,
                             QStringLiteral("temporary-1"))
                        .ok());
        }
        GuiDriver gui(dir.path());
        QVERIFY(gui.logIn(QStringLiteral("newdoc"), QStringLiteral("temporary-1")));
        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = gui.find<QDialog>("changePasswordDialog")) && dialog->isVisible());
        auto field = [dialog](const char* name) { return dialog->findChild<QLineEdit*>(QString::fromLatin1(name)); };
        QTest::keyClicks(field("current"), QStringLiteral("temporary-1"));
        QTest::keyClicks(field("new"), QStringLiteral("my-own-password"));
        QTest::keyClicks(field("repeat"), QStringLiteral("my-own-password"));
        QTest::keyClick(field("repeat"), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!gui.window().session().mustChangePassword, 15'000);
        gui.window().logout();
        QVERIFY(gui.logIn(QStringLiteral("newdoc"), QStringLiteral("my-own-password")));
    }
};

QTEST_MAIN(TestGuiSession)
#include "TestGuiSession.moc"
