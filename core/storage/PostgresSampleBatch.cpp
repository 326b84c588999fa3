#include "storage/PostgresSampleBatch.h"

#include "storage/PostgresArrayText.h"
#include "storage/PostgresStatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMutex>
#include <QSet>

#include <cstdlib>
#include <libpq-fe.h>

namespace pulsedesk {

namespace {

QMutex partitionsMutex;
/// The month partitions this process made sure of, by server and database ("host:port/db month").
QSet<QByteArray> knownPartitions;

using ArrayText = PostgresArrayText;

/// The batch's INSERT; the careful form adds ON CONFLICT DO NOTHING RETURNING.
constexpr char kInsert[] = "INSERT INTO samples (device_id, ts, heart_rate, spo2, temperature_c, systolic, diastolic, "
                           "source, received_at, import_id) "
                           "SELECT * , $10::bigint FROM unnest($1::bigint[], $2::bigint[], $3::float8[], "
                           "$4::float8[], $5::float8[], $6::float8[], $7::float8[], $8::text[], $9::bigint[])";

QByteArray serverOf(PGconn* conn)
{
    return QByteArray(PQhost(conn)) + ':' + PQport(conn) + '/' + PQdb(conn) + ' ';
}

} // namespace

PostgresSampleBatch::PostgresSampleBatch(pg_conn* conn, qint64 importId)
    : m_conn(conn)
    , m_importId(importId)
{ }

qint64 PostgresSampleBatch::monthStart(qint64 ms)
{
    const QDate day = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
    return QDateTime(QDate(day.year(), day.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

Error PostgresSampleBatch::error(const QString& doing) const
{
    return {Error::Code::Storage,
            QCoreApplication::translate("Sql", "Database error while %1: %2").arg(doing, m_error)};
}

void PostgresSampleBatch::forgetPartitions()
{
    QMutexLocker lock(&partitionsMutex);
    knownPartitions.clear();
}

pg_result* PostgresSampleBatch::run(const char* sql, const std::vector<QByteArray>& values,
                                    const std::vector<bool>& nulls)
{
    std::vector<const char*> params(values.size());
    for (size_t i = 0; i < values.size(); ++i)
        params[i] = i < nulls.size() && nulls[i] ? nullptr : values[i].constData();
    return PostgresStatement::execOnce(m_conn, sql, params, &m_error);
}

bool PostgresSampleBatch::ensurePartitions(const std::vector<qint64>& ms)
{
    const QByteArray server = serverOf(m_conn);
    QSet<qint64> months;
    for (qint64 at : ms) {
        if (at >= m_monthFrom && at < m_monthTo)
            continue;
        m_monthFrom = monthStart(at);
        m_monthTo = QDateTime::fromMSecsSinceEpoch(m_monthFrom, Qt::UTC).addMonths(1).toMSecsSinceEpoch();
        months.insert(m_monthFrom);
    }
    ArrayText missing;
    QList<QByteArray> asked;
    {
        QMutexLocker lock(&partitionsMutex);
        for (qint64 month : std::as_const(months)) {
            const QByteArray key = server + QByteArray::number(month);
            if (!knownPartitions.contains(key)) {
                missing.add(month);
                asked.append(key);
            }
        }
    }
    if (asked.isEmpty())
        return true;
    PGresult* result = run("SELECT pulsedesk_sample_partitions($1::bigint[])", {missing.text()});
    if (!result)
        return false;
    PQclear(result);
    // Made in the caller's transaction: remembered at once, since one rolled back only sends samples to the
    // default partition, never loses them.
    QMutexLocker lock(&partitionsMutex);
    for (const QByteArray& key : std::as_const(asked))
        knownPartitions.insert(key);
    return true;
}

PostgresSampleBatch::Plain PostgresSampleBatch::insertNew(const std::vector<QByteArray>& values,
                                                          const std::vector<bool>& nulls)
{
    // A savepoint keeps the caller's transaction usable when a sample turns out to be stored already; outside a
    // transaction (SQLSTATE 25P01) the failed statement writes nothing anyway. The connection's status cannot
    // tell: a forward-only query of the caller may still be in progress on it.
    bool inTransaction = true;
    if (!PostgresStatement::exec(m_conn, "SAVEPOINT pulsedesk_new_samples")) {
        if (PostgresStatement::lastSqlState(m_conn) != "25P01") {
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            return Plain::Failed;
        }
        inTransaction = false;
    }
    if (PGresult* result = run(kInsert, values, nulls)) {
        PQclear(result);
        if (inTransaction && !PostgresStatement::exec(m_conn, "RELEASE SAVEPOINT pulsedesk_new_samples")) {
            m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
            return Plain::Failed;
        }
        return Plain::Stored;
    }
    if (PostgresStatement::lastSqlState(m_conn) != "23505") // not unique_violation: a real failure
        return Plain::Failed;
    if (inTransaction
        && !PostgresStatement::exec(m_conn,
                                    "ROLLBACK TO SAVEPOINT pulsedesk_new_samples; "
                                    "RELEASE SAVEPOINT pulsedesk_new_samples")) {
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        return Plain::Failed;
    }
    return Plain::SomeStored;
}

bool PostgresSampleBatch::insert(const std::vector<Row>& rows, QHash<Key, bool>* inserted)
{
    if (rows.empty())
        return true;
    std::vector<qint64> times;
    times.reserve(rows.size());
    ArrayText devices, ts, heartRate, spo2, temperature, systolic, diastolic, source, receivedAt;
    for (const Row& row : rows) {
        const Sample& s = *row.sample;
        times.push_back(s.timestampMs);
        devices.add(row.deviceRowId);
        ts.add(s.timestampMs);
        heartRate.add(s.heartRate);
        spo2.add(s.spo2);
        temperature.add(s.temperatureC);
        systolic.add(s.systolic);
        diastolic.add(s.diastolic);
        source.add(row.backfill ? "backfill" : "live");
        receivedAt.add(row.receivedAtMs);
    }
    if (!ensurePartitions(times))
        return false;
    const std::vector<QByteArray> values {
        devices.text(),  ts.text(),        heartRate.text(), spo2.text(),       temperature.text(),
        systolic.text(), diastolic.text(), source.text(),    receivedAt.text(), QByteArray::number(m_importId)};
    const std::vector<bool> nulls {false, false, false, false, false, false, false, false, false, m_importId <= 0};
    if (m_importId <= 0) {
        switch (insertNew(values, nulls)) {
        case Plain::Stored:
            inserted->reserve(qsizetype(rows.size()));
            for (const Row& row : rows)
                inserted->insert({row.deviceRowId, row.sample->timestampMs}, true);
            return true;
        case Plain::Failed:
            return false;
        case Plain::SomeStored:
            break;
        }
    }
    const QByteArray careful = QByteArray(kInsert) + " ON CONFLICT DO NOTHING RETURNING device_id, ts";
    PGresult* result = run(careful.constData(), values, nulls);
    if (!result)
        return false;
    const int n = PQntuples(result);
    inserted->reserve(n);
    for (int i = 0; i < n; ++i)
        inserted->insert(
            {std::strtoll(PQgetvalue(result, i, 0), nullptr, 10), std::strtoll(PQgetvalue(result, i, 1), nullptr, 10)},
            true);
    PQclear(result);
    return true;
}

bool PostgresSampleBatch::stored(const std::vector<Key>& keys, QHash<Key, Stored>* found)
{
    if (keys.empty())
        return true;
    ArrayText devices, ts;
    for (const Key& key : keys) {
        devices.add(key.first);
        ts.add(key.second);
    }
    PGresult* result = run("SELECT s.device_id, s.ts, s.heart_rate, s.spo2, s.temperature_c, s.systolic, s.diastolic, "
                           "coalesce(s.import_id, 0) FROM samples s "
                           "JOIN unnest($1::bigint[], $2::bigint[]) AS k(device_id, ts) "
                           "ON s.device_id = k.device_id AND s.ts = k.ts",
                           {devices.text(), ts.text()});
    if (!result)
        return false;
    const int n = PQntuples(result);
    for (int i = 0; i < n; ++i) {
        Stored row;
        for (int c = 0; c < 5; ++c)
            row.vitals.at(size_t(c)) =
                PQgetisnull(result, i, c + 2) ? Sample::Missing : std::strtod(PQgetvalue(result, i, c + 2), nullptr);
        row.importId = std::strtoll(PQgetvalue(result, i, 7), nullptr, 10);
        found->insert(
            {std::strtoll(PQgetvalue(result, i, 0), nullptr, 10), std::strtoll(PQgetvalue(result, i, 1), nullptr, 10)},
            row);
    }
    PQclear(result);
    return true;
}

} // namespace pulsedesk
