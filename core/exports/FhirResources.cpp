#include "exports/FhirResources.h"

#include "analysis/Classifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pulsedesk::FhirResources {

namespace {

const QString kLoinc = QStringLiteral("http://loinc.org");
// IEEE 11073-10101 nomenclature (the term codes as FHIR's Devices on FHIR and PHD guides spell them).
const QString kMdc = QStringLiteral("urn:iso:std:iso:11073:10101");
const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

QJsonObject coding(const QString& system, const QString& code, const QString& display)
{
    QJsonObject c {{QStringLiteral("system"), system}, {QStringLiteral("code"), code}};
    if (!display.isEmpty())
        c.insert(QStringLiteral("display"), display);
    return c;
}

QJsonObject codeable(std::initializer_list<QJsonObject> codings, const QString& text)
{
    QJsonArray list;
    for (const QJsonObject& c : codings)
        list.append(c);
    return {{QStringLiteral("coding"), list}, {QStringLiteral("text"), text}};
}

QJsonObject quantity(double value, const QString& unit, const QString& code)
{
    return {{QStringLiteral("value"), value},
            {QStringLiteral("unit"), unit},
            {QStringLiteral("system"), kUcum},
            {QStringLiteral("code"), code}};
}

QJsonArray vitalSignsCategory()
{
    return {codeable({coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"),
                             QStringLiteral("vital-signs"), QStringLiteral("Vital Signs"))},
                     QStringLiteral("Vital Signs"))};
}

QString interpretationCode(Category category)
{
    switch (category) {
    case Category::SevereBradycardia:
        return QStringLiteral("LL");
    case Category::ModerateBradycardia:
        return QStringLiteral("L");
    case Category::NoAnomaly:
        return QStringLiteral("N");
    case Category::ModerateTachycardia:
        return QStringLiteral("H");
    case Category::SevereTachycardia:
        return QStringLiteral("HH");
    }
    return QStringLiteral("N");
}

QString severity(const QString& priority)
{
    if (priority == QLatin1String("high"))
        return QStringLiteral("high");
    if (priority == QLatin1String("medium"))
        return QStringLiteral("moderate");
    return QStringLiteral("low");
}

