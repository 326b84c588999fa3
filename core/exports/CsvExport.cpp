// Exports: the constructor and a patient's samples, results or alarms as CSV.
#include "alarms/AlarmEngine.h"
#include "analysis/Classifier.h"
#include "exports/CsvWriter.h"
#include "exports/Exports.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientSamples.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

QString numberColumn(const QSqlQuery& q, int column)
{
    return q.value(column).isNull() ? QString() : CsvWriter::number(q.value(column).toDouble());
}

} // namespace

QString csvContentKey(CsvContent content)
{
    switch (content) {
    case CsvContent::Samples:
        return QStringLiteral("samples");
    case CsvContent::Results:
        return QStringLiteral("results");
    case CsvContent::Alarms:
        return QStringLiteral("alarms");
    }
    return {};
}

std::optional<CsvContent> csvContentFromKey(const QString& key)
{
    for (CsvContent c : {CsvContent::Samples, CsvContent::Results, CsvContent::Alarms}) {
        if (csvContentKey(c) == key)
            return c;
    }
    return std::nullopt;
}

Exports::Exports(Database& database, AuditLog& audit, const Clock& clock, const QTimeZone& zone)
    : m_database(database)
    , m_audit(audit)
    , m_clock(clock)
    , m_zone(zone)
{ }

Result<qint64> Exports::csv(const Session& session, const QString& mrn, CsvContent content, const ExportRange& range,
                            const QString& path) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    auto patient = ExportSupport::patient(db, mrn);
    if (!patient)
        return patient.error();
    const qint64 patientId = patient->patient.id;
    auto devices = ExportSupport::devices(db, patientId, range);
    if (!devices)
        return devices.error();
    QHash<qint64, QString> deviceIds;
    for (const ExportDevice& d : devices.value())
        deviceIds.insert(d.rowId, d.deviceId);
    const QString context = QCoreApplication::translate("Exports", "reading the rows to export");

    QSaveFile file;
    if (auto opened = ExportSupport::open(file, path); !opened)
        return opened.error();
    CsvWriter csv(file);
    bool written = true;
    IsoFormatter format(m_zone);
    const auto time = [&format](qint64 ms) { return ms > 0 ? format(ms) : QString(); };

    if (content == CsvContent::Samples) {
        written =
            csv.row({QStringLiteral("time"), QStringLiteral("device"), QStringLiteral("heart_rate_per_min"),
                     QStringLiteral("spo2_percent"), QStringLiteral("temperature_celsius"),
                     QStringLiteral("systolic_mmhg"), QStringLiteral("diastolic_mmhg"), QStringLiteral("source")});
        const Status read = PatientSamples::each(
            db, patientId, range.fromMs(), range.toMs(),
            [&](const StoredSample& s) {
                written = csv.row({time(s.sample.timestampMs), deviceIds.value(s.deviceRowId),
                                   CsvWriter::number(s.sample.heartRate), CsvWriter::number(s.sample.spo2),
                                   CsvWriter::number(s.sample.temperatureC), CsvWriter::number(s.sample.systolic),
                                   CsvWriter::number(s.sample.diastolic),
                                   s.imported ? QStringLiteral("imported") : QStringLiteral("live")});
                return written;
            },
            context);
        if (!read)
            return read.error();
    } else if (content == CsvContent::Results) {
        written = csv.row({QStringLiteral("window_start"), QStringLiteral("window_end"), QStringLiteral("device"),
                           QStringLiteral("samples"), QStringLiteral("coverage"),
                           QStringLiteral("heart_rate_mean_per_min"), QStringLiteral("heart_rate_min_per_min"),
                           QStringLiteral("heart_rate_max_per_min"), QStringLiteral("heart_rate_sd_per_min"),
                           QStringLiteral("spo2_mean_percent"), QStringLiteral("temperature_mean_celsius"),
                           QStringLiteral("systolic_mean_mmhg"), QStringLiteral("diastolic_mean_mmhg"),
                           QStringLiteral("category"), QStringLiteral("low_confidence"), QStringLiteral("basis"),
                           QStringLiteral("band"), QStringLiteral("anomaly_score")});
        const Status read = ExportSupport::eachResult(db, patientId, range, [&](const WindowResult& r) {
            written = csv.row({time(r.windowStartMs), time(r.windowEndMs()), deviceIds.value(r.deviceRowId),
                               QString::number(r.sampleCount), CsvWriter::number(r.coverage),
                               CsvWriter::number(r.hrMean), CsvWriter::number(r.hrMin), CsvWriter::number(r.hrMax),
                               CsvWriter::number(r.hrSd), CsvWriter::number(r.spo2Mean),
                               CsvWriter::number(r.temperatureMean), CsvWriter::number(r.systolicMean),
                               CsvWriter::number(r.diastolicMean), categoryKey(r.classification.category),
                               r.lowConfidence ? QStringLiteral("true") : QStringLiteral("false"),
                               basisKey(r.classification.basis), r.classification.band, CsvWriter::number(r.anomaly)});
            return written;
        });
        if (!read)
            return read.error();
    } else {
        written = csv.row({QStringLiteral("alarm"), QStringLiteral("condition"), QStringLiteral("priority"),
                           QStringLiteral("category"), QStringLiteral("state"), QStringLiteral("device"),
                           QStringLiteral("raised"), QStringLiteral("escalated"), QStringLiteral("acknowledged"),
                           QStringLiteral("acknowledged_by"), QStringLiteral("comment"), QStringLiteral("ended"),
                           QStringLiteral("heart_rate_per_min"), QStringLiteral("detail")});
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!Sql::exec(q,
                       QStringLiteral("SELECT a.id, a.condition, a.priority, a.category, a.state, d.device_id, "
                                      "a.raised_at, a.escalated_at, a.acknowledged_at, u.display_name, a.comment, "
                                      "a.ended_at, a.last_value, a.detail FROM alarms a LEFT JOIN devices d ON d.id = "
                                      "a.device_id LEFT JOIN users u ON u.id = a.acknowledged_by WHERE a.patient_id = "
                                      "? AND a.raised_at >= ? AND a.raised_at < ? ORDER BY a.raised_at, a.id"),
                       {patientId, range.fromMs(), range.toMs()}))
            return Sql::error(q, context);
        while (written && q.next()) {
            written = csv.row({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                               time(q.value(6).toLongLong()), time(q.value(7).toLongLong()),
                               time(q.value(8).toLongLong()), q.value(9).toString(), q.value(10).toString(),
                               time(q.value(11).toLongLong()), numberColumn(q, 12), q.value(13).toString()});
        }
        if (q.lastError().isValid())
            return Sql::error(q, context);
    }
    if (!written)
        return ExportSupport::writeFailed(file);
    const qint64 rows = csv.rows() - 1;
    if (auto audited = m_audit.record(
            session, QStringLiteral("export.csv"), QStringLiteral("patient"), patient->patient.mrn,
            QStringLiteral("%1, %2 rows, %3").arg(csvContentKey(content)).arg(rows).arg(range.describe()));
        !audited)
        return audited.error();
    if (auto committed = ExportSupport::commit(file); !committed)
        return committed.error();
    return rows;
}

} // namespace pulsedesk
