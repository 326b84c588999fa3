#include "MosquittoBroker.h"

#include <QFile>
#include <QProcess>

namespace pulsedesk::test {

bool MosquittoBroker::publish(const QString& topic, const QByteArray& payload, bool lines,
                              const QStringList& extra) const
{
    QProcess pub;
    QStringList args = {
        QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port()),
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
