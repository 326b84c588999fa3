#include "import/formats/XmlEntityCheck.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>

#include <cctype>
#include <limits>

namespace pulsedesk::readers {

namespace {

/// The internal entities of an XML file's document type, read from its bytes before any XML parser sees them:
/// a parser expands entities as it goes, parameter entities while it reads the document type itself.
class EntityCheck
{
public:
    static constexpr qint64 MaxPrologBytes = 8 * 1024 * 1024;
    static constexpr qint64 MinExpansionCap = 64 * 1024 * 1024;

    /// See xmlEntityRefusal().
    static std::optional<QString> refusal(QIODevice& device)
    {
        const qint64 fileBytes = device.size();
        const QByteArray prolog = device.read(MaxPrologBytes);
        if (!device.seek(0))
            return QCoreApplication::translate("ImportFormat", "the file cannot be read again");
        EntityCheck check(prolog);
        const qint64 cap = qMax(MinExpansionCap, 8 * fileBytes);
        switch (check.read()) {
        case Read::Done:
            break;
        case Read::ParameterEntity:
            return QCoreApplication::translate(
                "ImportFormat",
                "the file's document type uses parameter entities (an Apple Health export does not); not read");
        case Read::TooLong:
            return prolog.size() < MaxPrologBytes
                ? std::nullopt // the file ends inside its document type: the XML reader says where
                : std::optional(QCoreApplication::translate("ImportFormat",
                                                            "the file's document type is over 8 MiB (an Apple "
                                                            "Health export's is a few KiB); not read"));
        }
        if (check.worstExpansion(fileBytes, cap) > cap)
            return QCoreApplication::translate("ImportFormat",
                                               "the file declares entities that could expand its text to more than "
                                               "%1 MiB (an Apple Health export declares none); not read")
                .arg(cap / (1024 * 1024));
        return std::nullopt;
    }

private:
    enum class Read
    {
        Done,
        ParameterEntity,
        TooLong, ///< the document type goes on past what was read
    };
    static constexpr int MaxNesting = 16;

    explicit EntityCheck(const QByteArray& bytes)
        : m_bytes(bytes)
    { }

    bool at(const char* text) const { return QByteArrayView(m_bytes).sliced(m_pos).startsWith(text); }
    void skipSpace()
    {
        while (m_pos < m_bytes.size() && std::isspace(static_cast<unsigned char>(m_bytes.at(m_pos))))
            ++m_pos;
    }
    /// Past `end`; false when it does not come.
    bool skipPast(const char* end)
    {
        const qsizetype found = m_bytes.indexOf(end, m_pos);
        if (found < 0)
            return false;
        m_pos = found + qstrlen(end);
        return true;
    }
    /// Past the '>' that closes a declaration, quoted text skipped.
    bool skipDeclaration()
    {
        while (m_pos < m_bytes.size()) {
            const char c = m_bytes.at(m_pos++);
            if (c == '>')
                return true;
            if ((c == '"' || c == '\'') && !skipPast(c == '"' ? "\"" : "'"))
                return false;
        }
        return false;
    }
    /// A name, as a view of the bytes read (the keys of m_values).
    QByteArrayView name()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_bytes.size() && !std::isspace(static_cast<unsigned char>(m_bytes.at(m_pos)))
               && m_bytes.at(m_pos) != '"' && m_bytes.at(m_pos) != '\'' && m_bytes.at(m_pos) != '>')
            ++m_pos;
        return QByteArrayView(m_bytes).sliced(start, m_pos - start);
    }

