#include "reports/ReportDocuments.h"
#include "reports/ReportText.h"

#include <QCoreApplication>

#include <cmath>

namespace pulsedesk::reports::ReportDocuments {

namespace {

void titleAndFields(ReportFlow& flow, const ReportHeader& header, QList<QPair<QString, QString>> fields)
{
    flow.addParagraph(header.title, flow.fonts().title);
    flow.addSpace(2);
    fields.append({QCoreApplication::translate("Report", "Printed by"),
                   QCoreApplication::translate("Report", "%1 on %2")
                       .arg(header.printedBy, ReportText::time(header.printedAtMs))});
    flow.addFields(fields);
}

QString patientText(const QString& name, const QString& mrn)
{
    return mrn.isEmpty() ? ReportText::dash() : QStringLiteral("%1 (%2)").arg(name, mrn);
}

QString deviceText(const WardTile& tile)
{
    switch (tile.device) {
    case WardTile::DeviceState::NoDevice:
        return QCoreApplication::translate("Report", "no device assigned");
    case WardTile::DeviceState::Waiting:
        return QCoreApplication::translate("Report", "device %1, nothing received yet").arg(tile.deviceId);
    case WardTile::DeviceState::Live:
        return QCoreApplication::translate("Report", "device %1, live").arg(tile.deviceId);
    case WardTile::DeviceState::Silent:
        return QCoreApplication::translate("Report", "device %1, silent since %2")
            .arg(tile.deviceId, ReportText::time(tile.lastSampleMs));
    }
    return {};
}

QString stateText(const WardTile& tile)
{
    if (std::isnan(tile.heartRate))
        return deviceText(tile);
    QString state = QCoreApplication::translate("Report", "%1 bpm at %2")
                        .arg(ReportText::bpm(tile.heartRate), ReportText::time(tile.lastSampleMs));
    if (tile.category)
        state += QStringLiteral(", %1").arg(categoryDisplayName(*tile.category).toLower());
    if (tile.lowConfidence)
        state += QStringLiteral(", %1").arg(QCoreApplication::translate("Report", "low confidence"));
    return QStringLiteral("%1; %2").arg(state, deviceText(tile));
}

QString noteTitle(const ReportNote& note)
{
    QString title = QStringLiteral("%1 · %2").arg(ReportText::time(note.writtenAtMs), note.author);
    if (note.amendsId != 0)
        title += QStringLiteral(" · %1").arg(QCoreApplication::translate("Report", "amendment of an earlier note"));
    return title;
}

} // namespace

void wardAlarms(ReportFlow& flow, const WardAlarmReport& report)
{
    titleAndFields(flow, report.header,
                   {{QCoreApplication::translate("Report", "Ward"), report.ward},
                    {QCoreApplication::translate("Report", "Period"),
                     ReportText::period(report.header.fromMs, report.header.toMs)}});

    flow.addHeading(QCoreApplication::translate("Report", "Totals"));
    const QList<TableColumn> totalColumns {
        {QCoreApplication::translate("Report", "Priority"), 2},
        {QCoreApplication::translate("Report", "Alarms"), 1, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Acknowledged"), 1.4, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Median time to acknowledge"), 2, Qt::AlignRight}};
    QList<QStringList> totals;
    int all = 0;
    int acknowledged = 0;
    for (const PriorityTotal& t : report.totals) {
        totals.append({priorityDisplayName(t.priority), QString::number(t.alarms), QString::number(t.acknowledged),
                       ReportText::duration(t.medianToAcknowledgeMs)});
        all += t.alarms;
        acknowledged += t.acknowledged;
    }
    totals.append({QCoreApplication::translate("Report", "All"), QString::number(all), QString::number(acknowledged),
                   ReportText::duration(report.medianToAcknowledgeMs)});
    flow.addTable(totalColumns, totals, {});

