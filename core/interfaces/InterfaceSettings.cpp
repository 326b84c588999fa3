#include "interfaces/InterfaceSettings.h"

#include "common/DisplayText.h"
#include "interfaces/MllpListener.h"
#include "monitoring/AlarmTopic.h"
#include "security/Permissions.h"
#include "security/Session.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlQuery>

namespace pulsedesk {

namespace {

struct Definition
{
    InterfaceSettings::Key key;
    const char* name;
};

constexpr Definition Definitions[] = {
    {InterfaceSettings::Key::AdtListen, "interfaces.adt.listen"},
    {InterfaceSettings::Key::Certificate, "interfaces.adt.certificate"},
    {InterfaceSettings::Key::Key, "interfaces.adt.key"},
    {InterfaceSettings::Key::AllowedPeers, "interfaces.adt.allowedPeers"},
    {InterfaceSettings::Key::ResultsTo, "interfaces.results.to"},
    {InterfaceSettings::Key::AlarmsTo, "interfaces.alarms.to"},
    // Read by the results outbox's triggers in the store (schema migration 14).
    {InterfaceSettings::Key::ResultsSummary, "interfaces.results.summary"},
    // Read by the live analysis at every tick (monitoring/AlarmTopic): a change takes effect within a second.
    {InterfaceSettings::Key::AlarmsTopic, AlarmTopic::SettingKey},
};

} // namespace

Result<HostPort> HostPort::parse(const QString& text)
{
    const QString t = text.trimmed();
    const qsizetype colon = t.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint port = colon > 0 ? t.mid(colon + 1).toUInt(&ok) : 0;
    QString host = colon > 0 ? t.left(colon) : QString();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!ok || port == 0 || port > 65535 || host.isEmpty())
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("InterfaceSettings", "\"%1\" is not HOST:PORT (such as 10.1.2.3:2575).")
                .arg(t.left(80))};
    return HostPort {host, quint16(port)};
}

InterfaceSettings::InterfaceSettings(Database& database, AuditLog& audit)
    : m_database(database)
    , m_audit(audit)
{ }

QString InterfaceSettings::keyName(Key key)
{
    for (const Definition& d : Definitions)
        if (d.key == key)
            return QString::fromLatin1(d.name);
    return {};
}

std::optional<InterfaceSettings::Key> InterfaceSettings::keyFromName(const QString& name)
{
    for (const Definition& d : Definitions)
        if (name == QLatin1String(d.name) || QLatin1String(d.name).endsWith(QLatin1Char('.') + name))
            return d.key;
    return std::nullopt;
}

InterfaceConfig InterfaceSettings::read() const
{
    QSqlDatabase db = m_database.connection();
    const auto value = [&db](Key key) {
        return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {keyName(key)}).toString();
    };
    return {value(Key::AdtListen),    value(Key::Certificate), value(Key::Key),
            value(Key::AllowedPeers), value(Key::ResultsTo),   value(Key::AlarmsTo)};
}

QString InterfaceSettings::resultsSummary() const
{
    QSqlDatabase db = m_database.connection();
    const QString value =
        Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {keyName(Key::ResultsSummary)})
            .toString();
    return value.isEmpty() ? QString::fromLatin1(SummaryWindows) : value;
}

QString InterfaceSettings::alarmsTopic() const
{
    QSqlDatabase db = m_database.connection();
    return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {keyName(Key::AlarmsTopic)})
        .toString();
}

Status InterfaceSettings::set(const Session& session, Key key, const QString& value)
{
    if (auto allowed = Permissions::require(session, Permission::ManageSettings); !allowed)
        return allowed;
    const QString v = value.trimmed();
    if ((key == Key::AdtListen || key == Key::ResultsTo || key == Key::AlarmsTo) && !v.isEmpty())
        if (auto parsed = HostPort::parse(v); !parsed)
            return parsed.error();
    if (key == Key::AllowedPeers)
        if (auto peers = hl7::ListenerOptions::parsePeers(v); !peers)
            return peers.error();
    if (key == Key::ResultsSummary && v != QLatin1String(SummaryWindows) && v != QLatin1String(SummaryMinuteMedian))
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("InterfaceSettings",
                                                  "The results summary is \"windows\" (each analysis window) or "
                                                  "\"minute-median\" (the median of each minute), not \"%1\".")
                          .arg(v.left(40))};
    if (key == Key::AlarmsTopic && !v.isEmpty()) {
        if (const QString problem = MqttSettings::publishTopicProblem(v); !problem.isEmpty())
            return Error {Error::Code::Invalid,
                          QCoreApplication::translate("InterfaceSettings", "\"%1\" cannot be the alarm topic. %2")
                              .arg(DisplayText::escaped(v, 80), problem)};
        const MqttSettings ingest = Settings(m_database, m_audit).mqtt();
        for (const QString& filter : ingest.topics)
            if (MqttSettings::filterMatches(filter, v))
                return Error {Error::Code::Invalid,
                              QCoreApplication::translate("InterfaceSettings",
                                                          "\"%1\" cannot be the alarm topic: live ingest subscribes "
                                                          "to \"%2\", so the alarms would come back as device "
                                                          "messages.")
                                  .arg(DisplayText::escaped(v, 80), DisplayText::escaped(filter, 80))};
    }
    if (auto written = write(session.userId, session.username, keyName(key), v); !written)
        return written;
    if (key == Key::ResultsTo || key == Key::AlarmsTo)
        return write(session.userId, session.username,
                     key == Key::ResultsTo ? QStringLiteral("interfaces.results.queue")
                                           : QStringLiteral("interfaces.alarms.queue"),
                     v.isEmpty() ? QStringLiteral("0") : QStringLiteral("1"));
    return {};
}

Status InterfaceSettings::enableQueue(const Session& session, const QString& destination)
{
    if (auto allowed = Permissions::require(session, Permission::ManageSettings); !allowed)
        return allowed;
    return write(session.userId, session.username, QStringLiteral("interfaces.%1.queue").arg(destination),
                 QStringLiteral("1"));
}

Status InterfaceSettings::enableQueueForService(const QString& serviceName, const QString& destination)
{
    const QString key = QStringLiteral("interfaces.%1.queue").arg(destination);
    QSqlDatabase db = m_database.connection();
    if (Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}).toString()
        == QLatin1String("1"))
        return {};
    return write(0, serviceName, key, QStringLiteral("1"));
}

Status InterfaceSettings::write(qint64 userId, const QString& username, const QString& key, const QString& value)
{
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   Sql::dialect(db,
                                QStringLiteral("INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) "
                                               "VALUES (?, ?, ?, ?)"),
                                QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) "
                                               "VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
                                               "value = excluded.value, updated_at = excluded.updated_at, "
                                               "updated_by = excluded.updated_by")),
                   {key, Sql::text(value), QDateTime::currentMSecsSinceEpoch(),
                    userId > 0 ? QVariant(userId) : QVariant(QMetaType::fromType<qint64>())}))
        return Sql::error(q, QCoreApplication::translate("InterfaceSettings", "saving a setting"));
    if (auto audited = m_audit.append(db, userId, username, QStringLiteral("settings.change"),
                                      QStringLiteral("settings"), key, QStringLiteral("value=%1").arg(value));
        !audited)
        return audited;
    return transaction.commit();
}

} // namespace pulsedesk
