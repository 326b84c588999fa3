#pragma once

#include <QByteArrayView>
#include <QJsonValue>
#include <QString>
#include <QVarLengthArray>

#include <initializer_list>
#include <optional>

namespace pulsedesk::messages {

/// A JSON object whose members are all plain (see MessageParser::parseFlatObject), read from its text. Numbers
/// are converted by the same calls as QJsonDocument's (toLongLong for an integer in range, toDouble otherwise),
/// so they read back the same through toDouble() and toInteger().
class FlatObject
{
public:
    static std::optional<FlatObject> read(QByteArrayView json);

    /// The first of several spellings present with a usable value, as field() finds it in a QJsonObject.
    QJsonValue field(std::initializer_list<const char*> names) const
    {
        for (const char* name : names) {
            const QByteArrayView wanted(name);
            for (const Member& m : m_members) {
                if (m.key != wanted)
                    continue;
                if (m.isString ? m.text.trimmed().isEmpty() : m.value.isNull())
                    break; // present but empty: the next spelling
                return m.isString ? QJsonValue(QString::fromLatin1(m.text)) : m.value;
            }
        }
        return QJsonValue(QJsonValue::Undefined);
    }

private:
    struct Member
    {
        QByteArrayView key;
        QByteArrayView text; ///< a string's characters
        bool isString = false;
        QJsonValue value; ///< a number, true, false or null
    };
    static constexpr qsizetype MaxMembers = 64;

    QVarLengthArray<Member, 8> m_members;
};

} // namespace pulsedesk::messages
