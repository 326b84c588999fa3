#include "settings/MqttSettings.h"

#include <QCoreApplication>
#include <QFileInfo>

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

} // namespace pulsedesk
