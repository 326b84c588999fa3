#include "Cli.h"
#include "security/ProcessHardening.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    // The reports lay text out with QtGui, which needs a GUI application: on the offscreen platform, so that the
    // command stays headless. Every other command keeps the plain core application.
    bool report = false;
    for (int i = 1; i < argc; ++i)
        report = report || qstrcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> application;
    if (report) {
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
