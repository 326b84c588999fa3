#pragma once

#include "analysis/AnalysisSettings.h"
#include "common/Result.h"
#include "ingest/MqttSettings.h"

#include <QObject>
#include <QVariant>

namespace pulsedesk {

class AuditLog;
class Database;
struct Session;

/// Workstation settings kept in the encrypted database. Every key is declared once in the table in
/// Settings.cpp with its type, default and range; reads fall back to the default, writes are checked, audited
/// and announced with changed().
class Settings : public QObject
{
    Q_OBJECT

public:
    enum class Key
    {
        AutoLockMinutes, ///< lock the screen after this much inactivity (1–240, default 5)
        Language, ///< UI language code ("" follows the system)
        MqttHost, ///< broker host name or address
        MqttPort, ///< broker port (1883, or 8883 with TLS)
        MqttClientId, ///< stable client id ("" = pulsedesk-<host name>)
        MqttTopics, ///< topic filters, comma-separated
        MqttUsername,
        MqttPassword,
        MqttTls, ///< connect with TLS
        MqttCaFile, ///< CA certificate of the broker
        MqttCertFile, ///< client certificate (mutual TLS)
        MqttKeyFile, ///< client private key
        AnalysisWindowSeconds, ///< length of the analysis windows (5–60, default 10)
        AnalysisLatenessSeconds, ///< how long a window waits for late samples (0–30, default 2)
        ExpectedSampleIntervalMs, ///< the devices' nominal sampling interval, for coverage (100–60000, default 1000)
        AlarmDelaySeconds, ///< a condition must hold this long before its alarm sounds (0–15, default 10)
        AlarmEscalationMinutes, ///< unacknowledged alarms then go to every doctor of the ward (1–30, default 2)
        DeviceSilentSeconds, ///< an assigned device silent this long raises a technical alarm (10–3600, default 60)
        RetrospectiveMinutes, ///< windows older than this give findings for review, not alarms (1–1440, default 10)
    };
    Q_ENUM(Key)

    Settings(Database& database, AuditLog& audit, QObject* parent = nullptr);

    QVariant value(Key key) const;
    Status setValue(const Session& session, Key key, const QVariant& value);

    int autoLockMinutes() const { return value(Key::AutoLockMinutes).toInt(); }
    QString language() const { return value(Key::Language).toString(); }
    MqttSettings mqtt() const;
    AnalysisSettings analysis() const;

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);
    /// The allowed range of a numeric setting (invalid variants for others).
    static std::pair<QVariant, QVariant> range(Key key);

signals:
    void changed(pulsedesk::Settings::Key key, const QVariant& value);

private:
    Database& m_database;
    AuditLog& m_audit;
};

} // namespace pulsedesk
