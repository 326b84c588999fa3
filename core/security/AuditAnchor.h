#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"

#include <QString>

#include <atomic>

namespace pulsedesk {

/// The audit chain's head kept outside the database (pulsedesk.anchor beside the key slots), so that history lost
/// from the database itself (a deleted or damaged -wal file after a crash, a file copied back from earlier) shows
/// as a store behind its anchor. The file is replaced atomically and sealed with an HMAC under a key derived from
/// the database key, so it cannot be edited to match a shortened store. Writers in several processes (CLI and
/// workstation on one data folder) share it under a lock file, and it only ever moves forward.
class AuditAnchor
{
public:
    struct Head
    {
        qint64 entries = 0; ///< the id of the newest entry
        QString hash; ///< its hash (64 zeros for an empty log)
    };
    struct Reading
    {
        enum class State
        {
            Missing,
            Valid,
            Invalid, ///< unreadable, or its seal does not match
        };
        State state = State::Missing;
        Head head;
    };

    AuditAnchor(QString path, const SecureBytes& databaseKey);

    QString path() const { return m_path; }
    Reading read() const;

    /// Moves the anchor to `head` when that is ahead of it; `prevHash` is the hash of the entry before `head`,
    /// checked when the anchor sits just there. A head that contradicts the anchor freezes it (see freeze()).
    Status advance(const Head& head, const QString& prevHash);
    /// Writes `head` whatever the file holds: a new anchor, or an admin accepting a loss. Unfreezes.
    Status reset(const Head& head);

    /// While frozen, advance() leaves the file as it is: the store is behind or beside its anchor, and moving
    /// the anchor on would hide what was lost.
    void freeze() { m_frozen.store(true); }

private:
    QByteArray seal(const Head& head) const;
    Status write(const Head& head) const;

    QString m_path;
    SecureBytes m_macKey;
    std::atomic_bool m_frozen {false};
};

} // namespace pulsedesk
