#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringDecoder>
#include <QStringList>

namespace pulsedesk::readers {

namespace {

constexpr qint64 MaxLineBytes = 64 * 1024;

bool detectsFitbitCsv(const FormatHead& head)
{
    return head.firstLine.startsWith("id,time,value") || head.firstLine.startsWith("timestamp,beats per minute");
}

Status readFitbitCsv(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    if (const Status rewound = rewind(device); !rewound)
        return rewound;
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
        const QByteArray raw = device.readLine(MaxLineBytes);
        ++line;
        if (!raw.endsWith('\n') && !device.atEnd()) {
            // A row is a few dozen bytes: one without end is passed over rather than held in memory.
            while (!device.atEnd() && !device.readLine(MaxLineBytes).endsWith('\n')) { }
            if (!sink.reject(
                    {line, 1,
                     QCoreApplication::translate("ImportFormat", "the line is longer than %1 bytes").arg(MaxLineBytes),
                     clipped(raw)}))
                break;
            continue;
        }
        // Bytes that are not UTF-8 would otherwise reach a device's name as replacement characters.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = QString(decoder(raw)).trimmed();
        if (text.isEmpty())
            continue;
        const QStringList cells = text.split(QLatin1Char(','));
        const auto reject = [&](const QString& why) { return sink.reject({line, 1, why, clipped(raw)}); };
        if (decoder.hasError()) {
            if (!reject(QCoreApplication::translate("MessageParser", "not UTF-8")))
                break;
            continue;
        }
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
        } else {
            record.sourceDevice = cells.size() > 2 ? cells.at(2).trimmed() : QStringLiteral("Fitbit");
            QString why;
            ok = MessageParser::parseTimestamp(QJsonValue(cells.at(0).trimmed()), &record.sample.timestampMs, &why,
                                               &options.zone);
        }
        if (!ok) {
            if (!reject(QCoreApplication::translate("ImportFormat", "time '%1' cannot be read")
                            .arg(shown(cells.at(fitabase ? 1 : 0), 30))))
                break;
            continue;
        }
        // Not a number, or one beyond a double ("1e400"): said as such, not as a heart rate of 0 or inf.
        const QString value = cells.at(fitabase ? 2 : 1).trimmed();
        record.sample.heartRate = value.toDouble(&ok);
        if (!ok) {
            if (!reject(
                    QCoreApplication::translate("ImportFormat", "value '%1' is not a number").arg(shown(value, 20))))
                break;
            continue;
        }
        if (!deliver(sink, std::move(record), options, raw))
            break;
    }
    noteLocalZone(sink, options, fitabase);
    return {};
}

} // namespace

const FormatReader fitbitCsvReader {&detectsFitbitCsv, &readFitbitCsv};

} // namespace pulsedesk::readers
