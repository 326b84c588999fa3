#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace pulsedesk::readers {

namespace {

/// Epoch seconds as milliseconds, or nothing for a number of seconds no timestamp can hold (a damaged or hostile
/// file: multiplying it would overflow).
std::optional<qint64> secondsToMs(qint64 seconds)
{
    constexpr qint64 limit = std::numeric_limits<qint64>::max() / 1000 - 1'000'000;
    if (seconds > limit || seconds < -limit)
        return std::nullopt;
    return seconds * 1000;
}

QString beyondAnyDate(qint64 seconds)
{
    return QCoreApplication::translate("ImportFormat", "measurement time %1 is beyond any date").arg(seconds);
}

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
    noteLocalZone(sink, options, any);
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
        if (offset.hasMatch() && mdate.isDouble() && !secondsToMs(mdate.toInteger())) {
            if (!sink.reject({line, column, beyondAnyDate(mdate.toInteger()), compact(item)}))
                return {};
            continue;
        }
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
        const qint64 date = group.value(QLatin1String("date")).toInteger();
        const std::optional<qint64> dateMs = secondsToMs(date);
        record.sample.timestampMs = dateMs.value_or(0);
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
        if (date <= 0) {
            if (!sink.reject(
                    {line, column, QCoreApplication::translate("ImportFormat", "no measurement time"), compact(group)}))
                return {};
            continue;
        }
        if (!dateMs) {
            if (!sink.reject({line, column, beyondAnyDate(date), compact(group)}))
                return {};
            continue;
        }
        if (!deliver(sink, std::move(record), options, compact(group)))
            return {};
    }
    return {};
}

bool detectsVendorApi(const FormatHead& head)
{
    return head.isJson()
        && (head.bytes.contains("\"activities-heart") || head.bytes.contains("\"startTimeNanos\"")
            || head.bytes.contains("\"BPDataList\"") || head.bytes.contains("\"BODataList\"")
            || head.bytes.contains("\"measuregrps\"") || head.bytes.contains("\"resting_heartrate\""));
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

const FormatReader vendorApiReader {&detectsVendorApi, &readVendorApi};

} // namespace pulsedesk::readers
