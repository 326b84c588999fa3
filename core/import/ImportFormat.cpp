#include "import/ImportFormat.h"

#include "common/DisplayText.h"
#include "common/KeyTable.h"
#include "import/JsonStream.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <cctype>
#include <cmath>
#include <functional>
#include <limits>

namespace pulsedesk {

namespace {

constexpr KeyTable<ImportFormat, 7> kFormatKeys {{
    {ImportFormat::DeviceDump, "device-dump"},
    {ImportFormat::Fhir, "fhir"},
    {ImportFormat::OpenMHealth, "open-mhealth"},
    {ImportFormat::FitbitArchive, "fitbit"},
    {ImportFormat::FitbitCsv, "fitbit-csv"},
    {ImportFormat::AppleHealth, "apple-health"},
    {ImportFormat::VendorApi, "vendor-api"},
}};

constexpr qsizetype MaxRawBytes = 4096;

/// Text of the file inside a message: control characters escaped, cut to `maxChars`.
QString shown(QStringView text, qsizetype maxChars)
{
    return DisplayText::escaped(text, maxChars);
}

QByteArray clipped(const QByteArray& raw)
{
    return raw.size() > MaxRawBytes ? raw.left(MaxRawBytes) : raw;
}

double number(const QJsonValue& value)
{
    return MessageParser::number(value);
}

/// Shared last checks of every reader: time within reason, values plausible (the live rules).
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

// ---- The batch topic's dump -------------------------------------------------------------------------------

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

// ---- HL7 FHIR R4 ------------------------------------------------------------------------------------------

enum class Vital
{
    None,
    HeartRate,
    Spo2,
    Temperature,
    BloodPressure,
    Systolic,
    Diastolic,
};

/// The measurement an Observation's (or component's) code names, matched on any of its codings.
Vital vitalOf(const QJsonObject& code)
{
    static const QHash<QString, Vital> codes {
        {QStringLiteral("http://loinc.org|8867-4"), Vital::HeartRate},
        {QStringLiteral("urn:iso:std:iso:11073:10101|147842"), Vital::HeartRate}, // MDC_ECG_HEART_RATE
        {QStringLiteral("urn:iso:std:iso:11073:10101|149530"), Vital::HeartRate}, // MDC_PULS_OXIM_PULS_RATE
        {QStringLiteral("urn:iso:std:iso:11073:10101|149546"), Vital::HeartRate}, // MDC_PULS_RATE_NON_INV
        {QStringLiteral("http://snomed.info/sct|364075005"), Vital::HeartRate},
        {QStringLiteral("http://snomed.info/sct|78564009"), Vital::HeartRate},
        {QStringLiteral("http://loinc.org|2708-6"), Vital::Spo2},
        {QStringLiteral("http://loinc.org|59408-5"), Vital::Spo2},
        {QStringLiteral("urn:iso:std:iso:11073:10101|150456"), Vital::Spo2}, // MDC_PULS_OXIM_SAT_O2
        {QStringLiteral("http://loinc.org|8310-5"), Vital::Temperature},
        {QStringLiteral("http://loinc.org|8331-1"), Vital::Temperature},
        {QStringLiteral("urn:iso:std:iso:11073:10101|150364"), Vital::Temperature}, // MDC_TEMP_BODY
        {QStringLiteral("http://snomed.info/sct|56342008"), Vital::Temperature},
        {QStringLiteral("http://loinc.org|85354-9"), Vital::BloodPressure},
        {QStringLiteral("http://loinc.org|55284-4"), Vital::BloodPressure},
        {QStringLiteral("urn:iso:std:iso:11073:10101|150020"), Vital::BloodPressure}, // MDC_PRESS_BLD_NONINV
        {QStringLiteral("http://snomed.info/sct|271649006"), Vital::BloodPressure},
        {QStringLiteral("http://loinc.org|8480-6"), Vital::Systolic},
        {QStringLiteral("urn:iso:std:iso:11073:10101|150021"), Vital::Systolic},
        {QStringLiteral("http://loinc.org|8462-4"), Vital::Diastolic},
        {QStringLiteral("urn:iso:std:iso:11073:10101|150022"), Vital::Diastolic},
    };
    const QJsonArray codings = code.value(QLatin1String("coding")).toArray();
    for (qsizetype i = 0; i < codings.size(); ++i) {
        const QJsonObject c = codings.at(i).toObject();
        const QString k =
            c.value(QLatin1String("system")).toString() + QLatin1Char('|') + c.value(QLatin1String("code")).toString();
        if (const auto it = codes.constFind(k); it != codes.constEnd())
            return *it;
    }
    return Vital::None;
}

QString codeLabel(const QJsonObject& code)
{
    QString text = code.value(QLatin1String("text")).toString();
    const QJsonArray codings = code.value(QLatin1String("coding")).toArray();
    if (text.isEmpty() && !codings.isEmpty()) {
        const QJsonObject c = codings.at(0).toObject();
        text = c.value(QLatin1String("display")).toString();
        if (text.isEmpty())
            text = c.value(QLatin1String("code")).toString();
    }
    return text.isEmpty() ? QCoreApplication::translate("ImportFormat", "unnamed observation") : shown(text, 60);
}

/// Converts a Quantity to PulseDesk's unit for `vital`, trusting the UCUM code before the display unit.
bool quantityValue(const QJsonObject& q, Vital vital, double* out, QString* why)
{
    const double value = number(q.value(QLatin1String("value")));
    if (std::isnan(value)) {
        *why = QCoreApplication::translate("ImportFormat", "the quantity has no number");
        return false;
    }
    QString unit = q.value(QLatin1String("code")).toString().trimmed();
    if (unit.isEmpty())
        unit = q.value(QLatin1String("unit")).toString().trimmed();
    static const QStringList perMinute {
        QStringLiteral("/min"),         QStringLiteral("{beat}/min"), QStringLiteral("{beats}/min"),
        QStringLiteral("count/min"),    QStringLiteral("1/min"),      QStringLiteral("beats/min"),
        QStringLiteral("beats/minute"), QStringLiteral("bpm"),        QStringLiteral("264864")}; // MDC_DIM_BEAT_PER_MIN
    switch (vital) {
    case Vital::HeartRate:
        if (!perMinute.contains(unit)) {
            *why = QCoreApplication::translate("ImportFormat", "heart rate in unit '%1', not per minute")
                       .arg(shown(unit, 20));
            return false;
        }
        *out = value;
        return true;
    case Vital::Spo2:
        if (unit != QLatin1String("%") && unit != QLatin1String("262688")) { // MDC_DIM_PERCENT
            *why = QCoreApplication::translate("ImportFormat", "oxygen saturation in unit '%1', not %")
                       .arg(shown(unit, 20));
            return false;
        }
        *out = value;
        return true;
    case Vital::Temperature:
        if (unit == QLatin1String("Cel") || unit == QLatin1String("C") || unit == QLatin1String("degC")
            || unit == QLatin1String("268192")) {
            *out = value;
            return true;
        }
        if (unit == QLatin1String("[degF]") || unit == QLatin1String("F") || unit == QLatin1String("degF")
            || unit == QLatin1String("266560")) {
            *out = (value - 32) * 5 / 9;
            return true;
        }
        *why = QCoreApplication::translate("ImportFormat", "temperature in unit '%1'").arg(shown(unit, 20));
        return false;
    case Vital::Systolic:
    case Vital::Diastolic:
        if (unit != QLatin1String("mm[Hg]") && unit != QLatin1String("mmHg") && unit != QLatin1String("266016")) {
            *why = QCoreApplication::translate("ImportFormat", "blood pressure in unit '%1', not mmHg")
                       .arg(shown(unit, 20));
            return false;
        }
        *out = value;
        return true;
    case Vital::BloodPressure:
    case Vital::None:
        break;
    }
    *why = QCoreApplication::translate("ImportFormat", "no value PulseDesk can use");
    return false;
}

QString absentReason(const QJsonObject& o)
{
    const QJsonObject dar = o.value(QLatin1String("dataAbsentReason")).toObject();
    if (dar.isEmpty())
        return {};
    const QJsonArray codings = dar.value(QLatin1String("coding")).toArray();
    const QString code = codings.isEmpty() ? dar.value(QLatin1String("text")).toString()
                                           : codings.at(0).toObject().value(QLatin1String("code")).toString();
    return QCoreApplication::translate("ImportFormat", "no value: data absent (%1)")
        .arg(code.isEmpty() ? QCoreApplication::translate("ImportFormat", "no reason given") : shown(code, 40));
}

/// FHIR dateTime/instant with a time of day; a date alone cannot be placed on the chart.
bool fhirTime(const QString& text, const QTimeZone& zone, qint64* ms, QString* why, bool* usedZone)
{
    if (text.size() <= 10) {
        *why = QCoreApplication::translate("ImportFormat", "effective time '%1' is a date without a time of day")
                   .arg(shown(text, 30));
        return false;
    }
    return MessageParser::parseTimestamp(QJsonValue(text), ms, why, &zone, usedZone);
}

struct FhirContext
{
    const ReaderOptions& options;
    RecordSink& sink;
    bool usedZone = false;
};

bool readObservation(const QJsonObject& o, const JsonStream::Element& at, FhirContext& context)
{
    RecordSink& sink = context.sink;
    const auto reject = [&](const QString& why) { return sink.reject({at.line, at.column, why, clipped(at.bytes)}); };
    const QJsonObject code = o.value(QLatin1String("code")).toObject();
    const Vital vital = vitalOf(code);
    if (vital == Vital::None || vital == Vital::Systolic || vital == Vital::Diastolic) {
        sink.skipped(codeLabel(code));
        return true;
    }
    const QString status = o.value(QLatin1String("status")).toString();
    if (status == QLatin1String("cancelled") || status == QLatin1String("entered-in-error"))
        return reject(QCoreApplication::translate("ImportFormat", "status '%1': not a valid measurement").arg(status));
    static const QStringList usable {QStringLiteral("final"), QStringLiteral("amended"), QStringLiteral("corrected"),
                                     QStringLiteral("preliminary")};
    if (!usable.contains(status))
        return reject(
            QCoreApplication::translate("ImportFormat", "status '%1': no result to import").arg(shown(status, 30)));

    QString why;
    qint64 ms = 0;
    QString effective = o.value(QLatin1String("effectiveDateTime")).toString();
    if (effective.isEmpty())
        effective = o.value(QLatin1String("effectiveInstant")).toString();
    if (effective.isEmpty())
        effective = o.value(QLatin1String("effectivePeriod")).toObject().value(QLatin1String("start")).toString();
    if (effective.isEmpty())
        return reject(QCoreApplication::translate(
            "ImportFormat", "no effective time (the release time 'issued' is not the time of measurement)"));
    if (!fhirTime(effective, context.options.zone, &ms, &why, &context.usedZone))
        return reject(why);

    const QString device = o.value(QLatin1String("device")).toObject().value(QLatin1String("reference")).toString();
    ImportRecord record {{}, device, at.line, at.column};
    record.sample.timestampMs = ms;

    if (vital == Vital::BloodPressure) {
        const QJsonArray components = o.value(QLatin1String("component")).toArray();
        for (qsizetype i = 0; i < components.size(); ++i) {
            const QJsonObject c = components.at(i).toObject();
            const Vital part = vitalOf(c.value(QLatin1String("code")).toObject());
            if (part != Vital::Systolic && part != Vital::Diastolic)
                continue;
            if (const QString absent = absentReason(c); !absent.isEmpty())
                return reject(absent);
            double value = 0;
            if (!quantityValue(c.value(QLatin1String("valueQuantity")).toObject(), part, &value, &why))
                return reject(why);
            (part == Vital::Systolic ? record.sample.systolic : record.sample.diastolic) = value;
        }
        if (const QString absent = absentReason(o); !absent.isEmpty() && !Sample::has(record.sample.systolic))
            return reject(absent);
        return deliver(sink, std::move(record), context.options, at.bytes);
    }

    if (const QString absent = absentReason(o); !absent.isEmpty())
        return reject(absent);
    double* slot = vital == Vital::HeartRate ? &record.sample.heartRate
        : vital == Vital::Spo2               ? &record.sample.spo2
                                             : &record.sample.temperatureC;
    if (o.contains(QLatin1String("valueQuantity"))) {
        double value = 0;
        if (!quantityValue(o.value(QLatin1String("valueQuantity")).toObject(), vital, &value, &why))
            return reject(why);
        *slot = value;
        return deliver(sink, std::move(record), context.options, at.bytes);
    }
    if (o.contains(QLatin1String("valueSampledData"))) {
        // A series in one resource: value i = origin + factor × token i, at effective + i × period ms.
        const QJsonObject sd = o.value(QLatin1String("valueSampledData")).toObject();
        double origin = 0;
        if (!quantityValue(sd.value(QLatin1String("origin")).toObject(), vital, &origin, &why))
            return reject(why);
        const double period = number(sd.value(QLatin1String("period")));
        const double factor = sd.contains(QLatin1String("factor")) ? number(sd.value(QLatin1String("factor"))) : 1.0;
        const int dimensions = qMax(1, sd.value(QLatin1String("dimensions")).toInt(1));
        if (std::isnan(period) || period <= 0 || std::isnan(factor))
            return reject(
                QCoreApplication::translate("ImportFormat", "sampled data without a usable period or factor"));
        if (dimensions != 1)
            return reject(QCoreApplication::translate(
                              "ImportFormat", "sampled data with %1 dimensions (a waveform, not a heart-rate series)")
                              .arg(dimensions));
        const QStringList tokens =
            sd.value(QLatin1String("data")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            ImportRecord point {{}, device, at.line, at.column};
            point.sample.timestampMs = ms + std::llround(static_cast<double>(i) * period);
            bool ok = false;
            const double token = tokens.at(i).toDouble(&ok);
            if (!ok) {
                const QString& t = tokens.at(i);
                const QString reason = t == QLatin1String("E")
                    ? QCoreApplication::translate("ImportFormat", "sampled data point %1: error marker E").arg(i)
                    : t == QLatin1String("L")
                    ? QCoreApplication::translate("ImportFormat",
                                                  "sampled data point %1: below the device's lower limit (L)")
                          .arg(i)
                    : t == QLatin1String("U")
                    ? QCoreApplication::translate("ImportFormat",
                                                  "sampled data point %1: above the device's upper limit (U)")
                          .arg(i)
                    : QCoreApplication::translate("ImportFormat", "sampled data point %1: '%2' is not a number")
                          .arg(i)
                          .arg(shown(t, 20));
                if (!sink.reject({at.line, at.column, reason, clipped(at.bytes)}))
                    return false;
                continue;
            }
            double* pointSlot = vital == Vital::HeartRate ? &point.sample.heartRate
                : vital == Vital::Spo2                    ? &point.sample.spo2
                                                          : &point.sample.temperatureC;
            *pointSlot = origin + factor * token;
            if (!deliver(sink, std::move(point), context.options, at.bytes))
                return false;
        }
        return true;
    }
    return reject(QCoreApplication::translate("ImportFormat", "no value and no reason for its absence"));
}

Status readFhir(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    JsonStream stream(device, {QStringLiteral("entry")});
    auto header = stream.header();
    if (!header)
        return header.error();
    FhirContext context {options, sink};

    // First pass: the Bundle's Device resources, so that an Observation's device reference can be matched by the
    // device's identifiers whatever the order of the entries. What is wrong with an entry is said by the second.
    if (stream.hasStreamedArray()) {
        EachObject quiet;
        quiet.quiet = true;
        QHash<QString, QStringList> aliases;
        const Status walked =
            eachObject(stream, sink, quiet, [&](const QJsonObject& entry, const JsonStream::Element&) {
                const QJsonObject resource = entry.value(QLatin1String("resource")).toObject();
                if (resource.value(QLatin1String("resourceType")).toString() != QLatin1String("Device"))
                    return true;
                QStringList names;
                const QJsonArray identifiers = resource.value(QLatin1String("identifier")).toArray();
                for (qsizetype i = 0; i < identifiers.size(); ++i)
                    names.append(identifiers.at(i).toObject().value(QLatin1String("value")).toString());
                names.append(resource.value(QLatin1String("serialNumber")).toString());
                const QString id = resource.value(QLatin1String("id")).toString();
                names.append(id);
                names.removeAll(QString());
                const QString fullUrl = entry.value(QLatin1String("fullUrl")).toString();
                if (!fullUrl.isEmpty())
                    aliases[fullUrl] += names;
                if (!id.isEmpty())
                    aliases[QStringLiteral("Device/") + id] += names;
                return true;
            });
        if (!walked)
            return walked;
        for (auto it = aliases.cbegin(); it != aliases.cend(); ++it)
            sink.deviceAliases(it.key(), it.value());
    }

    const Status walked =
        eachObject(stream, sink, {}, [&](const QJsonObject& object, const JsonStream::Element& element) {
            const QJsonObject resource =
                element.container.isEmpty() ? object : object.value(QLatin1String("resource")).toObject();
            const QString type = resource.value(QLatin1String("resourceType")).toString();
            if (type == QLatin1String("Observation"))
                return readObservation(resource, element, context);
            if (type == QLatin1String("Bundle") && element.container.isEmpty()) {
                // A small Bundle written without the streamed layout (entries nested deeper): walk it in memory.
                const QJsonArray entries = resource.value(QLatin1String("entry")).toArray();
                for (qsizetype i = 0; i < entries.size(); ++i) {
                    const QJsonObject r = entries.at(i).toObject().value(QLatin1String("resource")).toObject();
                    if (r.value(QLatin1String("resourceType")).toString() == QLatin1String("Observation")
                        && !readObservation(r, element, context))
                        return false;
                }
                return true;
            }
            if (type.isEmpty())
                return sink.reject({element.line, element.column,
                                    QCoreApplication::translate("ImportFormat", "not a FHIR resource"),
                                    clipped(element.bytes)});
            if (type != QLatin1String("Device"))
                sink.skipped(shown(type, 60));
            return true;
        });
    if (context.usedZone)
        sink.note(MessageParser::localZoneNote(options.zone));
    return walked;
}

// ---- Open mHealth -----------------------------------------------------------------------------------------

bool readOmhPoint(const QJsonObject& point, const JsonStream::Element& at, const ReaderOptions& options,
                  RecordSink& sink, bool* usedZone)
{
    const auto reject = [&](const QString& why) { return sink.reject({at.line, at.column, why, clipped(at.bytes)}); };
    const bool wrapped = point.contains(QLatin1String("body"));
    const QJsonObject header = point.value(QLatin1String("header")).toObject();
    const QJsonObject body = wrapped ? point.value(QLatin1String("body")).toObject() : point;
    ImportRecord record {{}, {}, at.line, at.column};
    record.sourceDevice =
        header.value(QLatin1String("acquisition_provenance")).toObject().value(QLatin1String("source_name")).toString();

    const auto measure = [&body](const char* name) { return body.value(QLatin1String(name)).toObject(); };
    QString unit;
    if (const QJsonObject hr = measure("heart_rate"); !hr.isEmpty()) {
        record.sample.heartRate = number(hr.value(QLatin1String("value")));
        unit = hr.value(QLatin1String("unit")).toString();
        if (unit != QLatin1String("beats/min"))
            return reject(QCoreApplication::translate("ImportFormat", "heart rate in unit '%1', not beats/min")
                              .arg(shown(unit, 20)));
    } else if (const QJsonObject spo2 = measure("oxygen_saturation"); !spo2.isEmpty()) {
        record.sample.spo2 = number(spo2.value(QLatin1String("value")));
        if (spo2.value(QLatin1String("unit")).toString() != QLatin1String("%"))
            return reject(QCoreApplication::translate("ImportFormat", "oxygen saturation not in %"));
    } else if (const QJsonObject temp = measure("body_temperature"); !temp.isEmpty()) {
        const double v = number(temp.value(QLatin1String("value")));
        unit = temp.value(QLatin1String("unit")).toString();
        record.sample.temperatureC = unit == QLatin1String("C") ? v
            : unit == QLatin1String("F")                        ? (v - 32) * 5 / 9
            : unit == QLatin1String("K")                        ? v - 273.15
                                                                : Sample::Missing;
        if (!Sample::has(record.sample.temperatureC))
            return reject(QCoreApplication::translate("ImportFormat", "temperature in unit '%1'").arg(shown(unit, 20)));
    } else if (const QJsonObject sys = measure("systolic_blood_pressure"); !sys.isEmpty()) {
        record.sample.systolic = number(sys.value(QLatin1String("value")));
        record.sample.diastolic = number(measure("diastolic_blood_pressure").value(QLatin1String("value")));
    } else {
        const QString name =
            header.value(QLatin1String("schema_id")).toObject().value(QLatin1String("name")).toString();
        sink.skipped(name.isEmpty() ? QCoreApplication::translate("ImportFormat", "Open mHealth data of another kind")
                                    : shown(name, 60));
        return true;
    }
    if (!Sample::has(record.sample.heartRate) && !Sample::has(record.sample.spo2)
        && !Sample::has(record.sample.temperatureC) && !Sample::has(record.sample.systolic))
        return reject(QCoreApplication::translate("ImportFormat", "the value is not a number"));

    const QJsonObject frame = body.value(QLatin1String("effective_time_frame")).toObject();
    if (const QString statistic = body.value(QLatin1String("descriptive_statistic")).toString(); !statistic.isEmpty())
        return reject(QCoreApplication::translate("ImportFormat", "a %1 over a period, not a single measurement")
                          .arg(shown(statistic, 30)));
    QJsonValue time = frame.value(QLatin1String("date_time"));
    if (time.isUndefined()) {
        const QJsonObject interval = frame.value(QLatin1String("time_interval")).toObject();
        if (!interval.isEmpty())
            return reject(
                QCoreApplication::translate("ImportFormat", "measured over a time interval, not at one time"));
        return reject(QCoreApplication::translate("ImportFormat", "no effective time frame"));
    }
    QString why;
    if (!MessageParser::parseTimestamp(time, &record.sample.timestampMs, &why, &options.zone, usedZone))
        return reject(why);
    return deliver(sink, std::move(record), options, at.bytes);
}

Status readOpenMHealth(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    JsonStream stream(device, {});
    bool usedZone = false;
    EachObject how;
    how.nonObjects = NonObjects::Reject;
    how.nonObjectReason = [](const JsonStream::Element&, const QJsonValue& value) {
        return QCoreApplication::translate("ImportFormat", "%1, not an Open mHealth data point")
            .arg(MessageParser::kindOf(value));
    };
    const Status walked =
        eachObject(stream, sink, how, [&](const QJsonObject& object, const JsonStream::Element& element) {
            return readOmhPoint(object, element, options, sink, &usedZone);
        });
    if (usedZone)
        sink.note(MessageParser::localZoneNote(options.zone));
    return walked;
}

// ---- Fitbit -----------------------------------------------------------------------------------------------

/// "12/28/15 13:00:00": month/day/two-digit year, 24 h, no zone.
bool fitbitTime(const QString& text, const QTimeZone& zone, qint64* ms)
{
    static const QRegularExpression re(QStringLiteral("^(\\d\\d)/(\\d\\d)/(\\d\\d) (\\d\\d):(\\d\\d):(\\d\\d)$"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return false;
    const QDate date(2000 + m.captured(3).toInt(), m.captured(1).toInt(), m.captured(2).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return false;
    *ms = QDateTime(date, time, zone).toMSecsSinceEpoch();
    return true;
}

Status readFitbitArchive(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    JsonStream stream(device, {});
    bool any = false;
    EachObject how;
    how.nonObjects = NonObjects::Reject;
    const Status walked =
        eachObject(stream, sink, how, [&](const QJsonObject& object, const JsonStream::Element& element) {
            const auto reject = [&](const QString& why) {
                return sink.reject({element.line, element.column, why, clipped(element.bytes)});
            };
            const QString when = object.value(QLatin1String("dateTime")).toString();
            const QJsonObject value = object.value(QLatin1String("value")).toObject();
            if (!value.contains(QLatin1String("bpm"))) {
                sink.skipped(QCoreApplication::translate("ImportFormat", "Fitbit daily summary"));
                return true;
            }
            ImportRecord record {{}, QStringLiteral("Fitbit"), element.line, element.column};
            if (!fitbitTime(when, options.zone, &record.sample.timestampMs))
                return reject(QCoreApplication::translate("ImportFormat", "time '%1' is not MM/DD/YY hh:mm:ss")
                                  .arg(shown(when, 30)));
            any = true;
            // Confidence 0 marks a reading without signal (the device not worn, often a run of 70s).
            if (value.contains(QLatin1String("confidence")) && value.value(QLatin1String("confidence")).toInt() == 0)
                return reject(QCoreApplication::translate("ImportFormat", "no valid reading (Fitbit confidence 0)"));
            record.sample.heartRate = number(value.value(QLatin1String("bpm")));
            return deliver(sink, std::move(record), options, element.bytes);
        });
    if (any)
        sink.note(MessageParser::localZoneNote(options.zone));
    return walked;
}

Status readFitbitCsv(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    if (!device.seek(0))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("ImportFormat", "the file cannot be read again")};
    QByteArray first = device.readLine();
    if (first.startsWith("\xEF\xBB\xBF"))
        first.remove(0, 3);
    const QString header = QString::fromUtf8(first).trimmed().toLower();
    const bool fitabase = header.startsWith(QLatin1String("id,time,value"));
    const bool takeout = header.startsWith(QLatin1String("timestamp,beats per minute"));
    if (!fitabase && !takeout)
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("ImportFormat",
                                        "line 1: expected the header 'Id,Time,Value' or 'timestamp,beats per minute'")};
    qint64 line = 1;
    while (!device.atEnd()) {
        const QByteArray raw = device.readLine();
        ++line;
        const QString text = QString::fromUtf8(raw).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList cells = text.split(QLatin1Char(','));
        const auto reject = [&](const QString& why) { return sink.reject({line, 1, why, clipped(raw)}); };
        if (cells.size() < (fitabase ? 3 : 2)) {
            if (!reject(QCoreApplication::translate("ImportFormat", "expected %1 columns").arg(fitabase ? 3 : 2)))
                break;
            continue;
        }
        ImportRecord record {{}, {}, line, 1};
        bool ok = false;
        if (fitabase) {
            record.sourceDevice = QStringLiteral("Fitbit ") + cells.at(0).trimmed();
            QDateTime t = QDateTime::fromString(cells.at(1).trimmed(), QStringLiteral("M/d/yyyy h:mm:ss AP"));
            ok = t.isValid();
            if (ok) {
                t = QDateTime(t.date(), t.time(), options.zone);
                record.sample.timestampMs = t.toMSecsSinceEpoch();
            }
            record.sample.heartRate = cells.at(2).trimmed().toDouble();
        } else {
            record.sourceDevice = cells.size() > 2 ? cells.at(2).trimmed() : QStringLiteral("Fitbit");
            QString why;
            ok = MessageParser::parseTimestamp(QJsonValue(cells.at(0).trimmed()), &record.sample.timestampMs, &why,
                                               &options.zone);
            record.sample.heartRate = cells.at(1).trimmed().toDouble();
        }
        if (!ok) {
            if (!reject(QCoreApplication::translate("ImportFormat", "time '%1' cannot be read")
                            .arg(shown(cells.at(fitabase ? 1 : 0), 30))))
                break;
            continue;
        }
        if (!deliver(sink, std::move(record), options, raw))
            break;
    }
    if (fitabase)
        sink.note(MessageParser::localZoneNote(options.zone));
    return {};
}

// ---- Apple Health -----------------------------------------------------------------------------------------

/// "2018-09-10 02:28:55 -0700"
bool appleTime(QStringView text, qint64* ms)
{
    if (text.size() < 25 || text.at(19) != QLatin1Char(' '))
        return false;
    const QDateTime local = QDateTime::fromString(text.left(19).toString(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    const QStringView offset = text.mid(20);
    if (!local.isValid() || offset.size() != 5
        || (offset.at(0) != QLatin1Char('+') && offset.at(0) != QLatin1Char('-')))
        return false;
    bool okH = false;
    bool okM = false;
    const int hours = offset.mid(1, 2).toInt(&okH);
    const int minutes = offset.mid(3, 2).toInt(&okM);
    if (!okH || !okM)
        return false;
    const int seconds = (offset.at(0) == QLatin1Char('-') ? -1 : 1) * (hours * 3600 + minutes * 60);
    *ms = QDateTime(local.date(), local.time(), QTimeZone(seconds)).toMSecsSinceEpoch();
    return true;
}

/// The internal entities of an XML file's document type, read from its bytes before any XML parser sees them:
/// a parser expands entities as it goes, parameter entities while it reads the document type itself.
class EntityCheck
{
public:
    static constexpr qint64 MaxPrologBytes = 8 * 1024 * 1024;
    static constexpr qint64 MinExpansionCap = 64 * 1024 * 1024;

    /// Why the file is refused, or nothing: parameter entities, a document type over 8 MiB, or internal
    /// entities whose expansion could exceed the larger of 64 MiB and 8 times the file (each entity's full
    /// expansion, entities inside entities followed, times the references the file has room for).
    /// Reads the start of `device` (at its start) and leaves it there again.
    static std::optional<QString> refusal(QIODevice& device)
    {
        const qint64 fileBytes = device.size();
        const QByteArray prolog = device.read(MaxPrologBytes);
        if (!device.seek(0))
            return QCoreApplication::translate("ImportFormat", "the file cannot be read again");
        EntityCheck check(prolog);
        const qint64 cap = qMax(MinExpansionCap, 8 * fileBytes);
        switch (check.read()) {
        case Read::Done:
            break;
        case Read::ParameterEntity:
            return QCoreApplication::translate(
                "ImportFormat",
                "the file's document type uses parameter entities (an Apple Health export does not); not read");
        case Read::TooLong:
            return prolog.size() < MaxPrologBytes
                ? std::nullopt // the file ends inside its document type: the XML reader says where
                : std::optional(QCoreApplication::translate("ImportFormat",
                                                            "the file's document type is over 8 MiB (an Apple "
                                                            "Health export's is a few KiB); not read"));
        }
        if (check.worstExpansion(fileBytes, cap) > cap)
            return QCoreApplication::translate("ImportFormat",
                                               "the file declares entities that could expand its text to more than "
                                               "%1 MiB (an Apple Health export declares none); not read")
                .arg(cap / (1024 * 1024));
        return std::nullopt;
    }

private:
    enum class Read
    {
        Done,
        ParameterEntity,
        TooLong, ///< the document type goes on past what was read
    };
    static constexpr int MaxNesting = 16;

    explicit EntityCheck(const QByteArray& bytes)
        : m_bytes(bytes)
    { }

    bool at(const char* text) const { return QByteArrayView(m_bytes).sliced(m_pos).startsWith(text); }
    void skipSpace()
    {
        while (m_pos < m_bytes.size() && std::isspace(static_cast<unsigned char>(m_bytes.at(m_pos))))
            ++m_pos;
    }
    /// Past `end`; false when it does not come.
    bool skipPast(const char* end)
    {
        const qsizetype found = m_bytes.indexOf(end, m_pos);
        if (found < 0)
            return false;
        m_pos = found + qstrlen(end);
        return true;
    }
    /// Past the '>' that closes a declaration, quoted text skipped.
    bool skipDeclaration()
    {
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos++);
            if (c == '>')
                return true;
            if ((c == '"' || c == '\'') && !skipPast(c == '"' ? "\"" : "'"))
                return false;
        }
        return false;
    }
    /// A name, as a view of the bytes read (the keys of m_values).
    QByteArrayView name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size() && !std::isspace(static_cast<unsigned char>(m_bytes.at(m_pos)))
               && m_bytes.at(m_pos) != '"' && m_bytes.at(m_pos) != '\'' && m_bytes.at(m_pos) != '>')
            ++m_pos;
        return QByteArrayView(m_bytes).sliced(start, m_pos - start);
    }

