#include "ActivityFilter.h"

#include "security/InactivityMonitor.h"

#include <QEvent>

namespace pulsedesk::ui {

ActivityFilter::ActivityFilter(InactivityMonitor& monitor, QObject* parent)
    : QObject(parent)
    , m_monitor(monitor)
{ }

bool ActivityFilter::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::ShortcutOverride:
        m_monitor.noteActivity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace pulsedesk::ui
