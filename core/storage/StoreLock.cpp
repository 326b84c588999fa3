#include "storage/StoreLock.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QLockFile>

namespace pulsedesk {

namespace {

constexpr int PollMs = 100;

class LockFileHolder final : public StoreLock::Holder
{
public:
    explicit LockFileHolder(const QString& path)
        : m_file(path)
    {
        // Never taken as stale for its age: an import of a gigabyte holds it for minutes. A holder that is gone
        // (its process id no longer runs, and the system lock on the file is free) is still found at once.
        m_file.setStaleLockTime(0);
    }

    bool tryLock(int waitMs) override { return m_file.tryLock(waitMs); }
    void unlock() override { m_file.unlock(); }
    bool isLocked() const override { return m_file.isLocked(); }
    // The system's lock on the open file lasts as long as this process.
    bool stillHeld() override { return m_file.isLocked(); }
    QString failure() const override
    {
        if (m_file.error() == QLockFile::NoError || m_file.error() == QLockFile::LockFailedError)
            return {};
        return QCoreApplication::translate("StoreLock", "the lock file %1 cannot be written (%2)")
            .arg(m_file.fileName(),
                 m_file.error() == QLockFile::PermissionError
                     ? QCoreApplication::translate("StoreLock", "permission denied")
                     : QCoreApplication::translate("StoreLock", "disk full or not writable"));
    }

private:
    QLockFile m_file;
};

} // namespace

StoreLock::StoreLock(const Database& database, const QString& name)
    : m_holder(database.lockHolder(name))
{ }

StoreLock::~StoreLock() = default;

std::unique_ptr<StoreLock::Holder> StoreLock::lockFile(const QString& path)
{
    return std::make_unique<LockFileHolder>(path);
}

bool StoreLock::tryLock()
{
    return m_holder->tryLock(0);
}

Status StoreLock::lock(const std::atomic_bool* cancel, const std::function<void()>& waiting)
{
    bool told = false;
    while (!m_holder->tryLock(PollMs)) {
        if (const QString why = m_holder->failure(); !why.isEmpty())
            return Error {Error::Code::Storage, why};
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
    m_holder->unlock();
}

bool StoreLock::isLocked() const
{
    return m_holder->isLocked();
}

bool StoreLock::stillHeld()
{
    return m_holder->stillHeld();
}

QString StoreLock::failure() const
{
    return m_holder->failure();
}

} // namespace pulsedesk
