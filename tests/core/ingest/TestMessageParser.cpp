#include "ingest/MessageParser.h"

#include <QJsonDocument>
#include <QTest>

using namespace pulsedesk;

/// An outcome as text, every figure in full, for comparing two ways of reading the same message.
QStringList described(const MessageParser::Outcome& out)
{
    const auto n = [](double v) { return QString::number(v, 'g', 17); };
    QStringList lines {QStringLiteral("total %1").arg(out.total)};
    for (const Sample& s : out.samples)
        lines.append(QStringLiteral("sample %1 %2 %3 %4 %5 %6 %7")
                         .arg(s.deviceId, QString::number(s.timestampMs), n(s.heartRate), n(s.spo2), n(s.temperatureC),
                              n(s.systolic), n(s.diastolic)));
    for (const MessageParser::Rejection& r : out.rejections)
        lines.append(QStringLiteral("rejected %1 %2").arg(r.index).arg(r.reason));
    for (const QString& note : out.notes)
        lines.append(QStringLiteral("note ") + note);
    return lines;
}

/// Every accepted shape, every rejection reason, and the quirks of the real formats in data-formats.md.
class TestMessageParser : public QObject
{
    Q_OBJECT

    // 2023-11-14T22:13:20Z
    static constexpr qint64 Now = 1700000000000;

private slots:
    void acceptedShapes_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("samples");
        QTest::addColumn<QString>("device");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<double>("heartRate");
        QTest::newRow("simulator, epoch seconds")
            << QByteArray(R"({"deviceId":"d1","timestamp":1700000000,"bpm":72})") << 1 << "d1" << Now << 72.0;
        QTest::newRow("simulator, epoch milliseconds")
            << QByteArray(R"({"deviceId":"d1","timestamp":1699999999500,"bpm":72})") << 1 << "d1" << Now - 500 << 72.0;
        QTest::newRow("simulator with samples") << QByteArray(
            R"({"deviceId":"d2","samples":[{"timestamp":1699999990,"bpm":60},{"timestamp":1699999991,"bpm":61}]})")
                                                << 2 << "d2" << Now - 10000 << 60.0;
        QTest::newRow("whitepaper snake_case") << QByteArray(
            R"({"timestamp":"2023-11-14T22:13:20Z","device_id":"d3","patient_id":"417","pulse":71,)"
            R"("oxygen_percent":97,"temperature":36.9,"systolic":120,"diastolic":80,"name":"X","dob":"1990-01-01"})")
                                               << 1 << "d3" << Now << 71.0;
        QTest::newRow("AWS PascalCase, strings, °F, US time") << QByteArray(
            R"({"PatientID":"417","Timestamp":"11/14/2023 10:13:20 PM","Name":"","DOB":"","DeviceID":"233",)"
            R"("Temp":"98.6","Pulse":"71","OxygenPercent":"97","Systolic":"132","Diastolic":"77"})")
                                                              << 1 << "233" << Now << 71.0;
        QTest::newRow("Azure body, 7 fractional digits, number as string")
            << QByteArray(R"({"heartRate":"78","endDate":"2023-11-14T22:13:20.8750000Z","deviceId":"device123"})") << 1
            << "device123" << Now + 875 << 78.0;
        QTest::newRow("UTF-8 byte-order mark") << QByteArray("\xEF\xBB\xBF"
                                                             R"({"deviceId":"d1","timestamp":1700000000,"bpm":72})")
                                               << 1 << "d1" << Now << 72.0;
        QTest::newRow("ISO with offset") << QByteArray(
            R"({"deviceId":"d1","timestamp":"2023-11-15T00:13:20+02:00","bpm":72})")
                                         << 1 << "d1" << Now << 72.0;
        QTest::newRow("batch array") << QByteArray(
            R"([{"deviceId":"d4","timestamp":1700000000,"bpm":80},{"deviceId":"d4","timestamp":1699999999,"bpm":81}])")
                                     << 2 << "d4" << Now << 80.0;
    }
    void acceptedShapes()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, samples);
        QFETCH(QString, device);
        QFETCH(qint64, timestamp);
        QFETCH(double, heartRate);
        const auto out = MessageParser::parse(payload, Now);
        QVERIFY2(out.rejections.isEmpty(), qPrintable(out.rejections.value(0).reason));
        QCOMPARE(out.samples.size(), samples);
        QCOMPARE(out.samples.first().deviceId, device);
        QCOMPARE(out.samples.first().timestampMs, timestamp);
        QCOMPARE(out.samples.first().heartRate, heartRate);
    }

    void multiVital_isStoredInSiUnits_andSaysWhichUnitWasRead()
    {
        const auto out = MessageParser::parse(
            R"({"DeviceID":"233","Timestamp":"11/14/2023 10:13:20 PM","Temp":"98.6","Pulse":"71","OxygenPercent":"97","Systolic":"132","Diastolic":"77","Name":"Jane Doe"})",
            Now);
        QCOMPARE(out.samples.size(), 1);
        const Sample& s = out.samples.first();
        QVERIFY(std::abs(s.temperatureC - 37.0) < 0.01);
        QCOMPARE(s.spo2, 97.0);
        QCOMPARE(s.systolic, 132.0);
        QCOMPARE(s.diastolic, 77.0);
        QCOMPARE(out.notes.size(), 1);
        QVERIFY(out.notes.first().contains(QStringLiteral("°F")));
    }

    void rejections_sayWhy_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not JSON") << QByteArray("bpm=72") << "not JSON";
        QTest::newRow("not UTF-8") << QByteArray("{\"deviceId\":\"\xff\xfe\",\"timestamp\":1700000000,\"bpm\":72}")
                                   << "not UTF-8";
        QTest::newRow("missing device") << QByteArray(R"({"timestamp":1700000000,"bpm":72})")
                                        << "missing field: device id";
        QTest::newRow("missing timestamp") << QByteArray(R"({"deviceId":"d","bpm":72})") << "missing field: timestamp";
        QTest::newRow("missing vitals") << QByteArray(R"({"deviceId":"d","timestamp":1700000000})") << "missing field";
        QTest::newRow("heart rate too low")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":19})") << "outside 20–300";
        QTest::newRow("heart rate too high")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":301})") << "outside 20–300";
        QTest::newRow("SpO2 too low") << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"spo2":49})") << "SpO2";
        QTest::newRow("temperature") << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"temperature":24})")
                                     << "temperature";
        QTest::newRow("systolic not above diastolic")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"systolic":80,"diastolic":80})") << "systolic";
        QTest::newRow("six minutes ahead")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000360,"bpm":72})") << "ahead";
        QTest::newRow("no time zone") << QByteArray(R"({"deviceId":"d","timestamp":"2023-11-14T22:13:20","bpm":72})")
                                      << "no time zone";
        QTest::newRow("before 2000") << QByteArray(R"({"deviceId":"d","timestamp":86400,"bpm":72})") << "2000";
        // The bad input classes of the README.
        QTest::newRow("no 30 February")
            << QByteArray(R"({"deviceId":"d","timestamp":"2023-02-30T10:00:00Z","bpm":72})")
            << "timestamp '2023-02-30T10:00:00Z' is not epoch seconds, milliseconds or ISO 8601";
        QTest::newRow("hour 25") << QByteArray(R"({"deviceId":"d","timestamp":"2023-11-14T25:00:00Z","bpm":72})")
                                 << "is not epoch seconds";
        QTest::newRow("number beyond a double")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":1e400})") << "not JSON: illegal number";
        QTest::newRow("number beyond a double, as a string")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":"1e400"})")
            << "a vital sign is not a number: '1e400'";
        QTest::newRow("vital sign an object")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":{"value":72}})")
            << "a vital sign is not a number: an object";
        QTest::newRow("nested 1,100 levels") << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":72,"x":)"
                                                           + QByteArray(1100, '[') + QByteArray(1100, ']') + "}")
                                             << "not JSON: too deeply nested document";
        QTest::newRow("overlong UTF-8") << QByteArray("{\"deviceId\":\"\xc0\xaf\",\"timestamp\":1700000000,\"bpm\":72}")
                                        << "not UTF-8";
        QTest::newRow("UTF-16 surrogate in UTF-8")
            << QByteArray("{\"deviceId\":\"\xed\xa0\x80\",\"timestamp\":1700000000,\"bpm\":72}") << "not UTF-8";
    }
    void rejections_sayWhy()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reason);
        const auto out = MessageParser::parse(payload, Now);
        QVERIFY(out.samples.isEmpty());
        QCOMPARE(out.rejections.size(), 1);
        QVERIFY2(out.rejections.first().reason.contains(reason), qPrintable(out.rejections.first().reason));
    }

    void plainObjects_readFromTheirTextAsFromAJsonObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        const auto row = [](const char* name, const char* json) { QTest::newRow(name) << QByteArray(json); };
        row("simulator", "{\"deviceId\":\"d1\",\"timestamp\":1700000000000,\"bpm\":72}");
        row("epoch seconds, spaces", " {\n  \"deviceId\" : \"d1\" ,\t\"timestamp\" : 1700000000 , \"bpm\" : 72 }\r\n");
        row("no device: the header's", "{\"timestamp\":1700000000000,\"bpm\":72}");
        row("numbers as strings, °F, SpO2 fraction",
            "{\"DeviceID\":\"233\",\"Timestamp\":\"2023-11-14T22:13:20Z\",\"Temp\":\"98.6\",\"Pulse\":\"71\","
            "\"spo2\":0.97}");
        row("local time in the chosen zone", "{\"deviceId\":\"d1\",\"timestamp\":\"2023-11-14T23:13:20\",\"bpm\":70}");
        row("fractions and exponents",
            "{\"deviceId\":\"d1\",\"timestamp\":1.7e12,\"bpm\":72.0,\"systolic\":1.2E2,\"diastolic\":8e+1}");
        row("integer beyond 64 bits", "{\"deviceId\":\"d1\",\"timestamp\":17000000000000000000000,\"bpm\":72}");
        row("negative zero and a negative rate", "{\"deviceId\":\"d1\",\"timestamp\":-0,\"bpm\":-72}");
        row("blank and null spellings give way to the next",
            "{\"deviceId\":\"  \",\"device_id\":null,\"DeviceID\":\"d9\",\"timestamp\":1700000000,\"bpm\":null,"
            "\"heartRate\":80}");
        row("numeric device id", "{\"deviceId\":1234,\"timestamp\":1700000000,\"bpm\":72}");
        row("device id true", "{\"deviceId\":true,\"timestamp\":1700000000,\"bpm\":72}");
        row("implausible", "{\"deviceId\":\"d1\",\"timestamp\":1700000000,\"bpm\":400}");
        row("no time", "{\"deviceId\":\"d1\",\"bpm\":72}");
        row("time false", "{\"deviceId\":\"d1\",\"timestamp\":false,\"bpm\":72}");
        row("from the future", "{\"deviceId\":\"d1\",\"timestamp\":1800000000,\"bpm\":72}");
        row("no vital", "{\"deviceId\":\"d1\",\"timestamp\":1700000000}");
        row("empty", "{}");
        row("values that are not an object", "{\"deviceId\":\"d1\",\"timestamp\":1700000000,\"values\":5,\"bpm\":70}");
        row("negative zero with a fraction", "{\"deviceId\":\"d1\",\"timestamp\":1700000000,\"bpm\":-0.0}");
        row("blank name", "{\" \":\"d1\",\"deviceId\":\"d2\",\"timestamp\":1700000000,\"bpm\":72}");
        row("identifying fields", "{\"deviceId\":\"d1\",\"timestamp\":1700000000,\"bpm\":72,\"name\":\"Ann Example\"}");
    }

    void plainObjects_readFromTheirTextAsFromAJsonObject()
    {
        QFETCH(QByteArray, json);
        const QTimeZone zone(QByteArrayLiteral("Europe/Rome"));
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto flat = MessageParser::parseFlatObject(json, QStringLiteral("header-device"), Now, &zone);
        QVERIFY2(flat.has_value(), "a plain object is read from its text");
        QCOMPARE(described(*flat),
                 described(MessageParser::parseObject(doc.object(), QStringLiteral("header-device"), Now, &zone)));
        // A live message takes the same way.
        QCOMPARE(described(MessageParser::parse(json, Now)),
                 described(MessageParser::parseObject(doc.object(), {}, Now)));
    }

    void otherTexts_areLeftToTheGeneralParser_data()
    {
        QTest::addColumn<QByteArray>("json");
        const auto row = [](const char* name, const char* json) { QTest::newRow(name) << QByteArray(json); };
        row("samples nested", "{\"deviceId\":\"d2\",\"samples\":[{\"timestamp\":1699999990,\"bpm\":60}]}");
        row("values nested", "{\"deviceId\":\"d2\",\"timestamp\":1699999990,\"values\":{\"hr\":60}}");
        row("escape in a value", "{\"deviceId\":\"d\\u0031\",\"timestamp\":1699999990,\"bpm\":60}");
        row("escape in a name", "{\"device\\u0049d\":\"d1\",\"timestamp\":1699999990,\"bpm\":60}");
        row("non-ASCII", "{\"deviceId\":\"d\xc3\xa9\",\"timestamp\":1699999990,\"bpm\":60}");
        row("a name twice", "{\"deviceId\":\"d1\",\"bpm\":60,\"bpm\":70,\"timestamp\":1699999990}");
        row("leading zero", "{\"bpm\":072}");
        row("bare fraction", "{\"bpm\":.5}");
        row("fraction without digits", "{\"bpm\":1.}");
        row("exponent without digits", "{\"bpm\":1e}");
        row("plus sign", "{\"bpm\":+1}");
        row("number out of range", "{\"bpm\":1e400}");
        row("misspelt literal", "{\"ok\":tru}");
        row("trailing comma", "{\"bpm\":60,}");
        row("missing colon", "{\"bpm\" 60}");
        row("unterminated", "{\"bpm\":60");
        row("unterminated string", "{\"deviceId\":\"d1}");
        row("after the object", "{\"bpm\":60} x");
        row("an array", "[{\"bpm\":60}]");
        row("nothing", "");
    }

    void otherTexts_areLeftToTheGeneralParser()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!MessageParser::parseFlatObject(json, {}, Now).has_value());
    }

    void numbersAtTheEdges_readAsQJsonDocumentReadsThem()
    {
        // Where QJsonDocument refuses the text, the plain reader declines it too (and the general parser says
        // why); where it reads it, both give the same.
        for (const char* number : {"1e-400", "4.9e-324", "1e308", "9223372036854775807", "9223372036854775808",
                                   "-9223372036854775808", "-9223372036854775809", "0.1e1", "1700000000.999"}) {
            const QByteArray json = "{\"deviceId\":\"d1\",\"timestamp\":" + QByteArray(number) + ",\"bpm\":72}";
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
            const auto flat = MessageParser::parseFlatObject(json, {}, Now);
            QCOMPARE(flat.has_value(), error.error == QJsonParseError::NoError);
            if (flat)
                QCOMPARE(described(*flat), described(MessageParser::parseObject(doc.object(), {}, Now)));
        }
        // Members beyond what a device sends are left to the general parser.
        QByteArray many = "{\"deviceId\":\"d1\",\"timestamp\":1700000000,\"bpm\":72";
        for (int i = 0; i < 64; ++i)
            many += ",\"extra" + QByteArray::number(i) + "\":" + QByteArray::number(i);
        many += '}';
        QVERIFY(!MessageParser::parseFlatObject(many, {}, Now).has_value());
        QCOMPARE(described(MessageParser::parse(many, Now)),
                 described(MessageParser::parseObject(QJsonDocument::fromJson(many).object(), {}, Now)));
    }

    void oversizedPayload_isNotParsed()
    {
        QByteArray big = "{\"deviceId\":\"d\",\"timestamp\":1700000000,\"bpm\":72,\"pad\":\"";
        big += QByteArray(MessageParser::MaxPayloadBytes, 'x') + "\"}";
        const auto out = MessageParser::parse(big, Now);
        QVERIFY(out.samples.isEmpty());
        QVERIFY(out.rejections.first().reason.contains(QLatin1String("1 MiB")));
    }

    void mixedMessage_keepsTheGoodSamples()
    {
        const auto out = MessageParser::parse(
            R"({"deviceId":"d","samples":[{"timestamp":1700000000,"bpm":72},{"timestamp":1700000001,"bpm":999},{"timestamp":1700000002,"bpm":74}]})",
            Now);
        QCOMPARE(out.samples.size(), 2);
        QCOMPARE(out.rejections.size(), 1);
        QCOMPARE(out.rejections.first().index, 1);
        QCOMPARE(out.total, 3);
    }

    void messagesWithoutSamples_areRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty samples") << QByteArray(R"({"deviceId":"X","samples":[]})");
        QTest::newRow("empty samples in a batch") << QByteArray(R"([{"deviceId":"X","samples":[]}])");
        QTest::newRow("IoT Hub, empty body array")
            << QByteArray(R"({"Body":[],"SystemProperties":{"iothub-connection-device-id":"X",)"
                          R"("iothub-enqueuedtime":"2023-11-14T22:13:20Z"}})");
        QTest::newRow("IoT Hub, empty body object")
            << QByteArray(R"({"Body":{},"SystemProperties":{"iothub-connection-device-id":"X",)"
                          R"("iothub-enqueuedtime":"2023-11-14T22:13:20Z"}})");
        QTest::newRow("IoT Hub, blank body")
            << QByteArray(R"({"Body":"","SystemProperties":{"iothub-connection-device-id":"X",)"
                          R"("iothub-enqueuedtime":"2023-11-14T22:13:20Z"}})");
        QTest::newRow("IoT Hub, null body")
            << QByteArray(R"({"Body":null,"SystemProperties":{"iothub-connection-device-id":"X",)"
                          R"("iothub-enqueuedtime":"2023-11-14T22:13:20Z"}})");
    }
    void messagesWithoutSamples_areRefusedWithTheReason()
    {
        // Neither stored nor refused, such a message would vanish: it must reach the quarantine with its reason.
        QFETCH(QByteArray, payload);
        const auto out = MessageParser::parse(payload, Now);
        QVERIFY(out.samples.isEmpty());
        QCOMPARE(out.rejections.size(), 1);
        QCOMPARE(out.rejections.first().reason, QStringLiteral("no samples in the message"));
    }

    void itemsThatAreNotObjects_sayWhatTheyAre()
    {
        auto out = MessageParser::parse("[1,2,3]", Now);
        QCOMPARE(out.rejections.size(), 3);
        QCOMPARE(out.rejections.first().reason, QStringLiteral("item 1 is a number, not a device message object"));
        QCOMPARE(out.rejections.first().index, -1); // the reason names the item
        out = MessageParser::parse(R"([{"deviceId":"d","timestamp":1700000000,"bpm":72},"x",[1],null,true])", Now);
        QCOMPARE(out.samples.size(), 1);
        QCOMPARE(out.rejections.size(), 4);
        QCOMPARE(out.rejections.at(0).reason, QStringLiteral("item 2 is a string, not a device message object"));
        QCOMPARE(out.rejections.at(1).reason, QStringLiteral("item 3 is an array, not a device message object"));
        QCOMPARE(out.rejections.at(2).reason, QStringLiteral("item 4 is null, not a device message object"));
        QCOMPARE(out.rejections.at(3).reason, QStringLiteral("item 5 is true or false, not a device message object"));
        out = MessageParser::parse(R"({"deviceId":"d","samples":[7]})", Now);
        QCOMPARE(out.rejections.first().reason, QStringLiteral("sample 0 is a number, not an object"));
        out = MessageParser::parse(" 72 ", Now);
        QCOMPARE(out.rejections.first().reason, QStringLiteral("the message is a number, not a device message object"));
        out = MessageParser::parse("\"bpm=72\"", Now);
        QCOMPARE(out.rejections.first().reason, QStringLiteral("the message is a string, not a device message object"));
    }

    void numericDeviceIds_mustBeWholeNumbers_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("device");
        QTest::addColumn<QString>("reason");
        QTest::newRow("whole number") << QByteArray(R"({"deviceId":1234,"timestamp":1700000000,"bpm":72})") << "1234"
                                      << "";
        QTest::newRow("whole number written with a fraction")
            << QByteArray(R"({"deviceId":12.0,"timestamp":1700000000,"bpm":72})") << "12"
            << "";
        QTest::newRow("negative") << QByteArray(R"({"deviceId":-7,"timestamp":1700000000,"bpm":72})") << "-7"
                                  << "";
        QTest::newRow("fraction, plain object")
            << QByteArray(R"({"deviceId":12.5,"timestamp":1700000000,"bpm":72})") << ""
            << "device id 12.5 is not a whole number";
        QTest::newRow("fraction, with samples")
            << QByteArray(R"({"deviceId":12.5,"samples":[{"timestamp":1700000000,"bpm":72}]})") << ""
            << "device id 12.5 is not a whole number";
        QTest::newRow("fraction in the IoT Hub envelope")
            << QByteArray(R"({"Body":{"heartrate":"72"},"SystemProperties":{"iothub-connection-device-id":0.5,)"
                          R"("iothub-enqueuedtime":"2023-11-14T22:13:20Z"}})")
            << ""
            << "device id 0.5 is not a whole number";
        QTest::newRow("beyond 64 bits") << QByteArray(R"({"deviceId":1e20,"timestamp":1700000000,"bpm":72})") << ""
                                        << "device id 1e+20 is a number too large to read exactly";
    }
    void numericDeviceIds_mustBeWholeNumbers()
    {
        // 12.5 was stored as "device 0".
        QFETCH(QByteArray, payload);
        QFETCH(QString, device);
        QFETCH(QString, reason);
        const auto out = MessageParser::parse(payload, Now);
        if (reason.isEmpty()) {
            QVERIFY2(out.rejections.isEmpty(), qPrintable(out.rejections.value(0).reason));
            QCOMPARE(out.samples.size(), 1);
            QCOMPARE(out.samples.first().deviceId, device);
        } else {
            QVERIFY(out.samples.isEmpty());
            QCOMPARE(out.rejections.size(), 1);
            QCOMPARE(out.rejections.first().reason, reason);
        }
    }

    void aMemberNamedTwice_withDifferentValues_isRefused_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("member");
        QTest::newRow("plain object") << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":80,"bpm":140})")
                                      << "bpm";
        QTest::newRow("the device") << QByteArray(R"({"deviceId":"a","deviceId":"b","timestamp":1700000000,"bpm":80})")
                                    << "deviceId";
        QTest::newRow("in a sample") << QByteArray(
            R"({"deviceId":"d","samples":[{"timestamp":1700000000,"bpm":80,"bpm":140}]})")
                                     << "bpm";
        QTest::newRow("in a batch item") << QByteArray(
            R"([{"deviceId":"d","timestamp":1700000000,"bpm":80},{"deviceId":"d","timestamp":1700000001,"bpm":80,"bpm":81}])")
                                         << "bpm";
        QTest::newRow("the name written with an escape")
            << QByteArray(R"({"deviceId":"d","timestamp":1700000000,"bpm":80,"b\u0070m":140})") << "bpm";
        QTest::newRow("nested objects") << QByteArray(
            R"({"deviceId":"d","timestamp":1700000000,"values":{"hr":{"v":1}},"values":{"hr":{"v":2}}})")
                                        << "values";
        QTest::newRow("a control character in the name")
            << QByteArray("{\"deviceId\":\"d\",\"timestamp\":1700000000,\"bpm\\u0000\":1,\"bpm\\u0000\":2}")
            << "bpm\\x00";
    }
    void aMemberNamedTwice_withDifferentValues_isRefused()
    {
        // QJsonDocument keeps the last of two values without a word: for a clinical value that is a guess.
        QFETCH(QByteArray, payload);
        QFETCH(QString, member);
        const auto out = MessageParser::parse(payload, Now);
        QVERIFY(out.samples.isEmpty());
        QCOMPARE(out.rejections.size(), 1);
        QCOMPARE(out.rejections.first().reason,
                 QStringLiteral("the member '%1' is given twice with different values").arg(member));
        QVERIFY(MessageParser::conflictingMember(payload).has_value());
    }

    void aMemberNamedTwice_withTheSameValue_isRead()
    {
        for (const char* json :
             {R"({"deviceId":"d","timestamp":1700000000,"bpm":80,"bpm":80})",
              R"({"deviceId":"d","timestamp":1700000000,"bpm":80,"bpm":80.0})",
              R"({"deviceId":"d","timestamp":1700000000,"v":{"a":1,"b":2},"v":{"b":2,"a":1},"bpm":8e1})"}) {
            const auto out = MessageParser::parse(json, Now);
            QVERIFY2(out.rejections.isEmpty(), json);
            QCOMPARE(out.samples.size(), 1);
            QCOMPARE(out.samples.first().heartRate, 80.0);
        }
        // The same name in different objects is no conflict.
        QVERIFY(!MessageParser::conflictingMember(R"([{"bpm":1},{"bpm":2},{"a":{"bpm":3},"bpm":4}])").has_value());
    }

    void iotHubTimes_areNotedForTheNurse()
    {
        // A body without a time of its own is stored at the envelope's time, and the nurse is told which.
        const QByteArray arrival =
            R"({"Body":[{"heartrate":"72"},{"heartrate":"73"}],"SystemProperties":)"
            R"({"iothub-connection-device-id":"X","iothub-enqueuedtime":"2023-11-14T22:13:20Z"}})";
        auto out = MessageParser::parse(arrival, Now);
        QCOMPARE(out.samples.size(), 2);
        QCOMPARE(out.samples.first().timestampMs, Now);
        QCOMPARE(out.atArrivalTime, 2);
        QCOMPARE(out.notes,
                 QStringList {QStringLiteral(
                     "2 sample(s) had no measurement time of their own; stored at the IoT hub's arrival time")});
        const QByteArray created = R"({"Body":{"heartrate":"72"},"Properties":{"iothub-creation-time-utc":)"
                                   R"("2023-11-14T22:13:20Z"},"SystemProperties":{"iothub-connection-device-id":"X",)"
                                   R"("iothub-enqueuedtime":"2023-11-14T22:13:21Z"}})";
        out = MessageParser::parse(created, Now);
        QCOMPARE(out.samples.first().timestampMs, Now);
        QCOMPARE(out.atCreationTime, 1);
        QCOMPARE(out.notes.size(), 1);
        QVERIFY2(out.notes.first().contains(QLatin1String("created")), qPrintable(out.notes.first()));
        // A body with its own time needs no note.
        out =
            MessageParser::parse(R"({"Body":{"heartrate":"72","endDate":"2023-11-14T22:13:20Z"},"SystemProperties":)"
                                 R"({"iothub-connection-device-id":"X","iothub-enqueuedtime":"2023-11-14T22:13:21Z"}})",
                                 Now);
        QCOMPARE(out.samples.first().timestampMs, Now);
        QVERIFY(out.notes.isEmpty());
    }

    void textFromTheMessage_isEscapedInReasons()
    {
        const auto out =
            MessageParser::parse("{\"deviceId\":\"d\",\"timestamp\":\"2023\\u0000\\u001b[31m\",\"bpm\":72}", Now);
        QCOMPARE(out.rejections.size(), 1);
        const QString reason = out.rejections.first().reason;
        QVERIFY2(reason.contains(QLatin1String("2023\\x00\\x1b[31m")), qPrintable(reason));
        QVERIFY(!reason.contains(QChar(0)));
        QVERIFY(!reason.contains(QChar(0x1b)));
    }

    void identifyingFields_areNeverCopied()
    {
        const auto out = MessageParser::parse(
            R"({"device_id":"d","timestamp":1700000000,"pulse":70,"name":"Jane Doe","dob":"1950-01-01"})", Now);
        QCOMPARE(out.samples.size(), 1);
        // Sample has no field that could hold them; the parsed sample carries only the device and vitals.
        QCOMPARE(out.samples.first().deviceId, QStringLiteral("d"));
    }
};

QTEST_GUILESS_MAIN(TestMessageParser)
#include "TestMessageParser.moc"
