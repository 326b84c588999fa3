#pragma once

#include "common/Result.h"

#include <QLockFile>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pulsedesk {

class Database;

/// One kind of work on the store (importing) that only one holder may do at a time, across every thread and every
/// process that opens the same store (the workstation, `pulsedesk-cli import`, a second workstation on the same
/// folder). The lock dies with its holder, also when the process is killed: a lock file beside the database that
/// names the holding process, with the system's own file lock on it, so a holder that is gone is told apart from
/// one that is still working, at once and without a timeout.
///
/// The ward-server backend takes a PostgreSQL advisory lock for the same purpose (released with its session).
class StoreLock
{
public:
    /// `name` says what the lock guards ("import"); the lock file is `<database>.<name>.lock`.
    StoreLock(const Database& database, const QString& name);
    ~StoreLock();
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

    /// Takes the lock if nobody holds it; false at once otherwise.
    bool tryLock();
    /// Waits for the lock. `waiting` is called once when somebody else holds it; `cancel` ends the wait.
    /// Fails when cancelled, or when the lock file cannot be written (with the reason).
    Status lock(const std::atomic_bool* cancel = nullptr, const std::function<void()>& waiting = {});
    void unlock();
    bool isLocked() const;

private:
    Status failure() const;

    std::unique_ptr<QLockFile> m_file;
};

} // namespace pulsedesk
