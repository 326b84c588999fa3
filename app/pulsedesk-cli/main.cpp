#include "Cli.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

namespace {

/// `report` and `export patient-copy` write PDFs, whose text layout needs a GUI application: offscreen, so the
/// command line stays headless. Every other command runs on a plain core application.
bool rendersPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "patient-copy") == 0 || std::strcmp(argv[i], "report") == 0)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    std::unique_ptr<QCoreApplication> application;
    if (rendersPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULSEDESK_VERSION));
    pulsedesk::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
