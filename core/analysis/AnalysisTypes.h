#pragma once

#include "analysis/Classifier.h"
#include "analysis/HeartRateBands.h"
#include "model/AnalysisSample.h"
#include "model/Patient.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace pulsedesk {

/// Everything the analysis needs to know about whom a sample belongs to at the sample's own time ("enrichment").
struct PatientContext
{
    qint64 patientId = 0;
    QString ward;
    QString bed;
    QDate birthDate; ///< invalid when unknown
    Sex sex = Sex::Unknown;
    QList<qint64> doctorIds; ///< responsible doctors
    std::optional<HeartRateLimits> limits; ///< per-patient limits currently in force
    QString deviceId;
    QString manufacturer;
    QString model;
};

/// Answers "which patient wore this device at this time?".
class PatientResolver
{
public:
    virtual ~PatientResolver() = default;
    /// nullptr when the device was not assigned at that time. The pointer stays valid until the next call.
    virtual const PatientContext* patientAt(qint64 deviceRowId, qint64 timestampMs) = 0;
};

/// Reads stored samples back, so that a window the analysis no longer holds in memory (after a restart, or
/// evicted long ago) is recomputed from the whole stored set when a late sample arrives for it.
class WindowSampleSource
{
public:
    virtual ~WindowSampleSource() = default;
    /// Samples of the device with fromMs <= timestamp < toMs.
    virtual std::vector<AnalysisSample> samples(qint64 deviceRowId, qint64 fromMs, qint64 toMs) = 0;
    /// The newest timestamp of the device stored before the analysis started, if any.
    virtual std::optional<qint64> newestStoredBeforeStart(qint64 deviceRowId) = 0;
};

/// The features and classification of one window of one device worn by one patient.
struct WindowResult
{
    static constexpr double Missing = std::numeric_limits<double>::quiet_NaN();

    qint64 patientId = 0;
    qint64 deviceRowId = 0;
    qint64 windowStartMs = 0;
    qint64 windowMs = 0;
    int sampleCount = 0; ///< samples with a heart rate
    double coverage = 0; ///< share of the expected samples present, 0–1
    double hrMean = Missing;
    double hrMin = Missing;
    double hrMax = Missing;
    double hrSd = Missing; ///< sample standard deviation; 0 for a single sample
    double spo2Mean = Missing;
    double temperatureMean = Missing;
    double systolicMean = Missing;
    double diastolicMean = Missing;
    Classification classification;
    bool lowConfidence = false; ///< coverage under the threshold: shown, but raises no alarm by itself
    /// The anomaly score against the patient's recent windows on the device, 0-1 (AnomalyScorer); missing until
    /// there is enough history. Not the window's own: it is set after the window engine, and sameAs() ignores it.
    double anomaly = Missing;
    int anomalyVital = -1; ///< the vital that gave the score (AnomalyScorer's order); not stored

    qint64 windowEndMs() const { return windowStartMs + windowMs; }
    /// Field-by-field equality in which two missing values are equal.
    bool sameAs(const WindowResult& other) const;
};

} // namespace pulsedesk
