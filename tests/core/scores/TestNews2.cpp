#include "scores/News2.h"

#include <QTest>

using namespace pulsedesk;

Q_DECLARE_METATYPE(pulsedesk::News2Risk)

/// NEWS2 exactly as RCP 2017 Chart 1 (every band edge, both sides) and Chart 4 (risk, monitoring frequency).
class TestNews2 : public QObject
{
    Q_OBJECT

    /// Scores 0 on every row: the starting point each case changes one value of.
    static News2Observation normal()
    {
        News2Observation o;
        o.respirationRate = 16;
        o.spo2 = 97;
        o.systolic = 120;
        o.pulse = 70;
        o.temperatureC = 37.0;
        return o;
    }

    static News2Score scored(const News2Observation& o, int age = 40)
    {
        auto s = News2::builtIn().score(o, age);
        if (!s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return s.value();
    }

private slots:
    void everyBandEdge_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("expected");
        const auto edges = [](const char* row, std::initializer_list<std::pair<double, int>> cases) {
            for (const auto& [value, score] : cases)
                QTest::addRow("%s %g", row, value) << QString::fromLatin1(row) << value << score;
        };
        edges("respiration", {{8, 3}, {9, 1}, {11, 1}, {12, 0}, {20, 0}, {21, 2}, {24, 2}, {25, 3}});
        edges("spo2", {{91, 3}, {92, 2}, {93, 2}, {94, 1}, {95, 1}, {96, 0}, {100, 0}});
        edges("systolic", {{90, 3}, {91, 2}, {100, 2}, {101, 1}, {110, 1}, {111, 0}, {219, 0}, {220, 3}});
        edges("pulse", {{40, 3}, {41, 1}, {50, 1}, {51, 0}, {90, 0}, {91, 1}, {110, 1}, {111, 2}, {130, 2}, {131, 3}});
        edges("temperature", {{35.0, 3}, {35.1, 1}, {36.0, 1}, {36.1, 0}, {38.0, 0}, {38.1, 1}, {39.0, 1}, {39.1, 2}});
        // Between the chart's whole numbers (a device's window mean): rounded half away from zero.
        edges("pulse", {{90.4, 0}, {90.5, 1}});
        edges("temperature", {{38.04, 0}, {38.05, 1}});
    }
    void everyBandEdge()
    {
        QFETCH(QString, row);
        QFETCH(double, value);
        QFETCH(int, expected);
        News2Observation o = normal();
        int News2Score::*part = nullptr;
        if (row == QLatin1String("respiration")) {
            o.respirationRate = value;
            part = &News2Score::respirationRate;
        } else if (row == QLatin1String("spo2")) {
            o.spo2 = value;
            part = &News2Score::spo2;
        } else if (row == QLatin1String("systolic")) {
            o.systolic = value;
            part = &News2Score::systolic;
        } else if (row == QLatin1String("pulse")) {
            o.pulse = value;
            part = &News2Score::pulse;
        } else {
            o.temperatureC = value;
            part = &News2Score::temperature;
        }
        const News2Score s = scored(o);
        QCOMPARE(s.*part, expected);
        QCOMPARE(s.total, expected); // every other row scores 0
    }

    void scale2_replacesOnlyTheSpo2Row_andOxygenStillScores_data()
    {
        QTest::addColumn<double>("spo2");
        QTest::addColumn<bool>("onOxygen");
        QTest::addColumn<int>("spo2Score");
        QTest::addColumn<int>("total");
        QTest::newRow("83 on air") << 83.0 << false << 3 << 3;
        QTest::newRow("84 on air") << 84.0 << false << 2 << 2;
        QTest::newRow("86 on air") << 86.0 << false << 1 << 1;
        QTest::newRow("88 on air") << 88.0 << false << 0 << 0;
        QTest::newRow("97 on air") << 97.0 << false << 0 << 0;
        QTest::newRow("92 on oxygen") << 92.0 << true << 0 << 2;
        QTest::newRow("93 on oxygen") << 93.0 << true << 1 << 3;
        QTest::newRow("95 on oxygen") << 95.0 << true << 2 << 4;
        QTest::newRow("97 on oxygen") << 97.0 << true << 3 << 5; // 3 + 2, not 3
    }
    void scale2_replacesOnlyTheSpo2Row_andOxygenStillScores()
    {
        QFETCH(double, spo2);
        QFETCH(bool, onOxygen);
        QFETCH(int, spo2Score);
        QFETCH(int, total);
        News2Observation o = normal();
        o.scale2 = true;
        o.spo2 = spo2;
        o.onOxygen = onOxygen;
        const News2Score s = scored(o);
        QCOMPARE(s.spo2, spo2Score);
        QCOMPARE(s.oxygen, onOxygen ? 2 : 0);
        QCOMPARE(s.total, total);
    }

