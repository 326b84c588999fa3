#include "ingest/IngestPipeline.h"

#include "ingest/SampleSink.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SampleWriter.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace pulsedesk {

namespace {

/// Field names, lower case without separators, that identify a person rather than a device or a reading.
bool isIdentifying(const QString& key)
{
    static const QSet<QString> names = {
        QStringLiteral("name"),      QStringLiteral("firstname"),
        QStringLiteral("lastname"),  QStringLiteral("middlename"),
        QStringLiteral("givenname"), QStringLiteral("familyname"),
        QStringLiteral("fullname"),  QStringLiteral("patientname"),
        QStringLiteral("dob"),       QStringLiteral("dateofbirth"),
        QStringLiteral("birthdate"), QStringLiteral("birthday"),
        QStringLiteral("patientid"), QStringLiteral("patientnumber"),
        QStringLiteral("mrn"),       QStringLiteral("medicalrecordnumber"),
        QStringLiteral("ssn"),       QStringLiteral("socialsecuritynumber"),
        QStringLiteral("nhsnumber"), QStringLiteral("address"),
        QStringLiteral("phone"),     QStringLiteral("phonenumber"),
        QStringLiteral("email"),     QStringLiteral("telecom"),
    };
    QString folded;
    folded.reserve(key.size());
    for (const QChar c : key) {
        if (c.isLetterOrNumber())
            folded.append(c.toLower());
    }
    return names.contains(folded);
}

bool strip(QJsonValue& value);

bool strip(QJsonObject& object)
{
    bool changed = false;
    for (auto it = object.begin(); it != object.end();) {
        if (isIdentifying(it.key())) {
            it = object.erase(it);
            changed = true;
            continue;
        }
        QJsonValue inner = it.value();
        if (strip(inner)) {
            it.value() = inner;
            changed = true;
        }
        ++it;
    }
    return changed;
}

bool strip(QJsonArray& array)
{
    bool changed = false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        QJsonValue inner = array.at(i);
        if (strip(inner)) {
            array.replace(i, inner);
            changed = true;
        }
    }
    return changed;
}

bool strip(QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        if (!strip(object))
            return false;
        value = object;
        return true;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        if (!strip(array))
            return false;
        value = array;
        return true;
    }
    return false;
}

/// `error`, or the full disk in plain words when that is the cause.
Error storageError(QSqlDatabase& db, Error error, int nativeCode = 0)
{
    if (!Sql::isDiskFull(db, nativeCode))
        return error;
    if (Sql::isPostgres(db))
        return {Error::Code::Storage,
                QCoreApplication::translate("IngestPipeline",
                                            "The ward server's disk is full: the messages were not stored. Ask IT to "
                                            "free space on the server")};
    return {Error::Code::Storage,
            QCoreApplication::translate("IngestPipeline",
                                        "The disk is full: the messages were not stored. Free space on the disk of "
                                        "the data folder")};
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString replayNeedsFile()
{
    return QCoreApplication::translate("IngestPipeline",
                                       "this record cannot be replayed without the rest of its file: import the "
                                       "file again");
}

} // namespace

IngestPipeline::Counts& IngestPipeline::Counts::operator+=(const Counts& other)
{
    messages += other.messages;
    stored += other.stored;
    duplicates += other.duplicates;
    rejected += other.rejected;
    quarantinedMessages += other.quarantinedMessages;
    ignored += other.ignored;
    return *this;
}

IngestPipeline::IngestPipeline(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{ }

QByteArray IngestPipeline::withoutIdentifyingFields(const QByteArray& payload)
{
    QByteArrayView bytes(payload);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    QJsonParseError error {};
    QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error == QJsonParseError::NoError) {
        QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        if (!strip(root))
            return payload;
        doc = root.isArray() ? QJsonDocument(root.toArray()) : QJsonDocument(root.toObject());
        return doc.toJson(QJsonDocument::Compact);
    }
    // Not JSON (cut short, or broken): blank the values of identifying members where they can be recognised.
    // Latin-1 maps every byte to one character and back, so bytes that are not UTF-8 stay as they were.
    static const QRegularExpression member(QStringLiteral(R"re("([A-Za-z][A-Za-z0-9 _\-]{0,40})"\s*:\s*)re"
                                                          R"re(("(?:[^"\\]|\\.)*"?|[^,}\]\s]*))re"));
    QString text = QString::fromLatin1(payload);
    bool changed = false;
    qsizetype from = 0;
    for (;;) {
        const QRegularExpressionMatch m = member.match(text, from);
        if (!m.hasMatch())
            break;
        if (isIdentifying(m.captured(1)) && m.captured(2) != QLatin1String("null")) {
            text.replace(m.capturedStart(2), m.capturedLength(2), QStringLiteral("null"));
            from = m.capturedStart(2) + 4;
            changed = true;
        } else {
            from = m.capturedEnd(1) + 1;
        }
    }
    return changed ? text.toLatin1() : payload;
}

