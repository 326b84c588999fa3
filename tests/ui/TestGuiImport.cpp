#include "GuiDriver.h"
#include "ImportScreen.h"
#include "TestWorkspace.h"
#include "ingest/IngestPipeline.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/StoreLock.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

using namespace pulsedesk;
using namespace pulsedesk::test;

using Column = ui::ImportFileModel::Column;

/// The nurse's import screen driven through the real main window: files are added and previewed (devices, the
/// patient at the samples' times, new, duplicate and rejected records), imported off the GUI thread, cancelled.
class TestGuiImport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;
    QTemporaryDir m_files;
    qint64 m_now = 0;

    /// {"deviceId": device, "samples": [...]} with `count` samples at 72/min a second apart from `startMs`, and
    /// one sample at 400/min (implausible) after them when `withBad`.
    QString writeDump(const QString& name, const QString& device, int count, qint64 startMs, bool withBad)
    {
        QByteArray json;
        json.reserve(qsizetype(count) * 40 + 100);
        json += "{\"deviceId\":\"" + device.toUtf8() + "\",\"samples\":[";
        for (int i = 0; i < count; ++i) {
            if (i > 0)
                json += ',';
            json += "{\"timestamp\":" + QByteArray::number(startMs + qint64(i) * 1000) + ",\"bpm\":72}";
        }
        if (withBad)
            json += ",{\"timestamp\":" + QByteArray::number(startMs + qint64(count) * 1000) + ",\"bpm\":400}";
        json += "]}";
        return write(name, json);
    }

    QString write(const QString& name, const QByteArray& content)
    {
        const QString path = m_files.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            return {};
        return path;
    }

    static QString cell(ui::ImportScreen* screen, int row, Column column)
    {
        return screen->model()->index(row, column).data().toString();
    }

    static Workspace::Counts counts(GuiDriver& gui)
    {
        auto counts = gui.workspace().counts(gui.window().session());
        return counts ? counts.value() : Workspace::Counts {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_files.isValid());
        m_now = QDateTime::currentMSecsSinceEpoch();
        m_store = std::make_unique<TestWorkspace>();
        Workspace& w = m_store->workspace();
        const Session doctor = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Anna Import"), QStringLiteral("4"));
        // dev-1 is worn by MRN-1 for the last two hours; dev-2 by nobody.
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-2"), {}, {}).ok());
        QVERIFY(w.devices()
                    .assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"),
                            QDateTime::fromMSecsSinceEpoch(m_now - 2 * 3'600'000, Qt::UTC))
                    .ok());
        m_store->close();
    }

    void nurse_previewsImportsAndQuarantinesTheBadRecord()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        QVERIFY(gui.visibleNavigation().contains(QStringLiteral("import")));
        gui.showPage(QStringLiteral("import"));
        auto* screen = gui.find<ui::ImportScreen>("importScreen");
        QVERIFY(screen);
        QVERIFY(screen->isVisible());
        QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!gui.find<QPushButton>("importRun")->isEnabled());

        const QString path =
            writeDump(QStringLiteral("bed4-dump.json"), QStringLiteral("dev-1"), 10, m_now - 30 * 60'000, true);
        QVERIFY(!path.isEmpty());
        screen->setFileChooser([path](bool folder) { return folder ? QStringList() : QStringList {path}; });
        gui.click("importAddFiles");
        QCOMPARE(screen->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 30'000);
        QCOMPARE(cell(screen, 0, Column::FileColumn), QStringLiteral("bed4-dump.json"));
        QCOMPARE(cell(screen, 0, Column::FormatColumn), QStringLiteral("Device dump (JSON)"));
        QCOMPARE(cell(screen, 0, Column::DevicesColumn), QStringLiteral("dev-1"));
        const QString patients = cell(screen, 0, Column::PatientsColumn);
        QVERIFY2(patients.contains(QLatin1String("MRN-1")), qPrintable(patients));
        QVERIFY2(patients.contains(QLatin1String("bed 4")), qPrintable(patients));
        QVERIFY2(patients.contains(QLatin1String("Anna Import")), qPrintable(patients)); // the nurse verifies
        QCOMPARE(cell(screen, 0, Column::NewColumn), QStringLiteral("10"));
        QCOMPARE(cell(screen, 0, Column::DuplicatesColumn), QStringLiteral("0"));
        QCOMPARE(cell(screen, 0, Column::RejectedColumn), QStringLiteral("1"));
        QVERIFY(!cell(screen, 0, Column::TimeRangeColumn).isEmpty());

        // The details list the reason with its count and where the record is.
        gui.find<QTableView>("importPreviewTable")->selectRow(0);
        const QString details = gui.find<QPlainTextEdit>("importDetails")->toPlainText();
        QVERIFY2(details.contains(QStringLiteral("1 × heart rate 400 outside 20–300/min")), qPrintable(details));
        QVERIFY2(details.contains(QLatin1String("line 1, column")), qPrintable(details));

        // Nothing is stored before the nurse confirms.
        const Workspace::Counts before = counts(gui);
        auto* run = gui.find<QPushButton>("importRun");
        QVERIFY(run->isEnabled());
        QVERIFY2(run->text().contains(QLatin1String("10")), qPrintable(run->text()));
        gui.click("importRun");
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Imported"), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->isBusy(), 30'000);
        QCOMPARE(cell(screen, 0, Column::NewColumn), QStringLiteral("10"));
        QVERIFY(!gui.find<QPushButton>("importRun")->isEnabled()); // nothing left to import
        QVERIFY(gui.find<QProgressBar>("importProgress")->isVisible());
        QCOMPARE(gui.find<QProgressBar>("importProgress")->value(), 1000);

        const Workspace::Counts after = counts(gui);
        QCOMPARE(after.samples, before.samples + 10);
        QCOMPARE(after.quarantined, before.quarantined + 1);
        auto quarantined = gui.workspace().ingest().quarantine(gui.window().session(), QStringLiteral("400"));
        QVERIFY(quarantined.ok());
        QCOMPARE(quarantined->size(), 1);
        QCOMPARE(quarantined->first().source, QStringLiteral("import"));
        QVERIFY2(quarantined->first().topic.startsWith(QLatin1String("bed4-dump.json:1:")),
                 qPrintable(quarantined->first().topic));

        // Locking drops every patient detail from the screen.
        gui.window().lock();
        QCOMPARE(screen->model()->rowCount(), 0);
        QVERIFY(gui.find<QPlainTextEdit>("importDetails")->toPlainText().isEmpty());
    }

    void nurse_mapsADeviceTheFileNamesToARegisteredOne()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("import"));
        auto* screen = gui.find<ui::ImportScreen>("importScreen");
        // A monitor's own serial, not registered here.
        const QString path =
            writeDump(QStringLiteral("serial-dump.json"), QStringLiteral("SN-0042"), 5, m_now - 20 * 60'000, false);
        screen->setFileChooser([path](bool folder) { return folder ? QStringList() : QStringList {path}; });
        gui.click("importAddFiles");
        QTRY_VERIFY_WITH_TIMEOUT(!screen->model()->rows().first().preview.has_value()
                                     ? false
                                     : screen->model()->rows().first().preview->devices.size() == 1,
                                 30'000);
        QVERIFY(screen->model()->rows().first().preview->devices.first().device.isEmpty()); // not registered
        gui.find<QTableView>("importPreviewTable")->selectRow(0);
        QTRY_VERIFY(gui.find<QPushButton>("importMapDevices")->isEnabled());

        gui.click("importMapDevices");
        ui::FormDialog* dialog = gui.waitForDialog("mapDevicesDialog");
        QVERIFY(dialog);
        auto* choice = dialog->findChild<QComboBox*>(QStringLiteral("source0"));
        QVERIFY(choice);
        QCOMPARE(choice->currentData().toString(), QString()); // as named until chosen
        choice->setCurrentIndex(choice->findData(QStringLiteral("dev-1")));
        GuiDriver::submit(dialog);
        // Previewed again: the serial's samples go to dev-1, worn by MRN-1 at the time.
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(
            screen->model()->rows().first().preview->devices.first().device == QLatin1String("dev-1"), 30'000);
        QVERIFY(screen->model()->rows().first().preview->devices.first().chosen);
        QVERIFY2(cell(screen, 0, Column::PatientsColumn).contains(QLatin1String("MRN-1")),
                 qPrintable(cell(screen, 0, Column::PatientsColumn)));
        QCOMPARE(cell(screen, 0, Column::NewColumn), QStringLiteral("5"));
    }

    void doctor_doesNotSeeTheImportPage()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        QVERIFY(!gui.visibleNavigation().contains(QStringLiteral("import")));
        QVERIFY(gui.visibleNavigation().contains(QStringLiteral("patients")));
        // Files dropped on the window are not taken either.
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_files.path())});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&gui.window(), &enter);
        QVERIFY(!enter.isAccepted());
    }

    /// The administrator imports too, but never sees who the samples belong to.
    void admin_importsWithoutSeeingPatients()
    {
        const QString path =
            writeDump(QStringLiteral("admin-dump.json"), QStringLiteral("dev-1"), 5, m_now - 20 * 60'000, false);
        QVERIFY(!path.isEmpty());
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QString::fromLatin1(TestWorkspace::AdminName),
                          QString::fromLatin1(TestWorkspace::AdminPassword)));
        QVERIFY(gui.waitIdle());
        QVERIFY(gui.visibleNavigation().contains(QStringLiteral("import")));
        gui.showPage(QStringLiteral("import"));
        auto* screen = gui.find<ui::ImportScreen>("importScreen");
        screen->addPaths({path});
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 30'000);
        const QString patients = cell(screen, 0, Column::PatientsColumn);
        QCOMPARE(patients, QStringLiteral("5 samples of admitted patients"));
        gui.find<QTableView>("importPreviewTable")->selectRow(0);
        const QString shown = gui.visibleText();
        QVERIFY2(!shown.contains(QLatin1String("Anna Import")) && !shown.contains(QLatin1String("MRN-1")),
                 qPrintable(shown));
    }

    /// Times without a zone are read in the zone the nurse picks, and the preview says so; a file dropped on the
    /// window opens the import page.
    void droppedFile_timesWithoutAZoneAreReadInTheChosenZone()
    {
        const QString path =
            write(QStringLiteral("naive.json"),
                  QByteArrayLiteral(R"({"deviceId":"dev-2","samples":[{"timestamp":"2025-06-01T10:00:00","bpm":70},)"
                                    R"({"timestamp":"2025-06-01T10:00:05","bpm":71}]})"));
        QVERIFY(!path.isEmpty());
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("devices"));

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&gui.window(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&gui.window(), &drop);
        QVERIFY(drop.isAccepted());

        auto* screen = gui.find<ui::ImportScreen>("importScreen");
        QVERIFY(screen->isVisible());
        QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(screen->model()->rowCount(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 30'000);

        auto* zone = gui.find<QComboBox>("importZone");
        QCOMPARE(zone->currentData().toByteArray(), QTimeZone::systemTimeZoneId());
        zone->setCurrentIndex(zone->findData(QByteArray("Asia/Tokyo")));
        QTRY_VERIFY_WITH_TIMEOUT(cell(screen, 0, Column::NotesColumn).contains(QLatin1String("Asia/Tokyo")), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 30'000);
        QVERIFY2(
            cell(screen, 0, Column::NotesColumn).contains(QLatin1String("times without a zone read in Asia/Tokyo")),
            qPrintable(cell(screen, 0, Column::NotesColumn)));
        QCOMPARE(screen->model()->headerData(Column::TimeRangeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Time range (Asia/Tokyo)"));
        const ImportPreview& preview = *screen->model()->rows().first().preview;
        QCOMPARE(preview.firstMs,
                 QDateTime(QDate(2025, 6, 1), QTime(10, 0), QTimeZone("Asia/Tokyo")).toMSecsSinceEpoch());
        const QString range = cell(screen, 0, Column::TimeRangeColumn);
        QVERIFY2(range.contains(QLatin1String("10:00:00")) && range.contains(QLatin1String("10:00:05")),
                 qPrintable(range));
        // dev-2 was worn by nobody then.
        QVERIFY2(cell(screen, 0, Column::PatientsColumn).contains(QLatin1String("no patient: 2")),
                 qPrintable(cell(screen, 0, Column::PatientsColumn)));
    }

    /// A big dump cancelled while it is imported leaves nothing behind and can be imported again.
    void cancelledImport_keepsNothing()
    {
        const int count = 300'000;
        const QString path = writeDump(QStringLiteral("big.json"), QStringLiteral("dev-2"), count,
                                       m_now - qint64(count + 600) * 1000, false);
        QVERIFY(!path.isEmpty());
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("import"));
        auto* screen = gui.find<ui::ImportScreen>("importScreen");
        QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        screen->addPaths({path});
        // A large file says how far its preview has come, in its row and on the progress bar.
        auto* progress = gui.find<QProgressBar>("importProgress");
        QTRY_VERIFY_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn)
                                         .contains(QRegularExpression(QStringLiteral("^Previewing… [1-9][0-9]?%$")))
                                     && progress->value() > 0 && progress->value() < progress->maximum(),
                                 60'000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 120'000);
        QCOMPARE(cell(screen, 0, Column::NewColumn), QLocale().toString(count));

        const Workspace::Counts before = counts(gui);
        gui.click("importRun");
        QTRY_VERIFY_WITH_TIMEOUT(screen->isImporting() && progress->value() > 0, 60'000);
        QVERIFY(progress->isVisible());
        QVERIFY2(gui.find<QLabel>("importRate")->text().contains(QLatin1String("records/s")),
                 qPrintable(gui.find<QLabel>("importRate")->text()));
        gui.click("importCancel");
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Cancelled, nothing kept"),
                                  60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->isBusy(), 30'000);
        QVERIFY(gui.visibleText().contains(QLatin1String("cancelled")));
        QCOMPARE(counts(gui).samples, before.samples);
        QCOMPARE(counts(gui).quarantined, before.quarantined);
        QVERIFY(gui.find<QPushButton>("importRun")->isEnabled()); // it can be imported again
    }

    void importWaitsForAnotherImportIntoTheStore()
    {
        const QString path =
            writeDump(QStringLiteral("waits.json"), QStringLiteral("dev-1"), 20, m_now - 50 * 60'000, false);
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("import"));
        auto* screen = gui.find<ui::ImportScreen>("importScreen");
        screen->addPaths({path});
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Ready to import"), 30'000);

        // Another workstation or the CLI imports into the same store: this import says it waits, then runs.
        StoreLock other(gui.workspace().database(), QStringLiteral("import"));
        QVERIFY(other.tryLock());
        const Workspace::Counts before = counts(gui);
        gui.click("importRun");
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn),
                                  QStringLiteral("Waiting for another import to end"), 30'000);
        QCOMPARE(counts(gui).samples, before.samples);
        other.unlock();
        QTRY_COMPARE_WITH_TIMEOUT(cell(screen, 0, Column::StatusColumn), QStringLiteral("Imported"), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!screen->isBusy(), 30'000);
        QCOMPARE(counts(gui).samples, before.samples + 20);
    }
};

QTEST_MAIN(TestGuiImport)
#include "TestGuiImport.moc"
