#include "MosquittoBroker.h"

#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

namespace pulsedesk::test {

MosquittoBroker::MosquittoBroker()
    : m_port(freePort())
{ }

MosquittoBroker::~MosquittoBroker()
{
    stop();
}

int MosquittoBroker::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool MosquittoBroker::start()
{
    QFile config(m_dir.filePath(QStringLiteral("mosquitto.conf")));
    if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QStringList lines = {
        QStringLiteral("listener %1 127.0.0.1").arg(m_port),
        QStringLiteral("allow_anonymous true"),
        QStringLiteral("persistence true"),
        QStringLiteral("persistence_location %1/").arg(m_dir.path()),
        QStringLiteral("autosave_interval 1"),
        QStringLiteral("max_inflight_messages 1000"),
        QStringLiteral("max_queued_messages 1000000"),
        QStringLiteral("log_dest file %1/broker.log").arg(m_dir.path()),
    };
    // Started as root, mosquitto drops to the user "mosquitto", who cannot write to this private folder.
    if (const passwd* me = getpwuid(geteuid()))
        lines.append(QStringLiteral("user %1").arg(QString::fromLocal8Bit(me->pw_name)));
    lines += m_extra;
    config.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    config.close();
    m_process.start(QStringLiteral("mosquitto"), {QStringLiteral("-c"), config.fileName()});
    if (!m_process.waitForStarted(5000))
        return false;
    return QTest::qWaitFor(
        [this] {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, static_cast<quint16>(m_port));
            return probe.waitForConnected(100);
        },
        5000);
}

void MosquittoBroker::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: the broker saves its sessions
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool MosquittoBroker::restart()
{
    stop();
    return start();
}

bool MosquittoBroker::publish(const QString& topic, const QByteArray& payload, bool lines,
                              const QStringList& extra) const
{
    QProcess pub;
    QStringList args = {
        QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port),
        QStringLiteral("-q"), QStringLiteral("1"),         QStringLiteral("-t"), topic};
    args += extra;
    if (lines) {
        args << QStringLiteral("-l");
    } else {
        const QString file = m_dir.filePath(QStringLiteral("payload.bin"));
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        f.write(payload);
        f.close();
        args << QStringLiteral("-f") << file;
    }
    pub.start(QStringLiteral("mosquitto_pub"), args);
    if (!pub.waitForStarted(5000))
        return false;
    if (lines)
        pub.write(payload);
    pub.closeWriteChannel();
    return pub.waitForFinished(60'000) && pub.exitCode() == 0;
}

} // namespace pulsedesk::test
