#include "TestPki.h"

#include <QDebug>
#include <QFile>
#include <QProcess>

namespace pulsedesk::test {

bool TestPki::openssl(const QStringList& args) const
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        qWarning() << "openssl" << args << p.readAllStandardError();
        return false;
    }
    return true;
}

bool TestPki::makeCa(const QString& name)
{
    return openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral(".key"), QStringLiteral("-out"), name + QStringLiteral(".crt"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=%1").arg(name)});
}

bool TestPki::makeSigned(const QString& name, const QString& subject, bool server, const QString& ca)
{
    if (!openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                  QStringLiteral("-nodes"), QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                  QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                  QStringLiteral("/CN=%1").arg(subject)}))
        return false;
    QFile ext(file(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    ext.write(server ? "subjectAltName=IP:127.0.0.1\n" : "extendedKeyUsage=clientAuth\n");
    ext.close();
    return openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), ca + QStringLiteral(".crt"),
                    QStringLiteral("-CAkey"), ca + QStringLiteral(".key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), name + QStringLiteral(".crt"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), QStringLiteral("ext.cnf")});
}

} // namespace pulsedesk::test
