#include "import/ImportFormat.h"
#include "import/formats/FormatReader.h"

#include <QBuffer>
#include <QFile>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace pulsedesk;

namespace {

/// Counts what a reader finds.
struct Counted final : RecordSink
{
    int records = 0;
    int rejections = 0;
    bool record(ImportRecord&&) override { return ++records > 0; }
    bool reject(ImportRejection&&) override { return ++rejections > 0; }
    void deviceAliases(const QString&, const QStringList&) override { }
    void note(const QString&) override { }
    void skipped(const QString&) override { }
};

QString shared(const QString& relative)
{
    return qEnvironmentVariable("PULSEDESK_SHARED_DATA") + QLatin1Char('/') + relative;
}

/// A file of each format: the public samples of tests/core/import/TestImportFormats, and a Fitbit archive day as the
/// archive lays it out (the shared data has none).
struct SampleFile
{
    QString fileName;
    QByteArray bytes;
};

SampleFile sampleOf(const QString& key)
{
    static const QHash<QString, QString> files {
        {QStringLiteral("device-dump"),
         QStringLiteral(
             "azure-iomt-fhir-device-messages/data_Documentation_CalculatedFunction_HeartRate_Payload.json")},
        {QStringLiteral("fhir"), QStringLiteral("fhir-phd-device-bundles/bundle-continuousnonin.json")},
        {QStringLiteral("open-mhealth"),
         QStringLiteral("openmhealth-sample-data-generator/web-visualizations_1yr_heart-rate-only.json")},
        {QStringLiteral("fitbit-csv"),
         QStringLiteral("fitbit-fitabase-heartrate-seconds/heartrate_seconds_merged.first5000.csv")},
        {QStringLiteral("apple-health"),
         QStringLiteral("apple-health-export/alxdrcirilo-apple-health-parser_tests_data_export.xml")},
        {QStringLiteral("vendor-api"),
         QStringLiteral("shimmer-vendor-api-heart-rate/fitbit/mapper/fitbit-activities-heart-1d-1m-intraday.json")},
    };
    if (key == QLatin1String("fitbit"))
        return {QStringLiteral("heart_rate-2015-12-28.json"),
                "[{\n  \"dateTime\" : \"12/28/15 13:00:00\",\n  \"value\" : {\n    \"bpm\" : 64,\n"
                "    \"confidence\" : 3\n  }\n}]"};
    const QString path = files.value(key);
    QFile file(shared(path));
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return {};
    return {path, file.readAll()};
}

const FormatRow* rowOf(const QString& key)
{
    const std::span<const FormatRow> table = formatTable();
    const auto it = std::ranges::find_if(table, [&key](const FormatRow& row) { return key == QLatin1String(row.key); });
    return it == table.end() ? nullptr : &*it;
}

} // namespace

/// The table of import formats (import/ImportFormat.cpp): each row detects its own files and reads them, a file of
/// no known format is detected as none, and each format is listed once.
class TestFormatTable : public QObject
{
    Q_OBJECT

private slots:
    void everyRowDetectsAndReadsItsOwnSample_data()
    {
        QTest::addColumn<QString>("key");
        for (const FormatRow& row : formatTable())
            QTest::newRow(row.key) << QString::fromLatin1(row.key);
    }
    void everyRowDetectsAndReadsItsOwnSample()
    {
        QFETCH(QString, key);
        const FormatRow* row = rowOf(key);
        QVERIFY(row);
        const SampleFile sample = sampleOf(key);
        QVERIFY2(!sample.bytes.isEmpty(), "every row of the table needs a sample file here");
        QVERIFY(row->reader->detects(FormatHead(sample.fileName, sample.bytes.left(65536))));
        const auto detected = ImportFormats::detect(sample.fileName, sample.bytes.left(65536));
        QVERIFY(detected.has_value());
        QCOMPARE(ImportFormats::key(*detected), key);

        QBuffer buffer;
        buffer.setData(sample.bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        ReaderOptions options;
        options.zone = QTimeZone("UTC");
        options.nowMs = QDateTime(QDate(2026, 11, 21), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        Counted counted;
        const Status read = row->reader->read(buffer, options, counted);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(counted.records > 0);
    }

    void aFileOfNoKnownFormatIsDetectedAsNone_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("head");
        QTest::newRow("csv of other columns") << QStringLiteral("ibi.csv") << QByteArray("time,ibi\n0,812\n");
        QTest::newRow("empty") << QStringLiteral("empty.json") << QByteArray();
        QTest::newRow("text") << QStringLiteral("notes.csv") << QByteArray("ward round notes\n");
        QTest::newRow("other xml") << QStringLiteral("export.xml") << QByteArray("<?xml version=\"1.0\"?><svg/>");
        QTest::newRow("binary") << QStringLiteral("data.json") << QByteArray("\x00\x01\x02\xff", 4);
    }
    void aFileOfNoKnownFormatIsDetectedAsNone()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, head);
        QVERIFY(!ImportFormats::detect(fileName, head).has_value());
    }

    void eachFormatIsListedOnce()
    {
        const std::span<const FormatRow> table = formatTable();
        QSet<ImportFormat> formats;
        QSet<QString> keys;
        QSet<QString> names;
        for (const FormatRow& row : table) {
            formats.insert(row.format);
            keys.insert(QString::fromLatin1(row.key));
            names.insert(QString::fromLatin1(row.name));
            QCOMPARE(ImportFormats::fromKey(QString::fromLatin1(row.key)), std::optional(row.format));
            QCOMPARE(ImportFormats::key(row.format), QString::fromLatin1(row.key));
            QVERIFY(!ImportFormats::describe(row.format).isEmpty());
        }
        QCOMPARE(formats.size(), qsizetype(table.size()));
        QCOMPARE(keys.size(), qsizetype(table.size()));
        QCOMPARE(names.size(), qsizetype(table.size()));
        // The lists people choose from: every format once, in the order of the enum.
        const QList<ImportFormat> all = ImportFormats::all();
        QCOMPARE(all.size(), qsizetype(table.size()));
        QVERIFY(std::ranges::is_sorted(all));
        QCOMPARE(QSet<ImportFormat>(all.cbegin(), all.cend()), formats);
        QCOMPARE(all.first(), ImportFormat::DeviceDump);
        QCOMPARE(all.last(), ImportFormat::VendorApi);
        QVERIFY(!ImportFormats::fromKey(QStringLiteral("csv")).has_value());
    }

    void aFormatOutsideTheTableIsNotRead()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Counted counted;
        const Status read = readRecords(static_cast<ImportFormat>(99), buffer, {}, counted);
        QVERIFY(!read.ok());
        QCOMPARE(read.errorMessage(), QStringLiteral("unknown format"));
    }
};

QTEST_GUILESS_MAIN(TestFormatTable)
#include "TestFormatTable.moc"
