#include "ingest/IngestPipeline.h"

#include "analysis/AnalysisService.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pulsedesk {

IngestPipeline::Counts& IngestPipeline::Counts::operator+=(const Counts& other)
{
    messages += other.messages;
    stored += other.stored;
    duplicates += other.duplicates;
    rejected += other.rejected;
    quarantinedMessages += other.quarantinedMessages;
    return *this;
}

IngestPipeline::IngestPipeline(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

void IngestPipeline::hand(std::vector<AnalysisSample>& fresh)
{
    if (m_sink && !fresh.empty())
        m_sink->submit(std::move(fresh));
}

void IngestPipeline::invalidateDevices()
{
    QMutexLocker lock(&m_cacheMutex);
    m_deviceIds.clear();
}

Result<qint64> IngestPipeline::deviceRowId(QSqlDatabase& db, const QString& deviceId)
{
    {
        QMutexLocker lock(&m_cacheMutex);
        if (const auto it = m_deviceIds.constFind(deviceId); it != m_deviceIds.constEnd())
            return *it;
    }
    const QVariant id = Sql::scalar(db, QStringLiteral("SELECT id FROM devices WHERE device_id = ?"), {deviceId});
    if (!id.isValid())
        return Error {Error::Code::NotFound,
                      QCoreApplication::translate("IngestPipeline", "device %1 is not registered").arg(deviceId)};
    // Only known devices are cached: a device registered later is found on its next message.
    QMutexLocker lock(&m_cacheMutex);
    m_deviceIds.insert(deviceId, id.toLongLong());
    return id.toLongLong();
}

std::unique_ptr<RawStatement> IngestPipeline::sampleInsert(QSqlDatabase& db)
{
    return std::make_unique<RawStatement>(RawStatement::handleOf(db),
                                          "INSERT OR IGNORE INTO samples (device_id, ts, heart_rate, spo2, "
                                          "temperature_c, systolic, diastolic, source, received_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Result<IngestPipeline::Processed> IngestPipeline::process(QSqlDatabase& db, RawStatement& insert,
                                                          const IncomingMessage& message,
                                                          std::vector<AnalysisSample>& fresh)
{
    Processed result;
    result.counts.messages = 1;
    const MessageParser::Outcome parsed = MessageParser::parse(message.payload, m_clock.nowMs());
    for (const MessageParser::Rejection& r : parsed.rejections) {
        result.reasons.append(
            r.index >= 0 ? QCoreApplication::translate("IngestPipeline", "sample %1: %2").arg(r.index).arg(r.reason)
                         : r.reason);
        ++result.counts.rejected;
    }
    QStringList unknownDevices;
    for (const Sample& s : parsed.samples) {
        auto device = deviceRowId(db, s.deviceId);
        if (!device) {
            if (!unknownDevices.contains(s.deviceId))
                unknownDevices.append(s.deviceId);
            ++result.counts.rejected;
            continue;
        }
        insert.bindSample(1, device.value(), s);
        insert.bindStatic(8, message.source == QLatin1String("import") ? "backfill" : "live");
        insert.bind(9, message.receivedAtMs);
        if (insert.step() != SQLITE_DONE) {
            Error failed = insert.error(QCoreApplication::translate("IngestPipeline", "storing samples"));
            insert.reset();
            return failed;
        }
        insert.reset();
        if (RawStatement::changes(db) > 0) {
            ++result.counts.stored;
            if (m_sink)
                fresh.push_back(
                    {device.value(), s.timestampMs, s.heartRate, s.spo2, s.temperatureC, s.systolic, s.diastolic});
        } else {
            ++result.counts.duplicates;
        }
    }
    for (const QString& device : std::as_const(unknownDevices))
        result.reasons.append(QCoreApplication::translate("IngestPipeline", "device %1 is not registered").arg(device));
    return result;
}

Result<IngestPipeline::Counts> IngestPipeline::ingest(const QList<IncomingMessage>& batch)
{
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Counts total;
    QSqlQuery quarantine(db);
    quarantine.prepare(QStringLiteral("INSERT INTO quarantine (received_at, source, topic, payload, reason) "
                                      "VALUES (?, ?, ?, ?, ?)"));
    const std::unique_ptr<RawStatement> insert = sampleInsert(db);
    if (!insert->ok())
        return insert->error(QCoreApplication::translate("IngestPipeline", "storing samples"));
    std::vector<AnalysisSample> fresh;
    for (const IncomingMessage& message : batch) {
        auto processed = process(db, *insert, message, fresh);
        if (!processed)
            return processed.error();
        if (!processed->reasons.isEmpty()) {
            // Oversized payloads are not kept whole: the reason says what they were.
            const QByteArray kept =
                message.payload.size() > MessageParser::MaxPayloadBytes ? message.payload.left(4096) : message.payload;
            quarantine.addBindValue(message.receivedAtMs);
            quarantine.addBindValue(message.source);
            quarantine.addBindValue(Sql::text(message.topic));
            quarantine.addBindValue(kept.isNull() ? QByteArray("") : kept);
            quarantine.addBindValue(processed->reasons.join(QStringLiteral("; ")));
            if (!quarantine.exec())
                return Sql::error(quarantine, QCoreApplication::translate("IngestPipeline", "quarantining a message"));
            ++total.quarantinedMessages;
        }
        total += processed->counts;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    hand(fresh);
    return total;
}

Result<QList<QuarantineEntry>> IngestPipeline::quarantine(const Session& session, const QString& reasonFilter,
                                                          int limit) const
{
    if (auto allowed = Permissions::require(session, Permission::ManageQuarantine); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!Sql::exec(
            q,
            QStringLiteral("SELECT id, received_at, source, topic, reason, length(payload), payload FROM quarantine "
                           "WHERE replayed_at IS NULL AND instr(lower(reason), lower(?)) > 0 "
                           "ORDER BY id DESC LIMIT ?"),
            {Sql::text(reasonFilter), limit}))
        return Sql::error(q, QCoreApplication::translate("IngestPipeline", "reading the quarantine"));
    QList<QuarantineEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toByteArray()});
    }
    return entries;
}

