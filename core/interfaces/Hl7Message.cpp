#include "interfaces/Hl7Message.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimeZone>

namespace pulsedesk::hl7 {

namespace {

Error invalid(const QString& message)
{
    return {Error::Code::Invalid, message};
}

/// MSH-18 as written by senders: HL7 table 0211 names and their common spellings.
std::optional<Charset> charsetFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n.isEmpty() || n == QLatin1String("ASCII") || n == QLatin1String("US-ASCII"))
        return Charset::Ascii;
    if (n == QLatin1String("8859/1") || n == QLatin1String("ISO-8859-1") || n == QLatin1String("ISO8859-1")
        || n == QLatin1String("ISO_IR 100"))
        return Charset::Latin1;
    if (n == QLatin1String("UNICODE UTF-8") || n == QLatin1String("UTF-8") || n == QLatin1String("UTF8")
        || n == QLatin1String("ISO_IR 192"))
        return Charset::Utf8;
    return std::nullopt;
}

std::optional<QString> decodeUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

QString decodeBytes(const QByteArray& bytes, Charset charset)
{
    if (charset == Charset::Utf8)
        return decodeUtf8(bytes).value_or(QString::fromLatin1(bytes));
    return QString::fromLatin1(bytes);
}

QByteArray encodeText(const QString& text, Charset charset)
{
    if (charset == Charset::Utf8)
        return text.toUtf8();
    const QChar::SpecialCharacter limit =
        charset == Charset::Latin1 ? QChar::SpecialCharacter(0xFF) : QChar::SpecialCharacter(0x7F);
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out.append(c.unicode() <= limit ? char(c.unicode()) : '?');
    return out;
}

bool isSegmentName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z][A-Z0-9]{2}$"));
    return pattern.match(name).hasMatch();
}

} // namespace

QString charsetName(Charset charset)
{
    switch (charset) {
    case Charset::Ascii:
        return {};
    case Charset::Latin1:
        return QStringLiteral("8859/1");
    case Charset::Utf8:
        return QStringLiteral("UNICODE UTF-8");
    }
    return {};
}

Message Message::create(const QString& type, const QString& controlId, const QString& version, Charset charset)
{
    Message m;
    m.m_charset = charset;
    const int msh = m.addSegment(QStringLiteral("MSH"));
    m.m_segments[msh].fields = {QStringLiteral("MSH"), QStringLiteral("|"), QStringLiteral("^~\\&")};
    m.set(msh, {7}, formatTimestamp(QDateTime::currentDateTimeUtc()));
    m.setEncoded(msh, 9, type);
    m.set(msh, {10}, controlId);
    m.set(msh, {11}, QStringLiteral("P"));
    m.set(msh, {12}, version);
    if (charset != Charset::Ascii)
        m.set(msh, {18}, charsetName(charset));
    return m;
}

