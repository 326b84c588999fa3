#pragma once

#include "common/Result.h"
#include "interfaces/InterfaceSettings.h"
#include "security/Session.h"

#include <QObject>

#include <memory>

namespace pulsedesk {

class AdtInterface;
class Outbox;
class OutboxSender;
class Workspace;

namespace hl7 {
class MllpListener;
}

/// The hospital interfaces of one process, on the thread of its owner's event loop (pulsedesk-cli monitor,
/// pulsedesk-server, the workstation's background thread): the ADT listener, the sender of window results (IHE
/// PCD-01) and that of alarm events (IHE PCD-04). Started by a logged-in admin, or by pulsedesk-server (whose
/// database role decides what it may write); ADT changes are audited under the interface's name.
class InterfaceService : public QObject
{
    Q_OBJECT

public:
    InterfaceService(Workspace& workspace, Session session, QObject* parent = nullptr);
    /// Run by the installation, not by a user: pulsedesk-server (no member of staff logs in; its database role
    /// decides what it may write) and the one-PC workstation (whoever is logged in), once an administrator has set
    /// the interfaces up. Settings it writes itself are audited under `serviceName`; patients the ADT feed creates
    /// are recorded as created by the first active administrator (patients.created_by names a member of staff).
    InterfaceService(Workspace& workspace, const QString& serviceName, QObject* parent = nullptr);
    ~InterfaceService() override;

    /// Starts what the configuration names (settings, with command-line overrides applied by the caller).
    Status start(const InterfaceConfig& config);
    void stop();

    /// One line for a console: counts only, no patient data.
    QString statusLine() const;

    AdtInterface* adt() const { return m_adt.get(); }
    hl7::MllpListener* listener() const { return m_listener.get(); }
    OutboxSender* results() const { return m_results.get(); }
    OutboxSender* alarms() const { return m_alarms.get(); }
    Outbox& outbox() const { return *m_outbox; }

private:
    Status startSender(const QString& address, const QString& destination, std::unique_ptr<OutboxSender>* sender);

    Workspace& m_workspace;
    Session m_session;
    QString m_serviceName; ///< "" when a logged-in administrator started the interfaces
    std::unique_ptr<Outbox> m_outbox;
    std::unique_ptr<AdtInterface> m_adt;
    std::unique_ptr<hl7::MllpListener> m_listener;
    std::unique_ptr<OutboxSender> m_results;
    std::unique_ptr<OutboxSender> m_alarms;
};

} // namespace pulsedesk
