#pragma once

#include "scores/News2.h"
#include "scores/Pews.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <limits>
#include <optional>

namespace pulsedesk {

/// Why an observation carries no early-warning score.
enum class UnscoredReason
{
    None, ///< it is scored
    UnderAge, ///< the patient is under 16: NEWS2 is for adults
    AgeUnknown, ///< no birth date: PulseDesk cannot tell an adult from a child
};

/// One set of nurse observations as stored, with the score computed when it was recorded. Observations are never
/// changed: a correction is a new observation whose `amendsId` points at the one it corrects (the time it was
/// taken stays), and both stay visible.
struct Observation
{
    /// The fields a device measured and the nurse confirmed, as stored in `from_device`.
    static inline const QString DevicePulse = QStringLiteral("pulse");
    static inline const QString DeviceSpo2 = QStringLiteral("spo2");
    static inline const QString DeviceSystolic = QStringLiteral("systolic");
    static inline const QString DeviceTemperature = QStringLiteral("temperature");

    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime takenAt; ///< when the nurse took the observations
    QDateTime recordedAt; ///< when they were written (later for an amendment)
    qint64 recordedBy = 0;
    QString recordedByName;
    News2Observation values;
    QStringList fromDevice; ///< which values came from a device (DevicePulse, ...)
    std::optional<News2Score> news2; ///< none when unscored
    /// For a patient under 16, the score of the paediatric chart an administrator selected (none without one).
    /// Computed when read, with the chart selected then; never stored.
    std::optional<PewsScore> pews;
    UnscoredReason unscored = UnscoredReason::None;
    QDateTime nextDueAt; ///< invalid when unscored or when the chart asks for continuous monitoring
    qint64 amendsId = 0; ///< 0 for an original observation
    qint64 amendedById = 0; ///< the newest amendment of this observation, 0 if none
};

/// What a nurse enters; the store scores it.
struct ObservationInput
{
    News2Observation values;
    /// The SpO2 scale to use; none uses the scale the patient's doctor set (scale 1 when none was set).
    std::optional<int> spo2Scale;
    QStringList fromDevice;
    /// When the observations were taken, if earlier than now (charted after the round): at most a day ago and
    /// not before the admission.
    QDateTime takenAt;
};

/// Recent values the patient's devices measured, offered to the nurse (each NaN when none).
struct DeviceReadings
{
    QString deviceId;
    double pulse = std::numeric_limits<double>::quiet_NaN();
    double spo2 = std::numeric_limits<double>::quiet_NaN();
    double systolic = std::numeric_limits<double>::quiet_NaN();
    double temperatureC = std::numeric_limits<double>::quiet_NaN();
    QDateTime measuredAt; ///< the newest of them
};

/// A patient's current early-warning state: the newest observation that has not been amended.
struct ScoreStatus
{
    qint64 patientId = 0;
    qint64 observationId = 0;
    QDateTime takenAt;
    std::optional<int> total; ///< none when unscored
    std::optional<News2Risk> risk;
    QDateTime nextDueAt; ///< invalid: continuous monitoring, or no score
    bool overdue(const QDateTime& now) const { return nextDueAt.isValid() && now > nextDueAt; }
};

/// Why no score is shown, for display ("" for UnscoredReason::None).
QString unscoredReasonText(UnscoredReason reason);

} // namespace pulsedesk