Result<Message> Message::parse(const QByteArray& bytes)
{
    if (!bytes.startsWith("MSH") || bytes.size() < 8)
        return invalid(QCoreApplication::translate("Hl7Message", "The message does not begin with an MSH segment."));
    const char separator = bytes.at(3);
    if (separator == '\r' || separator == '\n' || QChar::fromLatin1(separator).isLetterOrNumber())
        return invalid(QCoreApplication::translate("Hl7Message", "MSH-1, the field separator, is missing."));
    const qsizetype headerEnd = [&bytes] {
        const qsizetype cr = bytes.indexOf('\r');
        const qsizetype lf = bytes.indexOf('\n');
        if (cr < 0)
            return lf < 0 ? bytes.size() : lf;
        return lf < 0 ? cr : std::min(cr, lf);
    }();
    // MSH is written in ASCII whatever MSH-18 says, so its fields can be read before the character set is known.
    const QList<QByteArray> header = bytes.left(headerEnd).split(separator);
    const QByteArray encodingChars = header.value(1);
    if (encodingChars.isEmpty() || encodingChars.size() > 5)
        return invalid(
            QCoreApplication::translate("Hl7Message", "MSH-2, the encoding characters, is missing or malformed."));
    Message m;
    m.m_delimiters.field = QLatin1Char(separator);
    m.m_delimiters.component = QLatin1Char(encodingChars.at(0));
    if (encodingChars.size() > 1)
        m.m_delimiters.repetition = QLatin1Char(encodingChars.at(1));
    if (encodingChars.size() > 2)
        m.m_delimiters.escape = QLatin1Char(encodingChars.at(2));
    if (encodingChars.size() > 3)
        m.m_delimiters.subcomponent = QLatin1Char(encodingChars.at(3));

    // MSH-18 may repeat (the first is the message's own set) and carry components in some senders.
    const QString declared = QString::fromLatin1(header.value(17))
                                 .section(m.m_delimiters.repetition, 0, 0)
                                 .section(m.m_delimiters.component, 0, 0);
    const auto charset = charsetFromName(declared);
    if (!charset)
        return invalid(QCoreApplication::translate(
                           "Hl7Message",
                           "The character set \"%1\" in MSH-18 is not supported (ASCII, 8859/1 and UNICODE UTF-8 are).")
                           .arg(declared.left(40)));
    m.m_charset = *charset;
    QString text;
    if (*charset == Charset::Utf8) {
        auto decoded = decodeUtf8(bytes);
        if (!decoded)
            return invalid(
                QCoreApplication::translate("Hl7Message", "The message is not valid UTF-8, which MSH-18 declares."));
        text = *decoded;
    } else if (*charset == Charset::Latin1) {
        text = QString::fromLatin1(bytes);
    } else {
        const qsizetype high =
            std::find_if(bytes.begin(), bytes.end(), [](char c) { return (c & 0x80) != 0; }) - bytes.begin();
        if (high < bytes.size() && !declared.isEmpty())
            return invalid(
                QCoreApplication::translate("Hl7Message", "Byte %1 of the message is not ASCII, which MSH-18 declares.")
                    .arg(high + 1));
        // No MSH-18 at all but 8-bit text: UTF-8 when it is valid UTF-8, else ISO 8859-1, as senders mean it.
        if (high < bytes.size()) {
            auto decoded = decodeUtf8(bytes);
            m.m_charset = decoded ? Charset::Utf8 : Charset::Latin1;
            text = decoded.value_or(QString::fromLatin1(bytes));
        } else {
            text = QString::fromLatin1(bytes);
        }
    }

    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = text.split(lineBreak, Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        Segment segment;
        segment.fields = line.split(m.m_delimiters.field);
        segment.name = segment.fields.first();
        if (!isSegmentName(segment.name))
            return invalid(QCoreApplication::translate("Hl7Message", "Segment %1 has no valid name.")
                               .arg(m.m_segments.size() + 1));
        if (segment.name == QLatin1String("MSH")) {
            if (!m.m_segments.isEmpty())
                return invalid(QCoreApplication::translate("Hl7Message", "The message has a second MSH segment."));
            segment.fields.insert(1, QString(m.m_delimiters.field));
        }
        m.m_segments.append(segment);
    }
    if (m.m_segments.isEmpty() || m.m_segments.first().name != QLatin1String("MSH"))
        return invalid(QCoreApplication::translate("Hl7Message", "The message does not begin with an MSH segment."));
    return m;
}

QByteArray Message::encode() const
{
    QString text;
    for (const Segment& segment : m_segments) {
        if (segment.name == QLatin1String("MSH")) {
            text += segment.fields.value(0) + m_delimiters.field + segment.fields.value(2);
            for (qsizetype i = 3; i < segment.fields.size(); ++i)
                text += m_delimiters.field + segment.fields.at(i);
        } else {
            text += segment.fields.join(m_delimiters.field);
        }
        text += QLatin1Char('\r');
    }
    return encodeText(text, m_charset);
}

