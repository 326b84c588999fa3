#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace pulsedesk::test {

/// What a run of pulsedesk-cli gave.
struct CliRun
{
    int exitCode = -1; ///< -1 when it did not start or did not end in time
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    QJsonObject object() const { return json().object(); }
};

/// Runs the real pulsedesk-cli (the PULSEDESK_CLI environment variable, set by CTest) with `args`, writes `input` to
/// its standard input and closes it (passwords, for --password-stdin), and waits up to `timeoutMs` for it to end.
CliRun runCli(const QStringList& args, const QByteArray& input = {}, int timeoutMs = 60'000);

} // namespace pulsedesk::test
