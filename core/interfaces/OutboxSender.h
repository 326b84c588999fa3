#pragma once

#include "interfaces/Hl7Message.h"
#include "interfaces/InterfaceSettings.h"
#include "interfaces/Mllp.h"

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

#include <functional>
#include <optional>

class QTcpSocket;

namespace pulsedesk {

class Database;
class Outbox;
struct OutboxEntry;

/// Sends one destination's outbox entries over MLLP, on the thread of its owner's event loop: the oldest pending
/// entry first and one at a time, each until the destination answers. AA (or CA) marks it acknowledged; AE, AR
/// (or CE, CR) put it on the interface errors list with the reason; no answer, a closed connection or a refused
/// one are tried again after a back-off (1 s doubling to 60 s), with the same control id and the same bytes.
class OutboxSender : public QObject
{
    Q_OBJECT

public:
    /// Builds the message of an entry (with its control id) on the caller's connection.
    using Renderer = std::function<Result<hl7::Message>(QSqlDatabase&, const OutboxEntry&, const QString&)>;

    OutboxSender(Database& database, Outbox& outbox, QString destination, Renderer renderer, QObject* parent = nullptr);
    ~OutboxSender() override;

    void start(const HostPort& to);
    void stop();

    struct Counts
    {
        qint64 sent = 0; ///< attempts written to the connection
        qint64 acknowledged = 0;
        qint64 refused = 0; ///< AE or AR
        qint64 failures = 0; ///< connection refused or lost, no answer in time
    };
    Counts counts() const { return m_counts; }
    /// Why the last attempt failed ("" once one succeeded); no patient data.
    QString lastProblem() const { return m_problem; }
    /// How long to wait for an answer (default 10 s).
    void setAnswerTimeout(int ms) { m_answerTimeoutMs = ms; }

signals:
    void acknowledged(qint64 entryId);
    void refused(qint64 entryId, const QString& reason);

private:
    void next();
    void sendCurrent();
    void onData();
    void fail(const QString& reason);
    void schedule(int ms);

    Database& m_database;
    Outbox& m_outbox;
    QString m_destination;
    Renderer m_renderer;
    HostPort m_to;
    QTcpSocket* m_socket = nullptr;
    hl7::MllpFramer m_framer;
    QTimer m_timer; ///< the next attempt, or the answer's deadline
    bool m_running = false;
    bool m_waiting = false; ///< a message is out and its answer awaited
    qint64 m_currentId = 0;
    QString m_currentControlId;
    QByteArray m_currentMessage;
    int m_failuresInARow = 0;
    int m_answerTimeoutMs = 10000;
    Counts m_counts;
    QString m_problem;
};

} // namespace pulsedesk
