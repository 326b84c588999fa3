#pragma once

#include "Terminal.h"
#include "common/Result.h"
#include "security/Session.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <variant>

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
/// A time for JSON output: ISO 8601 in UTC, empty when unknown.
QString iso(const QDateTime& time);
/// A time for text output: local, to the minute, "-" when unknown.
QString localTime(const QDateTime& time);
/// A time given on the command line: ISO 8601, with or without milliseconds; invalid when it is neither.
QDateTime parsedTime(const QString& text);

/// One run of pulsedesk-cli as a command's handler sees it: the rest of the command line, the terminal, the
/// workspace (once the data folder is opened) and the way results and errors are written.
class Invocation
{
public:
    explicit Invocation(QStringList arguments);
    ~Invocation();

    /// Takes `--name VALUE` or `--name=VALUE` out of the command line.
    QString takeOption(const QString& name, const QString& fallback = {});
    /// Takes `--name` out of the command line; true if it was there.
    bool takeFlag(const QString& name);
    /// Takes the first argument that is not an option.
    QString takeArgument();
    /// Takes the argument a sub-command acts on (an MRN, a user name, a device id). Without one it shows the usage
    /// with `missing` and returns nothing: the command ends with the status Usage.
    std::optional<QString> takeSubject(const QString& missing);
    /// The same for a sub-command that takes nothing else: anything left after the subject is a usage error too.
    std::optional<QString> takeOnlySubject(const QString& missing);
    /// True when `word` is one of the arguments left (a command's name, before it is taken).
    bool mentions(const QString& word) const;
    /// True when nothing is left of the command line.
    bool finishArguments() const;

    /// A wrong command line: the problem and the usage on stderr; returns Usage.
    int usage(const QString& problem = {});
    /// A failed command: its one-line reason on stderr; returns the exit status for the error's code.
    int fail(const Error& error);
    /// A result: `json` with --json, otherwise `text`; returns Success.
    int done(const QJsonValue& json, const QString& text);
    /// The end of a listing: the error, or each row as JSON (`toJson`) with --json, as text (`toText`) otherwise.
    template<typename Rows, typename ToJson, typename ToText>
    int list(const Result<Rows>& rows, ToJson toJson, ToText toText)
    {
        if (!rows)
            return fail(rows.error());
        QJsonArray json;
        QString text;
        for (const auto& row : rows.value()) {
            json.append(toJson(row));
            text += toText(row);
        }
        return done(json, text);
    }
    /// The end of a command that changed one thing: the error, or `{key: subject, "ok": true}` / `message`.
    int changed(const Status& result, const QString& key, const QString& subject, const QString& message);

    Terminal& terminal() { return *m_terminal; }
    /// The data folder's workspace; opened by the dispatcher for every command that uses one.
    Workspace& workspace() { return *m_workspace; }
    /// The data folder (--data, PULSEDESK_DATA or the default).
    const QString& dataDir() const { return m_dataDir; }
    /// The command's sub-command ("add" of `patient add`), for the commands that have one.
    const QString& action() const { return m_action; }

private:
    friend class Cli;

    QStringList m_args;
    QString m_dataDir;
    QString m_action;
    bool m_json = false;
    std::unique_ptr<Terminal> m_terminal;
    std::unique_ptr<Workspace> m_workspace;
};

/// The user a command acts as, logged in by the dispatcher.
struct Login
{
    Session& session;
    /// The password typed at the login; only for a command that needs it (LoginToChangePassword, LoginWithPassword).
    QString password;
};

/// What a command does once its user has logged in.
using Action = std::function<int(const Login&)>;
/// A command line read by a handler: an exit status (a usage error, or a command that needs no login and has
/// run), or the action the dispatcher runs after the login.
using Prepared = std::variant<int, Action>;
/// Reads the rest of the command line and either ends the command or hands back its action.
using Handler = Prepared (*)(Invocation& cli);

} // namespace pulsedesk::cli
