#include "Cli.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULSEDESK_VERSION));
    pulsedesk::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