    void consciousness_anythingButAlertScoresThree()
    {
        for (Consciousness c :
             {Consciousness::NewConfusion, Consciousness::Voice, Consciousness::Pain, Consciousness::Unresponsive}) {
            News2Observation o = normal();
            o.consciousness = c;
            QCOMPARE(scored(o).consciousness, 3);
        }
        QCOMPARE(scored(normal()).consciousness, 0);
    }

    void riskAndMonitoring_followChart4_data()
    {
        QTest::addColumn<double>("respiration");
        QTest::addColumn<double>("pulse");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<int>("total");
        QTest::addColumn<News2Risk>("risk");
        QTest::addColumn<int>("minutes");
        QTest::newRow("0: low, 12-hourly") << 16.0 << 70.0 << 37.0 << 0 << News2Risk::Low << 720;
        QTest::newRow("1: low, 4-hourly") << 16.0 << 95.0 << 37.0 << 1 << News2Risk::Low << 240;
        QTest::newRow("4 without a 3: low") << 22.0 << 115.0 << 37.0 << 4 << News2Risk::Low << 240;
        QTest::newRow("single 3: low-medium") << 26.0 << 70.0 << 37.0 << 3 << News2Risk::LowMedium << 60;
        QTest::newRow("3 + 1: low-medium") << 26.0 << 95.0 << 37.0 << 4 << News2Risk::LowMedium << 60;
        QTest::newRow("5: medium") << 26.0 << 115.0 << 37.0 << 5 << News2Risk::Medium << 60;
        QTest::newRow("6: medium") << 26.0 << 115.0 << 38.5 << 6 << News2Risk::Medium << 60;
        QTest::newRow("7: high, continuous") << 26.0 << 135.0 << 38.5 << 7 << News2Risk::High << 0;
    }
    void riskAndMonitoring_followChart4()
    {
        QFETCH(double, respiration);
        QFETCH(double, pulse);
        QFETCH(double, temperature);
        QFETCH(int, total);
        QFETCH(News2Risk, risk);
        QFETCH(int, minutes);
        News2Observation o = normal();
        o.respirationRate = respiration;
        o.pulse = pulse;
        o.temperatureC = temperature;
        const News2Score s = scored(o);
        QCOMPARE(s.total, total);
        QCOMPARE(s.risk, risk);
        QCOMPARE(s.nextObservationMinutes, minutes);
    }

    void theWorstOfEveryRow_totals20()
    {
        News2Observation o;
        o.respirationRate = 30;
        o.spo2 = 85;
        o.onOxygen = true;
        o.systolic = 80;
        o.pulse = 140;
        o.consciousness = Consciousness::Unresponsive;
        o.temperatureC = 34.0;
        const News2Score s = scored(o);
        QCOMPARE(s.total, 3 + 3 + 2 + 3 + 3 + 3 + 3);
        QCOMPARE(s.total, 20);
        QCOMPARE(s.risk, News2Risk::High);
    }

    void aChild_isNeverScored()
    {
        const auto child = News2::builtIn().score(normal(), 15);
        QVERIFY(!child);
        QCOMPARE(child.error().code, Error::Code::Invalid);
        QVERIFY(News2::builtIn().score(normal(), 16));
    }

    void impossibleValues_areRefusedAndNamed()
    {
        News2Observation o = normal();
        o.pulse = 700; // a typing error
        const auto refused = News2::builtIn().score(o, 40);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QVERIFY2(refused.errorMessage().contains(QLatin1String("Pulse 700")), qPrintable(refused.errorMessage()));
        o = normal();
        o.temperatureC = 370; // 37.0 without its point
        QVERIFY(!News2::builtIn().score(o, 40));
    }

    void aTableWithGapsOrNoOpenLastBand_isRefused()
    {
        const QByteArray head = R"({"format": "pulsedesk.early-warning-table", "name": "X", "parameters": [)";
        QVERIFY(!ScoreTable::fromJson(head + R"({"key": "a", "bands": [{"upTo": 5, "score": 1}]}]})"));
        QVERIFY(!ScoreTable::fromJson(
            head + R"({"key": "a", "bands": [{"upTo": 5, "score": 1}, {"upTo": 4, "score": 0}, {"score": 2}]}]})"));
        QVERIFY(!ScoreTable::fromJson(head + R"({"key": "a", "bands": [{"score": 4}]}]})"));
        QVERIFY(ScoreTable::fromJson(head + R"({"key": "a", "bands": [{"upTo": 5, "score": 1}, {"score": 2}]}]})"));
    }
};

QTEST_GUILESS_MAIN(TestNews2)
#include "TestNews2.moc"