void IngestPipeline::hand(std::vector<AnalysisSample>& fresh)
{
    if (m_sink && !fresh.empty())
        m_sink->submit(std::move(fresh));
}

void IngestPipeline::invalidateDevices()
{
    m_devices.invalidate();
}

IngestPipeline::Parsed IngestPipeline::parse(QSqlDatabase& db, const IncomingMessage& message,
                                             std::vector<SampleWriter::Pending>& samples)
{
    Parsed parsed;
    Processed& result = parsed.processed;
    result.counts.messages = 1;
    const MessageParser::Outcome outcome = MessageParser::parse(message.payload, m_clock.nowMs());
    result.readSamples = !outcome.samples.isEmpty();
    for (const MessageParser::Rejection& r : outcome.rejections) {
        result.reasons.append(
            r.index >= 0 ? QCoreApplication::translate("IngestPipeline", "sample %1: %2").arg(r.index).arg(r.reason)
                         : r.reason);
        ++result.counts.rejected;
    }
    const SampleWriter::Source source =
        message.source == QLatin1String("import") ? SampleWriter::Source::Backfill : SampleWriter::Source::Live;
    parsed.first = samples.size();
    for (const Sample& s : outcome.samples) {
        const std::optional<qint64> device = m_devices.rowId(db, s.deviceId);
        if (!device) {
            if (!parsed.unknownDevices.contains(s.deviceId))
                parsed.unknownDevices.append(s.deviceId);
            ++result.counts.rejected;
            continue;
        }
        samples.push_back({device.value(), s, source, message.receivedAtMs});
    }
    parsed.count = samples.size() - parsed.first;
    return parsed;
}

void IngestPipeline::settle(Parsed& parsed, const std::vector<SampleWriter::Pending>& samples,
                            const std::vector<SampleWriter::Written>& written, std::vector<AnalysisSample>& fresh) const
{
    Processed& result = parsed.processed;
    for (size_t i = parsed.first; i < parsed.first + parsed.count; ++i) {
        const SampleWriter::Written& w = written.at(i);
        switch (w.kind) {
        case SampleWriter::Written::Kind::Stored:
            ++result.counts.stored;
            if (m_sink) {
                const Sample& s = samples.at(i).sample;
                fresh.push_back({samples.at(i).deviceRowId, s.timestampMs, s.heartRate, s.spo2, s.temperatureC,
                                 s.systolic, s.diastolic});
            }
            break;
        case SampleWriter::Written::Kind::Duplicate:
        case SampleWriter::Written::Kind::Filled: // not asked for: live samples never fill in
            ++result.counts.duplicates;
            break;
        case SampleWriter::Written::Kind::Conflict:
            // The stored value stays; the message goes to the quarantine with the reason.
            if (!result.reasons.contains(w.conflict))
                result.reasons.append(w.conflict);
            ++result.counts.rejected;
            break;
        }
    }
    for (const QString& device : std::as_const(parsed.unknownDevices))
        result.reasons.append(QCoreApplication::translate("IngestPipeline", "device %1 is not registered").arg(device));
}

Result<IngestPipeline::Processed> IngestPipeline::process(QSqlDatabase& db, SampleWriter& writer,
                                                          const IncomingMessage& message,
                                                          std::vector<AnalysisSample>& fresh)
{
    std::vector<SampleWriter::Pending> samples;
    Parsed parsed = parse(db, message, samples);
    auto written = writer.writeAll(samples);
    if (!written)
        return storageError(db, written.error());
    settle(parsed, samples, written.value(), fresh);
    return parsed.processed;
}

