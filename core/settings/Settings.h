#pragma once

#include "common/Result.h"
#include "settings/AnalysisSettings.h"
#include "settings/MqttSettings.h"

#include <QObject>
#include <QSqlDatabase>
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
        MqttClientId, ///< stable client id ("" = the one this data folder generated, see installationClientId)
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
        QuarantineMaxMegabytes, ///< payloads of pending broker messages kept in the quarantine (1–100000, default 256)
        QuarantineMaxMessages, ///< pending broker messages kept with their payload (100–10000000, default 100000)
        AnomalyAlarm, ///< a sustained high anomaly score raises a low alarm (default off: the score is only shown)
        PaediatricTable, ///< the paediatric early-warning chart for patients under 16, as checked JSON ("" none)
        SampleRetentionMonths, ///< raw samples kept this many months before the current one (0–1200, 0 = for ever)
    };
    Q_ENUM(Key)

    Settings(Database& database, AuditLog& audit, QObject* parent = nullptr);

    QVariant value(Key key) const;
    Status setValue(const Session& session, Key key, const QVariant& value);

    int autoLockMinutes() const { return value(Key::AutoLockMinutes).toInt(); }
    QString language() const { return value(Key::Language).toString(); }
    MqttSettings mqtt() const;
    AnalysisSettings analysis() const;

    /// The broker client id used when none is set: "pulsedesk-" and 16 random hex digits, generated once per data
    /// folder (schema migration 6, or here if it is missing) and kept in the encrypted database, so that two
    /// workstations or monitors never share a broker session unless an administrator sets the same id.
    QString installationClientId() const;

    /// How much of the pending broker messages the quarantine keeps with their payload; past either limit the
    /// entry is kept without it.
    struct QuarantineLimits
    {
        qint64 maxBytes = 0;
        qint64 maxMessages = 0;
    };
    /// Read on the given connection (inside the caller's transaction).
    static QuarantineLimits quarantineLimits(QSqlDatabase& db);

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
