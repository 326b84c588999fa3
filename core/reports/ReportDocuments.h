#pragma once

#include "reports/ReportData.h"
#include "reports/ReportLayout.h"

/// The table builders of the reports: each lays one report's content out as rows of a ReportFlow. The report
/// must outlive the flow (the chart row paints from it).
namespace pulsedesk::reports::ReportDocuments {

void trend(ReportFlow& flow, const TrendReport& report);
void wardAlarms(ReportFlow& flow, const WardAlarmReport& report);
void handover(ReportFlow& flow, const HandoverReport& report);

/// "Tachycardia (severe tachycardia)": the condition and the worst category seen.
QString alarmText(const ReportAlarm& alarm);

} // namespace pulsedesk::reports::ReportDocuments
