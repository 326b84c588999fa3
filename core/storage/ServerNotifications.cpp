#include "storage/ServerNotifications.h"

#include "storage/PostgresDatabase.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <sys/socket.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <libpq-fe.h>
#include <unistd.h>
#include <utility>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcNotifications, "pulsedesk.storage.notifications")

namespace {

struct TableForm
{
    ServerChange::Table table;
    QLatin1StringView name;
    bool byPatient; ///< "name:patient=<id>", else "name:<id>"
};

constexpr std::array<TableForm, 7> kTables = {{
    {ServerChange::Table::Alarms, QLatin1StringView("alarms"), false},
    {ServerChange::Table::Patients, QLatin1StringView("patients"), false},
    {ServerChange::Table::Assignments, QLatin1StringView("assignments"), true},
    {ServerChange::Table::Records, QLatin1StringView("records"), true},
    {ServerChange::Table::Observations, QLatin1StringView("observations"), true},
    {ServerChange::Table::Limits, QLatin1StringView("limits"), true},
    {ServerChange::Table::Results, QLatin1StringView("results"), true},
}};

const TableForm& formOf(ServerChange::Table table)
{
    return *std::find_if(kTables.cbegin(), kTables.cend(), [table](const TableForm& f) { return f.table == table; });
}

/// A positive id in decimal digits only (no sign, no leading zero, at most 18 digits: always fits a qint64).
std::optional<qint64> parseId(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == QLatin1Char('0'))
        return std::nullopt;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return std::nullopt;
        value = value * 10 + (c.unicode() - '0');
    }
    return value;
}

} // namespace

std::optional<ServerChange> ServerChange::parse(QStringView payload)
{
    const qsizetype colon = payload.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QStringView name = payload.left(colon);
    const auto form =
        std::find_if(kTables.cbegin(), kTables.cend(), [name](const TableForm& f) { return name == f.name; });
    if (form == kTables.cend())
        return std::nullopt;
    QStringView rest = payload.mid(colon + 1);
    static constexpr QLatin1StringView patientKey("patient=");
    if (form->byPatient) {
        if (!rest.startsWith(patientKey))
            return std::nullopt;
        rest = rest.mid(patientKey.size());
    }
    const std::optional<qint64> id = parseId(rest);
    if (!id)
        return std::nullopt;
    ServerChange change;
    change.table = form->table;
    if (form->byPatient)
        change.patientId = *id;
    else
        change.id = *id;
    if (form->table == Table::Patients)
        change.patientId = *id;
    return change;
}

QString ServerChange::payload() const
{
    const TableForm& form = formOf(table);
    return form.byPatient ? QStringLiteral("%1:patient=%2").arg(form.name).arg(patientId)
                          : QStringLiteral("%1:%2").arg(form.name).arg(id);
}

QString ServerChange::tableName(Table table)
{
    return formOf(table).name;
}

