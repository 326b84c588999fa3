#pragma once

#include "common/Result.h"
#include "security/Crypto.h"
#include "security/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pulsedesk {

/// One user's copy of the database key, wrapped with AES-256-GCM under a key derived from their password.
struct KeySlot
{
    QString username;
    ScryptParams params;
    QByteArray salt;
    SealedBox wrappedKey;
    QDateTime createdAt;
};

/// The key slot file beside the database: the random database key wrapped once per user. It holds no patient
/// data. It is written atomically (temporary file, flush, fsync, rename), so a crash leaves either the old
/// or the new file. A missing or damaged file gives a clear error and the database is never touched.
class KeySlotFile
{
public:
    /// Creates a file for a new database.
    static KeySlotFile create(int cipherCompatibility);
    static Result<KeySlotFile> load(const QString& path);
    Status save(const QString& path) const;

    QString databaseId() const { return m_databaseId; }
    /// SQLCipher major version whose file format the database uses.
    int cipherCompatibility() const { return m_cipherCompatibility; }

    bool hasSlot(const QString& username) const;

    /// Wraps the database key for a user with the given password (replacing any slot of theirs).
    Status setSlot(const QString& username, const QString& password, const SecureBytes& databaseKey,
                   const ScryptParams& params = defaultParams());
    bool removeSlot(const QString& username);
    /// Unwraps the database key with a user's password. A wrong password fails the GCM tag.
    Result<SecureBytes> unlock(const QString& username, const QString& password) const;

    /// Cost parameters for new slots: 64 MiB of memory, about 0.2 s on a ward PC.
    static ScryptParams defaultParams();

private:
    QByteArray associatedData(const QString& username) const;
    const KeySlot* find(const QString& username) const;

    QString m_databaseId;
    int m_cipherCompatibility = 0;
    QList<KeySlot> m_slots;
};

} // namespace pulsedesk