    Read read()
    {
        if (at("\xEF\xBB\xBF"))
            m_pos += 3;
        // The prolog: declaration, comments and processing instructions, then the document type or the root.
        for (;;) {
            skipSpace();
            if (at("<?")) {
                if (!skipPast("?>"))
                    return Read::TooLong;
            } else if (at("<!--")) {
                if (!skipPast("-->"))
                    return Read::TooLong;
            } else if (at("<!DOCTYPE")) {
                break;
            } else {
                return Read::Done; // the root element (or not XML): no document type
            }
        }
        // Up to the internal subset, quoted identifiers skipped.
        for (;;) {
            if (m_pos >= m_bytes.size())
                return Read::TooLong;
            const char c = m_bytes.at(m_pos++);
            if (c == '>')
                return Read::Done;
            if (c == '[')
                break;
            if ((c == '"' || c == '\'') && !skipPast(c == '"' ? "\"" : "'"))
                return Read::TooLong;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_bytes.size())
                return Read::TooLong;
            if (at("]"))
                return Read::Done;
            if (at("%"))
                return Read::ParameterEntity;
            if (at("<!--")) {
                if (!skipPast("-->"))
                    return Read::TooLong;
                continue;
            }
            if (at("<?")) {
                if (!skipPast("?>"))
                    return Read::TooLong;
                continue;
            }
            if (at("<!ENTITY")) {
                m_pos += 8;
                skipSpace();
                if (at("%"))
                    return Read::ParameterEntity;
                const QByteArrayView entity = name();
                skipSpace();
                if (m_pos < m_bytes.size() && (m_bytes.at(m_pos) == '"' || m_bytes.at(m_pos) == '\'')) {
                    const char quote[2] = {m_bytes.at(m_pos), '\0'};
                    const qsizetype start = ++m_pos;
                    if (!skipPast(quote))
                        return Read::TooLong;
                    if (!m_values.contains(entity)) // the first declaration counts
                        m_values.insert(entity, QByteArrayView(m_bytes).sliced(start, m_pos - 1 - start));
                } // else SYSTEM or PUBLIC: external, never fetched
                if (!skipDeclaration())
                    return Read::TooLong;
                continue;
            }
            if (at("<!")) {
                if (!skipDeclaration())
                    return Read::TooLong;
                continue;
            }
            return Read::Done; // not a declaration: the XML reader says what is wrong
        }
    }

