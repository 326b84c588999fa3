#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonValue>
#include <QStringList>

namespace pulsedesk::readers {

namespace {

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
    noteLocalZone(sink, options, fitabase);
    return {};
}

} // namespace

const FormatReader fitbitCsvReader {&detectsFitbitCsv, &readFitbitCsv};

} // namespace pulsedesk::readers
