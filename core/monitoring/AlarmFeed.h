#pragma once

#include "alarms/AlarmEngine.h"

#include <QObject>

#include <vector>

namespace pulsedesk {

/// Where a workstation's alarms come from: its own live analysis (AnalysisService, one PC) or the ward server's
/// store (AlarmFollower). Both announce each change as an AlarmEvent (queued to the receiver's thread) and give the
/// open alarms, which the alarm sound follows.
class AlarmFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual std::vector<Alarm> openAlarms() const = 0;
    /// Re-reads the alarms now (after an acknowledgement made here) instead of at the next tick.
    virtual void nudge() = 0;

signals:
    void alarmEvent(const pulsedesk::AlarmEvent& event);
};

} // namespace pulsedesk

Q_DECLARE_METATYPE(pulsedesk::AlarmEvent)
