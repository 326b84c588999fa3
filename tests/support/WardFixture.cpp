#include "WardFixture.h"

#include "WardCli.h"

#include <QDateTime>
#include <QFile>

namespace pulsedesk::test {

bool WardFixture::start(QString* error)
{
    if (qEnvironmentVariableIsEmpty("PULSEDESK_SERVER_PROGRAM")) {
        *error = QStringLiteral("PULSEDESK_SERVER_PROGRAM must point at pulsedesk-server");
        return false;
    }
    if (!m_broker.start()) {
        *error = QStringLiteral("the broker did not start");
        return false;
    }
    m_ward = startWard(m_server, QStringLiteral("ward.admin"), "admin-password-1\n", error);
    if (m_ward.isEmpty())
        return false;
    // IT gives the service role its login (README, "A ward server").
    (void)m_server.psql(m_ward, QStringLiteral("ALTER ROLE pulsedesk_server LOGIN PASSWORD 'service-password-1'"),
                        error);
    return error->isEmpty();
}

QString WardFixture::ward() const
{
    return m_server.wardConnInfo(m_ward);
}

QString WardFixture::passwordFile(const QByteArray& password, QFileDevice::Permissions permissions)
{
    const QString path = m_files.filePath(QStringLiteral("password-%1").arg(QDateTime::currentMSecsSinceEpoch()));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(password + '\n');
    f.close();
    f.setPermissions(permissions);
    return path;
}

QString WardFixture::servicePasswordFile()
{
    return passwordFile("service-password-1", QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QStringList WardFixture::serverArgs(const QString& user, const QString& passwordPath) const
{
    return {QStringLiteral("--server"),        ward() + QStringLiteral(" user=") + user,
            QStringLiteral("--password-file"), passwordPath,
            QStringLiteral("--port"),          QString::number(m_broker.port()),
            QStringLiteral("--status-every"),  QStringLiteral("1")};
}

CliRun WardFixture::as(const QString& user, const QStringList& args, const QByteArray& passwords) const
{
    return runCliAs(ward(), user, args, passwords);
}

qint64 WardFixture::count(const QString& sql)
{
    return m_server.psql(m_ward, sql).toLongLong();
}

QByteArray WardFixture::samples(const QString& device, qint64 fromSeconds, int n, int bpm)
{
    QByteArray lines;
    for (int i = 0; i < n; ++i)
        lines += QStringLiteral(R"({"deviceId":"%1","timestamp":%2,"bpm":%3})")
                     .arg(device)
                     .arg(fromSeconds + i)
                     .arg(bpm + (bpm < 100 ? i % 20 : 0))
                     .toUtf8()
            + '\n';
    return lines;
}

} // namespace pulsedesk::test
