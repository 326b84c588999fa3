#include "GuiDriver.h"
#include "News2Trend.h"
#include "ObservationDialog.h"
#include "PatientObservationsTab.h"
#include "PatientsScreen.h"
#include "TestWorkspace.h"
#include "WardScreen.h"
#include "scores/ObservationStore.h"
#include "scores/Pews.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QComboBox>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// A round at the workstation: a nurse records observations with the keyboard alone, the device's pulse offered
/// and kept; the score shows in the observations tab, under the heart-rate chart and on the ward tile.
class TestGuiObservations : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;

    static void openPatient(GuiDriver& gui, const QString& mrn)
    {
        gui.showPage(QStringLiteral("patients"));
        auto* screen = gui.find<ui::PatientsScreen>("patientsScreen");
        screen->openPatient(mrn);
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("patientDetails")->text().contains(mrn), 10'000);
    }

    /// Types `text` into the focused widget, then moves on with Tab.
    static void typeAndTab(const QString& text)
    {
        QWidget* focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (!text.isEmpty())
            QTest::keyClicks(focused, text);
        QTest::keyClick(focused, Qt::Key_Tab);
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        Workspace& w = m_store->workspace();
        const Session doctor = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Breathless Bea"), QStringLiteral("1"));
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY(w.devices()
                    .assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"),
                            QDateTime::currentDateTimeUtc().addSecs(-3600))
                    .ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        storeSamples(w, QStringLiteral("dev-1"), now - 120'000, 120, 1000, [](int) { return 118; });
        // A child, scored with a paediatric chart made for this test only (not a clinical chart).
        PatientInput child;
        child.mrn = QStringLiteral("MRN-9");
        child.name = QStringLiteral("Little Lu");
        child.birthDate = QDate::currentDate().addYears(-4);
        child.ward = QStringLiteral("A");
        child.bed = QStringLiteral("9");
        QVERIFY(w.patients().admit(doctor, child).ok());
        QVERIFY(Pews::select(w.settings(), m_store->admin(), R"({"format": "pulsedesk.age-banded-early-warning-table",
            "name": "Test chart", "source": "TestGuiObservations only", "ageBands": [
            {"fromMonths": 0, "label": "under 16", "parameters": [
                {"key": "pulse", "bands": [{"upTo": 140, "score": 0}, {"score": 2}]},
                {"key": "respirationRate", "bands": [{"upTo": 30, "score": 0}, {"score": 1}]}]}]})")
                    .ok());
        ObservationInput round;
        round.values = {35, 97, false, false, 100, 150, Consciousness::Alert, 37.0};
        QVERIFY(w.observations().add(nurse, child.mrn, round).ok());
        m_store->close();
    }

    void nurse_recordsARoundWithTheKeyboard()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-1"));
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        auto* tab = tabs->findChild<ui::PatientObservationsTab*>();
        QVERIFY(tab);
        tabs->setCurrentWidget(tab);
        QVERIFY(gui.waitIdle());
        QTRY_VERIFY(gui.find<QLabel>("observationSummary")->text().contains(QLatin1String("No observations")));
        gui.click("recordObservationsButton");

        ui::ObservationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = gui.find<ui::ObservationDialog>("observationDialog")) && dialog->isVisible(),
                                 10'000);
        dialog->activateWindow();
        QApplication::setActiveWindow(dialog);
        // The pulse the device measured in the last minute is offered, marked as a device value.
        auto* pulse = dialog->findChild<QLineEdit*>(QStringLiteral("pulse"));
        QCOMPARE(pulse->text(), QStringLiteral("118"));
        QVERIFY(pulse->toolTip().contains(QLatin1String("device")));
        auto* respiration = dialog->findChild<QLineEdit*>(QStringLiteral("respiration"));
        QTRY_COMPARE(QApplication::focusWidget(), respiration);

        // Respiration, SpO2, air, systolic, the device's pulse kept, ACVPU, temperature; Enter saves.
        typeAndTab(QStringLiteral("25"));
        typeAndTab(QStringLiteral("93"));
        typeAndTab({}); // air
        typeAndTab(QStringLiteral("125"));
        QCOMPARE(QApplication::focusWidget(), pulse);
        typeAndTab({}); // keep 118
        QCOMPARE(QApplication::focusWidget(), dialog->findChild<QComboBox*>(QStringLiteral("acvpu")));
        typeAndTab(QStringLiteral("A"));
        QWidget* temperature = QApplication::focusWidget();
        QCOMPARE(temperature, dialog->findChild<QLineEdit*>(QStringLiteral("temperature")));
        QTest::keyClicks(temperature, QStringLiteral("37.0"));
        const QPointer<ui::ObservationDialog> form(dialog); // deleted once closed
        QTest::keyClick(temperature, Qt::Key_Return);

        QTRY_VERIFY_WITH_TIMEOUT(!form || !form->isVisible(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("observationSummary")->text().contains(QLatin1String("NEWS2 7")),
                                 10'000);
        auto* table = gui.find<QTableWidget>("observationsTable");
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 6)->text().contains(QLatin1String("device")));
        QVERIFY(table->item(0, 9)->text().startsWith(QLatin1String("7")));
        // The trend under the heart rate.
        QTRY_COMPARE(gui.find<ui::News2Trend>("news2Trend")->totals(), QList<int> {7});

        // The ward tile shows it too.
        gui.showPage(QStringLiteral("ward"));
        auto* ward = gui.find<ui::WardScreen>("wardScreen");
        QVERIFY(ward);
        QTRY_VERIFY_WITH_TIMEOUT(
            !ward->tiles().isEmpty() && ward->tiles().front()->summary().contains(QLatin1String("NEWS2 7")), 15'000);
    }

    void aChild_showsThePaediatricScore_neverNews2()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-9"));
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        tabs->setCurrentWidget(tabs->findChild<ui::PatientObservationsTab*>());
        QVERIFY(gui.waitIdle());
        auto* summary = gui.find<QLabel>("observationSummary");
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(QLatin1String("PEWS 3 (Test chart, under 16)")), 10'000);
        QVERIFY(!summary->text().contains(QLatin1String("NEWS2")));
        auto* table = gui.find<QTableWidget>("observationsTable");
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 9)->text().startsWith(QLatin1String("PEWS 3")));
        QCOMPARE(table->horizontalHeaderItem(9)->text(), QStringLiteral("PEWS"));
        QVERIFY(gui.find<ui::News2Trend>("news2Trend")->totals().isEmpty());
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty())
            gui.window().grab().save(shots + QStringLiteral("/child-observations.png"));
    }

    void badValue_keepsTheFormOpenWithTheReason()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-1"));
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        tabs->setCurrentWidget(tabs->findChild<ui::PatientObservationsTab*>());
        QVERIFY(gui.waitIdle());
        gui.click("recordObservationsButton");
        ui::ObservationDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = gui.find<ui::ObservationDialog>("observationDialog")) && dialog->isVisible(),
                                 10'000);
        for (const auto& [field, value] : {std::pair {"respiration", "16"}, std::pair {"spo2", "97"},
                                           std::pair {"systolic", "125"}, std::pair {"temperature", "370"}}) {
            auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(field));
            edit->clear();
            QTest::keyClicks(edit, QString::fromLatin1(value));
        }
        QMetaObject::invokeMethod(dialog, &ui::ObservationDialog::submitted);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("observationError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && error->text().contains(QLatin1String("Temperature")), 10'000);
        QVERIFY(dialog->isVisible());
        // Nothing was stored.
        QCOMPARE(gui.find<QTableWidget>("observationsTable")->rowCount(), 1);
    }
};

QTEST_MAIN(TestGuiObservations)
#include "TestGuiObservations.moc"
