#include "CliRunner.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "model/Patient.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli obs: observations with their NEWS2 sub-scores, total and risk, device values, amendments, the SpO2
/// scale a doctor sets, and no score for a child. Runs the real binary.
class TestCliObservations : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run

    CliRun cli(const QString& user, const QStringList& args, bool json = true)
    {
        QStringList all = m_store + QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-stdin")};
        if (json)
            all << QStringLiteral("--json");
        return runCli(all + args, QByteArray(TestWorkspace::StaffPassword) + '\n');
    }

    static QStringList values(const QString& rr, const QString& spo2, const QString& pulse)
    {
        return {QStringLiteral("--rr"),
                rr,
                QStringLiteral("--spo2"),
                spo2,
                QStringLiteral("--air"),
                QStringLiteral("--sbp"),
                QStringLiteral("125"),
                QStringLiteral("--pulse"),
                pulse,
                QStringLiteral("--acvpu"),
                QStringLiteral("A"),
                QStringLiteral("--temp"),
                QStringLiteral("37.0")};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        Workspace& w = m_tw->workspace();
        const Session doctor = m_tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        m_tw->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("One"), QStringLiteral("1"));
        PatientInput child;
        child.mrn = QStringLiteral("MRN-C");
        child.name = QStringLiteral("Child");
        child.birthDate = QDate::currentDate().addYears(-8);
        QVERIFY(w.patients().admit(doctor, child).ok());
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY(w.devices().assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1")).ok());
        // The last two minutes at 118 bpm from the bedside device.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        storeSamples(w, QStringLiteral("dev-1"), now - 120'000, 120, 1000, [](int) { return 118; });
        m_store = m_tw->cliStore();
        m_tw->close();
    }

    void add_printsSubScoresTotalAndRisk()
    {
        // Respiration 25 (3), SpO2 93 (2), pulse from the device, 118 (2): NEWS2 7, high.
        const CliRun run = cli(QStringLiteral("nurse"),
                               QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
                                   + values(QStringLiteral("25"), QStringLiteral("93"), QStringLiteral("device")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonObject o = run.object();
        QCOMPARE(o.value(QLatin1String("pulse")).toDouble(), 118.0);
        QCOMPARE(o.value(QLatin1String("fromDevice")).toArray(), QJsonArray {QStringLiteral("pulse")});
        const QJsonObject news2 = o.value(QLatin1String("news2")).toObject();
        QCOMPARE(news2.value(QLatin1String("total")).toInt(), 7);
        QCOMPARE(news2.value(QLatin1String("risk")).toString(), QStringLiteral("high"));
        const QJsonObject sub = news2.value(QLatin1String("subScores")).toObject();
        QCOMPARE(sub.value(QLatin1String("respirationRate")).toInt(), 3);
        QCOMPARE(sub.value(QLatin1String("spo2")).toInt(), 2);
        QCOMPARE(sub.value(QLatin1String("pulse")).toInt(), 2);
        QCOMPARE(sub.value(QLatin1String("temperature")).toInt(), 0);
        QVERIFY(news2.value(QLatin1String("continuousMonitoring")).toBool());

        // The text card names the total and the response.
        const CliRun text = cli(QStringLiteral("nurse"),
                                QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
                                    + values(QStringLiteral("16"), QStringLiteral("97"), QStringLiteral("72")),
                                false);
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("NEWS2 0, low risk; next observations due"), text.out.constData());
    }

    void amend_andList()
    {
        const CliRun amended = cli(QStringLiteral("nurse"),
                                   QStringList {QStringLiteral("obs"), QStringLiteral("amend"), QStringLiteral("1")}
                                       + values(QStringLiteral("20"), QStringLiteral("93"), QStringLiteral("118")));
        QVERIFY2(amended.exitCode == 0, amended.err.constData());
        QCOMPARE(amended.object().value(QLatin1String("amends")).toInt(), 1);
        QCOMPARE(amended.object().value(QLatin1String("news2")).toObject().value(QLatin1String("total")).toInt(), 4);

        const CliRun list =
            cli(QStringLiteral("doc"), {QStringLiteral("obs"), QStringLiteral("list"), QStringLiteral("MRN-1")});
        QCOMPARE(list.exitCode, 0);
        const QJsonArray rows = list.json().array();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).toObject().value(QLatin1String("amendedBy")).toInt(),
                 amended.object().value(QLatin1String("id")).toInt());
    }

    void child_getsNoScore()
    {
        const CliRun run = cli(QStringLiteral("nurse"),
                               QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-C")}
                                   + values(QStringLiteral("25"), QStringLiteral("93"), QStringLiteral("118")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.object().value(QLatin1String("news2")).isNull());
        const CliRun text = cli(QStringLiteral("nurse"),
                                {QStringLiteral("obs"), QStringLiteral("list"), QStringLiteral("MRN-C")}, false);
        QVERIFY(!text.out.contains("NEWS2 "));
        QVERIFY(text.out.contains("under 16"));
    }

    void pews_anAdministratorSelectsTheChart_aChildIsScoredWithIt()
    {
        const auto admin = [this](const QStringList& args, bool json = true) {
            QStringList all = m_store
                + QStringList {QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--password-stdin")};
            if (json)
                all << QStringLiteral("--json");
            return runCli(all + args, QByteArray(TestWorkspace::AdminPassword) + '\n');
        };
        QTemporaryDir dir;
        const auto write = [&dir](const char* name, const QByteArray& json) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            file.open(QIODevice::WriteOnly);
            file.write(json);
            return file.fileName();
        };
        // Made for this test only, not a clinical chart.
        const QString chart = write("chart.json", R"({"format": "pulsedesk.age-banded-early-warning-table",
            "name": "Test chart", "source": "TestCliObservations only", "ageBands": [
            {"fromMonths": 0, "label": "under 1 year", "parameters": [
                {"key": "pulse", "bands": [{"upTo": 160, "score": 0}, {"score": 3}]}]},
            {"fromMonths": 12, "label": "1 to 16 years", "parameters": [
                {"key": "pulse", "bands": [{"upTo": 110, "score": 0}, {"score": 2}]},
                {"key": "spo2", "bands": [{"upTo": 94, "score": 1}, {"score": 0}]}]}]})");
        const QString broken = write("broken.json", "{\"format\": \"pulsedesk.age-banded-early-warning-table\"}");

        CliRun shown = admin({QStringLiteral("pews"), QStringLiteral("show")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY(shown.object().value(QLatin1String("chart")).isNull());
        QCOMPARE(cli(QStringLiteral("nurse"), {QStringLiteral("pews"), QStringLiteral("set"), chart}).exitCode, 3);
        const CliRun refused = admin({QStringLiteral("pews"), QStringLiteral("set"), broken});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("chart is invalid"));
        QCOMPARE(admin({QStringLiteral("pews"), QStringLiteral("set")}).exitCode, 2);
        const CliRun set = admin({QStringLiteral("pews"), QStringLiteral("set"), chart});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        const QJsonObject selected = set.object().value(QLatin1String("chart")).toObject();
        QCOMPARE(selected.value(QLatin1String("name")).toString(), QStringLiteral("Test chart"));
        QCOMPARE(selected.value(QLatin1String("ageBands")).toArray().size(), 2);

        // The child (8 years old): pulse 118 scores 2, SpO2 93 scores 1; never NEWS2.
        const CliRun run = cli(QStringLiteral("nurse"),
                               QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-C")}
                                   + values(QStringLiteral("25"), QStringLiteral("93"), QStringLiteral("118")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.object().value(QLatin1String("news2")).isNull());
        const QJsonObject pews = run.object().value(QLatin1String("pews")).toObject();
        QCOMPARE(pews.value(QLatin1String("total")).toInt(), 3);
        QCOMPARE(pews.value(QLatin1String("ageBand")).toString(), QStringLiteral("1 to 16 years"));
        QCOMPARE(pews.value(QLatin1String("subScores")).toObject().value(QLatin1String("spo2")).toInt(), 1);
        const CliRun card = cli(QStringLiteral("nurse"),
                                QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-C")}
                                    + values(QStringLiteral("25"), QStringLiteral("97"), QStringLiteral("118")),
                                false);
        QVERIFY2(card.out.contains("PEWS 2 (Test chart, 1 to 16 years)"), card.out.constData());
        const CliRun text = cli(QStringLiteral("nurse"),
                                {QStringLiteral("obs"), QStringLiteral("list"), QStringLiteral("MRN-C")}, false);
        QVERIFY2(text.out.contains("PEWS 3 (Test chart, 1 to 16 years)"), text.out.constData());
        QVERIFY(!text.out.contains("NEWS2 "));
        // An adult keeps NEWS2 and gets no PEWS.
        const CliRun adult = cli(QStringLiteral("nurse"),
                                 QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
                                     + values(QStringLiteral("16"), QStringLiteral("97"), QStringLiteral("72")));
        QVERIFY(adult.object().value(QLatin1String("pews")).isNull());
        QCOMPARE(adult.object().value(QLatin1String("news2")).toObject().value(QLatin1String("total")).toInt(), 0);

        QVERIFY(admin({QStringLiteral("pews"), QStringLiteral("none")}, false).out.contains("No paediatric"));
        const CliRun after = cli(QStringLiteral("nurse"),
                                 {QStringLiteral("obs"), QStringLiteral("list"), QStringLiteral("MRN-C")}, false);
        QVERIFY(!after.out.contains("PEWS"));
    }

    void scale2_needsTheDoctor_andBadInputIsAUsageError()
    {
        QStringList scale2 = QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
            + values(QStringLiteral("16"), QStringLiteral("90"), QStringLiteral("72"));
        scale2 << QStringLiteral("--scale") << QStringLiteral("2");
        QCOMPARE(cli(QStringLiteral("nurse"), scale2).exitCode, 1);
        QCOMPARE(cli(QStringLiteral("nurse"),
                     {QStringLiteral("obs"), QStringLiteral("scale"), QStringLiteral("MRN-1"), QStringLiteral("2")})
                     .exitCode,
                 3);
        QCOMPARE(cli(QStringLiteral("doc"),
                     {QStringLiteral("obs"), QStringLiteral("scale"), QStringLiteral("MRN-1"), QStringLiteral("2")})
                     .exitCode,
                 0);
        const CliRun scored = cli(QStringLiteral("nurse"), scale2);
        QCOMPARE(scored.exitCode, 0);
        QCOMPARE(scored.object().value(QLatin1String("spo2Scale")).toInt(), 2);

        // Missing --air/--oxygen, both, an unknown ACVPU letter, a word for a number.
        QStringList noAir = QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
            + values(QStringLiteral("16"), QStringLiteral("97"), QStringLiteral("72"));
        noAir.removeAll(QStringLiteral("--air"));
        QCOMPARE(cli(QStringLiteral("nurse"), noAir).exitCode, 2);
        QCOMPARE(cli(QStringLiteral("nurse"), noAir + QStringList {QStringLiteral("--air"), QStringLiteral("--oxygen")})
                     .exitCode,
                 2);
        QStringList badLetter = QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
            + values(QStringLiteral("16"), QStringLiteral("97"), QStringLiteral("72"));
        badLetter.replace(badLetter.indexOf(QStringLiteral("A")), QStringLiteral("X"));
        QCOMPARE(cli(QStringLiteral("nurse"), badLetter).exitCode, 2);
        QCOMPARE(cli(QStringLiteral("nurse"),
                     QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
                         + values(QStringLiteral("sixteen"), QStringLiteral("97"), QStringLiteral("72")))
                     .exitCode,
                 2);
        // A typing error (temperature without its point) is refused with a reason.
        QStringList typo = QStringList {QStringLiteral("obs"), QStringLiteral("add"), QStringLiteral("MRN-1")}
            + values(QStringLiteral("16"), QStringLiteral("97"), QStringLiteral("72"));
        typo.replace(typo.indexOf(QStringLiteral("37.0")), QStringLiteral("370"));
        const CliRun refused = cli(QStringLiteral("nurse"), typo);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("Temperature"));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliObservations)
#include "TestCliObservations.moc"
