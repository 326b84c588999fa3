#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace pulsedesk::readers {

namespace {

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
            *out = celsiusFromFahrenheit(value);
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

bool detectsFhir(const FormatHead& head)
{
    return head.isJson() && head.bytes.contains("\"resourceType\"");
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
    noteLocalZone(sink, options, context.usedZone);
    return walked;
}

} // namespace

const FormatReader fhirReader {&detectsFhir, &readFhir};

} // namespace pulsedesk::readers
