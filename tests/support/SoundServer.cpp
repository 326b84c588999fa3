#include "SoundServer.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QThread>

#include <utility>

namespace pulsedesk::test {

namespace {

QProcessEnvironment privateEnvironment(const QString& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

} // namespace

SoundServer::~SoundServer()
{
    for (QProcess* p : {&m_recorder, &m_server}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
            p->waitForFinished(3000);
        }
    }
}

QStringList SoundServer::clientArguments() const
{
    return {QStringLiteral("--server=unix:") + m_dir.filePath(QStringLiteral("native"))};
}

bool SoundServer::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString socket = m_dir.filePath(QStringLiteral("native"));
    m_server.setProcessEnvironment(privateEnvironment(m_dir.path()));
    m_server.setProcessChannelMode(QProcess::MergedChannels);
    m_server.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                    QStringLiteral("--use-pid-file=no"), QStringLiteral("--disallow-module-loading"),
                    QStringLiteral("-L"), QStringLiteral("module-null-sink sink_name=ward rate=44100 channels=2"),
                    QStringLiteral("-L"),
                    QStringLiteral("module-native-protocol-unix auth-anonymous=1 socket=") + socket});
    if (!m_server.waitForStarted(5000)) {
        m_error = QStringLiteral("pulseaudio did not start: ") + m_server.errorString();
        return false;
    }
    const QDeadlineTimer deadline(15'000);
    while (!deadline.hasExpired()) {
        if (m_server.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("pulseaudio exited: ") + QString::fromLocal8Bit(m_server.readAll());
            return false;
        }
        if (QFileInfo::exists(socket)) {
            QProcess info;
            info.start(QStringLiteral("pactl"), clientArguments() << QStringLiteral("info"));
            if (info.waitForFinished(5000) && info.exitCode() == 0) {
                qputenv("PULSE_SERVER", (QStringLiteral("unix:") + socket).toLocal8Bit());
                return true;
            }
        }
        QThread::msleep(50);
    }
    m_error = QStringLiteral("pulseaudio did not answer: ") + QString::fromLocal8Bit(m_server.readAll());
    return false;
}

bool SoundServer::startRecording(int sampleRate)
{
    m_recorded.clear();
    m_recordRate = sampleRate;
    QObject::disconnect(&m_recorder, nullptr, nullptr, nullptr);
    QObject::connect(&m_recorder, &QProcess::readyReadStandardOutput,
                     [this] { m_recorded += m_recorder.readAllStandardOutput(); });
    m_recorder.start(QStringLiteral("parec"),
                     clientArguments() << QStringLiteral("--device=ward.monitor") << QStringLiteral("--raw")
                                       << QStringLiteral("--format=s16le") << QStringLiteral("--channels=1")
                                       << QStringLiteral("--rate=%1").arg(sampleRate)
                                       << QStringLiteral("--latency-msec=20"));
    return m_recorder.waitForStarted(5000);
}

qint64 SoundServer::recordedMs() const
{
    return m_recordRate > 0 ? qint64(m_recorded.size()) / 2 * 1000 / m_recordRate : 0;
}

QByteArray SoundServer::takeRecording()
{
    m_recorder.terminate();
    m_recorder.waitForFinished(5000);
    m_recorded += m_recorder.readAllStandardOutput();
    return std::exchange(m_recorded, {});
}

int SoundServer::playingStreams() const
{
    QProcess list;
    list.start(QStringLiteral("pactl"),
               clientArguments() << QStringLiteral("list") << QStringLiteral("short") << QStringLiteral("sink-inputs"));
    if (!list.waitForFinished(5000) || list.exitCode() != 0)
        return -1;
    return int(list.readAllStandardOutput().count('\n'));
}

} // namespace pulsedesk::test
