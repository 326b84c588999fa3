#pragma once

#include "common/Result.h"
#include "model/Sample.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>
#include <QTimeZone>

#include <optional>

namespace pulsedesk {

/// The kinds of file a nurse brings to the workstation. See docs in README ("Importing offline data").
enum class ImportFormat
{
    DeviceDump, ///< the batch topic's JSON: {"deviceId", "samples": [...]}, or an array of device messages
    Fhir, ///< HL7 FHIR R4 Observations, alone or in a Bundle
    OpenMHealth, ///< Open mHealth data points (heart rate 1.x/2.0, SpO2, temperature, blood pressure)
    FitbitArchive, ///< a Fitbit account archive's heart_rate-YYYY-MM-DD.json
    FitbitCsv, ///< Fitbit heart rate as CSV (Fitabase per-second export, Google Takeout)
    AppleHealth, ///< an Apple Health export.xml
    VendorApi, ///< a saved vendor cloud API response: Fitbit Web API, Google Fit, iHealth, Withings, Jawbone
};

namespace ImportFormats {

QList<ImportFormat> all();
/// Stable key for the command line and the store ("device-dump", "fhir", ...).
QString key(ImportFormat format);
std::optional<ImportFormat> fromKey(const QString& key);
/// Translated name for people.
QString describe(ImportFormat format);
/// Guesses the format from the file's name and its first bytes; nothing when it is none of them.
std::optional<ImportFormat> detect(const QString& fileName, const QByteArray& head);

} // namespace ImportFormats

/// One usable reading found in a file, before it is mapped to a registered device.
struct ImportRecord
{
    Sample sample; ///< deviceId is unused here; see sourceDevice
    QString sourceDevice; ///< how the file names the device ("" when it names none)
    qint64 line = 0;
    qint64 column = 0;
};

/// A record that cannot be used, with where it is and why.
struct ImportRejection
{
    qint64 line = 0;
    qint64 column = 0;
    QString reason;
    QByteArray raw; ///< the record as it is in the file (kept in the quarantine), at most a few KiB
};

/// Where readers put what they find. Returning false stops the reader (cancel).
class RecordSink
{
public:
    virtual ~RecordSink() = default;
    virtual bool record(ImportRecord&& record) = 0;
    virtual bool reject(ImportRejection&& rejection) = 0;
    /// Other names the file gives a source device (a FHIR Device's serial number), for matching it to a
    /// registered device.
    virtual void deviceAliases(const QString& sourceDevice, const QStringList& aliases) = 0;
    /// Something the nurse should know about the file as a whole ("times without a zone read in Europe/Rome").
    virtual void note(const QString& note) = 0;
    /// Records of kinds PulseDesk does not keep (steps, respiratory rate), skipped without a rejection.
    virtual void skipped(const QString& kind) = 0;
};

struct ReaderOptions
{
    QTimeZone zone = QTimeZone::systemTimeZone(); ///< where times without a zone are read
    qint64 nowMs = 0; ///< the workstation clock, for "in the future"
};

/// Reads `device` (a whole file, seekable) as `format`. Fails only when the file as a whole cannot be read
/// (invalid JSON or XML, with line and column); unusable records go to sink.reject().
Status readRecords(ImportFormat format, QIODevice& device, const ReaderOptions& options, RecordSink& sink);

} // namespace pulsedesk
