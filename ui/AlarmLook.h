#pragma once

#include "analysis/AlarmEngine.h"

#include <QColor>
#include <QIcon>

class QStyle;

namespace pulsedesk::ui {

/// How an alarm priority looks everywhere in the workstation: the IEC 60601-1-8 colour (high red, medium
/// yellow, low cyan) and an icon, so that priority never relies on colour alone.
QColor alarmColour(AlarmPriority priority);
QIcon alarmIcon(const QStyle* style, AlarmPriority priority);

} // namespace pulsedesk::ui
