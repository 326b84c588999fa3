#pragma once

#include <QString>
#include <QStringView>

namespace pulsedesk {

/// Text from outside (a device id from the network, a topic, a line of an imported file) made safe to show on one
/// line of a terminal or a table: control characters (C0, DEL, C1), bidirectional overrides and isolates, and
/// unpaired surrogates are written as visible escapes ("\x1b", "\u202e"), so an escape sequence can neither
/// colour a terminal, fake a line such as "ALARM HIGH", nor reorder what a nurse reads. Every CLI and UI display of
/// outside text goes through it.
class DisplayText
{
public:
    /// `text` with every unsafe character escaped; cut to `maxChars` (followed by "…") when that is positive.
    static QString escaped(QStringView text, qsizetype maxChars = -1);
    /// Several lines, each escaped and kept on a line of its own (a message that quotes outside text).
    static QString escapedLines(const QString& text);
    /// The same for bytes that should be UTF-8: invalid sequences are escaped byte by byte ("\xff").
    static QString escapedUtf8(const QByteArray& bytes, qsizetype maxChars = -1);
    /// Whether `c` would be escaped.
    static bool isUnsafe(char32_t c);
};

} // namespace pulsedesk
