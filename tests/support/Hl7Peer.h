#pragma once

#include <QJsonArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// The MLLP peer of the interface tests: tests/support/hl7_peer.py on Debian's python3-hl7, which shares no code
/// with PulseDesk. It runs as a child process while the caller's event loop keeps turning, so a listener on this
/// thread answers it.
struct Hl7Request
{
    QString text; ///< segments separated by "\r"
    QString encoding = QStringLiteral("utf-8"); ///< as Python names it: utf-8, latin-1, ascii
};

/// Sends the messages on one connection and returns what the peer read back: per message an object with "ack",
/// "code" (MSA-1), "control_id" (MSA-2), "text" (MSA-3), "error" (ERR-3.1), or "parse_error".
QJsonArray sendHl7(quint16 port, const QList<Hl7Request>& requests);

/// The peer as a server: every message it received is one JSON line of its log.
class Hl7PeerServer
{
public:
    ~Hl7PeerServer();
    /// Starts the peer on a free loopback port; `arguments` as hl7_peer.py serve takes them (--reject A01 ...).
    bool start(const QStringList& arguments = {});
    /// Ends it with SIGKILL (as an outage), keeping its log.
    void kill();
    quint16 port() const { return m_port; }
    /// The messages received so far, each {"control_id", "type", "version", "obx", "pid", "nte"}; an "obx" row
    /// holds OBX-3, -4, -5, -6, -11, -18, -8, -17 and -14.
    QJsonArray received() const;

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace pulsedesk::test
