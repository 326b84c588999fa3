#include "reports/ReaderQueries.h"

#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pulsedesk::reports::ReaderQueries {

const char* const AlarmColumns =
    "a.id, coalesce(p.mrn, ''), coalesce(p.name, ''), coalesce(p.bed, ''), a.condition, a.priority, a.category, "
    "a.raised_at, coalesce(a.acknowledged_at, 0), coalesce(u.display_name, ''), coalesce(a.ended_at, 0), a.comment";

QString context()
{
    return QCoreApplication::translate("Report", "reading the report");
}

ReportAlarm readAlarm(const QSqlQuery& q)
{
    ReportAlarm alarm;
    alarm.id = q.value(0).toLongLong();
    alarm.mrn = q.value(1).toString();
    alarm.patientName = q.value(2).toString();
    alarm.bed = q.value(3).toString();
    alarm.condition = conditionFromKey(q.value(4).toString()).value_or(AlarmCondition::Tachycardia);
    alarm.priority = priorityFromKey(q.value(5).toString()).value_or(AlarmPriority::Medium);
    alarm.category = categoryFromKey(q.value(6).toString());
    alarm.raisedMs = q.value(7).toLongLong();
    alarm.acknowledgedMs = q.value(8).toLongLong();
    alarm.acknowledgedBy = q.value(9).toString();
    alarm.endedMs = q.value(10).toLongLong();
    alarm.comment = q.value(11).toString();
    return alarm;
}

Result<QList<ReportAlarm>> alarms(QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values,
                                  const QString& orderBy)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral("SELECT %1 FROM alarms a LEFT JOIN patients p ON p.id = a.patient_id "
                                       "LEFT JOIN users u ON u.id = a.acknowledged_by WHERE %2 ORDER BY %3")
                            .arg(QLatin1String(AlarmColumns), where, orderBy);
    if (!Sql::exec(q, sql, values))
        return Sql::error(q, context());
    QList<ReportAlarm> list;
    while (q.next())
        list.append(readAlarm(q));
    return list;
}

Result<QList<ReportFinding>> findings(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs,
                                      bool unreviewedOnly)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QStringLiteral(
        "SELECT p.mrn, d.device_id, f.window_start, f.category, f.found_at, coalesce(u.display_name, ''), "
        "coalesce(f.reviewed_at, 0) FROM findings f JOIN patients p ON p.id = f.patient_id "
        "JOIN devices d ON d.id = f.device_id LEFT JOIN users u ON u.id = f.reviewed_by WHERE f.patient_id = ? AND "
        "(? <> 0 AND f.reviewed_by IS NULL OR ? = 0 AND f.window_start >= ? AND f.window_start < ?) "
        "ORDER BY f.window_start");
    if (!Sql::exec(q, sql, {patientId, unreviewedOnly, unreviewedOnly, fromMs, toMs}))
        return Sql::error(q, context());
    QList<ReportFinding> list;
    while (q.next()) {
        ReportFinding finding;
        finding.mrn = q.value(0).toString();
        finding.deviceId = q.value(1).toString();
        finding.windowStartMs = q.value(2).toLongLong();
        finding.category = categoryFromKey(q.value(3).toString()).value_or(Category::NoAnomaly);
        finding.foundAtMs = q.value(4).toLongLong();
        finding.reviewedBy = q.value(5).toString();
        finding.reviewedAtMs = q.value(6).toLongLong();
        list.append(finding);
    }
    return list;
}

Result<QStringList> doctors(QSqlDatabase& db, qint64 patientId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT u.display_name FROM doctor_patient d JOIN users u ON u.id = d.doctor_id "
                                  "WHERE d.patient_id = ? ORDER BY d.since, u.display_name"),
                   {patientId}))
        return Sql::error(q, context());
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<std::optional<ReportNote>> lastNote(QSqlDatabase& db, qint64 patientId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.id, r.written_at, u.display_name, r.text, coalesce(r.amends_id, 0) "
                                  "FROM clinical_records r JOIN users u ON u.id = r.author_id WHERE r.patient_id = ? "
                                  "ORDER BY r.written_at DESC, r.id DESC LIMIT 1"),
                   {patientId}))
        return Sql::error(q, context());
    if (!q.next())
        return std::optional<ReportNote> {};
    return std::optional<ReportNote> {ReportNote {q.value(0).toLongLong(), q.value(1).toLongLong(),
                                                  q.value(2).toString(), q.value(3).toString(),
                                                  q.value(4).toLongLong()}};
}

} // namespace pulsedesk::reports::ReaderQueries
