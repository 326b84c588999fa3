#pragma once

#include "alarms/AlarmEngine.h"

#include <QColor>
#include <QIcon>

class QStyle;

namespace pulsedesk::ui {

/// How an alarm priority looks everywhere in the workstation: the IEC 60601-1-8 colour (high red, medium
/// yellow, low cyan) and an icon, so that priority never relies on colour alone.
QColor alarmColour(AlarmPriority priority);
QIcon alarmIcon(const QStyle* style, AlarmPriority priority);

/// IEC 60601-1-8 visual alarm signals: an unacknowledged high-priority alarm flashes at 2 Hz and a medium one at
/// 0.67 Hz, each lit for half of its period (the standard asks 1.4–2.8 Hz and 0.4–0.8 Hz with a duty cycle of
/// 20–60 %). Low-priority and acknowledged alarms stay lit. The icon and the words never flash.
constexpr int HighFlashPeriodMs = 500;
constexpr int MediumFlashPeriodMs = 1500;
/// Views showing a flashing alarm repaint this often: both periods are whole multiples of it.
constexpr int FlashTickMs = 250;
bool alarmFlashes(AlarmPriority priority, bool acknowledged);
/// Whether the alarm's colour is shown at this moment (the wall clock keeps every view in step).
bool alarmLit(AlarmPriority priority, bool acknowledged, qint64 nowMs);

} // namespace pulsedesk::ui
