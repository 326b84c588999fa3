#include "storage/StoreLock.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace pulsedesk {

namespace {

constexpr int PollMs = 100;

} // namespace

StoreLock::StoreLock(const Database& database, const QString& name)
    : m_file(std::make_unique<QLockFile>(database.path() + QLatin1Char('.') + name + QStringLiteral(".lock")))
{
    // Never taken as stale for its age: an import of a gigabyte holds it for minutes. A holder that is gone (its
    // process id no longer runs, and the system lock on the file is free) is still found at once.
    m_file->setStaleLockTime(0);
}

StoreLock::~StoreLock() = default;

bool StoreLock::tryLock()
{
    return m_file->tryLock(0);
}

Status StoreLock::lock(const std::atomic_bool* cancel, const std::function<void()>& waiting)
{
    bool told = false;
    while (!m_file->tryLock(PollMs)) {
        if (m_file->error() != QLockFile::LockFailedError)
            return failure();
        if (!told && waiting) {
            told = true;
            waiting();
        }
        if (cancel && cancel->load(std::memory_order_relaxed))
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate("StoreLock", "cancelled while waiting for the lock")};
    }
    return {};
}

void StoreLock::unlock()
{
    m_file->unlock();
}

bool StoreLock::isLocked() const
{
    return m_file->isLocked();
}

Status StoreLock::failure() const
{
    return Error {Error::Code::Storage,
                  QCoreApplication::translate("StoreLock", "the lock file %1 cannot be written (%2)")
                      .arg(m_file->fileName(),
                           m_file->error() == QLockFile::PermissionError
                               ? QCoreApplication::translate("StoreLock", "permission denied")
                               : QCoreApplication::translate("StoreLock", "disk full or not writable"))};
}

} // namespace pulsedesk
