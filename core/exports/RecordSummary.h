#pragma once

#include "common/Result.h"
#include "exports/ExportSupport.h"

#include <QSqlDatabase>
#include <QTimeZone>

class QIODevice;

namespace pulsedesk {

/// A patient's record as a short PDF for the patient themself: demographics, responsible doctors, devices, the heart
/// rate day by day (from the analysis windows, streamed), alarms, and the clinical notes with their amendments.
/// Laid out with QTextDocument and written by QPdfWriter; needs a QGuiApplication (offscreen is enough).
namespace RecordSummary {

/// Writes the PDF to `out`; `printedBy` and `printedAtMs` go in its header. Permissions are the caller's.
Status write(QSqlDatabase& db, const ExportPatient& patient, const QString& printedBy, qint64 printedAtMs,
             const QTimeZone& zone, QIODevice& out);

} // namespace RecordSummary

} // namespace pulsedesk
