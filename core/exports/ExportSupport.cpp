#include "exports/ExportSupport.h"

#include "analysis/ResultStore.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <cstdlib>

namespace pulsedesk {

QString ExportRange::describe() const
{
    const QString open = QStringLiteral("-");
    return QStringLiteral("from %1 to %2")
        .arg(from.isValid() ? ExportSupport::isoUtc(fromMs()) : open,
             to.isValid() ? ExportSupport::isoUtc(toMs()) : open);
}

namespace {

/// Floor division, for times before 1970 too.
qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

} // namespace

IsoFormatter::IsoFormatter(const QTimeZone& zone)
    : m_zone(zone)
    , m_utc(!zone.isValid())
{ }

QString IsoFormatter::operator()(qint64 ms)
{
    constexpr qint64 QuarterMs = 15 * 60'000;
    if (!m_utc) {
        const qint64 quarter = floorDiv(ms, QuarterMs);
        if (quarter != m_quarter) {
            m_quarter = quarter;
            m_offsetSeconds = m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(quarter * QuarterMs, Qt::UTC));
        }
    }
    const qint64 local = ms + qint64(m_offsetSeconds) * 1000;
    const qint64 days = floorDiv(local, 86'400'000);
    const qint64 inDay = local - days * 86'400'000;
    // Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil inverse).
    const qint64 z = days + 719'468;
    const qint64 era = floorDiv(z, 146'097);
    const qint64 doe = z - era * 146'097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36'524 - doe / 146'096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const int day = int(doy - (153 * mp + 2) / 5 + 1);
    const int month = int(mp < 10 ? mp + 3 : mp - 9);
    const int year = int(yoe + era * 400 + (month <= 2 ? 1 : 0));
    char text[40];
    int n = std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03d", year, month, day,
                          int(inDay / 3'600'000), int(inDay / 60'000 % 60), int(inDay / 1000 % 60), int(inDay % 1000));
    if (m_utc) {
        n += std::snprintf(text + n, sizeof text - std::size_t(n), "Z");
    } else {
        const int minutes = std::abs(m_offsetSeconds) / 60;
        n += std::snprintf(text + n, sizeof text - std::size_t(n), "%c%02d:%02d", m_offsetSeconds < 0 ? '-' : '+',
                           minutes / 60, minutes % 60);
    }
    return QString::fromLatin1(text, n);
}

namespace ExportSupport {

QString isoWithOffset(qint64 ms, const QTimeZone& zone)
{
    return IsoFormatter(zone)(ms);
}

QString isoUtc(qint64 ms)
{
    return IsoFormatter()(ms);
}

Result<ExportPatient> patient(QSqlDatabase& db, const QString& mrn)
{
    const QString context = QCoreApplication::translate("Exports", "reading the patient");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, mrn, name, birth_date, sex, ward, bed, admitted_at, discharged_at "
                                  "FROM patients WHERE mrn = ?"),
                   {mrn.trimmed()}))
        return Sql::error(q, context);
    if (!q.next())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("Exports", "There is no patient with the medical record number %1.").arg(mrn)};
    ExportPatient p;
    p.patient.id = q.value(0).toLongLong();
    p.patient.mrn = q.value(1).toString();
    p.patient.name = q.value(2).toString();
    p.patient.birthDate = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    p.patient.sex = sexFromKey(q.value(4).toString()).value_or(Sex::Unknown);
    p.patient.ward = q.value(5).toString();
    p.patient.bed = q.value(6).toString();
    p.patient.admittedAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong());
    if (!q.value(8).isNull())
        p.patient.dischargedAt = QDateTime::fromMSecsSinceEpoch(q.value(8).toLongLong());
    q.finish();
    if (!Sql::exec(q,
                   QStringLiteral("SELECT u.id, u.display_name FROM doctor_patient dp JOIN users u ON u.id = "
                                  "dp.doctor_id WHERE dp.patient_id = ? ORDER BY dp.since, u.id"),
                   {p.patient.id}))
        return Sql::error(q, context);
    while (q.next()) {
        p.patient.doctorIds.append(q.value(0).toLongLong());
        p.doctorNames.append(q.value(1).toString());
    }
    return p;
}

Result<QList<ExportDevice>> devices(QSqlDatabase& db, qint64 patientId, const ExportRange& range)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT d.id, d.device_id, d.manufacturer, d.model FROM devices d JOIN "
                                  "device_assignments a ON a.device_id = d.id WHERE a.patient_id = ? AND "
                                  "a.assigned_from < ? AND (a.assigned_to IS NULL OR a.assigned_to > ?) "
                                  "GROUP BY d.id ORDER BY min(a.assigned_from), d.id"),
                   {patientId, range.toMs(), range.fromMs()}))
        return Sql::error(q, QCoreApplication::translate("Exports", "reading the patient's devices"));
    QList<ExportDevice> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    return list;
}

Status eachResult(QSqlDatabase& db, qint64 patientId, const ExportRange& range,
                  const std::function<bool(const WindowResult&)>& row, bool research)
{
    const QString context = QCoreApplication::translate("Exports", "reading the analysis results");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   (research && Sql::isPostgres(db)
                        ? QStringLiteral("SELECT %1 FROM pulsedesk_research_results(?, ?, ?)")
                        : QStringLiteral("SELECT %1 FROM analysis_results WHERE patient_id = ? AND window_start >= ? "
                                         "AND window_start < ? ORDER BY device_id, window_start"))
                       .arg(QLatin1String(ResultStore::columns())),
                   {patientId, range.fromMs(), range.toMs()}))
        return Sql::error(q, context);
    while (q.next()) {
        if (!row(ResultStore::fromRow(q)))
            return {};
    }
    if (q.lastError().isValid())
        return Sql::error(q, context);
    return {};
}

Status open(QSaveFile& file, const QString& path)
{
    file.setFileName(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Exports", "Cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())};
    return {};
}

Status commit(QSaveFile& file)
{
    if (!file.commit())
        return writeFailed(file);
    return {};
}

Error writeFailed(const QSaveFile& file)
{
    return Error {Error::Code::Storage,
                  QCoreApplication::translate("Exports", "Cannot write %1: %2")
                      .arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
}

} // namespace ExportSupport

} // namespace pulsedesk
