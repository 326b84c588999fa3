#include "ingest/MqttClient.h"

#include "security/Crypto.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QThread>

#include <mosquitto.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

#ifdef _WIN32
#include <winsock2.h>
#define poll WSAPoll
#else
#include <netinet/in.h>
#include <netinet/tcp.h>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcMqtt, "pulsedesk.ingest.mqtt")

namespace {

struct LibraryInit
{
    LibraryInit() { mosquitto_lib_init(); }
    ~LibraryInit() { mosquitto_lib_cleanup(); }
};

void ensureLibrary()
{
    static LibraryInit init;
}

QString errorText(int rc)
{
    if (rc == MOSQ_ERR_ERRNO)
        return QString::fromLocal8Bit(strerror(errno));
    if (rc == MOSQ_ERR_TLS)
        return QCoreApplication::translate("MqttClient",
                                           "TLS handshake failed (check the CA file, the client "
                                           "certificate and the broker's certificate)");
    return QString::fromUtf8(mosquitto_strerror(rc));
}

} // namespace

struct MqttClient::Impl
{
    MqttSettings settings;
    BatchHandler handler;
    MqttClient* owner = nullptr;

    std::unique_ptr<QThread> thread;
    std::atomic<bool> stopping {false};
    /// Set last by the thread. QThread::wait() joins through a futex that ThreadSanitizer cannot see (Qt is not
    /// instrumented); reading this after the wait makes the join visible, so what the thread touched (the wake
    /// pipe) is seen as done before stop() returns and the destructor closes it.
    std::atomic<bool> exited {false};
    std::mutex wakeMutex;
    std::condition_variable wake;

    QMutex clientMutex; // guards mosq against publish() from other threads while it is replaced
    mosquitto* mosq = nullptr;
    bool connected = false; // CONNACK accepted
    bool refusedForGood = false; // the broker refused the credentials
    qint64 connectedAtMs = 0; // steady clock, when the current connection was accepted; 0 if none
    int quickDrops = 0; // connections dropped soon after being accepted, in a row
    QString storeFailure; // why the last batch could not be stored, if that ended the connection
    QList<MqttMessage> batch;
    std::atomic<qint64> acknowledged {0};

#ifndef _WIN32
    int wakePipe[2] = {-1, -1}; // publish() wakes the loop so queued messages go out at once
#endif

    mutable QMutex statusMutex;
    MqttStatus status;
    qint64 rateWindowStartMs = 0;
    qint64 rateWindowCount = 0;