Result<IngestPipeline::Counts> IngestPipeline::ingest(const QList<IncomingMessage>& batch)
{
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return storageError(db, transaction.error());
    Counts total;
    QSqlQuery quarantine(db);
    quarantine.prepare(
        QStringLiteral("INSERT INTO quarantine (received_at, source, topic, payload, reason, payload_bytes, "
                       "payload_sha256, payload_kept) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery known(db);
    SampleWriter writer(db);
    if (!writer.ok())
        return storageError(db, writer.error(QCoreApplication::translate("IngestPipeline", "storing samples")));
    // The quarantine's use and limits, read once a batch needs them.
    std::optional<Settings::QuarantineLimits> limits;
    qint64 usedEntries = 0;
    qint64 usedBytes = 0;
    std::vector<AnalysisSample> fresh;
    // Every sample of the batch is written at once (one statement on a ward server), then each message settled.
    std::vector<SampleWriter::Pending> samples;
    std::vector<Parsed> parsed(size_t(batch.size()));
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (!batch.at(i).payload.isEmpty())
            parsed[size_t(i)] = parse(db, batch.at(i), samples);
    }
    auto written = writer.writeAll(samples);
    if (!written)
        return storageError(db, written.error());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const IncomingMessage& message = batch.at(i);
        if (message.payload.isEmpty()) {
            // Nothing was sent: the broker clears a retained message this way.
            ++total.messages;
            ++total.ignored;
            continue;
        }
        settle(parsed[size_t(i)], samples, written.value(), fresh);
        const Processed* processed = &parsed[size_t(i)].processed;
        total += processed->counts;
        if (processed->reasons.isEmpty())
            continue;
        // Oversized payloads are not kept whole: the reason says what they were.
        QByteArray kept = withoutIdentifyingFields(
            message.payload.size() > MessageParser::MaxPayloadBytes ? message.payload.left(4096) : message.payload);
        const QString digest = sha256Hex(kept);
        if (message.retained) {
            // A retained message comes again with every subscription: it is kept once.
            if (!Sql::exec(known,
                           QStringLiteral("SELECT count(*) FROM quarantine WHERE topic = ? AND payload_sha256 = ?"),
                           {Sql::text(message.topic), digest})
                || !known.next())
                return storageError(
                    db, Sql::error(known, QCoreApplication::translate("IngestPipeline", "quarantining a message")));
            const bool seen = known.value(0).toLongLong() > 0;
            known.finish();
            if (seen) {
                ++total.ignored;
                continue;
            }
        }
        QString reason = processed->reasons.join(QStringLiteral("; "));
        bool keep = true;
        if (message.source == QLatin1String("mqtt")) {
            if (!limits) {
                limits = Settings::quarantineLimits(db);
                if (!Sql::exec(known, QStringLiteral("SELECT entries, bytes FROM quarantine_usage")) || !known.next())
                    return storageError(
                        db, Sql::error(known, QCoreApplication::translate("IngestPipeline", "quarantining a message")));
                usedEntries = known.value(0).toLongLong();
                usedBytes = known.value(1).toLongLong();
                known.finish();
            }
            if (usedEntries + 1 > limits->maxMessages || usedBytes + kept.size() > limits->maxBytes) {
                keep = false;
                reason += QStringLiteral("; ")
                    + QCoreApplication::translate("IngestPipeline",
                                                  "payload not kept: the quarantine is at its limit (%1 MiB or %2 "
                                                  "messages)")
                          .arg(limits->maxBytes / (1024 * 1024))
                          .arg(limits->maxMessages);
                kept = QByteArray("");
            } else {
                ++usedEntries;
                usedBytes += kept.size();
            }
        }
        quarantine.addBindValue(message.receivedAtMs);
        quarantine.addBindValue(message.source);
        quarantine.addBindValue(Sql::text(message.topic));
        quarantine.addBindValue(kept.isNull() ? QByteArray("") : kept);
        quarantine.addBindValue(Sql::storable(reason));
        quarantine.addBindValue(qint64(message.payload.size()));
        quarantine.addBindValue(digest);
        quarantine.addBindValue(keep ? 1 : 0);
        if (!quarantine.exec())
            return storageError(
                db, Sql::error(quarantine, QCoreApplication::translate("IngestPipeline", "quarantining a message")),
                quarantine.lastError().nativeErrorCode().toInt());
        ++total.quarantinedMessages;
    }
    if (auto committed = transaction.commit(); !committed)
        return storageError(db, committed.error(), transaction.failedCode());
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
    if (!Sql::exec(q,
                   QStringLiteral("SELECT id, received_at, source, topic, reason, "
                                  "coalesce(payload_bytes, length(payload)), payload, payload_kept, payload_sha256 "
                                  "FROM quarantine WHERE replayed_at IS NULL AND %1(lower(reason), lower(?)) > 0 "
                                  "ORDER BY id DESC LIMIT ?")
                       .arg(Sql::dialect(db, QStringLiteral("instr"), QStringLiteral("strpos"))),
                   {Sql::text(reasonFilter), limit}))
        return Sql::error(q, QCoreApplication::translate("IngestPipeline", "reading the quarantine"));
    QList<QuarantineEntry> entries;
    while (q.next()) {
        entries.append({q.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                        q.value(2).toString(), q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                        q.value(6).toByteArray(), q.value(7).toInt() != 0, q.value(8).toString()});
    }
    // A page that cannot be read ends the rows early: an error, never a shorter list.
    if (q.lastError().isValid())
        return Sql::error(q, QCoreApplication::translate("IngestPipeline", "reading the quarantine"));
    return entries;
}

