#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pulsedesk::test {

/// A PostgreSQL server of its own for a test: initdb in a temporary folder, the server started on a free loopback
/// port with its socket in that folder (never the system service), password (SCRAM-SHA-256) logins only. Run as
/// root (CI), the server runs as the unprivileged user `nobody`, as PostgreSQL refuses root. It is a child of the
/// test process that dies with it (a crashed test leaves no server behind); stopped and removed with the object.
class PostgresServer
{
public:
    static constexpr auto SuperUser = "pulsedesk_test";

    PostgresServer();
    ~PostgresServer();
    PostgresServer(const PostgresServer&) = delete;
    PostgresServer& operator=(const PostgresServer&) = delete;

    /// initdb (once) and start (again on the same port after stop()); false with `error` set when the server
    /// cannot be started.
    bool start(QString* error = nullptr);
    /// Serves only TLS connections (ssl=on, `hostssl` lines only) with this certificate and key (PEM files), as a ward
    /// server must; call before the first start(). connInfo() then asks for TLS (sslmode=require).
    void requireTls(const QString& certificateFile, const QString& keyFile);
    /// Stops the server (fast shutdown); the cluster stays until the object goes.
    void stop();
    bool isRunning() const { return m_server.state() == QProcess::Running; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString superUserPassword() const { return m_password; }

    /// A libpq connection string to `database` as `user` (the superuser by default, with its password).
    QString connInfo(const QString& database, const QString& user = {}, const QString& password = {}) const;
    /// A libpq connection string to `database` with no user and no password, as a workstation or the command line is
    /// given one: the user and the password come from the login.
    QString wardConnInfo(const QString& database) const;
    /// Creates an empty database owned by `owner` (the superuser by default) and returns its name.
    QString createDatabase(QString* error = nullptr, const QString& owner = {});
    /// Runs SQL with psql as the superuser (or `user`); returns its output (unaligned, tuples only), or sets `error`.
    QString psql(const QString& database, const QString& sql, QString* error = nullptr, const QString& user = {},
                 const QString& password = {}) const;
    /// The server's own log so far.
    QByteArray log() const;

    /// Where the PostgreSQL 15 server programs are (PULSEDESK_PG_BINDIR overrides).
    static QString binDir();

private:
    bool run(const QString& program, const QStringList& args, QString* error, bool asServerUser) const;
    bool installTls(const QString& data, QString* error) const;

    QTemporaryDir m_dir;
    QString m_password;
    QString m_tlsCertificate;
    QString m_tlsKey;
    int m_port = 0;
    bool m_initialized = false;
    int m_databases = 0;
    QProcess m_server;
};

} // namespace pulsedesk::test
