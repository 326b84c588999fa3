#include "GuiDriver.h"
#include "PatientsScreen.h"
#include "ReportDialog.h"
#include "ReportFixtures.h"
#include "TestWorkspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The workstation's report dialog, driven offscreen: the patient's trend report and the ward's alarm history
/// saved as PDF through the dialog's own file chooser, then read back.
class TestGuiReports : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    QTemporaryDir m_out;

    static ui::ReportDialog* reportDialog(GuiDriver& gui)
    {
        ui::ReportDialog* dialog = nullptr;
        for (ui::ReportDialog* d : gui.window().findChildren<ui::ReportDialog*>())
            dialog = d->isVisible() ? d : dialog;
        return dialog;
    }

    /// Clicks "Save as PDF…", chooses `path` in the file dialog, and waits for the dialog's message.
    static bool save(ui::ReportDialog* dialog, const QString& path)
    {
        auto* button = dialog->findChild<QPushButton*>(QStringLiteral("reportSaveButton"));
        QTest::mouseClick(button, Qt::LeftButton);
        auto* chooser = dialog->findChild<QFileDialog*>(QStringLiteral("reportFileDialog"));
        if (!chooser)
            return false;
        chooser->selectFile(path);
        static_cast<QDialog*>(chooser)->accept(); // QFileDialog::accept, as the Save button does
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("reportMessage"));
        return QTest::qWaitFor([&] { return message->text().startsWith(QLatin1String("Saved the report")); }, 30'000);
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        populateReportWard(*m_store);
        m_store->close();
    }

    void patientReport_savedAsPdf()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse.ana"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        gui.showPage(QStringLiteral("patients"));
        gui.find<ui::PatientsScreen>("patientsScreen")->openPatient(QStringLiteral("MRN-R1"));
        QTRY_VERIFY_WITH_TIMEOUT(gui.find<QPushButton>("patientReportButton")->isEnabled(), 10'000);
        gui.click("patientReportButton");
        ui::ReportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = reportDialog(gui)) != nullptr);
        auto* period = dialog->findChild<QComboBox*>(QStringLiteral("reportPeriod"));
        QCOMPARE(period->count(), 3);
        period->setCurrentIndex(1); // 7 days
        // PULSEDESK_SCREENSHOT_DIR=DIR keeps pictures of the screen and the dialog, to look at them.
        if (const QString shots = qEnvironmentVariable("PULSEDESK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            gui.window().grab().save(shots + QStringLiteral("/report-patients.png"));
            dialog->grab().save(shots + QStringLiteral("/report-dialog.png"));
        }
        const QString path = m_out.filePath(QStringLiteral("patient.pdf"));
        QVERIFY(save(dialog, path));
        QVERIFY(QFileInfo(path).size() > 0);
        const QString text = flat(pdfText(path));
        QVERIFY(text.contains(flat(QStringLiteral("Heart-rate trend report"))));
        QVERIFY(text.contains(flat(QStringLiteral("Erika Report-Mustermann"))));
        QVERIFY(text.contains(flat(QStringLiteral("Printed by Nurse Ana Lima"))));
        QVERIFY(text.contains(flat(QStringLiteral("Page 1 of"))));
    }

    void wardAlarmHistory_savedAsPdf()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("dr.rossi"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        gui.showPage(QStringLiteral("alarms"));
        gui.click("wardAlarmHistoryButton");
        ui::ReportDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = reportDialog(gui)) != nullptr);
        auto* ward = dialog->findChild<QLineEdit*>(QStringLiteral("reportWard"));
        ward->setText(QStringLiteral("R"));
        const QString path = m_out.filePath(QStringLiteral("ward.pdf"));
        QVERIFY(save(dialog, path));
        const QString text = flat(pdfText(path));
        QVERIFY(text.contains(flat(QStringLiteral("Ward alarm history"))));
        QVERIFY(text.contains(flat(QStringLiteral("Hans Beispiel (MRN-R2)"))));
        QVERIFY(!text.contains(QLatin1String("MRN-X1")));
    }
};

QTEST_MAIN(TestGuiReports)
#include "TestGuiReports.moc"
