#include "monitoring/HeartRateSeries.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

#include <algorithm>
#include <array>

namespace pulsedesk::HeartRateSeries {

namespace {

constexpr qint64 MinimumGapMs = 10'000;

/// Keeps the first, lowest, highest and last sample of one column, then hands them over in time order.
class Column
{
public:
    bool empty() const { return m_count == 0; }
    void add(const HeartRateSample& s)
    {
        if (m_count++ == 0) {
            m_first = m_min = m_max = m_last = s;
            return;
        }
        if (s.bpm < m_min.bpm)
            m_min = s;
        if (s.bpm > m_max.bpm)
            m_max = s;
        m_last = s;
    }
    void flushInto(std::vector<ChartPoint>& points)
    {
        if (m_count == 0)
            return;
        std::array<HeartRateSample, 4> kept {m_first, m_min, m_max, m_last};
        std::stable_sort(kept.begin(), kept.end(), [](const auto& a, const auto& b) { return a.ms < b.ms; });
        for (const HeartRateSample& s : kept) {
            const ChartPoint p {s.ms, s.bpm};
            if (points.empty() || !(points.back() == p))
                points.push_back(p);
        }
        m_count = 0;
    }

private:
    qint64 m_count = 0;
    HeartRateSample m_first;
    HeartRateSample m_min;
    HeartRateSample m_max;
    HeartRateSample m_last;
};

} // namespace

qint64 gapThreshold(const std::vector<HeartRateSample>& samples, qint64 bucketMs)
{
    qint64 usual = 0;
    if (samples.size() > 1) {
        std::vector<qint64> intervals;
        intervals.reserve(samples.size() - 1);
        for (size_t i = 1; i < samples.size(); ++i) {
            if (samples[i].ms > samples[i - 1].ms)
                intervals.push_back(samples[i].ms - samples[i - 1].ms);
        }
        if (!intervals.empty()) {
            const auto middle = intervals.begin() + static_cast<std::ptrdiff_t>(intervals.size() / 2);
            std::nth_element(intervals.begin(), middle, intervals.end());
            usual = *middle;
        }
    }
    return std::max({MinimumGapMs, 3 * usual, 2 * bucketMs});
}

std::vector<ChartSegment> reduce(const std::vector<HeartRateSample>& samples, qint64 fromMs, qint64 toMs, int buckets,
                                 qint64 gapMs)
{
    std::vector<ChartSegment> segments;
    if (toMs <= fromMs || buckets <= 0)
        return segments;
    const double perColumn = static_cast<double>(toMs - fromMs) / buckets;
    Column column;
    qint64 columnIndex = -1;
    const HeartRateSample* previous = nullptr;
    for (const HeartRateSample& s : samples) {
        if (s.ms < fromMs || s.ms >= toMs)
            continue;
        const bool newSegment = !previous || s.ms - previous->ms > gapMs || s.imported != previous->imported;
        if (newSegment) {
            if (!segments.empty())
                column.flushInto(segments.back().points);
            segments.push_back({s.imported, {}});
            columnIndex = -1;
        }
        const auto index = static_cast<qint64>(static_cast<double>(s.ms - fromMs) / perColumn);
        if (index != columnIndex) {
            column.flushInto(segments.back().points);
            columnIndex = index;
        }
        column.add(s);
        previous = &s;
    }
    if (!segments.empty())
        column.flushInto(segments.back().points);
    return segments;
}

Result<PatientChart> read(Database& database, const Session& session, const QString& mrn, qint64 fromMs, qint64 toMs,
                          int buckets)
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    const QString context = QCoreApplication::translate("HeartRateSeries", "reading the heart-rate chart");
    if (toMs <= fromMs || buckets <= 0)
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("HeartRateSeries", "The chart's time range is empty.")};
    QSqlDatabase db = database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT p.id, p.birth_date, p.sex, l.severe_bradycardia_at_or_below, "
                                  "l.bradycardia_below, l.tachycardia_above, l.severe_tachycardia_at_or_above "
                                  "FROM patients p LEFT JOIN patient_limits l ON l.patient_id = p.id AND "
                                  "l.ended_at IS NULL WHERE p.mrn = ?"),
                   {mrn.trimmed()}))
        return Sql::error(q, context);
    if (!q.next())
        return Error {
            Error::Code::NotFound,
            QCoreApplication::translate("HeartRateSeries", "There is no patient with the medical record number %1.")
                .arg(mrn)};
    PatientChart chart;
    chart.fromMs = fromMs;
    chart.toMs = toMs;
    const qint64 patientId = q.value(0).toLongLong();
    const QDate birthDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    const Sex sex = sexFromKey(q.value(2).toString()).value_or(Sex::Unknown);
    std::optional<HeartRateLimits> own;
    if (!q.value(3).isNull())
        own = HeartRateLimits {q.value(3).toDouble(), q.value(4).toDouble(), q.value(5).toDouble(),
                               q.value(6).toDouble()};
    const QDate onDate = QDateTime::fromMSecsSinceEpoch(toMs - 1).date();
    chart.limits = Classifier::limitsFor(HeartRateBands::builtIn(), birthDate, sex, onDate, own);
    q.finish();

    // Every sample of every device while it was assigned to the patient, in time order.
    RawStatement samples(
        db,
        Sql::dialect(db,
                     "SELECT s.ts, s.heart_rate, s.spo2, s.temperature_c, s.systolic, s.diastolic, "
                     "s.source <> 'live' FROM device_assignments a JOIN samples s ON s.device_id = a.device_id "
                     "AND s.ts >= max(a.assigned_from, ?2) AND s.ts < min(coalesce(a.assigned_to, ?3), ?3) "
                     "WHERE a.patient_id = ?1 AND a.assigned_from < ?3 AND "
                     "(a.assigned_to IS NULL OR a.assigned_to > ?2) ORDER BY s.ts",
                     "SELECT s.ts, s.heart_rate, s.spo2, s.temperature_c, s.systolic, s.diastolic, "
                     "(s.source <> 'live')::int FROM device_assignments a JOIN samples s "
                     "ON s.device_id = a.device_id AND s.ts >= GREATEST(a.assigned_from, ?2) "
                     "AND s.ts < LEAST(coalesce(a.assigned_to, ?3), ?3) "
                     "WHERE a.patient_id = ?1 AND a.assigned_from < ?3 AND "
                     "(a.assigned_to IS NULL OR a.assigned_to > ?2) ORDER BY s.ts"));
    if (!samples.ok())
        return samples.error(context);
    samples.bind(1, patientId);
    samples.bind(2, fromMs);
    samples.bind(3, toMs);
    std::vector<HeartRateSample> heartRate;
    const auto latest = [&](LatestVital& vital, int column, qint64 ts) {
        if (!samples.isNull(column))
            vital = {ts, samples.real(column)};
    };
    RawStatement::Step step = RawStatement::Step::Row;
    while ((step = samples.step()) == RawStatement::Step::Row) {
        const qint64 ts = samples.integer(0);
        if (!samples.isNull(1)) {
            const bool imported = samples.integer(6) != 0;
            heartRate.push_back({ts, samples.real(1), imported});
            chart.importedCount += imported ? 1 : 0;
        }
        latest(chart.spo2, 2, ts);
        latest(chart.temperature, 3, ts);
        latest(chart.systolic, 4, ts);
        latest(chart.diastolic, 5, ts);
    }
    if (step != RawStatement::Step::Done)
        return samples.error(context);
    chart.sampleCount = static_cast<qint64>(heartRate.size());
    chart.gapMs = gapThreshold(heartRate, (toMs - fromMs) / buckets);
    chart.segments = reduce(heartRate, fromMs, toMs, buckets, chart.gapMs);

    if (!Sql::exec(q,
                   QStringLiteral("SELECT raised_at, coalesce(ended_at, 0), priority, condition FROM alarms WHERE "
                                  "patient_id = ? AND raised_at < ? AND (ended_at IS NULL OR ended_at >= ?) "
                                  "ORDER BY raised_at"),
                   {patientId, toMs, fromMs}))
        return Sql::error(q, context);
    while (q.next()) {
        const auto priority = priorityFromKey(q.value(2).toString());
        const auto condition = conditionFromKey(q.value(3).toString());
        if (priority && condition)
            chart.alarms.append({q.value(0).toLongLong(), q.value(1).toLongLong(), *priority, *condition});
    }
    return chart;
}

} // namespace pulsedesk::HeartRateSeries
