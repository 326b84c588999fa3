#include "PostgresServer.h"

#include "ingest/LocalBroker.h"
#include "security/Crypto.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <sys/types.h>

#include <pwd.h>
#include <unistd.h>

namespace pulsedesk::test {

namespace {

/// The unprivileged user the server runs as when the test runs as root.
constexpr auto ServerUser = "nobody";

bool runningAsRoot()
{
    return ::geteuid() == 0;
}

/// Hands a file or folder to the server's user (root only).
bool giveToServerUser(const QString& path)
{
    const passwd* user = ::getpwnam(ServerUser);
    return user && ::chown(QFile::encodeName(path).constData(), user->pw_uid, user->pw_gid) == 0;
}

QString quoted(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

PostgresServer::PostgresServer()
    : m_password(QString::fromLatin1(Crypto::randomBytes(18).toBase64(QByteArray::Base64UrlEncoding)))
{ }

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::binDir()
{
    const QString configured = qEnvironmentVariable("PULSEDESK_PG_BINDIR");
    return configured.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : configured;
}

bool PostgresServer::run(const QString& program, const QStringList& args, QString* error, bool asServerUser) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString path = QDir(binDir()).filePath(program);
    if (asServerUser && runningAsRoot())
        process.start(QStringLiteral("runuser"),
                      QStringList {QStringLiteral("-u"), QString::fromLatin1(ServerUser), QStringLiteral("--"), path}
                          + args);
    else
        process.start(path, args);
    if (!process.waitForStarted(10'000) || !process.waitForFinished(120'000)
        || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(": ") + QString::fromLocal8Bit(process.readAll()).trimmed();
        return false;
    }
    return true;
}

bool PostgresServer::start(QString* error)
{
    if (isRunning())
        return true;
    if (!m_dir.isValid()) {
        if (error)
            *error = QStringLiteral("no temporary folder");
        return false;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    if (!m_initialized) {
        const QString pwfile = m_dir.filePath(QStringLiteral("pwfile"));
        QFile file(pwfile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0)
            return false;
        file.close();
        if (runningAsRoot() && (!giveToServerUser(m_dir.path()) || !giveToServerUser(pwfile))) {
            if (error)
                *error = QStringLiteral("cannot hand the folder to the user %1").arg(QString::fromLatin1(ServerUser));
            return false;
        }
        if (!run(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), data, QStringLiteral("-U"), QString::fromLatin1(SuperUser),
                  QStringLiteral("--pwfile=") + pwfile, QStringLiteral("--auth=scram-sha-256"),
                  QStringLiteral("--encoding=UTF8"), QStringLiteral("--locale=C"), QStringLiteral("--no-sync")},
                 error, true))
            return false;
        QFile::remove(pwfile);
        if (!m_tlsCertificate.isEmpty() && !installTls(data, error))
            return false;
        m_initialized = true;
    }
    // A restart keeps the port: clients find the server where it was.
    if (m_port == 0)
        m_port = LocalBroker::freePort();
    // The server runs under a shell that reads its standard input: when the test process ends, however it ends,
    // that input closes and the shell stops the server (fast shutdown) and waits for it.
    QStringList args;
    if (runningAsRoot()) {
        const passwd* user = ::getpwnam(ServerUser);
        if (!user)
            return false;
        args << QStringLiteral("--reuid=%1").arg(user->pw_uid) << QStringLiteral("--regid=%1").arg(user->pw_gid)
             << QStringLiteral("--clear-groups");
    }
    args << QStringLiteral("sh") << QStringLiteral("-c")
         << QStringLiteral("\"$0\" \"$@\" & pid=$!; read -r _; kill -INT $pid; wait $pid")
         << QDir(binDir()).filePath(QStringLiteral("postgres")) << QStringLiteral("-D") << data << QStringLiteral("-p")
         << QString::number(m_port) << QStringLiteral("-k") << m_dir.path() << QStringLiteral("-c")
         << QStringLiteral("listen_addresses=127.0.0.1");
    for (const char* setting : {"fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"})
        args << QStringLiteral("-c") << QString::fromLatin1(setting);
    // As the README asks of a ward server: the log keeps no statement text and no DETAIL line (values of a row).
    for (const char* setting : {"log_min_error_statement=panic", "log_error_verbosity=terse"})
        args << QStringLiteral("-c") << QString::fromLatin1(setting);
    if (!m_tlsCertificate.isEmpty())
        args << QStringLiteral("-c") << QStringLiteral("ssl=on");
    m_server.setWorkingDirectory(m_dir.path());
    m_server.setStandardOutputFile(m_dir.filePath(QStringLiteral("server.log")));
    m_server.setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server.start(QStringLiteral("setpriv"), args);
    if (!m_server.waitForStarted(10'000)) {
        if (error)
            *error = QStringLiteral("setpriv: ") + m_server.errorString();
        return false;
    }
    for (int attempt = 0; attempt < 600 && isRunning(); ++attempt) {
        if (run(QStringLiteral("pg_isready"),
                {QStringLiteral("-q"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                 QString::number(m_port)},
                nullptr, false))
            return true;
        m_server.waitForFinished(100);
    }
    if (error)
        *error = QStringLiteral("the server did not start: ") + QString::fromUtf8(log().right(2000));
    stop();
    return false;
}

void PostgresServer::requireTls(const QString& certificateFile, const QString& keyFile)
{
    m_tlsCertificate = certificateFile;
    m_tlsKey = keyFile;
}

bool PostgresServer::installTls(const QString& data, QString* error) const
{
    // The server reads server.crt and server.key from its data folder; the key only its owner may read.
    const QString certificate = QDir(data).filePath(QStringLiteral("server.crt"));
    const QString key = QDir(data).filePath(QStringLiteral("server.key"));
    QFile hba(QDir(data).filePath(QStringLiteral("pg_hba.conf")));
    const bool copied = QFile::copy(m_tlsCertificate, certificate) && QFile::copy(m_tlsKey, key)
        && QFile::setPermissions(key, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        && hba.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && hba.write("local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\n") > 0;
    hba.close();
    if (!copied || (runningAsRoot() && (!giveToServerUser(certificate) || !giveToServerUser(key)))) {
        if (error)
            *error = QStringLiteral("cannot install the server's certificate");
        return false;
    }
    return true;
}

void PostgresServer::stop()
{
    if (!isRunning())
        return;
    m_server.closeWriteChannel(); // the shell then stops the server
    if (!m_server.waitForFinished(30'000)) {
        m_server.kill();
        m_server.waitForFinished(5'000);
    }
}

QString PostgresServer::wardConnInfo(const QString& database) const
{
    return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 sslmode=%3")
        .arg(m_port)
        .arg(quoted(database), m_tlsCertificate.isEmpty() ? QStringLiteral("disable") : QStringLiteral("require"));
}

QString PostgresServer::connInfo(const QString& database, const QString& user, const QString& password) const
{
    const QString who = user.isEmpty() ? QString::fromLatin1(SuperUser) : user;
    const QString secret = user.isEmpty() ? m_password : password;
    QString info = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 sslmode=%4")
                       .arg(m_port)
                       .arg(quoted(database), quoted(who),
                            m_tlsCertificate.isEmpty() ? QStringLiteral("disable") : QStringLiteral("require"));
    if (!secret.isEmpty())
        info += QStringLiteral(" password=") + quoted(secret);
    return info;
}

QString PostgresServer::createDatabase(QString* error, const QString& owner)
{
    const QString name = QStringLiteral("pulsedesk_test_%1").arg(++m_databases);
    QString sql = QStringLiteral("CREATE DATABASE %1").arg(name);
    if (!owner.isEmpty())
        sql += QStringLiteral(" OWNER \"%1\"").arg(owner);
    QString failure;
    (void)psql(QStringLiteral("postgres"), sql, &failure);
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return {};
    }
    return name;
}

QString PostgresServer::psql(const QString& database, const QString& sql, QString* error, const QString& user,
                             const QString& password) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), user.isEmpty() ? m_password : password);
    process.setProcessEnvironment(env);
    process.start(QDir(binDir()).filePath(QStringLiteral("psql")),
                  {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                   QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                   QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"),
                   user.isEmpty() ? QString::fromLatin1(SuperUser) : user, QStringLiteral("-d"), database,
                   QStringLiteral("-c"), sql});
    const bool finished = process.waitForStarted(10'000) && process.waitForFinished(60'000);
    const QString output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (!finished || process.exitCode() != 0) {
        if (error)
            *error = QString::fromUtf8(process.readAllStandardError()).trimmed();
        return {};
    }
    if (error)
        error->clear();
    return output;
}

QByteArray PostgresServer::log() const
{
    QFile file(m_dir.filePath(QStringLiteral("server.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace pulsedesk::test
