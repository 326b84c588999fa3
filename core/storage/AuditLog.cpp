#include "storage/AuditLog.h"

#include "security/AuditAnchor.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/PostgresArrayText.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <optional>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcAudit, "pulsedesk.security.audit")

namespace {

constexpr auto HeadKey = "audit.head";
/// Set once the store has an anchor: a missing anchor is then reported, not quietly created.
constexpr auto AnchoredKey = "audit.anchored";
const QString GenesisHash = QString(64, QLatin1Char('0'));

/// Writes a setting of the chain's own (key, value, updated_at).
QString putSetting(const QSqlDatabase& db)
{
    return Sql::dialect(db, QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"),
                        QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                                       "updated_at = excluded.updated_at, updated_by = NULL"));
}

QString shortHash(const QString& hash)
{
    return hash.left(12) + QStringLiteral("…");
}

QString behindProblem(qint64 anchored, const QString& head, qint64 stored)
{
    return QCoreApplication::translate("AuditLog",
                                       "the store is behind its anchor: the anchor records %1 entries (head %2), the "
                                       "store holds %3; entries %4 to %1 are missing")
        .arg(anchored)
        .arg(shortHash(head))
        .arg(stored)
        .arg(stored + 1);
}

} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock, AuditAnchor* anchor)
    : m_database(database)
    , m_clock(clock)
    , m_anchor(anchor)
{ }

