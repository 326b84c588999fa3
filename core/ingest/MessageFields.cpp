#include "ingest/MessageFields.h"

#include "common/DisplayText.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace pulsedesk {

namespace messages {

namespace {

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

/// Reads one sample object (a QJsonObject, flattened, or a FlatObject); appends to the outcome either the sample
/// or the reason it was refused.
template<typename Object>
void readFieldsOf(const Object& o, const Context& context, int index, MessageParser::Outcome& out)
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

    const std::array<QJsonValue, 5> vitals {
        field(o, {"bpm", "heartRate", "heartrate", "heart_rate", "hr", "pulse", "Pulse", "beatsPerMinute"}),
        field(o, {"spo2", "oxygen_percent", "OxygenPercent", "oxygenSaturation", "oxygenPercentage"}),
        field(o, {"temperature", "Temp", "temp", "temperature_c"}), field(o, {"systolic", "Systolic"}),
        field(o, {"diastolic", "Diastolic"})};
    s.heartRate = number(vitals[0]);
    s.spo2 = number(vitals[1]);
    s.temperatureC = number(vitals[2]);
    s.systolic = number(vitals[3]);
    s.diastolic = number(vitals[4]);
    // With no vital sign to read, one that is there but is no number ("abc", "1e400" beyond a double) is named.
    if (!Sample::has(s.heartRate) && !Sample::has(s.spo2) && !Sample::has(s.temperatureC) && !Sample::has(s.systolic))
        for (const QJsonValue& vital : vitals)
            if (!vital.isUndefined() && std::isnan(number(vital)))
                return reject(QCoreApplication::translate("MessageParser", "a vital sign is not a number: %1")
                                  .arg(vital.isString() ? QLatin1Char('\'') + DisplayText::escaped(vital.toString(), 40)
                                               + QLatin1Char('\'')
                                                        : MessageParser::kindOf(vital)));

    QString reason;
    if (!MessageParser::checkPlausible(s, &reason, &out.notes))
        return reject(reason);
    if (envelopeTime)
        ++(context.fallbackIsArrival ? out.atArrivalTime : out.atCreationTime);
    out.samples.append(s);
}

} // namespace

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

void readFields(const QJsonObject& o, const Context& context, int index, MessageParser::Outcome& out)
{
    readFieldsOf(o, context, index, out);
}

void readFields(const FlatObject& o, const Context& context, int index, MessageParser::Outcome& out)
{
    readFieldsOf(o, context, index, out);
}

} // namespace messages

using messages::earliestMs;

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

} // namespace pulsedesk
