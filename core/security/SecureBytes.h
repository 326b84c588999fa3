#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <vector>

namespace pulsedesk {

/// Key material that is wiped when released. Unlike QByteArray it never shares its buffer, so wiping one
/// copy cannot surprise another. Convert to QByteArray only at the boundary of an API that needs it, and wipe
/// that copy with wipe(QByteArray&).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char* data, std::size_t size);
    static SecureBytes fromByteArray(const QByteArray& bytes);
    SecureBytes(const SecureBytes& other);
    SecureBytes& operator=(const SecureBytes& other);
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    ~SecureBytes();

    unsigned char* data() { return m_bytes.data(); }
    const unsigned char* data() const { return m_bytes.data(); }
    std::size_t size() const { return m_bytes.size(); }
    int sizeInt() const { return static_cast<int>(m_bytes.size()); }
    bool isEmpty() const { return m_bytes.empty(); }
    void clear();

    /// A QByteArray copy, for APIs that need one; the caller wipes it.
    QByteArray toByteArray() const;

    bool operator==(const SecureBytes& other) const;

    /// Overwrites a QByteArray's bytes if nothing else shares them, then clears it.
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);

private:
    std::vector<unsigned char> m_bytes;
};

} // namespace pulsedesk