QString AuditLog::computeHash(const AuditEntry& e)
{
    // Length-prefixed fields, so moving text from one field to the next changes the hash.
    QByteArray data;
    const auto add = [&data](const QString& field) {
        const QByteArray utf8 = field.toUtf8();
        data += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
    };
    add(e.prevHash);
    add(QString::number(e.id));
    add(QString::number(e.at.toMSecsSinceEpoch()));
    add(QString::number(e.userId));
    add(e.username);
    add(e.action);
    add(e.subjectType);
    add(e.subjectId);
    add(e.details);
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(QSqlDatabase& db, qint64 userId, const QString& username, const QString& action,
                        const QString& subjectType, const QString& subjectId, const QString& details) const
{
    AuditEntry entry;
    entry.userId = userId;
    entry.username = username;
    entry.action = action;
    entry.subjectType = subjectType;
    entry.subjectId = subjectId;
    entry.details = details;
    return append(db, std::vector<AuditEntry> {std::move(entry)});
}

Status AuditLog::append(QSqlDatabase& db, std::vector<AuditEntry> entries) const
{
    if (entries.empty())
        return {};
    QSqlQuery query(db);
    // SQLite's writers take turns (BEGIN IMMEDIATE); on a server, writers of the chain wait for each other here,
    // until their transaction ends, so that each entry follows the last one committed.
    if (Sql::isPostgres(db) && !Sql::exec(query, QStringLiteral("SELECT pg_advisory_xact_lock(7358201)")))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
    if (!Sql::exec(query, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
    qint64 lastId = 0;
    QString lastHash = GenesisHash;
    if (query.next()) {
        lastId = query.value(0).toLongLong();
        lastHash = query.value(1).toString();
    }
    const QDateTime at = m_clock.now();
    for (AuditEntry& entry : entries) {
        entry.id = ++lastId;
        entry.prevHash = lastHash;
        entry.at = at;
        entry.username = Sql::text(entry.username);
        entry.action = Sql::text(entry.action);
        entry.subjectType = Sql::text(entry.subjectType);
        entry.subjectId = Sql::text(entry.subjectId);
        entry.details = Sql::text(entry.details);
        entry.hash = computeHash(entry);
        lastHash = entry.hash;
    }
    const auto valuesOf = [](const AuditEntry& entry) {
        return QVariantList {entry.id,
                             entry.at.toMSecsSinceEpoch(),
                             entry.userId > 0 ? QVariant(entry.userId) : QVariant(),
                             Sql::bindable(entry.username),
                             Sql::bindable(entry.action),
                             Sql::bindable(entry.subjectType),
                             Sql::bindable(entry.subjectId),
                             Sql::bindable(entry.details),
                             entry.prevHash,
                             entry.hash};
    };
    constexpr auto Columns = "audit_log (id, at, user_id, username, action, subject_type, subject_id, details, "
                             "prev_hash, hash)";
    if (Sql::isPostgres(db)) {
        // All in one statement, each column an array: the server's chain trigger checks the rows one after the
        // other, each seeing the ones before it.
        std::vector<QVariantList> rows;
        rows.reserve(entries.size());
        for (const AuditEntry& entry : entries)
            rows.push_back(valuesOf(entry));
        const std::vector<QByteArray> columns = PostgresArrayText::columns(rows, rows.front().size());
        const QByteArray sql = QByteArrayLiteral("INSERT INTO ") + Columns
            + QByteArrayLiteral(" SELECT * FROM unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::text[], ?::text[], "
                                "?::text[], ?::text[], ?::text[], ?::text[], ?::text[])");
        RawStatement insert(db, sql.constData());
        if (insert.ok()) {
            for (std::size_t c = 0; c < columns.size(); ++c)
                insert.bind(int(c) + 1, QString::fromUtf8(columns[c]));
        }
        if (!insert.ok() || insert.step() != RawStatement::Step::Done)
            return insert.error(QCoreApplication::translate("AuditLog", "writing the audit log"));
    } else {
        QSqlQuery insert(db);
        if (!insert.prepare(
                QStringLiteral("INSERT INTO %1 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(QLatin1String(Columns))))
            return Sql::error(insert, QCoreApplication::translate("AuditLog", "writing the audit log"));
        for (const AuditEntry& entry : entries) {
            for (const QVariant& value : valuesOf(entry))
                insert.addBindValue(value);
            if (!insert.exec())
                return Sql::error(insert, QCoreApplication::translate("AuditLog", "writing the audit log"));
        }
    }
    const AuditEntry& last = entries.back();
    if (!Sql::exec(
            query, putSetting(db),
            {QLatin1String(HeadKey), QStringLiteral("%1:%2").arg(last.id).arg(last.hash), at.toMSecsSinceEpoch()}))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "writing the audit log"));
    if (m_anchor) {
        // The anchor follows only what is committed; the last entry of a transaction stands for all of it.
        m_database.setAfterCommit(
            db, [anchor = m_anchor, head = AuditAnchor::Head {last.id, last.hash}, prev = last.prevHash] {
                if (auto advanced = anchor->advance(head, prev); !advanced)
                    qCWarning(lcAudit) << "The audit anchor was not moved:" << advanced.errorMessage();
            });
    }
    return {};
}

Status AuditLog::append(QSqlDatabase& db, const Session& session, const QString& action, const QString& subjectType,
                        const QString& subjectId, const QString& details) const
{
    return append(db, session.userId, session.username, action, subjectType, subjectId, details);
}

Status AuditLog::record(const Session& session, const QString& action, const QString& subjectType,
                        const QString& subjectId, const QString& details) const
{
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto appended = append(db, session, action, subjectType, subjectId, details); !appended)
        return appended;
    return transaction.commit();
}

Result<QList<AuditEntry>> AuditLog::list(const Session& session, int limit, int offset) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadAudit); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, at, coalesce(user_id, 0), username, action, subject_type, subject_id, "
                                  "details, prev_hash, hash FROM audit_log ORDER BY id DESC LIMIT ? OFFSET ?"),
                   {limit, offset}))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
    QList<AuditEntry> entries;
    while (query.next()) {
        entries.append({query.value(0).toLongLong(),
                        QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                        query.value(2).toLongLong(), query.value(3).toString(), query.value(4).toString(),
                        query.value(5).toString(), query.value(6).toString(), query.value(7).toString(),
                        query.value(8).toString(), query.value(9).toString()});
    }
    if (query.lastError().isValid())
        return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
    return entries;
}

