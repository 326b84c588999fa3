#pragma once

#include "ingest/FlatObject.h"
#include "ingest/MessageParser.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QTimeZone>

#include <initializer_list>

/// The fields of one sample, the same whatever shape of message holds it (MessageParser).
namespace pulsedesk::messages {

/// What an enclosing message tells its samples.
struct Context
{
    QString deviceId; ///< from an enclosing object ({"deviceId", "samples": [...]})
    qint64 nowMs = 0;
    const QTimeZone* localZone = nullptr;
    QJsonValue fallbackTime {
        QJsonValue::Undefined}; ///< an Azure IoT Hub envelope's creation (or enqueued) time, for bodies without one
    bool fallbackIsArrival = false; ///< fallbackTime is the hub's arrival (enqueued) time
};

/// The first of several spellings present in the object.
QJsonValue field(const QJsonObject& o, std::initializer_list<const char*> names);
inline QJsonValue field(const FlatObject& o, std::initializer_list<const char*> names)
{
    return o.field(names);
}

/// Reads one sample object; appends to the outcome either the sample or the reason it was refused.
void readFields(const QJsonObject& o, const Context& context, int index, MessageParser::Outcome& out);
/// The same for a sample read straight from its text.
void readFields(const FlatObject& o, const Context& context, int index, MessageParser::Outcome& out);

} // namespace pulsedesk::messages
