#include "import/ImportFormat.h"

#include <QBuffer>
#include <QTest>

using namespace pulsedesk;

namespace {

/// What a reader said about a file: the whole file's status, the reasons of its rejections with their lines, and
/// the heart rates and device names of its usable records.
struct Verdict final : RecordSink
{
    Status status;
    QStringList rejections; ///< "line: reason"
    QList<double> heartRates;
    QStringList devices;

    bool record(ImportRecord&& r) override
    {
        heartRates.append(r.sample.heartRate);
        devices.append(r.sourceDevice);
        return true;
    }
    bool reject(ImportRejection&& r) override
    {
        rejections.append(QString::number(r.line) + QStringLiteral(": ") + r.reason);
        return true;
    }
    void deviceAliases(const QString&, const QStringList&) override { }
    void note(const QString&) override { }
    void skipped(const QString&) override { }
};

Verdict read(const QByteArray& bytes, ImportFormat format)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ReaderOptions options;
    options.zone = QTimeZone::utc();
    options.nowMs = QDateTime(QDate(2026, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    Verdict v;
    v.status = readRecords(format, buffer, options, v);
    return v;
}

QByteArray appleRecord(const QByteArray& source, const QByteArray& start, const QByteArray& value)
{
    return " <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"" + source
        + "\" unit=\"count/min\" startDate=\"" + start + "\" endDate=\"" + start + "\" value=\"" + value + "\"/>\n";
}

const QByteArray AppleHead = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_US\">\n";

} // namespace

/// The classes of bad input the README lists, as each import format meets them: what is refused whole (with its
/// line and column), what is rejected record by record (with its reason), and that nothing crashes or is read
/// wrongly. Entity expansion and external entities in XML are in TestImportFormats (apple*Entit*).
class TestBadInput : public QObject
{
    Q_OBJECT

private slots:
    void json_refusedWholeWithLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("error");
        const QByteArray good = R"({"timestamp":1767225000,"bpm":70})";
        QTest::newRow("number beyond a double") << QByteArray(R"({"deviceId":"d","samples":[)" + good + R"(,)" + "\n"
                                                              + R"({"timestamp":1767225001,"bpm":1e400}]})")
                                                << "invalid JSON at line 2, column 36: illegal number";
        QTest::newRow("not UTF-8") << QByteArray("{\"deviceId\":\"d\xc3\x28\",\"samples\":[" + good + "]}")
                                   << "invalid JSON at line 1, column 15: invalid UTF8 string";
        QTest::newRow("UTF-16 surrogate in UTF-8")
            << QByteArray("{\"deviceId\":\"d\",\"samples\":[" + good + ",\n{\"note\":\"\xed\xa0\x80\"}]}")
            << "invalid JSON at line 2, column 10: invalid UTF8 string";
        QTest::newRow("nested 600 levels")
            << QByteArray("{\"deviceId\":\"d\",\"samples\":[" + QByteArray(600, '[') + QByteArray(600, ']') + "]}")
            << "nested more than 512 levels deep";
    }
    void json_refusedWholeWithLineAndColumn()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, error);
        const Verdict v = read(file, ImportFormat::DeviceDump);
        QVERIFY(!v.status.ok());
        QVERIFY2(v.status.errorMessage().contains(error), qPrintable(v.status.errorMessage()));
    }

    void sizeLimits_refuseTheFileWhole()
    {
        // A saved vendor API response is read whole: over 64 MiB it is not read at all.
        Verdict v = read("{\"activities-heart\":[]}" + QByteArray(64 * 1024 * 1024, ' '), ImportFormat::VendorApi);
        QCOMPARE(v.status.errorMessage(),
                 QStringLiteral("this file is too large for a saved API response (over 64 MiB)"));
        // An XML document type is read before the parser sees it: over 8 MiB it is not read at all.
        v = read("<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n" + QByteArray(9 * 1024 * 1024, ' ')
                     + "]>\n<HealthData/>\n",
                 ImportFormat::AppleHealth);
        QVERIFY2(v.status.errorMessage().contains(QLatin1String("document type is over 8 MiB")),
                 qPrintable(v.status.errorMessage()));
    }

    void json_impossibleDates_areRejectedOneByOne()
    {
        const Verdict v = read(R"({"deviceId":"d","samples":[{"timestamp":"2025-02-30T10:00:00Z","bpm":70},
{"timestamp":"2025-12-31T25:00:00Z","bpm":70},{"timestamp":"2025-12-31T10:00:00Z","bpm":71}]})",
                               ImportFormat::DeviceDump);
        QVERIFY(v.status.ok());
        QCOMPARE(v.heartRates, QList<double> {71});
        QCOMPARE(
            v.rejections,
            (QStringList {
                QStringLiteral("1: timestamp '2025-02-30T10:00:00Z' is not epoch seconds, milliseconds or ISO 8601"),
                QStringLiteral("2: timestamp '2025-12-31T25:00:00Z' is not epoch seconds, milliseconds or ISO 8601")}));
    }

    void csv_badRows_areRejectedWithTheirLine()
    {
        const QByteArray csv = "Id,Time,Value\n"
                               "1,2/30/2016 7:21:00 AM,97\n" // no 30 February
                               "1,4/12/2016 7:21:00 AM,1e400\n" // beyond a double
                               "1,4/12/2016 7:21:05 AM,9\xff\n" // not UTF-8 in a value
                               "\xc3\x28,4/12/2016 7:21:10 AM,70\n" // not UTF-8 in the device
                               "1,4/12/2016 7:21:15 AM,abc\n"
                               "1,4/12/2016 7:21:20 AM,71\n";
        const Verdict v = read(csv, ImportFormat::FitbitCsv);
        QVERIFY(v.status.ok());
        QCOMPARE(v.heartRates, QList<double> {71});
        QCOMPARE(v.devices, QStringList {QStringLiteral("Fitbit 1")});
        QCOMPARE(v.rejections,
                 (QStringList {QStringLiteral("2: time '2/30/2016 7:21:00 AM' cannot be read"),
                               QStringLiteral("3: value '1e400' is not a number"), QStringLiteral("4: not UTF-8"),
                               QStringLiteral("5: not UTF-8"), QStringLiteral("6: value 'abc' is not a number")}));
    }

    void csv_endlessLine_isPassedOver()
    {
        const QByteArray csv = "timestamp,beats per minute\n2025-12-31T10:00:00Z," + QByteArray(200'000, '7')
            + "\n2025-12-31T10:00:01Z,72\n";
        const Verdict v = read(csv, ImportFormat::FitbitCsv);
        QVERIFY(v.status.ok());
        QCOMPARE(v.heartRates, QList<double> {72});
        QCOMPARE(v.rejections, QStringList {QStringLiteral("2: the line is longer than 65536 bytes")});
    }

    void xml_notUtf8_isRefusedWhereItIs()
    {
        QByteArray xml = AppleHead;
        for (int i = 0; i < 3; ++i)
            xml += appleRecord("Watch", "2025-03-01 10:00:0" + QByteArray::number(i) + " +0100", "61");
        xml += appleRecord("Watch\xc3\x28", "2025-03-01 10:00:05 +0100", "62") + "</HealthData>\n";
        const Verdict v = read(xml, ImportFormat::AppleHealth);
        QVERIFY(!v.status.ok());
        QCOMPARE(v.status.errorMessage(), QStringLiteral("invalid XML at line 6, column 68: not UTF-8"));
    }

    void xml_badValuesAndDates_areRejectedOneByOne()
    {
        const QByteArray xml = AppleHead + appleRecord("W", "2025-02-30 10:00:00 +0100", "61")
            + appleRecord("W", "2025-03-01 10:00:00 +0100", "1e400")
            + appleRecord("W", "2025-03-01 10:00:01 +0100", "62") + "</HealthData>\n";
        const Verdict v = read(xml, ImportFormat::AppleHealth);
        QVERIFY(v.status.ok());
        QCOMPARE(v.heartRates, QList<double> {62});
        QCOMPARE(v.rejections.size(), 2);
        QVERIFY2(v.rejections.at(0).startsWith(QLatin1String("3: start date '2025-02-30 10:00:00 +0100' is not")),
                 qPrintable(v.rejections.at(0)));
        QCOMPARE(v.rejections.at(1), QStringLiteral("4: value '1e400' is not a number"));
    }

    void xml_deepNesting_isWalkedWithoutRecursion()
    {
        // QXmlStreamReader keeps its own stack: 100,000 levels cost memory, not the call stack.
        const QByteArray xml = AppleHead + appleRecord("W", "2025-03-01 10:00:00 +0100", "61")
            + QByteArray("<a>").repeated(100'000) + QByteArray("</a>").repeated(100'000) + "</HealthData>\n";
        const Verdict v = read(xml, ImportFormat::AppleHealth);
        QVERIFY(v.status.ok());
        QCOMPARE(v.heartRates, QList<double> {61});
    }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "TestBadInput.moc"
