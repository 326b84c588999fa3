#include "import/JsonStream.h"

#include "common/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

namespace pulsedesk {

namespace {

constexpr qint64 ChunkBytes = 1 << 20;
constexpr int MaxDepth = 512;

bool isSpace(int c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// Characters of a number or a literal (true, false, null); their exact syntax is checked by the parser of the
/// element that holds them.
bool isAtomChar(int c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-' || c == '+'
        || c == '.';
}

} // namespace

JsonStream::JsonStream(QIODevice& device, QSet<QString> streamedKeys)
    : m_device(device)
    , m_streamedKeys(std::move(streamedKeys))
{ }

bool JsonStream::rewind()
{
    if (!m_device.seek(0))
        return false;
    m_buffer.clear();
    m_pos = 0;
    m_consumed = 0;
    m_eof = false;
    m_line = 1;
    m_column = 1;
    m_recording = false;
    m_record.clear();
    // A byte-order mark (seen in Azure IoT samples) is not JSON.
    if (peek() == 0xEF && m_buffer.size() >= 3 && m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    return true;
}

int JsonStream::peek()
{
    if (m_pos >= m_buffer.size()) {
        if (m_eof)
            return Eof;
        if (m_recording) {
            m_record.append(m_buffer.constData() + m_recordStart, m_buffer.size() - m_recordStart);
            m_recordStart = 0;
        }
        m_consumed += m_buffer.size();
        m_buffer = m_device.read(ChunkBytes);
        m_pos = 0;
        if (m_buffer.isEmpty()) {
            m_eof = true;
            return Eof;
        }
    }
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int JsonStream::get()
{
    const int c = peek();
    if (c == Eof)
        return Eof;
    ++m_pos;
    if (c == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((c & 0xC0) != 0x80) { // columns count characters, not UTF-8 continuation bytes
        ++m_column;
    }
    return c;
}

void JsonStream::skipSpace()
{
    while (isSpace(peek()))
        get();
}

Status JsonStream::fail(const QString& what) const
{
    return Error {Error::Code::Invalid,
                  QCoreApplication::translate("JsonStream", "invalid JSON at line %1, column %2: %3")
                      .arg(m_line)
                      .arg(m_column)
                      .arg(what)};
}

void JsonStream::startRecording()
{
    m_recording = true;
    m_recordStart = m_pos;
    m_record.clear();
}

QByteArray JsonStream::stopRecording()
{
    m_recording = false;
    m_record.append(m_buffer.constData() + m_recordStart, m_pos - m_recordStart);
    return std::exchange(m_record, {});
}

Status JsonStream::skipString()
{
    get(); // the opening quote
    for (;;) {
        const int c = get();
        if (c == Eof)
            return fail(QCoreApplication::translate("JsonStream", "the file ends inside a string"));
        if (c == '"')
            return {};
        if (c == '\\') {
            if (get() == Eof)
                return fail(QCoreApplication::translate("JsonStream", "the file ends inside a string"));
        } else if (c < 0x20) {
            return fail(QCoreApplication::translate("JsonStream", "a control character inside a string"));
        }
    }
}

Status JsonStream::skipValue(int depth)
{
    if (depth > MaxDepth)
        return fail(QCoreApplication::translate("JsonStream", "nested more than %1 levels deep").arg(MaxDepth));
    skipSpace();
    const int c = peek();
    if (c == '"')
        return skipString();
    if (c == '{' || c == '[') {
        const bool object = c == '{';
        const int close = object ? int('}') : int(']');
        get();
        skipSpace();
        if (peek() == close) {
            get();
            return {};
        }
        for (;;) {
            if (object) {
                skipSpace();
                if (peek() != '"')
                    return fail(QCoreApplication::translate("JsonStream", "expected a member name in quotes"));
                if (auto s = skipString(); !s)
                    return s;
                skipSpace();
                if (get() != ':')
                    return fail(QCoreApplication::translate("JsonStream", "expected ':' after a member name"));
            }
            if (auto s = skipValue(depth + 1); !s)
                return s;
            skipSpace();
            const int next = get();
            if (next == close)
                return {};
            if (next != ',')
                return fail(next == Eof
                                ? QCoreApplication::translate("JsonStream", "the file ends too early")
                                : QCoreApplication::translate("JsonStream", "expected ',' or '%1'").arg(QChar(close)));
        }
    }
    if (isAtomChar(c)) {
        while (isAtomChar(peek()))
            get();
        return {};
    }
    return fail(c == Eof ? QCoreApplication::translate("JsonStream", "the file ends too early")
                         : QCoreApplication::translate("JsonStream", "unexpected character '%1'")
                               .arg(DisplayText::escapedUtf8(QByteArray(1, char(c)))));
}

Result<QString> JsonStream::readKey()
{
    skipSpace();
    if (get() != '"')
        return fail(QCoreApplication::translate("JsonStream", "expected a member name in quotes")).error();
    QByteArray raw("[\"");
    bool escaped = false;
    for (;;) {
        const int c = get();
        if (c == Eof)
            return fail(QCoreApplication::translate("JsonStream", "the file ends inside a string")).error();
        if (c < 0x20)
            return fail(QCoreApplication::translate("JsonStream", "a control character inside a string")).error();
        raw.append(static_cast<char>(c));
        if (c == '"')
            break;
        if (c == '\\') {
            escaped = true;
            const int e = get();
            if (e == Eof)
                return fail(QCoreApplication::translate("JsonStream", "the file ends inside a string")).error();
            raw.append(static_cast<char>(e));
        }
    }
    if (!escaped)
        return QString::fromUtf8(raw.constData() + 2, raw.size() - 3);
    raw.append(']');
    return QJsonDocument::fromJson(raw).array().at(0).toString();
}

Result<QString> JsonStream::readMemberName()
{
    auto key = readKey();
    if (!key)
        return key;
    skipSpace();
    if (get() != ':')
        return fail(QCoreApplication::translate("JsonStream", "expected ':' after a member name")).error();
    skipSpace();
    return key;
}

Result<QJsonObject> JsonStream::readHeaderObject(bool parseAlways, bool* streamed)
{
    struct Member
    {
        QString key;
        QByteArray raw;
        qint64 line = 0;
        qint64 column = 0;
    };
    QList<Member> members;
    *streamed = false;
    get(); // '{'
    skipSpace();
    if (peek() == '}') {
        get();
        return QJsonObject();
    }
    for (;;) {
        auto key = readMemberName();
        if (!key)
            return key.error();
        if (m_streamedKeys.contains(key.value()) && peek() == '[') {
            *streamed = true;
            if (auto s = skipValue(); !s)
                return s.error();
        } else {
            Member m {key.value(), {}, m_line, m_column};
            startRecording();
            if (auto s = skipValue(); !s) {
                m_recording = false;
                return s.error();
            }
            m.raw = stopRecording();
            members.append(std::move(m));
        }
        skipSpace();
        const int next = get();
        if (next == '}')
            break;
        if (next != ',')
            return fail(QCoreApplication::translate("JsonStream", "expected ',' or '}'")).error();
    }
    QJsonObject header;
    if (!parseAlways && !*streamed)
        return header;
    std::optional<QString> conflict; ///< a member named twice with different values
    for (const Member& m : std::as_const(members)) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m.raw + "]", &error);
        if (error.error != QJsonParseError::NoError)
            return Error {
                Error::Code::Invalid,
                elementError({m.raw, {}, m.line, m.column, 0, 0}, qMax(0, error.offset - 1), error.errorString())};
        const QJsonValue value = doc.array().at(0);
        if (const auto it = header.constFind(m.key); it != header.constEnd() && *it != value && !conflict)
            conflict = QCoreApplication::translate(
                           "JsonStream", "line %1, column %2: the member '%3' is given twice with different values")
                           .arg(m.line)
                           .arg(m.column)
                           .arg(DisplayText::escaped(m.key, 40));
        header.insert(m.key, value);
    }
    // With streamed arrays the header applies to all their elements; an object read whole is checked as an
    // element.
    if (conflict && *streamed)
        return Error {Error::Code::Invalid, *conflict};
    return header;
}

Result<QJsonObject> JsonStream::header()
{
    if (!rewind())
        return Error {Error::Code::Storage, QCoreApplication::translate("JsonStream", "the file cannot be read again")};
    m_hasStreamedArray = false;
    skipSpace();
    if (peek() != '{')
        return QJsonObject();
    return readHeaderObject(true, &m_hasStreamedArray);
}

Result<QHash<qint64, QJsonObject>> JsonStream::headers()
{
    if (!rewind())
        return Error {Error::Code::Storage, QCoreApplication::translate("JsonStream", "the file cannot be read again")};
    m_hasStreamedArray = false;
    QHash<qint64, QJsonObject> headers;
    for (qint64 document = 0;; ++document) {
        skipSpace();
        const int c = peek();
        if (c == Eof)
            return headers;
        // A file is one array of messages, or objects (one per line) whose streamed arrays take their device from
        // the object: a top-level value that is not an object ends the headers, without reading through it (an
        // array of a million messages would otherwise be read twice).
        if (c != '{')
            return headers;
        bool streamed = false;
        auto header = readHeaderObject(false, &streamed);
        if (!header)
            return header.error();
        if (streamed) {
            m_hasStreamedArray = true;
            headers.insert(document, header.value());
        }
    }
}

Status JsonStream::elements(const ElementHandler& handler)
{
    if (!rewind())
        return Error {Error::Code::Storage, QCoreApplication::translate("JsonStream", "the file cannot be read again")};
    qint64 topIndex = 0;
    const auto streamArray = [this, &handler, &topIndex](const QString& container, bool* stop) -> Status {
        Element empty;
        empty.container = container;
        empty.document = topIndex;
        empty.line = m_line;
        empty.column = m_column;
        empty.index = -1;
        get(); // '['
        skipSpace();
        if (peek() == ']') {
            get();
            if (!handler(empty))
                *stop = true;
            return {};
        }
        for (qint64 index = 0;; ++index) {
            skipSpace();
            Element element;
            element.container = container;
            element.document = topIndex;
            element.line = m_line;
            element.column = m_column;
            element.index = index;
            startRecording();
            if (auto s = skipValue(); !s) {
                m_recording = false;
                return s;
            }
            element.bytes = stopRecording();
            if (!handler(element)) {
                *stop = true;
                return {};
            }
            skipSpace();
            const int next = get();
            if (next == ']')
                return {};
            if (next != ',')
                return fail(next == Eof ? QCoreApplication::translate("JsonStream", "the file ends too early")
                                        : QCoreApplication::translate("JsonStream", "expected ',' or ']'"));
        }
    };

    for (;;) {
        skipSpace();
        const int c = peek();
        if (c == Eof)
            break;
        bool stop = false;
        if (c == '[') {
            if (auto s = streamArray({}, &stop); !s)
                return s;
        } else if (c == '{') {
            // Record the whole object in case it has no streamed array; drop the recording if it has one.
            Element whole;
            whole.line = m_line;
            whole.column = m_column;
            whole.index = topIndex;
            whole.document = topIndex;
            startRecording();
            get();
            skipSpace();
            bool streamed = false;
            if (peek() == '}') {
                get();
            } else {
                for (;;) {
                    auto key = readMemberName();
                    if (!key)
                        return key.error();
                    if (m_streamedKeys.contains(key.value()) && peek() == '[') {
                        streamed = true;
                        m_recording = false;
                        if (auto s = streamArray(key.value(), &stop); !s)
                            return s;
                        if (stop)
                            return {};
                    } else if (auto s = skipValue(); !s) {
                        m_recording = false;
                        return s;
                    }
                    skipSpace();
                    const int next = get();
                    if (next == '}')
                        break;
                    if (next != ',')
                        return fail(next == Eof ? QCoreApplication::translate("JsonStream", "the file ends too early")
                                                : QCoreApplication::translate("JsonStream", "expected ',' or '}'"));
                }
            }
            if (!streamed) {
                whole.bytes = stopRecording();
                if (!handler(whole))
                    stop = true;
            }
        } else {
            return fail(QCoreApplication::translate("JsonStream", "expected an object or an array"));
        }
        if (stop)
            return {};
        ++topIndex;
    }
    if (topIndex == 0)
        return fail(QCoreApplication::translate("JsonStream", "the file holds no JSON"));
    return {};
}

QString JsonStream::elementError(const Element& element, int offset, const QString& what)
{
    qint64 line = element.line;
    qint64 column = element.column;
    const qsizetype end = qMin<qsizetype>(offset, element.bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(element.bytes.at(i));
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++column;
        }
    }
    return QCoreApplication::translate("JsonStream", "invalid JSON at line %1, column %2: %3")
        .arg(line)
        .arg(column)
        .arg(what);
}

} // namespace pulsedesk
