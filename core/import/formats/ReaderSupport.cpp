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
