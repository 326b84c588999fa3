#include "PostgresServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

/// The GUI and import benchmarks run as the real binary (the GUI ones on the real widgets): they finish, report
/// their figures next to their baselines, and show that the work was done (samples drawn, tiles updated, a dump
/// stored and analysed). Speed is not judged here: the benchmarks themselves say whether a target is met.
class TestBench : public QObject
{
    Q_OBJECT

    static QJsonObject bench(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY")); // the benchmark chooses the offscreen platform itself
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("PULSEDESK_BENCH"), QStringList {QStringLiteral("--json")} + args);
        if (!p.waitForStarted(10'000) || !p.waitForFinished(180'000))
            return {};
        // 0: target met; 2: measured, target not met. Anything else is a failure to run.
        if (p.exitCode() != 0 && p.exitCode() != 2) {
            qWarning("%s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput().trimmed().split('\n').last()).object();
    }

private slots:
    void chartDrawsADayReducedToTheWidth()
    {
        const QJsonObject figures = bench({QStringLiteral("chart"), QStringLiteral("--runs"), QStringLiteral("3")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("chart"));
        QCOMPARE(figures.value(QLatin1String("samples")).toInt(), 84'900); // a day at 1 Hz less two silences
        const int columns = figures.value(QLatin1String("columns")).toInt();
        QVERIFY(columns >= 100);
        const int drawn = figures.value(QLatin1String("pointsDrawn")).toInt();
        QVERIFY2(drawn > columns && drawn <= 4 * columns, qPrintable(QString::number(drawn)));
        QVERIFY(figures.value(QLatin1String("frameMedianMs")).toDouble() > 0);
        QVERIFY(figures.value(QLatin1String("baselineAllPointsFrameMedianMs")).toDouble() > 0);
        QVERIFY(figures.value(QLatin1String("peakResidentKib")).toDouble() > 0);
    }

    void importStoresAndAnalysesTheWholeDump()
    {
        const QJsonObject figures = bench({QStringLiteral("import"), QStringLiteral("--samples"),
                                           QStringLiteral("40000"), QStringLiteral("--devices"), QStringLiteral("4")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("import"));
        QCOMPARE(figures.value(QLatin1String("stored")).toInt(), 40'000);
        // 10,000 s per device in 10 s windows; the dump starts at a random point of a window.
        const int windows = figures.value(QLatin1String("windows")).toInt();
        QVERIFY2(windows >= 4 * 1000 && windows <= 4 * 1001, qPrintable(QString::number(windows)));
        QVERIFY(figures.value(QLatin1String("findings")).toInt() > 0); // the tachycardic episodes
        for (const char* figure : {"samplesPerSecond", "ceilingBeforeSamplesPerSecond", "ceilingAfterSamplesPerSecond",
                                   "parseOnlySamplesPerSecond", "peakRssMiB", "previewPeakRssMiB"})
            QVERIFY2(figures.value(QLatin1String(figure)).toDouble() > 0, figure);
    }

    void researchExportWritesEverySample()
    {
        const QJsonObject figures = bench({QStringLiteral("export"), QStringLiteral("--patients"), QStringLiteral("3"),
                                           QStringLiteral("--days"), QStringLiteral("0.05")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("export"));
        QCOMPARE(figures.value(QLatin1String("exportedSamples")).toInt(), 3 * 4320);
        for (const char* figure : {"samplesPerSecond", "bareReadBeforeSamplesPerSecond",
                                   "bareReadAfterSamplesPerSecond", "peakRssMiB", "outputBytes"})
            QVERIFY2(figures.value(QLatin1String(figure)).toDouble() > 0, figure);
    }

    void interfacesDeliverEveryMessage()
    {
        const QJsonObject figures =
            bench({QStringLiteral("interfaces"), QStringLiteral("--messages"), QStringLiteral("40")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("interfaces"));
        QCOMPARE(figures.value(QLatin1String("messages")).toInt(), 40);
        for (const char* figure : {"adtPerSecond", "adtBareEchoPerSecond", "oruPerSecond", "oruBareEchoPerSecond",
                                   "adtPeakRssMiB", "oruPeakRssMiB"})
            QVERIFY2(figures.value(QLatin1String(figure)).toDouble() > 0, figure);
    }

    void wardKeepsEveryTileCurrent()
    {
        const QJsonObject figures = bench({QStringLiteral("ward"), QStringLiteral("--patients"), QStringLiteral("10"),
                                           QStringLiteral("--seconds"), QStringLiteral("24")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("ward"));
        QVERIFY(figures.value(QLatin1String("samplesStored")).toInt() >= 10 * 5);
        QCOMPARE(figures.value(QLatin1String("liveTilesAtEnd")).toInt(), 10);
        QCOMPARE(figures.value(QLatin1String("alarmTilesAtEnd")).toInt(), 2); // every fifth patient is racing
        QVERIFY(figures.value(QLatin1String("guiThreadShare")).toDouble() > 0);
    }
    void wardServerCarriesAcknowledgementsToTheOtherWorkstations()
    {
        pulsedesk::test::PostgresServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        const QString database = server.createDatabase(&error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        const QJsonObject figures =
            bench({QStringLiteral("ward"), QStringLiteral("--server"), server.connInfo(database),
                   QStringLiteral("--workstations"), QStringLiteral("3"), QStringLiteral("--patients"),
                   QStringLiteral("5"), QStringLiteral("--acks"), QStringLiteral("10")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("ward-server"));
        QCOMPARE(figures.value(QLatin1String("acknowledgements")).toInt(), 10);
        QCOMPARE(figures.value(QLatin1String("clients")).toArray().size(), 3);
        for (const char* figure : {"ackLatencyMs", "baselineNotifyMs"})
            QVERIFY2(figures.value(QLatin1String(figure)).toObject().value(QLatin1String("p99")).toDouble() > 0,
                     figure);
        for (const char* figure : {"samplesStored", "resultsStored", "resultsMsPer1000WithNotify",
                                   "resultsMsPer1000WithoutNotify", "peakRssMiB"})
            QVERIFY2(figures.value(QLatin1String(figure)).toDouble() > 0, figure);
        QVERIFY(figures.value(QLatin1String("serverCpuShare")).toDouble() > 0); // the server runs on this machine
    }

    void anomalyScoresTheFleetHealthAgainstItsLabels()
    {
        const QJsonObject figures = bench({QStringLiteral("anomaly"), QStringLiteral("--devices"), QStringLiteral("8"),
                                           QStringLiteral("--faulty"), QStringLiteral("2"), QStringLiteral("--hours"),
                                           QStringLiteral("1"), QStringLiteral("--samples"), QStringLiteral("200000"),
                                           QStringLiteral("--runs"), QStringLiteral("3")});
        QCOMPARE(figures.value(QLatin1String("benchmark")).toString(), QStringLiteral("anomaly"));
        QCOMPARE(figures.value(QLatin1String("healthyDevices")).toInt(), 8);
        QCOMPARE(figures.value(QLatin1String("faultyDevices")).toInt(), 8); // one of each kind in each fleet
        QVERIFY(figures.value(QLatin1String("readings")).toInt() > 16 * 3000);
        for (const char* score : {"fleetHealth", "baseline"}) {
            const QJsonObject s = figures.value(QLatin1String(score)).toObject();
            QCOMPARE(s.value(QLatin1String("truePositives")).toInt() + s.value(QLatin1String("falseNegatives")).toInt(),
                     8);
            QVERIFY2(s.contains(QLatin1String("precision")) && s.contains(QLatin1String("recall")), score);
            QCOMPARE(s.value(QLatin1String("recallByKind")).toObject().size(), 4);
        }
        for (const char* figure : {"fleetHealthSeconds", "baselineSeconds", "fleetHealthPeakRssMiB"})
            QVERIFY2(figures.value(QLatin1String(figure)).toDouble() > 0, figure);
        // The window scores on 16 patients' hour with injected episodes, beside fixed limits, and their cost.
        const QJsonObject windows = figures.value(QLatin1String("windowScores")).toObject();
        QCOMPARE(windows.value(QLatin1String("windows")).toInt(), 16 * 360);
        QVERIFY(windows.value(QLatin1String("labelledWindows")).toInt() > 0);
        for (const char* score : {"score", "baseline"}) {
            const QJsonObject s = windows.value(QLatin1String(score)).toObject();
            QVERIFY2(s.value(QLatin1String("truePositives")).toInt() + s.value(QLatin1String("falseNegatives")).toInt()
                         > 0,
                     score);
            QVERIFY2(s.contains(QLatin1String("precision")) && s.contains(QLatin1String("recall")), score);
        }
        QCOMPARE(windows.value(QLatin1String("costSamples")).toInt(), 200000);
        QVERIFY(windows.value(QLatin1String("costWindows")).toInt() > 0);
        QVERIFY(windows.contains(QLatin1String("scoringShareOfAnalysis")));
        // The median of 3 rounds of analysis without and with scoring, with its spread, and the peak memory of both.
        QCOMPARE(windows.value(QLatin1String("costRounds")).toInt(), 3);
        QCOMPARE(windows.value(QLatin1String("scoringShareByRound")).toArray().size(), 3);
        const double share = windows.value(QLatin1String("scoringShareOfAnalysis")).toDouble();
        QVERIFY(windows.value(QLatin1String("scoringShareLeast")).toDouble() <= share);
        QVERIFY(share <= windows.value(QLatin1String("scoringShareMost")).toDouble());
        for (const char* figure : {"analysisCpuSeconds", "analysisMicrosecondsPerWindow", "analysisSamplesPerSecond",
                                   "analysisPeakRssMiB", "analysisWithScoringPeakRssMiB"})
            QVERIFY2(windows.value(QLatin1String(figure)).toDouble() > 0, figure);
    }
};

QTEST_GUILESS_MAIN(TestBench)
#include "TestBench.moc"
