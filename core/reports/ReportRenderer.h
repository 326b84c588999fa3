#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"

#include <variant>

class QPagedPaintDevice;

namespace pulsedesk::reports {

/// A report read from the store, ready to be laid out.
using Report = std::variant<TrendReport, WardAlarmReport, HandoverReport>;

const ReportHeader& headerOf(const Report& report);

/// Lays a report out and paints it: pure, no database, any thread (QtGui only, never a widget).
namespace ReportRenderer {

/// Paints every page on the device (a PDF writer, or a printer the workstation chose); the number of pages.
Result<int> render(const Report& report, QPagedPaintDevice& device);
/// The number of pages the report takes on the device, without painting.
int pageCount(const Report& report, const QPagedPaintDevice& device);
/// Writes the report as an A4 PDF/A-1b file, atomically (a failed write leaves an existing file as it was).
Result<int> writePdf(const Report& report, const QString& path);

} // namespace ReportRenderer

} // namespace pulsedesk::reports
