#pragma once

#include "analysis/AnalysisTypes.h"
#include "common/Result.h"
#include "model/Device.h"
#include "model/Patient.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QTimeZone>

#include <functional>
#include <limits>

class QSaveFile;

namespace pulsedesk {

/// The time range an export covers, [from, to); an invalid end is open.
struct ExportRange
{
    QDateTime from;
    QDateTime to;

    qint64 fromMs() const { return from.isValid() ? from.toMSecsSinceEpoch() : 0; }
    qint64 toMs() const { return to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(); }
    /// "from … to …" for the audit log; "all" when open at both ends.
    QString describe() const;
};

/// A device the patient wore in the range, with its registry data.
struct ExportDevice
{
    qint64 rowId = 0;
    QString deviceId;
    QString manufacturer;
    QString model;
};

/// The patient an export is about, with the names of their responsible doctors.
struct ExportPatient
{
    Patient patient;
    QStringList doctorNames;
};

/// Formats instants as ISO 8601 with milliseconds, fast (a month at 1 Hz is millions of times): in UTC with "Z",
/// or with the offset of a zone at each instant ("2026-03-01T08:00:00.000+01:00"), looked up once per quarter
/// hour (offsets change on whole quarter hours).
class IsoFormatter
{
public:
    /// UTC.
    IsoFormatter() = default;
    explicit IsoFormatter(const QTimeZone& zone);

    QString operator()(qint64 ms);

private:
    QTimeZone m_zone;
    bool m_utc = true;
    qint64 m_quarter = std::numeric_limits<qint64>::min();
    int m_offsetSeconds = 0;
};

/// Reads shared by the exports; permissions are the callers'.
namespace ExportSupport {

/// An instant as ISO 8601 with milliseconds and the offset of `zone` at that instant ("2026-03-01T08:00:00.000+01:00").
QString isoWithOffset(qint64 ms, const QTimeZone& zone);
/// The same in UTC with "Z".
QString isoUtc(qint64 ms);

Result<ExportPatient> patient(QSqlDatabase& db, const QString& mrn);
/// Every device assigned to the patient at some time in the range, in the order of their first assignment.
Result<QList<ExportDevice>> devices(QSqlDatabase& db, qint64 patientId, const ExportRange& range);

/// Streams the patient's window results that start in the range, device by device in time order (the primary
/// key's order, so a month of windows is never sorted in memory), until `row` returns false.
/// `research`: the research export's read, on a ward server through its function pulsedesk_research_results (an
/// administrator may not read results, ServerAdminReads).
Status eachResult(QSqlDatabase& db, qint64 patientId, const ExportRange& range,
                  const std::function<bool(const WindowResult&)>& row, bool research = false);

/// Opens `path` for an export written whole or not at all (a temporary file renamed at commit).
Status open(QSaveFile& file, const QString& path);
/// Commits a file written by an export, or says why it could not be written.
Status commit(QSaveFile& file);
/// The error of a write that failed part-way.
Error writeFailed(const QSaveFile& file);

} // namespace ExportSupport

} // namespace pulsedesk
