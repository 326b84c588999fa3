#include "ReportFixtures.h"

#include "analysis/PatientLimitsStore.h"
#include "scores/ObservationStore.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pulsedesk::test {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;

void admit(Workspace& w, const Session& doctor, const QString& mrn, const QString& name, const QString& ward,
           const QString& bed)
{
    PatientInput input;
    input.mrn = mrn;
    input.name = name;
    input.ward = ward;
    input.bed = bed;
    input.birthDate = QDate(1958, 3, 2);
    input.sex = Sex::Female;
    if (auto admitted = w.patients().admit(doctor, input); !admitted)
        qFatal("populateReportWard: %s", qPrintable(admitted.errorMessage()));
}

void exec(Workspace& w, const QString& sql, std::initializer_list<QVariant> values)
{
    QSqlDatabase db = w.database().connection();
    QSqlQuery q(db);
    if (!Sql::exec(q, sql, values))
        qFatal("populateReportWard: %s", qPrintable(Sql::error(q, QStringLiteral("fixture")).message));
}

void alarm(Workspace& w, const QString& mrn, const QString& condition, const QString& priority, const QString& category,
           qint64 raisedMs, qint64 acknowledgedMs, qint64 acknowledgedBy, qint64 endedMs)
{
    exec(w,
         QStringLiteral("INSERT INTO alarms (patient_id, condition, priority, category, state, condition_since, "
                        "raised_at, updated_at, ended_at, acknowledged_at, acknowledged_by) SELECT id, ?, ?, ?, ?, ?, "
                        "?, ?, ?, ?, ? FROM patients WHERE mrn = ?"),
         {condition, priority, category,
          endedMs > 0 ? QStringLiteral("ended")
                      : (acknowledgedMs > 0 ? QStringLiteral("acknowledged") : QStringLiteral("active")),
          raisedMs, raisedMs, raisedMs, Sql::timeOrNull(endedMs), Sql::timeOrNull(acknowledgedMs),
          acknowledgedBy > 0 ? QVariant(acknowledgedBy) : QVariant(), mrn});
}

void finding(Workspace& w, const QString& mrn, const QString& device, qint64 windowMs, const QString& category)
{
    exec(w,
         QStringLiteral("INSERT INTO findings (patient_id, device_id, window_start, category, found_at) "
                        "SELECT p.id, d.id, ?, ?, ? FROM patients p, devices d WHERE p.mrn = ? AND d.device_id = ?"),
         {windowMs, category, windowMs + Minute, mrn, device});
}

QString run(const QString& program, const QStringList& args)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60'000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

