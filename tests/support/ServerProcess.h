#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace pulsedesk::test {

/// One pulsedesk-server process (PULSEDESK_SERVER_PROGRAM), its output collected as it comes.
class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();
    ServerProcess(const ServerProcess&) = delete;
    ServerProcess& operator=(const ServerProcess&) = delete;

    void start(const QStringList& args);
    /// Waits (the caller's event loop turning) until the output holds `text`.
    bool waitFor(const QByteArray& text, int timeoutMs);
    bool finished(int timeoutMs);
    /// SIGKILL, as a host that is gone.
    void kill();
    void terminate() { m_process.terminate(); }
    int exitCode() const { return m_process.exitCode(); }
    QByteArray output();

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace pulsedesk::test
