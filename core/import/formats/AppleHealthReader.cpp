#include "import/formats/FormatReader.h"
#include "import/formats/ReaderSupport.h"
#include "import/formats/XmlEntityCheck.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>
#include <QXmlStreamReader>

namespace pulsedesk::readers {

namespace {

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

bool detectsAppleHealth(const FormatHead& head)
{
    return head.isXml() && (head.bytes.contains("<HealthData") || head.bytes.contains("HKQuantityTypeIdentifier"));
}

Status readAppleHealth(QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    if (const Status rewound = rewind(device); !rewound)
        return rewound;
    // QXmlStreamReader never fetches external entities; the internal DTD of the export is read and ignored, but
    // internal entities are expanded as they are referenced: a file whose text could grow out of measure is
    // refused before anything is expanded (Apple Health itself declares no entity).
    if (const std::optional<QString> refused = xmlEntityRefusal(device))
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
            record.sample.temperatureC = unit == QLatin1String("degF") ? celsiusFromFahrenheit(value) : value;
        }
        if (!deliver(sink, std::move(record), options, raw))
            return {};
    }
    for (auto it = skippedKinds.cbegin(); it != skippedKinds.cend(); ++it)
        for (qint64 i = 0; i < it.value(); ++i)
            sink.skipped(shown(it.key(), 80));
    if (!xml.hasError())
        return {};
    const auto invalid = [](qint64 line, qint64 column, const QString& what) {
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("ImportFormat", "invalid XML at line %1, column %2: %3")
                          .arg(line)
                          .arg(column)
                          .arg(what)};
    };
    // QXmlStreamReader decodes a block at a time and places an encoding error at the start of its block: the
    // first byte that is not UTF-8 is looked for, so that the nurse is told where it is.
    const QStringView encoding = xml.documentEncoding();
    if (encoding.isEmpty() || encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0)
        if (const auto at = firstInvalidUtf8(device))
            return invalid(at->first, at->second, QCoreApplication::translate("MessageParser", "not UTF-8"));
    return invalid(xml.lineNumber(), xml.columnNumber(), xml.errorString());
}

} // namespace

const FormatReader appleHealthReader {&detectsAppleHealth, &readAppleHealth};

} // namespace pulsedesk::readers
