#include "ingest/MessageParser.h"

#include "common/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace pulsedesk {

namespace {

/// The first of several spellings present in the object.
QJsonValue field(const QJsonObject& o, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const auto it = o.constFind(QLatin1String(name));
        if (it != o.constEnd() && !it->isNull() && !(it->isString() && it->toString().trimmed().isEmpty()))
            return *it;
    }
    return QJsonValue(QJsonValue::Undefined);
}

/// A JSON object whose members are all plain (see MessageParser::parseFlatObject), read from its text. Numbers
/// are converted by the same calls as QJsonDocument's (toLongLong for an integer in range, toDouble otherwise),
/// so they read back the same through toDouble() and toInteger().
class FlatObject
{
public:
    static std::optional<FlatObject> read(QByteArrayView json);

    /// The first of several spellings present with a usable value, as field() finds it in a QJsonObject.
    QJsonValue field(std::initializer_list<const char*> names) const
    {
        for (const char* name : names) {
            const QByteArrayView wanted(name);
            for (const Member& m : m_members) {
                if (m.key != wanted)
                    continue;
                if (m.isString ? m.text.trimmed().isEmpty() : m.value.isNull())
                    break; // present but empty: the next spelling
                return m.isString ? QJsonValue(QString::fromLatin1(m.text)) : m.value;
            }
        }
        return QJsonValue(QJsonValue::Undefined);
    }

private:
    struct Member
    {
        QByteArrayView key;
        QByteArrayView text; ///< a string's characters
        bool isString = false;
        QJsonValue value; ///< a number, true, false or null
    };
    static constexpr qsizetype MaxMembers = 64;

    QVarLengthArray<Member, 8> m_members;
};