    qint64 expanded(QByteArrayView entity, int depth, qint64 cap)
    {
        if (const auto it = m_lengths.constFind(entity); it != m_lengths.constEnd())
            return *it;
        if (depth > MaxNesting)
            return cap + 1; // nested deeper than any real document, or referring to itself
        const QByteArrayView value = m_values.value(entity);
        qint64 length = 0;
        for (qsizetype i = 0; i < value.size() && length <= cap; ++i) {
            const qsizetype end = value.at(i) == '&' ? value.indexOf(';', i) : -1;
            const QByteArrayView inner = end > i ? value.sliced(i + 1, end - i - 1) : QByteArrayView();
            if (end > i && m_values.contains(inner)) {
                length += expanded(inner, depth + 1, cap);
                i = end;
            } else {
                ++length;
            }
        }
        length = qMin(length, cap + 1);
        m_lengths.insert(entity, length);
        return length;
    }

    qint64 worstExpansion(qint64 fileBytes, qint64 cap)
    {
        if (m_values.isEmpty())
            return 0;
        qint64 longest = 0;
        qsizetype shortestName = std::numeric_limits<qsizetype>::max();
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            longest = qMax(longest, expanded(it.key(), 0, cap));
            shortestName = qMin(shortestName, it.key().size());
        }
        const qint64 references = fileBytes / (shortestName + 2) + 1; // "&name;"
        return longest > 0 && references > cap / longest ? cap + 1 : longest * references;
    }

    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    QHash<QByteArrayView, QByteArrayView> m_values;
    QHash<QByteArrayView, qint64> m_lengths;
};

