#pragma once

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// A real Mosquitto broker on a free loopback port, for integration tests. Its session store survives
/// restart() (persistence on), as a ward broker's would.
class MosquittoBroker
{
public:
    MosquittoBroker();
    ~MosquittoBroker();

    /// Extra configuration lines (TLS listener ...) for the next start().
    void setExtraConfig(const QStringList& lines) { m_extra = lines; }
    bool start();
    void stop();
    bool restart();
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }

    /// Publishes with mosquitto_pub at QoS 1; `lines` publishes each line of `payload` as its own message.
    bool publish(const QString& topic, const QByteArray& payload, bool lines = false,
                 const QStringList& extra = {}) const;

    static int freePort();

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
    QStringList m_extra;
};

} // namespace pulsedesk::test
