#include "scores/Pews.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace pulsedesk;

/// The age-banded engine of the paediatric early-warning score, on a chart made for this test only (it is no
/// published chart: its numbers only make every edge distinct). Every band edge of every parameter in every age
/// band, both sides, and every age-band edge.
class TestPews : public QObject
{
    Q_OBJECT

    /// Five age bands as the Bedside PEWS cuts them (0, 3, 12, 60, 144 months); in band n, the pulse bands are
    /// shifted by 10 × n so a value scores differently in every age band.
    static QJsonObject testChart()
    {
        QJsonArray bands;
        const int starts[] = {0, 3, 12, 60, 144};
        for (int n = 0; n < 5; ++n) {
            const int shift = 10 * n;
            const auto band = [](double upTo, int score) {
                return QJsonObject {{QStringLiteral("upTo"), upTo}, {QStringLiteral("score"), score}};
            };
            const auto last = [](int score) { return QJsonObject {{QStringLiteral("score"), score}}; };
            QJsonArray parameters {
                QJsonObject {{QStringLiteral("key"), QStringLiteral("pulse")},
                             {QStringLiteral("bands"),
                              QJsonArray {band(160 - shift, 4), band(170 - shift, 2), band(180 - shift, 0),
                                          band(190 - shift, 1), last(4)}}},
                QJsonObject {{QStringLiteral("key"), QStringLiteral("respirationRate")},
                             {QStringLiteral("bands"), QJsonArray {band(20 - n, 2), band(40 - n, 0), last(3)}}},
                QJsonObject {{QStringLiteral("key"), QStringLiteral("temperature")},
                             {QStringLiteral("decimals"), 1},
                             {QStringLiteral("bands"), QJsonArray {band(35.9, 1), band(38.4, 0), last(1)}}},
                QJsonObject {{QStringLiteral("key"), QStringLiteral("consciousness")},
                             {QStringLiteral("bands"), QJsonArray {band(0, 0), band(2, 1), last(4)}}},
            };
            if (n == 0) // only the youngest band scores oxygen: the others must not
                parameters.append(QJsonObject {{QStringLiteral("key"), QStringLiteral("supplementalOxygen")},
                                               {QStringLiteral("bands"), QJsonArray {band(0, 0), last(2)}}});
            bands.append(QJsonObject {{QStringLiteral("fromMonths"), starts[n]},
                                      {QStringLiteral("label"), QStringLiteral("band %1").arg(n)},
                                      {QStringLiteral("parameters"), parameters}});
        }
        return {{QStringLiteral("format"), QStringLiteral("pulsedesk.age-banded-early-warning-table")},
                {QStringLiteral("name"), QStringLiteral("Test chart")},
                {QStringLiteral("source"), QStringLiteral("made for TestPews only; not a clinical chart")},
                {QStringLiteral("maxSubScore"), 4},
                {QStringLiteral("ageBands"), bands}};
    }

    static Pews chart(const QJsonObject& object = testChart())
    {
        auto parsed = Pews::fromJson(QJsonDocument(object).toJson());
        if (!parsed)
            qFatal("%s", qPrintable(parsed.errorMessage()));
        return std::move(parsed).value();
    }

    static News2Observation normal()
    {
        News2Observation o;
        o.respirationRate = 30;
        o.spo2 = 97;
        o.systolic = 90;
        o.pulse = 175;
        o.temperatureC = 37.0;
        return o;
    }

