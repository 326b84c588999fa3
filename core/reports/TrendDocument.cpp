#include "reports/ReportDocuments.h"
#include "reports/ReportText.h"
#include "reports/TrendChartPainter.h"
#include "scores/News2.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

namespace pulsedesk::reports::ReportDocuments {

namespace {

void chartSection(ReportFlow& flow, const TrendReport& report)
{
    const PatientChart& chart = report.chart;
    const HeartRateLimits& l = chart.limits.limits;
    flow.addHeading(QCoreApplication::translate("Report", "Heart rate"));
    const QString basis = chart.limits.basis == ClassificationBasis::PatientLimits
        ? QCoreApplication::translate("Report", "the patient's own limits")
        : QCoreApplication::translate("Report", "the reference band %1").arg(bandDisplayName(chart.limits.band));
    QString caption = QCoreApplication::translate("Report", "%1 samples, of which %2 imported (dashed).")
                          .arg(chart.sampleCount)
                          .arg(chart.importedCount);
    caption += QLatin1Char(' ')
        + QCoreApplication::translate("Report",
                                      "Shaded by %1: normal from %2 to %3 bpm, severe at or below %4 and at or above "
                                      "%5 bpm.")
              .arg(basis)
              .arg(l.bradycardiaBelow, 0, 'f', 0)
              .arg(l.tachycardiaAbove, 0, 'f', 0)
              .arg(l.severeBradycardiaAtOrBelow, 0, 'f', 0)
              .arg(l.severeTachycardiaAtOrAbove, 0, 'f', 0);
    if (report.ownLimits)
        caption += QLatin1Char(' ')
            + QCoreApplication::translate("Report", "Limits set on %1: %2.")
                  .arg(ReportText::time(report.ownLimits->setAt.toMSecsSinceEpoch()), report.ownLimits->reason);
    caption += QLatin1Char(' ')
        + QCoreApplication::translate("Report", "No sample for longer than %1 is drawn as a gap.")
              .arg(ReportText::duration(chart.gapMs));
    flow.addParagraph(caption, flow.fonts().small);
    flow.addSpace(1.5);
    const ReportFonts* fonts = &flow.fonts();
    const PageGeometry* geometry = &flow.geometry();
    const PatientChart* data = &chart;
    flow.addRow(makeRow(flow.geometry().mm(78), [fonts, geometry, data](QPainter& p, const QRectF& r) {
        TrendChartPainter(*data, *fonts, *geometry).paint(p, r);
    }));
}

void hourlySection(ReportFlow& flow, const TrendReport& report)
{
    flow.addHeading(QCoreApplication::translate("Report", "Hourly values"));
    QList<TableColumn> columns {{QCoreApplication::translate("Report", "Hour"), 2.2},
                                {QCoreApplication::translate("Report", "Samples"), 1.2, Qt::AlignRight},
                                {QCoreApplication::translate("Report", "Median"), 1.1, Qt::AlignRight},
                                {QCoreApplication::translate("Report", "Min"), 0.9, Qt::AlignRight},
                                {QCoreApplication::translate("Report", "Max"), 0.9, Qt::AlignRight}};
    for (Category c : {Category::SevereBradycardia, Category::ModerateBradycardia, Category::NoAnomaly,
                       Category::ModerateTachycardia, Category::SevereTachycardia})
        columns.append({categoryDisplayName(c), 1.35, Qt::AlignRight});
    QList<QStringList> rows;
    for (const HourRow& hour : report.hours) {
        QStringList cells {ReportText::time(hour.startMs), QString::number(hour.samples), ReportText::bpm(hour.median),
                           ReportText::bpm(hour.min), ReportText::bpm(hour.max)};
        for (double share : hour.share)
            cells.append(ReportText::percent(share));
        rows.append(cells);
    }
    flow.addParagraph(QCoreApplication::translate(
                          "Report", "Heart rate in bpm; the share of the time covered by samples in each category."),
                      flow.fonts().small);
    flow.addTable(columns, rows, QCoreApplication::translate("Report", "No hours in the period."));
}

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

void observationSection(ReportFlow& flow, const TrendReport& report)
{
    flow.addHeading(QCoreApplication::translate("Report", "Observations and NEWS2"));
    const QList<TableColumn> columns {{QCoreApplication::translate("Report", "Taken"), 2.2},
                                      {QCoreApplication::translate("Report", "Resp."), 0.8, Qt::AlignRight},
                                      {QCoreApplication::translate("Report", "SpO2"), 1.1, Qt::AlignRight},
                                      {QCoreApplication::translate("Report", "Air/O2"), 0.8},
                                      {QCoreApplication::translate("Report", "Systolic"), 0.9, Qt::AlignRight},
                                      {QCoreApplication::translate("Report", "Pulse"), 0.8, Qt::AlignRight},
                                      {QCoreApplication::translate("Report", "ACVPU"), 0.8},
                                      {QCoreApplication::translate("Report", "Temp."), 0.8, Qt::AlignRight},
                                      {QCoreApplication::translate("Report", "NEWS2"), 0.9, Qt::AlignRight},
                                      {QCoreApplication::translate("Report", "Risk"), 1.3},
                                      {QCoreApplication::translate("Report", "Recorded by"), 2.2}};
    QList<QStringList> rows;
    for (const Observation& o : report.observations) {
        const News2Observation& v = o.values;
        QString recordedBy = o.recordedByName;
        if (o.amendsId != 0)
            recordedBy = QCoreApplication::translate("Report", "%1 (amended %2)")
                             .arg(recordedBy, ReportText::time(o.recordedAt.toMSecsSinceEpoch()));
        QString spo2 = number(v.spo2, 0) + QStringLiteral(" %");
        if (v.scale2)
            spo2 += QLatin1Char(' ') + QCoreApplication::translate("Report", "(scale 2)");
        rows.append(
            {ReportText::time(o.takenAt.toMSecsSinceEpoch()), number(v.respirationRate, 0), spo2,
             v.onOxygen ? QCoreApplication::translate("Report", "O2") : QCoreApplication::translate("Report", "air"),
             number(v.systolic, 0), number(v.pulse, 0), consciousnessKey(v.consciousness), number(v.temperatureC, 1),
             o.news2 ? QString::number(o.news2->total) : ReportText::dash(),
             o.news2 ? news2RiskDisplayName(o.news2->risk) : unscoredReasonText(o.unscored), recordedBy});
    }
    flow.addParagraph(QCoreApplication::translate("Report",
                                                  "Respiration per minute, SpO2 in %, systolic pressure in mmHg, pulse "
                                                  "per minute, temperature in °C; NEWS2 as scored when recorded (Royal "
                                                  "College of Physicians, 2017)."),
                      flow.fonts().small);
    flow.addTable(columns, rows, QCoreApplication::translate("Report", "No observations in the period."));
}

void alarmSection(ReportFlow& flow, const TrendReport& report)
{
    flow.addHeading(QCoreApplication::translate("Report", "Alarms"));
    const QList<TableColumn> columns {{QCoreApplication::translate("Report", "Raised"), 1.6},
                                      {QCoreApplication::translate("Report", "Alarm"), 2.2},
                                      {QCoreApplication::translate("Report", "Priority"), 1},
                                      {QCoreApplication::translate("Report", "Acknowledged by"), 1.6},
                                      {QCoreApplication::translate("Report", "Acknowledged"), 1.6},
                                      {QCoreApplication::translate("Report", "Ended"), 1.6},
                                      {QCoreApplication::translate("Report", "Comment"), 2}};
    QList<QStringList> rows;
    for (const ReportAlarm& a : report.alarms)
        rows.append(
            {ReportText::time(a.raisedMs), alarmText(a), priorityDisplayName(a.priority),
             a.acknowledgedBy.isEmpty() ? ReportText::dash() : a.acknowledgedBy, ReportText::time(a.acknowledgedMs),
             a.endedMs > 0 ? ReportText::time(a.endedMs) : QCoreApplication::translate("Report", "open"), a.comment});
    flow.addTable(columns, rows, QCoreApplication::translate("Report", "No alarms in the period."));
}

void findingSection(ReportFlow& flow, const TrendReport& report)
{
    flow.addHeading(QCoreApplication::translate("Report", "Findings"));
    const QList<TableColumn> columns {{QCoreApplication::translate("Report", "Window"), 1.6},
                                      {QCoreApplication::translate("Report", "Category"), 2},
                                      {QCoreApplication::translate("Report", "Device"), 1.6},
                                      {QCoreApplication::translate("Report", "Found"), 1.6},
                                      {QCoreApplication::translate("Report", "Reviewed by"), 2}};
    QList<QStringList> rows;
    for (const ReportFinding& f : report.findings)
        rows.append({ReportText::time(f.windowStartMs), categoryDisplayName(f.category), f.deviceId,
                     ReportText::time(f.foundAtMs),
                     f.reviewedBy.isEmpty()
                         ? QCoreApplication::translate("Report", "not reviewed")
                         : QStringLiteral("%1, %2").arg(f.reviewedBy, ReportText::time(f.reviewedAtMs))});
    flow.addTable(columns, rows, QCoreApplication::translate("Report", "No findings in the period."));
}

void noteSection(ReportFlow& flow, const TrendReport& report)
{
    flow.addHeading(QCoreApplication::translate("Report", "Clinical notes"));
    if (report.notes.isEmpty()) {
        flow.addParagraph(QCoreApplication::translate("Report", "No notes in the period."), flow.fonts().body);
        return;
    }
    for (const ReportNote& note : report.notes) {
        QString title = QStringLiteral("%1 · %2").arg(ReportText::time(note.writtenAtMs), note.author);
        if (note.amendsId != 0) {
            QString amended;
            for (const ReportNote& other : report.notes) {
                if (other.id == note.amendsId)
                    amended = ReportText::time(other.writtenAtMs);
            }
            title += QStringLiteral(" · ")
                + (amended.isEmpty()
                       ? QCoreApplication::translate("Report", "amendment of an earlier note")
                       : QCoreApplication::translate("Report", "amendment of the note of %1").arg(amended));
        }
        flow.addSpace(1);
        flow.addParagraph(title, flow.fonts().bold, 0, true);
        flow.addParagraph(note.text, flow.fonts().body, 4);
    }
}

} // namespace

QString alarmText(const ReportAlarm& alarm)
{
    QString text = conditionDisplayName(alarm.condition);
    if (alarm.category)
        text += QStringLiteral(" (%1)").arg(categoryDisplayName(*alarm.category).toLower());
    return text;
}

void trend(ReportFlow& flow, const TrendReport& report)
{
    flow.addParagraph(report.header.title, flow.fonts().title);
    flow.addSpace(2);
    const QString none = ReportText::dash();
    flow.addFields({
        {QCoreApplication::translate("Report", "Patient"), report.patientName},
        {QCoreApplication::translate("Report", "MRN"), report.mrn},
        {QCoreApplication::translate("Report", "Ward and bed"),
         QCoreApplication::translate("Report", "%1, bed %2")
             .arg(report.ward.isEmpty() ? none : report.ward, report.bed.isEmpty() ? none : report.bed)},
        {QCoreApplication::translate("Report", "Responsible doctors"),
         report.doctors.isEmpty() ? none : report.doctors.join(QStringLiteral(", "))},
        {QCoreApplication::translate("Report", "Period"), ReportText::period(report.header.fromMs, report.header.toMs)},
        {QCoreApplication::translate("Report", "Printed by"),
         QCoreApplication::translate("Report", "%1 on %2")
             .arg(report.header.printedBy, ReportText::time(report.header.printedAtMs))},
    });
    chartSection(flow, report);
    hourlySection(flow, report);
    observationSection(flow, report);
    alarmSection(flow, report);
    findingSection(flow, report);
    noteSection(flow, report);
}

} // namespace pulsedesk::reports::ReportDocuments
