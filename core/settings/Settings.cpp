#include "settings/Settings.h"

#include "security/Permissions.h"
#include "security/Session.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QSqlQuery>
#include <QSysInfo>

namespace pulsedesk {

namespace {

struct Definition
{
    Settings::Key key;
    const char* name;
    QMetaType::Type type;
    QVariant defaultValue;
    QVariant minimum;
    QVariant maximum;
};

const QList<Definition>& definitions()
{
    static const QList<Definition> list = {
        {Settings::Key::AutoLockMinutes, "security.autoLockMinutes", QMetaType::Int, 5, 1, 240},
        {Settings::Key::Language, "ui.language", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::MqttHost, "mqtt.host", QMetaType::QString, QStringLiteral("127.0.0.1"), {}, {}},
        {Settings::Key::MqttPort, "mqtt.port", QMetaType::Int, 1883, 1, 65535},
        {Settings::Key::MqttClientId, "mqtt.clientId", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::MqttTopics,
         "mqtt.topics",
         QMetaType::QString,
         QStringLiteral("IoTSimulator/bpm,IoTSimulator/batch,pulsedesk/vitals"),
         {},
         {}},
        {Settings::Key::MqttUsername, "mqtt.username", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::MqttPassword, "mqtt.password", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::MqttTls, "mqtt.tls", QMetaType::Bool, false, {}, {}},
        {Settings::Key::MqttCaFile, "mqtt.caFile", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::MqttCertFile, "mqtt.certFile", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::MqttKeyFile, "mqtt.keyFile", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::AnalysisWindowSeconds, "analysis.windowSeconds", QMetaType::Int, 10, 5, 60},
        {Settings::Key::AnalysisLatenessSeconds, "analysis.latenessSeconds", QMetaType::Int, 2, 0, 30},
        {Settings::Key::ExpectedSampleIntervalMs, "analysis.expectedIntervalMs", QMetaType::Int, 1000, 100, 60000},
        {Settings::Key::AlarmDelaySeconds, "alarms.delaySeconds", QMetaType::Int, 10, 0, 15},
        {Settings::Key::AlarmEscalationMinutes, "alarms.escalationMinutes", QMetaType::Int, 2, 1, 30},
        {Settings::Key::DeviceSilentSeconds, "alarms.deviceSilentSeconds", QMetaType::Int, 60, 10, 3600},
        {Settings::Key::RetrospectiveMinutes, "analysis.retrospectiveMinutes", QMetaType::Int, 10, 1, 1440},
        {Settings::Key::QuarantineMaxMegabytes, "quarantine.maxMegabytes", QMetaType::Int, 256, 1, 100000},
        {Settings::Key::QuarantineMaxMessages, "quarantine.maxMessages", QMetaType::Int, 100000, 100, 10000000},
        {Settings::Key::AnomalyAlarm, "analysis.anomalyAlarm", QMetaType::Bool, false, {}, {}},
        {Settings::Key::PaediatricTable, "scores.paediatricTable", QMetaType::QString, QString(), {}, {}},
        {Settings::Key::SampleRetentionMonths, "storage.sampleRetentionMonths", QMetaType::Int, 0, 0, 1200},
    };
    return list;
}

const Definition& definition(Settings::Key key)
{
    for (const Definition& d : definitions()) {
        if (d.key == key)
            return d;
    }
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings(Database& database, AuditLog& audit, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_audit(audit)
{ }

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(definition(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return definition(key).defaultValue;
}

std::pair<QVariant, QVariant> Settings::range(Key key)
{
    return {definition(key).minimum, definition(key).maximum};
}

namespace {

QVariant read(QSqlDatabase& db, Settings::Key key)
{
    const Definition& d = definition(key);
    QVariant stored =
        Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {Settings::keyName(key)});
    if (!stored.isValid() || !stored.convert(QMetaType(d.type)))
        return d.defaultValue;
    return stored;
}

constexpr auto InstallationClientIdKey = "mqtt.installationClientId";

} // namespace

QVariant Settings::value(Key key) const
{
    QSqlDatabase db = m_database.connection();
    return read(db, key);
}

Settings::QuarantineLimits Settings::quarantineLimits(QSqlDatabase& db)
{
    return {qint64(read(db, Key::QuarantineMaxMegabytes).toInt()) * 1024 * 1024,
            qint64(read(db, Key::QuarantineMaxMessages).toInt())};
}

QString Settings::installationClientId() const
{
    QSqlDatabase db = m_database.connection();
    const auto stored = [&db] {
        return Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                           {QLatin1String(InstallationClientIdKey)})
            .toString();
    };
    QString id = stored();
    if (!id.isEmpty())
        return id;
    // Written by the schema migration; made again if it was removed. The first writer wins.
    QSqlQuery q(db);
    Sql::exec(q,
              Sql::dialect(db,
                           QStringLiteral("INSERT OR IGNORE INTO settings (key, value, updated_at) "
                                          "VALUES (?, 'pulsedesk-' || lower(hex(randomblob(8))), ?)"),
                           QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES (?, 'pulsedesk-' || "
                                          "substr(replace(gen_random_uuid()::text, '-', ''), 1, 16), ?) "
                                          "ON CONFLICT (key) DO NOTHING")),
              {QLatin1String(InstallationClientIdKey), QDateTime::currentMSecsSinceEpoch()});
    id = stored();
    // A store that cannot be written still connects, under the host's name as before.
    return id.isEmpty() ? QStringLiteral("pulsedesk-%1").arg(QSysInfo::machineHostName()) : id;
}

MqttSettings Settings::mqtt() const
{
    MqttSettings m;
    m.host = value(Key::MqttHost).toString();
    m.port = value(Key::MqttPort).toInt();
    m.clientId = value(Key::MqttClientId).toString().trimmed();
    m.topics = value(Key::MqttTopics).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString& topic : m.topics)
        topic = topic.trimmed();
    m.username = value(Key::MqttUsername).toString();
    m.password = value(Key::MqttPassword).toString();
    m.tls = value(Key::MqttTls).toBool();
    m.caFile = value(Key::MqttCaFile).toString();
    m.certFile = value(Key::MqttCertFile).toString();
    m.keyFile = value(Key::MqttKeyFile).toString();
    return m;
}

AnalysisSettings Settings::analysis() const
{
    AnalysisSettings a;
    a.window.windowMs = qint64(value(Key::AnalysisWindowSeconds).toInt()) * 1000;
    a.window.allowedLatenessMs = qint64(value(Key::AnalysisLatenessSeconds).toInt()) * 1000;
    a.window.expectedIntervalMs = value(Key::ExpectedSampleIntervalMs).toInt();
    a.alarms.delayMs = qint64(value(Key::AlarmDelaySeconds).toInt()) * 1000;
    a.alarms.escalateAfterMs = qint64(value(Key::AlarmEscalationMinutes).toInt()) * 60'000;
    a.deviceSilentMs = qint64(value(Key::DeviceSilentSeconds).toInt()) * 1000;
    a.retrospectiveAfterMs = qint64(value(Key::RetrospectiveMinutes).toInt()) * 60'000;
    a.anomalyAlarm = value(Key::AnomalyAlarm).toBool();
    return a;
}

namespace {

/// The value as the audit log keeps it: never the broker password, and a chart by its size and digest.
QString auditedValue(Settings::Key key, const QVariant& value)
{
    if (key == Settings::Key::MqttPassword)
        return QStringLiteral("value=(hidden)");
    if (key == Settings::Key::PaediatricTable && !value.toString().isEmpty()) {
        const QByteArray json = value.toString().toUtf8();
        return QStringLiteral("value=(chart, %1 bytes, sha256 %2)")
            .arg(json.size())
            .arg(QString::fromLatin1(QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex()));
    }
    return QStringLiteral("value=%1").arg(value.toString());
}

} // namespace

Status Settings::setValue(const Session& session, Key key, const QVariant& value)
{
    if (auto allowed = Permissions::require(session, Permission::ManageSettings); !allowed)
        return allowed;
    const Definition& d = definition(key);
    QVariant converted = value;
    if (!converted.convert(QMetaType(d.type)))
        return Error {
            Error::Code::Invalid,
            QCoreApplication::translate("Settings", "The value for %1 has the wrong type.").arg(keyName(key))};
    if (d.type == QMetaType::Int && d.minimum.isValid()
        && (converted.toInt() < d.minimum.toInt() || converted.toInt() > d.maximum.toInt()))
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("Settings", "%1 must be between %2 and %3.")
                          .arg(keyName(key))
                          .arg(d.minimum.toInt())
                          .arg(d.maximum.toInt())};
    QSqlDatabase db = m_database.connection();
    Sql::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(db);
    if (!Sql::exec(
            q,
            Sql::dialect(
                db,
                QStringLiteral(
                    "INSERT OR REPLACE INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"),
                QStringLiteral("INSERT INTO settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value, "
                               "updated_at = excluded.updated_at, updated_by = excluded.updated_by")),
            {keyName(key), Sql::text(converted.toString()), QDateTime::currentMSecsSinceEpoch(), session.userId}))
        return Sql::error(q, QCoreApplication::translate("Settings", "saving a setting"));
    if (auto audited = m_audit.append(db, session, QStringLiteral("settings.change"), QStringLiteral("settings"),
                                      keyName(key), auditedValue(key, converted));
        !audited)
        return audited;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    emit changed(key, converted);
    return {};
}

} // namespace pulsedesk