const Message::Segment* Message::segment(const QString& name, int occurrence) const
{
    const int index = indexOf(name, occurrence);
    return index < 0 ? nullptr : &m_segments.at(index);
}

int Message::indexOf(const QString& name, int occurrence) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i) {
        if (m_segments.at(i).name == name && --occurrence == 0)
            return int(i);
    }
    return -1;
}

int Message::count(const QString& name) const
{
    return int(
        std::count_if(m_segments.begin(), m_segments.end(), [&name](const Segment& s) { return s.name == name; }));
}

QString Message::value(const Segment& segment, const Position& at) const
{
    if (at.field < 1 || at.field >= segment.fields.size())
        return {};
    const QString& field = segment.fields.at(at.field);
    if (segment.name == QLatin1String("MSH") && at.field <= 2)
        return field;
    const QString repetition = field.section(m_delimiters.repetition, at.repetition - 1, at.repetition - 1);
    const QString component = repetition.section(m_delimiters.component, at.component - 1, at.component - 1);
    return unescape(component.section(m_delimiters.subcomponent, at.subcomponent - 1, at.subcomponent - 1));
}

QString Message::value(const QString& segmentName, const Position& at, int occurrence) const
{
    const Segment* s = segment(segmentName, occurrence);
    return s ? value(*s, at) : QString();
}

int Message::repetitions(const Segment& segment, int field) const
{
    const QString text = segment.fields.value(field);
    return text.isEmpty() ? 0 : int(text.count(m_delimiters.repetition)) + 1;
}

int Message::addSegment(const QString& name)
{
    m_segments.append({name, {name}});
    return int(m_segments.size() - 1);
}

void Message::set(int index, const Position& at, const QString& value)
{
    Segment& segment = m_segments[index];
    if (segment.name == QLatin1String("MSH") && at.field <= 2)
        return;
    while (segment.fields.size() <= at.field)
        segment.fields.append(QString());
    const auto replaceIn = [](QString& text, QChar delimiter, int n, const auto& change) {
        QStringList parts = text.split(delimiter);
        while (parts.size() < n)
            parts.append(QString());
        change(parts[n - 1]);
        text = parts.join(delimiter);
    };
    replaceIn(segment.fields[at.field], m_delimiters.repetition, at.repetition, [&](QString& repetition) {
        replaceIn(repetition, m_delimiters.component, at.component, [&](QString& component) {
            replaceIn(component, m_delimiters.subcomponent, at.subcomponent,
                      [&](QString& sub) { sub = escape(value); });
        });
    });
}

void Message::setEncoded(int index, int field, const QString& encoded)
{
    Segment& segment = m_segments[index];
    while (segment.fields.size() <= field)
        segment.fields.append(QString());
    segment.fields[field] = encoded;
}

QString Message::escape(const QString& text) const
{
    const Delimiters& d = m_delimiters;
    QString out;
    out.reserve(text.size());
    const QString e = d.escape;
    for (const QChar c : text) {
        if (c == d.escape)
            out += e + QLatin1Char('E') + e;
        else if (c == d.field)
            out += e + QLatin1Char('F') + e;
        else if (c == d.component)
            out += e + QLatin1Char('S') + e;
        else if (c == d.subcomponent)
            out += e + QLatin1Char('T') + e;
        else if (c == d.repetition)
            out += e + QLatin1Char('R') + e;
        else if (c == QLatin1Char('\r'))
            out += e + QStringLiteral("X0D") + e;
        else if (c == QLatin1Char('\n'))
            out += e + QStringLiteral("X0A") + e;
        else
            out += c;
    }
    return out;
}

