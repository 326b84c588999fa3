#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace pulsedesk::readers {

namespace {

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
            : unit == QLatin1String("F")                        ? celsiusFromFahrenheit(v)
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

bool detectsOpenMHealth(const FormatHead& head)
{
    if (!head.isJson())
        return false;
    // A measure as an object with its value and unit ({"heart_rate": {"value": 60, "unit": ...}}) is Open mHealth
    // even without a header or a time (the 1.x schemas need neither); devices send a heart rate as a number.
    static const QRegularExpression measure(
        QStringLiteral("\"(heart_rate|oxygen_saturation|body_temperature|systolic_blood_pressure)\"\\s*:\\s*\\{"));
    return head.bytes.contains("\"schema_id\"") || head.bytes.contains("\"effective_time_frame\"")
        || head.bytes.contains("\"beats/min\"") || measure.match(QString::fromUtf8(head.bytes)).hasMatch();
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
    noteLocalZone(sink, options, usedZone);
    return walked;
}

} // namespace

const FormatReader openMHealthReader {&detectsOpenMHealth, &readOpenMHealth};

} // namespace pulsedesk::readers
