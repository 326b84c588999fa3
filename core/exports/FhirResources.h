#pragma once

#include "analysis/AnalysisTypes.h"
#include "exports/ExportSupport.h"
#include "model/ClinicalRecord.h"
#include "model/Sample.h"

#include <QJsonObject>

#include <functional>

namespace pulsedesk {

/// The FHIR R4 resources PulseDesk writes, as JSON objects; references and times are the caller's (a Bundle's
/// urn:uuid or a research export's pseudonyms, local times or shifted ones).
///
/// Mapping:
/// - samples: one vital-signs Observation per vital (heart rate LOINC 8867-4 with MDC 147842 MDC_ECG_HEART_RATE,
///   or 149530 MDC_PULS_OXIM_PULS_RATE when the sample also carries SpO2, i.e. came from a pulse oximeter; SpO2
///   2708-6/59408-5 with 150456; body temperature 8310-5 with 150364; blood pressure panel 85354-9 with
///   components 8480-6/8462-4), UCUM units; imported samples carry the meta tag "imported".
/// - window results: an Observation coded in PulseDesk's own code system (never LOINC, so that re-importing a
///   Bundle reads only the samples), effectivePeriod the window, components mean/min/max/sd/count/coverage, the
///   category as interpretation (v3 ObservationInterpretation L/LL/N/H/HH plus PulseDesk's key).
/// - alarms: DetectedIssue, whose severity (high|moderate|low) is the alarm priority, identifiedPeriod the time it
///   was raised to its end, author the device that raised it and mitigation the acknowledgement (who, when,
///   comment). Flag has none of severity, acknowledgement or device author.
/// - clinical notes: DocumentReference (LOINC 11506-3 progress note, text/plain), an amendment relatesTo
///   "replaces" the note it corrects, and the corrected one has status "superseded".
namespace FhirResources {

/// The base of PulseDesk's code systems and identifier systems.
QString pulseDeskSystem(const QString& path);
QJsonObject reference(const QString& target, const QString& display = {});

/// The patient's resource; `doctorNames` as generalPractitioner displays.
QJsonObject patient(const Patient& record, const QStringList& doctorNames);
/// A device; without `identifier` (research) the device id is left out and only manufacturer and model remain.
QJsonObject device(const ExportDevice& registered, bool identifier, const QString& patientReference);
/// `text` as a JSON string, quotes included.
QByteArray jsonString(const QString& text);
/// Calls `each` with one Observation per vital of the sample as compact JSON, written directly rather than through
/// QJsonObject (an export writes millions). `subject`, `deviceReference`, `time` and the ids `nextId` gives are JSON
/// strings (see jsonString); without `nextId` the resources have no id (a Bundle entry's fullUrl names them).
void vitals(const Sample& sample, bool imported, const QByteArray& subject, const QByteArray& deviceReference,
            const QByteArray& time, const std::function<void(const QByteArray&)>& each,
            const std::function<QByteArray()>& nextId = {});
QJsonObject windowResult(const WindowResult& result, const QString& subject, const QString& deviceReference,
                         const QString& start, const QString& end);

/// An alarm as it is exported.
struct AlarmRow
{
    qint64 id = 0;
    QString condition; ///< key
    QString conditionText;
    QString priority; ///< key
    QString category; ///< key, empty for technical alarms
    QString state; ///< key
    QString raised;
    QString ended; ///< empty while open
    QString acknowledged; ///< empty if never
    QString acknowledgedBy;
    QString comment;
    QString detail;
};
QJsonObject detectedIssue(const AlarmRow& alarm, const QString& subject, const QString& deviceReference);
QJsonObject documentReference(const ClinicalRecord& note, bool superseded, const QString& subject,
                              const QString& written, const QString& replacesReference);

} // namespace FhirResources

} // namespace pulsedesk
