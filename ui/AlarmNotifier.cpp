#include "AlarmNotifier.h"

#include "AlarmLook.h"

#include <QApplication>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QBuffer>
#include <QMediaDevices>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace pulsedesk::ui {

namespace {

constexpr int WatchMs = 500;
constexpr int PaddingMs = 2'500;
/// Heard promptly (not after the sound server's default 2 s), with room for a busy GUI thread.
constexpr int SinkLatencyMs = 300;

QAudioFormat pcmFormat()
{
    QAudioFormat format;
    format.setSampleRate(AlarmSampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    return format;
}

} // namespace

AlarmNotifier::AlarmNotifier(OpenAlarms openAlarms, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_openAlarms(std::move(openAlarms))
    , m_clock(clock)
    , m_watch(new QTimer(this))
    , m_buffer(new QBuffer(this))
    , m_bell(new QTimer(this))
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(alarmIcon(QApplication::style(), AlarmPriority::High), this);
        m_tray->setToolTip(tr("PulseDesk"));
        m_tray->show();
    }
    m_bell->setSingleShot(true);
    connect(m_bell, &QTimer::timeout, this, &AlarmNotifier::ringNextBell);
    if (m_openAlarms) {
        (void)openSink(); // connects to the sound server now, not at the first alarm
        m_watch->setInterval(WatchMs);
        connect(m_watch, &QTimer::timeout, this, &AlarmNotifier::updateSound);
        m_watch->start();
    }
}

AlarmNotifier::~AlarmNotifier()
{
    stopSound();
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
    if (event.alarm.isSounding(m_clock.nowMs()))
        act(m_annunciator.announce(event.alarm.priority, m_clock.nowMs()));
}

void AlarmNotifier::updateSound()
{
    if (m_openAlarms)
        act(m_annunciator.update(m_openAlarms(), m_clock.nowMs()));
}

void AlarmNotifier::act(AlarmAnnunciator::Action action)
{
    switch (action) {
    case AlarmAnnunciator::Action::None:
        break;
    case AlarmAnnunciator::Action::Play:
        play(*m_annunciator.priority());
        break;
    case AlarmAnnunciator::Action::Stop:
        stopSound();
        break;
    }
}

bool AlarmNotifier::hasSoundDevice() const
{
    return !QMediaDevices::defaultAudioOutput().isNull();
}

bool AlarmNotifier::openSink()
{
    if (m_sink)
        return true;
    // Looked for again at every burst while there is none: a sound server that starts late, or a speaker
    // plugged in, is used from the next alarm on.
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || !device.isFormatSupported(pcmFormat()))
        return false;
    m_sink = new QAudioSink(device, pcmFormat(), this);
    m_sink->setBufferSize(qsizetype(SinkLatencyMs) * AlarmSampleRate / 1000 * 2);
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::IdleState && m_buffer->isOpen() && m_buffer->atEnd()) {
            // The burst and the silence after it are all handed to the sound server. (Idle also comes with an
            // underrun while data is left, when the GUI thread was busy: the sink then resumes by itself.)
            stopSound();
        } else if (state == QAudio::StoppedState && m_sink->error() != QAudio::NoError && m_buffer->isOpen()) {
            // The sound server went away mid-burst: the bell finishes it, and the next burst looks again.
            const std::optional<AlarmPriority> priority = m_annunciator.priority();
            m_buffer->close();
            m_sink->deleteLater();
            m_sink = nullptr;
            if (priority)
                ringBurst(*priority);
        }
    });
    return true;
}

void AlarmNotifier::play(AlarmPriority priority)
{
    const std::optional<AlarmSignal> signal = alarmSignal(priority);
    if (!signal)
        return;
    stopSound();
    ++m_bursts;
    if (openSink()) {
        // Silence after the burst: the sound server may hold up to 2 s of sound before it is heard, and stopping
        // the sink drops what it holds. Stopped once all is handed over, the burst is heard out whole.
        QByteArray& pcm = m_rendered[priority]; // rendered once per priority, not at every burst
        if (pcm.isEmpty()) {
            pcm = renderAlarmSignal(*signal);
            pcm.append(QByteArray(qsizetype(PaddingMs) * AlarmSampleRate / 1000 * 2, '\0'));
        }
        m_buffer->setData(pcm);
        m_buffer->open(QIODevice::ReadOnly);
        m_sink->start(m_buffer);
        if (m_sink->error() == QAudio::NoError)
            return;
        m_sink->stop();
        m_buffer->close();
    }
    ringBurst(priority);
}

void AlarmNotifier::ringBurst(AlarmPriority priority)
{
    // No sound device, or it failed: the system bell, once per pulse, keeps the rhythm.
    m_bellAtMs.clear();
    if (const std::optional<AlarmSignal> signal = alarmSignal(priority)) {
        for (const AlarmPulse& pulse : signal->pulses)
            m_bellAtMs.push_back(pulse.startMs);
    }
    m_bellStarted.start();
    ringNextBell();
}

void AlarmNotifier::ringNextBell()
{
    if (m_bellAtMs.empty())
        return;
    QApplication::beep();
    m_bellAtMs.erase(m_bellAtMs.begin());
    if (m_bellAtMs.empty())
        return;
    m_bell->start(int(std::max<qint64>(0, m_bellAtMs.front() - m_bellStarted.elapsed())));
}

bool AlarmNotifier::isSounding() const
{
    return (m_sink && m_sink->state() == QAudio::ActiveState) || !m_bellAtMs.empty();
}

void AlarmNotifier::stopSound()
{
    m_bell->stop();
    m_bellAtMs.clear();
    if (m_sink && m_sink->state() != QAudio::StoppedState)
        m_sink->stop();
    if (m_buffer->isOpen())
        m_buffer->close();
}

} // namespace pulsedesk::ui
