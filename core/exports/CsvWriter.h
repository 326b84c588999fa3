#pragma once

#include <QStringList>

class QIODevice;

namespace pulsedesk {

/// Writes RFC 4180 CSV in UTF-8: CRLF after every record, a field in double quotes when it holds a comma, a
/// quote, a line break or leading or trailing spaces, its quotes doubled. Numbers and text alike are fields.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice& out);

    /// One field as it appears in the file.
    static QString field(const QString& value);
    /// A measured value as a field: up to 10 significant digits, empty when there is none (NaN).
    static QString number(double value);
    /// Writes one record; false when the device refused the bytes.
    bool row(const QStringList& fields);
    qint64 rows() const { return m_rows; }

private:
    QIODevice& m_out;
    qint64 m_rows = 0;
};

} // namespace pulsedesk
