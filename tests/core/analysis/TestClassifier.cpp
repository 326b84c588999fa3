#include "analysis/Classifier.h"
#include "analysis/HeartRateBands.h"

#include <QTest>

using namespace pulsedesk;

Q_DECLARE_METATYPE(pulsedesk::Category)
Q_DECLARE_METATYPE(pulsedesk::Sex)

/// The classifier is a pure function: table-tested at every band edge, for every age band and both sexes, with
/// the age taken on the sample's date.
class TestClassifier : public QObject
{
    Q_OBJECT

    static constexpr auto Female = Sex::Female;
    static constexpr auto Male = Sex::Male;

    static Classification classifyAt(double mean, const QDate& birth, Sex sex, const QDate& on)
    {
        ClassifierInput input;
        input.meanHeartRate = mean;
        input.birthDate = birth;
        input.sex = sex;
        input.onDate = on;
        return Classifier::classify(HeartRateBands::builtIn(), input);
    }

private slots:
    void builtInTableIsCompleteAndSourced()
    {
        const HeartRateBands& table = HeartRateBands::builtIn();
        QCOMPARE(table.bands().size(), 14); // 13 pediatric bands (Fleming 2011) and adults
        for (const HeartRateBand& band : table.bands()) {
            QVERIFY2(!band.source.isEmpty(), qPrintable(band.label));
            QVERIFY2(!band.verification.isEmpty(), qPrintable(band.label));
            QVERIFY2(!band.sex.has_value(), "the sources show no sex difference: every band is for both sexes");
        }
        QVERIFY(table.sexNote().contains(QLatin1String("Ostchega")));
        QVERIFY(table.comparisonNote().contains(QLatin1String("without rounding")));
        QCOMPARE(table.adult().ageFromMonths, 216);
    }

    /// Known values from the reference, written out.
    void referenceValues_data()
    {
        QTest::addColumn<double>("mean");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<Sex>("sex");
        QTest::addColumn<QDate>("on");
        QTest::addColumn<Category>("expected");
        const QDate on(2026, 6, 15);
        const QDate adult(1986, 1, 10); // 40 years old
        const QDate infant(2026, 4, 10); // 2 months old
        const QDate teen(2010, 1, 1); // 16 years old

        QTest::newRow("2-month-old at 150: no anomaly") << 150.0 << infant << Female << on << Category::NoAnomaly;
        QTest::newRow("40-year-old at 150: severe tachycardia")
            << 150.0 << adult << Male << on << Category::SevereTachycardia;
        QTest::newRow("infant 164 (90th centile)") << 164.0 << infant << Male << on << Category::NoAnomaly;
        QTest::newRow("infant 164.5") << 164.5 << infant << Male << on << Category::ModerateTachycardia;
        QTest::newRow("infant 181 (99th centile)") << 181.0 << infant << Male << on << Category::SevereTachycardia;
        QTest::newRow("infant 123 (10th centile)") << 123.0 << infant << Female << on << Category::NoAnomaly;
        QTest::newRow("infant 122.9") << 122.9 << infant << Female << on << Category::ModerateBradycardia;
        QTest::newRow("infant 107 (1st centile)") << 107.0 << infant << Female << on << Category::SevereBradycardia;
        QTest::newRow("adult 40") << 40.0 << adult << Female << on << Category::SevereBradycardia;
        QTest::newRow("adult 40.5") << 40.5 << adult << Female << on << Category::ModerateBradycardia;
        QTest::newRow("adult 41") << 41.0 << adult << Male << on << Category::ModerateBradycardia;
        QTest::newRow("adult 49.9") << 49.9 << adult << Male << on << Category::ModerateBradycardia;
        QTest::newRow("adult 50") << 50.0 << adult << Male << on << Category::NoAnomaly;
        QTest::newRow("adult 59") << 59.0 << adult << Female << on << Category::NoAnomaly;
        QTest::newRow("adult 60") << 60.0 << adult << Female << on << Category::NoAnomaly;
        QTest::newRow("adult 100") << 100.0 << adult << Female << on << Category::NoAnomaly;
        QTest::newRow("adult 100.4") << 100.4 << adult << Female << on << Category::ModerateTachycardia;
        QTest::newRow("adult 101") << 101.0 << adult << Male << on << Category::ModerateTachycardia;
        QTest::newRow("adult 130") << 130.0 << adult << Male << on << Category::ModerateTachycardia;
        QTest::newRow("adult 130.9") << 130.9 << adult << Male << on << Category::ModerateTachycardia;
        QTest::newRow("adult 131") << 131.0 << adult << Male << on << Category::SevereTachycardia;
        QTest::newRow("adult 149") << 149.0 << adult << Female << on << Category::SevereTachycardia;
        QTest::newRow("16-year-old 95 (above the 90th centile)")
            << 95.0 << teen << Female << on << Category::ModerateTachycardia;
        QTest::newRow("16-year-old 104") << 104.0 << teen << Male << on << Category::SevereTachycardia;
        QTest::newRow("16-year-old 43") << 43.0 << teen << Male << on << Category::SevereBradycardia;
    }
    void referenceValues()
    {
        QFETCH(double, mean);
        QFETCH(QDate, birth);
        QFETCH(Sex, sex);
        QFETCH(QDate, on);
        QFETCH(Category, expected);
        const Classification c = classifyAt(mean, birth, sex, on);
        QCOMPARE(c.category, expected);
        QCOMPARE(c.basis, ClassificationBasis::ReferenceTable);
    }

