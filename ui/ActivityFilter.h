#pragma once

#include <QObject>

namespace pulsedesk {
class InactivityMonitor;
}

namespace pulsedesk::ui {

/// Application-wide event filter that tells the inactivity monitor about every key press, click, wheel and
/// mouse move, so the auto-lock timer restarts whenever someone uses the workstation.
class ActivityFilter : public QObject
{
    Q_OBJECT

public:
    ActivityFilter(InactivityMonitor& monitor, QObject* parent = nullptr);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    InactivityMonitor& m_monitor;
};

} // namespace pulsedesk::ui
