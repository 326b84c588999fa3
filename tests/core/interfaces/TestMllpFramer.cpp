#include "interfaces/Mllp.h"

#include <QTest>

using namespace pulsedesk::hl7;

class TestMllpFramer : public QObject
{
    Q_OBJECT

private slots:
    void frames_areCutFromAStreamInAnyPieces()
    {
        const QByteArray stream =
            MllpFramer::frame("MSH|one\r") + "\r\n" + MllpFramer::frame("MSH|two\r") + MllpFramer::frame(QByteArray());
        for (int piece : {1, 2, 3, 7, 1000}) {
            MllpFramer framer;
            QList<QByteArray> frames;
            for (qsizetype i = 0; i < stream.size(); i += piece) {
                QVERIFY(framer.feed(stream.mid(i, piece)));
                frames += framer.takeFrames();
            }
            QCOMPARE(frames, (QList<QByteArray> {"MSH|one\r", "MSH|two\r", QByteArray()}));
            QVERIFY(!framer.inFrame());
        }
    }

    void aPartialFrame_waitsForTheRest()
    {
        MllpFramer framer;
        QVERIFY(framer.feed("\x0bMSH|partial"));
        QVERIFY(framer.takeFrames().isEmpty());
        QVERIFY(framer.inFrame());
        QVERIFY(framer.feed("\x1c"));
        QCOMPARE(framer.takeFrames(), QList<QByteArray> {"MSH|partial"});
        QVERIFY(framer.feed("\r"));
    }

    void anEndBlockWithoutCarriageReturn_stillEndsTheFrame()
    {
        MllpFramer framer;
        QVERIFY(framer.feed("\x0b"
                            "a\x1c\x0b"
                            "b\x1c\r"));
        QCOMPARE(framer.takeFrames(), (QList<QByteArray> {"a", "b"}));
    }

    void oversizedFrames_andBytesOutsideFrames_breakTheStream()
    {
        MllpFramer small(8);
        QVERIFY(small.feed("\x0b"
                           "12345678"));
        QVERIFY(!small.feed("9"));
        QVERIFY(small.failed());
        QVERIFY2(small.error().contains(QLatin1String("8 bytes")), qPrintable(small.error()));
        QVERIFY(!small.feed("\x1c\r")); // nothing more is read

        MllpFramer garbage;
        QVERIFY(!garbage.feed("GET / HTTP/1.1\r\n"));
        QVERIFY2(garbage.error().contains(QLatin1String("0x47")), qPrintable(garbage.error()));

        MllpFramer nested;
        QVERIFY(!nested.feed("\x0b"
                             "a\x0b"
                             "b"));
    }

    void frame_wrapsTheMessage() { QCOMPARE(MllpFramer::frame("x"), QByteArray("\x0bx\x1c\r")); }
};

QTEST_GUILESS_MAIN(TestMllpFramer)
#include "TestMllpFramer.moc"