Status readAppleHealth(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    if (!device.seek(0))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("ImportFormat", "the file cannot be read again")};
    // QXmlStreamReader never fetches external entities; the internal DTD of the export is read and ignored, but
    // internal entities are expanded as they are referenced: a file whose text could grow out of measure is
    // refused before anything is expanded (Apple Health itself declares no entity).
    if (const std::optional<QString> refused = EntityCheck::refusal(device))
        return Error {Error::Code::Invalid, *refused};
    QXmlStreamReader xml(&device);
    xml.setEntityExpansionLimit(1024);
    int depth = 0;
    bool inCorrelation = false;
    ImportRecord pressure;
    QByteArray pressureRaw;
    QHash<QString, qint64> skippedKinds;
    const auto rawOf = [](const QXmlStreamAttributes& attributes) {
        QByteArray raw("<Record");
        for (const QXmlStreamAttribute& a : attributes)
            raw += ' ' + a.name().toUtf8() + "=\"" + a.value().toUtf8() + '"';
        return raw + "/>";
    };
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == QLatin1String("Correlation") && inCorrelation) {
                inCorrelation = false;
                if (Sample::has(pressure.sample.systolic) || Sample::has(pressure.sample.diastolic))
                    if (!deliver(sink, ImportRecord(pressure), options, pressureRaw))
                        return {};
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("Correlation")) {
            if (a.value(QLatin1String("type")) == QLatin1String("HKCorrelationTypeIdentifierBloodPressure")) {
                inCorrelation = true;
                pressure = ImportRecord {
                    {}, a.value(QLatin1String("sourceName")).toString(), xml.lineNumber(), xml.columnNumber()};
                pressureRaw = rawOf(a);
                if (!appleTime(a.value(QLatin1String("startDate")), &pressure.sample.timestampMs)) {
                    inCorrelation = false;
                    if (!sink.reject({pressure.line, pressure.column,
                                      QCoreApplication::translate("ImportFormat",
                                                                  "start date '%1' is not 'yyyy-MM-dd hh:mm:ss ±hhmm'")
                                          .arg(shown(a.value(QLatin1String("startDate")), 30)),
                                      pressureRaw}))
                        return {};
                }
            }
            continue;
        }
        if (xml.name() != QLatin1String("Record"))
            continue;
        const QStringView type = a.value(QLatin1String("type"));
        const bool systolic = type == QLatin1String("HKQuantityTypeIdentifierBloodPressureSystolic");
        const bool diastolic = type == QLatin1String("HKQuantityTypeIdentifierBloodPressureDiastolic");
        if (systolic || diastolic) {
            // Blood pressure is read from its correlation; the DTD says every child also appears at the top.
            if (inCorrelation) {
                const double v = a.value(QLatin1String("value")).toDouble();
                (systolic ? pressure.sample.systolic : pressure.sample.diastolic) = v;
            }
            continue;
        }
        const bool heartRate = type == QLatin1String("HKQuantityTypeIdentifierHeartRate");
        const bool spo2 = type == QLatin1String("HKQuantityTypeIdentifierOxygenSaturation");
        const bool temperature = type == QLatin1String("HKQuantityTypeIdentifierBodyTemperature");
        if (!heartRate && !spo2 && !temperature) {
            ++skippedKinds[type.toString()];
            continue;
        }
        ImportRecord record {{}, a.value(QLatin1String("sourceName")).toString(), xml.lineNumber(), xml.columnNumber()};
        const QByteArray raw = rawOf(a);
        const auto reject = [&](const QString& why) { return sink.reject({record.line, record.column, why, raw}); };
        if (!appleTime(a.value(QLatin1String("startDate")), &record.sample.timestampMs)) {
            if (!reject(
                    QCoreApplication::translate("ImportFormat", "start date '%1' is not 'yyyy-MM-dd hh:mm:ss ±hhmm'")
                        .arg(shown(a.value(QLatin1String("startDate")), 30))))
                return {};
            continue;
        }
        bool ok = false;
        const double value = a.value(QLatin1String("value")).toDouble(&ok);
        if (!ok) {
            if (!reject(QCoreApplication::translate("ImportFormat", "value '%1' is not a number")
                            .arg(shown(a.value(QLatin1String("value")), 20))))
                return {};
            continue;
        }
        const QStringView unit = a.value(QLatin1String("unit"));
        if (heartRate) {
            if (unit != QLatin1String("count/min")) {
                if (!reject(QCoreApplication::translate("ImportFormat", "heart rate in unit '%1', not count/min")
                                .arg(shown(unit, 20))))
                    return {};
                continue;
            }
            record.sample.heartRate = value;
        } else if (spo2) {
            record.sample.spo2 = value; // often a fraction despite the unit "%": checkPlausible() converts it
        } else {
            record.sample.temperatureC = unit == QLatin1String("degF") ? (value - 32) * 5 / 9 : value;
        }
        if (!deliver(sink, std::move(record), options, raw))
            return {};
    }
    for (auto it = skippedKinds.cbegin(); it != skippedKinds.cend(); ++it)
        for (qint64 i = 0; i < it.value(); ++i)
            sink.skipped(shown(it.key(), 80));
    if (xml.hasError())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ImportFormat", "invalid XML at line %1, column %2: %3")
                          .arg(xml.lineNumber())
                          .arg(xml.columnNumber())
                          .arg(xml.errorString())};
    return {};
}

