#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cmath>
#include <vector>

namespace pulsedesk {

/// A PostgreSQL array literal ({1,2,3}) built value by value, to send a column of many rows as one text parameter
/// (`$1::bigint[]`, unnested by the statement): one round trip for a batch rather than one a row.
class PostgresArrayText
{
public:
    void add(qint64 value)
    {
        separate();
        m_text += QByteArray::number(value);
    }
    /// NaN as NULL; 17 digits, as RawStatement binds a real.
    void add(double value)
    {
        separate();
        if (std::isnan(value))
            m_text += "NULL";
        else
            m_text += QByteArray::number(value, 'g', 17);
    }
    /// A word known to need no quotes (a key of the schema).
    void add(const char* word)
    {
        separate();
        m_text += word;
    }
    /// Any text, quoted.
    void add(const QString& text)
    {
        separate();
        m_text += '"';
        for (const char c : text.toUtf8()) {
            if (c == '"' || c == '\\')
                m_text += '\\';
            m_text += c;
        }
        m_text += '"';
    }
    void addNull()
    {
        separate();
        m_text += "NULL";
    }
    /// A value as Sql::bindable() gives it: null, a whole number, a real or text.
    void add(const QVariant& value)
    {
        if (value.isNull())
            addNull();
        else if (value.typeId() == QMetaType::Double)
            add(value.toDouble());
        else if (value.typeId() == QMetaType::QString)
            add(value.toString());
        else
            add(value.toLongLong());
    }
    QByteArray text() const { return m_text + '}'; }

    /// Rows of values (as Sql::bindable() gives them) turned into one array literal per column, in column order.
    static std::vector<QByteArray> columns(const std::vector<QVariantList>& rows, qsizetype count)
    {
        std::vector<QByteArray> out;
        out.reserve(std::size_t(count));
        for (qsizetype c = 0; c < count; ++c) {
            PostgresArrayText column;
            for (const QVariantList& row : rows)
                column.add(row.at(c));
            out.push_back(column.text());
        }
        return out;
    }

private:
    void separate() { m_text += m_text.size() > 1 ? "," : ""; }
    QByteArray m_text = "{";
};

} // namespace pulsedesk
