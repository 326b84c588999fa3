// Exports: the patient's record as a FHIR R4 collection Bundle, written entry by entry.
#include "alarms/AlarmEngine.h"
#include "exports/Exports.h"
#include "exports/FhirResources.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientSamples.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pulsedesk {

namespace {

/// A collection Bundle written to a device one entry at a time; entry references are urn:uuid names derived from a
/// random namespace per export, so they say nothing about the store's row ids.
class BundleWriter
{
public:
    BundleWriter(QIODevice& out, const QString& timestamp)
        : m_out(out)
        , m_namespace(QUuid::createUuid())
    {
        const QByteArray head = "{\"resourceType\":\"Bundle\",\"id\":\""
            + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1() + "\",\"type\":\"collection\","
            + "\"timestamp\":\"" + timestamp.toLatin1() + "\",\"entry\":[\n";
        m_ok = m_out.write(head) == head.size();
    }

    QString urn(const QString& name) const
    {
        return QStringLiteral("urn:uuid:") + QUuid::createUuidV5(m_namespace, name).toString(QUuid::WithoutBraces);
    }

    bool add(const QString& fullUrl, const QJsonObject& resource)
    {
        return add(fullUrl, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    }

    /// An entry whose resource is already compact JSON.
    bool add(const QString& fullUrl, const QByteArray& resource)
    {
        if (!m_ok)
            return false;
        QByteArray entry;
        entry.reserve(resource.size() + 80);
        entry += (m_entries++ > 0 ? ",\n{\"fullUrl\":\"" : "{\"fullUrl\":\"");
        entry += fullUrl.toLatin1() + "\",\"resource\":" + resource + '}';
        m_ok = m_out.write(entry) == entry.size();
        return m_ok;
    }

    bool finish()
    {
        if (m_ok)
            m_ok = m_out.write("\n]}\n") == 4;
        return m_ok;
    }

    bool ok() const { return m_ok; }

private:
    QIODevice& m_out;
    QUuid m_namespace;
    qint64 m_entries = 0;
    bool m_ok = false;
};

} // namespace

Result<ExportPatient> Exports::clinicalPatient(const Session& session, const QString& mrn) const
{
    for (const Permission p : {Permission::ReadPatients, Permission::ReadResults, Permission::ReadRecords}) {
        if (auto allowed = Permissions::require(session, p); !allowed)
            return allowed.error();
    }
    QSqlDatabase db = m_database.connection();
    return ExportSupport::patient(db, mrn);
}

Result<FhirCounts> Exports::fhir(const Session& session, const QString& mrn, const ExportRange& range,
                                 const QString& path) const
{
    auto patient = clinicalPatient(session, mrn);
    if (!patient)
        return patient.error();
    QSaveFile file;
    if (auto opened = ExportSupport::open(file, path); !opened)
        return opened.error();
    auto counts = writeBundle(patient.value(), range, file);
    if (!counts)
        return counts.error();
    if (auto audited =
            m_audit.record(session, QStringLiteral("export.fhir"), QStringLiteral("patient"), patient->patient.mrn,
                           QStringLiteral("%1 observations, %2 results, %3 alarms, %4 notes, %5")
                               .arg(counts->vitalObservations)
                               .arg(counts->resultObservations)
                               .arg(counts->detectedIssues)
                               .arg(counts->documents)
                               .arg(range.describe()));
        !audited)
        return audited.error();
    if (auto committed = ExportSupport::commit(file); !committed)
        return committed.error();
    return counts;
}

Result<FhirCounts> Exports::writeBundle(const ExportPatient& p, const ExportRange& range, QSaveFile& file) const
{
    QSqlDatabase db = m_database.connection();
    const qint64 patientId = p.patient.id;
    const QString context = QCoreApplication::translate("Exports", "reading the record to export");
    auto devices = ExportSupport::devices(db, patientId, range);
    if (!devices)
        return devices.error();

    IsoFormatter time(m_zone);
    BundleWriter bundle(file, time(m_clock.nowMs()));
    FhirCounts counts;
    const QString subject = bundle.urn(QStringLiteral("patient"));
    bundle.add(subject, FhirResources::patient(p.patient, p.doctorNames));

    QHash<qint64, QString> deviceRefs;
    for (const ExportDevice& d : devices.value()) {
        const QString ref = bundle.urn(QStringLiteral("device/%1").arg(d.rowId));
        deviceRefs.insert(d.rowId, ref);
        bundle.add(ref, FhirResources::device(d, true, subject));
        ++counts.devices;
    }

    qint64 observation = 0;
    const auto addObservation = [&](const QByteArray& o) {
        bundle.add(bundle.urn(QStringLiteral("observation/%1").arg(++observation)), o);
    };
    const QByteArray subjectJson = FhirResources::jsonString(subject);
    QHash<qint64, QByteArray> deviceJson;
    for (auto it = deviceRefs.cbegin(); it != deviceRefs.cend(); ++it)
        deviceJson.insert(it.key(), FhirResources::jsonString(it.value()));
    Status read = PatientSamples::each(
        db, patientId, range.fromMs(), range.toMs(),
        [&](const StoredSample& s) {
            const qint64 before = observation;
            FhirResources::vitals(s.sample, s.imported, subjectJson, deviceJson.value(s.deviceRowId),
                                  FhirResources::jsonString(time(s.sample.timestampMs)), addObservation);
            counts.vitalObservations += observation - before;
            return bundle.ok();
        },
        context);
    if (!read)
        return read.error();

    read = ExportSupport::eachResult(db, patientId, range, [&](const WindowResult& r) {
        bundle.add(bundle.urn(QStringLiteral("result/%1/%2").arg(r.deviceRowId).arg(r.windowStartMs)),
                   FhirResources::windowResult(r, subject, deviceRefs.value(r.deviceRowId), time(r.windowStartMs),
                                               time(r.windowEndMs())));
        ++counts.resultObservations;
        return bundle.ok();
    });
    if (!read)
        return read.error();

    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT a.id, a.condition, a.priority, a.category, a.state, a.device_id, a.raised_at, "
                           "a.ended_at, a.acknowledged_at, u.display_name, a.comment, a.detail FROM alarms a "
                           "LEFT JOIN users u ON u.id = a.acknowledged_by WHERE a.patient_id = ? AND "
                           "a.raised_at >= ? AND a.raised_at < ? ORDER BY a.raised_at, a.id"),
            {patientId, range.fromMs(), range.toMs()}))
        return Sql::error(q, context);
    while (bundle.ok() && q.next()) {
        FhirResources::AlarmRow a;
        a.id = q.value(0).toLongLong();
        a.condition = q.value(1).toString();
        const auto condition = conditionFromKey(a.condition);
        a.conditionText = condition ? conditionDisplayName(*condition) : a.condition;
        a.priority = q.value(2).toString();
        a.category = q.value(3).toString();
        a.state = q.value(4).toString();
        a.raised = time(q.value(6).toLongLong());
        if (!q.value(7).isNull())
            a.ended = time(q.value(7).toLongLong());
        if (!q.value(8).isNull())
            a.acknowledged = time(q.value(8).toLongLong());
        a.acknowledgedBy = q.value(9).toString();
        a.comment = q.value(10).toString();
        a.detail = q.value(11).toString();
        bundle.add(bundle.urn(QStringLiteral("alarm/%1").arg(a.id)),
                   FhirResources::detectedIssue(a, subject, deviceRefs.value(q.value(5).toLongLong())));
        ++counts.detectedIssues;
    }
    if (q.lastError().isValid())
        return Sql::error(q, context);

    // Notes written in the range; an amendment replaces the note it corrects (by identifier when that one is older
    // than the range).
    if (!Sql::exec(q,
                   QStringLiteral("SELECT r.id, r.written_at, r.text, coalesce(r.amends_id, 0), u.display_name, "
                                  "(SELECT count(*) FROM clinical_records n WHERE n.amends_id = r.id) FROM "
                                  "clinical_records r JOIN users u ON u.id = r.author_id WHERE r.patient_id = ? AND "
                                  "r.written_at >= ? AND r.written_at < ? ORDER BY r.written_at, r.id"),
                   {patientId, range.fromMs(), range.toMs()}))
        return Sql::error(q, context);
    QSet<qint64> written;
    while (bundle.ok() && q.next()) {
        ClinicalRecord note;
        note.id = q.value(0).toLongLong();
        note.writtenAt = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
        note.text = q.value(2).toString();
        note.amendsId = q.value(3).toLongLong();
        note.authorName = q.value(4).toString();
        QString replaces;
        if (note.amendsId > 0)
            replaces =
                written.contains(note.amendsId) ? bundle.urn(QStringLiteral("note/%1").arg(note.amendsId)) : QString();
        QJsonObject document = FhirResources::documentReference(note, q.value(5).toLongLong() > 0, subject,
                                                                time(q.value(1).toLongLong()), replaces);
        if (note.amendsId > 0 && replaces.isEmpty())
            document.insert(
                QStringLiteral("relatesTo"),
                QJsonArray {QJsonObject {
                    {QStringLiteral("code"), QStringLiteral("replaces")},
                    {QStringLiteral("target"),
                     QJsonObject {{QStringLiteral("identifier"),
                                   QJsonObject {{QStringLiteral("system"),
                                                 FhirResources::pulseDeskSystem(QStringLiteral("note-id"))},
                                                {QStringLiteral("value"), QString::number(note.amendsId)}}}}}}});
        written.insert(note.id);
        bundle.add(bundle.urn(QStringLiteral("note/%1").arg(note.id)), document);
        ++counts.documents;
    }
    if (q.lastError().isValid())
        return Sql::error(q, context);
    if (!bundle.finish())
        return ExportSupport::writeFailed(file);
    return counts;
}

} // namespace pulsedesk
