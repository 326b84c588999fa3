#pragma once

#include "common/Result.h"
#include "import/ImportFormat.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <span>

namespace pulsedesk {

/// A file's name and first bytes, as the detection of every format looks at them.
struct FormatHead
{
    FormatHead(const QString& fileName, const QByteArray& head);

    QString baseName; ///< the file's name without its folder
    QByteArray bytes; ///< the first bytes, without a UTF-8 byte order mark
    QByteArray trimmed; ///< bytes without white space at either end
    QByteArray firstLine; ///< the first line of trimmed, in lower case

    bool isXml() const { return trimmed.startsWith('<'); }
    bool isJson() const { return trimmed.startsWith('{') || trimmed.startsWith('['); }
};

/// How a file of one format is told from the others, and how it is read. Readers keep no state between files.
struct FormatReader
{
    /// Whether the file is of this format, once no row above it in the table took it.
    bool (*detects)(const FormatHead& head);
    /// readRecords(): fails only when the file as a whole cannot be read; unusable records go to sink.reject().
    Status (*read)(QIODevice& device, const ReaderOptions& options, RecordSink& sink);
};

/// One format PulseDesk imports: a row of the table in import/ImportFormat.cpp.
struct FormatRow
{
    ImportFormat format;
    const char* key; ///< ImportFormats::key()
    const char* name; ///< ImportFormats::describe(), untranslated (context "ImportFormat")
    const FormatReader* reader;
};

/// The rows in the order detection tries them: the first whose test passes names the file's format.
std::span<const FormatRow> formatTable();

/// The readers, one file each: import/formats/<Format>Reader.cpp.
namespace readers {

/// The batch topic's JSON, as devices write it: {"deviceId", "samples": [...]} (one object or one a line), or an
/// array of device messages. Every other JSON file is read as one: this format is detected last.
extern const FormatReader deviceDumpReader;
/// HL7 FHIR R4 Observations (heart rate, SpO2, temperature, blood pressure), alone or in a Bundle whose Device
/// resources name the devices.
extern const FormatReader fhirReader;
/// Open mHealth data points: heart rate 1.x and 2.0, oxygen saturation, body temperature, blood pressure.
extern const FormatReader openMHealthReader;
/// A Fitbit account archive's heart_rate-YYYY-MM-DD.json: [{"dateTime": "12/28/15 13:00:00", "value": {"bpm"}}].
extern const FormatReader fitbitArchiveReader;
/// Fitbit heart rate as CSV: the Fitabase per-second export (Id,Time,Value) and Google Takeout (timestamp,beats per
/// minute).
extern const FormatReader fitbitCsvReader;
/// An Apple Health export.xml: heart rate, oxygen saturation, body temperature and blood pressure records.
extern const FormatReader appleHealthReader;
/// A saved vendor cloud API response: Fitbit Web API intraday heart rate, Google Fit, iHealth, Withings, Jawbone.
extern const FormatReader vendorApiReader;

} // namespace readers

} // namespace pulsedesk
