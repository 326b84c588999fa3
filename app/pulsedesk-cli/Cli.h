#pragma once

#include "Terminal.h"
#include "common/Result.h"
#include "security/Session.h"

#include <QJsonValue>
#include <QStringList>

#include <memory>

namespace pulsedesk {
class Workspace;
}

namespace pulsedesk::cli {

/// Exit statuses of pulsedesk-cli.
enum ExitCode
{
    Success = 0,
    Failure = 1, ///< the command failed; the reason is on stderr
    Usage = 2, ///< the command line is wrong
    NotPermitted = 3, ///< the user's role may not do this
    LoginFailed = 4, ///< wrong user name or password, locked out, or no workstation in the folder
    Rejected = 5, ///< import: the usable records were imported, but some records were rejected (quarantined)
};

/// Text from outside (device ids, topics, file names and contents, names typed at a login) made safe for the
/// terminal: control characters and direction overrides are shown as escapes (see DisplayText).
QString shown(const QString& text);
/// The same, keeping line breaks (a clinical note).
QString shownLines(const QString& text);

/// pulsedesk-cli: every command acts as a logged-in user under the same permission checks as the workstation.
class Cli
{
public:
    Cli();
    ~Cli();
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = {});
    static QString usageText();
    int fail(const Error& error);
    int done(const QJsonValue& json, const QString& text);
    Result<Session> login();

    int cmdInit();
    int cmdStatus();
    int cmdUser();
    int cmdPatient();
    int cmdDevice();
    int cmdRecord();
    int cmdAudit();
    int cmdMonitor();
    int cmdQuarantine();
    int cmdResults();
    int cmdFindings();
    int cmdAlarms();
    int cmdLimits();
    int cmdImport();
    int cmdSimulate();

    QString takeOption(const QString& name, const QString& fallback = {});
    bool takeFlag(const QString& name);
    QString takeArgument();
    bool finishArguments();

    QStringList m_args;
    QString m_dataDir;
    QString m_command;
    QString m_user;
    bool m_json = false;
    std::unique_ptr<Terminal> m_terminal;
    std::unique_ptr<Workspace> m_workspace;
};

} // namespace pulsedesk::cli