AuditLog::Verification AuditLog::verifyChain(QSqlDatabase& db, bool withAnchor) const
{
    Verification v;
    // Read before the store: the anchor follows commits, so a healthy store is never behind what was read here.
    const AuditAnchor::Reading anchor =
        withAnchor && m_anchor ? m_anchor->read() : AuditAnchor::Reading {AuditAnchor::Reading::State::Missing, {}};
    QString hashAtAnchor;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!Sql::exec(query,
                   QStringLiteral("SELECT id, at, coalesce(user_id, 0), username, action, subject_type, "
                                  "subject_id, details, prev_hash, hash FROM audit_log ORDER BY id"))) {
        v.intact = false;
        v.problem = QCoreApplication::translate("AuditLog", "the audit log could not be read");
        return v;
    }
    qint64 expectedId = 1;
    QString expectedPrev = GenesisHash;
    QString lastHash;
    const auto fail = [&v](qint64 id, const QString& problem) {
        v.intact = false;
        v.firstBadId = id;
        v.problem = problem;
    };
    while (query.next()) {
        AuditEntry e {query.value(0).toLongLong(), QDateTime::fromMSecsSinceEpoch(query.value(1).toLongLong(), Qt::UTC),
                      query.value(2).toLongLong(), query.value(3).toString(),
                      query.value(4).toString(),   query.value(5).toString(),
                      query.value(6).toString(),   query.value(7).toString(),
                      query.value(8).toString(),   query.value(9).toString()};
        if (e.id != expectedId) {
            fail(expectedId, QCoreApplication::translate("AuditLog", "entry %1 is missing").arg(expectedId));
            return v;
        }
        if (e.prevHash != expectedPrev) {
            fail(e.id,
                 QCoreApplication::translate("AuditLog", "entry %1 does not follow the entry before it").arg(e.id));
            return v;
        }
        if (computeHash(e) != e.hash) {
            fail(e.id, QCoreApplication::translate("AuditLog", "entry %1 was changed after it was written").arg(e.id));
            return v;
        }
        ++v.entries;
        ++expectedId;
        expectedPrev = e.hash;
        lastHash = e.hash;
        if (e.id == anchor.head.entries)
            hashAtAnchor = e.hash;
    }
    if (query.lastError().isValid()) {
        fail(v.entries + 1,
             QCoreApplication::translate("AuditLog", "entry %1 could not be read: %2")
                 .arg(v.entries + 1)
                 .arg(query.lastError().databaseText()));
        return v;
    }
    // The recorded head catches entries removed from the end of the chain.
    const QString head =
        Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QLatin1String(HeadKey)})
            .toString();
    const QString expectedHead = v.entries > 0 ? QStringLiteral("%1:%2").arg(v.entries).arg(lastHash) : QString();
    if (head != expectedHead) {
        const qint64 headId = head.section(QLatin1Char(':'), 0, 0).toLongLong();
        fail(v.entries + 1,
             headId > v.entries
                 ? QCoreApplication::translate("AuditLog", "entries after %1 were removed").arg(v.entries)
                 : QCoreApplication::translate("AuditLog", "the chain head does not match the last entry"));
        return v;
    }
    if (!withAnchor || !m_anchor)
        return v;
    switch (anchor.state) {
    case AuditAnchor::Reading::State::Missing:
        if (isAnchored(db))
            fail(0, QCoreApplication::translate("AuditLog", "the audit anchor %1 is missing").arg(m_anchor->path()));
        break;
    case AuditAnchor::Reading::State::Invalid:
        fail(0,
             QCoreApplication::translate("AuditLog", "the audit anchor %1 is damaged or was edited")
                 .arg(m_anchor->path()));
        break;
    case AuditAnchor::Reading::State::Valid:
        if (m_opened.state == AnchorCheck::State::Behind && m_opened.anchoredEntries == anchor.head.entries
            && m_opened.anchoredHead == anchor.head.hash)
            // Entries written since then reuse the lost ids: what was missing when the store was opened is the loss.
            fail(m_opened.storedEntries + 1,
                 behindProblem(m_opened.anchoredEntries, m_opened.anchoredHead, m_opened.storedEntries));
        else if (anchor.head.entries > v.entries)
            fail(v.entries + 1, behindProblem(anchor.head.entries, anchor.head.hash, v.entries));
        else if (anchor.head.entries > 0 && hashAtAnchor != anchor.head.hash)
            fail(anchor.head.entries,
                 QCoreApplication::translate("AuditLog", "entry %1 does not match the anchor's head %2")
                     .arg(anchor.head.entries)
                     .arg(shortHash(anchor.head.hash)));
        break;
    }
    return v;
}

Result<std::pair<qint64, QString>> AuditLog::storedHead(QSqlDatabase& db) const
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!Sql::exec(query, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
    if (!query.next()) {
        if (query.lastError().isValid())
            return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
        return std::pair<qint64, QString> {0, GenesisHash};
    }
    return std::pair<qint64, QString> {query.value(0).toLongLong(), query.value(1).toString()};
}

bool AuditLog::isAnchored(QSqlDatabase& db) const
{
    return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {QLatin1String(AnchoredKey)})
               .toString()
        == QLatin1String("1");
}

AuditLog::AnchorCheck AuditLog::checkAnchor() const
{
    m_opened = compareWithAnchor();
    return m_opened;
}

