#include "ServerProcess.h"

#include <QTest>

#include <csignal>

namespace pulsedesk::test {

ServerProcess::~ServerProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        kill();
        m_process.waitForFinished(5000);
    }
}

void ServerProcess::start(const QStringList& args)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(qEnvironmentVariable("PULSEDESK_SERVER_PROGRAM"), args);
}

bool ServerProcess::waitFor(const QByteArray& text, int timeoutMs)
{
    return QTest::qWaitFor(
        [&] {
            m_output += m_process.readAll();
            return m_output.contains(text);
        },
        timeoutMs);
}

bool ServerProcess::finished(int timeoutMs)
{
    const bool done = m_process.state() == QProcess::NotRunning || m_process.waitForFinished(timeoutMs);
    m_output += m_process.readAll();
    return done;
}

void ServerProcess::kill()
{
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
}

QByteArray ServerProcess::output()
{
    m_output += m_process.readAll();
    return m_output;
}

} // namespace pulsedesk::test
