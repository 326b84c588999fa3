#pragma once

#include "alarms/AlarmEngine.h"
#include "alarms/AlarmSound.h"
#include "common/Clock.h"

#include <QElapsedTimer>
#include <QObject>

#include <functional>
#include <map>
#include <vector>

class QAudioSink;
class QBuffer;
class QSystemTrayIcon;
class QTimer;

namespace pulsedesk::ui {

/// Makes high and medium alarms heard and seen outside the window. New, escalated and resumed alarms give a
/// desktop notification (system tray); the loudest alarm still sounding is heard as its IEC 60601-1-8 burst
/// (AlarmSound: high and medium differ in rhythm, tempo and pitch), repeated until it is acknowledged, paused or
/// over. It goes on while the screen is locked, so what it shows is the bed and the priority only, never a name.
/// Without a sound device it falls back to the system bell in the same rhythm.
class AlarmNotifier : public QObject
{
    Q_OBJECT

public:
    using OpenAlarms = std::function<std::vector<pulsedesk::Alarm>()>;
    /// `openAlarms` gives the open alarms as the live analysis sees them; it is asked twice a second.
    explicit AlarmNotifier(OpenAlarms openAlarms = {}, const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~AlarmNotifier() override;

    void notify(const pulsedesk::AlarmEvent& event);
    /// Looks at the open alarms now: starts, repeats or stops the sound.
    void updateSound();
    /// The text of a notification for this event, or empty when the event gives none.
    static QString message(const AlarmEvent& event);
    QString lastMessage() const { return m_last; }

    /// What was last heard, and how many bursts so far; whether one is still being handed to the sound device.
    std::optional<AlarmPriority> lastBurst() const { return m_annunciator.priority(); }
    int burstsStarted() const { return m_bursts; }
    bool isSounding() const;
    /// True when bursts go to a sound device, false when they fall back to the system bell.
    bool hasSoundDevice() const;

private:
    void act(AlarmAnnunciator::Action action);
    void play(AlarmPriority priority);
    bool openSink();
    void ringBurst(AlarmPriority priority);
    void stopSound();
    void ringNextBell();

    OpenAlarms m_openAlarms;
    const Clock& m_clock;
    AlarmAnnunciator m_annunciator;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer* m_watch = nullptr;
    QAudioSink* m_sink = nullptr;
    QBuffer* m_buffer = nullptr;
    std::map<AlarmPriority, QByteArray> m_rendered; ///< each priority's burst and the silence after it
    QTimer* m_bell = nullptr;
    std::vector<int> m_bellAtMs; ///< the fallback: the pulses of the burst still to ring, from its start
    QElapsedTimer m_bellStarted;
    int m_bursts = 0;
    QString m_last;
};

} // namespace pulsedesk::ui
