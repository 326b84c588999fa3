#pragma once

#include "CliRunner.h"
#include "MosquittoBroker.h"
#include "PostgresServer.h"

#include <QFileDevice>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// A ward for pulsedesk-server's tests: a PostgreSQL server of its own with the ward's database made by `server
/// init` (administrator ward.admin, password admin-password-1), the service role given its login (password
/// service-password-1, as IT does after the README's "A ward server"), and a broker.
class WardFixture
{
public:
    bool start(QString* error);

    PostgresServer& server() { return m_server; }
    MosquittoBroker& broker() { return m_broker; }
    /// The ward's database on the server.
    QString database() const { return m_ward; }
    /// The ward's connection string, without a user.
    QString ward() const;
    /// A password file (first line `password`) with these permissions.
    QString passwordFile(const QByteArray& password, QFileDevice::Permissions permissions);
    /// The service role's password in a file only its owner may read.
    QString servicePasswordFile();
    /// pulsedesk-server's arguments: this ward as `user`, this broker, a status line every second.
    QStringList serverArgs(const QString& user, const QString& passwordPath) const;
    /// pulsedesk-cli on this ward as `user` (passwords on standard input).
    CliRun as(const QString& user, const QStringList& args, const QByteArray& passwords) const;
    /// The number a query on the ward's database gives.
    qint64 count(const QString& sql);
    /// `n` heart-rate messages of `device`, one a second from `fromSeconds`, one JSON object a line.
    static QByteArray samples(const QString& device, qint64 fromSeconds, int n, int bpm);

private:
    PostgresServer m_server;
    MosquittoBroker m_broker;
    QTemporaryDir m_files;
    QString m_ward;
};

} // namespace pulsedesk::test
