#include "Cli.h"
#include "security/ProcessHardening.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

/// `bench chart` and `bench ward` draw the real widgets; every other command runs without a GUI.
bool needsWidgets(int argc, char* argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "bench") == 0)
            return qstrcmp(argv[i + 1], "chart") == 0 || qstrcmp(argv[i + 1], "ward") == 0;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    std::unique_ptr<QCoreApplication> application;
    if (needsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULSEDESK_VERSION));
    pulsedesk::cli::Cli cli;
    return cli.run(QCoreApplication::arguments());
}
