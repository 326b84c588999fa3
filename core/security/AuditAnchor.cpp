#include "security/AuditAnchor.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QLoggingCategory>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcAnchor, "pulsedesk.security.anchor")

namespace {

constexpr int AnchorFormatVersion = 1;
constexpr auto KeyLabel = "pulsedesk audit anchor key 1";
constexpr qint64 MaxFileBytes = 4096;

SecureBytes hmac(const unsigned char* key, int keySize, const QByteArray& data)
{
    SecureBytes out(EVP_MAX_MD_SIZE);
    unsigned int size = 0;
    if (!HMAC(EVP_sha256(), key, keySize, reinterpret_cast<const unsigned char*>(data.constData()),
              static_cast<size_t>(data.size()), out.data(), &size))
        return {};
    return SecureBytes(out.data(), size);
}

} // namespace

AuditAnchor::AuditAnchor(QString path, const SecureBytes& databaseKey)
    : m_path(std::move(path))
    , m_macKey(hmac(databaseKey.data(), databaseKey.sizeInt(), QByteArray(KeyLabel)))
{ }

QByteArray AuditAnchor::seal(const Head& head) const
{
    const QByteArray data = QByteArrayLiteral("pulsedesk.anchor\n") + QByteArray::number(AnchorFormatVersion) + '\n'
        + QByteArray::number(head.entries) + '\n' + head.hash.toLatin1() + '\n';
    const SecureBytes mac = hmac(m_macKey.data(), m_macKey.sizeInt(), data);
    return QByteArray(reinterpret_cast<const char*>(mac.data()), mac.sizeInt()).toHex();
}

AuditAnchor::Reading AuditAnchor::read() const
{
    Reading reading;
    QFile file(m_path);
    if (!file.exists())
        return reading;
    reading.state = Reading::State::Invalid;
    if (!file.open(QIODevice::ReadOnly))
        return reading;
    const QJsonObject root = QJsonDocument::fromJson(file.read(MaxFileBytes)).object();
    Head head {root.value(QStringLiteral("entries")).toInteger(-1), root.value(QStringLiteral("head")).toString()};
    const QByteArray mac = root.value(QStringLiteral("mac")).toString().toLatin1();
    if (root.value(QStringLiteral("format")).toInt() != AnchorFormatVersion || head.entries < 0
        || head.hash.size() != 64 || m_macKey.isEmpty())
        return reading;
    const QByteArray expected = seal(head);
    if (mac.size() != expected.size() || CRYPTO_memcmp(mac.constData(), expected.constData(), mac.size()) != 0)
        return reading;
    reading.state = Reading::State::Valid;
    reading.head = std::move(head);
    return reading;
}

Status AuditAnchor::write(const Head& head) const
{
    const QJsonObject root {{QStringLiteral("format"), AnchorFormatVersion},
                            {QStringLiteral("entries"), head.entries},
                            {QStringLiteral("head"), head.hash},
                            {QStringLiteral("mac"), QString::fromLatin1(seal(head))}};
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Status AuditAnchor::advance(const Head& head, const QString& prevHash)
{
    if (m_frozen.load())
        return {};
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10'000))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("AuditAnchor", "The audit anchor %1 is locked by another program.")
                          .arg(m_path)};
    const Reading current = read();
    if (current.state == Reading::State::Invalid) {
        // Kept as it is: it is evidence, and the next start reports it.
        m_frozen.store(true);
        return Error {
            Error::Code::Crypto,
            QCoreApplication::translate("AuditAnchor", "The audit anchor %1 is damaged or was edited.").arg(m_path)};
    }
    if (current.state == Reading::State::Valid) {
        const Head& anchored = current.head;
        const bool contradicts = (anchored.entries == head.entries && anchored.hash != head.hash)
            || (anchored.entries == head.entries - 1 && !prevHash.isEmpty() && anchored.hash != prevHash);
        if (contradicts) {
            m_frozen.store(true);
            return Error {Error::Code::Conflict,
                          QCoreApplication::translate("AuditAnchor",
                                                      "The audit log does not continue from its anchor at entry %1.")
                              .arg(anchored.entries)};
        }
        // Another process may have moved it further already: forward only.
        if (anchored.entries >= head.entries)
            return {};
    }
    return write(head);
}

Status AuditAnchor::reset(const Head& head)
{
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10'000))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("AuditAnchor", "The audit anchor %1 is locked by another program.")
                          .arg(m_path)};
    if (auto written = write(head); !written)
        return written;
    m_frozen.store(false);
    return {};
}

} // namespace pulsedesk
