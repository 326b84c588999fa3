#pragma once

#include "common/Result.h"

#include <QMetaType>
#include <QObject>
#include <QSqlDriver>
#include <QString>
#include <QStringView>

#include <functional>
#include <optional>

class QSocketNotifier;
class QTimer;

namespace pulsedesk {

class PostgresDatabase;

/// A change on the ward server that other workstations show, as announced by the server (migration 10): which
/// table, and the row's id or the patient's. Never patient data: the workstation re-reads what it shows.
struct ServerChange
{
    enum class Table
    {
        Alarms, ///< "alarms:<alarm id>": an alarm raised, acknowledged, paused, escalated or ended
        Patients, ///< "patients:<patient id>": admitted, changed, discharged, a doctor assigned
        Assignments, ///< "assignments:patient=<id>": a device assigned to the patient or released
        Records, ///< "records:patient=<id>": a clinical note or amendment
        Observations, ///< "observations:patient=<id>": nurse observations
        Limits, ///< "limits:patient=<id>": the patient's alarm limits or SpO2 scale
        Results, ///< "results:patient=<id>": analysis results stored
    };

    Table table = Table::Alarms;
    qint64 id = 0; ///< the alarm's or the patient's id (Alarms, Patients); 0 for the others
    qint64 patientId = 0; ///< the patient's id (every table but Alarms)

    /// The payload's strict form: a known table, ':', then a positive id (Alarms, Patients) or "patient=" and a
    /// positive id (the others); digits only, nothing else. Anything else is nullopt.
    static std::optional<ServerChange> parse(QStringView payload);
    /// The payload the server sends for this change.
    QString payload() const;
    /// The table's name in payloads ("alarms", "results" ...).
    static QString tableName(Table table);

    friend bool operator==(const ServerChange&, const ServerChange&) = default;
};

/// Listens on the ward server for the changes other workstations make (the channel 'pulsedesk', see migration 10)
/// and emits each as changed(). It holds a connection of its own to the server, apart from the store's, and lives
/// on a thread with an event loop (the GUI thread): the server's notifications arrive on the connection's socket,
/// nothing polls for them. A payload that is not a change is ignored and counted. When the connection is lost it
/// says so at once (connectionLost()), connects again with a growing delay and listens again (reconnected(): what
/// changed meanwhile is unknown, re-read everything). A small query every few seconds finds a connection that died
/// silently.
class ServerNotifications final : public QObject
{
    Q_OBJECT

public:
    /// The channel the server announces changes on.
    static constexpr auto Channel = "pulsedesk";

    /// Connects and listens at once (start() again after a failure is not needed: it retries by itself).
    explicit ServerNotifications(const PostgresDatabase& server, QObject* parent = nullptr);
    ~ServerNotifications() override;
    ServerNotifications(const ServerNotifications&) = delete;
    ServerNotifications& operator=(const ServerNotifications&) = delete;

    /// True while the connection is up and listening.
    bool isListening() const { return m_listening; }
    /// Payloads on the channel that were not a change (ignored).
    qint64 ignoredPayloads() const { return m_ignored; }
    /// Why the last attempt to connect failed, or the connection was lost; empty while listening.
    QString lastError() const { return m_lastError; }
    /// The delay before the first retry and the longest one (doubling in between); by default 250 ms and 10 s.
    void setRetryDelays(int firstMs, int longestMs);
    /// How often the connection is checked with a small query; by default every 5 s.
    void setCheckInterval(int ms);

signals:
    void changed(const pulsedesk::ServerChange& change);
    /// The connection to the server is gone (once per loss); retrying.
    void connectionLost(const QString& reason);
    /// Listening again after a loss.
    void reconnected();

private:
    bool listen();
    void onNotification(const QString& name, QSqlDriver::NotificationSource source, const QVariant& payload);
    void onSocketActivity();
    void check();
    void lose(const QString& reason);
    void disconnectFromServer();
    void retry();

    /// Opens the listener's connection; a copy of the store's connection string (it may outlive the store).
    std::function<Result<QSqlDatabase>(const QString&)> m_open;
    QString m_connectionName;
    bool m_listening = false;
    bool m_everListened = false;
    bool m_lossReported = false;
    qint64 m_ignored = 0;
    QString m_lastError;
    int m_firstRetryMs = 250;
    int m_longestRetryMs = 10'000;
    int m_nextRetryMs = 250;
    QTimer* m_retryTimer;
    QTimer* m_checkTimer;
    QSocketNotifier* m_watch = nullptr; ///< on m_watchFd, a duplicate of the connection's socket
    int m_watchFd = -1;
};

} // namespace pulsedesk

Q_DECLARE_METATYPE(pulsedesk::ServerChange)