    static qint64 steadyMs()
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   std::chrono::steady_clock::now().time_since_epoch())
            .count();
    }

    bool clientIdInUse() const
    {
        QMutexLocker lock(&statusMutex);
        return status.clientIdInUse;
    }

    QString takeoverDetail() const
    {
        return QCoreApplication::translate("MqttClient",
                                           "Another client is using this client id (%1): the broker keeps dropping "
                                           "the connection right after accepting it. Give each workstation and "
                                           "monitor its own client id.")
            .arg(settings.clientId);
    }

    void setState(MqttStatus::State state, const QString& detail = {})
    {
        MqttStatus copy;
        {
            QMutexLocker lock(&statusMutex);
            if (status.state == state && status.detail == detail)
                return;
            status.state = state;
            status.detail = detail;
            status.since = QDateTime::currentDateTimeUtc();
            copy = status;
        }
        if (state == MqttStatus::State::Failed || state == MqttStatus::State::Reconnecting)
            qCWarning(lcMqtt) << "MQTT" << static_cast<int>(state) << detail;
        emit owner->statusChanged(copy);
    }

    void countMessages(int n)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(&statusMutex);
        status.messagesReceived += n;
        status.lastMessageAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
        rateWindowCount += n;
        if (rateWindowStartMs == 0)
            rateWindowStartMs = now;
    }

    /// Recomputes the rate about once a second and announces the status.
    void tickStatistics()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        MqttStatus copy;
        {
            QMutexLocker lock(&statusMutex);
            if (rateWindowStartMs == 0)
                rateWindowStartMs = now;
            if (now - rateWindowStartMs < 1000)
                return;
            status.messagesPerSecond =
                static_cast<double>(rateWindowCount) * 1000.0 / static_cast<double>(now - rateWindowStartMs);
            rateWindowCount = 0;
            rateWindowStartMs = now;
            copy = status;
        }
        emit owner->statusChanged(copy);
    }

    bool sleepInterruptibly(std::chrono::milliseconds duration)
    {
        std::unique_lock lock(wakeMutex);
        return !wake.wait_for(lock, duration, [this] { return stopping.load(); });
    }

    void destroyClient()
    {
        QMutexLocker lock(&clientMutex);
        if (mosq)
            mosquitto_destroy(mosq);
        mosq = nullptr;
        connected = false;
        batch.clear();
    }

    /// Creates the library client with the settings; false (and Failed) when the settings cannot work.
    bool createClient()
    {
        QMutexLocker lock(&clientMutex);
        mosq = mosquitto_new(settings.clientId.toUtf8().constData(), false, this);
        if (!mosq) {
            setState(MqttStatus::State::Failed,
                     QCoreApplication::translate("MqttClient", "The MQTT client could not be created."));
            return false;
        }
        mosquitto_threaded_set(mosq, true);
        mosquitto_int_option(mosq, MOSQ_OPT_PROTOCOL_VERSION, MQTT_PROTOCOL_V311);
        // Acknowledgements are small and latency matters: no Nagle delay.
        mosquitto_int_option(mosq, MOSQ_OPT_TCP_NODELAY, 1);
        // The library's default of 20 unacknowledged publications throttles the simulator to the round trip.
        mosquitto_int_option(mosq, MOSQ_OPT_SEND_MAXIMUM, 1000);
        mosquitto_connect_callback_set(
            mosq, [](mosquitto* m, void* self, int rc) { static_cast<Impl*>(self)->onConnect(m, rc); });
        mosquitto_message_callback_set(mosq, [](mosquitto*, void* self, const mosquitto_message* message) {
            auto* impl = static_cast<Impl*>(self);
            impl->batch.append({QString::fromUtf8(message->topic),
                                QByteArray(static_cast<const char*>(message->payload), message->payloadlen),
                                message->retain});
        });
        mosquitto_publish_callback_set(mosq,
                                       [](mosquitto*, void* self, int) { ++static_cast<Impl*>(self)->acknowledged; });
        if (!settings.username.isEmpty())
            mosquitto_username_pw_set(mosq, settings.username.toUtf8().constData(),
                                      settings.password.isEmpty() ? nullptr : settings.password.toUtf8().constData());
        if (settings.tls) {
            const QByteArray ca = settings.caFile.toLocal8Bit();
            const QByteArray cert = settings.certFile.toLocal8Bit();
            const QByteArray key = settings.keyFile.toLocal8Bit();
            const int rc = mosquitto_tls_set(mosq, ca.constData(), nullptr, cert.isEmpty() ? nullptr : cert.constData(),
                                             key.isEmpty() ? nullptr : key.constData(), nullptr);
            if (rc != MOSQ_ERR_SUCCESS) {
                mosquitto_destroy(mosq);
                mosq = nullptr;
                lock.unlock();
                setState(MqttStatus::State::Failed,
                         QCoreApplication::translate("MqttClient", "The TLS settings cannot be used: %1")
                             .arg(errorText(rc)));
                return false;
            }
        }
        return true;
    }

    void onConnect(mosquitto* m, int rc)
    {
        if (rc != 0) {
            connected = false;
            refusedForGood = rc == 4 || rc == 5; // bad user name or password, not authorised
            setState(MqttStatus::State::Reconnecting,
                     QCoreApplication::translate("MqttClient", "The broker refused the connection: %1")
                         .arg(QString::fromUtf8(mosquitto_connack_string(rc))));
            return;
        }
        connected = true;
        connectedAtMs = steadyMs();
        if (handler) { // a publish-only client (the simulator) subscribes to nothing
            for (const QString& topic : std::as_const(settings.topics))
                mosquitto_subscribe(m, nullptr, topic.toUtf8().constData(), 1);
        }
        setState(MqttStatus::State::Connected, clientIdInUse() ? takeoverDetail() : QString());
    }

    /// The connection was lost (not dropped by us): one more quick drop, or the series is broken.
    void countDrop()
    {
        if (connectedAtMs == 0)
            return;
        quickDrops = steadyMs() - connectedAtMs < QuickDropMs ? quickDrops + 1 : 0;
        connectedAtMs = 0;
        if (quickDrops >= TakeoverDrops) {
            QMutexLocker lock(&statusMutex);
            status.clientIdInUse = true;
        }
    }

    /// A connection that held long enough ends a suspected takeover.
    void checkStable()
    {
        if (connectedAtMs == 0 || steadyMs() - connectedAtMs < StableMs)
            return;
        quickDrops = 0;
        if (!clientIdInUse())
            return;
        {
            QMutexLocker lock(&statusMutex);
            status.clientIdInUse = false;
        }
        setState(MqttStatus::State::Connected);
    }

    /// Reads what the socket has, up to MaxBatch messages, without blocking.
    int readAvailable()
    {
        int rc = MOSQ_ERR_SUCCESS;
        for (int round = 0; round < MaxBatch * 4 && batch.size() < MaxBatch; ++round) {
            const qsizetype before = batch.size();
            rc = mosquitto_loop_read(mosq, 1);
            if (rc != MOSQ_ERR_SUCCESS)
                break;
            // A read that completed a message is likely followed by more; otherwise ask the socket.
            if (batch.size() > before)
                continue;
            pollfd fd {mosquitto_socket(mosq), POLLIN, 0};
            if (poll(&fd, 1, 0) <= 0)
                break;
        }
        return rc;
    }

    void wakeLoop()
    {
#ifndef _WIN32
        if (wakePipe[1] >= 0) {
            const char byte = 1;
            (void)!write(wakePipe[1], &byte, 1);
        }
#endif
    }

    void run()
    {
        ensureLibrary();
        MqttSettings checked = settings;
        if (!handler && checked.topics.isEmpty())
            checked.topics = {QStringLiteral("publish-only")};
        if (const QString problem = checked.problem(); !problem.isEmpty()) {
            setState(MqttStatus::State::Failed, problem);
            return;
        }
        int attempt = 0;
        while (!stopping) {
            if (!mosq && !createClient())
                return;
            if (!connected) {
                setState(attempt == 0 ? MqttStatus::State::Connecting : MqttStatus::State::Reconnecting,
                         attempt == 0 ? QString() : status.detail);
                const int rc = mosquitto_connect(mosq, settings.host.toUtf8().constData(), settings.port,
                                                 settings.keepAliveSeconds);
                if (rc != MOSQ_ERR_SUCCESS) {
                    setState(MqttStatus::State::Reconnecting,
                             QCoreApplication::translate("MqttClient", "Cannot reach the broker %1:%2: %3")
                                 .arg(settings.host)
                                 .arg(settings.port)
                                 .arg(errorText(rc)));
                    destroyClient();
                    backOff(++attempt);
                    continue;
                }
                // The CONNACK arrives through the read loop below.
                if (!awaitConnack()) {
                    destroyClient();
                    backOff(++attempt);
                    continue;
                }
                attempt = 0;
            }
            if (!serviceOnce()) {
                if (!storeFailure.isEmpty()) {
                    connectedAtMs = 0; // dropped by us, not by the broker
                    setState(MqttStatus::State::Reconnecting,
                             QCoreApplication::translate("MqttClient",
                                                         "%1. The received messages were not "
                                                         "acknowledged: the broker delivers them again.")
                                 .arg(storeFailure));
                    storeFailure.clear();
                } else {
                    countDrop();
                    setState(MqttStatus::State::Reconnecting,
                             clientIdInUse()
                                 ? takeoverDetail()
                                 : QCoreApplication::translate("MqttClient", "The connection to the broker was lost."));
                }
                destroyClient();
                backOff(++attempt);
            } else {
                checkStable();
            }
            tickStatistics();
        }
        if (mosq) {
            mosquitto_loop_write(mosq, 1); // acknowledgements of what is already stored
            mosquitto_disconnect(mosq);
            mosquitto_loop_write(mosq, 1);
        }
        destroyClient();
        setState(MqttStatus::State::Stopped);
    }

    bool awaitConnack()
    {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
        while (!stopping && std::chrono::steady_clock::now() < deadline) {
            mosquitto_loop_write(mosq, 1);
            pollfd fd {mosquitto_socket(mosq), POLLIN, 0};
            if (poll(&fd, 1, 100) > 0) {
                if (const int rc = mosquitto_loop_read(mosq, 1); rc != MOSQ_ERR_SUCCESS) {
                    // With TLS the handshake can fail here rather than in mosquitto_connect().
                    if (!refusedForGood)
                        setState(MqttStatus::State::Reconnecting,
                                 QCoreApplication::translate("MqttClient",
                                                             "The broker closed the connection before "
                                                             "accepting it: %1")
                                     .arg(errorText(rc)));
                    return false;
                }
            }
            if (connected)
                return true;
            if (status.state == MqttStatus::State::Reconnecting && !status.detail.isEmpty() && refusedForGood)
                return false;
        }
        return false;
    }

    /// Writes what the library has queued: after a batch, one PUBACK per message. The socket is corked meanwhile
    /// (Linux), so the acknowledgements leave in a few full segments instead of one each: the broker reads them
    /// in one go and sends the next messages sooner. TCP_NODELAY still holds for single publications.
    bool writeCorked()
    {
#ifdef TCP_CORK
        const int socket = mosquitto_socket(mosq);
        int on = 1;
        (void)setsockopt(socket, IPPROTO_TCP, TCP_CORK, &on, sizeof on);
        const int rc = mosquitto_loop_write(mosq, 1);
        int off = 0;
        (void)setsockopt(socket, IPPROTO_TCP, TCP_CORK, &off, sizeof off);
        return rc == MOSQ_ERR_SUCCESS;
#else
        return mosquitto_loop_write(mosq, 1) == MOSQ_ERR_SUCCESS;
#endif
    }

    /// One turn: wait for data, read a batch, store it, then acknowledge it. False when the connection is gone.
    bool serviceOnce()
    {
        pollfd fds[2] = {{mosquitto_socket(mosq), POLLIN, 0}, {-1, POLLIN, 0}};
        if (mosquitto_want_write(mosq))
            fds[0].events |= POLLOUT;
#ifndef _WIN32
        fds[1].fd = wakePipe[0];
#endif
        const int ready = poll(fds, 2, 100);
        if (ready < 0)
            return errno == EINTR;
#ifndef _WIN32
        if (fds[1].revents & POLLIN) {
            char drain[256];
            while (read(wakePipe[0], drain, sizeof drain) > 0) { }
        }
#endif
        const pollfd& fd = fds[0];
        int rc = MOSQ_ERR_SUCCESS;
        if (fd.revents & (POLLIN | POLLERR | POLLHUP))
            rc = readAvailable();
        // Messages can also have arrived with the CONNACK (a persistent session's backlog): store whatever
        // was read before anything is written, because writing sends the queued acknowledgements.
        if (!batch.isEmpty()) {
            const int n = static_cast<int>(batch.size());
            const Status stored = handler ? handler(batch) : Status {};
            batch.clear();
            if (!stored) {
                // Dropping the connection discards the queued PUBACKs: the broker sends the batch again.
                qCWarning(lcMqtt) << "A batch of" << n << "messages could not be stored; it will be redelivered";
                storeFailure = stored.errorMessage();
                if (storeFailure.isEmpty())
                    storeFailure = QCoreApplication::translate("MqttClient", "unknown error");
                return false;
            }
            countMessages(n);
        }
        if (rc != MOSQ_ERR_SUCCESS)
            return false;
        if (!writeCorked())
            return false;
        return mosquitto_loop_misc(mosq) == MOSQ_ERR_SUCCESS;
    }

    void backOff(int attempt)
    {
        // 0.5 s doubling to 30 s, with ±25 % jitter so a ward of workstations does not reconnect in step.
        const double base = std::min(30'000.0, 500.0 * std::pow(2.0, std::min(attempt - 1, 10)));
        const double jitter = base * (0.75 + 0.5 * QRandomGenerator::global()->generateDouble());
        sleepInterruptibly(std::chrono::milliseconds(static_cast<qint64>(jitter)));
    }
};

