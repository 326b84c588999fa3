#include "interfaces/Hl7Message.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::hl7;

class TestHl7Message : public QObject
{
    Q_OBJECT

private slots:
    void fieldsComponentsRepetitions_areRead()
    {
        const QByteArray bytes = "MSH|^~\\&|HIS|HOSP|PULSEDESK|WARD|20260101120000||ADT^A01^ADT_A01|MSG1|P|2.5\r"
                                 "PID|1||X1^^^H^PI~4711^^^H^MR||Rossi^Anna^Maria||19800229|F\r"
                                 "PV1|1|I|CARD^12^B||||D17^Meyer^Hans~D18^Bauer\r";
        auto parsed = Message::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        const Message& m = parsed.value();
        QCOMPARE(m.messageType(), QStringLiteral("ADT"));
        QCOMPARE(m.triggerEvent(), QStringLiteral("A01"));
        QCOMPARE(m.controlId(), QStringLiteral("MSG1"));
        QCOMPARE(m.version(), QStringLiteral("2.5"));
        QCOMPARE(m.value(QStringLiteral("MSH"), {1}), QStringLiteral("|"));
        QCOMPARE(m.value(QStringLiteral("MSH"), {2}), QStringLiteral("^~\\&"));
        QCOMPARE(m.value(QStringLiteral("PID"), {3, 1, 1, 2}), QStringLiteral("4711"));
        QCOMPARE(m.value(QStringLiteral("PID"), {3, 5, 1, 2}), QStringLiteral("MR"));
        QCOMPARE(m.repetitions(*m.segment(QStringLiteral("PID")), 3), 2);
        QCOMPARE(m.value(QStringLiteral("PID"), {5, 2}), QStringLiteral("Anna"));
        QCOMPARE(m.value(QStringLiteral("PV1"), {3, 3}), QStringLiteral("B"));
        QCOMPARE(m.value(QStringLiteral("PV1"), {7, 1, 1, 2}), QStringLiteral("D18"));
        QCOMPARE(m.value(QStringLiteral("PV1"), {40}), QString());
        QCOMPARE(m.count(QStringLiteral("PID")), 1);
    }

    void escapeSequences_areDecodedAndWrittenBack()
    {
        const QByteArray bytes = "MSH|^~\\&|A|B|C|D|20260101||ADT^A08|1|P|2.5\r"
                                 "PID|1||1||O\\F\\Brien\\S\\x\\T\\y\\R\\z\\E\\w\\X41\\^Ann\\H\\e\\N\\\r";
        auto parsed = Message::parse(bytes);
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->value(QStringLiteral("PID"), {5, 1}), QStringLiteral("O|Brien^x&y~z\\wA"));
        QCOMPARE(parsed->value(QStringLiteral("PID"), {5, 2}), QStringLiteral("Anne"));

