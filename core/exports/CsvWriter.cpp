#include "exports/CsvWriter.h"

#include <QIODevice>

#include <cmath>

namespace pulsedesk {

CsvWriter::CsvWriter(QIODevice& out)
    : m_out(out)
{ }

QString CsvWriter::field(const QString& value)
{
    const bool quoted = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || (!value.isEmpty() && (value.front().isSpace() || value.back().isSpace()));
    if (!quoted)
        return value;
    QString escaped = value;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QString CsvWriter::number(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'g', 10);
}

bool CsvWriter::row(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += QLatin1Char(',');
        line += field(fields.at(i));
    }
    line += QStringLiteral("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_out.write(bytes) != bytes.size())
        return false;
    ++m_rows;
    return true;
}

} // namespace pulsedesk
