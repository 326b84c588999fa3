#include "import/JsonStream.h"

#include <QBuffer>
#include <QTest>

using namespace pulsedesk;

/// The walk over a JSON file that every JSON reader of the import uses: elements of a top-level array, of the
/// top-level object's streamed arrays with the object's other members as its header, one document per line, empty
/// arrays, positions for the nurse, and structure errors with their line and column; bigger than one read.
class TestJsonStream : public QObject
{
    Q_OBJECT

    struct Walk
    {
        QList<JsonStream::Element> elements;
        Status status;
    };

    static Walk walk(const QByteArray& text, const QSet<QString>& streamed = {QStringLiteral("samples")})
    {
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        JsonStream stream(buffer, streamed);
        Walk w;
        w.status = stream.elements([&w](const JsonStream::Element& e) {
            w.elements.append(e);
            return true;
        });
        return w;
    }

private slots:
    void aTopLevelArray_givesEachElementWithWhereItStarts()
    {
        const Walk w = walk("[\n  {\"a\": 1},\n  {\"b\": [2, 3]}, 4\n]");
        QVERIFY(w.status.ok());
        QCOMPARE(w.elements.size(), 3);
        QCOMPARE(w.elements.at(0).bytes, QByteArray("{\"a\": 1}"));
        QCOMPARE(w.elements.at(0).line, 2);
        QCOMPARE(w.elements.at(0).column, 3);
        QCOMPARE(w.elements.at(1).bytes, QByteArray("{\"b\": [2, 3]}"));
        QCOMPARE(w.elements.at(2).bytes, QByteArray("4"));
        QCOMPARE(w.elements.at(2).index, 2);
        QVERIFY(w.elements.at(0).container.isEmpty());
    }

    void streamedArrays_comeElementByElement_andTheRestIsTheHeader()
    {
        const QByteArray text =
            "{\"deviceId\": \"d-1\", \"samples\": [{\"bpm\": 70}, {\"bpm\": 71}], \"unit\": \"bpm\"}";
        const Walk w = walk(text);
        QVERIFY(w.status.ok());
        QCOMPARE(w.elements.size(), 2);
        QCOMPARE(w.elements.at(1).bytes, QByteArray("{\"bpm\": 71}"));
        QCOMPARE(w.elements.at(1).container, QStringLiteral("samples"));

        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        JsonStream stream(buffer, {QStringLiteral("samples")});
        auto header = stream.header();
        QVERIFY(header.ok());
        QVERIFY(stream.hasStreamedArray());
        QCOMPARE(header->value(QLatin1String("deviceId")).toString(), QStringLiteral("d-1"));
        QCOMPARE(header->value(QLatin1String("unit")).toString(), QStringLiteral("bpm")); // after the array too
        QVERIFY(!header->contains(QLatin1String("samples")));
    }

    void oneDocumentPerLine_keepsEachDocumentsOwnHeader()
    {
        const QByteArray text = "{\"deviceId\": \"a\", \"samples\": [{\"bpm\": 70}]}\n"
                                "{\"deviceId\": \"b\", \"samples\": [{\"bpm\": 80}, {\"bpm\": 81}]}\n";
        const Walk w = walk(text);
        QVERIFY(w.status.ok());
        QCOMPARE(w.elements.size(), 3);
        QCOMPARE(w.elements.at(0).document, 0);
        QCOMPARE(w.elements.at(2).document, 1);
        QCOMPARE(w.elements.at(2).line, 2);

        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        JsonStream stream(buffer, {QStringLiteral("samples")});
        auto headers = stream.headers();
        QVERIFY(headers.ok());
        QCOMPARE(headers->value(0).value(QLatin1String("deviceId")).toString(), QStringLiteral("a"));
        QCOMPARE(headers->value(1).value(QLatin1String("deviceId")).toString(), QStringLiteral("b"));
    }

    void emptyArrays_areSaidSo()
    {
        const Walk file = walk("[]");
        QVERIFY(file.status.ok());
        QCOMPARE(file.elements.size(), 1);
        QVERIFY(file.elements.first().isEmptyArray());
        const Walk samples = walk("{\"deviceId\": \"x\", \"samples\": []}");
        QCOMPARE(samples.elements.size(), 1);
        QVERIFY(samples.elements.first().isEmptyArray());
        QCOMPARE(samples.elements.first().container, QStringLiteral("samples"));
    }

    void aTopLevelObjectWithoutStreamedArrays_isOneElement()
    {
        const Walk w = walk("{\"resourceType\": \"Observation\", \"valueQuantity\": {\"value\": 72}}");
        QVERIFY(w.status.ok());
        QCOMPARE(w.elements.size(), 1);
        QVERIFY(w.elements.first().bytes.startsWith("{\"resourceType\""));
    }

    void brokenStructure_failsWithLineAndColumn()
    {
        const Walk w = walk("[\n  {\"a\": 1},\n  {\"b\": 2]\n]");
        QVERIFY(!w.status.ok());
        QVERIFY2(w.status.errorMessage().contains(QLatin1String("line 3")), qPrintable(w.status.errorMessage()));
        const Walk early = walk("[{\"a\": 1}, {\"b\": [1, 2");
        QVERIFY(!early.status.ok());
        QVERIFY2(early.status.errorMessage().contains(QLatin1String("ends too early")),
                 qPrintable(early.status.errorMessage()));
    }

    void aHandlerThatSaysStop_endsTheWalk()
    {
        QBuffer buffer;
        buffer.setData("[1, 2, 3, 4]");
        buffer.open(QIODevice::ReadOnly);
        JsonStream stream(buffer, {});
        int seen = 0;
        QVERIFY(stream.elements([&seen](const JsonStream::Element&) { return ++seen < 2; }).ok());
        QCOMPARE(seen, 2);
    }

    void aFileLargerThanOneRead_isWalkedWhole_andPositionsAdvance()
    {
        QByteArray text = "[";
        const int count = 50'000;
        for (int i = 0; i < count; ++i)
            text += (i ? ",\n" : "") + QByteArray("{\"timestamp\": ") + QByteArray::number(1'700'000'000 + i)
                + ", \"bpm\": 70, \"note\": \"\\\"quoted\\\" ] } [ {\"}";
        text += "]";
        QBuffer buffer;
        buffer.setData(text);
        buffer.open(QIODevice::ReadOnly);
        JsonStream stream(buffer, {});
        qint64 last = -1;
        qint64 n = 0;
        bool advancing = true;
        QVERIFY(stream
                    .elements([&](const JsonStream::Element& e) {
                        advancing = advancing && stream.position() >= last && e.line == n + 1;
                        last = stream.position();
                        ++n;
                        return true;
                    })
                    .ok());
        QCOMPARE(n, qint64(count));
        QVERIFY(advancing);
        QCOMPARE(stream.position(), qint64(text.size()));
    }

    void errorsInsideAnElement_pointIntoTheFile()
    {
        JsonStream::Element e;
        e.bytes = "{\"a\":\n 1x}";
        e.line = 10;
        e.column = 5;
        const QString message = JsonStream::elementError(e, 8, QStringLiteral("illegal number"));
        QVERIFY2(message.contains(QLatin1String("line 11")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("illegal number")), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestJsonStream)
#include "TestJsonStream.moc"