Result<IngestPipeline::Counts> IngestPipeline::replay(const Session& session, const QList<qint64>& ids)
{
    auto pending = quarantine(session, {}, 1'000'000);
    if (!pending)
        return pending.error();
    invalidateDevices();
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Counts total;
    QSqlQuery update(db);
    const std::unique_ptr<RawStatement> insert = sampleInsert(db);
    if (!insert->ok())
        return insert->error(QCoreApplication::translate("IngestPipeline", "storing samples"));
    std::vector<AnalysisSample> fresh;
    for (const QuarantineEntry& entry : pending.value()) {
        if (!ids.isEmpty() && !ids.contains(entry.id))
            continue;
        auto processed = process(
            db, *insert, {entry.source, entry.topic, entry.payload, entry.receivedAt.toMSecsSinceEpoch()}, fresh);
        if (!processed)
            return processed.error();
        total += processed->counts;
        const bool clean = processed->reasons.isEmpty();
        const bool ok = clean ? Sql::exec(update, QStringLiteral("UPDATE quarantine SET replayed_at = ? WHERE id = ?"),
                                          {m_clock.nowMs(), entry.id})
                              : Sql::exec(update, QStringLiteral("UPDATE quarantine SET reason = ? WHERE id = ?"),
                                          {processed->reasons.join(QStringLiteral("; ")), entry.id});
        if (!ok)
            return Sql::error(update, QCoreApplication::translate("IngestPipeline", "replaying the quarantine"));
        if (!clean)
            ++total.quarantinedMessages;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    hand(fresh);
    return total;
}

} // namespace pulsedesk
