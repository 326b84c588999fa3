#include "interfaces/WardInterfaces.h"

#include "workspace/Workspace.h"

#include <QCoreApplication>

namespace pulsedesk {

WardInterfaces::WardInterfaces(Workspace& workspace, WardService& ward, InterfaceConfig overrides, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_overrides(std::move(overrides))
    , m_service(workspace, QStringLiteral("pulsedesk-server"))
{
    connect(&ward, &WardService::stateChanged, this, &WardInterfaces::onStateChanged);
}

InterfaceConfig WardInterfaces::config() const
{
    InterfaceConfig config = InterfaceSettings(m_workspace.database(), m_workspace.audit()).read();
    if (!m_overrides.adtListen.isEmpty())
        config.adtListen = m_overrides.adtListen;
    if (!m_overrides.resultsTo.isEmpty())
        config.resultsTo = m_overrides.resultsTo;
    if (!m_overrides.alarmsTo.isEmpty())
        config.alarmsTo = m_overrides.alarmsTo;
    return config;
}

void WardInterfaces::onStateChanged(WardService::State state)
{
    if (state != WardService::State::Active) {
        if (m_running) {
            m_service.stop();
            m_running = false;
            emit stopped();
        }
        return;
    }
    if (m_running)
        return;
    const InterfaceConfig c = config();
    if (c.adtListen.isEmpty() && c.resultsTo.isEmpty() && c.alarmsTo.isEmpty())
        return;
    if (auto running = m_service.start(c); !running) {
        // The ward's pipeline goes on; the interfaces are tried again at the next takeover.
        m_service.stop();
        emit failed(running.errorMessage());
        return;
    }
    m_running = true;
    QStringList parts;
    if (!c.adtListen.isEmpty())
        parts << QCoreApplication::translate("WardInterfaces", "ADT on %1").arg(c.adtListen);
    if (!c.resultsTo.isEmpty())
        parts << QCoreApplication::translate("WardInterfaces", "results to %1").arg(c.resultsTo);
    if (!c.alarmsTo.isEmpty())
        parts << QCoreApplication::translate("WardInterfaces", "alarms to %1").arg(c.alarmsTo);
    emit started(parts.join(QStringLiteral(", ")));
}

} // namespace pulsedesk
