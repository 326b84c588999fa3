#include "scores/FleetHealth.h"

#include "common/KeyTable.h"
#include "common/RobustStats.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace pulsedesk::FleetHealth {

namespace {

constexpr double Nan = std::numeric_limits<double>::quiet_NaN();
using RobustStats::MadScale;

struct Centre
{
    double median = Nan;
    double spread = Nan; ///< scaled MAD
};

Centre centreOf(std::vector<double> values)
{
    Centre c;
    c.median = median(values);
    c.spread = MadScale * mad(values, c.median);
    return c;
}

/// The longest run of one identical value (NaNs skipped, not breaking a run).
void longestRun(const std::vector<Reading>& readings, int v, VitalSummary& s)
{
    qint64 runStart = 0;
    double runValue = Nan;
    qint64 last = 0;
    for (const Reading& r : readings) {
        const double x = r.values[size_t(v)];
        if (std::isnan(x))
            continue;
        if (x != runValue) {
            runValue = x;
            runStart = r.ms;
        }
        last = r.ms;
        if (last - runStart > s.longestRunMs || std::isnan(s.runValue)) {
            s.longestRunMs = last - runStart;
            s.runValue = runValue;
        }
    }
}

/// The share of expected readings missing while the device was on: the device's own sampling interval is the 10th
/// percentile of the intervals between its readings (robust even when most readings are lost), silences longer than
/// `offGapMs` are the device switched off.
double missingShare(const std::vector<Reading>& readings, qint64 offGapMs)
{
    std::vector<qint64> intervals;
    intervals.reserve(readings.size());
    for (size_t i = 1; i < readings.size(); ++i) {
        const qint64 gap = readings[i].ms - readings[i - 1].ms;
        if (gap > 0 && gap <= offGapMs)
            intervals.push_back(gap);
    }
    if (intervals.size() < 2)
        return 0;
    std::vector<qint64> sorted = intervals;
    const auto tenth = sorted.begin() + qsizetype(sorted.size() / 10);
    std::nth_element(sorted.begin(), tenth, sorted.end());
    const double nominal = double(*tenth);
    double expected = 0;
    for (qint64 gap : intervals)
        expected += std::max(1.0, std::round(double(gap) / nominal));
    return std::max(0.0, 1.0 - double(intervals.size()) / expected);
}

/// Judges one figure of every device against the fleet: appends a flag where the figure lies more than
/// max(k scaled MADs, `minimum`) from the fleet's median. `figure` gives a device's figure (NaN: not judged);
/// `low`/`high` the fault on each side (the same for a two-sided figure, none with `oneSided`).
template<typename Figure, typename Shown>
void judgeFigure(QList<DeviceHealth>& devices, const Limits& limits, Figure figure, Shown shown, double minimum,
                 Fault low, Fault high, Vital vital, bool oneSided = false)
{
    std::vector<double> values;
    for (const DeviceHealth& d : devices)
        if (const double x = figure(d.summary); !std::isnan(x))
            values.push_back(x);
    if (qsizetype(values.size()) < limits.minFleet)
        return;
    const Centre c = centreOf(values);
    const double reach = std::max(limits.k * c.spread, minimum);
    for (DeviceHealth& d : devices) {
        const double x = figure(d.summary);
        if (std::isnan(x))
            continue;
        const bool above = x > c.median + reach;
        const bool below = !oneSided && x < c.median - reach;
        if (!above && !below)
            continue;
        Flag f;
        f.fault = above ? high : low;
        f.vital = vital;
        f.value = shown(x);
        f.fleetMedian = shown(c.median);
        f.fleetSpread = shown(c.spread);
        f.limit = shown(above ? c.median + reach : c.median - reach);
        d.flags.append(f);
    }
}

} // namespace

double median(std::vector<double>& values)
{
    return RobustStats::median(values);
}

double mad(std::vector<double>& values, double centre)
{
    return RobustStats::mad(values, centre);
}

DeviceSummary summarise(const std::vector<Reading>& readings, const Limits& limits)
{
    DeviceSummary s;
    s.samples = qint64(readings.size());
    std::vector<double> values;
    values.reserve(readings.size());
    for (int v = 0; v < VitalCount; ++v) {
        values.clear();
        for (const Reading& r : readings)
            if (!std::isnan(r.values[size_t(v)]))
                values.push_back(r.values[size_t(v)]);
        VitalSummary& vs = s.vitals[size_t(v)];
        vs.count = qint64(values.size());
        if (values.empty())
            continue;
        vs.median = median(values);
        vs.mad = mad(values, vs.median);
        longestRun(readings, v, vs);
    }
    s.missing = missingShare(readings, limits.offGapMs);
    return s;
}

int Fleet::flagged() const
{
    return int(
        std::count_if(devices.cbegin(), devices.cend(), [](const DeviceHealth& d) { return !d.flags.isEmpty(); }));
}