MqttClient::MqttClient(MqttSettings settings, BatchHandler handler, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    qRegisterMetaType<MqttStatus>();
    d->settings = std::move(settings);
    if (d->settings.clientId.isEmpty())
        d->settings.clientId = QStringLiteral("pulsedesk-%1").arg(QSysInfo::machineHostName());
    d->handler = std::move(handler);
    d->owner = this;
#ifndef _WIN32
    if (pipe(d->wakePipe) == 0) {
        for (int fd : d->wakePipe)
            fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
#endif
}

MqttClient::~MqttClient()
{
    stop();
#ifndef _WIN32
    for (int fd : d->wakePipe) {
        if (fd >= 0)
            close(fd);
    }
#endif
}

void MqttClient::start()
{
    if (d->thread)
        return;
    d->stopping = false;
    d->exited.store(false, std::memory_order_relaxed);
    d->thread.reset(QThread::create([this] { run(); }));
    d->thread->setObjectName(QStringLiteral("mqtt"));
    d->thread->start();
}

void MqttClient::run()
{
    d->run();
    if (m_threadFinished)
        m_threadFinished();
    Crypto::endThreadState(); // libmosquitto's TLS
    d->exited.store(true, std::memory_order_release);
}

void MqttClient::stop()
{
    if (!d->thread)
        return;
    {
        std::lock_guard lock(d->wakeMutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->wakeLoop();
    d->thread->wait();
    [[maybe_unused]] const bool exited = d->exited.load(std::memory_order_acquire);
    d->thread.reset();
}

bool MqttClient::publish(const QString& topic, const QByteArray& payload, int qos)
{
    QMutexLocker lock(&d->clientMutex);
    if (!d->mosq || !d->connected)
        return false;
    const bool queued = mosquitto_publish(d->mosq, nullptr, topic.toUtf8().constData(),
                                          static_cast<int>(payload.size()), payload.constData(), qos, false)
        == MOSQ_ERR_SUCCESS;
    // With the library in threaded mode the packet only leaves when the loop writes: wake it now rather than
    // at its next poll timeout.
    if (queued)
        d->wakeLoop();
    return queued;
}

qint64 MqttClient::acknowledgedPublications() const
{
    return d->acknowledged.load();
}

MqttStatus MqttClient::status() const
{
    QMutexLocker lock(&d->statusMutex);
    return d->status;
}

} // namespace pulsedesk
