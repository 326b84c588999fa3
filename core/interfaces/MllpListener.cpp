#include "interfaces/MllpListener.h"

#include "interfaces/Mllp.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>

namespace pulsedesk::hl7 {

namespace {

QString translated(const char* source)
{
    return QCoreApplication::translate("MllpListener", source);
}

} // namespace

Result<QList<QPair<QHostAddress, int>>> ListenerOptions::parsePeers(const QString& text)
{
    QList<QPair<QHostAddress, int>> peers;
    for (const QString& entry : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        QPair<QHostAddress, int> subnet = entry.contains(QLatin1Char('/'))
            ? QHostAddress::parseSubnet(entry)
            : qMakePair(QHostAddress(entry),
                        QHostAddress(entry).protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32);
        if (subnet.first.isNull())
            return Error {
                Error::Code::Invalid,
                translated("\"%1\" is not an address or a subnet (such as 10.1.0.0/16).").arg(entry.left(60))};
        peers.append(subnet);
    }
    return peers;
}

MllpListener::MllpListener(Handler handler, QObject* parent)
    : QTcpServer(parent)
    , m_handler(std::move(handler))
{ }

MllpListener::~MllpListener() = default;

Status MllpListener::start(const ListenerOptions& options)
{
    m_options = options;
    if (!options.certificateFile.isEmpty()) {
        if (!QSslSocket::supportsSsl())
            return Error {Error::Code::Storage, translated("TLS is not available on this system.")};
        const auto read = [](const QString& path, QByteArray* out) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return false;
            *out = file.readAll();
            return true;
        };
        if (!read(options.certificateFile, &m_certificate) || QSslCertificate(m_certificate).isNull())
            return Error {Error::Code::Invalid,
                          translated("The TLS certificate %1 cannot be read as PEM.").arg(options.certificateFile)};
        if (!read(options.keyFile.isEmpty() ? options.certificateFile : options.keyFile, &m_key)
            || (QSslKey(m_key, QSsl::Rsa).isNull() && QSslKey(m_key, QSsl::Ec).isNull()))
            return Error {Error::Code::Invalid,
                          translated("The TLS key %1 cannot be read as an unencrypted PEM key.")
                              .arg(options.keyFile.isEmpty() ? options.certificateFile : options.keyFile)};
    }
    if (!listen(options.address, options.port))
        return Error {Error::Code::Storage,
                      translated("Cannot listen on %1:%2: %3")
                          .arg(options.address.toString())
                          .arg(options.port)
                          .arg(errorString())};
    return {};
}

bool MllpListener::allowed(const QHostAddress& peer) const
{
    if (m_options.allowedPeers.isEmpty())
        return true;
    // An IPv4 peer on a dual-stack socket arrives as ::ffff:a.b.c.d.
    bool isV4 = false;
    const QHostAddress v4(peer.toIPv4Address(&isV4));
    for (const auto& subnet : m_options.allowedPeers) {
        if (peer.isInSubnet(subnet) || (isV4 && v4.isInSubnet(subnet)))
            return true;
    }
    return false;
}

void MllpListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket* socket = nullptr;
    if (!m_certificate.isEmpty()) {
        auto* tls = new QSslSocket(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(m_certificate));
        QSslKey key(m_key, QSsl::Rsa);
        config.setPrivateKey(key.isNull() ? QSslKey(m_key, QSsl::Ec) : key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(config);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        socket->deleteLater();
        return;
    }
    ++m_counts.connections;
    if (!allowed(socket->peerAddress())) {
        ++m_counts.refused;
        emit problem(translated("A connection from %1, which is not an allowed peer, was closed.")
                         .arg(socket->peerAddress().toString()));
        socket->abort();
        socket->deleteLater();
        return;
    }
    serve(socket);
    if (auto* tls = qobject_cast<QSslSocket*>(socket)) {
        connect(tls, &QSslSocket::sslErrors, tls, [this, tls](const QList<QSslError>& errors) {
            emit problem(
                translated("TLS with %1 failed: %2").arg(tls->peerAddress().toString(), errors.value(0).errorString()));
        });
        tls->startServerEncryption();
    }
}

void MllpListener::serve(QTcpSocket* socket)
{
    m_framers.emplace(socket, std::make_unique<MllpFramer>(m_options.maxMessageBytes));
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QObject::destroyed, this, [this, socket] { m_framers.erase(socket); });
}

void MllpListener::readFrom(QTcpSocket* socket)
{
    const auto found = m_framers.find(socket);
    if (found == m_framers.end())
        return;
    MllpFramer& framer = *found->second;
    if (!framer.feed(socket->readAll())) {
        ++m_counts.protocolErrors;
        emit problem(
            translated("A connection from %1 was closed: %2").arg(socket->peerAddress().toString(), framer.error()));
        drop(socket);
        return;
    }
    for (const QByteArray& message : framer.takeFrames()) {
        ++m_counts.messages;
        const QByteArray answer = m_handler(message, socket->peerAddress());
        if (answer.isEmpty()) {
            drop(socket);
            return;
        }
        socket->write(MllpFramer::frame(answer));
    }
}

void MllpListener::drop(QTcpSocket* socket)
{
    m_framers.erase(socket);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

} // namespace pulsedesk::hl7
