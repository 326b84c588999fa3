#pragma once

#include "analysis/AlarmEngine.h"

#include <QObject>

class QSystemTrayIcon;
class QTimer;

namespace pulsedesk::ui {

/// Makes new high and medium alarms heard and seen outside the window: a desktop notification (system tray)
/// and an audible burst, ten pulses for high and three for medium (the IEC 60601-1-8 pattern lengths). It goes
/// on while the screen is locked, so what it shows is the bed and the priority only, never a name.
class AlarmNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlarmNotifier(QObject* parent = nullptr);

    void notify(const pulsedesk::AlarmEvent& event);
    /// The text of a notification for this event, or empty when the event gives none.
    static QString message(const AlarmEvent& event);
    QString lastMessage() const { return m_last; }

private:
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_pulse = nullptr;
    int m_pulsesLeft = 0;
    QString m_last;
};

} // namespace pulsedesk::ui
