#include "Hl7Peer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace pulsedesk::test {

namespace {

QString peerScript()
{
    return QStringLiteral(PULSEDESK_HL7_PEER);
}

/// Waits for the process while this thread's event loop turns.
bool finish(QProcess& process, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        process.waitForFinished(1);
    }
    return process.state() == QProcess::NotRunning;
}

} // namespace

QJsonArray sendHl7(quint16 port, const QList<Hl7Request>& requests)
{
    QJsonArray input;
    for (const Hl7Request& r : requests)
        input.append(QJsonObject {{QStringLiteral("text"), r.text}, {QStringLiteral("encoding"), r.encoding}});
    QProcess process;
    process.start(QStringLiteral("/usr/bin/python3"),
                  {peerScript(), QStringLiteral("send"), QStringLiteral("127.0.0.1"), QString::number(port)});
    if (!process.waitForStarted(10000))
        return {};
    process.write(QJsonDocument(input).toJson(QJsonDocument::Compact));
    process.closeWriteChannel();
    if (!finish(process, 60000)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    const QByteArray err = process.readAllStandardError();
    if (!err.isEmpty())
        qWarning("hl7_peer.py: %s", err.constData());
    return QJsonDocument::fromJson(process.readAllStandardOutput()).array();
}

Hl7PeerServer::~Hl7PeerServer()
{
    kill();
}

bool Hl7PeerServer::start(const QStringList& arguments)
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral("/usr/bin/python3"),
                    QStringList {peerScript(), QStringLiteral("serve"), portFile, m_dir.filePath(QStringLiteral("log"))}
                        + arguments);
    if (!m_process.waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(20000);
    while (!QFile::exists(portFile) && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        QThread::msleep(20);
    QFile file(portFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_port = quint16(file.readAll().toUInt());
    return m_port != 0;
}

void Hl7PeerServer::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonArray Hl7PeerServer::received() const
{
    QJsonArray entries;
    QFile file(m_dir.filePath(QStringLiteral("log")));
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            entries.append(QJsonDocument::fromJson(line).object());
    }
    return entries;
}

} // namespace pulsedesk::test
