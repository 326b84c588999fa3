#include "import/ImportFormat.h"

#include "import/formats/FormatReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace pulsedesk {

namespace {

using namespace readers;

/// Every format PulseDesk imports, with its reader (import/formats/<Format>Reader.cpp). Detection tries the rows in
/// this order, the most particular test first, and the first that passes names the format: a device dump is any other
/// JSON, so it comes last. Lists of the formats (ImportFormats::all) keep the order of the enum.
constexpr std::array kFormats {
    FormatRow {ImportFormat::AppleHealth, "apple-health",
               QT_TRANSLATE_NOOP("ImportFormat", "Apple Health export (XML)"), &appleHealthReader},
    FormatRow {ImportFormat::FitbitCsv, "fitbit-csv", QT_TRANSLATE_NOOP("ImportFormat", "Fitbit heart rate (CSV)"),
               &fitbitCsvReader},
    FormatRow {ImportFormat::Fhir, "fhir", QT_TRANSLATE_NOOP("ImportFormat", "HL7 FHIR R4"), &fhirReader},
    FormatRow {ImportFormat::OpenMHealth, "open-mhealth", QT_TRANSLATE_NOOP("ImportFormat", "Open mHealth"),
               &openMHealthReader},
    FormatRow {ImportFormat::VendorApi, "vendor-api",
               QT_TRANSLATE_NOOP("ImportFormat", "Vendor cloud API (Fitbit, Google Fit, iHealth, Withings)"),
               &vendorApiReader},
    FormatRow {ImportFormat::FitbitArchive, "fitbit", QT_TRANSLATE_NOOP("ImportFormat", "Fitbit archive (JSON)"),
               &fitbitArchiveReader},
    FormatRow {ImportFormat::DeviceDump, "device-dump", QT_TRANSLATE_NOOP("ImportFormat", "Device dump (JSON)"),
               &deviceDumpReader},
};

const FormatRow* rowOf(ImportFormat format)
{
    const auto it = std::ranges::find(kFormats, format, &FormatRow::format);
    return it == kFormats.end() ? nullptr : &*it;
}

} // namespace

FormatHead::FormatHead(const QString& fileName, const QByteArray& head)
    : baseName(QFileInfo(fileName).fileName())
    , bytes(head.startsWith("\xEF\xBB\xBF") ? head.mid(3) : head)
    , trimmed(bytes.trimmed())
    , firstLine(trimmed.left(trimmed.indexOf('\n')).toLower())
{ }

std::span<const FormatRow> formatTable()
{
    return kFormats;
}

namespace ImportFormats {

QList<ImportFormat> all()
{
    QList<ImportFormat> formats;
    for (const FormatRow& row : kFormats)
        formats.append(row.format);
    std::ranges::sort(formats);
    return formats;
}

QString key(ImportFormat format)
{
    const FormatRow* row = rowOf(format);
    Q_ASSERT(row);
    return row ? QString::fromLatin1(row->key) : QString();
}

std::optional<ImportFormat> fromKey(const QString& key)
{
    for (const FormatRow& row : kFormats)
        if (key == QLatin1String(row.key))
            return row.format;
    return std::nullopt;
}

QString describe(ImportFormat format)
{
    const FormatRow* row = rowOf(format);
    return row ? QCoreApplication::translate("ImportFormat", row->name) : QString();
}

std::optional<ImportFormat> detect(const QString& fileName, const QByteArray& head)
{
    const FormatHead sniffed(fileName, head);
    for (const FormatRow& row : kFormats)
        if (row.reader->detects(sniffed))
            return row.format;
    return std::nullopt;
}

} // namespace ImportFormats

Status readRecords(ImportFormat format, QIODevice& device, const ReaderOptions& options, RecordSink& sink)
{
    if (const FormatRow* row = rowOf(format))
        return row->reader->read(device, options, sink);
    return Error {Error::Code::Invalid, QCoreApplication::translate("ImportFormat", "unknown format")};
}

} // namespace pulsedesk
