#include "security/KeySlotFile.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace pulsedesk {

namespace {

constexpr auto FormatName = "pulsedesk-keyslots";
constexpr int KeySlotFormatVersion = 1;

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue& value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

} // namespace

KeySlotFile KeySlotFile::create(int cipherCompatibility)
{
    KeySlotFile file;
    file.m_databaseId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    file.m_cipherCompatibility = cipherCompatibility;
    return file;
}

ScryptParams KeySlotFile::defaultParams()
{
    return ScryptParams {quint64(1) << 16, 8, 1};
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("KeySlotFile",
                                                  "The key slot file %1 is missing. Without it the database cannot be "
                                                  "opened; restore it from a backup.")
                          .arg(path)};
    if (!file.open(QIODevice::ReadOnly))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("KeySlotFile", "The key slot file %1 cannot be read: %2")
                          .arg(path, file.errorString())};

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const auto damaged = [&path](const QString& why) {
        return Error {Error::Code::Storage,
                      QCoreApplication::translate(
                          "KeySlotFile",
                          "The key slot file %1 is damaged (%2). The database was not touched; restore the key "
                          "slot file from a backup.")
                          .arg(path, why)};
    };
    if (parseError.error != QJsonParseError::NoError)
        return damaged(parseError.errorString());
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return damaged(QCoreApplication::translate("KeySlotFile", "not a PulseDesk key slot file"));
    if (root.value(QStringLiteral("version")).toInt() != KeySlotFormatVersion)
        return damaged(QCoreApplication::translate("KeySlotFile", "unknown version %1")
                           .arg(root.value(QStringLiteral("version")).toInt()));

    KeySlotFile result;
    result.m_databaseId = root.value(QStringLiteral("databaseId")).toString();
    result.m_cipherCompatibility = root.value(QStringLiteral("cipherCompatibility")).toInt();
    if (result.m_databaseId.isEmpty())
        return damaged(QCoreApplication::translate("KeySlotFile", "no database id"));

    const QJsonArray slotArray = root.value(QStringLiteral("slots")).toArray();
    for (const auto& value : slotArray) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        slot.username = o.value(QStringLiteral("username")).toString();
        slot.params.n = static_cast<quint64>(o.value(QStringLiteral("n")).toInteger());
        slot.params.r = static_cast<quint32>(o.value(QStringLiteral("r")).toInt());
        slot.params.p = static_cast<quint32>(o.value(QStringLiteral("p")).toInt());
        slot.salt = unb64(o.value(QStringLiteral("salt")));
        slot.wrappedKey.nonce = unb64(o.value(QStringLiteral("nonce")));
        slot.wrappedKey.ciphertext = unb64(o.value(QStringLiteral("ciphertext")));
        slot.wrappedKey.tag = unb64(o.value(QStringLiteral("tag")));
        slot.createdAt = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        if (slot.username.isEmpty() || o.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt")
            || !slot.params.isSane() || slot.salt.size() < Crypto::SaltSize
            || slot.wrappedKey.nonce.size() != Crypto::NonceSize || slot.wrappedKey.tag.size() != Crypto::TagSize
            || slot.wrappedKey.ciphertext.size() != Crypto::KeySize)
            return damaged(
                QCoreApplication::translate("KeySlotFile", "slot %1 is incomplete").arg(result.m_slots.size() + 1));
        result.m_slots.append(slot);
    }
    if (result.m_slots.isEmpty())
        return damaged(QCoreApplication::translate("KeySlotFile", "it holds no key slots"));
    return result;
}

Status KeySlotFile::save(const QString& path) const
{
    QJsonArray slotArray;
    for (const KeySlot& slot : m_slots) {
        slotArray.append(QJsonObject {
            {QStringLiteral("username"), slot.username},
            {QStringLiteral("kdf"), QStringLiteral("scrypt")},
            {QStringLiteral("n"), static_cast<qint64>(slot.params.n)},
            {QStringLiteral("r"), static_cast<qint64>(slot.params.r)},
            {QStringLiteral("p"), static_cast<qint64>(slot.params.p)},
            {QStringLiteral("salt"), b64(slot.salt)},
            {QStringLiteral("nonce"), b64(slot.wrappedKey.nonce)},
            {QStringLiteral("ciphertext"), b64(slot.wrappedKey.ciphertext)},
            {QStringLiteral("tag"), b64(slot.wrappedKey.tag)},
            {QStringLiteral("created"), slot.createdAt.toUTC().toString(Qt::ISODate)},
        });
    }
    const QJsonObject root {
        {QStringLiteral("format"), QLatin1String(FormatName)},
        {QStringLiteral("version"), KeySlotFormatVersion},
        {QStringLiteral("databaseId"), m_databaseId},
        {QStringLiteral("cipherCompatibility"), m_cipherCompatibility},
        {QStringLiteral("slots"), slotArray},
    };
    return AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

bool KeySlotFile::hasSlot(const QString& username) const
{
    return find(username) != nullptr;
}

const KeySlot* KeySlotFile::find(const QString& username) const
{
    for (const KeySlot& slot : m_slots) {
        if (slot.username == username)
            return &slot;
    }
    return nullptr;
}

QByteArray KeySlotFile::associatedData(const QString& username) const
{
    // Binds each slot to its database and its user, so a slot copied to another user or file fails the tag.
    return QByteArray("pulsedesk-keyslot-v1\n") + m_databaseId.toUtf8() + '\n' + username.toUtf8();
}

Status KeySlotFile::setSlot(const QString& username, const QString& password, const SecureBytes& databaseKey,
                            const ScryptParams& params)
{
    KeySlot slot;
    slot.username = username;
    slot.params = params;
    slot.salt = Crypto::randomBytes(Crypto::SaltSize);
    slot.createdAt = QDateTime::currentDateTimeUtc();
    auto wrappingKey = Crypto::deriveKey(password, slot.salt, params);
    if (!wrappingKey)
        return wrappingKey.error();
    auto sealed = Crypto::seal(wrappingKey.value(), databaseKey, associatedData(username));
    if (!sealed)
        return sealed.error();
    slot.wrappedKey = std::move(sealed).value();
    removeSlot(username);
    m_slots.append(slot);
    return {};
}

bool KeySlotFile::removeSlot(const QString& username)
{
    return m_slots.removeIf([&username](const KeySlot& slot) { return slot.username == username; }) > 0;
}

Result<SecureBytes> KeySlotFile::unlock(const QString& username, const QString& password) const
{
    const KeySlot* slot = find(username);
    if (!slot) {
        // Spend the same time as a real attempt so the answer does not tell which user names exist.
        (void)Crypto::deriveKey(password, QByteArray(Crypto::SaltSize, '\0'), defaultParams());
        return Error {Error::Code::Authentication,
                      QCoreApplication::translate("KeySlotFile", "The user name or password is wrong.")};
    }
    auto wrappingKey = Crypto::deriveKey(password, slot->salt, slot->params);
    if (!wrappingKey)
        return wrappingKey.error();
    auto key = Crypto::open(wrappingKey.value(), slot->wrappedKey, associatedData(username));
    if (!key)
        return Error {Error::Code::Authentication,
                      QCoreApplication::translate("KeySlotFile", "The user name or password is wrong.")};
    return key;
}

} // namespace pulsedesk
