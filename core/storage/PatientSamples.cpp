#include "storage/PatientSamples.h"

#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <vector>

namespace pulsedesk::PatientSamples {

namespace {

/// Hands each row of `q` to `row`: false once `row` returned false, true at the end of the rows. A row is ts, the
/// five vitals and imported (0/1), after the device's row id when `withDevice`.
Result<bool> stream(RawStatement& q, bool withDevice, StoredSample& s,
                    const std::function<bool(const StoredSample&)>& row, const QString& doing)
{
    const int first = withDevice ? 1 : 0;
    const auto value = [&q, first](int vital) {
        return q.isNull(first + vital) ? Sample::Missing : q.real(first + vital);
    };
    RawStatement::Step step = RawStatement::Step::Row;
    while ((step = q.step()) == RawStatement::Step::Row) {
        if (withDevice)
            s.deviceRowId = q.integer(0);
        s.sample.timestampMs = q.integer(first);
        s.sample.heartRate = value(1);
        s.sample.spo2 = value(2);
        s.sample.temperatureC = value(3);
        s.sample.systolic = value(4);
        s.sample.diastolic = value(5);
        s.imported = q.integer(first + 6) != 0;
        if (!row(s))
            return false;
    }
    if (step != RawStatement::Step::Done)
        return q.error(doing);
    return true;
}

} // namespace

Status each(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs,
            const std::function<bool(const StoredSample&)>& row, const QString& doing)
{
    // The assignments first (a handful), then each one's samples in the order of the samples' own index, so that
    // no read sorts (and so holds) a month of rows.
    RawStatement assignments(db,
                             Sql::dialect(db,
                                          "SELECT device_id, max(assigned_from, ?2), "
                                          "min(coalesce(assigned_to, ?3), ?3) FROM device_assignments "
                                          "WHERE patient_id = ?1 AND assigned_from < ?3 AND "
                                          "(assigned_to IS NULL OR assigned_to > ?2) ORDER BY assigned_from, id",
                                          "SELECT device_id, GREATEST(assigned_from, ?2), "
                                          "LEAST(coalesce(assigned_to, ?3), ?3) FROM device_assignments "
                                          "WHERE patient_id = ?1 AND assigned_from < ?3 AND "
                                          "(assigned_to IS NULL OR assigned_to > ?2) ORDER BY assigned_from, id"));
    if (!assignments.ok())
        return assignments.error(doing);
    assignments.bind(1, patientId);
    assignments.bind(2, fromMs);
    assignments.bind(3, toMs);
    struct Period
    {
        qint64 device = 0;
        qint64 from = 0;
        qint64 to = 0;
    };
    std::vector<Period> periods;
    RawStatement::Step step = RawStatement::Step::Row;
    while ((step = assignments.step()) == RawStatement::Step::Row)
        periods.push_back({assignments.integer(0), assignments.integer(1), assignments.integer(2)});
    if (step != RawStatement::Step::Done)
        return assignments.error(doing);

    RawStatement samples(db,
                         "SELECT ts, heart_rate, spo2, temperature_c, systolic, diastolic, source <> 'live' "
                         "FROM samples WHERE device_id = ?1 AND ts >= ?2 AND ts < ?3 ORDER BY ts");
    if (!samples.ok())
        return samples.error(doing);
    StoredSample s;
    for (const Period& period : periods) {
        samples.reset();
        samples.bind(1, period.device);
        samples.bind(2, period.from);
        samples.bind(3, period.to);
        s.deviceRowId = period.device;
        auto streamed = stream(samples, false, s, row, doing);
        if (!streamed)
            return streamed.error();
        if (!streamed.value())
            return {};
    }
    return {};
}

Status eachForResearch(QSqlDatabase& db, qint64 patientId, qint64 fromMs, qint64 toMs,
                       const std::function<bool(const StoredSample&)>& row, const QString& doing)
{
    if (!Sql::isPostgres(db))
        return each(db, patientId, fromMs, toMs, row, doing);
    RawStatement samples(db,
                         "SELECT device_id, ts, heart_rate, spo2, temperature_c, systolic, diastolic, imported "
                         "FROM pulsedesk_research_samples(?1, ?2, ?3)");
    if (!samples.ok())
        return samples.error(doing);
    samples.bind(1, patientId);
    samples.bind(2, fromMs);
    samples.bind(3, toMs);
    StoredSample s;
    auto streamed = stream(samples, true, s, row, doing);
    if (!streamed)
        return streamed.error();
    return {};
}

} // namespace pulsedesk::PatientSamples
