#include "interfaces/InterfaceService.h"

#include "interfaces/AdtInterface.h"
#include "interfaces/MllpListener.h"
#include "interfaces/Outbox.h"
#include "interfaces/OutboxSender.h"
#include "interfaces/PcdMessages.h"
#include "security/Permissions.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QHostInfo>

namespace pulsedesk {

InterfaceService::InterfaceService(Workspace& workspace, Session session, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_session(std::move(session))
    , m_outbox(std::make_unique<Outbox>(workspace.database(), workspace.audit(), workspace.clock()))
{ }

InterfaceService::InterfaceService(Workspace& workspace, const QString& serviceName, QObject* parent)
    : InterfaceService(workspace, Session {}, parent)
{
    m_serviceName = serviceName;
}

InterfaceService::~InterfaceService()
{
    stop();
}

Status InterfaceService::start(const InterfaceConfig& config)
{
    if (config.adtListen.isEmpty() && config.resultsTo.isEmpty() && config.alarmsTo.isEmpty())
        return {};
    if (!m_serviceName.isEmpty()) {
        QSqlDatabase db = m_workspace.database().connection();
        const qint64 admin = Sql::scalar(db,
                                         QStringLiteral("SELECT min(id) FROM users WHERE role = 'admin' AND "
                                                        "active = 1"))
                                 .toLongLong();
        if (admin <= 0)
            return Error {Error::Code::NotFound,
                          QCoreApplication::translate("InterfaceService", "The ward has no active administrator.")};
        m_session.userId = admin;
        m_session.username = m_serviceName;
        m_session.role = Role::Admin;
    } else if (auto allowed = Permissions::require(m_session, Permission::ManageSettings); !allowed) {
        // The interfaces change patients and send their data: an administrator starts them, as they set them up.
        return allowed;
    }
    if (!config.adtListen.isEmpty()) {
        auto at = HostPort::parse(config.adtListen);
        if (!at)
            return at.error();
        hl7::ListenerOptions options;
        options.address = QHostAddress(at->host);
        if (options.address.isNull()) {
            const QHostInfo info = QHostInfo::fromName(at->host);
            if (info.addresses().isEmpty())
                return Error {Error::Code::Invalid,
                              QCoreApplication::translate("InterfaceService", "The address %1 cannot be resolved.")
                                  .arg(at->host)};
            options.address = info.addresses().first();
        }
        options.port = at->port;
        options.certificateFile = config.certificateFile;
        options.keyFile = config.keyFile;
        auto peers = hl7::ListenerOptions::parsePeers(config.allowedPeers);
        if (!peers)
            return peers.error();
        options.allowedPeers = peers.value();
        m_adt =
            std::make_unique<AdtInterface>(m_workspace.database(), m_workspace.audit(), m_workspace.clock(), m_session);
        m_listener = std::make_unique<hl7::MllpListener>(
            [this](const QByteArray& raw, const QHostAddress& peer) { return m_adt->handle(raw, peer.toString()); });
        if (auto started = m_listener->start(options); !started)
            return started;
    }
    if (auto started = startSender(config.resultsTo, QStringLiteral("results"), &m_results); !started)
        return started;
    return startSender(config.alarmsTo, QStringLiteral("alarms"), &m_alarms);
}

Status InterfaceService::startSender(const QString& address, const QString& destination,
                                     std::unique_ptr<OutboxSender>* sender)
{
    if (address.isEmpty())
        return {};
    auto to = HostPort::parse(address);
    if (!to)
        return to.error();
    InterfaceSettings settings(m_workspace.database(), m_workspace.audit());
    if (auto queued = m_serviceName.isEmpty() ? settings.enableQueue(m_session, destination)
                                              : settings.enableQueueForService(m_serviceName, destination);
        !queued)
        return queued;
    const OutboxSender::Renderer renderer =
        destination == QLatin1String("results") ? &pcd::resultMessage : &pcd::alarmMessage;
    *sender = std::make_unique<OutboxSender>(m_workspace.database(), *m_outbox, destination, renderer);
    (*sender)->start(to.value());
    return {};
}

void InterfaceService::stop()
{
    if (m_results)
        m_results->stop();
    if (m_alarms)
        m_alarms->stop();
    if (m_listener)
        m_listener->close();
}

QString InterfaceService::statusLine() const
{
    QString line;
    if (m_adt) {
        const AdtInterface::Counts c = m_adt->counts();
        line += QCoreApplication::translate("InterfaceService", "ADT accepted %1 repeats %2 errors %3 rejected %4")
                    .arg(c.accepted)
                    .arg(c.repeats)
                    .arg(c.errors)
                    .arg(c.rejected);
    }
    if (m_results) {
        const OutboxSender::Counts c = m_results->counts();
        if (!line.isEmpty())
            line += QStringLiteral("  ");
        line += QCoreApplication::translate("InterfaceService", "results sent %1 acknowledged %2 refused %3%4")
                    .arg(c.sent)
                    .arg(c.acknowledged)
                    .arg(c.refused)
                    .arg(m_results->lastProblem().isEmpty()
                             ? QString()
                             : QStringLiteral(" (%1)").arg(m_results->lastProblem().left(120)));
    }
    if (m_alarms) {
        const OutboxSender::Counts c = m_alarms->counts();
        line += QCoreApplication::translate("InterfaceService", "  alarms sent %1 acknowledged %2 refused %3")
                    .arg(c.sent)
                    .arg(c.acknowledged)
                    .arg(c.refused);
    }
    return line;
}

} // namespace pulsedesk
