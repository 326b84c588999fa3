#pragma once

#include <QString>
#include <QTextStream>

namespace pulsedesk::cli {

/// Reading secrets and writing results for the command-line tool. Passwords come from the terminal without
/// echo, or one per line from standard input with --password-stdin; never from the command line.
class Terminal
{
public:
    explicit Terminal(bool passwordsFromStdin);

    /// Reads one password: prompts on the terminal, or takes the next line of standard input.
    QString readPassword(const QString& prompt);
    /// Reads a new password; on a terminal it is asked twice and must match.
    QString readNewPassword(const QString& prompt);
    /// Reads the rest of standard input (for note text given with "-").
    QString readAllStdin();

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

private:
    bool m_fromStdin;
    QTextStream m_out;
    QTextStream m_err;
    QTextStream m_in;
};

} // namespace pulsedesk::cli
