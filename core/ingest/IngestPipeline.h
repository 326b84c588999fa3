#pragma once

#include "analysis/AnalysisTypes.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "ingest/MessageParser.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace pulsedesk {

class Database;
class RawStatement;
class SampleSink;
struct Session;

/// A message as it arrived, from MQTT or from an imported file.
struct IncomingMessage
{
    QString source; ///< "mqtt" or "import"
    QString topic; ///< MQTT topic, or the file name
    QByteArray payload;
    qint64 receivedAtMs = 0;
};

/// A message kept back with the reason, until its cause is fixed and it is replayed.
struct QuarantineEntry
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString source;
    QString topic;
    QString reason;
    qint64 payloadBytes = 0;
    QByteArray payload;
};

/// The path every message takes into the store, live or replayed: parse and validate, map the device, store
/// each sample once on (device, timestamp), and keep anything unusable in the quarantine with its reason. A
/// batch is stored in one transaction: when ingest() returns true, all of it is durable.
class IngestPipeline
{
public:
    struct Counts
    {
        qint64 messages = 0;
        qint64 stored = 0; ///< new samples
        qint64 duplicates = 0; ///< samples already stored
        qint64 rejected = 0; ///< samples (or whole messages) quarantined
        qint64 quarantinedMessages = 0;
        Counts& operator+=(const Counts& other);
    };

    IngestPipeline(Database& database, const Clock& clock);

    Result<Counts> ingest(const QList<IncomingMessage>& batch);

    /// Quarantined messages not replayed yet, newest first; `reasonFilter` matches part of the reason.
    Result<QList<QuarantineEntry>> quarantine(const Session& session, const QString& reasonFilter = {},
                                              int limit = 1000) const;
    /// Sends quarantined messages through the pipeline again (all pending ones when `ids` is empty). Those that
    /// now store cleanly leave the quarantine; the others keep their place with the new reason.
    Result<Counts> replay(const Session& session, const QList<qint64>& ids = {});

    /// Forgets cached device ids (after devices change).
    void invalidateDevices();

    /// Where newly stored samples go once their transaction is committed (the analysis); none by default.
    /// Set before ingest starts.
    void setSampleSink(SampleSink* sink) { m_sink = sink; }

private:
    struct Processed
    {
        Counts counts;
        QStringList reasons;
    };
    /// `insert` is the batch's prepared sample INSERT (see sampleInsert).
    Result<Processed> process(QSqlDatabase& db, RawStatement& insert, const IncomingMessage& message,
                              std::vector<AnalysisSample>& fresh);
    void hand(std::vector<AnalysisSample>& fresh);
    /// The sample INSERT on the connection's own SQLite handle: numbers are bound without a QVariant each, which
    /// at tens of thousands of samples a second is a good part of the cost. Prepared inside the transaction.
    static std::unique_ptr<RawStatement> sampleInsert(QSqlDatabase& db);
    Result<qint64> deviceRowId(QSqlDatabase& db, const QString& deviceId);

    Database& m_database;
    const Clock& m_clock;
    QMutex m_cacheMutex;
    QHash<QString, qint64> m_deviceIds;
    SampleSink* m_sink = nullptr;
};

} // namespace pulsedesk
