#include "CliRunner.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "storage/DeviceRegistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli results, alarms, limits and findings, run as the real binary against a workstation whose
/// analysis has raised an alarm.
class TestCliAnalysis : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    std::unique_ptr<TestWorkspace> m_tw;
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run
    qint64 m_doctorId = 0;

    Run cli(const QString& user, const QStringList& args)
    {
        const QString password = user == QLatin1String("admin") ? QString::fromLatin1(TestWorkspace::AdminPassword)
                                                                : QString::fromLatin1(TestWorkspace::StaffPassword);
        return runCli(m_store
                          + QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-stdin"),
                                         QStringLiteral("--json")}
                          + args,
                      password.toUtf8() + '\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        Workspace& w = m_tw->workspace();
        const Session doctor = m_tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        m_doctorId = doctor.userId;
        m_tw->admit(doctor, QStringLiteral("MRN-7"), QStringLiteral("Seven"), QStringLiteral("7"));
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-7"), {}, {}).ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(w.devices()
                    .assign(nurse, QStringLiteral("dev-7"), QStringLiteral("MRN-7"),
                            QDateTime::fromMSecsSinceEpoch(now - 3'600'000, Qt::UTC))
                    .ok());
        // Half a minute of severe tachycardia, analysed live.
        analyseStream(w, QStringLiteral("dev-7"), 162);
        m_store = m_tw->cliStore();
        m_tw->close();
    }

    void results_asJson()
    {
        const Run r = cli(QStringLiteral("nurse"),
                          {QStringLiteral("results"), QStringLiteral("--patient"), QStringLiteral("MRN-7")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray results = r.json().array();
        QVERIFY(results.size() >= 3);
        for (const auto& v : results) {
            QCOMPARE(v[QLatin1String("category")].toString(), QStringLiteral("severe-tachycardia"));
            QCOMPARE(v[QLatin1String("hrMean")].toDouble(), 162.0);
            QCOMPARE(v[QLatin1String("basis")].toString(), QStringLiteral("reference-table"));
            // Null until the patient has enough recent windows on the device (a few windows here).
            QVERIFY(v.toObject().contains(QLatin1String("anomaly")));
            QVERIFY(v[QLatin1String("anomaly")].isNull());
        }
        const Run missing = cli(QStringLiteral("nurse"), {QStringLiteral("results")});
        QCOMPARE(missing.exitCode, 2);
        const Run unknown = cli(QStringLiteral("nurse"),
                                {QStringLiteral("results"), QStringLiteral("--patient"), QStringLiteral("MRN-0")});
        QCOMPARE(unknown.exitCode, 1);
    }

    void alarms_listAndAcknowledge()
    {
        Run r =
            cli(QStringLiteral("doc"), {QStringLiteral("alarms"), QStringLiteral("list"), QStringLiteral("--mine")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonArray alarms = r.json().array();
        QCOMPARE(alarms.size(), 1);
        const QJsonObject alarm = alarms.first().toObject();
        QCOMPARE(alarm[QLatin1String("condition")].toString(), QStringLiteral("tachycardia"));
        QCOMPARE(alarm[QLatin1String("priority")].toString(), QStringLiteral("high"));
        QCOMPARE(alarm[QLatin1String("state")].toString(), QStringLiteral("active"));
        QCOMPARE(alarm[QLatin1String("mrn")].toString(), QStringLiteral("MRN-7"));
        QCOMPARE(alarm[QLatin1String("addressedTo")].toArray(), QJsonArray {m_doctorId});
        const QString id = QString::number(alarm[QLatin1String("id")].toInteger());

        // An admin may not acknowledge; a nurse may, with a comment; twice is refused.
        QCOMPARE(cli(QStringLiteral("admin"), {QStringLiteral("alarms"), QStringLiteral("ack"), id}).exitCode, 3);
        QCOMPARE(cli(QStringLiteral("nurse"),
                     {QStringLiteral("alarms"), QStringLiteral("pause"), id, QStringLiteral("--seconds"),
                      QStringLiteral("300")})
                     .exitCode,
                 1); // longer than two minutes
        r = cli(QStringLiteral("nurse"),
                {QStringLiteral("alarms"), QStringLiteral("ack"), id, QStringLiteral("--comment"),
                 QStringLiteral("at the bedside")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QLatin1String("state")].toString(), QStringLiteral("acknowledged"));
        QCOMPARE(r.json()[QLatin1String("comment")].toString(), QStringLiteral("at the bedside"));
        QCOMPARE(cli(QStringLiteral("nurse"), {QStringLiteral("alarms"), QStringLiteral("ack"), id}).exitCode, 1);
        QCOMPARE(cli(QStringLiteral("nurse"), {QStringLiteral("alarms"), QStringLiteral("ack"), QStringLiteral("999")})
                     .exitCode,
                 1);
    }

    void limits_onlyDoctorsWithAReason()
    {
        const QStringList set {QStringLiteral("limits"), QStringLiteral("set"),
                               QStringLiteral("MRN-7"),  QStringLiteral("--severe-low"),
                               QStringLiteral("35"),     QStringLiteral("--low"),
                               QStringLiteral("42"),     QStringLiteral("--high"),
                               QStringLiteral("110"),    QStringLiteral("--severe-high"),
                               QStringLiteral("140")};
        QCOMPARE(
            cli(QStringLiteral("nurse"), set + QStringList {QStringLiteral("--reason"), QStringLiteral("x")}).exitCode,
            3);
        QCOMPARE(cli(QStringLiteral("doc"), set).exitCode, 1); // no reason
        const Run wrongOrder =
            cli(QStringLiteral("doc"),
                {QStringLiteral("limits"), QStringLiteral("set"), QStringLiteral("MRN-7"),
                 QStringLiteral("--severe-low"), QStringLiteral("50"), QStringLiteral("--low"), QStringLiteral("42"),
                 QStringLiteral("--high"), QStringLiteral("110"), QStringLiteral("--severe-high"),
                 QStringLiteral("140"), QStringLiteral("--reason"), QStringLiteral("athlete")});
        QCOMPARE(wrongOrder.exitCode, 1);
        QVERIFY(wrongOrder.err.contains("order"));
        const Run ok = cli(QStringLiteral("doc"),
                           set + QStringList {QStringLiteral("--reason"), QStringLiteral("known sinus tachycardia")});
        QVERIFY2(ok.exitCode == 0, ok.err.constData());
        const Run shown =
            cli(QStringLiteral("nurse"), {QStringLiteral("limits"), QStringLiteral("show"), QStringLiteral("MRN-7")});
        QCOMPARE(shown.exitCode, 0);
        QCOMPARE(shown.json()[QLatin1String("tachycardiaAbove")].toDouble(), 110.0);
        QCOMPARE(shown.json()[QLatin1String("reason")].toString(), QStringLiteral("known sinus tachycardia"));
        // Audited with the reason.
        const Run audit = cli(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY(audit.out.contains("limits.set"));
        QVERIFY(audit.out.contains("known sinus tachycardia"));
        QVERIFY(audit.out.contains("alarm.acknowledge"));
    }

    void findings_emptyForLiveData()
    {
        const Run r = cli(QStringLiteral("doc"), {QStringLiteral("findings")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 0);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliAnalysis)
#include "TestCliAnalysis.moc"
