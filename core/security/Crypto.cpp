#include "security/Crypto.h"

#include "security/Sha256.h"

#include <QCoreApplication>
#include <QIODevice>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace pulsedesk {

namespace {

Error cryptoError(const char* text)
{
    return {Error::Code::Crypto, QCoreApplication::translate("Crypto", text)};
}

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

} // namespace

bool ScryptParams::isSane() const
{
    const bool powerOfTwo = n > 1 && (n & (n - 1)) == 0;
    return powerOfTwo && n <= (quint64(1) << 22) && r >= 1 && r <= 32 && p >= 1 && p <= 16
        && memoryBytes() <= quint64(2) * 1024 * 1024 * 1024;
}

namespace Crypto {

SecureBytes randomKey(int size)
{
    SecureBytes key(static_cast<std::size_t>(size));
    if (RAND_bytes(key.data(), size) != 1)
        qFatal("The system random number generator failed");
    return key;
}

QByteArray randomBytes(int size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), size) != 1)
        qFatal("The system random number generator failed");
    return bytes;
}

Result<SecureBytes> deriveKey(const QString& password, const QByteArray& salt, const ScryptParams& params)
{
    if (!params.isSane())
        return Error {Error::Code::Invalid,
                      QCoreApplication::translate("Crypto", "The key derivation parameters are out of range.")};
    QByteArray utf8 = password.toUtf8();
    SecureBytes key(KeySize);
    // Leave room above the bare requirement: OpenSSL counts its own bookkeeping against maxmem.
    const quint64 maxMemory = params.memoryBytes() + 16 * 1024 * 1024;
    const int rc = EVP_PBE_scrypt(
        utf8.constData(), static_cast<size_t>(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
        static_cast<size_t>(salt.size()), params.n, params.r, params.p, maxMemory, key.data(), key.size());
    SecureBytes::wipe(utf8);
    if (rc != 1)
        return cryptoError(QT_TRANSLATE_NOOP("Crypto", "The password could not be turned into a key (scrypt failed)."));
    return key;
}

Result<SealedBox> seal(const SecureBytes& key, const SecureBytes& plaintext, const QByteArray& aad)
{
    if (key.size() != KeySize)
        return cryptoError(QT_TRANSLATE_NOOP("Crypto", "The encryption key has the wrong length."));
    SealedBox box;
    box.nonce = randomBytes(NonceSize);
    box.ciphertext.resize(plaintext.sizeInt());
    box.tag.resize(TagSize);

    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(box.nonce.constData());
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                               static_cast<int>(aad.size()))
            == 1;
    ok = ok
        && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(box.ciphertext.data()), &len, plaintext.data(),
                             plaintext.sizeInt())
            == 1
        && EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(box.ciphertext.data()) + len, &len) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, box.tag.data()) == 1;
    if (!ok)
        return cryptoError(QT_TRANSLATE_NOOP("Crypto", "Encryption failed."));
    return box;
}

Result<SecureBytes> open(const SecureBytes& key, const SealedBox& box, const QByteArray& aad)
{
    if (key.size() != KeySize || box.nonce.size() != NonceSize || box.tag.size() != TagSize)
        return cryptoError(QT_TRANSLATE_NOOP("Crypto", "The encrypted key has the wrong shape."));
    SecureBytes plaintext(static_cast<std::size_t>(box.ciphertext.size()));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    int len = 0;
    const auto* nonce = reinterpret_cast<const unsigned char*>(box.nonce.constData());
    bool ok = ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, NonceSize, nullptr) == 1
        && EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, key.data(), nonce) == 1;
    if (ok && !aad.isEmpty())
        ok = EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                               static_cast<int>(aad.size()))
            == 1;
    ok = ok
        && EVP_DecryptUpdate(ctx.get(), plaintext.data(), &len,
                             reinterpret_cast<const unsigned char*>(box.ciphertext.constData()),
                             static_cast<int>(box.ciphertext.size()))
            == 1;
    // The tag is set before the final call, which is where GCM reports a mismatch.
    QByteArray tag = box.tag;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), plaintext.data() + len, &len) == 1;
    if (!ok)
        return Error {Error::Code::Authentication,
                      QCoreApplication::translate("Crypto", "The password is wrong or the key slot is damaged.")};
    return plaintext;
}

Result<QByteArray> sha256(QIODevice& device)
{
    Sha256 digest;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device.read(block.data(), block.size());
        if (n < 0)
            return Error {Error::Code::Storage, device.errorString()};
        if (n == 0)
            break;
        digest.add(QByteArrayView(block.constData(), n));
    }
    return digest.result();
}

void endThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace Crypto

} // namespace pulsedesk