    /// Every edge of every band, for both sexes: the value on the edge and just beyond it.
    void everyBandEdge_data()
    {
        QTest::addColumn<int>("band");
        QTest::addColumn<Sex>("sex");
        const auto& bands = HeartRateBands::builtIn().bands();
        for (int i = 0; i < bands.size(); ++i) {
            for (const Sex sex : {Female, Male})
                QTest::addRow("%s, %s", qPrintable(bands[i].label), qPrintable(sexKey(sex))) << i << sex;
        }
    }
    void everyBandEdge()
    {
        QFETCH(int, band);
        QFETCH(Sex, sex);
        const HeartRateBand& b = HeartRateBands::builtIn().bands().at(band);
        const QDate on(2026, 6, 15);
        // Youngest and oldest day in the band (the open adult band: its first day and 90 years later).
        const QDate youngest = on.addMonths(-b.ageFromMonths);
        const QDate oldest = b.ageToMonths ? on.addMonths(-*b.ageToMonths).addDays(1) : youngest.addYears(-90);
        for (const QDate& birth : {youngest, oldest}) {
            const HeartRateLimits& l = b.limits;
            const struct
            {
                double mean;
                Category expected;
            } edges[] = {
                {l.severeBradycardiaAtOrBelow, Category::SevereBradycardia},
                {l.severeBradycardiaAtOrBelow + 0.1, Category::ModerateBradycardia},
                {l.bradycardiaBelow - 0.1, Category::ModerateBradycardia},
                {l.bradycardiaBelow, Category::NoAnomaly},
                {l.tachycardiaAbove, Category::NoAnomaly},
                {l.tachycardiaAbove + 0.1, Category::ModerateTachycardia},
                {l.severeTachycardiaAtOrAbove - 0.1, Category::ModerateTachycardia},
                {l.severeTachycardiaAtOrAbove, Category::SevereTachycardia},
            };
            for (const auto& edge : edges) {
                const Classification c = classifyAt(edge.mean, birth, sex, on);
                QVERIFY2(c.category == edge.expected,
                         qPrintable(QStringLiteral("%1 bpm, born %2: got %3, expected %4")
                                        .arg(edge.mean)
                                        .arg(birth.toString(Qt::ISODate), categoryKey(c.category),
                                             categoryKey(edge.expected))));
                QCOMPARE(c.band, b.label);
            }
        }
    }

