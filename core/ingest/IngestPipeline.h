#pragma once

#include "common/Clock.h"
#include "common/Result.h"
#include "ingest/MessageParser.h"
#include "model/AnalysisSample.h"
#include "storage/DeviceResolver.h"
#include "storage/SampleWriter.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <array>
#include <memory>

namespace pulsedesk {

class Database;
class SampleSink;
struct Session;

/// A message as it arrived, from MQTT or from an imported file.
struct IncomingMessage
{
    QString source; ///< "mqtt" or "import"
    QString topic; ///< MQTT topic, or the file name
    QByteArray payload;
    qint64 receivedAtMs = 0;
    bool retained = false; ///< a broker's retained message, sent again on every subscription
};

/// A message kept back with the reason, until its cause is fixed and it is replayed.
struct QuarantineEntry
{
    qint64 id = 0;
    QDateTime receivedAt;
    QString source;
    QString topic;
    QString reason;
    qint64 payloadBytes = 0; ///< as received
    QByteArray payload; ///< as kept: identifying fields removed; empty when not kept (see payloadKept)
    bool payloadKept = true; ///< false past the quarantine's limits: only the reason, size and digest are kept
    QString sha256; ///< of the payload as kept, before the limits applied; empty for older entries
};

/// The path every message takes into the store, live or replayed: parse and validate, map the device, store
/// each sample once on (device, timestamp), and keep anything unusable in the quarantine with its reason. A
/// batch is stored in one transaction: when ingest() returns true, all of it is durable.
///
/// A sample at a (device, time) already stored with the same values is a duplicate; with a different value it
/// is a conflict: the stored one stays and the message goes to the quarantine (SampleWriter::compare()). An empty
/// payload (clearing a retained message) is no message. A retained message already in the quarantine is not
/// kept again. Payloads are kept without identifying fields, and past the quarantine's limits (settings) not at
/// all. A failed batch whose cause is a full disk says so.
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
        qint64 ignored = 0; ///< empty payloads, and retained messages already quarantined
        Counts& operator+=(const Counts& other);
    };

    IngestPipeline(Database& database, const Clock& clock);

    Result<Counts> ingest(const QList<IncomingMessage>& batch);

    /// Quarantined messages not replayed yet, newest first; `reasonFilter` matches part of the reason.
    Result<QList<QuarantineEntry>> quarantine(const Session& session, const QString& reasonFilter = {},
                                              int limit = 1000) const;
    /// Sends quarantined messages through the pipeline again (all pending ones when `ids` is empty), oldest
    /// first, in short transactions (ReplaySliceEntries or ReplaySliceMs each) so that live ingest goes on
    /// meanwhile. Those that now store cleanly leave the quarantine; the others keep their place with the new
    /// reason. An imported record that cannot be read without the rest of its file keeps its original reason
    /// (with a note), as does an entry whose payload was not kept.
    Result<Counts> replay(const Session& session, const QList<qint64>& ids = {});

    static constexpr int ReplaySliceEntries = 2000;
    static constexpr qint64 ReplaySliceMs = 200;

    /// The payload without identifying fields (name, dob, patient_id and their other spellings), at any depth of
    /// a JSON document; in text that is not JSON their values are blanked. Unchanged when it has none.
    static QByteArray withoutIdentifyingFields(const QByteArray& payload);

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
        bool readSamples = false; ///< the payload named at least one sample the parser could read
    };
    /// A message read and its devices found, its samples (`count` from `first`) in the batch's list to write.
    struct Parsed
    {
        Processed processed;
        QStringList unknownDevices;
        size_t first = 0;
        size_t count = 0;
    };
    /// Reads `message` and appends its samples to `samples`; writes nothing.
    Parsed parse(QSqlDatabase& db, const IncomingMessage& message, std::vector<SampleWriter::Pending>& samples);
    /// Counts the outcomes of the message's samples (as written, `written` from its first) and adds the reasons.
    void settle(Parsed& parsed, const std::vector<SampleWriter::Pending>& samples,
                const std::vector<SampleWriter::Written>& written, std::vector<AnalysisSample>& fresh) const;
    /// parse(), write and settle() one message; `writer` is the batch's, prepared inside its transaction.
    Result<Processed> process(QSqlDatabase& db, SampleWriter& writer, const IncomingMessage& message,
                              std::vector<AnalysisSample>& fresh);
    void hand(std::vector<AnalysisSample>& fresh);
    /// One slice of a replay in its own transaction: the pending entries after `*after`, or the next of `ids`
    /// from `*next`. False when there was nothing left.
    Result<bool> replaySlice(QSqlDatabase& db, const QList<qint64>& ids, qsizetype* next, qint64* after, Counts& total);

    Database& m_database;
    const Clock& m_clock;
    DeviceResolver m_devices;
    SampleSink* m_sink = nullptr;
};

} // namespace pulsedesk
