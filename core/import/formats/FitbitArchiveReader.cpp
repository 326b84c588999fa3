#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

namespace pulsedesk::readers {

namespace {

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

bool detectsFitbitArchive(const FormatHead& head)
{
    return head.isJson()
        && (head.baseName.startsWith(QLatin1String("heart_rate-"))
            || (head.bytes.contains("\"dateTime\"") && head.bytes.contains("\"bpm\"")));
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
    noteLocalZone(sink, options, any);
    return walked;
}

} // namespace

const FormatReader fitbitArchiveReader {&detectsFitbitArchive, &readFitbitArchive};

} // namespace pulsedesk::readers