Result<bool> IngestPipeline::replaySlice(QSqlDatabase& db, const QList<qint64>& ids, qsizetype* next, qint64* after,
                                         Counts& total)
{
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return storageError(db, transaction.error());
    SampleWriter writer(db);
    if (!writer.ok())
        return storageError(db, writer.error(QCoreApplication::translate("IngestPipeline", "storing samples")));
    QSqlQuery read(db);
    read.setForwardOnly(true);
    read.prepare(QStringLiteral("SELECT id, received_at, source, topic, reason, payload, payload_kept FROM quarantine "
                                "WHERE replayed_at IS NULL AND ")
                 + (ids.isEmpty() ? QStringLiteral("id > ? ORDER BY id LIMIT 1") : QStringLiteral("id = ?")));
    QSqlQuery update(db);
    std::vector<AnalysisSample> fresh;
    QElapsedTimer elapsed;
    elapsed.start();
    bool any = false;
    for (int n = 0; n < ReplaySliceEntries && elapsed.elapsed() < ReplaySliceMs; ++n) {
        if (!ids.isEmpty()) {
            if (*next >= ids.size())
                break;
            read.addBindValue(ids.at((*next)++));
        } else {
            read.addBindValue(*after);
        }
        if (!read.exec())
            return storageError(
                db, Sql::error(read, QCoreApplication::translate("IngestPipeline", "replaying the quarantine")));
        if (!read.next()) {
            read.finish();
            if (ids.isEmpty())
                break;
            continue; // replayed meanwhile, or no such entry
        }
        any = true;
        const qint64 id = read.value(0).toLongLong();
        const IncomingMessage message {read.value(2).toString(), read.value(3).toString(), read.value(5).toByteArray(),
                                       read.value(1).toLongLong()};
        const QString reason = read.value(4).toString();
        const bool payloadKept = read.value(6).toInt() != 0;
        read.finish();
        *after = id;
        const bool imported = message.source == QLatin1String("import");
        if (!payloadKept) {
            // Only the reason is left: nothing to send again.
            ++total.quarantinedMessages;
            continue;
        }
        if (message.payload.isEmpty() && !imported) {
            // Kept by an older version for a cleared retained message: there is nothing to store.
            if (!Sql::exec(update, QStringLiteral("UPDATE quarantine SET replayed_at = ? WHERE id = ?"),
                           {m_clock.nowMs(), id}))
                return storageError(
                    db, Sql::error(update, QCoreApplication::translate("IngestPipeline", "replaying the quarantine")));
            ++total.messages;
            ++total.ignored;
            continue;
        }
        auto processed = process(db, writer, message, fresh);
        if (!processed)
            return processed.error();
        total += processed->counts;
        const bool clean = processed->reasons.isEmpty();
        QString newReason = processed->reasons.join(QStringLiteral("; "));
        if (!clean && imported && !processed->readSamples) {
            // An imported record read alone lacks what its file gave it (the device of a dump's header, the
            // format): the reason it was refused for still stands.
            newReason =
                reason.contains(replayNeedsFile()) ? reason : QStringLiteral("%1 (%2)").arg(reason, replayNeedsFile());
        }
        // Entries kept before identifying fields were removed lose them now.
        const QByteArray stripped = withoutIdentifyingFields(message.payload);
        const bool ok = clean
            ? Sql::exec(update, QStringLiteral("UPDATE quarantine SET replayed_at = ?, payload = ? WHERE id = ?"),
                        {m_clock.nowMs(), stripped, id})
            : Sql::exec(update, QStringLiteral("UPDATE quarantine SET reason = ?, payload = ? WHERE id = ?"),
                        {newReason, stripped, id});
        if (!ok)
            return storageError(
                db, Sql::error(update, QCoreApplication::translate("IngestPipeline", "replaying the quarantine")));
        if (!clean)
            ++total.quarantinedMessages;
    }
    if (auto committed = transaction.commit(); !committed)
        return storageError(db, committed.error(), transaction.failedCode());
    hand(fresh);
    return any || (!ids.isEmpty() && *next < ids.size());
}

Result<IngestPipeline::Counts> IngestPipeline::replay(const Session& session, const QList<qint64>& ids)
{
    if (auto allowed = Permissions::require(session, Permission::ManageQuarantine); !allowed)
        return allowed.error();
    invalidateDevices();
    QSqlDatabase db = m_database.connection();
    QList<qint64> wanted = ids;
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    Counts total;
    qsizetype next = 0;
    qint64 after = 0;
    for (;;) {
        auto more = replaySlice(db, wanted, &next, &after, total);
        if (!more)
            return more.error();
        if (!more.value())
            break;
        // Live ingest, waiting for the write lock in steps of a fraction of a millisecond, takes its turn.
        QThread::msleep(2);
    }
    return total;
}

} // namespace pulsedesk
