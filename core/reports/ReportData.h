#pragma once

#include "alarms/AlarmEngine.h"
#include "analysis/Classifier.h"
#include "analysis/PatientLimitsStore.h"
#include "monitoring/HeartRateSeries.h"
#include "monitoring/WardOverview.h"
#include "scores/Observation.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <limits>
#include <optional>
#include <vector>

namespace pulsedesk::reports {

/// The three printed reports.
enum class ReportKind
{
    Trend, ///< one patient's heart rate, alarms, findings and notes over a period
    WardAlarms, ///< every alarm of a ward over a period, for alarm-fatigue reviews
    Handover, ///< every admitted patient of a ward as the shift hands over
};

QString reportKindKey(ReportKind kind); ///< "trend", "alarms", "handover" (audit log, command line)
QString reportTitle(ReportKind kind); ///< translated

/// What is asked for: the patient (trend) or the ward (alarms, hand-over), and the period [fromMs, toMs).
struct ReportRequest
{
    ReportKind kind = ReportKind::Trend;
    QString mrn;
    QString ward;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

/// Who printed the report, when, and what every page names at its top.
struct ReportHeader
{
    QString title;
    QString subject; ///< "Name · MRN" of the patient, or the ward, on every page
    QString printedBy;
    qint64 printedAtMs = 0;
    qint64 fromMs = 0;
    qint64 toMs = 0;
};

/// An alarm as the reports list it.
struct ReportAlarm
{
    qint64 id = 0;
    QString mrn;
    QString patientName;
    QString bed;
    AlarmCondition condition = AlarmCondition::Tachycardia;
    AlarmPriority priority = AlarmPriority::Medium;
    std::optional<Category> category;
    qint64 raisedMs = 0;
    qint64 acknowledgedMs = 0; ///< 0 if nobody acknowledged it
    QString acknowledgedBy;
    qint64 endedMs = 0; ///< 0 while open
    QString comment;
};

struct ReportFinding
{
    QString mrn;
    QString deviceId;
    qint64 windowStartMs = 0;
    Category category = Category::NoAnomaly;
    qint64 foundAtMs = 0;
    QString reviewedBy; ///< empty while not reviewed
    qint64 reviewedAtMs = 0;
};

struct ReportNote
{
    qint64 id = 0;
    qint64 writtenAtMs = 0;
    QString author;
    QString text;
    qint64 amendsId = 0; ///< the note this one corrects, 0 for an original
};

/// One hour of the trend report's table. Shares are of the time covered by samples in the hour, by category.
struct HourRow
{
    qint64 startMs = 0;
    qint64 samples = 0;
    double median = std::numeric_limits<double>::quiet_NaN();
    double min = std::numeric_limits<double>::quiet_NaN();
    double max = std::numeric_limits<double>::quiet_NaN();
    std::array<double, 5> share {}; ///< by Category, 0–1
};

/// A patient's trend report.
struct TrendReport
{
    ReportHeader header;
    QString patientName;
    QString mrn;
    QString ward;
    QString bed;
    QStringList doctors;
    std::optional<PatientLimitsRecord> ownLimits; ///< set by a doctor, with the reason
    PatientChart chart; ///< reduced for drawing; its limits are the ones in force at the end of the period
    std::vector<HourRow> hours;
    QList<ReportAlarm> alarms;
    QList<ReportFinding> findings;
    QList<ReportNote> notes;
    /// The nurse observations taken in the period, oldest first, each in its newest version (an amended one with
    /// the amendment's values); `news2` is empty for a patient NEWS2 does not apply to.
    QList<Observation> observations;
};

/// Alarms of one priority in a ward alarm history.
struct PriorityTotal
{
    AlarmPriority priority = AlarmPriority::Medium;
    int alarms = 0;
    int acknowledged = 0;
    qint64 medianToAcknowledgeMs = -1; ///< -1 when none was acknowledged
};

struct WardAlarmReport
{
    ReportHeader header;
    QString ward;
    QList<ReportAlarm> alarms; ///< by bed, then raised
    QList<PriorityTotal> totals; ///< high, medium, low
    qint64 medianToAcknowledgeMs = -1; ///< over every acknowledged alarm
};

struct HandoverPatient
{
    WardTile tile;
    QStringList doctors;
    QString limitsBasis; ///< the limits the analysis applies, as people read them
    QList<ReportAlarm> openAlarms;
    QList<ReportFinding> findingsToReview;
    std::optional<ReportNote> lastNote;
};

struct HandoverReport
{
    ReportHeader header;
    QString ward;
    QList<HandoverPatient> patients;
};

/// The median of the values (they are reordered); NaN for none.
double median(std::vector<double>& values);
/// The same for durations; -1 for none.
qint64 medianMs(std::vector<qint64> values);

} // namespace pulsedesk::reports
