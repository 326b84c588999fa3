#pragma once

#include "interfaces/InterfaceService.h"
#include "interfaces/InterfaceSettings.h"
#include "monitoring/WardService.h"

#include <QObject>

namespace pulsedesk {

class Workspace;

/// The hospital interfaces of pulsedesk-server, run only by the ward's active instance: a standby neither listens
/// for ADT nor sends. When its WardService becomes active (it took the lock over), the interfaces start with the
/// ward's stored interface settings as they are then, each replaced by its command-line override if one was given;
/// when it stops or loses the lock, they stop. The outbox is in the ward's database and an entry is marked
/// acknowledged only once its destination answered AA, so the instance that takes over resends what was not
/// acknowledged (with the same control id) and nothing acknowledged again.
class WardInterfaces : public QObject
{
    Q_OBJECT

public:
    /// `overrides`: --adt-listen, --results-to, --alarms-to; an empty field keeps the stored setting.
    WardInterfaces(Workspace& workspace, WardService& ward, InterfaceConfig overrides, QObject* parent = nullptr);

    /// The settings in force: the stored ones with the overrides applied.
    InterfaceConfig config() const;
    bool isRunning() const { return m_running; }
    InterfaceService& service() { return m_service; }

signals:
    /// What started ("ADT on 0.0.0.0:2575, results to ehr:2575"), or why nothing could; for the service's log.
    void started(const QString& what);
    void failed(const QString& why);
    void stopped();

private:
    void onStateChanged(WardService::State state);

    Workspace& m_workspace;
    InterfaceConfig m_overrides;
    InterfaceService m_service;
    bool m_running = false;
};

} // namespace pulsedesk
