// Exports: the de-identified research export (HIPAA Safe Harbor): samples and results of every patient in the
// range as FHIR Bulk Data style NDJSON and as CSV with a data dictionary.
//
// - Names, MRNs, device ids, staff and every other identifier are never read: patients and devices get random
//   pseudonyms, new for every export.
// - Every time of a patient is shifted by one random offset of that patient (one to three years back, to the
//   second), so intervals are kept; the offsets live only in this function's memory.
// - Age in whole years at the patient's first exported sample, "90+" from 90 on; no birth date, no free text
//   (notes, alarm comments), no ward or bed. Sex, device manufacturer and model are kept.
#include "analysis/Classifier.h"
#include "exports/CsvWriter.h"
#include "exports/Exports.h"
#include "exports/FhirResources.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientSamples.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <memory>
#include <optional>

namespace pulsedesk {

namespace {

constexpr qint64 DayMs = 86'400'000;

/// The files of one research export, each written whole or not at all.
enum File
{
    PatientNdjson,
    DeviceNdjson,
    ObservationNdjson,
    PatientsCsv,
    DevicesCsv,
    SamplesCsv,
    ResultsCsv,
    DictionaryCsv,
    Manifest,
    FileCount,
};

const std::array<const char*, FileCount> kFileNames {"Patient.ndjson", "Device.ndjson",       "Observation.ndjson",
                                                     "patients.csv",   "devices.csv",         "samples.csv",
                                                     "results.csv",    "data-dictionary.csv", "manifest.json"};

/// file, column, type, unit, description (long descriptions are split into adjacent literals on purpose)
// NOLINTBEGIN(bugprone-suspicious-missing-comma)
const char* const kDictionary[][5] = {
    {"patients.csv", "patient", "text", "", "pseudonym of the patient, random and new in every export"},
    {"patients.csv", "sex", "code", "", "female, male or unknown"},
    {"patients.csv", "age_years", "text", "a",
     "whole years at the first exported sample; 90+ from 90 on; empty when "
     "the birth date is unknown"},
    {"devices.csv", "device", "text", "", "pseudonym of the device, random and new in every export"},
    {"devices.csv", "manufacturer", "text", "", "device manufacturer as registered"},
    {"devices.csv", "model", "text", "", "device model as registered"},
    {"samples.csv", "patient", "text", "", "patients.csv patient"},
    {"samples.csv", "device", "text", "", "devices.csv device"},
    {"samples.csv", "time", "ISO 8601 UTC", "",
     "time of the sample, shifted by the patient's own random offset "
     "(intervals between one patient's times are exact)"},
    {"samples.csv", "heart_rate", "number", "/min", "heart rate"},
    {"samples.csv", "spo2", "number", "%", "oxygen saturation"},
    {"samples.csv", "temperature", "number", "Cel", "body temperature"},
    {"samples.csv", "systolic", "number", "mm[Hg]", "systolic blood pressure"},
    {"samples.csv", "diastolic", "number", "mm[Hg]", "diastolic blood pressure"},
    {"samples.csv", "source", "code", "", "live (received from the device) or imported (from a device dump)"},
    {"results.csv", "patient", "text", "", "patients.csv patient"},
    {"results.csv", "device", "text", "", "devices.csv device"},
    {"results.csv", "window_start", "ISO 8601 UTC", "", "start of the analysis window, shifted like the samples"},
    {"results.csv", "window_end", "ISO 8601 UTC", "", "end of the analysis window (exclusive), shifted"},
    {"results.csv", "samples", "integer", "", "samples with a heart rate in the window"},
    {"results.csv", "coverage", "number", "1", "share of the expected samples present, 0 to 1"},
    {"results.csv", "heart_rate_mean", "number", "/min", "mean heart rate of the window"},
    {"results.csv", "heart_rate_min", "number", "/min", "lowest heart rate of the window"},
    {"results.csv", "heart_rate_max", "number", "/min", "highest heart rate of the window"},
    {"results.csv", "heart_rate_sd", "number", "/min", "sample standard deviation of the heart rate"},
    {"results.csv", "spo2_mean", "number", "%", "mean oxygen saturation"},
    {"results.csv", "temperature_mean", "number", "Cel", "mean body temperature"},
    {"results.csv", "systolic_mean", "number", "mm[Hg]", "mean systolic blood pressure"},
    {"results.csv", "diastolic_mean", "number", "mm[Hg]", "mean diastolic blood pressure"},
    {"results.csv", "category", "code", "",
     "severe-bradycardia, moderate-bradycardia, no-anomaly, "
     "moderate-tachycardia or severe-tachycardia"},
    {"results.csv", "low_confidence", "boolean", "", "true when under half the expected samples were present"},
    {"results.csv", "basis", "code", "",
     "reference-table, patient-limits or adult-assumed: the limits the category "
     "was judged by"},
    {"results.csv", "anomaly", "number", "1",
     "anomaly score 0 to 1 against the patient's recent windows (median/MAD); empty without enough history"},
};
// NOLINTEND(bugprone-suspicious-missing-comma)

/// A pseudonym: a prefix and 16 random hex digits, unique within the export.
QString pseudonym(const QString& prefix, QSet<QString>& used)
{
    QString name;
    do {
        name =
            prefix + QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
    } while (used.contains(name));
    used.insert(name);
    return name;
}

struct ResearchPatient
{
    qint64 id = 0;
    QDate birthDate;
    Sex sex = Sex::Unknown;
    std::optional<QString> age; ///< on a ward server: the age as the server gave it (no birth date)
};

} // namespace

Result<ResearchCounts> Exports::research(const Session& session, const ExportRange& range, const QString& dir) const
{
    if (auto allowed = Permissions::require(session, Permission::ExportResearch); !allowed)
        return allowed.error();
    if (!QDir().mkpath(dir))
        return Error {
            Error::Code::Storage,
            QCoreApplication::translate("Exports", "Cannot create the folder %1.").arg(QDir::toNativeSeparators(dir))};
    QSqlDatabase db = m_database.connection();
    const QString context = QCoreApplication::translate("Exports", "reading the rows to export");

    // Patients without names, MRNs or beds, in random order; devices without their ids. A ward server gives the
    // patients with something to export and their ages, never a birth date (ServerAdminReads).
    const bool server = Sql::isPostgres(db);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!(server ? Sql::exec(q, QStringLiteral("SELECT patient, sex, age FROM pulsedesk_research_patients(?, ?, ?)"),
                             {range.fromMs(), range.toMs(), QString::fromUtf8(m_zone.id())})
                 : Sql::exec(q, QStringLiteral("SELECT id, birth_date, sex FROM patients"))))
        return Sql::error(q, context);
    QList<ResearchPatient> patients;
    while (q.next()) {
        if (server)
            patients.append({q.value(0).toLongLong(),
                             {},
                             sexFromKey(q.value(1).toString()).value_or(Sex::Unknown),
                             q.value(2).toString()});
        else
            patients.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                             sexFromKey(q.value(2).toString()).value_or(Sex::Unknown), std::nullopt});
    }
    if (q.lastError().isValid())
        return Sql::error(q, context);
    std::shuffle(patients.begin(), patients.end(), *QRandomGenerator::system());
    if (!Sql::exec(q, QStringLiteral("SELECT id, manufacturer, model FROM devices")))
        return Sql::error(q, context);
    QHash<qint64, ExportDevice> registry;
    while (q.next())
        registry.insert(q.value(0).toLongLong(),
                        {q.value(0).toLongLong(), {}, q.value(1).toString(), q.value(2).toString()});
    if (q.lastError().isValid())
        return Sql::error(q, context);

    std::array<std::unique_ptr<QSaveFile>, FileCount> files;
    for (int f = 0; f < FileCount; ++f) {
        files[f] = std::make_unique<QSaveFile>();
        if (auto opened = ExportSupport::open(*files[f], QDir(dir).filePath(QLatin1String(kFileNames[f]))); !opened)
            return opened.error();
    }
    bool ok = true;
    const auto ndjsonLine = [&](File f, const QByteArray& resource) {
        ok = ok && files[f]->write(resource) == resource.size() && files[f]->putChar('\n');
    };
    const auto ndjson = [&](File f, const QJsonObject& resource) {
        ndjsonLine(f, QJsonDocument(resource).toJson(QJsonDocument::Compact));
    };
    IsoFormatter utc;
    CsvWriter patientsCsv(*files[PatientsCsv]);
    CsvWriter devicesCsv(*files[DevicesCsv]);
    CsvWriter samplesCsv(*files[SamplesCsv]);
    CsvWriter resultsCsv(*files[ResultsCsv]);
    CsvWriter dictionary(*files[DictionaryCsv]);
    ok = patientsCsv.row({QStringLiteral("patient"), QStringLiteral("sex"), QStringLiteral("age_years")})
        && devicesCsv.row({QStringLiteral("device"), QStringLiteral("manufacturer"), QStringLiteral("model")})
        && samplesCsv.row({QStringLiteral("patient"), QStringLiteral("device"), QStringLiteral("time"),
                           QStringLiteral("heart_rate"), QStringLiteral("spo2"), QStringLiteral("temperature"),
                           QStringLiteral("systolic"), QStringLiteral("diastolic"), QStringLiteral("source")})
        && resultsCsv.row(
            {QStringLiteral("patient"), QStringLiteral("device"), QStringLiteral("window_start"),
             QStringLiteral("window_end"), QStringLiteral("samples"), QStringLiteral("coverage"),
             QStringLiteral("heart_rate_mean"), QStringLiteral("heart_rate_min"), QStringLiteral("heart_rate_max"),
             QStringLiteral("heart_rate_sd"), QStringLiteral("spo2_mean"), QStringLiteral("temperature_mean"),
             QStringLiteral("systolic_mean"), QStringLiteral("diastolic_mean"), QStringLiteral("category"),
             QStringLiteral("low_confidence"), QStringLiteral("basis"), QStringLiteral("anomaly")})
        && dictionary.row({QStringLiteral("file"), QStringLiteral("column"), QStringLiteral("type"),
                           QStringLiteral("unit"), QStringLiteral("description")});
    for (const auto& entry : kDictionary)
        ok = ok
            && dictionary.row({QLatin1String(entry[0]), QLatin1String(entry[1]), QLatin1String(entry[2]),
                               QString::fromUtf8(entry[3]), QLatin1String(entry[4])});

    QSet<QString> used;
    QHash<qint64, QString> devicePseudonyms;
    QHash<qint64, QByteArray> deviceJsonRefs;
    const auto deviceRef = [&](qint64 rowId) {
        auto it = devicePseudonyms.constFind(rowId);
        if (it != devicePseudonyms.constEnd())
            return *it;
        const QString name = pseudonym(QStringLiteral("D-"), used);
        devicePseudonyms.insert(rowId, name);
        deviceJsonRefs.insert(rowId, FhirResources::jsonString(QStringLiteral("Device/") + name));
        const ExportDevice device = registry.value(rowId);
        QJsonObject resource = FhirResources::device(device, false, {});
        resource.insert(QStringLiteral("id"), name);
        ndjson(DeviceNdjson, resource);
        ok = ok && devicesCsv.row({name, device.manufacturer, device.model});
        return name;
    };

    ResearchCounts counts;
    qint64 observationLines = 0;
    for (const ResearchPatient& patient : patients) {
        const QString name = pseudonym(QStringLiteral("P-"), used);
        const QString subject = QStringLiteral("Patient/") + name;
        // One to three years back, to the second: the same for every time of this patient.
        const qint64 shift =
            -(365 * DayMs + static_cast<qint64>(QRandomGenerator::system()->bounded(2 * 365 * 86'400)) * 1000);
        const auto shifted = [shift, &utc](qint64 ms) { return utc(ms + shift); };
        bool introduced = false;
        qint64 observations = 0;
        // The patient's line, once their first exported time is known (for the age).
        const auto introduce = [&](qint64 firstMs) {
            introduced = true;
            ++counts.patients;
            QString age = patient.age.value_or(QString());
            if (!patient.age && patient.birthDate.isValid()) {
                Patient p;
                p.birthDate = patient.birthDate;
                const int years = p.ageInYearsOn(QDateTime::fromMSecsSinceEpoch(firstMs, m_zone).date()).value_or(0);
                age = years >= 90 ? QStringLiteral("90+") : QString::number(years);
            }
            QJsonObject resource {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
                                  {QStringLiteral("id"), name},
                                  {QStringLiteral("gender"), sexKey(patient.sex)}};
            if (!age.isEmpty())
                resource.insert(QStringLiteral("extension"),
                                QJsonArray {QJsonObject {{QStringLiteral("url"),
                                                          FhirResources::pulseDeskSystem(QStringLiteral(
                                                              "StructureDefinition/age-at-first-sample"))},
                                                         {QStringLiteral("valueString"), age}}});
            ndjson(PatientNdjson, resource);
            ok = ok && patientsCsv.row({name, sexKey(patient.sex), age});
        };
        const QByteArray subjectJson = FhirResources::jsonString(subject);
        const auto nextId = [&] {
            ++observationLines;
            return QStringLiteral("%1-%2").arg(name).arg(++observations);
        };
        const auto nextJsonId = [&] { return FhirResources::jsonString(nextId()); };
        const auto observation = [&](const QByteArray& json) { ndjsonLine(ObservationNdjson, json); };

        Status read = PatientSamples::eachForResearch(
            db, patient.id, range.fromMs(), range.toMs(),
            [&](const StoredSample& s) {
                if (!introduced)
                    introduce(s.sample.timestampMs);
                const QString device = deviceRef(s.deviceRowId);
                const QString time = shifted(s.sample.timestampMs);
                FhirResources::vitals(s.sample, s.imported, subjectJson, deviceJsonRefs.value(s.deviceRowId),
                                      FhirResources::jsonString(time), observation, nextJsonId);
                ok = ok
                    && samplesCsv.row({name, device, time, CsvWriter::number(s.sample.heartRate),
                                       CsvWriter::number(s.sample.spo2), CsvWriter::number(s.sample.temperatureC),
                                       CsvWriter::number(s.sample.systolic), CsvWriter::number(s.sample.diastolic),
                                       s.imported ? QStringLiteral("imported") : QStringLiteral("live")});
                ++counts.samples;
                return ok;
            },
            context);
        if (!read)
            return read.error();
        read = ExportSupport::eachResult(
            db, patient.id, range,
            [&](const WindowResult& r) {
                if (!introduced)
                    introduce(r.windowStartMs);
                const QString device = deviceRef(r.deviceRowId);
                QJsonObject result = FhirResources::windowResult(r, subject, QStringLiteral("Device/") + device,
                                                                 shifted(r.windowStartMs), shifted(r.windowEndMs()));
                result.insert(QStringLiteral("id"), nextId());
                ndjson(ObservationNdjson, result);
                ok = ok
                    && resultsCsv.row({name, device, shifted(r.windowStartMs), shifted(r.windowEndMs()),
                                       QString::number(r.sampleCount), CsvWriter::number(r.coverage),
                                       CsvWriter::number(r.hrMean), CsvWriter::number(r.hrMin),
                                       CsvWriter::number(r.hrMax), CsvWriter::number(r.hrSd),
                                       CsvWriter::number(r.spo2Mean), CsvWriter::number(r.temperatureMean),
                                       CsvWriter::number(r.systolicMean), CsvWriter::number(r.diastolicMean),
                                       categoryKey(r.classification.category),
                                       r.lowConfidence ? QStringLiteral("true") : QStringLiteral("false"),
                                       basisKey(r.classification.basis), CsvWriter::number(r.anomaly)});
                ++counts.results;
                return ok;
            },
            true);
        if (!read)
            return read.error();
        if (!ok)
            break;
    }
    counts.devices = devicePseudonyms.size();

    // The Bulk Data manifest: what each file holds.
    QJsonArray output;
    const auto listed = [&output](File f, const QString& type, qint64 count) {
        output.append(QJsonObject {{QStringLiteral("type"), type},
                                   {QStringLiteral("url"), QLatin1String(kFileNames[f])},
                                   {QStringLiteral("count"), count}});
    };
    listed(PatientNdjson, QStringLiteral("Patient"), counts.patients);
    listed(DeviceNdjson, QStringLiteral("Device"), counts.devices);
    // Observations: one per vital of a sample and one per result.
    listed(ObservationNdjson, QStringLiteral("Observation"), observationLines);
    const QByteArray manifest =
        QJsonDocument(QJsonObject {{QStringLiteral("transactionTime"), ExportSupport::isoUtc(m_clock.nowMs())},
                                   {QStringLiteral("request"), QStringLiteral("pulsedesk-cli export research")},
                                   {QStringLiteral("requiresAccessToken"), false},
                                   {QStringLiteral("output"), output},
                                   {QStringLiteral("error"), QJsonArray {}}})
            .toJson();
    ok = ok && files[Manifest]->write(manifest) == manifest.size();
    if (!ok) {
        const auto failed =
            std::find_if(files.begin(), files.end(), [](const auto& f) { return f->error() != QFileDevice::NoError; });
        return ExportSupport::writeFailed(failed != files.end() ? **failed : *files.front());
    }

    if (auto audited = m_audit.record(session, QStringLiteral("export.research"), QStringLiteral("workspace"), {},
                                      QStringLiteral("%1 patients, %2 devices, %3 samples, %4 results, %5")
                                          .arg(counts.patients)
                                          .arg(counts.devices)
                                          .arg(counts.samples)
                                          .arg(counts.results)
                                          .arg(range.describe()));
        !audited)
        return audited.error();
    for (const auto& file : files) {
        if (auto committed = ExportSupport::commit(*file); !committed)
            return committed.error();
    }
    return counts;
}

} // namespace pulsedesk
