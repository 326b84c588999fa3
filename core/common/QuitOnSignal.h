#pragma once

#include <QTimer>

namespace pulsedesk {

/// Ends the application's event loop (QCoreApplication::quit) on SIGINT or SIGTERM, for the services that run until
/// stopped (`pulsedesk-cli monitor`, pulsedesk-server): the handler only notes the signal, and a timer on the event
/// loop's thread quits, so the service stops in order. The default handlers are back when the object goes.
class QuitOnSignal
{
public:
    QuitOnSignal();
    ~QuitOnSignal();
    QuitOnSignal(const QuitOnSignal&) = delete;
    QuitOnSignal& operator=(const QuitOnSignal&) = delete;

private:
    QTimer m_check;
};

} // namespace pulsedesk
