#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// A private PulseAudio server with one silent sink ("ward"), on a socket in a temporary folder, so widget tests
/// can check what the workstation really plays: start() it before the process first asks for sound devices, and
/// PULSE_SERVER points the process at it. record() captures what reaches the sink, as 16-bit mono PCM.
class SoundServer
{
public:
    SoundServer() = default;
    ~SoundServer();
    SoundServer(const SoundServer&) = delete;
    SoundServer& operator=(const SoundServer&) = delete;

    /// Starts the server and sets PULSE_SERVER for this process; false (with error()) if it did not come up.
    bool start();
    QString error() const { return m_error; }

    /// Starts capturing the sink's output at `sampleRate`; takeRecording() stops and returns it. The capture
    /// arrives with some delay: wait until recordedMs() covers what was played before taking it.
    bool startRecording(int sampleRate);
    qint64 recordedMs() const;
    QByteArray recordedSoFar() const { return m_recorded; }
    QByteArray takeRecording();

    /// The number of streams playing into the server now.
    int playingStreams() const;

private:
    QStringList clientArguments() const;

    QTemporaryDir m_dir;
    QProcess m_server;
    QProcess m_recorder;
    QByteArray m_recorded;
    int m_recordRate = 0;
    QString m_error;
};

} // namespace pulsedesk::test
