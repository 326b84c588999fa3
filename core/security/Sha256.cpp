#include "security/Sha256.h"

#include <QCoreApplication>

#include <openssl/evp.h>

namespace pulsedesk {

struct Sha256::Context
{
    EVP_MD_CTX* ctx = EVP_MD_CTX_new();
    ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256()
    : m_context(std::make_unique<Context>())
{
    restart();
}

Sha256::~Sha256() = default;

void Sha256::restart()
{
    m_failed = !m_context->ctx || EVP_DigestInit_ex(m_context->ctx, EVP_sha256(), nullptr) != 1;
}

void Sha256::add(QByteArrayView bytes)
{
    if (!m_failed && !bytes.isEmpty())
        m_failed = EVP_DigestUpdate(m_context->ctx, bytes.data(), std::size_t(bytes.size())) != 1;
}

Result<QByteArray> Sha256::result() const
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int size = 0;
    // The digest of what was added so far, from a copy: the running context can go on.
    EVP_MD_CTX* copy = EVP_MD_CTX_new();
    const bool ok = !m_failed && copy && EVP_MD_CTX_copy_ex(copy, m_context->ctx) == 1
        && EVP_DigestFinal_ex(copy, reinterpret_cast<unsigned char*>(digest.data()), &size) == 1;
    EVP_MD_CTX_free(copy);
    if (!ok)
        return Error {Error::Code::Crypto,
                      QCoreApplication::translate("Sha256", "Could not compute a SHA-256 digest.")};
    digest.resize(int(size));
    return digest;
}

} // namespace pulsedesk