    static int sub(const Pews& pews, const News2Observation& o, int months, const char* key)
    {
        auto s = pews.score(o, months);
        if (!s)
            qFatal("%s", qPrintable(s.errorMessage()));
        return s.value().subScore(QString::fromLatin1(key)).value_or(-1);
    }

private slots:
    void ageInCompletedMonths()
    {
        const QDate birth(2021, 1, 31);
        QCOMPARE(Pews::ageInMonths(birth, birth), 0);
        QCOMPARE(Pews::ageInMonths(birth, QDate(2021, 2, 27)), 0);
        QCOMPARE(Pews::ageInMonths(birth, QDate(2021, 2, 28)), 1); // no 31 February: the month's last day
        QCOMPARE(Pews::ageInMonths(QDate(2020, 5, 15), QDate(2020, 8, 14)), 2);
        QCOMPARE(Pews::ageInMonths(QDate(2020, 5, 15), QDate(2020, 8, 15)), 3);
        QCOMPARE(Pews::ageInMonths(QDate(2010, 6, 1), QDate(2026, 5, 31)), 191);
        QCOMPARE(Pews::ageInMonths(QDate(2010, 6, 1), QDate(2026, 6, 1)), 192);
        QVERIFY(!Pews::ageInMonths(QDate(), QDate(2026, 6, 1)));
        QVERIFY(!Pews::ageInMonths(QDate(2026, 6, 2), QDate(2026, 6, 1)));
    }

    void everyAgeBandEdge_data()
    {
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("band");
        const std::pair<int, const char*> edges[] = {{0, "band 0"},   {2, "band 0"},   {3, "band 1"},  {11, "band 1"},
                                                     {12, "band 2"},  {59, "band 2"},  {60, "band 3"}, {143, "band 3"},
                                                     {144, "band 4"}, {191, "band 4"}, {192, ""},      {-1, ""}};
        for (const auto& [months, band] : edges)
            QTest::addRow("%d months", months) << months << QString::fromLatin1(band);
    }
    void everyAgeBandEdge()
    {
        QFETCH(int, months);
        QFETCH(QString, band);
        const Pews pews = chart();
        const Pews::AgeBand* found = pews.band(months);
        QCOMPARE(found ? found->label : QString(), band);
        // The same pulse scores by the band's own rows: 160 - 10n is the edge of its lowest row.
        auto s = pews.score(normal(), months);
        QCOMPARE(bool(s), !band.isEmpty());
        if (s)
            QCOMPARE(s.value().ageBand, band);
    }

    void everyBandEdgeInEveryAgeBand()
    {
        const Pews pews = chart();
        const int months[] = {0, 3, 12, 60, 144};
        for (int n = 0; n < 5; ++n) {
            const int shift = 10 * n;
            const int m = months[n];
            News2Observation o = normal();
            const std::pair<double, int> pulse[] = {
                {160.0 - shift, 4}, {161.0 - shift, 2}, {170.0 - shift, 2}, {171.0 - shift, 0}, {180.0 - shift, 0},
                {181.0 - shift, 1}, {190.0 - shift, 1}, {191.0 - shift, 4}, {160.4 - shift, 4}, {160.5 - shift, 2}};
            for (const auto& [value, expected] : pulse) {
                o.pulse = value;
                QVERIFY2(sub(pews, o, m, "pulse") == expected,
                         qPrintable(QStringLiteral("band %1 pulse %2").arg(n).arg(value)));
            }
            o = normal();
            const std::pair<double, int> rr[] = {{20.0 - n, 2}, {21.0 - n, 0}, {40.0 - n, 0}, {41.0 - n, 3}};
            for (const auto& [value, expected] : rr) {
                o.respirationRate = value;
                QVERIFY2(sub(pews, o, m, "respirationRate") == expected,
                         qPrintable(QStringLiteral("band %1 rr %2").arg(n).arg(value)));
            }
            o = normal();
            const std::pair<double, int> temperature[] = {{35.9, 1}, {36.0, 0},  {38.4, 0},
                                                          {38.5, 1}, {38.44, 0}, {38.45, 1}};
            for (const auto& [value, expected] : temperature) {
                o.temperatureC = value;
                QVERIFY2(sub(pews, o, m, "temperature") == expected,
                         qPrintable(QStringLiteral("band %1 temperature %2").arg(n).arg(value)));
            }
            o = normal();
            const std::pair<Consciousness, int> acvpu[] = {{Consciousness::Alert, 0},
                                                           {Consciousness::NewConfusion, 1},
                                                           {Consciousness::Voice, 1},
                                                           {Consciousness::Pain, 4},
                                                           {Consciousness::Unresponsive, 4}};
            for (const auto& [level, expected] : acvpu) {
                o.consciousness = level;
                QCOMPARE(sub(pews, o, m, "consciousness"), expected);
            }
        }
    }

