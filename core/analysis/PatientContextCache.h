#pragma once

#include "analysis/AnalysisTypes.h"

#include <QSqlDatabase>

#include <map>
#include <unordered_map>
#include <vector>

namespace pulsedesk {

class Database;

/// Enrichment from the store: which patient wore a device at a sample's time (the assignment history), with the
/// patient's birth date, sex, ward, bed, responsible doctors and current limits, and the device's manufacturer
/// and model. Everything is cached; the cache is dropped whenever any of it changes, which triggers in the
/// schema count in `reference_revision` — so changes made by another process are seen too.
///
/// Also reads stored samples back for the window engine. Used on one thread (the analysis worker's).
class PatientContextCache final : public PatientResolver, public WindowSampleSource
{
public:
    /// `startedAtMs`: samples received before this are "stored before the analysis started".
    PatientContextCache(Database& database, qint64 startedAtMs);

    /// Drops the cache when the reference data changed since the last call; true if it did.
    bool refresh();

    const PatientContext* patientAt(qint64 deviceRowId, qint64 timestampMs) override;
    std::vector<AnalysisSample> samples(qint64 deviceRowId, qint64 fromMs, qint64 toMs) override;
    std::optional<qint64> newestStoredBeforeStart(qint64 deviceRowId) override;

    /// Devices with an open assignment now, with their patient (for the device-silent check).
    std::vector<std::pair<qint64, qint64>> assignedDevices();
    /// The patient's bed ("" for none or unknown); cached like the rest.
    QString bedOf(qint64 patientId);

private:
    struct Assignment
    {
        qint64 from = 0;
        qint64 to = 0; ///< 0 while open
        qint64 patientId = 0;
    };
    struct DeviceInfo
    {
        QString deviceId;
        QString manufacturer;
        QString model;
        std::vector<Assignment> assignments; ///< ordered by start
    };

    const DeviceInfo& deviceInfo(qint64 deviceRowId);
    const PatientContext* context(qint64 deviceRowId, qint64 patientId);

    Database& m_database;
    qint64 m_startedAtMs;
    qint64 m_revision = -1;
    std::unordered_map<qint64, DeviceInfo> m_devices;
    std::map<std::pair<qint64, qint64>, PatientContext> m_contexts; ///< by (device, patient)
    std::unordered_map<qint64, QString> m_beds; ///< by patient
};

} // namespace pulsedesk
