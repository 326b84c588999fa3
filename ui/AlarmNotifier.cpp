#include "AlarmNotifier.h"

#include "AlarmLook.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace pulsedesk::ui {

AlarmNotifier::AlarmNotifier(QObject* parent)
    : QObject(parent)
    , m_pulse(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(alarmIcon(QApplication::style(), AlarmPriority::High), this);
        m_tray->setToolTip(tr("PulseDesk"));
        m_tray->show();
    }
    m_pulse->setInterval(180);
    connect(m_pulse, &QTimer::timeout, this, [this] {
        QApplication::beep();
        if (--m_pulsesLeft <= 0)
            m_pulse->stop();
    });
}

QString AlarmNotifier::message(const AlarmEvent& event)
{
    const Alarm& a = event.alarm;
    const bool announce = event.action == AlarmAction::Raised || event.action == AlarmAction::PriorityRaised
        || event.action == AlarmAction::Escalated || event.action == AlarmAction::AudioResumed;
    if (!announce || a.priority == AlarmPriority::Low)
        return {};
    const QString what = a.category ? categoryDisplayName(*a.category) : conditionDisplayName(a.condition);
    return event.bed.isEmpty()
        ? tr("%1 priority alarm: %2").arg(priorityDisplayName(a.priority), what)
        : tr("%1 priority alarm, bed %2: %3").arg(priorityDisplayName(a.priority), event.bed, what);
}

void AlarmNotifier::notify(const AlarmEvent& event)
{
    const QString text = message(event);
    if (text.isEmpty())
        return;
    m_last = text;
    const bool high = event.alarm.priority == AlarmPriority::High;
    if (m_tray)
        m_tray->showMessage(tr("PulseDesk alarm"), text, high ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning,
                            high ? 0 : 10'000);
    m_pulsesLeft = high ? 10 : 3;
    m_pulse->start();
}

} // namespace pulsedesk::ui
