#include "import/formats/ReaderSupport.h"

#include "common/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace pulsedesk::readers {

QString shown(QStringView text, qsizetype maxChars)
{
    return DisplayText::escaped(text, maxChars);
}

Status rewind(QIODevice& device)
{
    if (!device.seek(0))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("ImportFormat", "the file cannot be read again")};
    return {};
}

std::optional<std::pair<qint64, qint64>> firstInvalidUtf8(QIODevice& device)
{
    if (!device.seek(0))
        return std::nullopt;
    qint64 line = 1;
    qint64 column = 1;
    std::pair<qint64, qint64> start {1, 1}; // of the sequence being read
    int continuations = 0; // still expected
    uchar low = 0x80; // bounds of the next continuation byte (RFC 3629: no overlong forms, surrogates, > U+10FFFF)
    uchar high = 0xBF;
    for (QByteArray chunk = device.read(1 << 20); !chunk.isEmpty(); chunk = device.read(1 << 20)) {
        for (const char c : std::as_const(chunk)) {
            const auto b = static_cast<uchar>(c);
            if (continuations > 0) {
                if (b < low || b > high)
                    return start;
                low = 0x80;
                high = 0xBF;
                if (--continuations == 0)
                    ++column;
                continue;
            }
            start = {line, column};
            if (b < 0x80) {
                if (b == '\n') {
                    ++line;
                    column = 1;
                } else {
                    ++column;
                }
            } else if (b >= 0xC2 && b <= 0xDF) {
                continuations = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuations = 2;
                low = b == 0xE0 ? 0xA0 : 0x80;
                high = b == 0xED ? 0x9F : 0xBF;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuations = 3;
                low = b == 0xF0 ? 0x90 : 0x80;
                high = b == 0xF4 ? 0x8F : 0xBF;
            } else {
                return start;
            }
        }
    }
    if (continuations > 0)
        return start;
    return std::nullopt;
}

bool deliver(RecordSink& sink, ImportRecord&& record, const ReaderOptions& options, const QByteArray& raw)
{
    QString why;
    QStringList notes;
    if (!MessageParser::checkTime(record.sample.timestampMs, options.nowMs, &why)
        || !MessageParser::checkPlausible(record.sample, &why, &notes))
        return sink.reject({record.line, record.column, why, clipped(raw)});
    for (const QString& n : std::as_const(notes))
        sink.note(n);
    return sink.record(std::move(record));
}

Status eachObject(JsonStream& stream, RecordSink& sink, const EachObject& how, const ObjectHandler& handle)
{
    Status failure;
    const Status walked = stream.elements([&](const JsonStream::Element& element) {
        if (element.isEmptyArray())
            return how.empty ? how.empty(element) : true;
        if (how.shortcut)
            if (const std::optional<bool> handled = how.shortcut(element))
                return *handled;
        // A number, string or literal is not a document of its own to QJsonDocument: read it inside an array.
        const bool scalar = !element.bytes.startsWith('{') && !element.bytes.startsWith('[');
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(scalar ? "[" + element.bytes + "]" : element.bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            failure = Error {
                Error::Code::Invalid,
                JsonStream::elementError(element, qMax(0, error.offset - (scalar ? 1 : 0)), error.errorString())};
            return false;
        }
        const auto reject = [&](const QString& why) {
            return sink.reject({element.line, element.column, why, clipped(element.bytes)});
        };
        if (scalar || !doc.isObject()) {
            if (how.nonObjects == NonObjects::PassEmpty)
                return handle({}, element);
            const QJsonValue value = scalar ? doc.array().at(0) : QJsonValue(doc.array());
            return reject(how.nonObjectReason ? how.nonObjectReason(element, value)
                                              : QCoreApplication::translate("ImportFormat", "%1, not an object")
                                                    .arg(MessageParser::kindOf(value)));
        }
        if (const auto name = MessageParser::conflictingMember(element.bytes))
            return how.quiet || reject(MessageParser::conflictingMemberReason(*name));
        return handle(doc.object(), element);
    });
    return failure ? walked : failure;
}

} // namespace pulsedesk::readers
