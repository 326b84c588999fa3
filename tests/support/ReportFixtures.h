#pragma once

#include "TestWorkspace.h"

#include <QString>
#include <QStringList>

namespace pulsedesk::test {

/// A ward "R" for the report tests, over the 24 hours before `endMs`:
/// - bed 3, "Erika Report-Mustermann" (MRN-R1), doctors "Dr. Rita Rossi" and "Dr. Max Meyer", her own limits;
///   device dev-r1 with live samples every 5 s, a two-hour gap, and the last 4 hours imported; a high
///   tachycardia alarm acknowledged by "Nurse Ana Lima" after 10 minutes, a finding, a note and its amendment;
///   observations by the nurse 6 hours before the end (NEWS2 0, amended: pulse 87 corrected to 78) and 2 hours
///   before the end (NEWS2 10, high risk);
/// - bed 5, "Hans Beispiel" (MRN-R2): an open medium bradycardia alarm nobody has acknowledged, a finding to
///   review and a note;
/// - on ward "B", "Other Ward-Patient" (MRN-X1) with an alarm of its own, which no ward R report may show.
struct ReportWard
{
    qint64 fromMs = 0;
    qint64 toMs = 0;
    Session doctor;
    Session nurse;

    static constexpr auto NoteText = "Started a beta blocker; watch for bradycardia overnight.";
    static constexpr auto AmendmentText = "Correction: the beta blocker starts tomorrow morning.";
    static constexpr auto OtherNoteText = "Sleeps well, no complaints.";
};

ReportWard populateReportWard(TestWorkspace& tw);

/// The text of a PDF, of one page when `page` > 0; empty if pdftotext failed. In the order it was drawn
/// (pdftotext -raw: a table cell's lines stay together), or as laid out on the page with `layout`.
QString pdfText(const QString& path, int page = 0, bool layout = false);
/// Text without any white space (to find words a table cell wrapped), ligatures as their letters (NFKC).
QString flat(const QString& text);
/// The number of pages of a PDF (pdfinfo); 0 if it cannot be read.
int pdfPages(const QString& path);

} // namespace pulsedesk::test
