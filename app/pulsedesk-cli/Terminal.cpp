#include "Terminal.h"

#include <QCoreApplication>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace pulsedesk::cli {

Terminal::Terminal(bool passwordsFromStdin)
    : m_fromStdin(passwordsFromStdin)
    , m_out(stdout)
    , m_err(stderr)
    , m_in(stdin)
{ }

QString Terminal::readPassword(const QString& prompt)
{
    if (m_fromStdin)
        return m_in.readLine();
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return m_in.readLine();
    m_err << prompt << Qt::flush;
    termios saved {};
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    const QString password = m_in.readLine();
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_err << Qt::endl;
    return password;
#else
    m_err << prompt << Qt::flush;
    return m_in.readLine();
#endif
}

QString Terminal::readNewPassword(const QString& prompt)
{
    const QString first = readPassword(prompt);
#ifdef Q_OS_UNIX
    if (m_fromStdin || !isatty(STDIN_FILENO))
        return first;
    const QString second = readPassword(QCoreApplication::translate("Terminal", "Repeat the password: "));
    if (first != second) {
        m_err << QCoreApplication::translate("Terminal", "The passwords do not match.") << Qt::endl;
        return {};
    }
#endif
    return first;
}

QString Terminal::readAllStdin()
{
    return m_in.readAll();
}

} // namespace pulsedesk::cli
