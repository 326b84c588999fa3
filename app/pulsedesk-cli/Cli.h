#pragma once

#include "Invocation.h"

#include <memory>

namespace pulsedesk::cli {

/// What the dispatcher provides before a command runs: nothing, the data folder, or a logged-in user.
enum class Needs
{
    Nothing, ///< runs without a data folder (demo, simulate)
    DataFolder, ///< opens the data folder, which may hold no workstation yet; no login (init)
    Login, ///< a workstation and a logged-in user who has no one-time password left to change
    LoginToChangePassword, ///< the same, with a one-time password too; the action gets the typed password
    LoginWithPassword, ///< as Login; the action gets the typed password (it becomes the user's server login's)
};

/// One entry of the command table: `name [action]`, its handler, and what it needs before the handler's action runs.
struct Command
{
    const char* name;
    /// The sub-command; nullptr for a command that has none, "*" for any other sub-command of `name`.
    const char* action;
    Handler handler;
    Needs needs;
    /// The command reports a problem with the store's audit anchor itself (status, audit): the login does not.
    bool reportsAnchor = false;
};

/// pulsedesk-cli: every command acts as a logged-in user under the same permission checks as the workstation.
/// Reads the global options, finds the command in the table, logs in once when the command needs it and runs it.
class Cli
{
public:
    Cli();
    ~Cli();
    int run(const QStringList& arguments);

    static QString usageText();

private:
    int dispatch(const Command& command);
    Result<Session> login(const Command& command, QString* password);

    std::unique_ptr<Invocation> m_cli;
    QString m_user;
};

} // namespace pulsedesk::cli
