#pragma once

#include "common/Result.h"
#include "model/Sample.h"

#include <QHash>
#include <QString>

#include <array>
#include <utility>
#include <vector>

struct pg_conn;
struct pg_result;

namespace pulsedesk {

/// SampleWriter::writeAll() on a PostgreSQL store: many samples in one statement, their values sent as arrays
/// (one round trip for a batch rather than one a sample), the samples already stored read back in one more. The
/// month partitions the samples fall in are made first where missing (PostgresSchema, migration 13); one made
/// once by this process is not asked for again.
class PostgresSampleBatch
{
public:
    /// A sample's (device row, time).
    using Key = std::pair<qint64, qint64>;
    struct Row
    {
        qint64 deviceRowId = 0;
        const Sample* sample = nullptr;
        bool backfill = false;
        qint64 receivedAtMs = 0;
    };
    struct Stored
    {
        std::array<double, 5> vitals {};
        qint64 importId = 0;
    };

    PostgresSampleBatch(pg_conn* conn, qint64 importId);

    /// Inserts the rows (each key once) where no sample is stored; `inserted` gets the keys written. False on
    /// failure (error()). Live samples are first written with a plain INSERT, about a third cheaper for the server
    /// than one with ON CONFLICT (no speculative insertion); only when a sample is stored already is that undone
    /// (to a savepoint) and the batch written the careful way, with the same outcome. An import goes the careful way
    /// at once: it often meets samples stored already.
    bool insert(const std::vector<Row>& rows, QHash<Key, bool>* inserted);
    /// The samples stored at `keys`.
    bool stored(const std::vector<Key>& keys, QHash<Key, Stored>* found);
    /// Makes the month partitions of the times `ms` where this process has not made sure of them yet.
    bool ensurePartitions(const std::vector<qint64>& ms);
    /// What failed last, while `doing`.
    Error error(const QString& doing) const;

    /// The first millisecond of the UTC month `ms` falls in.
    static qint64 monthStart(qint64 ms);
    /// Forgets which partitions this process made sure of (after partitions were dropped).
    static void forgetPartitions();

private:
    enum class Plain
    {
        Stored, ///< every row written
        SomeStored, ///< a row's key is stored already: nothing written, the transaction still usable
        Failed,
    };
    /// The plain INSERT of insert(), with its parameters.
    Plain insertNew(const std::vector<QByteArray>& values, const std::vector<bool>& nulls);
    /// Runs `sql` with text parameters (NULL for a null array); the result, or null on failure (error()).
    pg_result* run(const char* sql, const std::vector<QByteArray>& values, const std::vector<bool>& nulls = {});

    pg_conn* m_conn;
    qint64 m_importId;
    QString m_error;
    qint64 m_monthFrom = 1; ///< the month last made sure of: most samples of a batch fall in it
    qint64 m_monthTo = 0;
};

} // namespace pulsedesk
