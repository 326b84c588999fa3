#include "CliRunner.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

/// `pulsedesk-cli demo`, headless: a local broker, the demo ward and its simulated devices, ingested and
/// analysed; the accounts it prints work; a signal stops it cleanly and the data stays.
class TestDemo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QByteArray cli(const QString& user, const QString& password, const QStringList& args, int* exitCode = nullptr)
    {
        const pulsedesk::test::CliRun run =
            pulsedesk::test::runCli(QStringList {QStringLiteral("--data"), m_dir.path(), QStringLiteral("--user"), user,
                                                 QStringLiteral("--password-stdin"), QStringLiteral("--json")}
                                        + args,
                                    password.toUtf8() + '\n');
        if (exitCode)
            *exitCode = run.exitCode;
        return run.out;
    }

private slots:
    void headlessDemo_ingestsAnalysesAndStops()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        QProcess demo;
        demo.start(qEnvironmentVariable("PULSEDESK_CLI"),
                   {QStringLiteral("--data"), m_dir.path(), QStringLiteral("demo"), QStringLiteral("--no-gui")});
        QVERIFY(demo.waitForStarted(10'000));
        QByteArray output;
        QVERIFY(QTest::qWaitFor(
            [&] {
                output += demo.readAllStandardOutput();
                return output.contains("Stop the demo");
            },
            60'000));
        for (const char* account : {"admin", "dr.rossi", "dr.meyer", "nurse.ana", "demo-nurse-2026"})
            QVERIFY2(output.contains(account), account);
        // Long enough for the first windows of every device to become final.
        QTest::qWait(16'000);
        demo.terminate();
        QVERIFY(demo.waitForFinished(30'000));
        output += demo.readAllStandardOutput();
        QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
        QCOMPARE(demo.exitCode(), 0);
        QVERIFY(output.contains("Demo stopped"));

        int exitCode = -1;
        const QJsonObject status =
            QJsonDocument::fromJson(
                cli(QStringLiteral("admin"), QStringLiteral("demo-admin-2026"), {QStringLiteral("status")}, &exitCode))
                .object();
        QCOMPARE(exitCode, 0);
        QCOMPARE(status[QLatin1String("patients")].toInteger(), 12);
        QVERIFY(status[QLatin1String("samples")].toInteger() >= 12 * 10);
        QVERIFY(status[QLatin1String("results")].toInteger() >= 12);

        // The ward has an infant and a child, and the nurse's account works.
        const QJsonArray patients =
            QJsonDocument::fromJson(cli(QStringLiteral("nurse.ana"), QStringLiteral("demo-nurse-2026"),
                                        {QStringLiteral("patient"), QStringLiteral("list")}, &exitCode))
                .array();
        QCOMPARE(exitCode, 0);
        QCOMPARE(patients.size(), 12);
        int infants = 0;
        int children = 0;
        for (const QJsonValue& p : patients) {
            const QDate born = QDate::fromString(p[QLatin1String("birthDate")].toString(), Qt::ISODate);
            const qint64 days = born.daysTo(QDate::currentDate());
            infants += days < 365 ? 1 : 0;
            children += days >= 365 && days < 18 * 365 ? 1 : 0;
        }
        QVERIFY(infants >= 1);
        QVERIFY(children >= 1);
        const QJsonArray results =
            QJsonDocument::fromJson(
                cli(QStringLiteral("dr.rossi"), QStringLiteral("demo-doctor-2026"),
                    {QStringLiteral("results"), QStringLiteral("--patient"), QStringLiteral("DEMO-007")}, &exitCode))
                .array();
        QCOMPARE(exitCode, 0);
        QVERIFY(!results.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "TestDemo.moc"