/// A JSON number at `p`, -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, as QJsonDocument gives it;
/// `p` is left after it. Nothing when the text there is not one.
std::optional<QJsonValue> readNumber(const char*& p, const char* end)
{
    const char* start = p;
    const auto digits = [&p, end] {
        const char* first = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > first;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (!digits())
        return std::nullopt;
    bool integral = true;
    if (p < end && *p == '.') {
        ++p;
        if (!digits())
            return std::nullopt;
        integral = false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return std::nullopt;
        integral = false;
    }
    const QByteArray text = QByteArray::fromRawData(start, p - start);
    bool ok = false;
    if (integral)
        if (const qint64 n = text.toLongLong(&ok); ok)
            return QJsonValue(n);
    const double d = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return QJsonValue(d);
}

std::optional<FlatObject> FlatObject::read(QByteArrayView json)
{
    const char* p = json.data();
    const char* const end = p + json.size();
    const auto skipSpace = [&p, end] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    // A string of printable ASCII without escapes, from its opening quote, into `out`; false when it is not one.
    const auto plainString = [&p, end](QByteArrayView* out) {
        const char* start = ++p;
        while (p < end && *p != '"') {
            if (*p < 0x20 || *p > 0x7e || *p == '\\')
                return false;
            ++p;
        }
        if (p == end)
            return false;
        *out = QByteArrayView(start, p - start);
        ++p;
        return true;
    };

    FlatObject object;
    skipSpace();
    if (p == end || *p != '{')
        return std::nullopt;
    ++p;
    skipSpace();
    if (p < end && *p == '}') {
        ++p;
    } else {
        for (;;) {
            Member m;
            if (p == end || *p != '"' || !plainString(&m.key))
                return std::nullopt;
            for (const Member& other : object.m_members)
                if (other.key == m.key)
                    return std::nullopt; // QJsonDocument decides which of two values counts
            skipSpace();
            if (p == end || *p != ':')
                return std::nullopt;
            ++p;
            skipSpace();
            if (p == end)
                return std::nullopt;
            const QByteArrayView rest(p, end - p);
            if (*p == '"') {
                if (!plainString(&m.text))
                    return std::nullopt;
                m.isString = true;
            } else if (rest.startsWith("true")) {
                m.value = true;
                p += 4;
            } else if (rest.startsWith("false")) {
                m.value = false;
                p += 5;
            } else if (rest.startsWith("null")) {
                m.value = QJsonValue(QJsonValue::Null);
                p += 4;
            } else if (auto number = readNumber(p, end)) {
                m.value = *number;
            } else {
                return std::nullopt;
            }
            if (object.m_members.size() == MaxMembers)
                return std::nullopt;
            object.m_members.append(m);
            skipSpace();
            if (p < end && *p == ',') {
                ++p;
                skipSpace();
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return std::nullopt;
        }
    }
    skipSpace();
    if (p != end)
        return std::nullopt;
    return object;
}

QJsonValue field(const FlatObject& o, std::initializer_list<const char*> names)
{
    return o.field(names);
}

double number(const QJsonValue& value)
{
    return MessageParser::number(value);
}

/// Nothing before this is a real measurement (a device clock that was never set).
qint64 earliestMs()
{
    static const qint64 ms = QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    return ms;
}

struct Context
{
    QString deviceId; ///< from an enclosing object ({"deviceId", "samples": [...]})
    qint64 nowMs = 0;
    const QTimeZone* localZone = nullptr;
    QJsonValue fallbackTime {
        QJsonValue::Undefined}; ///< an Azure IoT Hub envelope's creation (or enqueued) time, for bodies without one
    bool fallbackIsArrival = false; ///< fallbackTime is the hub's arrival (enqueued) time
};

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

/// Reads one sample object (a QJsonObject, flattened, or a FlatObject); appends to the outcome either the sample
/// or the reason it was refused.
template<typename Object>
void readFields(const Object& o, const Context& context, int index, MessageParser::Outcome& out)
{
    ++out.total;
    const auto reject = [&out, index](const QString& reason) { out.rejections.append({index, reason}); };

    Sample s;
    QString why;
    if (!MessageParser::deviceIdOf(
            field(o, {"deviceId", "device_id", "DeviceID", "deviceID", "device", "iothub-connection-device-id"}),
            &s.deviceId, &why))
        return reject(why);
    if (s.deviceId.isEmpty())
        s.deviceId = context.deviceId;
    if (s.deviceId.isEmpty())
        return reject(QCoreApplication::translate("MessageParser", "missing field: device id"));
    if (s.deviceId.size() > 128)
        return reject(QCoreApplication::translate("MessageParser", "device id longer than 128 characters"));

    QJsonValue time =
        field(o, {"timestamp", "Timestamp", "ts", "time", "endDate", "effectiveDateTime", "enqueuedTime"});
    const bool envelopeTime = time.isUndefined() && !context.fallbackTime.isUndefined();
    if (envelopeTime)
        time = context.fallbackTime;
    if (time.isUndefined())
        return reject(QCoreApplication::translate("MessageParser", "missing field: timestamp"));
    bool usedLocalZone = false;
    if (!MessageParser::parseTimestamp(time, &s.timestampMs, &why, context.localZone, &usedLocalZone))
        return reject(why);
    if (usedLocalZone && context.localZone) {
        const QString note = MessageParser::localZoneNote(*context.localZone);
        if (!out.notes.contains(note))
            out.notes.append(note);
    }
    if (!MessageParser::checkTime(s.timestampMs, context.nowMs, &why))
        return reject(why);

    s.heartRate =
        number(field(o, {"bpm", "heartRate", "heartrate", "heart_rate", "hr", "pulse", "Pulse", "beatsPerMinute"}));
    s.spo2 = number(field(o, {"spo2", "oxygen_percent", "OxygenPercent", "oxygenSaturation", "oxygenPercentage"}));
    s.temperatureC = number(field(o, {"temperature", "Temp", "temp", "temperature_c"}));
    s.systolic = number(field(o, {"systolic", "Systolic"}));
    s.diastolic = number(field(o, {"diastolic", "Diastolic"}));

    QString reason;
    if (!MessageParser::checkPlausible(s, &reason, &out.notes))
        return reject(reason);
    if (envelopeTime)
        ++(context.fallbackIsArrival ? out.atArrivalTime : out.atCreationTime);
    out.samples.append(s);
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

/// Finds a member named twice with different values in valid JSON text (see MessageParser::conflictingMember).
class DuplicateScan
{
public:
    explicit DuplicateScan(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    { }

    std::optional<QString> run()
    {
        value(0);
        return m_found;
    }

private:
    static constexpr int MaxDepth = 512;

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool string()
    {
        ++m_p; // the opening quote
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 < m_end)
                ++m_p;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        return true;
    }
    /// A member name (in its quotes) as UTF-8 characters: its text, unless it has escapes.
    static QByteArray keyOf(QByteArrayView quoted)
    {
        if (!quoted.contains('\\'))
            return QByteArray::fromRawData(quoted.data() + 1, quoted.size() - 2);
        return QJsonDocument::fromJson("[" + quoted.toByteArray() + "]").array().at(0).toString().toUtf8();
    }
    static bool sameValue(QByteArrayView a, QByteArrayView b)
    {
        if (a == b)
            return true;
        return QJsonDocument::fromJson("[" + a.toByteArray() + "]")
            == QJsonDocument::fromJson("[" + b.toByteArray() + "]");
    }
    /// False when the text is not what it should be or a conflict was found (stop).
    bool value(int depth)
    {
        if (depth > MaxDepth)
            return false;
        skipSpace();
        if (m_p >= m_end)
            return false;
        if (*m_p == '"')
            return string();
        if (*m_p == '[') {
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            for (;;) {
                if (!value(depth + 1))
                    return false;
                skipSpace();
                if (m_p >= m_end)
                    return false;
                const char c = *m_p++;
                if (c == ']')
                    return true;
                if (c != ',')
                    return false;
            }
        }
        if (*m_p == '{')
            return object(depth);
        const char* start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r'
               && *m_p != '\t')
            ++m_p;
        return m_p > start;
    }
    bool object(int depth)
    {
        struct Member
        {
            QByteArrayView key;
            QByteArrayView value;
        };
        QVarLengthArray<Member, 16> members;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return false;
            const char* keyStart = m_p;
            if (!string())
                return false;
            const QByteArrayView key(keyStart, m_p - keyStart);
            skipSpace();
            if (m_p >= m_end || *m_p++ != ':')
                return false;
            skipSpace();
            const char* valueStart = m_p;
            if (!value(depth + 1))
                return false;
            members.append({key, QByteArrayView(valueStart, m_p - valueStart)});
            skipSpace();
            if (m_p >= m_end)
                return false;
            const char c = *m_p++;
            if (c == '}')
                break;
            if (c != ',')
                return false;
        }
        if (members.size() < 2)
            return true;
        // Names with escapes are compared by their characters: sorted by name, a conflict is between neighbours.
        QVarLengthArray<std::pair<QByteArray, QByteArrayView>, 16> named;
        for (const Member& m : members)
            named.append({keyOf(m.key), m.value});
        std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype i = 1; i < named.size(); ++i) {
            if (named.at(i).first == named.at(i - 1).first && !sameValue(named.at(i).second, named.at(i - 1).second)) {
                m_found = QString::fromUtf8(named.at(i).first);
                return false;
            }
        }
        return true;
    }

    const char* m_p;
    const char* const m_end;
    std::optional<QString> m_found;
};

} // namespace

