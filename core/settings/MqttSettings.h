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
    /// Whether one of the topic filters this client subscribes to takes messages published on `topic`.
    bool subscribesTo(const QString& topic) const;

    /// Empty when `topic` can be published on (MQTT 3.1.1, 4.7: a topic name of at least one character, at most
    /// 65535 bytes of UTF-8, no U+0000, no wildcard "+" or "#"; PulseDesk also refuses control characters and a
    /// leading "$", which brokers keep for themselves), otherwise why not, in words.
    static QString publishTopicProblem(const QString& topic);
    /// MQTT 3.1.1, 4.7.1: whether the topic filter `filter` (with "+" and "#") matches the topic name `topic`.
    static bool filterMatches(const QString& filter, const QString& topic);
};

} // namespace pulsedesk
