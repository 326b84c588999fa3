#include "storage/SampleWriter.h"

#include "storage/PostgresDatabase.h"
#include "storage/PostgresSampleBatch.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>

#include <optional>

namespace pulsedesk {

namespace {

std::array<double, 5> storedVitals(const RawStatement& row)
{
    std::array<double, 5> v {};
    for (int i = 0; i < 5; ++i)
        v.at(std::size_t(i)) = row.isNull(i) ? Sample::Missing : row.real(i);
    return v;
}

} // namespace

SampleWriter::SampleWriter(QSqlDatabase& db, qint64 importId)
    : m_db(db)
    , m_importId(importId)
    , m_insert(std::make_unique<RawStatement>(
          db,
          Sql::dialect(db,
                       "INSERT OR IGNORE INTO samples (device_id, ts, heart_rate, spo2, temperature_c, "
                       "systolic, diastolic, source, received_at, import_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                       "INSERT INTO samples (device_id, ts, heart_rate, spo2, temperature_c, "
                       "systolic, diastolic, source, received_at, import_id) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")))
    , m_stored(std::make_unique<RawStatement>(db,
                                              "SELECT heart_rate, spo2, temperature_c, systolic, diastolic, "
                                              "coalesce(import_id, 0) FROM samples WHERE device_id = ? AND ts = ?"))
    , m_fill(std::make_unique<RawStatement>(
          db,
          "UPDATE samples SET heart_rate = coalesce(heart_rate, ?), spo2 = coalesce(spo2, ?), "
          "temperature_c = coalesce(temperature_c, ?), systolic = coalesce(systolic, ?), "
          "diastolic = coalesce(diastolic, ?) WHERE device_id = ? AND ts = ?"))
{ }

SampleWriter::~SampleWriter() = default;

bool SampleWriter::ok() const
{
    return m_insert->ok() && m_stored->ok() && m_fill->ok();
}

Error SampleWriter::error(const QString& doing) const
{
    return m_insert->error(doing);
}

Result<SampleWriter::Written> SampleWriter::write(qint64 deviceRowId, const Sample& s, Source source,
                                                  qint64 receivedAtMs, bool fill)
{
    const QString storing = QCoreApplication::translate("SampleWriter", "storing samples");
    if (pg_conn* conn = PostgresDatabase::handleOf(m_db)) {
        if (!m_batch)
            m_batch = std::make_unique<PostgresSampleBatch>(conn, m_importId);
        if (!m_batch->ensurePartitions({s.timestampMs}))
            return m_batch->error(storing);
    }
    RawStatement& insert = *m_insert;
    insert.bindSample(1, deviceRowId, s);
    insert.bindStatic(8, source == Source::Backfill ? "backfill" : "live");
    insert.bind(9, receivedAtMs);
    if (m_importId > 0)
        insert.bind(10, m_importId);
    else
        insert.bindNull(10);
    const RawStatement::Step rc = insert.step();
    insert.reset();
    if (rc != RawStatement::Step::Done)
        return error(storing);
    Written written;
    if (insert.changes() > 0)
        return written;

    RawStatement& stored = *m_stored;
    stored.bind(1, deviceRowId);
    stored.bind(2, s.timestampMs);
    if (stored.step() != RawStatement::Step::Row) {
        stored.reset();
        return error(storing);
    }
    const std::array<double, 5> mine = vitalsOf(s);
    written.conflict = compare(mine, storedVitals(stored), &written.filled);
    written.storedImportId = stored.integer(5);
    stored.reset();
    if (!written.conflict.isEmpty()) {
        written.kind = Written::Kind::Conflict;
        written.filled = 0;
        return written;
    }
    if (!fill || written.filled == 0) {
        written.kind = Written::Kind::Duplicate;
        written.filled = 0;
        return written;
    }
    RawStatement& update = *m_fill;
    for (int i = 0; i < 5; ++i)
        update.bind(i + 1, mine.at(std::size_t(i)));
    update.bind(6, deviceRowId);
    update.bind(7, s.timestampMs);
    const RawStatement::Step filled = update.step();
    update.reset();
    if (filled != RawStatement::Step::Done)
        return error(storing);
    written.kind = Written::Kind::Filled;
    return written;
}

Result<std::vector<SampleWriter::Written>> SampleWriter::writeAll(const std::vector<Pending>& samples)
{
    std::vector<Written> outcomes;
    outcomes.reserve(samples.size());
    pg_conn* conn = PostgresDatabase::handleOf(m_db);
    if (!conn) {
        for (const Pending& p : samples) {
            auto written = write(p.deviceRowId, p.sample, p.source, p.receivedAtMs);
            if (!written)
                return written.error();
            outcomes.push_back(written.value());
        }
        return outcomes;
    }
    const auto failed = [this] {
        return m_batch->error(QCoreApplication::translate("SampleWriter", "storing samples"));
    };
    if (!m_batch)
        m_batch = std::make_unique<PostgresSampleBatch>(conn, m_importId);
    // The first sample at each (device, time) goes to the INSERT; a later one in the batch compares with it
    // stored, as it would have one after the other.
    using Key = PostgresSampleBatch::Key;
    QHash<Key, bool> first;
    first.reserve(qsizetype(samples.size()));
    std::vector<PostgresSampleBatch::Row> rows;
    rows.reserve(samples.size());
    for (const Pending& p : samples) {
        const Key key {p.deviceRowId, p.sample.timestampMs};
        if (first.contains(key))
            continue;
        first.insert(key, true);
        rows.push_back({p.deviceRowId, &p.sample, p.source == Source::Backfill, p.receivedAtMs});
    }
    QHash<Key, bool> inserted;
    if (!m_batch->insert(rows, &inserted))
        return failed();
    std::vector<Key> lookUp;
    for (const Pending& p : samples) {
        const Key key {p.deviceRowId, p.sample.timestampMs};
        if (!inserted.contains(key) || !first.value(key))
            lookUp.push_back(key);
        first.insert(key, false);
    }
    QHash<Key, PostgresSampleBatch::Stored> stored;
    if (!m_batch->stored(lookUp, &stored))
        return failed();
    for (const Pending& p : samples) {
        const Key key {p.deviceRowId, p.sample.timestampMs};
        Written written;
        if (inserted.remove(key) > 0) {
            outcomes.push_back(written);
            continue;
        }
        const auto row = stored.constFind(key);
        if (row == stored.cend()) // gone meanwhile: the engine said it was there, and cannot say what
            return Error {Error::Code::Storage,
                          QCoreApplication::translate("SampleWriter", "a stored sample could not be read back")};
        written.conflict = compare(vitalsOf(p.sample), row->vitals);
        written.storedImportId = row->importId;
        written.kind = written.conflict.isEmpty() ? Written::Kind::Duplicate : Written::Kind::Conflict;
        outcomes.push_back(written);
    }
    return outcomes;
}

QString SampleWriter::compare(const std::array<double, 5>& incoming, const std::array<double, 5>& stored, int* fillable)
{
    int fill = 0;
    QString conflict;
    for (std::size_t i = 0; i < incoming.size(); ++i) {
        if (!Sample::has(incoming.at(i)))
            continue;
        if (!Sample::has(stored.at(i)))
            fill |= 1 << i;
        else if (std::abs(stored.at(i) - incoming.at(i)) > 0.05 && conflict.isEmpty())
            conflict = QCoreApplication::translate(
                           "SampleWriter", "a different value (%1) is already stored for this device at this time (%2)")
                           .arg(incoming.at(i))
                           .arg(stored.at(i));
    }
    if (fillable)
        *fillable = fill;
    return conflict;
}

SampleLookup::SampleLookup(QSqlDatabase& db)
    : m_db(db)
    , m_lookup(std::make_unique<RawStatement>(
          db,
          "SELECT heart_rate, spo2, temperature_c, systolic, diastolic FROM samples WHERE device_id = ? AND ts = ?"))
{ }

SampleLookup::~SampleLookup()
{
    endBatch();
}

bool SampleLookup::ok() const
{
    return m_lookup->ok();
}

std::optional<std::array<double, 5>> SampleLookup::stored(qint64 deviceRowId, qint64 ms)
{
    beginBatch();
    m_lookup->bind(1, deviceRowId);
    m_lookup->bind(2, ms);
    std::optional<std::array<double, 5>> vitals;
    if (m_lookup->step() == RawStatement::Step::Row)
        vitals = storedVitals(*m_lookup);
    m_lookup->reset();
    return vitals;
}

void SampleLookup::beginBatch()
{
    if (m_tried)
        return;
    m_tried = true;
    // Without a read transaction (BEGIN refused) each look-up takes its own lock, as before.
    m_open = RawStatement::exec(m_db, "BEGIN");
}

void SampleLookup::endBatch()
{
    if (m_open && !RawStatement::exec(m_db, "COMMIT"))
        RawStatement::exec(m_db, "ROLLBACK");
    m_open = false;
    m_tried = false;
}

} // namespace pulsedesk
