#pragma once

#include "common/Result.h"
#include "security/SecureBytes.h"

#include <QByteArray>

class QIODevice;

namespace pulsedesk {

/// scrypt cost parameters, stored with every key slot so they can be raised later without breaking old slots.
struct ScryptParams
{
    quint64 n = quint64(1) << 16; ///< CPU/memory cost (power of two)
    quint32 r = 8; ///< block size
    quint32 p = 1; ///< parallelism

    /// Memory scrypt needs with these parameters, in bytes (128 · r · N · p).
    quint64 memoryBytes() const { return 128 * quint64(r) * n * p; }
    bool isSane() const;
};

/// AES-256-GCM output: nonce, ciphertext and tag, kept apart for storage.
struct SealedBox
{
    QByteArray nonce; ///< 12 bytes
    QByteArray ciphertext; ///< same length as the plaintext
    QByteArray tag; ///< 16 bytes
};

/// The cryptographic primitives PulseDesk uses, over OpenSSL 3, each returning a checked result.
namespace Crypto {

constexpr int KeySize = 32;
constexpr int SaltSize = 16;
constexpr int NonceSize = 12;
constexpr int TagSize = 16;

/// Cryptographically secure random bytes.
SecureBytes randomKey(int size = KeySize);
QByteArray randomBytes(int size);

/// Derives a 32-byte key from a password with scrypt.
Result<SecureBytes> deriveKey(const QString& password, const QByteArray& salt, const ScryptParams& params);

/// Encrypts with AES-256-GCM under a fresh random nonce; `aad` is authenticated but not encrypted.
Result<SealedBox> seal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& aad);

/// Decrypts and checks the tag. A wrong key, a changed ciphertext or a changed aad fail here.
Result<SecureBytes> open(const SecureBytes& key, const SealedBox& box, const QByteArray& aad);

/// SHA-256 of everything `device` yields from its current position until read() gives no more (a file: to its
/// end), read in large blocks; 32 bytes.
/// OpenSSL's digest uses the processor's SHA instructions where there are any: a 1 GB dump hashes in about a
/// second rather than seven.
Result<QByteArray> sha256(QIODevice& device);

/// Frees what OpenSSL keeps for the calling thread (its error queue). A worker thread that used OpenSSL, itself
/// or through SQLCipher, libpq or libmosquitto, calls it as it ends: left to OpenSSL's own thread-exit handler,
/// that memory is freed only after QThread::wait() has returned, so a process that ends right after stopping its
/// workers would still hold it. Harmless on a thread that goes on: OpenSSL allocates again when needed.
void endThreadState();

} // namespace Crypto

} // namespace pulsedesk