    void aBandScoresOnlyItsParameters()
    {
        const Pews pews = chart();
        News2Observation o = normal();
        o.onOxygen = true;
        o.pulse = 200; // 4 in every band
        o.consciousness = Consciousness::Unresponsive; // 4
        const PewsScore infant = pews.score(o, 0).value();
        QCOMPARE(infant.subScore(QStringLiteral("supplementalOxygen")), 2);
        QCOMPARE(infant.total, 4 + 0 + 0 + 4 + 2);
        const PewsScore child = pews.score(o, 60).value();
        QVERIFY(!child.subScore(QStringLiteral("supplementalOxygen")));
        QVERIFY(!child.subScore(QStringLiteral("systolic")));
        QCOMPARE(child.total, 8);
        QCOMPARE(int(child.subScores.size()), 4);
        QCOMPARE(child.chart, QStringLiteral("Test chart"));
    }

    void refusesATypingErrorAndAnAdult()
    {
        const Pews pews = chart();
        News2Observation o = normal();
        o.pulse = 400;
        QVERIFY(!pews.score(o, 24));
        QVERIFY(!pews.score(normal(), Pews::MaximumAgeMonths));
        QCOMPARE(Pews::MaximumAgeMonths, 192);
    }

    void refusesAnInvalidChart_data()
    {
        QTest::addColumn<QJsonObject>("object");
        QJsonObject c = testChart();
        c.remove(QStringLiteral("source"));
        QTest::newRow("no source") << c;
        c = testChart();
        c.insert(QStringLiteral("format"), QStringLiteral("pulsedesk.early-warning-table"));
        QTest::newRow("format") << c;
        c = testChart();
        c.insert(QStringLiteral("maxSubScore"), 3); // the chart has 4s
        QTest::newRow("sub-score above the maximum") << c;
        const auto withBands = [](const std::function<void(QJsonArray&)>& change) {
            QJsonObject changed = testChart();
            QJsonArray bands = changed.value(QStringLiteral("ageBands")).toArray();
            change(bands);
            changed.insert(QStringLiteral("ageBands"), bands);
            return changed;
        };
        const auto setBand = [](QJsonArray& bands, int n, const char* field, const QJsonValue& value) {
            QJsonObject b = bands.at(n).toObject();
            b.insert(QString::fromLatin1(field), value);
            bands.replace(n, b);
        };
        QTest::newRow("first band not at 0") << withBands([&](QJsonArray& b) { setBand(b, 0, "fromMonths", 1); });
        QTest::newRow("bands not rising") << withBands([&](QJsonArray& b) { setBand(b, 2, "fromMonths", 3); });
        QTest::newRow("band at 16 years") << withBands([&](QJsonArray& b) { setBand(b, 4, "fromMonths", 192); });
        QTest::newRow("no label") << withBands([&](QJsonArray& b) { setBand(b, 1, "label", QString()); });
        QTest::newRow("no bands") << withBands([](QJsonArray& b) { b = {}; });
        QTest::newRow("unknown parameter") << withBands([&](QJsonArray& b) {
            QJsonObject band = b.at(1).toObject();
            QJsonArray parameters = band.value(QStringLiteral("parameters")).toArray();
            parameters.append(
                QJsonObject {{QStringLiteral("key"), QStringLiteral("capillaryRefill")},
                             {QStringLiteral("bands"), QJsonArray {QJsonObject {{QStringLiteral("score"), 0}}}}});
            band.insert(QStringLiteral("parameters"), parameters);
            b.replace(1, band);
        });
    }
    void refusesAnInvalidChart()
    {
        QFETCH(QJsonObject, object);
        const auto parsed = Pews::fromJson(QJsonDocument(object).toJson());
        QVERIFY(!parsed);
        QVERIFY(parsed.errorMessage().contains(QStringLiteral("chart is invalid")));
        QVERIFY(!Pews::fromJson("{not json"));
    }
};

QTEST_GUILESS_MAIN(TestPews)
#include "TestPews.moc"