QList<Fleet> judge(const QList<DeviceSummary>& devices, const Limits& limits)
{
    QMap<std::pair<QString, QString>, Fleet> fleets;
    for (const DeviceSummary& d : devices) {
        if (d.samples == 0)
            continue;
        Fleet& fleet = fleets[{d.manufacturer, d.model}];
        fleet.manufacturer = d.manufacturer;
        fleet.model = d.model;
        fleet.devices.append({d, {}});
    }
    QList<Fleet> list;
    for (Fleet& fleet : fleets) {
        std::sort(fleet.devices.begin(), fleet.devices.end(),
                  [](const DeviceHealth& a, const DeviceHealth& b) { return a.summary.deviceId < b.summary.deviceId; });
        fleet.judged = fleet.devices.size() >= limits.minFleet;
        if (!fleet.judged) {
            list.append(fleet);
            continue;
        }
        const auto identity = [](double x) { return x; };
        const auto exp = [](double x) { return std::exp(x); };
        for (int v = 0; v < VitalCount; ++v) {
            const Vital vital = Vital(v);
            const auto usable = [&limits, v](const DeviceSummary& s) {
                return s.vitals[size_t(v)].count >= limits.minReadings;
            };
            if (!std::isnan(limits.minOffset[size_t(v)]))
                judgeFigure(
                    fleet.devices, limits,
                    [&](const DeviceSummary& s) { return usable(s) ? s.vitals[size_t(v)].median : Nan; }, identity,
                    limits.minOffset[size_t(v)], Fault::Offset, Fault::Offset, vital);
            // Spread compares as a ratio: the logarithm of the MAD, floored at the vital's resolution.
            judgeFigure(
                fleet.devices, limits,
                [&](const DeviceSummary& s) {
                    return usable(s) ? std::log(std::max(s.vitals[size_t(v)].mad, limits.resolution[size_t(v)])) : Nan;
                },
                exp, std::log(limits.minVariabilityRatio), Fault::LowVariability, Fault::HighVariability, vital);
            // Runs too, in minutes, at least a second; only runs longer than minStuckMs are judged stuck.
            judgeFigure(
                fleet.devices, limits,
                [&](const DeviceSummary& s) {
                    return usable(s) ? std::log(std::max<double>(s.vitals[size_t(v)].longestRunMs, 1000) / 60'000.0)
                                     : Nan;
                },
                exp, std::log(limits.minStuckRatio), Fault::Stuck, Fault::Stuck, vital, true);
            for (DeviceHealth& d : fleet.devices)
                d.flags.removeIf([&](const Flag& f) {
                    return f.fault == Fault::Stuck && f.vital == vital
                        && d.summary.vitals[size_t(v)].longestRunMs < limits.minStuckMs;
                });
        }
        judgeFigure(
            fleet.devices, limits, [](const DeviceSummary& s) { return s.missing; }, identity, limits.minMissing,
            Fault::Dropouts, Fault::Dropouts, Vital::HeartRate, true);
        list.append(fleet);
    }
    return list;
}

QString faultKey(Fault fault)
{
    static constexpr KeyTable<Fault, 5> Keys = {{
        {Fault::Offset, "offset"},
        {Fault::LowVariability, "low-variability"},
        {Fault::HighVariability, "high-variability"},
        {Fault::Dropouts, "dropouts"},
        {Fault::Stuck, "stuck"},
    }};
    return keyOf(Keys, fault);
}

QString faultText(Fault fault)
{
    switch (fault) {
    case Fault::Offset:
        return QCoreApplication::translate("FleetHealth", "constant offset");
    case Fault::LowVariability:
        return QCoreApplication::translate("FleetHealth", "too little variability");
    case Fault::HighVariability:
        return QCoreApplication::translate("FleetHealth", "too much variability");
    case Fault::Dropouts:
        return QCoreApplication::translate("FleetHealth", "frequent dropouts");
    case Fault::Stuck:
        return QCoreApplication::translate("FleetHealth", "value stuck");
    }
    return {};
}

QString vitalKey(Vital vital)
{
    static const char* const keys[] = {"heartRate", "spo2", "temperature", "systolic", "diastolic"};
    return QString::fromLatin1(keys[int(vital)]);
}

QString vitalText(Vital vital)
{
    switch (vital) {
    case Vital::HeartRate:
        return QCoreApplication::translate("FleetHealth", "heart rate");
    case Vital::Spo2:
        return QCoreApplication::translate("FleetHealth", "SpO2");
    case Vital::Temperature:
        return QCoreApplication::translate("FleetHealth", "temperature");
    case Vital::Systolic:
        return QCoreApplication::translate("FleetHealth", "systolic pressure");
    case Vital::Diastolic:
        return QCoreApplication::translate("FleetHealth", "diastolic pressure");
    }
    return {};
}

QString describe(const Flag& f)
{
    const auto n = [](double x, int decimals = 1) { return QString::number(x, 'f', decimals); };
    switch (f.fault) {
    case Fault::Offset:
        return QCoreApplication::translate("FleetHealth", "%1: median %2 against the fleet's %3 (limit %4)")
            .arg(vitalText(f.vital), n(f.value), n(f.fleetMedian), n(f.limit));
    case Fault::LowVariability:
    case Fault::HighVariability:
        return QCoreApplication::translate("FleetHealth", "%1: MAD %2 against the fleet's %3 (limit %4)")
            .arg(vitalText(f.vital), n(f.value, 2), n(f.fleetMedian, 2), n(f.limit, 2));
    case Fault::Stuck:
        return QCoreApplication::translate("FleetHealth",
                                           "%1: one value for %2 min against the fleet's %3 min (limit %4 min)")
            .arg(vitalText(f.vital), n(f.value), n(f.fleetMedian), n(f.limit));
    case Fault::Dropouts:
        return QCoreApplication::translate("FleetHealth",
                                           "%1 % of readings missing against the fleet's %2 % (limit %3 %)")
            .arg(n(f.value * 100), n(f.fleetMedian * 100), n(f.limit * 100));
    }
    return {};
}

} // namespace pulsedesk::FleetHealth
