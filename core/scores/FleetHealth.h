#pragma once

#include <QList>
#include <QString>

#include <array>
#include <limits>
#include <vector>

namespace pulsedesk {

/// Device-fleet health: each device's recent readings compared with the other devices of its manufacturer and
/// model, for the biomedical engineers. Robust statistics throughout (median and median absolute deviation, MAD):
/// a faulty device is in the data it is judged against, and a mean and standard deviation would follow it. A figure
/// is flagged when it lies more than `k` scaled MADs (1.4826 × MAD) from the fleet's median, k = 3 the "very
/// conservative" choice of Leys et al. 2013 ("Detecting outliers: Do not use standard deviation around the mean,
/// use absolute deviation around the median", J Exp Soc Psychol 49:764-766), and also further than a minimum that
/// matters (so a fleet of near-identical devices does not flag a tenth of a degree).
namespace FleetHealth {

/// The vitals in the store's column order.
enum class Vital
{
    HeartRate,
    Spo2,
    Temperature,
    Systolic,
    Diastolic,
};
constexpr int VitalCount = 5;

enum class Fault
{
    Offset, ///< the device's median far from the fleet's median of medians
    LowVariability, ///< the device's MAD far below the fleet's (compared as logarithms: a ratio)
    HighVariability, ///< the device's MAD far above the fleet's
    Dropouts, ///< many more expected readings missing than in the fleet
    Stuck, ///< a run of one identical value much longer than the fleet's longest runs
};

/// One departure, with the figures that raised it.
struct Flag
{
    Fault fault = Fault::Offset;
    Vital vital = Vital::HeartRate; ///< not for Dropouts, which concern the whole device
    double value = 0; ///< the device's figure: median; MAD; longest run in minutes; share of readings missing
    double fleetMedian = 0; ///< the fleet's median of that figure
    double fleetSpread = 0; ///< the fleet's scaled MAD of that figure (as a ratio for variability and runs)
    double limit = 0; ///< the figure's bound the device went past (upper or lower)
};

struct VitalSummary
{
    qint64 count = 0;
    double median = std::numeric_limits<double>::quiet_NaN();
    double mad = std::numeric_limits<double>::quiet_NaN();
    qint64 longestRunMs = 0; ///< from the first to the last reading of the longest run of one identical value
    double runValue = std::numeric_limits<double>::quiet_NaN();
};

struct DeviceSummary
{
    qint64 rowId = 0; ///< the device's row in the store
    QString deviceId;
    QString manufacturer;
    QString model;
    bool worn = false; ///< assigned to a patient now
    qint64 samples = 0;
    double missing = 0; ///< share of the readings expected while the device was on that never came (0-1)
    std::array<VitalSummary, VitalCount> vitals;
};

/// One stored reading (NaN where a vital is absent).
struct Reading
{
    qint64 ms = 0;
    std::array<double, VitalCount> values {};
};

struct Limits
{
    double k = 3; ///< scaled MADs (Leys et al. 2013)
    int minFleet = 3; ///< fewer devices than this: the fleet is too small to judge
    qint64 minReadings = 30; ///< a device's vital with fewer readings is not judged
    /// The smallest offset that matters, per vital; NaN: not judged. Heart rate is not: the wearer sets it (an
    /// infant's 140/min is no offset of the monitor).
    std::array<double, VitalCount> minOffset {std::numeric_limits<double>::quiet_NaN(), 3, 0.5, 15, 10};
    /// The resolution of each vital, the floor of a MAD (a constant signal has MAD 0).
    std::array<double, VitalCount> resolution {0.5, 0.5, 0.05, 0.5, 0.5};
    double minVariabilityRatio = 2; ///< a device's MAD at least this many times the fleet's, or at most its inverse
    double minMissing = 0.05; ///< the share of missing readings above the fleet's that matters
    qint64 minStuckMs = 5 * 60'000; ///< a shorter run of one value is never a stuck sensor
    double minStuckRatio = 3; ///< and the run at least this many times the fleet's typical longest run
    qint64 offGapMs = 30 * 60'000; ///< a longer silence is a device switched off, not dropouts
};

/// Summarises one device's readings, oldest first.
DeviceSummary summarise(const std::vector<Reading>& readings, const Limits& limits = {});

struct DeviceHealth
{
    DeviceSummary summary;
    QList<Flag> flags;
};

/// The devices of one manufacturer and model.
struct Fleet
{
    QString manufacturer;
    QString model;
    bool judged = false; ///< false: fewer than Limits::minFleet devices with readings; nothing is flagged
    QList<DeviceHealth> devices; ///< every device of the fleet with readings, by device id

    int flagged() const;
};

/// Groups the devices into fleets and judges each device against its fleet.
QList<Fleet> judge(const QList<DeviceSummary>& devices, const Limits& limits = {});

/// The median and the MAD (unscaled) of the values (NaN for none); the values are reordered.
double median(std::vector<double>& values);
double mad(std::vector<double>& values, double centre);

QString faultKey(Fault fault); ///< "offset", "low-variability", ... (JSON)
QString faultText(Fault fault); ///< in words, translated
QString vitalKey(Vital vital); ///< "heartRate", "spo2", ... (JSON)
QString vitalText(Vital vital); ///< in words, translated
/// A flag's figures in words ("SpO2: median 91 % against the fleet's 97 % (limit 94 %)").
QString describe(const Flag& flag);

} // namespace FleetHealth

} // namespace pulsedesk
