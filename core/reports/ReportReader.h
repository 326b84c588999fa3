#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"

namespace pulsedesk {
class Workspace;
struct Session;
} // namespace pulsedesk

/// Reads what a report shows from the store, in one go, so that laying it out and painting it need no database
/// (the workstation reads on its background thread and paints on the GUI thread). Doctors and nurses only: a
/// report is clinical content. Reading is not audited here; the report is, once it is written or printed.
namespace pulsedesk::reports::ReportReader {

Result<TrendReport> trend(Workspace& workspace, const Session& session, const ReportRequest& request);
Result<WardAlarmReport> wardAlarms(Workspace& workspace, const Session& session, const ReportRequest& request);
Result<HandoverReport> handover(Workspace& workspace, const Session& session, const ReportRequest& request);

/// Ok when the session may read reports: patients, records and results.
Status mayRead(const Session& session);
/// Ok when the request's period is not empty and at most 93 days long.
Status checkPeriod(const ReportRequest& request);

} // namespace pulsedesk::reports::ReportReader