bool MessageParser::checkPlausible(Sample& s, QString* why, QStringList* notes)
{
    const auto fail = [why](const QString& reason) {
        *why = reason;
        return false;
    };
    if (!Sample::has(s.heartRate) && !Sample::has(s.spo2) && !Sample::has(s.temperatureC) && !Sample::has(s.systolic))
        return fail(QCoreApplication::translate("MessageParser", "missing field: no heart rate or other vital sign"));

    if (Sample::has(s.heartRate) && (s.heartRate < 20 || s.heartRate > 300))
        return fail(QCoreApplication::translate("MessageParser", "heart rate %1 outside 20–300/min").arg(s.heartRate));
    if (Sample::has(s.spo2)) {
        if (s.spo2 > 0 && s.spo2 <= 1)
            s.spo2 *= 100; // sent as a fraction
        if (s.spo2 < 50 || s.spo2 > 100)
            return fail(QCoreApplication::translate("MessageParser", "SpO2 %1 outside 50–100%").arg(s.spo2));
    }
    if (Sample::has(s.temperatureC)) {
        if (s.temperatureC > 50) { // no living patient is at 50 °C: the device sent °F
            s.temperatureC = (s.temperatureC - 32) * 5 / 9;
            const QString note =
                QCoreApplication::translate("MessageParser", "temperature read in °F and stored in °C");
            if (notes && !notes->contains(note))
                notes->append(note);
        }
        if (s.temperatureC < 25 || s.temperatureC > 45)
            return fail(QCoreApplication::translate("MessageParser", "temperature %1 °C outside 25–45 °C")
                            .arg(s.temperatureC, 0, 'f', 1));
    }
    if (Sample::has(s.systolic) != Sample::has(s.diastolic))
        return fail(QCoreApplication::translate("MessageParser", "blood pressure needs both systolic and diastolic"));
    if (Sample::has(s.systolic)) {
        if (s.systolic <= s.diastolic)
            return fail(QCoreApplication::translate("MessageParser", "systolic %1 not above diastolic %2")
                            .arg(s.systolic)
                            .arg(s.diastolic));
        if (s.systolic < 40 || s.systolic > 300 || s.diastolic < 10 || s.diastolic > 200)
            return fail(QCoreApplication::translate("MessageParser", "blood pressure %1/%2 outside plausible range")
                            .arg(s.systolic)
                            .arg(s.diastolic));
    }
    return true;
}

