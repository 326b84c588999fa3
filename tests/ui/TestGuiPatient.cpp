#include "GuiDriver.h"
#include "HeartRateChart.h"
#include "PatientsScreen.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "analysis/FindingStore.h"
#include "analysis/PatientLimitsStore.h"
#include "analysis/ResultStore.h"
#include "storage/DeviceRegistry.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QPointer>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The patient view: the live chart with its ranges, pan and zoom, imported data, alarms and the patient's
/// limits; the window results; limits a doctor sets and clears; what a nurse may and may not do there.
class TestGuiPatient : public QObject
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

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        Workspace& w = m_store->workspace();
        const Session doctor = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Racing Rita"), QStringLiteral("1"));
        m_store->admit(doctor, QStringLiteral("MRN-2"), QStringLiteral("Day Dora"), QStringLiteral("2"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QDateTime dayAgo = QDateTime::fromMSecsSinceEpoch(now - 25 * 3'600'000LL, Qt::UTC);
        for (const auto& [device, mrn] : {std::pair {QStringLiteral("dev-1"), QStringLiteral("MRN-1")},
                                          std::pair {QStringLiteral("dev-2"), QStringLiteral("MRN-2")}}) {
            QVERIFY(w.devices().add(nurse, device, {}, {}).ok());
            QVERIFY(w.devices().assign(nurse, device, mrn, dayAgo).ok());
        }
        // Rita: two imported minutes earlier this hour, then a live tachycardia that raises a high alarm.
        storeSamples(
            w, QStringLiteral("dev-1"), now - 20 * 60'000, 120, 1000, [](int i) { return 80.0 + i % 7; },
            QStringLiteral("backfill"));
        analyseStream(w, QStringLiteral("dev-1"), 168);
        // Dora: a whole day at 1 Hz.
        storeSamples(w, QStringLiteral("dev-2"), now - 24 * 3'600'000LL, 86'400, 1000,
                     [](int i) { return 70.0 + i % 7; });
        m_store->close();
    }

    void doctor_seesTheLiveChartWithAlarmAndImportedData()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        // Before a patient is chosen, a doctor's patient view already has the clinical tabs (they depend on the
        // role, not on the patient).
        gui.showPage(QStringLiteral("patients"));
        QVERIFY(gui.waitIdle());
        const auto* roleTabs = gui.find<QTabWidget>("patientTabs");
        QStringList shown;
        for (int i = 0; i < roleTabs->count(); ++i)
            if (roleTabs->isTabVisible(i))
                shown.append(roleTabs->tabText(i));
        QCOMPARE(
            shown,
            (QStringList {QStringLiteral("&Heart rate"), QStringLiteral("&Results"), QStringLiteral("O&bservations"),
                          QStringLiteral("&Limits"), QStringLiteral("De&vices"), QStringLiteral("Clinical &notes")}));
        openPatient(gui, QStringLiteral("MRN-1"));
        auto* chart = gui.find<ui::HeartRateChart>("heartRateChart");
        QVERIFY(chart->isVisible());
        QVERIFY(chart->following());
        // The last 5 minutes: the live stream, its alarm, the limits.
        QTRY_VERIFY_WITH_TIMEOUT(chart->visibleLines() >= 1, 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(chart->alarmMarkers(), 1, 10'000);
        QVERIFY2(!chart->summary().contains(QLatin1String("imported")), qPrintable(chart->summary()));
        QVERIFY2(gui.find<QLabel>("patientVitals")->text().contains(QLatin1String("bpm")),
                 qPrintable(gui.find<QLabel>("patientVitals")->text()));
        QVERIFY(gui.find<QLabel>("chartLegend")->text().contains(QLatin1String("adult")));

        // The last hour adds the imported minutes, drawn as a segment of their own.
        chart->showSpan(ui::HeartRateChart::Span::OneHour);
        QTRY_VERIFY_WITH_TIMEOUT(chart->summary().contains(QLatin1String("120 imported")), 10'000);
        QVERIFY(chart->visibleLines() >= 2);

        // Panning leaves the clock; "Back to now" follows it again.
        chart->view()->setFocus();
        QTest::keyClick(chart->view(), Qt::Key_Left);
        QVERIFY(!chart->following());
        QTRY_VERIFY(gui.find<QPushButton>("backToNowButton")->isEnabled());
        const auto [from, to] = chart->range(0);
        QVERIFY(to < QDateTime::currentMSecsSinceEpoch() - 10 * 60'000);
        QCOMPARE(to - from, qint64(3'600'000));
        QTest::keyClick(chart->view(), Qt::Key_Plus);
        QCOMPARE(chart->range(0).second - chart->range(0).first, qint64(2'880'000));
        gui.click("backToNowButton");
        QVERIFY(chart->following());

        // The window results, newest first, with category and confidence.
        auto* screen = gui.find<ui::PatientsScreen>("patientsScreen");
        QAbstractItemModelTester tester(screen->resultsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        tabs->setCurrentWidget(gui.find<QTableView>("resultsTable"));
        QTRY_VERIFY_WITH_TIMEOUT(screen->resultsModel()->rowCount() >= 2, 10'000);
        const QString results = gui.visibleText();
        QVERIFY2(results.contains(QLatin1String("Severe tachycardia")), qPrintable(results));
        QVERIFY(results.contains(QLatin1String("168")));
        // The anomaly score has a column of its own (empty until the patient has enough recent windows).
        bool anomalyColumn = false;
        for (int c = 0; c < screen->resultsModel()->columnCount(); ++c)
            anomalyColumn = anomalyColumn
                || screen->resultsModel()->headerData(c, Qt::Horizontal).toString() == QLatin1String("Anomaly");
        QVERIFY(anomalyColumn);
        // PULSEDESK_SCREENSHOT_DIR=DIR keeps a picture of the results, to look at it.
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            auto* table = gui.find<QTableView>("resultsTable");
            table->horizontalScrollBar()->setValue(table->horizontalScrollBar()->maximum());
            table->grab().save(shots + QStringLiteral("/patient-results.png"));
        }
    }

    void doctor_daysChartIsReducedToTheWidth()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-2"));
        auto* chart = gui.find<ui::HeartRateChart>("heartRateChart");
        chart->showSpan(ui::HeartRateChart::Span::OneDay);
        const QRegularExpression wholeDay(QStringLiteral("8[56]\\d\\d\\d heart-rate sample"));
        QTRY_VERIFY2_WITH_TIMEOUT(chart->summary().contains(wholeDay), qPrintable(gui.visibleText()), 10'000);
        // 86,400 samples stored; the chart gets at most four points per pixel column.
        QVERIFY2(
            chart->visiblePoints() <= 4 * chart->columns(),
            qPrintable(QStringLiteral("%1 points for %2 columns").arg(chart->visiblePoints()).arg(chart->columns())));
        QCOMPARE(chart->visibleLines(), 1); // no gap in a steady day
        QCOMPARE(chart->alarmMarkers(), 0);
        QVERIFY(!chart->view()->accessibleDescription().isEmpty());
    }

    void doctor_setsAndClearsThePatientsLimits()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-1"));
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        tabs->setCurrentWidget(gui.find<QLabel>("limitsInUse")->parentWidget());
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("limitsInUse")->text().contains(QLatin1String("Reference band")),
                                 10'000);
        QVERIFY(!gui.find<QPushButton>("clearLimitsButton")->isEnabled());

        gui.click("setLimitsButton");
        ui::FormDialog* dialog = gui.waitForDialog("limitsDialog");
        QVERIFY(dialog);
        // It starts from the limits in force: the adult reference band.
        const HeartRateLimits adult = HeartRateBands::builtIn().adult().limits;
        QCOMPARE(dialog->text(QStringLiteral("high")), QString::number(adult.tachycardiaAbove));
        QCOMPARE(dialog->text(QStringLiteral("severeLow")), QString::number(adult.severeBradycardiaAtOrBelow));
        GuiDriver::fill(dialog, "severeLow", QStringLiteral("35"));
        GuiDriver::fill(dialog, "low", QStringLiteral("45"));
        GuiDriver::fill(dialog, "high", QStringLiteral("abc"));
        GuiDriver::fill(dialog, "severeHigh", QStringLiteral("180"));
        GuiDriver::fill(dialog, "reason", QStringLiteral("Known sinus tachycardia"));
        GuiDriver::submit(dialog);
        // Not a number: the dialog stays open and says why.
        QTRY_VERIFY(dialog->findChild<QLabel*>(QStringLiteral("formError"))->isVisible());
        QVERIFY(dialog->isVisible());
        // Out of order: core refuses, the dialog shows its reason.
        GuiDriver::fill(dialog, "high", QStringLiteral("190"));
        GuiDriver::submit(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QLabel*>(QStringLiteral("formError"))
                                     ->text()
                                     .contains(QLatin1String("rise in this order")),
                                 10'000);
        QVERIFY(dialog->isVisible());
        GuiDriver::fill(dialog, "high", QStringLiteral("170"));
        QPointer<ui::FormDialog> open = dialog;
        GuiDriver::submit(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!open || !open->isVisible(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("limitsInUse")->text().contains(QLatin1String("set by a doctor")),
                                 10'000);
        QVERIFY(gui.find<QLabel>("limitsInUse")->text().contains(QLatin1String("170")));
        QVERIFY(gui.find<QLabel>("ownLimits")->text().contains(QLatin1String("Known sinus tachycardia")));
        auto stored = gui.workspace().limits().limits(gui.window().session(), QStringLiteral("MRN-1"));
        QVERIFY(stored && stored->has_value());
        QCOMPARE((*stored)->limits, (HeartRateLimits {35, 45, 170, 180}));

        QTRY_VERIFY(gui.find<QPushButton>("clearLimitsButton")->isEnabled());
        gui.click("clearLimitsButton");
        dialog = gui.waitForDialog("clearLimitsDialog");
        QVERIFY(dialog);
        GuiDriver::fill(dialog, "reason", QStringLiteral("Rate control achieved"));
        GuiDriver::submit(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QLabel>("limitsInUse")->text().contains(QLatin1String("Reference band")),
                                 10'000);
        QVERIFY(!gui.find<QPushButton>("clearLimitsButton")->isEnabled());
    }

    void nurse_readsTheChartButSetsNoLimits()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-1"));
        auto* chart = gui.find<ui::HeartRateChart>("heartRateChart");
        QTRY_VERIFY_WITH_TIMEOUT(chart->visibleLines() >= 1, 10'000);
        auto* tabs = gui.find<QTabWidget>("patientTabs");
        tabs->setCurrentWidget(gui.find<QLabel>("limitsInUse")->parentWidget());
        QVERIFY(gui.find<QPushButton>("setLimitsButton")->isHidden());
        QVERIFY(gui.find<QPushButton>("clearLimitsButton")->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!gui.find<QLabel>("limitsInUse")->text().isEmpty(), 10'000);
    }

    void lockingClearsThePatientView()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        openPatient(gui, QStringLiteral("MRN-1"));
        auto* chart = gui.find<ui::HeartRateChart>("heartRateChart");
        QTRY_VERIFY_WITH_TIMEOUT(chart->visibleLines() >= 1, 10'000);
        gui.window().lock();
        QTRY_VERIFY(gui.window().isLocked());
        QCOMPARE(chart->visibleLines(), 0);
        QVERIFY(chart->summary().isEmpty());
        QVERIFY(gui.find<QLabel>("patientVitals")->text().isEmpty());
    }
};

QTEST_MAIN(TestGuiPatient)
#include "TestGuiPatient.moc"
