#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace pulsedesk {

namespace AtomicFile {

Status write(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    const auto failed = [&file, &path] {
        return Error {
            Error::Code::Storage,
            QCoreApplication::translate("AtomicFile", "Could not write %1: %2").arg(path, file.errorString())};
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(content) != content.size() || !file.flush())
        return failed();
#ifdef Q_OS_UNIX
    if (::fsync(file.handle()) != 0)
        return failed();
#endif
    if (!file.commit())
        return failed();
    return {};
}

} // namespace AtomicFile

} // namespace pulsedesk
