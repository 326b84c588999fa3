#include "security/SecureBytes.h"

#include <openssl/crypto.h>

namespace pulsedesk {

SecureBytes::SecureBytes(std::size_t size)
    : m_bytes(size, 0)
{ }

SecureBytes::SecureBytes(const unsigned char* data, std::size_t size)
    : m_bytes(data, data + size)
{ }

SecureBytes SecureBytes::fromByteArray(const QByteArray& bytes)
{
    return {reinterpret_cast<const unsigned char*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

SecureBytes::SecureBytes(const SecureBytes& other) = default;

SecureBytes& SecureBytes::operator=(const SecureBytes& other)
{
    if (this != &other) {
        clear();
        m_bytes = other.m_bytes;
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes.clear();
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes.clear();
    }
    return *this;
}

SecureBytes::~SecureBytes()
{
    clear();
}

void SecureBytes::clear()
{
    if (!m_bytes.empty())
        OPENSSL_cleanse(m_bytes.data(), m_bytes.size());
    m_bytes.clear();
}

QByteArray SecureBytes::toByteArray() const
{
    return {reinterpret_cast<const char*>(m_bytes.data()), static_cast<qsizetype>(m_bytes.size())};
}

bool SecureBytes::operator==(const SecureBytes& other) const
{
    return m_bytes.size() == other.m_bytes.size()
        && CRYPTO_memcmp(m_bytes.data(), other.m_bytes.data(), m_bytes.size()) == 0;
}

void SecureBytes::wipe(QByteArray& bytes)
{
    // A shared buffer belongs to other owners too; only an unshared one is ours to overwrite.
    if (!bytes.isEmpty() && bytes.isDetached())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void SecureBytes::wipe(QString& text)
{
    if (!text.isEmpty())
        OPENSSL_cleanse(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace pulsedesk
