#include "../core/exports/ExportFixtures.h"
#include "PatientExportActions.h"
#include "PatientView.h"
#include "common/BackgroundRunner.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;
using pulsedesk::ui::PatientExportActions;

/// The patient view's exports: the FHIR Bundle and the patient's own copy, written through the background runner
/// to the place the user chose, for doctors and nurses only.
class TestGuiPatientExport : public QObject
{
    Q_OBJECT

    ExportWard m_ward;
    BackgroundRunner m_runner;
    QTemporaryDir m_dir;

    ui::UiContext context(const Session& session) { return ui::UiContext {&m_ward.workspace(), &m_runner, session}; }

private slots:
    void aNurseExportsTheBundleFromThePatientView()
    {
        ui::UiContext nurse = context(m_ward.nurse);
        ui::PatientView view(nurse);
        PatientExportActions* actions = view.exports();
        QVERIFY(actions);
        QVERIFY(!actions->isHidden());
        QVERIFY(!actions->fhirButton()->isEnabled()); // no patient yet
        actions->setPatient(ExportWard::OldMrn);
        QVERIFY(actions->fhirButton()->isEnabled());

        const QString file = m_dir.filePath(QStringLiteral("bundle.json"));
        actions->setPathChooser([&](QWidget*, bool folder) { return folder ? QString() : file; });
        QSignalSpy status(actions, &PatientExportActions::statusChanged);
        QTest::mouseClick(actions->fhirButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file) && actions->fhirButton()->isEnabled(), 30'000);
        QVERIFY(!status.isEmpty());
        QCOMPARE(status.last().at(1).toBool(), false);
        QVERIFY2(status.last().at(0).toString().contains(QLatin1String("180 observations")),
                 qPrintable(status.last().at(0).toString()));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("resourceType")).toString(),
                 QStringLiteral("Bundle"));
    }

    void theCopyForThePatientIsABundleAndAPdfAndADisclosure()
    {
        ui::UiContext doctor = context(m_ward.doctor);
        PatientExportActions actions(doctor);
        actions.setPatient(ExportWard::OldMrn);
        const QString dir = m_dir.filePath(QStringLiteral("copy"));
        actions.setPathChooser([&](QWidget*, bool folder) { return folder ? dir : QString(); });
        QTest::mouseClick(actions.copyButton(), Qt::LeftButton);
        const QString pdf = QDir(dir).filePath(QStringLiteral("patient-record.pdf"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf) && actions.copyButton()->isEnabled(), 30'000);
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("patient-record.json"))));
        const QByteArray text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(ExportWard::OldName.toUtf8()), text.constData());
        QVERIFY(text.contains(ExportWard::OldMrn.toUtf8()));
        QVERIFY(text.contains("Zanzibar dust")); // the amendment
        QVERIFY(text.contains("corrects note"));
        auto log = m_ward.workspace().audit().list(m_ward.tw->admin(), 5);
        QVERIFY(log);
        QCOMPARE(log->first().action, QStringLiteral("patient.disclose"));
        QCOMPARE(log->first().subjectId, ExportWard::OldMrn);
        QCOMPARE(log->first().username, QStringLiteral("hausmann"));
    }

    void administratorsDoNotSeeTheExports()
    {
        ui::UiContext admin = context(m_ward.tw->admin());
        PatientExportActions actions(admin);
        actions.setPatient(ExportWard::OldMrn);
        QVERIFY(actions.isHidden());
    }

    void cleanupTestCase() { m_runner.stop(); }
};

QTEST_MAIN(TestGuiPatientExport)
#include "TestGuiPatientExport.moc"
