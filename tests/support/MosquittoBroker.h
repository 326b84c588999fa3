#pragma once

#include "ingest/LocalBroker.h"

#include <QStringList>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// A persistent LocalBroker in a temporary folder, plus publishing with mosquitto_pub, for integration tests.
class MosquittoBroker
{
public:
    MosquittoBroker()
        : m_broker(m_dir.path(), true)
    { }

    void setExtraConfig(const QStringList& lines) { m_broker.setExtraConfig(lines); }
    bool start() { return m_broker.start(); }
    void stop() { m_broker.stop(); }
    bool restart() { return m_broker.restart(); }
    int port() const { return m_broker.port(); }
    QString dir() const { return m_dir.path(); }

    /// Publishes with mosquitto_pub at QoS 1; `lines` publishes each line of `payload` as its own message.
    bool publish(const QString& topic, const QByteArray& payload, bool lines = false,
                 const QStringList& extra = {}) const;

    static int freePort() { return LocalBroker::freePort(); }

private:
    QTemporaryDir m_dir;
    LocalBroker m_broker;
};

} // namespace pulsedesk::test