bool MessageParser::parseTimestamp(const QJsonValue& value, qint64* ms, QString* why, const QTimeZone* localZone,
                                   bool* usedLocalZone)
{
    double epoch = number(value);
    if (!std::isnan(epoch)) {
        // Epoch seconds are below 1e11 until the year 5138; milliseconds are above it after 1973.
        if (epoch < 1e11)
            epoch *= 1000;
        *ms = static_cast<qint64>(std::llround(epoch));
    } else if (value.isString()) {
        const QString s = value.toString().trimmed();
        QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!t.isValid()) {
            // More than three fractional digits (".8750000Z", seen in Azure IoT samples): keep milliseconds.
            static const QRegularExpression longFraction(
                QStringLiteral("^(.*T\\d\\d:\\d\\d:\\d\\d\\.\\d{3})\\d+(.*)$"));
            const QRegularExpressionMatch m = longFraction.match(s);
            if (m.hasMatch())
                t = QDateTime::fromString(m.captured(1) + m.captured(2), Qt::ISODateWithMs);
        }
        if (!t.isValid()) {
            // The AWS sample's "11/4/2019 3:14:31 PM" is written from DateTime.UtcNow.
            t = QDateTime::fromString(s, QStringLiteral("M/d/yyyy h:mm:ss AP"));
            if (t.isValid())
                t.setTimeZone(QTimeZone::utc());
        }
        if (!t.isValid()) {
            *why = QCoreApplication::translate("MessageParser",
                                               "timestamp '%1' is not epoch seconds, milliseconds or ISO 8601")
                       .arg(DisplayText::escaped(s, 40));
            return false;
        }
        if (t.timeSpec() == Qt::LocalTime && localZone) {
            t.setTimeZone(*localZone);
            if (usedLocalZone)
                *usedLocalZone = true;
        } else if (t.timeSpec() == Qt::LocalTime) {
            *why = QCoreApplication::translate("MessageParser", "timestamp '%1' has no time zone")
                       .arg(DisplayText::escaped(s, 40));
            return false;
        }
        *ms = t.toMSecsSinceEpoch();
    } else {
        *why = QCoreApplication::translate("MessageParser", "timestamp is neither a number nor a string");
        return false;
    }
    if (*ms < earliestMs()) {
        *why = QCoreApplication::translate("MessageParser", "timestamp before the year 2000");
        return false;
    }
    return true;
}

