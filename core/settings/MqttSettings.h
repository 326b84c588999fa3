#pragma once

#include <QString>
#include <QStringList>

namespace pulsedesk {

/// Where and how the workstation subscribes. Kept in the encrypted settings; never logged with the password.
struct MqttSettings
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 1883;
    QString clientId; ///< stable, so the broker keeps the session while PulseDesk is down
    QStringList topics = {QStringLiteral("IoTSimulator/bpm"), QStringLiteral("IoTSimulator/batch"),
                          QStringLiteral("pulsedesk/vitals")};
    QString username;
    QString password;
    bool tls = false;
    QString caFile; ///< CA that signed the broker's certificate
    QString certFile; ///< this workstation's client certificate (mutual TLS)
    QString keyFile; ///< and its private key
    int keepAliveSeconds = 30;

    /// Empty when usable, otherwise what is wrong, for the error state.
    QString problem() const;
};

} // namespace pulsedesk