// ---- Vendor cloud API responses -----------------------------------------------------------------------------

/// Where each record of a whole-file JSON starts: the n-th occurrence of a text that opens it, searched forward
/// from the previous record, so that rejections point at the right line.
class Locator
{
public:
    explicit Locator(const QByteArray& bytes)
        : m_bytes(bytes)
    { }
    std::pair<qint64, qint64> find(const QByteArray& needle)
    {
        const qsizetype at = needle.isEmpty() ? -1 : m_bytes.indexOf(needle, m_pos);
        if (at < 0)
            return {m_line, m_column};
        for (; m_pos < at; ++m_pos) {
            if (m_bytes.at(m_pos) == '\n') {
                ++m_line;
                m_column = 1;
            } else {
                ++m_column;
            }
        }
        return {m_line, m_column};
    }

private:
    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_column = 1;
};

QByteArray compact(const QJsonObject& object)
{
    return clipped(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// Fitbit Web API intraday heart rate: a day's date, then times of day without a zone.
Status readFitbitWebApi(const QJsonObject& root, Locator& at, const ReaderOptions& options, RecordSink& sink)
{
    const QJsonArray days = root.value(QLatin1String("activities-heart")).toArray();
    const QDate day =
        QDate::fromString(days.first().toObject().value(QLatin1String("dateTime")).toString(), Qt::ISODate);
    if (!days.isEmpty())
        sink.skipped(QCoreApplication::translate("ImportFormat", "Fitbit daily summary"));
    const QJsonArray dataset =
        root.value(QLatin1String("activities-heart-intraday")).toObject().value(QLatin1String("dataset")).toArray();
    bool any = false;
    for (const auto& v : dataset) {
        const QJsonObject point = v.toObject();
        const QString time = point.value(QLatin1String("time")).toString();
        const std::pair<qint64, qint64> position = at.find("\"" + time.toUtf8() + "\"");
        const qint64 line = position.first;
        const qint64 column = position.second;
        ImportRecord record {{}, QStringLiteral("Fitbit"), line, column};
        const QTime t = QTime::fromString(time, QStringLiteral("HH:mm:ss"));
        if (!day.isValid() || !t.isValid()) {
            if (!sink.reject({line, column,
                              QCoreApplication::translate("ImportFormat", "time '%1' on day '%2' is not a time")
                                  .arg(shown(time, 20), day.toString(Qt::ISODate)),
                              compact(point)}))
                return {};
            continue;
        }
        any = true;
        record.sample.timestampMs = QDateTime(day, t, options.zone).toMSecsSinceEpoch();
        record.sample.heartRate = number(point.value(QLatin1String("value")));
        if (!deliver(sink, std::move(record), options, compact(point)))
            return {};
    }
    if (any)
        sink.note(MessageParser::localZoneNote(options.zone));
    return {};
}

/// Google Fit dataset points: nanoseconds since the epoch as strings, the reading in fpVal.
Status readGoogleFit(const QJsonObject& root, Locator& at, const ReaderOptions& options, RecordSink& sink)
{
    for (const auto& v : root.value(QLatin1String("point")).toArray()) {
        const QJsonObject point = v.toObject();
        const QString startText = point.value(QLatin1String("startTimeNanos")).toString();
        const std::pair<qint64, qint64> position = at.find("\"" + startText.toUtf8() + "\"");
        const qint64 line = position.first;
        const qint64 column = position.second;
        const auto reject = [&](const QString& why) { return sink.reject({line, column, why, compact(point)}); };
        if (!point.value(QLatin1String("dataTypeName")).toString().startsWith(QLatin1String("com.google.heart_rate"))) {
            sink.skipped(shown(point.value(QLatin1String("dataTypeName")).toString(), 80));
            continue;
        }
        bool okStart = false;
        bool okEnd = false;
        const qint64 start = startText.toLongLong(&okStart) / 1'000'000;
        const qint64 end = point.value(QLatin1String("endTimeNanos")).toString().toLongLong(&okEnd) / 1'000'000;
        if (!okStart || !okEnd) {
            if (!reject(QCoreApplication::translate("ImportFormat", "no start and end time")))
                return {};
            continue;
        }
        // A reading, not an average: its interval may not exceed a minute.
        if (end - start > 60'000) {
            if (!reject(QCoreApplication::translate("ImportFormat", "not a single measurement (an interval of %1 s)")
                            .arg((end - start) / 1000)))
                return {};
            continue;
        }
        ImportRecord record {{}, point.value(QLatin1String("originDataSourceId")).toString(), line, column};
        if (record.sourceDevice.isEmpty())
            record.sourceDevice = QStringLiteral("Google Fit");
        record.sample.timestampMs = start;
        const QJsonObject value = point.value(QLatin1String("value")).toArray().first().toObject();
        record.sample.heartRate = number(value.contains(QLatin1String("fpVal")) ? value.value(QLatin1String("fpVal"))
                                                                                : value.value(QLatin1String("intVal")));
        if (!deliver(sink, std::move(record), options, compact(point)))
            return {};
    }
    return {};
}

/// iHealth blood pressure and SpO2 lists: MDate is the local wall clock written as if it were UTC, with the
/// record's own zone offset beside it; HR 0 means no heart rate.
Status readIHealth(const QJsonObject& root, Locator& at, const ReaderOptions& options, RecordSink& sink)
{
    const bool bp = root.contains(QLatin1String("BPDataList"));
    const QJsonArray list = root.value(QLatin1String(bp ? "BPDataList" : "BODataList")).toArray();
    // BPUnit 0 is mmHg, 1 is kPa.
    const double toMmHg = root.value(QLatin1String("BPUnit")).toInt() == 1 ? 7.50062 : 1.0;
    static const QRegularExpression offsetRe(QStringLiteral("^([+-])(\\d\\d):?(\\d\\d)$"));
    for (const auto& v : list) {
        const QJsonObject item = v.toObject();
        const std::pair<qint64, qint64> position =
            at.find("\"" + item.value(QLatin1String("DataID")).toString().toUtf8() + "\"");
        const qint64 line = position.first;
        const qint64 column = position.second;
        const QRegularExpressionMatch offset =
            offsetRe.match(item.value(QLatin1String("TimeZone")).toVariant().toString().trimmed());
        const QJsonValue mdate = item.value(QLatin1String("MDate"));
        if (!offset.hasMatch() || !mdate.isDouble()) {
            if (!sink.reject({line, column,
                              QCoreApplication::translate("ImportFormat", "no measurement time with a time zone"),
                              compact(item)}))
                return {};
            continue;
        }
        const qint64 offsetSeconds = (offset.captured(1) == QLatin1String("-") ? -1 : 1)
            * (offset.captured(2).toLongLong() * 3600 + offset.captured(3).toLongLong() * 60);
        ImportRecord record {{}, QStringLiteral("iHealth"), line, column};
        record.sample.timestampMs = (mdate.toInteger() - offsetSeconds) * 1000;
        const double hr = number(item.value(QLatin1String("HR")));
        if (hr == 0) {
            if (!sink.reject({line, column, QCoreApplication::translate("ImportFormat", "no heart rate (iHealth 0)"),
                              compact(item)}))
                return {};
        } else {
            record.sample.heartRate = hr;
        }
        if (bp) {
            record.sample.systolic = number(item.value(QLatin1String("HP"))) * toMmHg;
            record.sample.diastolic = number(item.value(QLatin1String("LP"))) * toMmHg;
        } else {
            record.sample.spo2 = number(item.value(QLatin1String("BO")));
        }
        if (!Sample::has(record.sample.heartRate) && !Sample::has(record.sample.systolic)
            && !Sample::has(record.sample.spo2))
            continue;
        if (!deliver(sink, std::move(record), options, compact(item)))
            return {};
    }
    return {};
}

/// Withings measure groups: each measure is value × 10^unit; type 11 heart pulse, 10/9 blood pressure,
/// 71 body temperature. Category 2 groups are objectives, not measurements.
Status readWithings(const QJsonObject& root, Locator& at, const ReaderOptions& options, RecordSink& sink)
{
    const QJsonObject body = root.value(QLatin1String("body")).toObject();
    for (const auto& v : body.value(QLatin1String("measuregrps")).toArray()) {
        const QJsonObject group = v.toObject();
        const std::pair<qint64, qint64> position =
            at.find(QByteArray::number(group.value(QLatin1String("grpid")).toInteger()));
        const qint64 line = position.first;
        const qint64 column = position.second;
        if (group.value(QLatin1String("category")).toInt(1) != 1) {
            sink.skipped(QCoreApplication::translate("ImportFormat", "Withings objective"));
            continue;
        }
        ImportRecord record {{}, QStringLiteral("Withings"), line, column};
        record.sample.timestampMs = group.value(QLatin1String("date")).toInteger() * 1000;
        for (const auto& m : group.value(QLatin1String("measures")).toArray()) {
            const QJsonObject measure = m.toObject();
            const double value = number(measure.value(QLatin1String("value")))
                * std::pow(10.0, measure.value(QLatin1String("unit")).toInt());
            switch (measure.value(QLatin1String("type")).toInt()) {
            case 11:
                record.sample.heartRate = value;
                break;
            case 10:
                record.sample.systolic = value;
                break;
            case 9:
                record.sample.diastolic = value;
                break;
            case 71:
                record.sample.temperatureC = value;
                break;
            default:
                sink.skipped(QCoreApplication::translate("ImportFormat", "Withings measure type %1")
                                 .arg(measure.value(QLatin1String("type")).toInt()));
            }
        }
        if (!Sample::has(record.sample.heartRate) && !Sample::has(record.sample.systolic)
            && !Sample::has(record.sample.diastolic) && !Sample::has(record.sample.temperatureC))
            continue;
        if (group.value(QLatin1String("date")).toInteger() <= 0) {
            if (!sink.reject(
                    {line, column, QCoreApplication::translate("ImportFormat", "no measurement time"), compact(group)}))
                return {};
            continue;
        }
        if (!deliver(sink, std::move(record), options, compact(group)))
            return {};
    }
    return {};
}

Status readVendorApi(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    // API responses are pages of at most a few thousand records: read whole, but never without a limit.
    constexpr qint64 MaxBytes = 64 * 1024 * 1024;
    if (device.size() > MaxBytes)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ImportFormat",
                                                  "this file is too large for a saved API response (over 64 MiB)")};
    QByteArray bytes = device.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        qint64 line = 1;
        qint64 column = 1;
        for (qsizetype i = 0; i < error.offset && i < bytes.size(); ++i) {
            if (bytes.at(i) == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ImportFormat", "invalid JSON at line %1, column %2: %3")
                          .arg(line)
                          .arg(column)
                          .arg(error.errorString())};
    }
    if (const auto name = MessageParser::conflictingMember(bytes))
        return Error {Error::Code::Invalid, MessageParser::conflictingMemberReason(*name)};
    const QJsonObject root = doc.object();
    Locator at(bytes);
    if (root.contains(QLatin1String("activities-heart-intraday")) || root.contains(QLatin1String("activities-heart")))
        return readFitbitWebApi(root, at, options, sink);
    if (root.contains(QLatin1String("point")))
        return readGoogleFit(root, at, options, sink);
    if (root.contains(QLatin1String("BPDataList")) || root.contains(QLatin1String("BODataList")))
        return readIHealth(root, at, options, sink);
    if (root.value(QLatin1String("body")).toObject().contains(QLatin1String("measuregrps")))
        return readWithings(root, at, options, sink);
    const QJsonArray items = root.value(QLatin1String("data")).toObject().value(QLatin1String("items")).toArray();
    if (!items.isEmpty() && items.first().toObject().contains(QLatin1String("resting_heartrate"))) {
        for (qsizetype i = 0; i < items.size(); ++i)
            sink.skipped(QCoreApplication::translate("ImportFormat", "Jawbone daily resting heart rate"));
        return {};
    }
    return Error {Error::Code::Invalid,
                  QCoreApplication::translate("ImportFormat",
                                              "not a known API response (Fitbit, Google Fit, iHealth, Withings)")};
}

} // namespace