ReportWard populateReportWard(TestWorkspace& tw)
{
    Workspace& w = tw.workspace();
    ReportWard ward;
    ward.doctor = tw.addStaff(QStringLiteral("dr.rossi"), Role::Doctor, QStringLiteral("Dr. Rita Rossi"));
    const Session second = tw.addStaff(QStringLiteral("dr.meyer"), Role::Doctor, QStringLiteral("Dr. Max Meyer"));
    ward.nurse = tw.addStaff(QStringLiteral("nurse.ana"), Role::Nurse, QStringLiteral("Nurse Ana Lima"));
    const QString r1 = QStringLiteral("MRN-R1");
    const QString r2 = QStringLiteral("MRN-R2");
    const QString x1 = QStringLiteral("MRN-X1");
    admit(w, ward.doctor, r1, QStringLiteral("Erika Report-Mustermann"), QStringLiteral("R"), QStringLiteral("3"));
    admit(w, ward.doctor, r2, QStringLiteral("Hans Beispiel"), QStringLiteral("R"), QStringLiteral("5"));
    admit(w, second, x1, QStringLiteral("Other Ward-Patient"), QStringLiteral("B"), QStringLiteral("1"));
    if (!w.patients().assignDoctor(ward.doctor, r1, QStringLiteral("dr.meyer")))
        qFatal("populateReportWard: assign doctor");
    if (!w.limits().setLimits(ward.doctor, r1, {45, 50, 110, 130}, QStringLiteral("trained athlete")))
        qFatal("populateReportWard: limits");
    // Notes and limits are written now, by the real clock: the day the reports cover ends after them (the end
    // fixed first was passed when storing the day took the fixture over a minute's end).
    auto note = w.records().add(ward.doctor, r1, QString::fromLatin1(ReportWard::NoteText));
    if (!note || !w.records().amend(ward.doctor, note->id, QString::fromLatin1(ReportWard::AmendmentText)))
        qFatal("populateReportWard: notes");
    if (!w.records().add(ward.doctor, r2, QString::fromLatin1(ReportWard::OtherNoteText)))
        qFatal("populateReportWard: notes");
    ward.toMs = (QDateTime::currentMSecsSinceEpoch() / Minute + 1) * Minute;
    ward.fromMs = ward.toMs - 24 * Hour;
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(ward.fromMs - Hour, Qt::UTC);
    for (const auto& [device, mrn] :
         {std::pair {QStringLiteral("dev-r1"), r1}, std::pair {QStringLiteral("dev-r2"), r2},
          std::pair {QStringLiteral("dev-x1"), x1}}) {
        if (!w.devices().add(ward.nurse, device, QStringLiteral("Polar"), QStringLiteral("H10")))
            qFatal("populateReportWard: device");
        if (!w.devices().assign(ward.nurse, device, mrn, start))
            qFatal("populateReportWard: assign");
    }
    // MRN-R1: 10 hours live, two hours of silence (so that a whole clock hour has no samples whatever minute the
    // period starts at), live until 4 hours before the end, then imported; a tachycardia of 140 bpm in hour 5.
    const qint64 step = 5000;
    const auto bpm = [&](qint64 t) {
        return t >= 5 * Hour && t < 5 * Hour + 20 * Minute ? 140.0 : 72.0 + (t / Hour) % 5;
    };
    storeSamples(w, QStringLiteral("dev-r1"), ward.fromMs, int(10 * Hour / step), step,
                 [&](int i) { return bpm(i * step); });
    const qint64 resume = 12 * Hour;
    storeSamples(w, QStringLiteral("dev-r1"), ward.fromMs + resume, int((20 * Hour - resume) / step), step,
                 [&](int i) { return bpm(resume + i * step); });
    storeSamples(
        w, QStringLiteral("dev-r1"), ward.fromMs + 20 * Hour, int(4 * Hour / step), step, [](int) { return 66.0; },
        QStringLiteral("backfill"));
    storeSamples(w, QStringLiteral("dev-r2"), ward.fromMs, int(24 * Hour / 60'000), 60'000, [](int) { return 48.0; });
    storeSamples(w, QStringLiteral("dev-x1"), ward.fromMs, 100, 60'000, [](int) { return 80.0; });

    const qint64 raised = ward.fromMs + 5 * Hour + Minute;
    alarm(w, r1, QStringLiteral("tachycardia"), QStringLiteral("high"), QStringLiteral("severe-tachycardia"), raised,
          raised + 10 * Minute, ward.nurse.userId, raised + 25 * Minute);
    alarm(w, r2, QStringLiteral("bradycardia"), QStringLiteral("medium"), QStringLiteral("moderate-bradycardia"),
          ward.toMs - 2 * Hour, 0, 0, 0);
    alarm(w, x1, QStringLiteral("tachycardia"), QStringLiteral("low"), QStringLiteral("moderate-tachycardia"),
          ward.fromMs + Hour, ward.fromMs + Hour + Minute, ward.nurse.userId, ward.fromMs + 2 * Hour);
    finding(w, r1, QStringLiteral("dev-r1"), ward.fromMs + 21 * Hour, QStringLiteral("moderate-bradycardia"));
    finding(w, r2, QStringLiteral("dev-r2"), ward.fromMs + 3 * Hour, QStringLiteral("severe-bradycardia"));

    // Observations: one of NEWS2 0 amended later (a pulse misread), one of NEWS2 10 (high risk); the patient was
    // admitted before the period.
    exec(w, QStringLiteral("UPDATE patients SET admitted_at = ? WHERE mrn = ?"), {ward.fromMs - 2 * Hour, r1});
    const auto observe = [&](qint64 takenMs, News2Observation values) {
        ObservationInput input;
        input.values = values;
        input.takenAt = QDateTime::fromMSecsSinceEpoch(takenMs);
        auto added = w.observations().add(ward.nurse, r1, input);
        if (!added)
            qFatal("populateReportWard: %s", qPrintable(added.errorMessage()));
        return added.value();
    };
    const Observation calm = observe(ward.toMs - 6 * Hour, {18, 97, false, false, 125, 87, Consciousness::Alert, 36.8});
    ObservationInput corrected;
    corrected.values = {18, 97, false, false, 125, 78, Consciousness::Alert, 36.8};
    if (!w.observations().amend(ward.nurse, calm.id, corrected))
        qFatal("populateReportWard: amend an observation");
    observe(ward.toMs - 2 * Hour, {24, 93, false, true, 105, 118, Consciousness::Alert, 38.4});

    return ward;
}

QString flat(const QString& text)
{
    QString result;
    // NFKC: a ligature the renderer set ("ﬁ") reads back as its letters.
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

QString pdfText(const QString& path, int page, bool layout)
{
    QStringList args {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), QStringLiteral("-enc"),
                      QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    return run(QStringLiteral("pdftotext"), args << path << QStringLiteral("-"));
}

int pdfPages(const QString& path)
{
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

} // namespace pulsedesk::test