QString Message::unescape(const QString& text) const
{
    const Delimiters& d = m_delimiters;
    if (!text.contains(d.escape))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const qsizetype end = c == d.escape ? text.indexOf(d.escape, i + 1) : -1;
        if (end < 0) {
            out += c;
            continue;
        }
        const QString sequence = text.mid(i + 1, end - i - 1);
        static const QRegularExpression hex(QStringLiteral("^X((?:[0-9A-Fa-f]{2})+)$"));
        if (sequence == QLatin1String("F"))
            out += d.field;
        else if (sequence == QLatin1String("S"))
            out += d.component;
        else if (sequence == QLatin1String("T"))
            out += d.subcomponent;
        else if (sequence == QLatin1String("R"))
            out += d.repetition;
        else if (sequence == QLatin1String("E"))
            out += d.escape;
        else if (const auto match = hex.match(sequence); match.hasMatch())
            out += decodeBytes(QByteArray::fromHex(match.captured(1).toLatin1()), m_charset);
        else if (sequence == QLatin1String(".br"))
            out += QLatin1Char('\n');
        else if (sequence == QLatin1String("H") || sequence == QLatin1String("N") || sequence.startsWith(u'C')
                 || sequence.startsWith(u'M') || sequence.startsWith(u'.') || sequence.startsWith(u'Z'))
            ; // highlighting, formatting and character set switches carry no text
        else {
            out += text.mid(i, end - i + 1); // not an escape sequence: kept as it is
        }
        i = end;
    }
    return out;
}

QDateTime parseTimestamp(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(\\d{2})?(?:\\.(\\d{1,4}))?([+-]\\d{4})?$"));
    const auto m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const auto part = [&m](int n, int fallback) { return m.captured(n).isEmpty() ? fallback : m.captured(n).toInt(); };
    const QDate date(part(1, 0), part(2, 1), part(3, 1));
    const QString fraction = m.captured(7);
    const int ms = fraction.isEmpty() ? 0 : (fraction + QStringLiteral("000")).left(3).toInt();
    const QTime time(part(4, 0), part(5, 0), part(6, 0), ms);
    if (!date.isValid() || !time.isValid())
        return {};
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return QDateTime(date, time).toUTC();
    const int offset = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60) * (zone.at(0) == u'-' ? -1 : 1);
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QString formatTimestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMddHHmmss.zzz")) + QStringLiteral("+0000");
}

Message acknowledge(const Message& request, const AckInput& input)
{
    const QString version = request.version().isEmpty() ? QStringLiteral("2.5") : request.version();
    QString type = QStringLiteral("ACK");
    if (!request.triggerEvent().isEmpty())
        type += QLatin1Char('^') + request.escape(request.triggerEvent()) + QStringLiteral("^ACK");
    Message ack = Message::create(type, input.controlId, version, request.charset());
    const Message::Segment* msh = request.segment(QStringLiteral("MSH"));
    ack.set(0, {3}, input.sendingApplication);
    ack.set(0, {4}, input.sendingFacility);
    if (msh) {
        // The receiving application and facility are the request's sender, as it wrote them.
        ack.setEncoded(0, 5, msh->fields.value(3));
        ack.setEncoded(0, 6, msh->fields.value(4));
        if (!msh->fields.value(11).isEmpty())
            ack.setEncoded(0, 11, msh->fields.value(11));
        if (!msh->fields.value(18).isEmpty())
            ack.setEncoded(0, 18, msh->fields.value(18));
    }
    const int msa = ack.addSegment(QStringLiteral("MSA"));
    ack.set(msa, {1}, input.code);
    ack.set(msa, {2}, request.controlId());
    if (input.code != QLatin1String("AA")) {
        ack.set(msa, {3}, input.text.left(80));
        const int err = ack.addSegment(QStringLiteral("ERR"));
        ack.set(err, {3, 1}, QString::number(int(input.error)));
        ack.set(err, {3, 2}, input.text.left(199));
        ack.set(err, {3, 3}, QStringLiteral("HL70357"));
        ack.set(err, {4}, QStringLiteral("E"));
        ack.set(err, {8}, input.text);
    }
    return ack;
}

} // namespace pulsedesk::hl7
