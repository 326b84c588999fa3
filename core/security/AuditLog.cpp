#include "security/AuditLog.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

constexpr auto HeadKey = "audit.head";
const QString GenesisHash = QString(64, QLatin1Char('0'));

} // namespace

AuditLog::AuditLog(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
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
    QSqlQuery query(db);
    if (!Sql::exec(query, QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "reading the audit log"));
    if (query.next()) {
        entry.id = query.value(0).toLongLong() + 1;
        entry.prevHash = query.value(1).toString();
    } else {
        entry.id = 1;
        entry.prevHash = GenesisHash;
    }
    entry.at = m_clock.now();
    entry.userId = userId;
    entry.username = Sql::text(username);
    entry.action = Sql::text(action);
    entry.subjectType = Sql::text(subjectType);
    entry.subjectId = Sql::text(subjectId);
    entry.details = Sql::text(details);
    entry.hash = computeHash(entry);

    if (!Sql::exec(query,
                   QStringLiteral("INSERT INTO audit_log (id, at, user_id, username, action, subject_type, subject_id, "
                                  "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {entry.id, entry.at.toMSecsSinceEpoch(), userId > 0 ? QVariant(userId) : QVariant(), entry.username,
                    entry.action, entry.subjectType, entry.subjectId, entry.details, entry.prevHash, entry.hash}))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "writing the audit log"));
    if (!Sql::exec(query, QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at) VALUES (?, ?, ?)"),
                   {QLatin1String(HeadKey), QStringLiteral("%1:%2").arg(entry.id).arg(entry.hash),
                    entry.at.toMSecsSinceEpoch()}))
        return Sql::error(query, QCoreApplication::translate("AuditLog", "writing the audit log"));
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
    return entries;
}

AuditLog::Verification AuditLog::verifyChain(QSqlDatabase& db) const
{
    Verification v;
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
    }
    return v;
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