bool MessageParser::checkTime(qint64 ms, qint64 nowMs, QString* why)
{
    if (ms < earliestMs()) {
        *why = QCoreApplication::translate("MessageParser", "timestamp before the year 2000");
        return false;
    }
    if (ms > nowMs + MaxFutureSkewMs) {
        *why = QCoreApplication::translate("MessageParser",
                                           "timestamp more than 5 minutes ahead of the workstation clock");
        return false;
    }
    return true;
}

double MessageParser::number(const QJsonValue& value)
{
    if (value.isDouble())
        return value.toDouble();
    if (value.isString()) {
        bool ok = false;
        const double d = value.toString().trimmed().toDouble(&ok);
        return ok ? d : Sample::Missing;
    }
    return Sample::Missing;
}

QStringList MessageParser::hubTimeNotes(qint64 atCreationTime, qint64 atArrivalTime)
{
    // Counted as int for the plural form. (Computed apart from the translate() calls: lupdate does not get past a
    // template argument list inside them.)
    const auto plural = [](qint64 n) { return static_cast<int>(std::min<qint64>(n, INT_MAX)); };
    const int created = plural(atCreationTime);
    const int arrived = plural(atArrivalTime);
    QStringList notes;
    if (created > 0)
        notes.append(QCoreApplication::translate("MessageParser",
                                                 "%n sample(s) had no measurement time of their own; stored at the "
                                                 "time the device created the IoT Hub message",
                                                 nullptr, created));
    if (arrived > 0)
        notes.append(QCoreApplication::translate(
            "MessageParser", "%n sample(s) had no measurement time of their own; stored at the IoT hub's arrival time",
            nullptr, arrived));
    return notes;
}

std::optional<QString> MessageParser::conflictingMember(QByteArrayView json)
{
    return DuplicateScan(json).run();
}

QString MessageParser::conflictingMemberReason(const QString& name)
{
    return QCoreApplication::translate("MessageParser", "the member '%1' is given twice with different values")
        .arg(DisplayText::escaped(name, 40));
}

QString MessageParser::noSamplesReason()
{
    return QCoreApplication::translate("MessageParser", "no samples in the message");
}

QString MessageParser::notAMessageReason(const QJsonValue& value, qint64 item)
{
    if (item <= 0)
        return QCoreApplication::translate("MessageParser", "%1, not a device message object").arg(kindOf(value));
    return QCoreApplication::translate("MessageParser", "item %1 is %2, not a device message object")
        .arg(item)
        .arg(kindOf(value));
}

QString MessageParser::kindOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return QCoreApplication::translate("MessageParser", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("MessageParser", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("MessageParser", "an array");
    case QJsonValue::Bool:
        return QCoreApplication::translate("MessageParser", "true or false");
    case QJsonValue::Object:
        return QCoreApplication::translate("MessageParser", "an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("MessageParser", "null");
}

bool MessageParser::deviceIdOf(const QJsonValue& value, QString* id, QString* why)
{
    id->clear();
    if (value.isString()) {
        *id = value.toString().trimmed();
        return true;
    }
    if (!value.isDouble())
        return true;
    // QJsonValue keeps integers of 64 bits exactly; any other number is read as a double.
    const double d = value.toDouble();
    if (value.toInteger(1) == value.toInteger(2)) { // read exactly: the default is not used
        *id = QString::number(value.toInteger());
        return true;
    }
    *why = std::isfinite(d) && d == std::trunc(d)
        ? QCoreApplication::translate("MessageParser", "device id %1 is a number too large to read exactly")
              .arg(QString::number(d, 'g', 17))
        : QCoreApplication::translate("MessageParser", "device id %1 is not a whole number")
              .arg(QString::number(d, 'g', 17));
    return false;
}

QString MessageParser::localZoneNote(const QTimeZone& zone)
{
    return QCoreApplication::translate("MessageParser", "times without a zone read in %1")
        .arg(QString::fromUtf8(zone.id()));
}

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
