#include "AlarmLook.h"

#include <QStyle>

namespace pulsedesk::ui {

QColor alarmColour(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::High:
        return {0xd3, 0x2f, 0x2f};
    case AlarmPriority::Medium:
        return {0xf9, 0xd2, 0x3c};
    case AlarmPriority::Low:
        return {0x4d, 0xd0, 0xe1};
    }
    return {};
}

QIcon alarmIcon(const QStyle* style, AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::High:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case AlarmPriority::Medium:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case AlarmPriority::Low:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

bool alarmFlashes(AlarmPriority priority, bool acknowledged)
{
    return !acknowledged && priority != AlarmPriority::Low;
}

bool alarmLit(AlarmPriority priority, bool acknowledged, qint64 nowMs)
{
    if (!alarmFlashes(priority, acknowledged))
        return true;
    const qint64 period = priority == AlarmPriority::High ? HighFlashPeriodMs : MediumFlashPeriodMs;
    return nowMs % period < period / 2;
}

} // namespace pulsedesk::ui
