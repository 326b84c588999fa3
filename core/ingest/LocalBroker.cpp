#include "ingest/LocalBroker.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace pulsedesk {

LocalBroker::LocalBroker(QString dir, bool persistent)
    : m_dir(std::move(dir))
    , m_persistent(persistent)
    , m_port(freePort())
{ }

LocalBroker::~LocalBroker()
{
    stop();
}

int LocalBroker::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool LocalBroker::start(QString* error)
{
    const auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    QFile config(QDir(m_dir).filePath(QStringLiteral("mosquitto.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(config.errorString());
    QStringList lines = {
        QStringLiteral("listener %1 127.0.0.1").arg(m_port),
        QStringLiteral("allow_anonymous true"),
        QStringLiteral("max_inflight_messages 2000"),
        QStringLiteral("max_queued_messages 0"),
        QStringLiteral("max_queued_bytes 0"),
        QStringLiteral("set_tcp_nodelay true"),
        QStringLiteral("log_dest file %1").arg(QDir(m_dir).filePath(QStringLiteral("broker.log"))),
    };
    if (m_persistent) {
        lines << QStringLiteral("persistence true") << QStringLiteral("persistence_location %1/").arg(m_dir)
              << QStringLiteral("autosave_interval 1");
    } else {
        lines << QStringLiteral("persistence false");
    }
#ifdef Q_OS_UNIX
    // Started as root, mosquitto drops to the user "mosquitto", who cannot write to a private folder.
    if (const passwd* me = getpwuid(geteuid()))
        lines << QStringLiteral("user %1").arg(QString::fromLocal8Bit(me->pw_name));
#endif
    lines += m_extra;
    config.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    config.close();

    m_process.start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), config.fileName()});
    if (!m_process.waitForStarted(5000))
        return fail(m_process.errorString());
    const QDeadlineTimer deadline(5000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
        if (probe.waitForConnected(100))
            return true;
        if (m_process.state() == QProcess::NotRunning)
            return fail(QString::fromLocal8Bit(m_process.readAllStandardError()));
        QThread::msleep(20);
    }
    return fail(QStringLiteral("mosquitto did not accept connections on port %1").arg(m_port));
}

void LocalBroker::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool LocalBroker::restart()
{
    stop();
    return start();
}

} // namespace pulsedesk
