#pragma once

#include "common/Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QTcpServer>

#include <functional>
#include <map>
#include <memory>

class QTcpSocket;

namespace pulsedesk::hl7 {

class MllpFramer;

/// Where and how an MLLP listener accepts connections.
struct ListenerOptions
{
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; ///< 0 picks a free port (tests)
    QString certificateFile; ///< PEM; TLS when set, with keyFile
    QString keyFile;
    /// Peers allowed to connect: addresses or subnets ("10.1.2.3", "10.1.0.0/16"); empty allows every peer.
    QList<QPair<QHostAddress, int>> allowedPeers;
    qsizetype maxMessageBytes = 1024 * 1024;

    /// Reads "10.1.2.3, 10.1.0.0/16"; the error names the first entry that is not an address or subnet.
    static Result<QList<QPair<QHostAddress, int>>> parsePeers(const QString& text);
};

/// An MLLP server on the thread of its owner's event loop: every complete message is handed to the handler,
/// whose answer is sent back on the same connection before the next message of that connection is read. A
/// handler that returns no answer closes the connection (the sender will send again). Peers not allowed, bytes
/// outside frames and frames over the size limit close the connection.
class MllpListener : public QTcpServer
{
    Q_OBJECT

public:
    using Handler = std::function<QByteArray(const QByteArray& message, const QHostAddress& peer)>;

    explicit MllpListener(Handler handler, QObject* parent = nullptr);
    ~MllpListener() override;

    Status start(const ListenerOptions& options);
    quint16 port() const { return serverPort(); }

    struct Counts
    {
        qint64 connections = 0;
        qint64 refused = 0; ///< peers not allowed
        qint64 messages = 0;
        qint64 protocolErrors = 0;
    };
    Counts counts() const { return m_counts; }

signals:
    /// A connection was closed for a reason (peer not allowed, protocol error, TLS failure); no patient data.
    void problem(const QString& reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void serve(QTcpSocket* socket);
    void readFrom(QTcpSocket* socket);
    /// Closes a connection and forgets it.
    void drop(QTcpSocket* socket);
    bool allowed(const QHostAddress& peer) const;

    Handler m_handler;
    ListenerOptions m_options;
    QByteArray m_certificate;
    QByteArray m_key;
    Counts m_counts;
    std::map<QTcpSocket*, std::unique_ptr<MllpFramer>> m_framers; ///< one per open connection
};

} // namespace pulsedesk::hl7