/// The members of an object as compact JSON without its braces, to splice into an object written by hand.
QByteArray members(const QJsonObject& object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

QJsonObject unit(const QString& display, const QString& code)
{
    return {{QStringLiteral("unit"), display}, {QStringLiteral("system"), kUcum}, {QStringLiteral("code"), code}};
}

/// The unchanging parts of the vital-signs Observations, made once from the same JSON objects as everything else.
struct VitalTemplates
{
    QByteArray ecgHeartRate; ///< status, category and code
    QByteArray oximeterHeartRate;
    QByteArray spo2;
    QByteArray temperature;
    QByteArray bloodPressure;
    QByteArray systolicCode;
    QByteArray diastolicCode;
    QByteArray perMinute; ///< unit members of a Quantity
    QByteArray percent;
    QByteArray celsius;
    QByteArray mmHg;
    QByteArray importedMeta;
};

const VitalTemplates& templates()
{
    static const VitalTemplates t = [] {
        const auto fixed = [](const QJsonObject& code) {
            return members(QJsonObject {{QStringLiteral("status"), QStringLiteral("final")},
                                        {QStringLiteral("category"), vitalSignsCategory()},
                                        {QStringLiteral("code"), code}});
        };
        const auto heartRate = [&](const QString& mdc, const QString& mdcName) {
            return fixed(codeable(
                {coding(kLoinc, QStringLiteral("8867-4"), QStringLiteral("Heart rate")), coding(kMdc, mdc, mdcName)},
                QStringLiteral("Heart rate")));
        };
        const auto component = [](const QString& loinc, const QString& mdc, const QString& name) {
            return QJsonDocument(codeable({coding(kLoinc, loinc, name), coding(kMdc, mdc, {})}, name))
                .toJson(QJsonDocument::Compact);
        };
        VitalTemplates v;
        v.ecgHeartRate = heartRate(QStringLiteral("147842"), QStringLiteral("MDC_ECG_HEART_RATE"));
        v.oximeterHeartRate = heartRate(QStringLiteral("149530"), QStringLiteral("MDC_PULS_OXIM_PULS_RATE"));
        v.spo2 = fixed(
            codeable({coding(kLoinc, QStringLiteral("2708-6"), QStringLiteral("Oxygen saturation in Arterial blood")),
                      coding(kLoinc, QStringLiteral("59408-5"),
                             QStringLiteral("Oxygen saturation in Arterial blood by Pulse oximetry")),
                      coding(kMdc, QStringLiteral("150456"), QStringLiteral("MDC_PULS_OXIM_SAT_O2"))},
                     QStringLiteral("Oxygen saturation")));
        v.temperature = fixed(codeable({coding(kLoinc, QStringLiteral("8310-5"), QStringLiteral("Body temperature")),
                                        coding(kMdc, QStringLiteral("150364"), QStringLiteral("MDC_TEMP_BODY"))},
                                       QStringLiteral("Body temperature")));
        v.bloodPressure =
            fixed(codeable({coding(kLoinc, QStringLiteral("85354-9"), QStringLiteral("Blood pressure panel")),
                            coding(kMdc, QStringLiteral("150020"), QStringLiteral("MDC_PRESS_BLD_NONINV"))},
                           QStringLiteral("Blood pressure")));
        v.systolicCode =
            component(QStringLiteral("8480-6"), QStringLiteral("150021"), QStringLiteral("Systolic blood pressure"));
        v.diastolicCode =
            component(QStringLiteral("8462-4"), QStringLiteral("150022"), QStringLiteral("Diastolic blood pressure"));
        v.perMinute = members(unit(QStringLiteral("beats/minute"), QStringLiteral("/min")));
        v.percent = members(unit(QStringLiteral("%"), QStringLiteral("%")));
        v.celsius = members(unit(QStringLiteral("C"), QStringLiteral("Cel")));
        v.mmHg = members(unit(QStringLiteral("mmHg"), QStringLiteral("mm[Hg]")));
        v.importedMeta = members(QJsonObject {
            {QStringLiteral("meta"),
             QJsonObject {
                 {QStringLiteral("tag"),
                  QJsonArray {coding(pulseDeskSystem(QStringLiteral("CodeSystem/sample-source")),
                                     QStringLiteral("imported"), QStringLiteral("Imported from a device dump"))}}}}});
        return v;
    }();
    return t;
}

QByteArray jsonNumber(double value)
{
    return QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString pulseDeskSystem(const QString& path)
{
    return QStringLiteral("https://pulsedesk.org/fhir/") + path;
}

QJsonObject reference(const QString& target, const QString& display)
{
    QJsonObject r;
    if (!target.isEmpty())
        r.insert(QStringLiteral("reference"), target);
    if (!display.isEmpty())
        r.insert(QStringLiteral("display"), display);
    return r;
}

QJsonObject patient(const Patient& record, const QStringList& doctorNames)
{
    QJsonObject p {
        {QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("identifier"),
         QJsonArray {QJsonObject {{QStringLiteral("use"), QStringLiteral("usual")},
                                  {QStringLiteral("type"),
                                   codeable({coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v2-0203"),
                                                    QStringLiteral("MR"), QStringLiteral("Medical record number"))},
                                            QStringLiteral("MRN"))},
                                  {QStringLiteral("system"), pulseDeskSystem(QStringLiteral("mrn"))},
                                  {QStringLiteral("value"), record.mrn}}}},
        {QStringLiteral("name"), QJsonArray {QJsonObject {{QStringLiteral("text"), record.name}}}},
        {QStringLiteral("gender"),
         record.sex == Sex::Female     ? QStringLiteral("female")
             : record.sex == Sex::Male ? QStringLiteral("male")
                                       : QStringLiteral("unknown")}};
    if (record.birthDate.isValid())
        p.insert(QStringLiteral("birthDate"), record.birthDate.toString(Qt::ISODate));
    QJsonArray doctors;
    for (const QString& name : doctorNames)
        doctors.append(reference({}, name));
    if (!doctors.isEmpty())
        p.insert(QStringLiteral("generalPractitioner"), doctors);
    return p;
}

QJsonObject device(const ExportDevice& registered, bool identifier, const QString& patientReference)
{
    QJsonObject d {{QStringLiteral("resourceType"), QStringLiteral("Device")}};
    if (identifier)
        d.insert(QStringLiteral("identifier"),
                 QJsonArray {QJsonObject {{QStringLiteral("system"), pulseDeskSystem(QStringLiteral("device-id"))},
                                          {QStringLiteral("value"), registered.deviceId}}});
    if (!registered.manufacturer.isEmpty())
        d.insert(QStringLiteral("manufacturer"), registered.manufacturer);
    if (!registered.model.isEmpty())
        d.insert(QStringLiteral("deviceName"),
                 QJsonArray {QJsonObject {{QStringLiteral("name"), registered.model},
                                          {QStringLiteral("type"), QStringLiteral("model-name")}}});
    if (!patientReference.isEmpty())
        d.insert(QStringLiteral("patient"), reference(patientReference));
    return d;
}

QByteArray jsonString(const QString& text)
{
    // Times, references and pseudonyms are plain ASCII: quoted as they are; anything else through QJsonDocument.
    const bool plain = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
    if (plain)
        return '"' + text.toLatin1() + '"';
    return QJsonDocument(QJsonArray {text}).toJson(QJsonDocument::Compact).chopped(1).mid(1);
}

void vitals(const Sample& s, bool imported, const QByteArray& subject, const QByteArray& deviceReference,
            const QByteArray& time, const std::function<void(const QByteArray&)>& each,
            const std::function<QByteArray()>& nextId)
{
    const VitalTemplates& t = templates();
    const auto observation = [&](const QByteArray& fixed, const QByteArray& value) {
        QByteArray json;
        json.reserve(fixed.size() + value.size() + 256);
        json += "{\"resourceType\":\"Observation\",";
        if (nextId)
            json += "\"id\":" + nextId() + ',';
        if (imported)
            json += t.importedMeta + ',';
        json += fixed;
        json += ",\"subject\":{\"reference\":" + subject + "},\"effectiveDateTime\":" + time
            + ",\"device\":{\"reference\":" + deviceReference + "}," + value + '}';
        each(json);
    };
    const auto quantity = [](double value, const QByteArray& unitMembers) {
        return "{\"value\":" + jsonNumber(value) + ',' + unitMembers + '}';
    };
    if (Sample::has(s.heartRate))
        observation(Sample::has(s.spo2) ? t.oximeterHeartRate : t.ecgHeartRate,
                    "\"valueQuantity\":" + quantity(s.heartRate, t.perMinute));
    if (Sample::has(s.spo2))
        observation(t.spo2, "\"valueQuantity\":" + quantity(s.spo2, t.percent));
    if (Sample::has(s.temperatureC))
        observation(t.temperature, "\"valueQuantity\":" + quantity(s.temperatureC, t.celsius));
    if (Sample::has(s.systolic) && Sample::has(s.diastolic))
        observation(t.bloodPressure,
                    "\"component\":[{\"code\":" + t.systolicCode + ",\"valueQuantity\":" + quantity(s.systolic, t.mmHg)
                        + "},{\"code\":" + t.diastolicCode + ",\"valueQuantity\":" + quantity(s.diastolic, t.mmHg)
                        + "}]");
}

QJsonObject windowResult(const WindowResult& r, const QString& subject, const QString& deviceReference,
                         const QString& start, const QString& end)
{
    const QString system = pulseDeskSystem(QStringLiteral("CodeSystem/window-result"));
    QJsonArray components;
    const auto add = [&](const QString& code, const QString& display, const QJsonObject& value, const char* key) {
        components.append(QJsonObject {{QStringLiteral("code"), codeable({coding(system, code, display)}, display)},
                                       {QLatin1String(key), value}});
    };
    const auto rate = [&](const QString& code, const QString& display, double value) {
        if (!std::isnan(value))
            add(code, display, quantity(value, QStringLiteral("beats/minute"), QStringLiteral("/min")),
                "valueQuantity");
    };
    rate(QStringLiteral("heart-rate-mean"), QStringLiteral("Mean heart rate of the window"), r.hrMean);
    rate(QStringLiteral("heart-rate-min"), QStringLiteral("Lowest heart rate of the window"), r.hrMin);
    rate(QStringLiteral("heart-rate-max"), QStringLiteral("Highest heart rate of the window"), r.hrMax);
    rate(QStringLiteral("heart-rate-sd"), QStringLiteral("Standard deviation of the heart rate"), r.hrSd);
    components.append(
        QJsonObject {{QStringLiteral("code"),
                      codeable({coding(system, QStringLiteral("sample-count"), QStringLiteral("Samples"))},
                               QStringLiteral("Samples"))},
                     {QStringLiteral("valueInteger"), r.sampleCount}});
    add(QStringLiteral("coverage"), QStringLiteral("Share of the expected samples present"),
        quantity(std::round(r.coverage * 1000.0) / 10.0, QStringLiteral("%"), QStringLiteral("%")), "valueQuantity");
    // Only once the patient has enough recent windows on the device; a dimensionless 0-1 (UCUM "1").
    if (!std::isnan(r.anomaly))
        add(QStringLiteral("anomaly-score"), QStringLiteral("Anomaly score against the patient's recent windows"),
            quantity(std::round(r.anomaly * 100.0) / 100.0, QStringLiteral("score"), QStringLiteral("1")),
            "valueQuantity");
    const Category category = r.classification.category;
    QJsonObject o {
        {QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("code"),
         codeable({coding(system, QStringLiteral("heart-rate-window"), QStringLiteral("Heart-rate analysis window"))},
                  QStringLiteral("Heart-rate analysis window"))},
        {QStringLiteral("subject"), reference(subject)},
        {QStringLiteral("effectivePeriod"),
         QJsonObject {{QStringLiteral("start"), start}, {QStringLiteral("end"), end}}},
        {QStringLiteral("interpretation"),
         QJsonArray {codeable(
             {coding(QStringLiteral("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"),
                     interpretationCode(category), {}),
              coding(pulseDeskSystem(QStringLiteral("CodeSystem/heart-rate-category")), categoryKey(category), {})},
             categoryKey(category))}},
        {QStringLiteral("device"), reference(deviceReference)},
        {QStringLiteral("component"), components}};
    if (r.lowConfidence)
        o.insert(QStringLiteral("note"),
                 QJsonArray {QJsonObject {
                     {QStringLiteral("text"), QStringLiteral("low confidence: under half the expected samples")}}});
    return o;
}

QJsonObject detectedIssue(const AlarmRow& a, const QString& subject, const QString& deviceReference)
{
    QJsonObject period {{QStringLiteral("start"), a.raised}};
    if (!a.ended.isEmpty())
        period.insert(QStringLiteral("end"), a.ended);
    QJsonObject issue {
        {QStringLiteral("resourceType"), QStringLiteral("DetectedIssue")},
        {QStringLiteral("identifier"),
         QJsonArray {QJsonObject {{QStringLiteral("system"), pulseDeskSystem(QStringLiteral("alarm-id"))},
                                  {QStringLiteral("value"), QString::number(a.id)}}}},
        {QStringLiteral("status"),
         a.state == QLatin1String("ended") ? QStringLiteral("final") : QStringLiteral("preliminary")},
        {QStringLiteral("code"),
         codeable({coding(pulseDeskSystem(QStringLiteral("CodeSystem/alarm-condition")), a.condition, a.conditionText)},
                  a.conditionText)},
        {QStringLiteral("severity"), severity(a.priority)},
        {QStringLiteral("patient"), reference(subject)},
        {QStringLiteral("identifiedPeriod"), period}};
    if (!deviceReference.isEmpty())
        issue.insert(QStringLiteral("author"), reference(deviceReference));
    QStringList detail;
    if (!a.category.isEmpty())
        detail << a.category;
    if (!a.detail.isEmpty())
        detail << a.detail;
    if (!detail.isEmpty())
        issue.insert(QStringLiteral("detail"), detail.join(QStringLiteral("; ")));
    if (!a.acknowledged.isEmpty()) {
        QJsonObject mitigation {{QStringLiteral("action"),
                                 codeable({coding(pulseDeskSystem(QStringLiteral("CodeSystem/alarm-action")),
                                                  QStringLiteral("acknowledged"), QStringLiteral("Acknowledged"))},
                                          a.comment.isEmpty() ? QStringLiteral("Acknowledged") : a.comment)},
                                {QStringLiteral("date"), a.acknowledged}};
        if (!a.acknowledgedBy.isEmpty())
            mitigation.insert(QStringLiteral("author"), reference({}, a.acknowledgedBy));
        issue.insert(QStringLiteral("mitigation"), QJsonArray {mitigation});
    }
    return issue;
}

QJsonObject documentReference(const ClinicalRecord& note, bool superseded, const QString& subject,
                              const QString& written, const QString& replacesReference)
{
    QJsonObject d {
        {QStringLiteral("resourceType"), QStringLiteral("DocumentReference")},
        {QStringLiteral("identifier"),
         QJsonArray {QJsonObject {{QStringLiteral("system"), pulseDeskSystem(QStringLiteral("note-id"))},
                                  {QStringLiteral("value"), QString::number(note.id)}}}},
        {QStringLiteral("status"), superseded ? QStringLiteral("superseded") : QStringLiteral("current")},
        {QStringLiteral("docStatus"), note.amendsId > 0 ? QStringLiteral("amended") : QStringLiteral("final")},
        {QStringLiteral("type"),
         codeable({coding(kLoinc, QStringLiteral("11506-3"), QStringLiteral("Progress note"))},
                  QStringLiteral("Clinical note"))},
        {QStringLiteral("subject"), reference(subject)},
        {QStringLiteral("date"), written},
        {QStringLiteral("author"), QJsonArray {reference({}, note.authorName)}},
        {QStringLiteral("content"),
         QJsonArray {
             QJsonObject {{QStringLiteral("attachment"),
                           QJsonObject {{QStringLiteral("contentType"), QStringLiteral("text/plain; charset=utf-8")},
                                        {QStringLiteral("data"), QString::fromLatin1(note.text.toUtf8().toBase64())},
                                        {QStringLiteral("creation"), written}}}}}}};
    if (!replacesReference.isEmpty())
        d.insert(QStringLiteral("relatesTo"),
                 QJsonArray {QJsonObject {{QStringLiteral("code"), QStringLiteral("replaces")},
                                          {QStringLiteral("target"), reference(replacesReference)}}});
    return d;
}

} // namespace pulsedesk::FhirResources
