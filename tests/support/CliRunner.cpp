#include "CliRunner.h"

#include <QProcess>

namespace pulsedesk::test {

CliRun runCli(const QStringList& args, const QByteArray& input, int timeoutMs)
{
    QProcess p;
    p.start(qEnvironmentVariable("PULSEDESK_CLI"), args);
    if (!p.waitForStarted(10'000))
        return {};
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5'000);
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace pulsedesk::test
