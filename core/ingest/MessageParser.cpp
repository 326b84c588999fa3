#include "ingest/MessageParser.h"

#include "ingest/FlatObject.h"
#include "ingest/MessageFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace pulsedesk {

namespace {

using messages::Context;
using messages::field;
using messages::FlatObject;
using messages::readFields;

/// Azure shapes with the values one level down: the MedTech normalised message ({"values": {...}}) and IoT
/// Central telemetry ({"telemetry": {"BloodPressure": {"Systolic", "Diastolic"}, ...}}).
QJsonObject flattened(const QJsonObject& o)
{
    if (!o.contains(QLatin1String("values")) && !o.contains(QLatin1String("telemetry")))
        return o;
    QJsonObject flat = o;
    for (const char* name : {"values", "telemetry"}) {
        const QJsonObject inner = o.value(QLatin1String(name)).toObject();
        for (auto it = inner.constBegin(); it != inner.constEnd(); ++it) {
            if (it.value().isObject()) {
                const QJsonObject deeper = it.value().toObject();
                for (auto d = deeper.constBegin(); d != deeper.constEnd(); ++d)
                    flat.insert(d.key(), d.value());
            } else {
                flat.insert(it.key(), it.value());
            }
        }
    }
    return flat;
}

void readSample(const QJsonObject& original, const Context& context, int index, MessageParser::Outcome& out)
{
    readFields(flattened(original), context, index, out);
}

/// A message that holds its samples in "samples" or an IoT Hub "Body" with nothing there: an empty array or
/// object, or an IoT Hub event whose body is null or blank.
bool holdsNoSamples(const QJsonObject& o)
{
    const bool envelope = o.value(QLatin1String("SystemProperties")).isObject();
    for (const char* name : {"samples", "Body", "body"}) {
        const auto it = o.constFind(QLatin1String(name));
        if (it == o.constEnd())
            continue;
        if ((it->isArray() && it->toArray().isEmpty()) || (it->isObject() && it->toObject().isEmpty()))
            return true;
        if (envelope && (it->isNull() || (it->isString() && it->toString().trimmed().isEmpty())))
            return true;
    }
    return false;
}

void readObject(const QJsonObject& o, const Context& outer, int index, MessageParser::Outcome& out)
{
    const QJsonValue nested = field(o, {"samples", "Body", "body"});
    if ((nested.isArray() && !nested.toArray().isEmpty()) || (nested.isObject() && !nested.toObject().isEmpty())) {
        Context inner = outer;
        // An Azure IoT Hub event: the device and the time are in the envelope, not in the body.
        const QJsonObject system = o.value(QLatin1String("SystemProperties")).toObject();
        const QJsonObject properties = o.value(QLatin1String("Properties")).toObject();
        QString id;
        QString why;
        if (!MessageParser::deviceIdOf(field(o, {"deviceId", "device_id", "DeviceID", "deviceID", "device"}), &id, &why)
            || (id.isEmpty()
                && !MessageParser::deviceIdOf(system.value(QLatin1String("iothub-connection-device-id")), &id, &why))) {
            out.rejections.append({index, why});
            return;
        }
        if (!id.isEmpty())
            inner.deviceId = id;
        const QJsonValue created = field(properties, {"iothub-creation-time-utc"});
        inner.fallbackTime = created.isUndefined() ? field(system, {"iothub-enqueuedtime"}) : created;
        inner.fallbackIsArrival = created.isUndefined();
        const QJsonArray items = nested.isArray() ? nested.toArray() : QJsonArray {nested};
        int i = 0;
        for (const auto& item : items) {
            if (item.isObject())
                readSample(item.toObject(), inner, i, out);
            else
                out.rejections.append({i,
                                       QCoreApplication::translate("MessageParser", "sample %1 is %2, not an object")
                                           .arg(i)
                                           .arg(MessageParser::kindOf(item))});
            ++i;
        }
        return;
    }
    if (holdsNoSamples(o)) {
        out.rejections.append({index, MessageParser::noSamplesReason()});
        return;
    }
    readSample(o, outer, index, out);
}

} // namespace

MessageParser::Outcome MessageParser::parseObject(const QJsonObject& object, const QString& deviceId, qint64 nowMs,
                                                  const QTimeZone* localZone)
{
    Outcome out;
    Context context;
    context.deviceId = deviceId;
    context.nowMs = nowMs;
    context.localZone = localZone;
    readObject(object, context, -1, out);
    return out;
}

std::optional<MessageParser::Outcome> MessageParser::parseFlatObject(QByteArrayView json, const QString& deviceId,
                                                                     qint64 nowMs, const QTimeZone* localZone)
{
    const auto flat = FlatObject::read(json);
    if (!flat)
        return std::nullopt;
    Outcome out;
    Context context;
    context.deviceId = deviceId;
    context.nowMs = nowMs;
    context.localZone = localZone;
    readFields(*flat, context, -1, out);
    return out;
}

MessageParser::Outcome MessageParser::parse(const QByteArray& payload, qint64 nowMs)
{
    Outcome out;
    if (payload.size() > MaxPayloadBytes) {
        out.rejections.append(
            {-1,
             QCoreApplication::translate("MessageParser", "payload of %1 bytes is over the 1 MiB limit (not parsed)")
                 .arg(payload.size())});
        return out;
    }
    QByteArray bytes = payload;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (const auto flat = FlatObject::read(bytes)) {
        Context context;
        context.nowMs = nowMs;
        readFields(*flat, context, -1, out);
        return out;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::IllegalUTF8String) {
        out.rejections.append({-1, QCoreApplication::translate("MessageParser", "not UTF-8")});
        return out;
    }
    if (error.error != QJsonParseError::NoError) {
        // A number, string or literal alone is JSON, though not a document to QJsonDocument: say what it is.
        const QJsonDocument scalar = QJsonDocument::fromJson("[" + bytes + "]");
        if (scalar.isArray() && scalar.array().size() == 1) {
            out.rejections.append(
                {-1,
                 QCoreApplication::translate("MessageParser", "the message is %1, not a device message object")
                     .arg(kindOf(scalar.array().at(0)))});
            return out;
        }
        out.rejections.append({-1,
                               QCoreApplication::translate("MessageParser", "not JSON: %1 at byte %2")
                                   .arg(error.errorString())
                                   .arg(error.offset)});
        return out;
    }
    if (const auto name = conflictingMember(bytes)) {
        out.rejections.append({-1, conflictingMemberReason(*name)});
        return out;
    }
    Context context;
    context.nowMs = nowMs;
    if (doc.isArray()) {
        int i = 0;
        const QJsonArray items = doc.array();
        for (const auto& item : items) {
            if (item.isObject())
                readObject(item.toObject(), context, i, out);
            else
                out.rejections.append({-1, notAMessageReason(item, i + 1)});
            ++i;
        }
        if (items.isEmpty())
            out.rejections.append({-1, QCoreApplication::translate("MessageParser", "empty batch")});
    } else {
        readObject(doc.object(), context, -1, out);
    }
    out.notes += hubTimeNotes(out.atCreationTime, out.atArrivalTime);
    return out;
}

} // namespace pulsedesk
