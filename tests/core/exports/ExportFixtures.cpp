#include "ExportFixtures.h"

#include "storage/AuditLog.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>

namespace pulsedesk::test {

namespace {

void exec(Workspace& w, const QString& sql, const QVariantList& values)
{
    QSqlDatabase db = w.database().connection();
    QSqlQuery q(db);
    if (!q.prepare(sql))
        qFatal("prepare: %s", qPrintable(q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("exec: %s", qPrintable(q.lastError().text()));
}

void admit(Workspace& w, const Session& doctor, const QString& mrn, const QString& name, const QDate& born, Sex sex,
           const QString& bed)
{
    PatientInput input;
    input.mrn = mrn;
    input.name = name;
    input.birthDate = born;
    input.sex = sex;
    input.ward = QStringLiteral("Ward Ebbington");
    input.bed = bed;
    if (!w.patients().admit(doctor, input))
        qFatal("admit failed");
}

} // namespace

ExportWard::ExportWard()
    : tw(std::make_unique<TestWorkspace>())
{
    Workspace& w = tw->workspace();
    doctor = tw->addStaff(QStringLiteral("hausmann"), Role::Doctor, DoctorName);
    nurse = tw->addStaff(QStringLiteral("quackenbush"), Role::Nurse, NurseName);
    admit(w, doctor, OldMrn, OldName, QDate(1931, 2, 17), Sex::Female, QStringLiteral("17"));
    admit(w, doctor, YoungMrn, YoungName, QDate(1979, 6, 5), Sex::Male, QStringLiteral("18"));
    if (!w.devices().add(tw->admin(), Oximeter, QStringLiteral("Nonin"), QStringLiteral("WristOx2 3150"))
        || !w.devices().add(tw->admin(), EcgPatch, QStringLiteral("Philips"), QStringLiteral("IntelliVue MX40")))
        qFatal("device add failed");
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(T0 - 60'000, Qt::UTC);
    if (!w.devices().assign(nurse, Oximeter, OldMrn, from) || !w.devices().assign(nurse, EcgPatch, YoungMrn, from))
        qFatal("assign failed");
    storeSamples(
        w, Oximeter, T0, Samples, 1000, [](int i) { return 60.0 + i % 7; }, QStringLiteral("live"), 97);
    storeSamples(
        w, EcgPatch, T0 + 250, Samples, 1000, [](int i) { return 88.5 + i % 5; }, QStringLiteral("backfill"));
    // One 10 s window result for each patient, and an acknowledged alarm with a comment that needs quoting.
    for (const auto& [patient, device] : {std::pair {1, 1}, std::pair {2, 2}})
        exec(w,
             QStringLiteral("INSERT INTO analysis_results (patient_id, device_id, window_start, window_ms, "
                            "sample_count, coverage, hr_mean, hr_min, hr_max, hr_sd, category, low_confidence, basis, "
                            "band, computed_at) VALUES (?, ?, ?, 10000, 10, 1.0, 63.0, 60.0, 66.0, 2.1, "
                            "'moderate-tachycardia', 0, 'reference-table', '18+ years', ?)"),
             {patient, device, T0 + 6411, T0 + 20'000});
    exec(w,
         QStringLiteral("INSERT INTO alarms (id, patient_id, device_id, condition, priority, category, state, "
                        "condition_active, condition_since, raised_at, updated_at, ended_at, acknowledged_at, "
                        "acknowledged_by, comment, last_value) VALUES (1, 1, 1, 'tachycardia', 'high', "
                        "'severe-tachycardia', 'ended', 0, ?, ?, ?, ?, ?, ?, ?, 142.5)"),
         {T0 + 1000, T0 + 11'000, T0 + 60'000, T0 + 60'000, T0 + 30'000, nurse.userId, AlarmComment});
    auto note = w.records().add(doctor, OldMrn, Note);
    if (!note)
        qFatal("note failed");
    noteId = note->id;
    auto amendment = w.records().amend(doctor, noteId, Amendment);
    if (!amendment)
        qFatal("amendment failed");
    amendmentId = amendment->id;
}

Exports ExportWard::exports()
{
    Workspace& w = workspace();
    return Exports(w.database(), w.audit(), w.clock(), QTimeZone("Europe/Rome"));
}

QStringList ExportWard::identifiers() const
{
    QStringList list {OldMrn,
                      OldName,
                      YoungMrn,
                      YoungName,
                      Oximeter,
                      EcgPatch,
                      DoctorName,
                      NurseName,
                      QStringLiteral("Quintessa"),
                      QStringLiteral("Marbleworth"),
                      QStringLiteral("Fizzlewick"),
                      QStringLiteral("Zanzibar"),
                      QStringLiteral("Ottoline"),
                      QStringLiteral("Hausmann"),
                      QStringLiteral("Quackenbush"),
                      QStringLiteral("Ebbington"),
                      QStringLiteral("hausmann"),
                      QStringLiteral("1931-02-17"),
                      QStringLiteral("1979-06-05"),
                      QStringLiteral("19310217"),
                      QStringLiteral("OXI-SN"),
                      QStringLiteral("checked the leads")};
    // The exact sample times, as epoch seconds and milliseconds and as ISO 8601 in UTC and with an offset.
    for (const qint64 first : {T0, T0 + 250}) {
        for (int i = 0; i < Samples; ++i) {
            const qint64 ms = first + i * 1000;
            const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
            list << QString::number(ms) << QString::number(ms / 1000)
                 << utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) << utc.toString(Qt::ISODateWithMs)
                 << utc.toLocalTime().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        }
    }
    list << QStringLiteral("2026-03-14");
    return list;
}

QJsonValue json(const QJsonValue& value, const char* path)
{
    QJsonValue at = value;
    for (const QString& part : QString::fromUtf8(path).split(QLatin1Char('.'))) {
        bool index = false;
        const int i = part.toInt(&index);
        at = index ? at.toArray().at(i) : at.toObject().value(part);
    }
    return at;
}

QStringList strings(std::initializer_list<const char*> items)
{
    QStringList list;
    for (const char* item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

QByteArray run(const QString& program, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30'000))
        qFatal("cannot start %s", qPrintable(program));
    process.waitForFinished(300'000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        qWarning("%s: %s", qPrintable(program), err.left(2000).constData());
    return process.readAllStandardOutput();
}

QList<QStringList> pythonCsv(const QString& path)
{
    int code = -1;
    const QByteArray out = run(QStringLiteral("python3"),
                               {QStringLiteral("-c"),
                                QStringLiteral("import csv, json, sys\n"
                                               "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
                                               "    print(json.dumps(list(csv.reader(f, strict=True))))"),
                                path},
                               &code);
    QList<QStringList> rows;
    if (code != 0)
        return rows;
    const QJsonArray array = QJsonDocument::fromJson(out).array();
    for (const QJsonValue& row : array) {
        QStringList fields;
        for (const QJsonValue& field : row.toArray())
            fields.append(field.toString());
        rows.append(fields);
    }
    return rows;
}

bool validateFhir(const QStringList& files, bool ndjson, QByteArray* output)
{
    const QString script = QStringLiteral(PULSEDESK_SOURCE_DIR "/tests/tools/fhir-validator/validate.js");
    QStringList arguments {script};
    if (ndjson)
        arguments << QStringLiteral("--ndjson");
    arguments << files;
    int code = -1;
    *output = run(QStringLiteral("node"), arguments, &code);
    return code == 0;
}

} // namespace pulsedesk::test
