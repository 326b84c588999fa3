#include "DeviceHealthScreen.h"
#include "GuiDriver.h"
#include "TestWorkspace.h"
#include "demo/SimulatedFleet.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The device-fleet health screen driven in the real window: an administrator sees, per manufacturer and model, the
/// flagged devices with the figures that flagged them; nobody else has the screen.
class TestGuiDeviceHealth : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;

    static QStringList column(const ui::TableModel<ui::DeviceHealthScreen::Row>& model,
                              QString ui::DeviceHealthScreen::Row::*field)
    {
        QStringList values;
        for (const auto& row : model.items())
            values << row.*field;
        return values;
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse);
        const Session doctor = m_store->addStaff(QStringLiteral("doc"), Role::Doctor);
        DeviceSimulator::Options options;
        options.allVitals = true;
        // Half an hour of five healthy monitors and one of each fault, and two of another model (too few to judge).
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        auto stored = SimulatedFleet::store(
            m_store->workspace(), m_store->admin(), SimulatedFleet::labelled(QStringLiteral("g-"), 5, 4),
            QStringLiteral("Acme"), QStringLiteral("Monitor 1"), now, 1800, 11, options);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        auto small = SimulatedFleet::store(m_store->workspace(), m_store->admin(),
                                           SimulatedFleet::labelled(QStringLiteral("s-"), 2, 0), QStringLiteral("Zeta"),
                                           QStringLiteral("Oxi"), now, 600, 12, options);
        QVERIFY2(small.ok(), qPrintable(small.errorMessage()));
        // The offset monitor is on a patient.
        PatientInput patient;
        patient.mrn = QStringLiteral("DH-1");
        patient.name = QStringLiteral("Dora Health");
        patient.birthDate = QDate(1970, 1, 1);
        patient.ward = QStringLiteral("A");
        patient.bed = QStringLiteral("1");
        QVERIFY(m_store->workspace().patients().admit(doctor, patient).ok());
        QVERIFY(m_store->workspace().devices().assign(nurse, QStringLiteral("g-fault-offset-1"), patient.mrn).ok());
        m_store->close();
    }

    void admin_seesTheFlaggedDevicesPerModel_withTheirFigures()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)));
        QVERIFY(gui.waitIdle());
        auto* screen = gui.find<ui::DeviceHealthScreen>("deviceHealthScreen");
        QVERIFY(screen);
        QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(screen->model()->rowCount(), 0); // not read before it is shown
        gui.showPage(QStringLiteral("administration"));
        gui.find<QTabWidget>("administration")->setCurrentWidget(screen);
        QTRY_VERIFY_WITH_TIMEOUT(screen->model()->rowCount() > 0, 30'000);

        const auto& model = *screen->model();
        const QStringList devices = column(model, &ui::DeviceHealthScreen::Row::deviceId);
        for (const char* faulty : {"g-fault-offset-1", "g-fault-stuck-1", "g-fault-noise-1", "g-fault-dropouts-1"})
            QVERIFY2(devices.contains(QString::fromLatin1(faulty)), faulty);
        for (const QString& id : devices)
            QVERIFY2(id.isEmpty() || id.startsWith(QLatin1String("g-fault-")), qPrintable(id));
        // Each flag with the figures that raised it, and whether the device is on a patient.
        for (const auto& row : model.items()) {
            if (row.deviceId.isEmpty())
                continue;
            QCOMPARE(row.fleet, QStringLiteral("Acme Monitor 1"));
            QCOMPARE(row.fleetState, QStringLiteral("9 devices, 4 flagged"));
            QVERIFY(!row.fault.isEmpty());
            QVERIFY2(row.figures.contains(QLatin1String("fleet")), qPrintable(row.figures));
            QCOMPARE(row.worn, row.deviceId == QLatin1String("g-fault-offset-1"));
        }
        const QModelIndex offsetRow = model.index(int(devices.indexOf(QStringLiteral("g-fault-offset-1"))), 3);
        QCOMPARE(model.data(offsetRow).toString(), QStringLiteral("yes"));
        // The small fleet is listed, not judged.
        const QStringList fleets = column(model, &ui::DeviceHealthScreen::Row::fleet);
        const auto small = fleets.indexOf(QStringLiteral("Zeta Oxi"));
        QVERIFY(small >= 0);
        QVERIFY(model.items().at(small).fleetState.contains(QLatin1String("too few")));
        QVERIFY(gui.find<QLabel>("deviceHealthSummary")->text().contains(QLatin1String("4 flagged")));

        // A shorter period, asked for again: still read in the background, still the same devices.
        gui.find<QSpinBox>("deviceHealthHours")->setValue(2);
        gui.click("checkDevicesButton");
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("deviceHealthSummary")->text().contains(QLatin1String("last 2 h ")),
                                 30'000);
        QCOMPARE(column(model, &ui::DeviceHealthScreen::Row::deviceId).count(QStringLiteral("g-fault-stuck-1")),
                 devices.count(QStringLiteral("g-fault-stuck-1")));
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            gui.window().grab().save(shots + QStringLiteral("/device-health.png"));
    }

    void nurse_hasNoDeviceHealthScreen()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        auto* screen = gui.find<ui::DeviceHealthScreen>("deviceHealthScreen");
        QVERIFY(!screen || !screen->isVisible());
        QVERIFY(!screen || screen->model()->rowCount() == 0);
    }
};

QTEST_MAIN(TestGuiDeviceHealth)
#include "TestGuiDeviceHealth.moc"
