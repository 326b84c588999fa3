#include "import/SourceFile.h"

#include <QCoreApplication>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pulsedesk {

namespace {

QString cannotRead(const QString& why)
{
    return QCoreApplication::translate("SourceFile", "cannot be read: %1").arg(why);
}

#ifdef Q_OS_UNIX
QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("SourceFile", "it is a folder, not a file");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("SourceFile", "it is a pipe (FIFO), not a file");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("SourceFile", "it is a socket, not a file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("SourceFile", "it is a device, not a file");
    return QCoreApplication::translate("SourceFile", "it is not a regular file");
}
#endif

} // namespace

Result<std::unique_ptr<SourceFile>> SourceFile::open(const QString& path)
{
    std::unique_ptr<SourceFile> source(new SourceFile);
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait for one for ever. What was opened is then
    // checked on the descriptor itself, so the check and the read are of the same file.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Error {Error::Code::Storage, cannotRead(QString::fromLocal8Bit(std::strerror(errno)))};
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return Error {Error::Code::Storage, cannotRead(why)};
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return Error {Error::Code::Invalid, cannotRead(kindOf(info.st_mode))};
    }
    if (const int flags = ::fcntl(fd, F_GETFL); flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        const QString why = QString::fromLocal8Bit(std::strerror(errno));
        ::close(fd);
        return Error {Error::Code::Storage, cannotRead(why)};
    }
    if (!source->m_file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return Error {Error::Code::Storage, cannotRead(source->m_file.errorString())};
    }
#else
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error {Error::Code::Invalid,
                      cannotRead(info.isDir() ? QCoreApplication::translate("SourceFile", "it is a folder, not a file")
                                              : QCoreApplication::translate("SourceFile", "it is not a regular file"))};
    source->m_file.setFileName(path);
    if (!source->m_file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Storage, cannotRead(source->m_file.errorString())};
#endif
    // Unbuffered here: the file below buffers, and every byte handed out passes readData() to be hashed.
    source->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return source;
}

SourceFile::~SourceFile() = default;

qint64 SourceFile::size() const
{
    return m_file.size();
}

bool SourceFile::seek(qint64 pos)
{
    if (!m_file.seek(pos) || !QIODevice::seek(pos))
        return false;
    if (pos == 0) {
        m_digest.restart();
        m_hashed = 0;
    }
    return true;
}

void SourceFile::hash(qint64 from, const char* data, qint64 size)
{
    if (size <= 0)
        return;
    if (from > m_hashed) {
        m_skipped = true;
        return;
    }
    const qint64 fresh = from + size - m_hashed;
    if (fresh > 0) {
        m_digest.add(QByteArrayView(data + (m_hashed - from), fresh));
        m_hashed += fresh;
    }
}

qint64 SourceFile::readData(char* data, qint64 maxSize)
{
    const qint64 from = m_file.pos();
    const qint64 n = m_file.read(data, maxSize);
    hash(from, data, n);
    return n;
}

qint64 SourceFile::readLineData(char* data, qint64 maxSize)
{
    const qint64 from = m_file.pos();
    const qint64 n = m_file.readLine(data, maxSize + 1);
    hash(from, data, n);
    return n;
}

qint64 SourceFile::writeData(const char*, qint64)
{
    return -1;
}

Result<QString> SourceFile::finishDigest()
{
    if (m_skipped) {
        m_digest.restart();
        m_hashed = 0;
    }
    if (!m_file.seek(m_hashed))
        return Error {Error::Code::Storage, cannotRead(m_file.errorString())};
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = m_file.read(block.data(), block.size());
        if (n < 0)
            return Error {Error::Code::Storage, cannotRead(m_file.errorString())};
        if (n == 0)
            break;
        m_digest.add(QByteArrayView(block.constData(), n));
        m_hashed += n;
    }
    auto digest = m_digest.result();
    if (!digest)
        return digest.error();
    return QString::fromLatin1(digest->toHex());
}

} // namespace pulsedesk
