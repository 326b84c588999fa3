#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace pulsedesk {

/// A Mosquitto broker on a free loopback port, run as a child process from a folder of its own: for the
/// benchmarks, the integration tests and the demo. It allows enough messages in flight and in the queue that
/// the broker is never the limit being measured.
class LocalBroker
{
public:
    /// `persistent`: sessions and queued messages survive restart(), as a ward broker's would.
    LocalBroker(QString dir, bool persistent);
    ~LocalBroker();
    LocalBroker(const LocalBroker&) = delete;
    LocalBroker& operator=(const LocalBroker&) = delete;

    /// Extra configuration lines (a TLS listener's files ...) for the next start().
    void setExtraConfig(const QStringList& lines) { m_extra = lines; }
    /// Starts and waits until the port accepts connections; false (with the reason) otherwise.
    bool start(QString* error = nullptr);
    /// SIGTERM, so a persistent broker saves its sessions.
    void stop();
    bool restart();
    int port() const { return m_port; }

    static int freePort();

private:
    QString m_dir;
    bool m_persistent;
    int m_port;
    QStringList m_extra;
    QProcess m_process;
};

} // namespace pulsedesk
