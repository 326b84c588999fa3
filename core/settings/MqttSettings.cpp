#include "settings/MqttSettings.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace pulsedesk {

QString MqttSettings::problem() const
{
    if (host.trimmed().isEmpty())
        return QCoreApplication::translate("MqttSettings", "No broker host is set.");
    if (port <= 0 || port > 65535)
        return QCoreApplication::translate("MqttSettings", "The broker port %1 is not between 1 and 65535.").arg(port);
    if (topics.isEmpty())
        return QCoreApplication::translate("MqttSettings", "No topic to subscribe to is set.");
    if (tls) {
        for (const QString& file : {caFile, certFile, keyFile}) {
            if (!file.isEmpty() && !QFileInfo(file).isReadable())
                return QCoreApplication::translate("MqttSettings", "The TLS file %1 cannot be read.").arg(file);
        }
        if (caFile.isEmpty())
            return QCoreApplication::translate("MqttSettings", "TLS needs the CA certificate file.");
        if (certFile.isEmpty() != keyFile.isEmpty())
            return QCoreApplication::translate("MqttSettings",
                                               "A client certificate needs its key, and a key its certificate.");
    }
    return {};
}

bool MqttSettings::subscribesTo(const QString& topic) const
{
    return std::any_of(topics.cbegin(), topics.cend(),
                       [&topic](const QString& filter) { return filterMatches(filter.trimmed(), topic); });
}

QString MqttSettings::publishTopicProblem(const QString& topic)
{
    if (topic.isEmpty())
        return QCoreApplication::translate("MqttSettings", "The MQTT topic is empty.");
    if (!topic.isValidUtf16())
        return QCoreApplication::translate("MqttSettings", "The MQTT topic is not valid Unicode text.");
    if (topic.toUtf8().size() > 65535)
        return QCoreApplication::translate("MqttSettings", "The MQTT topic is longer than 65535 bytes.");
    if (topic.contains(QLatin1Char('+')) || topic.contains(QLatin1Char('#')))
        return QCoreApplication::translate("MqttSettings",
                                           "The MQTT topic contains a wildcard (\"+\" or \"#\"): messages are "
                                           "published on one topic name, without wildcards.");
    for (const QChar c : topic) {
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f))
            return QCoreApplication::translate("MqttSettings", "The MQTT topic contains a control character.");
    }
    if (topic.startsWith(QLatin1Char('$')))
        return QCoreApplication::translate("MqttSettings",
                                           "The MQTT topic begins with \"$\", which brokers keep for their own "
                                           "topics.");
    return {};
}

bool MqttSettings::filterMatches(const QString& filter, const QString& topic)
{
    const QStringList f = filter.split(QLatin1Char('/'));
    const QStringList t = topic.split(QLatin1Char('/'));
    // 4.7.2: a filter beginning with a wildcard does not match a topic beginning with "$".
    if (topic.startsWith(QLatin1Char('$')) && !filter.startsWith(QLatin1Char('$')))
        return false;
    for (qsizetype i = 0; i < f.size(); ++i) {
        if (f[i] == QLatin1String("#"))
            return true; // this level and every one below it, the parent level too ("a/#" matches "a")
        if (i >= t.size())
            return false;
        if (f[i] != QLatin1String("+") && f[i] != t[i])
            return false;
    }
    return f.size() == t.size();
}

} // namespace pulsedesk
