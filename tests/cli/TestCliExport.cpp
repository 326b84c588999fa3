#include "../core/exports/ExportFixtures.h"
#include "CliRunner.h"
#include "StoreBackend.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli export csv | fhir | patient-copy | research, run as the real binary: the files, the JSON
/// summaries, the usage errors and the refusals.
class TestCliExport : public QObject
{
    Q_OBJECT

    std::optional<ExportWard> m_ward; ///< made for each backend
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run
    QTemporaryDir m_out;

    CliRun cli(const QString& user, const QStringList& args)
    {
        const QByteArray password =
            user == QLatin1String("admin") ? TestWorkspace::AdminPassword : TestWorkspace::StaffPassword;
        return runCli(m_store
                          + QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-stdin"),
                                         QStringLiteral("--json"), QStringLiteral("export")}
                          + args,
                      password + '\n');
    }

    /// A path of the run's own (the output folder is shared by the two backends' runs).
    QString out(const QString& name) const
    {
        return m_out.filePath(backendName(currentBackend()) + QLatin1Char('-') + name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_ward.emplace();
        m_store = m_ward->tw->cliStore();
        m_ward->tw->close();
    }

    void csvWritesTheRowsAndSaysHowMany()
    {
        const CliRun run =
            cli(QStringLiteral("quackenbush"),
                {QStringLiteral("csv"), QStringLiteral("--patient"), ExportWard::OldMrn, QStringLiteral("--what"),
                 QStringLiteral("samples"), QStringLiteral("--from"), QStringLiteral("2026-03-14T09:27:03.589Z"),
                 QStringLiteral("--out"), out(QStringLiteral("s.csv"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.object().value(QLatin1String("rows")).toInt(), ExportWard::Samples - 10);
        QCOMPARE(pythonCsv(out(QStringLiteral("s.csv"))).size(), ExportWard::Samples - 10 + 1);
    }

    void wrongCommandLinesAreUsageErrors()
    {
        QCOMPARE(cli(QStringLiteral("quackenbush"),
                     {QStringLiteral("csv"), QStringLiteral("--patient"), ExportWard::OldMrn, QStringLiteral("--out"),
                      out(QStringLiteral("x.csv"))})
                     .exitCode,
                 2);
        QCOMPARE(cli(QStringLiteral("quackenbush"),
                     {QStringLiteral("csv"), QStringLiteral("--patient"), ExportWard::OldMrn, QStringLiteral("--what"),
                      QStringLiteral("samples"), QStringLiteral("--from"), QStringLiteral("yesterday"),
                      QStringLiteral("--out"), out(QStringLiteral("x.csv"))})
                     .exitCode,
                 2);
        QCOMPARE(cli(QStringLiteral("quackenbush"), {QStringLiteral("pdf")}).exitCode, 2);
        QVERIFY(!QFile::exists(out(QStringLiteral("x.csv"))));
    }

    void fhirAndThePatientsCopy()
    {
        CliRun run = cli(QStringLiteral("quackenbush"),
                         {QStringLiteral("fhir"), QStringLiteral("--patient"), ExportWard::OldMrn,
                          QStringLiteral("--out"), out(QStringLiteral("b.json"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.object().value(QLatin1String("observations")).toInt(), 2 * ExportWard::Samples);
        QCOMPARE(run.object().value(QLatin1String("notes")).toInt(), 2);

        const QString dir = out(QStringLiteral("copy"));
        run = cli(QStringLiteral("hausmann"),
                  {QStringLiteral("patient-copy"), QStringLiteral("--patient"), ExportWard::YoungMrn,
                   QStringLiteral("--out"), dir});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QFile pdf(QDir(dir).filePath(QStringLiteral("patient-record.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("patient-record.json"))));
        QCOMPARE(run.object().value(QLatin1String("pdf")).toString(), pdf.fileName());
    }

    void researchIsForAdministrators()
    {
        const QString dir = out(QStringLiteral("research"));
        QCOMPARE(cli(QStringLiteral("hausmann"), {QStringLiteral("research"), QStringLiteral("--out"), dir}).exitCode,
                 3);
        QVERIFY(!QDir(dir).exists());
        const CliRun run = cli(QStringLiteral("admin"), {QStringLiteral("research"), QStringLiteral("--out"), dir});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.object().value(QLatin1String("patients")).toInt(), 2);
        QCOMPARE(run.object().value(QLatin1String("samples")).toInt(), 2 * ExportWard::Samples);
        QVERIFY(QFile::exists(QDir(dir).filePath(QStringLiteral("Observation.ndjson"))));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliExport)
#include "TestCliExport.moc"
