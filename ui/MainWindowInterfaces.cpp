// MainWindow's hospital interfaces on one PC: the workstation is the only process there, so it runs the ADT
// listener and the outbox senders itself, on the background runner's thread (they use the store, which only that
// thread touches, and their sockets need that thread's event loop). On a ward server pulsedesk-server runs them.
#include "InterfacesScreen.h"
#include "MainWindow.h"
#include "interfaces/InterfaceService.h"
#include "interfaces/InterfaceSettings.h"
#include "workspace/Workspace.h"

namespace pulsedesk::ui {

namespace {

struct Running
{
    QString text;
    bool error = false;
};

} // namespace

void MainWindow::startInterfaces()
{
    m_interfacesStarted = true;
    if (!m_interfaces)
        m_interfaces = std::make_shared<std::unique_ptr<InterfaceService>>();
    const std::shared_ptr<std::unique_ptr<InterfaceService>> holder = m_interfaces;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [holder, workspace]() -> Running {
            holder->reset(); // stops what ran with the former settings
            const InterfaceConfig config = InterfaceSettings(workspace->database(), workspace->audit()).read();
            if (config.adtListen.isEmpty() && config.resultsTo.isEmpty() && config.alarmsTo.isEmpty())
                return {tr("No interface is set up."), false};
            auto service = std::make_unique<InterfaceService>(*workspace, QStringLiteral("pulsedesk-workstation"));
            if (auto started = service->start(config); !started)
                return {tr("The interfaces could not start: %1").arg(started.errorMessage()), true};
            *holder = std::move(service);
            QStringList parts;
            if (!config.adtListen.isEmpty())
                parts << tr("ADT listening on %1").arg(config.adtListen);
            if (!config.resultsTo.isEmpty())
                parts << tr("results to %1").arg(config.resultsTo);
            if (!config.alarmsTo.isEmpty())
                parts << tr("alarms to %1").arg(config.alarmsTo);
            return {tr("Running on this workstation: %1.").arg(parts.join(QStringLiteral(", "))), false};
        },
        [this](const Running& running) { m_interfacesScreen->showRunning(running.text, running.error); });
}

void MainWindow::stopInterfaces()
{
    if (!m_interfaces)
        return;
    // Deleted on the runner's thread, where it was made.
    m_context.runner->post([holder = m_interfaces] { holder->reset(); });
}

} // namespace pulsedesk::ui
