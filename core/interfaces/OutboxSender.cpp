#include "interfaces/OutboxSender.h"

#include "interfaces/Hl7Message.h"
#include "interfaces/Outbox.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTcpSocket>

namespace pulsedesk {

namespace {

constexpr int IdleMs = 250; ///< how often an empty outbox is looked at again
constexpr int MaxBackOffMs = 60000;

QString translated(const char* source)
{
    return QCoreApplication::translate("OutboxSender", source);
}

} // namespace

OutboxSender::OutboxSender(Database& database, Outbox& outbox, QString destination, Renderer renderer, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_outbox(outbox)
    , m_destination(std::move(destination))
    , m_renderer(std::move(renderer))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_waiting)
            fail(translated("no answer within %1 s").arg(m_answerTimeoutMs / 1000));
        else
            next();
    });
}

OutboxSender::~OutboxSender()
{
    stop();
}

void OutboxSender::start(const HostPort& to)
{
    m_to = to;
    m_running = true;
    schedule(0);
}

void OutboxSender::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    m_waiting = false;
}

void OutboxSender::schedule(int ms)
{
    if (m_running)
        m_timer.start(ms);
}

void OutboxSender::next()
{
    if (!m_running || m_waiting)
        return;
    auto head = m_outbox.head(m_destination);
    if (!head) {
        m_problem = head.errorMessage();
        schedule(IdleMs * 4);
        return;
    }
    if (!head->has_value()) {
        schedule(IdleMs);
        return;
    }
    OutboxEntry entry = **head;
    if (entry.message.isEmpty()) {
        // The first attempt fixes the control id and the bytes; every later one resends them unchanged.
        const QString controlId = QStringLiteral("PD%1").arg(entry.id);
        QSqlDatabase db = m_database.connection();
        auto message = m_renderer(db, entry, controlId);
        if (!message) {
            // An entry that cannot be built (its patient is gone) is an interface error, not a blocked queue.
            if (auto marked = m_outbox.markError(entry.id, message.errorMessage()); !marked) {
                m_problem = marked.errorMessage();
                schedule(IdleMs * 4);
                return;
            }
            ++m_counts.refused;
            emit refused(entry.id, message.errorMessage());
            schedule(0);
            return;
        }
        entry.controlId = controlId;
        entry.message = message->encode();
        if (auto prepared = m_outbox.prepare(entry.id, entry.controlId, entry.message); !prepared) {
            m_problem = prepared.errorMessage();
            schedule(IdleMs * 4);
            return;
        }
    }
    m_currentId = entry.id;
    m_currentControlId = entry.controlId;
    m_currentMessage = entry.message;
    sendCurrent();
}

void OutboxSender::sendCurrent()
{
    m_waiting = true;
    m_timer.start(m_answerTimeoutMs);
    if (!m_socket) {
        m_socket = new QTcpSocket(this);
        m_framer = hl7::MllpFramer();
        connect(m_socket, &QTcpSocket::readyRead, this, &OutboxSender::onData);
        connect(m_socket, &QTcpSocket::errorOccurred, this,
                [this] { fail(m_socket ? m_socket->errorString() : translated("connection lost")); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] {
            if (m_waiting)
                fail(translated("the connection was closed before the answer"));
        });
        m_socket->connectToHost(m_to.host, m_to.port);
    }
    if (auto marked = m_outbox.markAttempt(m_currentId); !marked)
        m_problem = marked.errorMessage(); // only the count of attempts is lost
    ++m_counts.sent;
    m_socket->write(hl7::MllpFramer::frame(m_currentMessage));
}

void OutboxSender::onData()
{
    if (!m_socket)
        return;
    if (!m_framer.feed(m_socket->readAll())) {
        fail(m_framer.error());
        return;
    }
    for (const QByteArray& frame : m_framer.takeFrames()) {
        if (!m_waiting)
            continue;
        auto ack = hl7::Message::parse(frame);
        if (!ack || ack->value(QStringLiteral("MSA"), {2}) != m_currentControlId)
            continue; // not the answer to this message (a late answer to an earlier attempt)
        const QString code = ack->value(QStringLiteral("MSA"), {1});
        m_waiting = false;
        m_timer.stop();
        m_failuresInARow = 0;
        m_problem.clear();
        if (code == QLatin1String("AA") || code == QLatin1String("CA")) {
            if (auto marked = m_outbox.markAcknowledged(m_currentId); !marked) {
                m_problem = marked.errorMessage();
                schedule(IdleMs * 4); // sent again: the destination sees the same control id
                return;
            }
            ++m_counts.acknowledged;
            emit acknowledged(m_currentId);
        } else {
            QString reason = ack->value(QStringLiteral("ERR"), {8});
            if (reason.isEmpty())
                reason = ack->value(QStringLiteral("MSA"), {3});
            reason = QStringLiteral("%1: %2").arg(code.left(2), reason.left(500));
            if (auto marked = m_outbox.markError(m_currentId, reason); !marked) {
                m_problem = marked.errorMessage();
                schedule(IdleMs * 4); // sent again, and refused again
                return;
            }
            ++m_counts.refused;
            emit refused(m_currentId, reason);
        }
        schedule(0);
    }
}

void OutboxSender::fail(const QString& reason)
{
    if (!m_waiting)
        return;
    m_waiting = false;
    ++m_counts.failures;
    m_problem = reason;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    const int backOff = std::min(MaxBackOffMs, 1000 << std::min(m_failuresInARow++, 6));
    schedule(backOff / 2 + int(QRandomGenerator::global()->bounded(backOff / 2 + 1)));
}

} // namespace pulsedesk
