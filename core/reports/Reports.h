#pragma once

#include "common/Result.h"
#include "reports/ReportRenderer.h"

namespace pulsedesk {
class Workspace;
struct Session;
} // namespace pulsedesk

/// The printed reports as a service: read one from the store, and record who produced which report in the audit
/// log. Laying out and painting are ReportRenderer's, apart, so that the workstation can read on its background
/// thread and paint on a printer in the GUI thread.
namespace pulsedesk::reports::Reports {

/// Reads the report the request asks for (doctor, nurse).
Result<Report> read(Workspace& workspace, const Session& session, const ReportRequest& request);

/// Records that the session produced the report: `output` says how ("pdf", "print", "preview"). The subject is
/// the patient (trend) or the ward; the details name the report, its period and its pages.
Status audit(Workspace& workspace, const Session& session, const ReportRequest& request, const QString& output,
             int pages);

/// Reads, writes the PDF file and audits it; the number of pages.
Result<int> exportPdf(Workspace& workspace, const Session& session, const ReportRequest& request, const QString& path);

} // namespace pulsedesk::reports::Reports
