#pragma once

#include "common/Result.h"

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace pulsedesk {

class Database;

/// One kind of work on the store (importing) that only one holder may do at a time, across every thread and every
/// process that opens the same store (the workstation, `pulsedesk-cli import`, a second workstation on the same
/// folder or the same ward server). The lock dies with its holder, also when the process is killed:
/// - the workstation's file store: a lock file beside the database that names the holding process, with the
///   system's own file lock on it, so a holder that is gone is told apart from one that is still working, at once
///   and without a timeout;
/// - the ward server: a PostgreSQL advisory lock on a connection of the lock's own, which the server releases
///   when that session ends.
class StoreLock
{
public:
    /// What holds the lock for one kind of store (see Database::lockHolder()).
    class Holder
    {
    public:
        virtual ~Holder() = default;
        /// Takes the lock, waiting up to `waitMs` for it; false when somebody else holds it or on failure.
        virtual bool tryLock(int waitMs) = 0;
        virtual void unlock() = 0;
        virtual bool isLocked() const = 0;
        /// Checks that the lock is still held (a server's session may have ended under it); false, with the reason
        /// in failure(), when it was lost.
        virtual bool stillHeld() = 0;
        /// Why the last tryLock() failed other than because somebody else holds the lock; empty otherwise.
        virtual QString failure() const = 0;
    };

    /// `name` says what the lock guards ("import"); on the file store the lock file is `<database>.<name>.lock`.
    StoreLock(const Database& database, const QString& name);
    ~StoreLock();
    StoreLock(const StoreLock&) = delete;
    StoreLock& operator=(const StoreLock&) = delete;

    /// Takes the lock if nobody holds it; false at once otherwise.
    bool tryLock();
    /// Waits for the lock. `waiting` is called once when somebody else holds it; `cancel` ends the wait.
    /// Fails when cancelled, or when the lock cannot be taken (with the reason).
    Status lock(const std::atomic_bool* cancel = nullptr, const std::function<void()>& waiting = {});
    void unlock();
    bool isLocked() const;
    /// See Holder::stillHeld().
    bool stillHeld();
    /// Why the last attempt failed, or why the lock was lost; empty when somebody else simply holds it.
    QString failure() const;

    /// The file store's holder: the lock file `path`.
    static std::unique_ptr<Holder> lockFile(const QString& path);

private:
    std::unique_ptr<Holder> m_holder;
};

} // namespace pulsedesk
