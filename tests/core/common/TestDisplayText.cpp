#include "common/DisplayText.h"

#include <QTest>

using namespace pulsedesk;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void printableText_isUnchanged()
    {
        const QString text = QStringLiteral("Gerät-7 Café 心拍 😀 (ok)");
        QCOMPARE(DisplayText::escaped(text), text);
    }

    void terminalEscapes_areShownNotObeyed()
    {
        // An ANSI colour, a fake alarm line after a newline, a NUL, DEL and the 8-bit CSI.
        const QString hostile = QStringLiteral("dev\x1b[31m\nALARM HIGH") + QChar(0) + QChar(0x7f) + QChar(0x9b);
        const QString shown = DisplayText::escaped(hostile);
        QCOMPARE(shown, QStringLiteral("dev\\x1b[31m\\x0aALARM HIGH\\x00\\x7f\\x9b"));
        for (const QChar c : shown)
            QVERIFY2(!DisplayText::isUnsafe(c.unicode()), qPrintable(shown));
    }

    void bidiOverridesAndLoneSurrogates_areEscaped()
    {
        QString text = QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fdp.exe") + QChar(0x2066);
        text += QChar(0xD800);
        QCOMPARE(DisplayText::escaped(text), QStringLiteral("abc\\u202efdp.exe\\u2066\\ud800"));
    }

    void longText_isCutWithAnEllipsis()
    {
        QCOMPARE(DisplayText::escaped(QStringLiteral("abcdef"), 3), QStringLiteral("abc") + QChar(0x2026));
        QCOMPARE(DisplayText::escaped(QStringLiteral("abc"), 3), QStringLiteral("abc"));
    }

    void severalLines_stayLinesEachEscaped()
    {
        QCOMPARE(DisplayText::escapedLines(QStringLiteral("file a.json:\ndev\x1b[31m")),
                 QStringLiteral("file a.json:\ndev\\x1b[31m"));
    }

    void invalidUtf8_isEscapedByteByByte()
    {
        QCOMPARE(DisplayText::escapedUtf8(QByteArray("ok\xff\x1b", 4)), QStringLiteral("ok\\xff\\x1b"));
        QCOMPARE(DisplayText::escapedUtf8(QByteArray("caf\xc3\xa9\x07")), QStringLiteral("café\\x07"));
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "TestDisplayText.moc"