    flow.addHeading(QCoreApplication::translate("Report", "Alarms by bed"));
    const QList<TableColumn> columns {
        {QCoreApplication::translate("Report", "Bed"), 0.7},
        {QCoreApplication::translate("Report", "Patient"), 2},
        {QCoreApplication::translate("Report", "Alarm"), 2},
        {QCoreApplication::translate("Report", "Priority"), 1},
        {QCoreApplication::translate("Report", "Raised"), 1.6},
        {QCoreApplication::translate("Report", "Acknowledged by"), 1.5},
        {QCoreApplication::translate("Report", "Time to acknowledge"), 1.3, Qt::AlignRight},
        {QCoreApplication::translate("Report", "Ended"), 1.6}};
    QList<QStringList> rows;
    for (const ReportAlarm& a : report.alarms)
        rows.append({a.bed, patientText(a.patientName, a.mrn), alarmText(a), priorityDisplayName(a.priority),
                     ReportText::time(a.raisedMs), a.acknowledgedBy.isEmpty() ? ReportText::dash() : a.acknowledgedBy,
                     a.acknowledgedMs > 0 ? ReportText::duration(a.acknowledgedMs - a.raisedMs) : ReportText::dash(),
                     a.endedMs > 0 ? ReportText::time(a.endedMs) : QCoreApplication::translate("Report", "open")});
    flow.addTable(columns, rows, QCoreApplication::translate("Report", "No alarms in the period."));
}

void handover(ReportFlow& flow, const HandoverReport& report)
{
    titleAndFields(
        flow, report.header,
        {{QCoreApplication::translate("Report", "Ward"), report.ward},
         {QCoreApplication::translate("Report", "Admitted patients"), QString::number(report.patients.size())}});
    if (report.patients.isEmpty()) {
        flow.addSpace(3);
        flow.addParagraph(QCoreApplication::translate("Report", "No admitted patients on this ward."),
                          flow.fonts().body);
    }
    for (const HandoverPatient& patient : report.patients) {
        const WardTile& tile = patient.tile;
        flow.addHeading(QCoreApplication::translate("Report", "Bed %1: %2")
                            .arg(tile.bed.isEmpty() ? ReportText::dash() : tile.bed, patientText(tile.name, tile.mrn)));
        QStringList alarms;
        for (const ReportAlarm& a : patient.openAlarms) {
            QString line =
                QCoreApplication::translate("Report", "%1, %2, since %3")
                    .arg(alarmText(a), priorityDisplayName(a.priority).toLower(), ReportText::time(a.raisedMs));
            if (a.acknowledgedMs > 0)
                line += QStringLiteral("; %1").arg(QCoreApplication::translate("Report", "acknowledged by %1 at %2")
                                                       .arg(a.acknowledgedBy, ReportText::time(a.acknowledgedMs)));
            alarms.append(line);
        }
        QStringList findings;
        constexpr int ListedFindings = 10;
        for (const ReportFinding& f : patient.findingsToReview.mid(0, ListedFindings))
            findings.append(QStringLiteral("%1 %2").arg(ReportText::time(f.windowStartMs),
                                                        categoryDisplayName(f.category).toLower()));
        if (patient.findingsToReview.size() > ListedFindings)
            findings.append(QCoreApplication::translate("Report", "and %1 more")
                                .arg(patient.findingsToReview.size() - ListedFindings));
        const QString none = QCoreApplication::translate("Report", "none");
        flow.addFields({
            {QCoreApplication::translate("Report", "Responsible doctors"),
             patient.doctors.isEmpty() ? ReportText::dash() : patient.doctors.join(QStringLiteral(", "))},
            {QCoreApplication::translate("Report", "Current state"), stateText(tile)},
            {QCoreApplication::translate("Report", "Limits"), patient.limitsBasis},
            {QCoreApplication::translate("Report", "Open alarms"),
             alarms.isEmpty() ? none : alarms.join(QLatin1Char('\n'))},
            {QCoreApplication::translate("Report", "Findings to review"),
             findings.isEmpty() ? none : findings.join(QLatin1Char('\n'))},
            {QCoreApplication::translate("Report", "Last note"),
             patient.lastNote ? noteTitle(*patient.lastNote) : none},
        });
        if (patient.lastNote)
            flow.addParagraph(patient.lastNote->text, flow.fonts().body, 4);
    }
}

} // namespace pulsedesk::reports::ReportDocuments
