#include "analysis/ResultStore.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresArrayText.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <map>
#include <tuple>

namespace pulsedesk {

namespace {

/// A result's twenty stored values in the order of every statement below (sample_count ... window_start): `put`
/// gets each with its 1-based column.
template<typename Put>
void forEachColumn(const WindowResult& r, qint64 nowMs, Put&& put)
{
    put(1, qint64(r.sampleCount));
    put(2, r.coverage);
    put(3, r.hrMean);
    put(4, r.hrMin);
    put(5, r.hrMax);
    put(6, r.hrSd);
    put(7, r.spo2Mean);
    put(8, r.temperatureMean);
    put(9, r.systolicMean);
    put(10, r.diastolicMean);
    put(11, categoryKey(r.classification.category));
    put(12, qint64(r.lowConfidence ? 1 : 0));
    put(13, basisKey(r.classification.basis));
    put(14, r.classification.band);
    put(15, nowMs);
    put(16, r.windowMs);
    put(17, r.anomaly);
    put(18, r.patientId);
    put(19, r.deviceRowId);
    put(20, r.windowStartMs);
}

/// On a ward server, the first result of each (patient, device, window) inserted in one statement where none is
/// stored, its columns sent as arrays: a statement a row costs the server a round trip and an executor start each,
/// most of the analysis connection's time at a ward's rate. `inserted` gets true for the results written.
Status insertAtOnce(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs,
                    std::vector<bool>* inserted)
{
    using Key = std::tuple<qint64, qint64, qint64>;
    std::map<Key, size_t> first;
    std::array<PostgresArrayText, 20> columns;
    for (size_t i = 0; i < results.size(); ++i) {
        const WindowResult& r = results.at(i);
        if (!first.emplace(Key {r.patientId, r.deviceRowId, r.windowStartMs}, i).second)
            continue; // a later one of the same window updates it, as it would one after the other
        forEachColumn(r, nowMs, [&columns](int column, auto value) { columns.at(size_t(column) - 1).add(value); });
    }
    RawStatement insert(db,
                        "INSERT INTO analysis_results (sample_count, coverage, hr_mean, hr_min, hr_max, hr_sd, "
                        "spo2_mean, temperature_c_mean, systolic_mean, diastolic_mean, category, low_confidence, "
                        "basis, band, computed_at, window_ms, anomaly, patient_id, device_id, window_start) "
                        "SELECT * FROM unnest(?::bigint[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], "
                        "?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::float8[], ?::text[], ?::bigint[], "
                        "?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::float8[], ?::bigint[], ?::bigint[], "
                        "?::bigint[]) "
                        "ON CONFLICT DO NOTHING RETURNING patient_id, device_id, window_start");
    if (!insert.ok())
        return insert.error(QCoreApplication::translate("AnalysisStore", "storing analysis results"));
    for (size_t c = 0; c < columns.size(); ++c)
        insert.bind(int(c) + 1, QString::fromUtf8(columns.at(c).text()));
    for (;;) {
        const RawStatement::Step step = insert.step();
        if (step == RawStatement::Step::Done)
            return {};
        if (step == RawStatement::Step::Failed)
            return insert.error(QCoreApplication::translate("AnalysisStore", "storing analysis results"));
        const auto it = first.find(Key {insert.integer(0), insert.integer(1), insert.integer(2)});
        if (it != first.end())
            inserted->at(it->second) = true;
    }
}

} // namespace

ResultStore::ResultStore(Database& database, AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{ }

Status ResultStore::storeResults(QSqlDatabase& db, const std::vector<WindowResult>& results, qint64 nowMs) const
{
    if (results.empty())
        return {};
    std::vector<bool> written(results.size(), false);
    const bool atOnce = Sql::isPostgres(db);
    if (atOnce) {
        if (auto stored = insertAtOnce(db, results, nowMs, &written); !stored)
            return stored;
        if (std::all_of(written.cbegin(), written.cend(), [](bool w) { return w; }))
            return {};
    }
    // SQLite's own API: a result has twenty columns, and an import stores tens of thousands of them. A new
    // window is inserted; a recomputed one is updated in place. (INSERT OR REPLACE would do both in one
    // statement but costs four times as much per row, and SQLCipher 3.4's SQLite has no upsert.)
    RawStatement insert(
        db,
        Sql::dialect(db,
                     "INSERT OR IGNORE INTO analysis_results (sample_count, coverage, hr_mean, hr_min, "
                     "hr_max, hr_sd, spo2_mean, temperature_c_mean, systolic_mean, diastolic_mean, "
                     "category, low_confidence, basis, band, computed_at, window_ms, anomaly, patient_id, "
                     "device_id, window_start) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                     "INSERT INTO analysis_results (sample_count, coverage, hr_mean, hr_min, "
                     "hr_max, hr_sd, spo2_mean, temperature_c_mean, systolic_mean, diastolic_mean, "
                     "category, low_confidence, basis, band, computed_at, window_ms, anomaly, patient_id, "
                     "device_id, window_start) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                     "ON CONFLICT DO NOTHING"));
    RawStatement update(db,
                        "UPDATE analysis_results SET sample_count = ?, coverage = ?, hr_mean = ?, hr_min = ?, "
                        "hr_max = ?, hr_sd = ?, spo2_mean = ?, temperature_c_mean = ?, systolic_mean = ?, "
                        "diastolic_mean = ?, category = ?, low_confidence = ?, basis = ?, band = ?, computed_at = ?, "
                        "window_ms = ?, anomaly = ? WHERE patient_id = ? AND device_id = ? AND window_start = ?");
    if (!insert.ok() || !update.ok())
        return insert.error(QCoreApplication::translate("AnalysisStore", "storing analysis results"));
    // Both statements take the same values in the same order.
    const auto bindAll = [nowMs](RawStatement& q, const WindowResult& r) {
        forEachColumn(r, nowMs, [&q](int column, auto value) { q.bind(column, value); });
    };
    for (size_t i = 0; i < results.size(); ++i) {
        const WindowResult& r = results.at(i);
        if (written.at(i))
            continue;
        if (!atOnce) { // on a server, not written above: stored before, or again in this batch
            bindAll(insert, r);
            const RawStatement::Step inserted = insert.step();
            insert.reset();
            if (inserted != RawStatement::Step::Done)
                return insert.error(QCoreApplication::translate("AnalysisStore", "storing analysis results"));
            if (insert.changes() > 0)
                continue;
        }
        bindAll(update, r);
        const RawStatement::Step updated = update.step();
        update.reset();
        if (updated != RawStatement::Step::Done)
            return update.error(QCoreApplication::translate("AnalysisStore", "storing analysis results"));
    }
    return {};
}

const char* ResultStore::columns()
{
    return "patient_id, device_id, window_start, window_ms, sample_count, coverage, hr_mean, hr_min, hr_max, hr_sd, "
           "spo2_mean, temperature_c_mean, systolic_mean, diastolic_mean, category, low_confidence, basis, band, "
           "anomaly";
}

WindowResult ResultStore::fromRow(const QSqlQuery& q)
{
    WindowResult r;
    r.patientId = q.value(0).toLongLong();
    r.deviceRowId = q.value(1).toLongLong();
    r.windowStartMs = q.value(2).toLongLong();
    r.windowMs = q.value(3).toLongLong();
    r.sampleCount = q.value(4).toInt();
    r.coverage = q.value(5).toDouble();
    r.hrMean = Sql::realOrNaN(q.value(6));
    r.hrMin = Sql::realOrNaN(q.value(7));
    r.hrMax = Sql::realOrNaN(q.value(8));
    r.hrSd = Sql::realOrNaN(q.value(9));
    r.spo2Mean = Sql::realOrNaN(q.value(10));
    r.temperatureMean = Sql::realOrNaN(q.value(11));
    r.systolicMean = Sql::realOrNaN(q.value(12));
    r.diastolicMean = Sql::realOrNaN(q.value(13));
    r.classification.category = categoryFromKey(q.value(14).toString()).value_or(Category::NoAnomaly);
    r.lowConfidence = q.value(15).toBool();
    r.classification.basis = basisFromKey(q.value(16).toString()).value_or(ClassificationBasis::ReferenceTable);
    r.classification.band = q.value(17).toString();
    r.anomaly = Sql::realOrNaN(q.value(18));
    return r;
}

std::optional<std::vector<AnomalyScorer::Entry>>
ResultStore::anomalyHistory(QSqlDatabase& db, qint64 patientId, qint64 deviceRowId, qint64 beforeMs, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT window_start, window_ms, hr_mean, spo2_mean, temperature_c_mean, "
                                  "systolic_mean, diastolic_mean, anomaly FROM analysis_results WHERE patient_id = ? "
                                  "AND device_id = ? AND window_start < ? ORDER BY window_start DESC LIMIT ?"),
                   {patientId, deviceRowId, beforeMs, limit}))
        return std::nullopt;
    std::vector<AnomalyScorer::Entry> entries;
    while (q.next()) {
        AnomalyScorer::Entry e;
        e.windowStartMs = q.value(0).toLongLong();
        e.windowMs = q.value(1).toLongLong();
        for (int v = 0; v < AnomalyScorer::VitalCount; ++v)
            e.means[size_t(v)] = Sql::realOrNaN(q.value(2 + v));
        e.score = Sql::realOrNaN(q.value(7));
        entries.push_back(e);
    }
    if (q.lastError().isValid())
        return std::nullopt;
    std::reverse(entries.begin(), entries.end());
    return entries;
}

AnomalyScorer::HistorySource ResultStore::anomalyHistorySource(Database& database)
{
    return [&database](qint64 patientId, qint64 deviceRowId, qint64 beforeMs, int limit) {
        QSqlDatabase db = database.connection();
        return anomalyHistory(db, patientId, deviceRowId, beforeMs, limit);
    };
}

Result<QList<WindowResult>> ResultStore::results(const Session& session, const QString& mrn, const QDateTime& from,
                                                 const QDateTime& to, int limit) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadResults); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    auto patient = PatientRegistry::rowId(db, mrn);
    if (!patient)
        return patient.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT %1 FROM analysis_results WHERE patient_id = ? AND window_start >= ? AND "
                                  "window_start < ? ORDER BY window_start DESC, device_id LIMIT ?")
                       .arg(QLatin1String(columns())),
                   {patient.value(), from.isValid() ? from.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min(),
                    to.isValid() ? to.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), limit}))
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "reading analysis results"));
    QList<WindowResult> list;
    while (q.next()) {
        list.append(fromRow(q));
    }
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("AnalysisStore", "reading analysis results"));
    if (auto audited = m_audit.record(session, QStringLiteral("results.read"), QStringLiteral("patient"), mrn);
        !audited)
        return audited.error();
    return list;
}

} // namespace pulsedesk