    /// Every label of the shipped table reads as words (and is translated, see TestTranslations); a label of
    /// another form is shown as it is.
    void bandLabels_readAsWords()
    {
        for (const HeartRateBand& band : HeartRateBands::builtIn().bands()) {
            const QString shown = bandDisplayName(band.label);
            QVERIFY2(shown != band.label, qPrintable(band.label));
            QVERIFY2(!shown.contains(QLatin1Char('-')), qPrintable(shown));
        }
        QCOMPARE(bandDisplayName(QStringLiteral("0-3 months")), QStringLiteral("0 to 3 months"));
        QCOMPARE(bandDisplayName(QStringLiteral("15-18 years")), QStringLiteral("15 to 18 years"));
        QCOMPARE(bandDisplayName(QStringLiteral("adult (18 years and over)")),
                 QStringLiteral("adults, 18 years and over"));
        QCOMPARE(bandDisplayName(QStringLiteral("patient limits")), QStringLiteral("the patient's own limits"));
        QCOMPARE(bandDisplayName(QStringLiteral("neonatal ward table")), QStringLiteral("neonatal ward table"));
    }

    void ageIsTakenOnTheSampleDate()
    {
        const QDate birth(2008, 3, 15);
        // The day before the 18th birthday the 15–18 band applies (95 is above its 90th centile) ...
        QCOMPARE(classifyAt(95, birth, Female, QDate(2026, 3, 14)).category, Category::ModerateTachycardia);
        QCOMPARE(classifyAt(95, birth, Female, QDate(2026, 3, 14)).band, QStringLiteral("15-18 years"));
        // ... on the birthday the adult band does.
        QCOMPARE(classifyAt(95, birth, Female, QDate(2026, 3, 15)).category, Category::NoAnomaly);
        QCOMPARE(classifyAt(95, birth, Female, QDate(2026, 3, 15)).band, QStringLiteral("adult (18 years and over)"));
        // Infants change band by completed months.
        const QDate baby(2026, 1, 31);
        QCOMPARE(Classifier::ageInMonths(baby, QDate(2026, 4, 30)), 3); // last day of a shorter month
        QCOMPARE(Classifier::ageInMonths(baby, QDate(2026, 4, 29)), 2);
        QCOMPARE(classifyAt(160, baby, Male, QDate(2026, 4, 29)).band, QStringLiteral("0-3 months"));
        QCOMPARE(classifyAt(160, baby, Male, QDate(2026, 4, 30)).band, QStringLiteral("3-6 months"));
        QCOMPARE(classifyAt(160, baby, Male, QDate(2026, 4, 30)).category, Category::ModerateTachycardia);
        QCOMPARE(Classifier::ageInMonths(QDate(2024, 2, 29), QDate(2025, 2, 28)), 12);
        QCOMPARE(Classifier::ageInMonths(QDate(2024, 2, 29), QDate(2025, 2, 27)), 11);
    }

    void unknownBirthDateUsesAdultBandsAndSaysSo()
    {
        const Classification c = classifyAt(150, QDate(), Female, QDate(2026, 6, 15));
        QCOMPARE(c.category, Category::SevereTachycardia);
        QCOMPARE(c.basis, ClassificationBasis::AdultAssumed);
        // Unknown sex: the bands are shared, so the age band still applies.
        const Classification infant = classifyAt(150, QDate(2026, 4, 10), Sex::Unknown, QDate(2026, 6, 15));
        QCOMPARE(infant.category, Category::NoAnomaly);
        QCOMPARE(infant.basis, ClassificationBasis::ReferenceTable);
    }

    void patientLimitsOverrideTheTable()
    {
        ClassifierInput input;
        input.meanHeartRate = 45;
        input.birthDate = QDate(1950, 1, 1);
        input.onDate = QDate(2026, 6, 15);
        input.patientLimits = HeartRateLimits {35, 42, 100, 131}; // a fit athlete whose resting rate is low
        const Classification c = Classifier::classify(HeartRateBands::builtIn(), input);
        QCOMPARE(c.category, Category::NoAnomaly);
        QCOMPARE(c.basis, ClassificationBasis::PatientLimits);
        input.patientLimits.reset();
        QCOMPARE(Classifier::classify(HeartRateBands::builtIn(), input).category, Category::ModerateBradycardia);
    }

