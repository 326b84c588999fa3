#include "exports/RecordSummary.h"

#include "alarms/AlarmEngine.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QMap>
#include <QPageSize>
#include <QPdfWriter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextDocument>

#include <cmath>

namespace pulsedesk::RecordSummary {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

/// The heart rate of one day, from its analysis windows.
struct Day
{
    qint64 windows = 0;
    double weightedSum = 0;
    qint64 samples = 0;
    double low = std::nan("");
    double high = std::nan("");
};

QString rate(double value)
{
    return std::isnan(value) ? QStringLiteral("–") : QString::number(value, 'f', 0);
}

} // namespace

Status write(QSqlDatabase& db, const ExportPatient& p, const QString& printedBy, qint64 printedAtMs,
             const QTimeZone& zone, QIODevice& out)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("RecordSummary", "A PDF can only be written by a program that lays out text.")};
    const auto time = [&zone](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    };
    const Patient& patient = p.patient;
    QString html;
    html += QStringLiteral("<h1>%1</h1>").arg(esc(QCoreApplication::translate("RecordSummary", "Your health record")));
    html += QStringLiteral("<table cellpadding='2'>");
    const auto row = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(label), esc(value));
    };
    row(QCoreApplication::translate("RecordSummary", "Name"), patient.name);
    row(QCoreApplication::translate("RecordSummary", "Medical record number"), patient.mrn);
    row(QCoreApplication::translate("RecordSummary", "Birth date"),
        patient.birthDate.isValid() ? patient.birthDate.toString(Qt::ISODate)
                                    : QCoreApplication::translate("RecordSummary", "unknown"));
    row(QCoreApplication::translate("RecordSummary", "Sex"), sexDisplayName(patient.sex));
    row(QCoreApplication::translate("RecordSummary", "Ward and bed"),
        QStringLiteral("%1 / %2").arg(patient.ward, patient.bed));
    row(QCoreApplication::translate("RecordSummary", "Admitted"), time(patient.admittedAt.toMSecsSinceEpoch()));
    if (patient.dischargedAt.isValid())
        row(QCoreApplication::translate("RecordSummary", "Discharged"), time(patient.dischargedAt.toMSecsSinceEpoch()));
    row(QCoreApplication::translate("RecordSummary", "Responsible doctors"), p.doctorNames.join(QStringLiteral(", ")));
    row(QCoreApplication::translate("RecordSummary", "Printed"),
        QCoreApplication::translate("RecordSummary", "%1 by %2").arg(time(printedAtMs), printedBy));
    html += QStringLiteral("</table>");

    auto devices = ExportSupport::devices(db, patient.id, {});
    if (!devices)
        return devices.error();
    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(QCoreApplication::translate("RecordSummary", "Devices worn")));
    for (const ExportDevice& d : devices.value())
        html += QStringLiteral("<li>%1 (%2 %3)</li>").arg(esc(d.deviceId), esc(d.manufacturer), esc(d.model));
    html += QStringLiteral("</ul>");

    // Day by day, from the analysis windows (a month of windows is streamed, only the days are kept).
    QMap<QDate, Day> days;
    const Status read = ExportSupport::eachResult(db, patient.id, {}, [&](const WindowResult& r) {
        Day& day = days[QDateTime::fromMSecsSinceEpoch(r.windowStartMs, zone).date()];
        ++day.windows;
        if (!std::isnan(r.hrMean)) {
            day.weightedSum += r.hrMean * r.sampleCount;
            day.samples += r.sampleCount;
        }
        if (!std::isnan(r.hrMin) && !(day.low <= r.hrMin))
            day.low = r.hrMin;
        if (!std::isnan(r.hrMax) && !(day.high >= r.hrMax))
            day.high = r.hrMax;
        return true;
    });
    if (!read)
        return read.error();
    html += QStringLiteral("<h2>%1</h2>")
                .arg(esc(QCoreApplication::translate("RecordSummary", "Heart rate by day (beats per minute)")));
    html += QStringLiteral("<table border='1' cellspacing='0' cellpadding='3'><tr><th>%1</th><th>%2</th><th>%3</th>"
                           "<th>%4</th></tr>")
                .arg(esc(QCoreApplication::translate("RecordSummary", "Day")),
                     esc(QCoreApplication::translate("RecordSummary", "Average")),
                     esc(QCoreApplication::translate("RecordSummary", "Lowest")),
                     esc(QCoreApplication::translate("RecordSummary", "Highest")));
    for (auto it = days.cbegin(); it != days.cend(); ++it)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(it.key().toString(Qt::ISODate),
                         rate(it->samples > 0 ? it->weightedSum / static_cast<double>(it->samples) : std::nan("")),
                         rate(it->low), rate(it->high));
    html += QStringLiteral("</table>");

    const QString context = QCoreApplication::translate("Exports", "reading the record to export");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT raised_at, priority, condition, ended_at FROM alarms WHERE patient_id = ? "
                                  "ORDER BY raised_at, id"),
                   {patient.id}))
        return Sql::error(q, context);
    html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(QCoreApplication::translate("RecordSummary", "Alarms")));
    int alarms = 0;
    while (q.next()) {
        ++alarms;
        const auto priority = priorityFromKey(q.value(1).toString());
        const auto condition = conditionFromKey(q.value(2).toString());
        html += QStringLiteral("<li>%1 – %2, %3</li>")
                    .arg(time(q.value(0).toLongLong()),
                         esc(condition ? conditionDisplayName(*condition) : q.value(2).toString()),
                         esc(priority ? priorityDisplayName(*priority) : q.value(1).toString()));
    }
    if (alarms == 0)
        html += QStringLiteral("<li>%1</li>").arg(esc(QCoreApplication::translate("RecordSummary", "none")));
    html += QStringLiteral("</ul>");
    if (q.lastError().isValid())
        return Sql::error(q, context);

    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.id, r.written_at, u.display_name, r.text, coalesce(r.amends_id, 0) FROM "
                                  "clinical_records r JOIN users u ON u.id = r.author_id WHERE r.patient_id = ? "
                                  "ORDER BY r.written_at, r.id"),
                   {patient.id}))
        return Sql::error(q, context);
    html += QStringLiteral("<h2>%1</h2>").arg(esc(QCoreApplication::translate("RecordSummary", "Clinical notes")));
    while (q.next()) {
        QString header = QCoreApplication::translate("RecordSummary", "Note %1, %2, %3")
                             .arg(q.value(0).toString(), time(q.value(1).toLongLong()), q.value(2).toString());
        if (q.value(4).toLongLong() > 0)
            header += QStringLiteral(" ")
                + QCoreApplication::translate("RecordSummary", "(corrects note %1)").arg(q.value(4).toString());
        html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                    .arg(esc(header), esc(q.value(3).toString()).replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    }
    if (q.lastError().isValid())
        return Sql::error(q, context);

    QPdfWriter pdf(&out);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    pdf.setTitle(QCoreApplication::translate("RecordSummary", "Health record"));
    pdf.setCreator(QStringLiteral("PulseDesk"));
    QTextDocument document;
    document.setHtml(html);
    document.print(&pdf);
    return {};
}

} // namespace pulsedesk::RecordSummary