AuditLog::AnchorCheck AuditLog::compareWithAnchor() const
{
    AnchorCheck check;
    if (!m_anchor)
        return check;
    QSqlDatabase db = m_database.connection();
    const auto unavailable = [this, &check](const QString& reason) {
        m_anchor->freeze();
        check.state = AnchorCheck::State::Unavailable;
        check.message =
            QCoreApplication::translate("AuditLog", "The store could not be compared with its audit anchor %1: %2")
                .arg(m_anchor->path(), reason);
        return check;
    };
    const AuditAnchor::Reading anchor = m_anchor->read();
    auto head = storedHead(db);
    if (!head)
        return unavailable(head.errorMessage());
    const auto [stored, storedHash] = head.value();
    check.storedEntries = stored;
    check.anchoredEntries = anchor.head.entries;
    check.anchoredHead = anchor.head.hash;

    if (anchor.state == AuditAnchor::Reading::State::Invalid) {
        m_anchor->freeze();
        check.state = AnchorCheck::State::Invalid;
        check.message = QCoreApplication::translate(
                            "AuditLog",
                            "The audit anchor %1 is damaged or was edited (its seal does not match this store): lost "
                            "history cannot be detected. Restore the data folder from a backup, or accept the store "
                            "as it is with pulsedesk-cli audit reanchor.")
                            .arg(m_anchor->path());
        return check;
    }
    if (anchor.state == AuditAnchor::Reading::State::Missing) {
        // The first start of a store written before anchors existed, a new store, or a deleted anchor.
        const bool wasAnchored = isAnchored(db);
        if (auto written = m_anchor->reset({stored, storedHash}); !written)
            return unavailable(written.errorMessage());
        check.anchoredEntries = stored;
        check.anchoredHead = storedHash;
        if (stored == 0 && !wasAnchored) {
            QSqlQuery query(db);
            if (!Sql::exec(query, putSetting(db), {QLatin1String(AnchoredKey), QStringLiteral("1"), m_clock.nowMs()}))
                return unavailable(
                    Sql::error(query, QCoreApplication::translate("AuditLog", "anchoring the audit log")).message);
            return check;
        }
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return unavailable(transaction.error().message);
        QSqlQuery query(db);
        if (!Sql::exec(query, putSetting(db), {QLatin1String(AnchoredKey), QStringLiteral("1"), m_clock.nowMs()}))
            return unavailable(
                Sql::error(query, QCoreApplication::translate("AuditLog", "anchoring the audit log")).message);
        if (auto appended =
                append(db, 0, QStringLiteral("system"),
                       wasAnchored ? QStringLiteral("audit.anchor.missing") : QStringLiteral("audit.anchor.create"),
                       QStringLiteral("audit"), QString(), QStringLiteral("entries=%1").arg(stored));
            !appended)
            return unavailable(appended.errorMessage());
        if (auto committed = transaction.commit(); !committed)
            return unavailable(committed.errorMessage());
        check.state = wasAnchored ? AnchorCheck::State::Recreated : AnchorCheck::State::Created;
        check.message = wasAnchored
            ? QCoreApplication::translate("AuditLog",
                                          "The audit anchor %1 was missing and has been written again at the store's "
                                          "%2 audit entries: history lost before now cannot be detected. Restore the "
                                          "anchor from a backup to check.")
                  .arg(m_anchor->path())
                  .arg(stored)
            : QCoreApplication::translate("AuditLog",
                                          "The audit anchor %1 was created for this store at its %2 audit entries: "
                                          "from now on, history lost from the database is detected.")
                  .arg(m_anchor->path())
                  .arg(stored);
        return check;
    }

    const QString anchorText = QStringLiteral("anchor=%1:%2").arg(anchor.head.entries).arg(anchor.head.hash);
    const auto behind = [this, &check, &anchor](qint64 storedThen) {
        m_anchor->freeze();
        check.state = AnchorCheck::State::Behind;
        check.storedEntries = storedThen;
        check.message = QCoreApplication::translate(
                            "AuditLog",
                            "The store is behind its audit anchor: the anchor records %1 audit entries (head %2), the "
                            "store holds %3. Entries %4 to %1, and the changes recorded with them, are missing (a lost "
                            "or damaged -wal file after a crash, or a database copied back). Restore the data folder "
                            "from a backup, or accept the loss with pulsedesk-cli audit reanchor.")
                            .arg(anchor.head.entries)
                            .arg(shortHash(anchor.head.hash))
                            .arg(storedThen)
                            .arg(storedThen + 1);
        return check;
    };
    // A loss found at an earlier start is recorded in the log, so that it is still reported, with what the store
    // held then, once new entries have taken the lost ids.
    const auto recordedLoss = [&db, &anchorText]() -> std::optional<qint64> {
        const QString details =
            Sql::scalar(db,
                        QStringLiteral("SELECT details FROM audit_log WHERE action = 'audit.anchor.behind' AND "
                                       "substr(details, 1, ?) = ? ORDER BY id LIMIT 1"),
                        {anchorText.size() + 7, anchorText + QStringLiteral(" store=")})
                .toString();
        if (details.isEmpty())
            return std::nullopt;
        return details.section(QLatin1Char('='), -1).toLongLong();
    };
    if (anchor.head.entries > stored) {
        if (const auto storedThen = recordedLoss())
            return behind(*storedThen);
        m_anchor->freeze(); // before the record of the loss is committed, which must not move it
        Sql::Transaction transaction(db);
        if (transaction.isActive()
            && append(db, 0, QStringLiteral("system"), QStringLiteral("audit.anchor.behind"), QStringLiteral("audit"),
                      QString(), anchorText + QStringLiteral(" store=%1").arg(stored))
                   .ok())
            (void)transaction.commit();
        return behind(stored);
    }
    const QString hashThere = anchor.head.entries == 0
        ? GenesisHash
        : Sql::scalar(db, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {anchor.head.entries}).toString();
    if (hashThere != anchor.head.hash) {
        if (const auto storedThen = recordedLoss())
            return behind(*storedThen);
        m_anchor->freeze();
        check.state = AnchorCheck::State::Diverged;
        check.message = QCoreApplication::translate(
                            "AuditLog",
                            "The audit log does not match its anchor: entry %1 should have the hash %2, the store's "
                            "differs (history was replaced or rewritten). Restore the data folder from a backup, or "
                            "accept the store as it is with pulsedesk-cli audit reanchor.")
                            .arg(anchor.head.entries)
                            .arg(shortHash(anchor.head.hash));
        return check;
    }
    // Entries committed without moving the anchor (a crash between the two): catch up.
    if (stored > anchor.head.entries) {
        if (auto advanced = m_anchor->advance({stored, storedHash}, {}); !advanced)
            return unavailable(advanced.errorMessage());
    }
    return check;
}

