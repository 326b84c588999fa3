#pragma once

#include "common/Result.h"
#include "reports/ReportData.h"

#include <QSqlDatabase>

/// The queries the report readers share (ReportReader.cpp, WardReader.cpp).
namespace pulsedesk::reports::ReaderQueries {

/// The columns readAlarm() reads, from `alarms a` joined with `patients p` and the acknowledging `users u`.
extern const char* const AlarmColumns;
ReportAlarm readAlarm(const QSqlQuery& q);
/// Alarms by a WHERE clause over those tables, with its values, in the given order.
Result<QList<ReportAlarm>> alarms(QSqlDatabase& db, const QString& where, std::initializer_list<QVariant> values,
                                  const QString& orderBy);
/// Findings of a patient: in [fromMs, toMs), or every one not reviewed yet with `unreviewedOnly`.
Result<QList<ReportFinding>> findings(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs,
                                      bool unreviewedOnly);
/// The display names of the patient's responsible doctors.
Result<QStringList> doctors(QSqlDatabase& db, qint64 patientId);
/// The patient's newest note (amendments included), if any.
Result<std::optional<ReportNote>> lastNote(QSqlDatabase& db, qint64 patientId);
/// The translated "while doing this" of a failed read.
QString context();

} // namespace pulsedesk::reports::ReaderQueries