namespace ImportFormats {

QList<ImportFormat> all()
{
    return {ImportFormat::DeviceDump, ImportFormat::Fhir,        ImportFormat::OpenMHealth, ImportFormat::FitbitArchive,
            ImportFormat::FitbitCsv,  ImportFormat::AppleHealth, ImportFormat::VendorApi};
}

QString key(ImportFormat format)
{
    return keyOf(kFormatKeys, format);
}

std::optional<ImportFormat> fromKey(const QString& key)
{
    return pulsedesk::fromKey(kFormatKeys, key);
}

QString describe(ImportFormat format)
{
    switch (format) {
    case ImportFormat::DeviceDump:
        return QCoreApplication::translate("ImportFormat", "Device dump (JSON)");
    case ImportFormat::Fhir:
        return QCoreApplication::translate("ImportFormat", "HL7 FHIR R4");
    case ImportFormat::OpenMHealth:
        return QCoreApplication::translate("ImportFormat", "Open mHealth");
    case ImportFormat::FitbitArchive:
        return QCoreApplication::translate("ImportFormat", "Fitbit archive (JSON)");
    case ImportFormat::FitbitCsv:
        return QCoreApplication::translate("ImportFormat", "Fitbit heart rate (CSV)");
    case ImportFormat::AppleHealth:
        return QCoreApplication::translate("ImportFormat", "Apple Health export (XML)");
    case ImportFormat::VendorApi:
        return QCoreApplication::translate("ImportFormat", "Vendor cloud API (Fitbit, Google Fit, iHealth, Withings)");
    }
    return {};
}

std::optional<ImportFormat> detect(const QString& fileName, const QByteArray& head)
{
    QByteArray h = head;
    if (h.startsWith("\xEF\xBB\xBF"))
        h.remove(0, 3);
    const QByteArray trimmed = h.trimmed();
    if (trimmed.startsWith('<'))
        return (h.contains("<HealthData") || h.contains("HKQuantityTypeIdentifier"))
            ? std::optional(ImportFormat::AppleHealth)
            : std::nullopt;
    const QByteArray firstLine = trimmed.left(trimmed.indexOf('\n')).toLower();
    if (firstLine.startsWith("id,time,value") || firstLine.startsWith("timestamp,beats per minute"))
        return ImportFormat::FitbitCsv;
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return std::nullopt;
    if (h.contains("\"resourceType\""))
        return ImportFormat::Fhir;
    // A measure as an object with its value and unit ({"heart_rate": {"value": 60, "unit": ...}}) is Open mHealth
    // even without a header or a time (the 1.x schemas need neither); devices send a heart rate as a number.
    static const QRegularExpression omhMeasure(
        QStringLiteral("\"(heart_rate|oxygen_saturation|body_temperature|systolic_blood_pressure)\"\\s*:\\s*\\{"));
    if (h.contains("\"schema_id\"") || h.contains("\"effective_time_frame\"") || h.contains("\"beats/min\"")
        || omhMeasure.match(QString::fromUtf8(h)).hasMatch())
        return ImportFormat::OpenMHealth;
    if (h.contains("\"activities-heart") || h.contains("\"startTimeNanos\"") || h.contains("\"BPDataList\"")
        || h.contains("\"BODataList\"") || h.contains("\"measuregrps\"") || h.contains("\"resting_heartrate\""))
        return ImportFormat::VendorApi;
    const QString base = QFileInfo(fileName).fileName();
    if (base.startsWith(QLatin1String("heart_rate-")) || (h.contains("\"dateTime\"") && h.contains("\"bpm\"")))
        return ImportFormat::FitbitArchive;
    return ImportFormat::DeviceDump;
}

} // namespace ImportFormats

Status readRecords(ImportFormat format, QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    switch (format) {
    case ImportFormat::DeviceDump:
        return readDeviceDump(device, options, sink);
    case ImportFormat::Fhir:
        return readFhir(device, options, sink);
    case ImportFormat::OpenMHealth:
        return readOpenMHealth(device, options, sink);
    case ImportFormat::FitbitArchive:
        return readFitbitArchive(device, options, sink);
    case ImportFormat::FitbitCsv:
        return readFitbitCsv(device, options, sink);
    case ImportFormat::AppleHealth:
        return readAppleHealth(device, options, sink);
    case ImportFormat::VendorApi:
        return readVendorApi(device, options, sink);
    }
    return Error {Error::Code::Invalid, QCoreApplication::translate("ImportFormat", "unknown format")};
}

} // namespace pulsedesk
