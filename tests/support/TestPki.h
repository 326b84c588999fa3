#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// Certificates for a test, made with OpenSSL in a temporary folder of their own: certificate authorities, and keys
/// with the certificates a CA signs for a server (subjectAltName IP:127.0.0.1) or a client.
class TestPki
{
public:
    /// The path of a file in the folder ("ca.crt", "server.key").
    QString file(const QString& name) const { return m_dir.filePath(name); }
    /// `name`.key and a self-signed `name`.crt.
    bool makeCa(const QString& name);
    /// `name`.key and `name`.crt for `subject`, signed by the CA `ca`: a server's certificate for the address
    /// 127.0.0.1, or a client's (clientAuth).
    bool makeSigned(const QString& name, const QString& subject, bool server, const QString& ca = QStringLiteral("ca"));

private:
    bool openssl(const QStringList& args) const;

    QTemporaryDir m_dir;
};

} // namespace pulsedesk::test