        Message out = Message::create(QStringLiteral("ORU^R01^ORU_R01"), QStringLiteral("c1"), QStringLiteral("2.6"));
        const int pid = out.addSegment(QStringLiteral("PID"));
        out.set(pid, {5, 1}, QStringLiteral("a|b^c&d~e\\f\rg"));
        out.set(pid, {5, 2}, QStringLiteral("Zoë"));
        const QByteArray encoded = out.encode();
        QVERIFY(encoded.contains("PID|||||a\\F\\b\\S\\c\\T\\d\\R\\e\\E\\f\\X0D\\g^Zo\xc3\xab\r"));
        auto again = Message::parse(encoded);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(again->value(QStringLiteral("PID"), {5, 1}), QStringLiteral("a|b^c&d~e\\f\rg"));
        QCOMPARE(again->value(QStringLiteral("PID"), {5, 2}), QStringLiteral("Zoë"));
        QCOMPARE(again->charset(), Charset::Utf8);
        QCOMPARE(again->value(QStringLiteral("MSH"), {18}), QStringLiteral("UNICODE UTF-8"));
    }

    void otherDelimiters_areHonoured()
    {
        auto parsed = Message::parse("MSH#$*/%#A#B#C#D#20260101##ADT$A02#7#P#2.5\rPID#1##42##Doe$Jo/T//R/X\r");
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->triggerEvent(), QStringLiteral("A02"));
        QCOMPARE(parsed->value(QStringLiteral("PID"), {5, 2}), QStringLiteral("Jo%*X"));
    }

    void characterSets_followMsh18()
    {
        // 8859/1: "é" is one byte, also through \X..\ in the message's set.
        auto latin = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5|||||D|8859/1\rPID|1||1||Ren\xe9^\\XE9\\\r");
        QVERIFY2(latin.ok(), qPrintable(latin.errorMessage()));
        QCOMPARE(latin->charset(), Charset::Latin1);
        QCOMPARE(latin->value(QStringLiteral("PID"), {5, 1}), QStringLiteral("René"));
        QCOMPARE(latin->value(QStringLiteral("PID"), {5, 2}), QStringLiteral("é"));
        QVERIFY(latin->encode().contains("Ren\xe9"));

        auto utf8 = Message::parse(
            "MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5|||||D|UNICODE UTF-8\rPID|1||1||Ren\xc3\xa9^\\XC3A9\\\r");
        QVERIFY2(utf8.ok(), qPrintable(utf8.errorMessage()));
        QCOMPARE(utf8->value(QStringLiteral("PID"), {5, 1}), QStringLiteral("René"));
        QCOMPARE(utf8->value(QStringLiteral("PID"), {5, 2}), QStringLiteral("é"));

        auto ascii = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5|||||D|ASCII\rPID|1||1||Rene\r");
        QVERIFY2(ascii.ok(), qPrintable(ascii.errorMessage()));
        QCOMPARE(ascii->charset(), Charset::Ascii);

        // What does not fit the declared set is refused with the reason.
        auto notAscii = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5|||||D|ASCII\rPID|1||1||Ren\xe9\r");
        QVERIFY(!notAscii.ok());
        QVERIFY2(notAscii.errorMessage().contains(QLatin1String("ASCII")), qPrintable(notAscii.errorMessage()));
        auto notUtf8 = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5|||||D|UNICODE UTF-8\rPID|1||1||Ren\xe9\r");
        QVERIFY(!notUtf8.ok());
        auto unknown = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5|||||D|ISO IR87\rPID|1\r");
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.errorMessage().contains(QLatin1String("ISO IR87")), qPrintable(unknown.errorMessage()));
        // No MSH-18 but 8-bit text: UTF-8 when valid, else 8859/1.
        auto undeclared = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5\rPID|1||1||Ren\xe9\r");
        QVERIFY(undeclared.ok());
        QCOMPARE(undeclared->value(QStringLiteral("PID"), {5, 1}), QStringLiteral("René"));
    }

    void malformedMessages_areRefusedWithAReason()
    {
        for (const QByteArray& bad : {QByteArray(), QByteArray("hello"), QByteArray("PID|1||2\r"), QByteArray("MSH|"),
                                      QByteArray("MSH|^~\\&|A\rpid|1\r"), QByteArray("MSH|^~\\&|A\rMSH|^~\\&|B\r")}) {
            auto parsed = Message::parse(bad);
            QVERIFY2(!parsed.ok(), bad.constData());
            QVERIFY(!parsed.errorMessage().isEmpty());
        }
    }

    void lineFeeds_separateSegmentsToo()
    {
        auto parsed = Message::parse("MSH|^~\\&|A|B|C|D|1||ADT^A03|9|P|2.5\r\nPID|1||77\nPV1|1|I\n");
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorMessage()));
        QCOMPARE(parsed->segments().size(), 3);
        QCOMPARE(parsed->value(QStringLiteral("PID"), {3}), QStringLiteral("77"));
    }

    void acknowledgement_answersTheRequest()
    {
        auto request =
            Message::parse("MSH|^~\\&|HIS^1.2.3^ISO|HOSP|PD|WARD|1||ADT^A01^ADT_A01|ABC|P|2.5|||||D|8859/1\r");
        QVERIFY(request.ok());
        AckInput input;
        input.code = QStringLiteral("AE");
        input.text = QStringLiteral("PID-3 is empty | really");
        input.error = ErrorCode::RequiredFieldMissing;
        input.controlId = QStringLiteral("A1");
        const Message ack = acknowledge(request.value(), input);
        auto reread = Message::parse(ack.encode());
        QVERIFY2(reread.ok(), qPrintable(reread.errorMessage()));
        QCOMPARE(reread->messageType(), QStringLiteral("ACK"));
        QCOMPARE(reread->triggerEvent(), QStringLiteral("A01"));
        QCOMPARE(reread->value(QStringLiteral("MSH"), {5, 2}), QStringLiteral("1.2.3"));
        QCOMPARE(reread->value(QStringLiteral("MSH"), {18}), QStringLiteral("8859/1"));
        QCOMPARE(reread->value(QStringLiteral("MSA"), {1}), QStringLiteral("AE"));
        QCOMPARE(reread->value(QStringLiteral("MSA"), {2}), QStringLiteral("ABC"));
        QCOMPARE(reread->value(QStringLiteral("MSA"), {3}), input.text);
        QCOMPARE(reread->value(QStringLiteral("ERR"), {3, 1}), QStringLiteral("101"));
        QCOMPARE(reread->value(QStringLiteral("ERR"), {3, 3}), QStringLiteral("HL70357"));
        QCOMPARE(reread->value(QStringLiteral("ERR"), {8}), input.text);

        input.code = QStringLiteral("AA");
        const Message ok = acknowledge(request.value(), input);
        QCOMPARE(ok.count(QStringLiteral("ERR")), 0);
    }

    void timestamps_areReadWithTheirPrecisionAndZone()
    {
        QCOMPARE(parseTimestamp(QStringLiteral("20260301101500.25+0100")),
                 QDateTime(QDate(2026, 3, 1), QTime(9, 15, 0, 250), Qt::UTC));
        QCOMPARE(parseTimestamp(QStringLiteral("202603011015-0030")),
                 QDateTime(QDate(2026, 3, 1), QTime(10, 45), Qt::UTC));
        QVERIFY(parseTimestamp(QStringLiteral("2026")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("20261301")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("yesterday")).isValid());
        QCOMPARE(formatTimestamp(QDateTime(QDate(2026, 3, 1), QTime(9, 15, 0, 250), Qt::UTC)),
                 QStringLiteral("20260301091500.250+0000"));
    }
};

QTEST_GUILESS_MAIN(TestHl7Message)
#include "TestHl7Message.moc"