    void sexSpecificBandsNeedAKnownSex()
    {
        const QByteArray json = R"({"format": "pulsedesk.heart-rate-bands", "version": 1, "bands": [
            {"label": "girls", "ageFromMonths": 0, "ageToMonths": 216, "sex": "female", "source": "s",
             "severeBradycardiaAtOrBelow": 50, "bradycardiaBelow": 60, "tachycardiaAbove": 110,
             "severeTachycardiaAtOrAbove": 140},
            {"label": "boys", "ageFromMonths": 0, "ageToMonths": 216, "sex": "male", "source": "s",
             "severeBradycardiaAtOrBelow": 45, "bradycardiaBelow": 55, "tachycardiaAbove": 105,
             "severeTachycardiaAtOrAbove": 135},
            {"label": "adults", "ageFromMonths": 216, "ageToMonths": null, "sex": "both", "source": "s",
             "severeBradycardiaAtOrBelow": 40, "bradycardiaBelow": 50, "tachycardiaAbove": 100,
             "severeTachycardiaAtOrAbove": 131}]})";
        auto table = HeartRateBands::fromJson(json);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        ClassifierInput input;
        input.meanHeartRate = 107;
        input.birthDate = QDate(2016, 1, 1);
        input.onDate = QDate(2026, 6, 15);
        input.sex = Sex::Female;
        QCOMPARE(Classifier::classify(table.value(), input).category, Category::NoAnomaly);
        input.sex = Sex::Male;
        QCOMPARE(Classifier::classify(table.value(), input).category, Category::ModerateTachycardia);
        input.sex = Sex::Unknown;
        const Classification unknown = Classifier::classify(table.value(), input);
        QCOMPARE(unknown.basis, ClassificationBasis::AdultAssumed);
        QCOMPARE(unknown.category, Category::ModerateTachycardia);
    }

    void malformedTablesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray adult = R"({"label": "adults", "ageFromMonths": 216, "ageToMonths": null, "sex": "both",
             "source": "s", "severeBradycardiaAtOrBelow": 40, "bradycardiaBelow": 50, "tachycardiaAbove": 100,
             "severeTachycardiaAtOrAbove": 131})";
        const auto table = [](const QByteArray& bands) {
            return QByteArray(R"({"format": "pulsedesk.heart-rate-bands", "version": 1, "bands": [)") + bands + "]}";
        };
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("no bands") << table("");
        QTest::newRow("gap from birth") << table(adult);
        QTest::newRow("limits out of order")
            << table(R"({"label": "all", "ageFromMonths": 0, "ageToMonths": null, "sex": "both", "source": "s",
                "severeBradycardiaAtOrBelow": 60, "bradycardiaBelow": 50, "tachycardiaAbove": 100,
                "severeTachycardiaAtOrAbove": 131})");
        QTest::newRow("no source") << table(R"({"label": "all", "ageFromMonths": 0, "ageToMonths": null, "sex": "both",
                "severeBradycardiaAtOrBelow": 40, "bradycardiaBelow": 50, "tachycardiaAbove": 100,
                "severeTachycardiaAtOrAbove": 131})");
        QTest::newRow("overlap") << table(
            R"({"label": "kids", "ageFromMonths": 0, "ageToMonths": 220, "sex": "both", "source": "s",
                "severeBradycardiaAtOrBelow": 40, "bradycardiaBelow": 50, "tachycardiaAbove": 100,
                "severeTachycardiaAtOrAbove": 131}, )"
            + adult);
    }
    void malformedTablesAreRefused()
    {
        QFETCH(QByteArray, json);
        const auto table = HeartRateBands::fromJson(json);
        QVERIFY(!table.ok());
        QCOMPARE(table.code(), Error::Code::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestClassifier)
#include "TestClassifier.moc"
