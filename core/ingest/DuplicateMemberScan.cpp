#include "common/DisplayText.h"
#include "ingest/MessageParser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>

#include <algorithm>

namespace pulsedesk {

namespace {

/// Finds a member named twice with different values in valid JSON text (see MessageParser::conflictingMember).
class DuplicateScan
{
public:
    explicit DuplicateScan(QByteArrayView json)
        : m_p(json.data())
        , m_end(json.data() + json.size())
    { }

    std::optional<QString> run()
    {
        value(0);
        return m_found;
    }

private:
    static constexpr int MaxDepth = 512;

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool string()
    {
        ++m_p; // the opening quote
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\' && m_p + 1 < m_end)
                ++m_p;
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        ++m_p;
        return true;
    }
    /// A member name (in its quotes) as UTF-8 characters: its text, unless it has escapes.
    static QByteArray keyOf(QByteArrayView quoted)
    {
        if (!quoted.contains('\\'))
            return QByteArray::fromRawData(quoted.data() + 1, quoted.size() - 2);
        return QJsonDocument::fromJson("[" + quoted.toByteArray() + "]").array().at(0).toString().toUtf8();
    }
    static bool sameValue(QByteArrayView a, QByteArrayView b)
    {
        if (a == b)
            return true;
        return QJsonDocument::fromJson("[" + a.toByteArray() + "]")
            == QJsonDocument::fromJson("[" + b.toByteArray() + "]");
    }
    /// False when the text is not what it should be or a conflict was found (stop).
    bool value(int depth)
    {
        if (depth > MaxDepth)
            return false;
        skipSpace();
        if (m_p >= m_end)
            return false;
        if (*m_p == '"')
            return string();
        if (*m_p == '[') {
            ++m_p;
            skipSpace();
            if (m_p < m_end && *m_p == ']') {
                ++m_p;
                return true;
            }
            for (;;) {
                if (!value(depth + 1))
                    return false;
                skipSpace();
                if (m_p >= m_end)
                    return false;
                const char c = *m_p++;
                if (c == ']')
                    return true;
                if (c != ',')
                    return false;
            }
        }
        if (*m_p == '{')
            return object(depth);
        const char* start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r'
               && *m_p != '\t')
            ++m_p;
        return m_p > start;
    }
    bool object(int depth)
    {
        struct Member
        {
            QByteArrayView key;
            QByteArrayView value;
        };
        QVarLengthArray<Member, 16> members;
        ++m_p;
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            skipSpace();
            if (m_p >= m_end || *m_p != '"')
                return false;
            const char* keyStart = m_p;
            if (!string())
                return false;
            const QByteArrayView key(keyStart, m_p - keyStart);
            skipSpace();
            if (m_p >= m_end || *m_p++ != ':')
                return false;
            skipSpace();
            const char* valueStart = m_p;
            if (!value(depth + 1))
                return false;
            members.append({key, QByteArrayView(valueStart, m_p - valueStart)});
            skipSpace();
            if (m_p >= m_end)
                return false;
            const char c = *m_p++;
            if (c == '}')
                break;
            if (c != ',')
                return false;
        }
        if (members.size() < 2)
            return true;
        // Names with escapes are compared by their characters: sorted by name, a conflict is between neighbours.
        QVarLengthArray<std::pair<QByteArray, QByteArrayView>, 16> named;
        for (const Member& m : members)
            named.append({keyOf(m.key), m.value});
        std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (qsizetype i = 1; i < named.size(); ++i) {
            if (named.at(i).first == named.at(i - 1).first && !sameValue(named.at(i).second, named.at(i - 1).second)) {
                m_found = QString::fromUtf8(named.at(i).first);
                return false;
            }
        }
        return true;
    }

    const char* m_p;
    const char* const m_end;
    std::optional<QString> m_found;
};

} // namespace

std::optional<QString> MessageParser::conflictingMember(QByteArrayView json)
{
    return DuplicateScan(json).run();
}

QString MessageParser::conflictingMemberReason(const QString& name)
{
    return QCoreApplication::translate("MessageParser", "the member '%1' is given twice with different values")
        .arg(DisplayText::escaped(name, 40));
}

} // namespace pulsedesk