ServerNotifications::ServerNotifications(const PostgresDatabase& server, QObject* parent)
    : QObject(parent)
    , m_open(server.apartOpener())
    , m_connectionName(QStringLiteral("pg-listen-") + QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_retryTimer(new QTimer(this))
    , m_checkTimer(new QTimer(this))
{
    qRegisterMetaType<ServerChange>();
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ServerNotifications::retry);
    m_checkTimer->setInterval(5'000);
    connect(m_checkTimer, &QTimer::timeout, this, &ServerNotifications::check);
    if (!listen()) {
        qCWarning(lcNotifications) << "Cannot listen to the ward server:" << m_lastError;
        m_retryTimer->start(m_nextRetryMs);
    }
}

ServerNotifications::~ServerNotifications()
{
    disconnectFromServer();
}

void ServerNotifications::setRetryDelays(int firstMs, int longestMs)
{
    m_firstRetryMs = std::max(1, firstMs);
    m_longestRetryMs = std::max(m_firstRetryMs, longestMs);
    m_nextRetryMs = m_firstRetryMs;
}

void ServerNotifications::setCheckInterval(int ms)
{
    m_checkTimer->setInterval(std::max(1, ms));
}

bool ServerNotifications::listen()
{
    auto opened = m_open(m_connectionName);
    if (!opened) {
        m_lastError = opened.errorMessage();
        return false;
    }
    QSqlDatabase db = opened.value();
    QSqlDriver* driver = db.driver();
    connect(driver, &QSqlDriver::notification, this, &ServerNotifications::onNotification);
    if (!driver->subscribeToNotification(QString::fromLatin1(Channel))) {
        m_lastError = driver->lastError().databaseText().trimmed();
        disconnectFromServer();
        return false;
    }
    // QPSQL watches the connection's socket for notifications. A watch of our own on a duplicate of it sees the
    // end of the connection (readable, nothing to read) and closes it before libpq and QPSQL trip over it.
    if (PGconn* conn = PostgresDatabase::handleOf(db); conn && PQsocket(conn) >= 0) {
        m_watchFd = ::dup(PQsocket(conn));
        if (m_watchFd >= 0) {
            m_watch = new QSocketNotifier(qintptr(m_watchFd), QSocketNotifier::Read, this);
            connect(m_watch, &QSocketNotifier::activated, this, &ServerNotifications::onSocketActivity);
        }
    }
    m_listening = true;
    m_lastError.clear();
    m_nextRetryMs = m_firstRetryMs;
    m_checkTimer->start();
    const bool again = m_everListened;
    m_everListened = true;
    m_lossReported = false;
    if (again)
        emit reconnected();
    return true;
}

void ServerNotifications::onNotification(const QString& name, QSqlDriver::NotificationSource, const QVariant& payload)
{
    if (name != QLatin1String(Channel))
        return;
    const QString text = payload.toString();
    const std::optional<ServerChange> change = ServerChange::parse(text);
    if (!change) {
        ++m_ignored;
        qCWarning(lcNotifications) << "Ignored a notification that is not a change, of" << text.size() << "characters";
        return;
    }
    emit changed(*change);
}

void ServerNotifications::onSocketActivity()
{
    char byte = 0;
    const ssize_t peeked = ::recv(m_watchFd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
    if (peeked > 0 || (peeked < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR)))
        return; // something for QPSQL to read
    lose(peeked == 0 ? QString() : QString::fromLocal8Bit(std::strerror(errno)));
}

void ServerNotifications::check()
{
    if (!m_listening)
        return;
    QString failure;
    {
        QSqlQuery probe(QSqlDatabase::database(m_connectionName, false));
        if (!probe.prepare(QStringLiteral("SELECT 1")) || !probe.exec())
            failure = probe.lastError().databaseText().simplified();
    }
    if (!failure.isEmpty())
        lose(failure);
}

void ServerNotifications::lose(const QString& reason)
{
    if (!m_listening)
        return;
    disconnectFromServer();
    m_lastError = reason.isEmpty()
        ? QCoreApplication::translate("ServerNotifications", "the connection to the server was closed")
        : reason;
    qCWarning(lcNotifications) << "Lost the ward server:" << m_lastError;
    if (!m_lossReported) {
        m_lossReported = true;
        emit connectionLost(m_lastError);
    }
    m_retryTimer->start(m_nextRetryMs);
}

void ServerNotifications::disconnectFromServer()
{
    m_listening = false;
    m_checkTimer->stop();
    if (m_watch) {
        m_watch->setEnabled(false);
        m_watch->deleteLater(); // perhaps within its own signal
        m_watch = nullptr;
        ::close(m_watchFd);
        m_watchFd = -1;
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (QSqlDriver* driver = db.driver())
            disconnect(driver, nullptr, this, nullptr);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ServerNotifications::retry()
{
    if (m_listening)
        return;
    if (listen())
        return;
    m_nextRetryMs = std::min(m_nextRetryMs * 2, m_longestRetryMs);
    if (!m_lossReported) { // a first connection that failed
        m_lossReported = true;
        emit connectionLost(m_lastError);
    }
    m_retryTimer->start(m_nextRetryMs);
}

} // namespace pulsedesk
