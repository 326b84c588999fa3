#pragma once

#include "common/Result.h"
#include "import/ImportFormat.h"
#include "import/JsonStream.h"
#include "ingest/MessageParser.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

/// What the readers of import/formats share: the texts of records, numbers and units, the last checks of a record,
/// and the walk over the objects of a JSON file.
namespace pulsedesk::readers {

/// The most of a record's text kept in the quarantine.
constexpr qsizetype MaxRawBytes = 4096;

/// Text of the file inside a message: control characters escaped, cut to `maxChars`.
QString shown(QStringView text, qsizetype maxChars);

inline QByteArray clipped(const QByteArray& raw)
{
    return raw.size() > MaxRawBytes ? raw.left(MaxRawBytes) : raw;
}

/// A number, also when written as a string; NaN when absent or not a number.
inline double number(const QJsonValue& value)
{
    return MessageParser::number(value);
}

inline double celsiusFromFahrenheit(double fahrenheit)
{
    return (fahrenheit - 32) * 5 / 9;
}

/// Says once, when `used`, that times without a zone were read in the zone the nurse chose.
inline void noteLocalZone(RecordSink& sink, const ReaderOptions& options, bool used)
{
    if (used)
        sink.note(MessageParser::localZoneNote(options.zone));
}

/// Back to the file's first byte, for a reader that reads it from there; fails when the file cannot be read again.
Status rewind(QIODevice& device);

/// Line and column (in characters, from 1) of the first byte sequence of `device` that is not UTF-8, read from its
/// start; nothing when all of it is UTF-8 or it cannot be read again.
std::optional<std::pair<qint64, qint64>> firstInvalidUtf8(QIODevice& device);

/// Shared last checks of every reader: time within reason, values plausible (the live rules).
bool deliver(RecordSink& sink, ImportRecord&& record, const ReaderOptions& options, const QByteArray& raw);

/// What a reader does with an element of a JSON stream that is valid JSON but not an object.
enum class NonObjects
{
    Reject, ///< rejected: "a number, not <what the reader expects>" (the rejection has its line and column)
    PassEmpty, ///< handed over as an empty object; the reader decides
};

using ObjectHandler = std::function<bool(const QJsonObject& object, const JsonStream::Element& element)>;
/// Handles an element straight from its text when it can (what `handle` would return), nothing when not.
using TextHandler = std::function<std::optional<bool>(const JsonStream::Element& element)>;
/// Says why an element that is not an object is refused (NonObjects::Reject).
using NonObjectReason = std::function<QString(const JsonStream::Element& element, const QJsonValue& value)>;
/// Handles an empty array where elements would come (JsonStream::Element::isEmptyArray).
using EmptyHandler = std::function<bool(const JsonStream::Element& element)>;

struct EachObject
{
    NonObjects nonObjects = NonObjects::PassEmpty;
    NonObjectReason nonObjectReason = {};
    TextHandler shortcut = {};
    EmptyHandler empty = {}; ///< empty arrays are passed over without it
    bool quiet = false; ///< a first pass: objects with a member named twice are passed over, not rejected
};

/// Walks the stream, parsing each element into an object for `handle` (return false to stop), unless `shortcut`
/// handles it from its text. A syntax error fails the whole file, with its line and column; an object that names
/// a member twice with different values is rejected (QJsonDocument would keep the last one without a word).
Status eachObject(JsonStream& stream, RecordSink& sink, const EachObject& how, const ObjectHandler& handle);

} // namespace pulsedesk::readers
