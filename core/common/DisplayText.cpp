#include "common/DisplayText.h"

#include <QStringConverter>
#include <QStringList>

namespace pulsedesk {

namespace {

void appendEscape(QString& out, char32_t c)
{
    if (c <= 0xFF)
        out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
}

} // namespace

bool DisplayText::isUnsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0, DEL, C1 (CSI 0x9b among them)
        || (c >= 0x202A && c <= 0x202E) // embeddings and overrides
        || (c >= 0x2066 && c <= 0x2069) // isolates
        || c == 0x200E || c == 0x200F || c == 0x061C // direction marks
        || c == 0x2028 || c == 0x2029 // line and paragraph separators
        || (c >= 0xD800 && c <= 0xDFFF) // an unpaired surrogate
        || c == 0xFEFF;
}

QString DisplayText::escaped(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(text.size());
    qsizetype shown = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (maxChars > 0 && shown >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        const QChar ch = text.at(i);
        char32_t c = ch.unicode();
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += ch;
            out += text.at(++i);
            ++shown;
            continue;
        }
        if (isUnsafe(c))
            appendEscape(out, c);
        else
            out += ch;
        ++shown;
    }
    return out;
}

QString DisplayText::escapedLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = escaped(line);
    return lines.join(QLatin1Char('\n'));
}

QString DisplayText::escapedUtf8(const QByteArray& bytes, qsizetype maxChars)
{
    auto decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder.decode(bytes);
    if (!decoder.hasError())
        return escaped(decoded, maxChars);
    // Invalid UTF-8: escape every byte outside printable ASCII, so nothing raw reaches the display.
    QString out;
    qsizetype shown = 0;
    for (const char b : bytes) {
        if (maxChars > 0 && shown >= maxChars) {
            out += QChar(0x2026);
            break;
        }
        const auto u = static_cast<unsigned char>(b);
        if (u < 0x20 || u >= 0x7F)
            appendEscape(out, u);
        else
            out += QLatin1Char(b);
        ++shown;
    }
    return out;
}

} // namespace pulsedesk
