#include "CliRunner.h"
#include "TestWorkspace.h"
#include "storage/DeviceRegistry.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli samples: the retention of raw samples shown, set by an administrator only, and applied at once.
class TestCliSamples : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;

    CliRun cli(const QString& user, const QStringList& args)
    {
        const QString password = user == QLatin1String("admin") ? QString::fromLatin1(TestWorkspace::AdminPassword)
                                                                : QString::fromLatin1(TestWorkspace::StaffPassword);
        return runCli(QStringList {QStringLiteral("--data"), m_tw->dir(), QStringLiteral("--user"), user,
                                   QStringLiteral("--password-stdin"), QStringLiteral("--json")}
                          + args,
                      password.toUtf8() + '\n');
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        Workspace& w = m_tw->workspace();
        const Session nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        const qint64 old = QDateTime(QDate(2019, 5, 1), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
        storeSamples(w, QStringLiteral("dev-1"), old, 40, 1000, [](int) { return 70.0; });
        storeSamples(w, QStringLiteral("dev-1"), QDateTime::currentMSecsSinceEpoch() - 60'000, 10, 1000,
                     [](int) { return 72.0; });
        m_tw->close();
    }

    void retention_shownSetByAnAdministratorAndApplied()
    {
        const CliRun shown = cli(QStringLiteral("admin"), {QStringLiteral("samples"), QStringLiteral("show")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QCOMPARE(shown.object()[QLatin1String("storage.sampleRetentionMonths")].toInt(), 0);

        const QStringList set = {QStringLiteral("samples"), QStringLiteral("set"),
                                 QStringLiteral("storage.sampleRetentionMonths"), QStringLiteral("12")};
        QCOMPARE(cli(QStringLiteral("nurse"), set).exitCode, 3);
        QCOMPARE(
            cli(QStringLiteral("admin"),
                {QStringLiteral("samples"), QStringLiteral("set"), QStringLiteral("retention"), QStringLiteral("12")})
                .exitCode,
            2);
        const CliRun changed = cli(QStringLiteral("admin"), set);
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(cli(QStringLiteral("admin"), {QStringLiteral("samples"), QStringLiteral("show")})
                     .object()[QLatin1String("storage.sampleRetentionMonths")]
                     .toInt(),
                 12);

        QCOMPARE(cli(QStringLiteral("nurse"), {QStringLiteral("samples"), QStringLiteral("prune")}).exitCode, 3);
        const CliRun pruned = cli(QStringLiteral("admin"), {QStringLiteral("samples"), QStringLiteral("prune")});
        QVERIFY2(pruned.exitCode == 0, pruned.err.constData());
        const QJsonArray removed = pruned.object()[QLatin1String("removed")].toArray();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0)[QLatin1String("samples")].toInt(), 40);
        // Nothing older is left.
        const CliRun again = cli(QStringLiteral("admin"), {QStringLiteral("samples"), QStringLiteral("prune")});
        QCOMPARE(again.object()[QLatin1String("removed")].toArray().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSamples)
#include "TestCliSamples.moc"