    Read read()
    {
        if (at("\xEF\xBB\xBF"))
            m_pos += 3;
        // The prolog: declaration, comments and processing instructions, then the document type or the root.
        for (;;) {
            skipSpace();
            if (at("<?")) {
                if (!skipPast("?>"))
                    return Read::TooLong;
            } else if (at("<!--")) {
                if (!skipPast("-->"))
                    return Read::TooLong;
            } else if (at("<!DOCTYPE")) {
                break;
            } else {
                return Read::Done; // the root element (or not XML): no document type
            }
        }
        // Up to the internal subset, quoted identifiers skipped.
        for (;;) {
            if (m_pos >= m_bytes.size())
                return Read::TooLong;
            const char c = m_bytes.at(m_pos++);
            if (c == '>')
                return Read::Done;
            if (c == '[')
                break;
            if ((c == '"' || c == '\'') && !skipPast(c == '"' ? "\"" : "'"))
                return Read::TooLong;
        }
        for (;;) {
            skipSpace();
            if (m_pos >= m_bytes.size())
                return Read::TooLong;
            if (at("]"))
                return Read::Done;
            if (at("%"))
                return Read::ParameterEntity;
            if (at("<!--")) {
                if (!skipPast("-->"))
                    return Read::TooLong;
                continue;
            }
            if (at("<?")) {
                if (!skipPast("?>"))
                    return Read::TooLong;
                continue;
            }
            if (at("<!ENTITY")) {
                m_pos += 8;
                skipSpace();
                if (at("%"))
                    return Read::ParameterEntity;
                const QByteArrayView entity = name();
                skipSpace();
                if (m_pos < m_bytes.size() && (m_bytes.at(m_pos) == '"' || m_bytes.at(m_pos) == '\'')) {
                    const char quote[2] = {m_bytes.at(m_pos), '\0'};
                    const qsizetype start = ++m_pos;
                    if (!skipPast(quote))
                        return Read::TooLong;
                    if (!m_values.contains(entity)) // the first declaration counts
                        m_values.insert(entity, QByteArrayView(m_bytes).sliced(start, m_pos - 1 - start));
                } // else SYSTEM or PUBLIC: external, never fetched
                if (!skipDeclaration())
                    return Read::TooLong;
                continue;
            }
            if (at("<!")) {
                if (!skipDeclaration())
                    return Read::TooLong;
                continue;
            }
            return Read::Done; // not a declaration: the XML reader says what is wrong
        }
    }

    qint64 expanded(QByteArrayView entity, int depth, qint64 cap)
    {
        if (const auto it = m_lengths.constFind(entity); it != m_lengths.constEnd())
            return *it;
        if (depth > MaxNesting)
            return cap + 1; // nested deeper than any real document, or referring to itself
        const QByteArrayView value = m_values.value(entity);
        qint64 length = 0;
        for (qsizetype i = 0; i < value.size() && length <= cap; ++i) {
            const qsizetype end = value.at(i) == '&' ? value.indexOf(';', i) : -1;
            const QByteArrayView inner = end > i ? value.sliced(i + 1, end - i - 1) : QByteArrayView();
            if (end > i && m_values.contains(inner)) {
                length += expanded(inner, depth + 1, cap);
                i = end;
            } else {
                ++length;
            }
        }
        length = qMin(length, cap + 1);
        m_lengths.insert(entity, length);
        return length;
    }

    qint64 worstExpansion(qint64 fileBytes, qint64 cap)
    {
        if (m_values.isEmpty())
            return 0;
        qint64 longest = 0;
        qsizetype shortestName = std::numeric_limits<qsizetype>::max();
        for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
            longest = qMax(longest, expanded(it.key(), 0, cap));
            shortestName = qMin(shortestName, it.key().size());
        }
        const qint64 references = fileBytes / (shortestName + 2) + 1; // "&name;"
        return longest > 0 && references > cap / longest ? cap + 1 : longest * references;
    }

    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    QHash<QByteArrayView, QByteArrayView> m_values;
    QHash<QByteArrayView, qint64> m_lengths;
};

} // namespace

std::optional<QString> xmlEntityRefusal(QIODevice& device)
{
    return EntityCheck::refusal(device);
}

} // namespace pulsedesk::readers