Result<AuditLog::AnchorCheck> AuditLog::reanchor(const Session& session) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadAudit); !allowed)
        return allowed.error();
    if (!m_anchor)
        return AnchorCheck {};
    QSqlDatabase db = m_database.connection();
    const Verification chain = verifyChain(db, false);
    if (!chain.intact)
        return Error {Error::Code::Conflict,
                      QCoreApplication::translate("AuditLog",
                                                  "The audit log in the store is itself not intact (%1): it cannot be "
                                                  "anchored. Restore the data folder from a backup.")
                          .arg(chain.problem)};
    const AuditAnchor::Reading before = m_anchor->read();
    const QString was = before.state == AuditAnchor::Reading::State::Valid
        ? QStringLiteral("%1:%2").arg(before.head.entries).arg(before.head.hash)
        : before.state == AuditAnchor::Reading::State::Missing ? QStringLiteral("missing")
                                                               : QStringLiteral("invalid");
    {
        Sql::Transaction transaction(db);
        if (!transaction.isActive())
            return transaction.error();
        QSqlQuery query(db);
        if (!Sql::exec(query, putSetting(db), {QLatin1String(AnchoredKey), QStringLiteral("1"), m_clock.nowMs()}))
            return Sql::error(query, QCoreApplication::translate("AuditLog", "anchoring the audit log"));
        if (auto appended = append(db, session, QStringLiteral("audit.reanchor"), QStringLiteral("audit"), QString(),
                                   QStringLiteral("anchor=%1 store=%2").arg(was).arg(chain.entries));
            !appended)
            return appended.error();
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
    }
    auto head = storedHead(db);
    if (!head)
        return head.error();
    if (auto written = m_anchor->reset({head->first, head->second}); !written)
        return written.error();
    AnchorCheck check;
    check.anchoredEntries = head->first;
    check.anchoredHead = head->second;
    check.storedEntries = head->first;
    m_opened = check;
    check.message = QCoreApplication::translate("AuditLog",
                                                "The audit anchor now records the store's %1 entries; what it "
                                                "recorded before is kept in the audit log.")
                        .arg(head->first);
    return check;
}

Result<AuditLog::Verification> AuditLog::verify(const Session& session) const
{
    if (auto allowed = Permissions::require(session, Permission::ReadAudit); !allowed)
        return allowed.error();
    QSqlDatabase db = m_database.connection();
    Verification v = verifyChain(db);
    // Appending to a broken chain would hide where it broke, so a failed verification is not itself recorded.
    if (v.intact) {
        if (auto recorded = record(session, QStringLiteral("audit.verify"), QStringLiteral("audit"), QString(),
                                   QStringLiteral("entries=%1").arg(v.entries));
            !recorded)
            return recorded.error();
    }
    return v;
}

} // namespace pulsedesk
