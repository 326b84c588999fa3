#include "CliRunner.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "demo/SimulatedFleet.h"
#include "storage/DeviceRegistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli devices health: the flagged devices of each fleet with the figures, as text and JSON; admins only,
/// audited. Runs the real binary.
class TestCliDeviceHealth : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run

    CliRun cli(const QString& user, const QByteArray& password, const QStringList& args, bool json = true)
    {
        QStringList all = m_store + QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + args, password + '\n');
    }

    CliRun admin(const QStringList& args, bool json = true)
    {
        return cli(QStringLiteral("admin"), TestWorkspace::AdminPassword, args, json);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        DeviceSimulator::Options options;
        options.allVitals = true;
        // The last half hour of four healthy monitors and one whose SpO2, temperature and pressure read off.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<DeviceSimulator::Device> devices = SimulatedFleet::labelled(QStringLiteral("m-"), 4, 1);
        auto stored = SimulatedFleet::store(m_tw->workspace(), m_tw->admin(), devices, QStringLiteral("Acme"),
                                            QStringLiteral("Monitor 1"), now - 1000, 1800, 3, options);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        m_store = m_tw->cliStore();
        m_tw->close();
    }

    void json_listsTheFlaggedDevicesWithTheirFigures()
    {
        const CliRun run = admin(
            {QStringLiteral("devices"), QStringLiteral("health"), QStringLiteral("--hours"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject report = run.object();
        QCOMPARE(report[QLatin1String("hours")].toInt(), 2);
        QVERIFY(report[QLatin1String("readings")].toInteger() > 5 * 1700);
        const QJsonArray fleets = report[QLatin1String("fleets")].toArray();
        QCOMPARE(fleets.size(), 1);
        const QJsonObject fleet = fleets.at(0).toObject();
        QCOMPARE(fleet[QLatin1String("manufacturer")].toString(), QStringLiteral("Acme"));
        QCOMPARE(fleet[QLatin1String("model")].toString(), QStringLiteral("Monitor 1"));
        QCOMPARE(fleet[QLatin1String("devices")].toInt(), 5);
        QVERIFY(fleet[QLatin1String("judged")].toBool());
        const QJsonArray flagged = fleet[QLatin1String("flagged")].toArray();
        QCOMPARE(flagged.size(), 1);
        const QJsonObject device = flagged.at(0).toObject();
        QCOMPARE(device[QLatin1String("deviceId")].toString(), QStringLiteral("m-fault-offset-1"));
        QCOMPARE(device[QLatin1String("worn")].toBool(), false);
        bool spo2 = false;
        for (const QJsonValue& f : device[QLatin1String("flags")].toArray()) {
            QCOMPARE(f[QLatin1String("fault")].toString(), QStringLiteral("offset"));
            if (f[QLatin1String("vital")].toString() != QLatin1String("spo2"))
                continue;
            spo2 = true;
            // 6 % below the others, past the limit of 3 %.
            const double value = f[QLatin1String("value")].toDouble();
            const double median = f[QLatin1String("fleetMedian")].toDouble();
            QVERIFY2(median - value >= 4 && median - value <= 8, qPrintable(QString::number(median - value)));
            QVERIFY(value < f[QLatin1String("limit")].toDouble());
            QVERIFY(f[QLatin1String("text")].toString().contains(QLatin1String("SpO2")));
        }
        QVERIFY(spo2);
    }

    void text_namesTheFleetTheDeviceAndTheFigures()
    {
        const CliRun run = admin({QStringLiteral("devices"), QStringLiteral("health")}, false);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QLatin1String("Acme Monitor 1 (5 devices): 1 flagged")), run.out.constData());
        QVERIFY(out.contains(QLatin1String("  m-fault-offset-1\n")));
        QVERIFY(out.contains(QLatin1String("constant offset: SpO2: median")));
        QVERIFY(!out.contains(QLatin1String("m-ok-")));
    }

    void onlyAnAdminAndTheReadIsAudited()
    {
        const CliRun refused = cli(QStringLiteral("nurse"), TestWorkspace::StaffPassword,
                                   {QStringLiteral("devices"), QStringLiteral("health")});
        QCOMPARE(refused.exitCode, 3);
        const CliRun audit =
            admin({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("20")});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains("device-health.read"));
    }

    void badCommandLinesAreUsageErrors()
    {
        QCOMPARE(admin({QStringLiteral("devices"), QStringLiteral("health"), QStringLiteral("--hours"),
                        QStringLiteral("soon")})
                     .exitCode,
                 2);
        QCOMPARE(
            admin({QStringLiteral("devices"), QStringLiteral("health"), QStringLiteral("--hours"), QStringLiteral("0")})
                .exitCode,
            2);
        QCOMPARE(admin({QStringLiteral("devices"), QStringLiteral("fix")}).exitCode, 2);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliDeviceHealth)
#include "TestCliDeviceHealth.moc"
