#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "ingest/MessageParser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pulsedesk::readers {

namespace {

bool detectsDeviceDump(const FormatHead& head)
{
    return head.isJson(); // any JSON the rows above did not take: the table tries this one last
}

Status readDeviceDump(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    JsonStream stream(device, {QStringLiteral("samples")});
    // The device of each object's streamed samples, from that object's other members: a file of several
    // objects (one per line) names a device in each.
    const auto headers = stream.headers();
    if (!headers)
        return headers.error();
    QHash<qint64, QString> headerDevices;
    for (auto it = headers->cbegin(); it != headers->cend(); ++it) {
        for (const char* name : {"deviceId", "device_id", "DeviceID", "deviceID", "device"}) {
            const QJsonValue v = it.value().value(QLatin1String(name));
            if (v.isString() || v.isDouble()) {
                QString why;
                if (!MessageParser::deviceIdOf(v, &headerDevices[it.key()], &why))
                    return Error {Error::Code::Invalid, why};
                break;
            }
        }
    }
    const auto headerDevice = [&headerDevices](const JsonStream::Element& element) {
        return element.container.isEmpty() ? QString() : headerDevices.value(element.document);
    };
    qint64 atCreationTime = 0;
    qint64 atArrivalTime = 0;
    const auto hand = [&](const MessageParser::Outcome& out, const JsonStream::Element& element) {
        for (const QString& n : out.notes)
            sink.note(n);
        atCreationTime += out.atCreationTime;
        atArrivalTime += out.atArrivalTime;
        for (const MessageParser::Rejection& r : out.rejections)
            if (!sink.reject({element.line, element.column, r.reason, clipped(element.bytes)}))
                return false;
        for (const Sample& s : out.samples) {
            ImportRecord record {s, s.deviceId, element.line, element.column};
            if (!sink.record(std::move(record)))
                return false;
        }
        return true;
    };
    EachObject how;
    how.nonObjects = NonObjects::Reject;
    how.nonObjectReason = [](const JsonStream::Element&, const QJsonValue& value) {
        return MessageParser::notAMessageReason(value);
    };
    // Samples as devices write them are plain objects, read straight from their text; anything else (nested
    // samples, escapes, non-ASCII text, a syntax error) goes through QJsonDocument.
    how.shortcut = [&](const JsonStream::Element& element) -> std::optional<bool> {
        const auto out =
            MessageParser::parseFlatObject(element.bytes, headerDevice(element), options.nowMs, &options.zone);
        if (!out)
            return std::nullopt;
        return hand(*out, element);
    };
    // {"deviceId": "X", "samples": []}, or a file that is []: refused as live ingest refuses such a message.
    how.empty = [&](const JsonStream::Element& element) {
        QByteArray raw("[]");
        if (!element.container.isEmpty()) {
            QJsonObject message = headers->value(element.document);
            message.insert(element.container, QJsonArray());
            raw = QJsonDocument(message).toJson(QJsonDocument::Compact);
        }
        return sink.reject({element.line, element.column, MessageParser::noSamplesReason(), clipped(raw)});
    };
    const Status walked =
        eachObject(stream, sink, how, [&](const QJsonObject& object, const JsonStream::Element& element) {
            return hand(MessageParser::parseObject(object, headerDevice(element), options.nowMs, &options.zone),
                        element);
        });
    // Said once for the file, with the number of samples placed so.
    for (const QString& note : MessageParser::hubTimeNotes(atCreationTime, atArrivalTime))
        sink.note(note);
    return walked;
}

} // namespace

const FormatReader deviceDumpReader {&detectsDeviceDump, &readDeviceDump};

} // namespace pulsedesk::readers
