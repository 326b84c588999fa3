#include "ingest/FlatObject.h"

#include <QByteArray>

namespace pulsedesk::messages {

namespace {

/// A JSON number at `p`, -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?, as QJsonDocument gives it;
/// `p` is left after it. Nothing when the text there is not one.
std::optional<QJsonValue> readNumber(const char*& p, const char* end)
{
    const char* start = p;
    const auto digits = [&p, end] {
        const char* first = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > first;
    };
    if (p < end && *p == '-')
        ++p;
    if (p < end && *p == '0')
        ++p;
    else if (!digits())
        return std::nullopt;
    bool integral = true;
    if (p < end && *p == '.') {
        ++p;
        if (!digits())
            return std::nullopt;
        integral = false;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < end && (*p == '+' || *p == '-'))
            ++p;
        if (!digits())
            return std::nullopt;
        integral = false;
    }
    const QByteArray text = QByteArray::fromRawData(start, p - start);
    bool ok = false;
    if (integral)
        if (const qint64 n = text.toLongLong(&ok); ok)
            return QJsonValue(n);
    const double d = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return QJsonValue(d);
}

} // namespace

std::optional<FlatObject> FlatObject::read(QByteArrayView json)
{
    const char* p = json.data();
    const char* const end = p + json.size();
    const auto skipSpace = [&p, end] {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
            ++p;
    };
    // A string of printable ASCII without escapes, from its opening quote, into `out`; false when it is not one.
    const auto plainString = [&p, end](QByteArrayView* out) {
        const char* start = ++p;
        while (p < end && *p != '"') {
            if (*p < 0x20 || *p > 0x7e || *p == '\\')
                return false;
            ++p;
        }
        if (p == end)
            return false;
        *out = QByteArrayView(start, p - start);
        ++p;
        return true;
    };

    FlatObject object;
    skipSpace();
    if (p == end || *p != '{')
        return std::nullopt;
    ++p;
    skipSpace();
    if (p < end && *p == '}') {
        ++p;
    } else {
        for (;;) {
            Member m;
            if (p == end || *p != '"' || !plainString(&m.key))
                return std::nullopt;
            for (const Member& other : object.m_members)
                if (other.key == m.key)
                    return std::nullopt; // QJsonDocument decides which of two values counts
            skipSpace();
            if (p == end || *p != ':')
                return std::nullopt;
            ++p;
            skipSpace();
            if (p == end)
                return std::nullopt;
            const QByteArrayView rest(p, end - p);
            if (*p == '"') {
                if (!plainString(&m.text))
                    return std::nullopt;
                m.isString = true;
            } else if (rest.startsWith("true")) {
                m.value = true;
                p += 4;
            } else if (rest.startsWith("false")) {
                m.value = false;
                p += 5;
            } else if (rest.startsWith("null")) {
                m.value = QJsonValue(QJsonValue::Null);
                p += 4;
            } else if (auto number = readNumber(p, end)) {
                m.value = *number;
            } else {
                return std::nullopt;
            }
            if (object.m_members.size() == MaxMembers)
                return std::nullopt;
            object.m_members.append(m);
            skipSpace();
            if (p < end && *p == ',') {
                ++p;
                skipSpace();
                continue;
            }
            if (p < end && *p == '}') {
                ++p;
                break;
            }
            return std::nullopt;
        }
    }
    skipSpace();
    if (p != end)
        return std::nullopt;
    return object;
}

} // namespace pulsedesk::messages
