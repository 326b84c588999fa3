#include "security/LoginThrottle.h"

#include "common/AtomicFile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

namespace pulsedesk {

Q_LOGGING_CATEGORY(lcThrottle, "pulsedesk.security.throttle")

LoginThrottle::LoginThrottle(QString path, const Clock& clock)
    : m_path(std::move(path))
    , m_clock(clock)
{ }

qint64 LoginThrottle::delayAfterFailures(int failures)
{
    if (failures < FreeAttempts)
        return 0;
    const int doublings = std::min(failures - FreeAttempts, 20);
    return std::min(BaseDelayMs << doublings, MaxDelayMs);
}

qint64 LoginThrottle::remainingDelayMs(const QString& username)
{
    State state = load();
    const auto it = state.users.find(username);
    if (it == state.users.end())
        return 0;
    const qint64 now = m_clock.nowMs();
    if (it->lastFailureMs > now) {
        // A last failure after now (the clock was set back, or the file was edited) counts as now, and is kept
        // so: the wait then ends, rather than lasting until the clock reaches the recorded time.
        it->lastFailureMs = now;
        if (auto saved = save(state); !saved)
            qCWarning(lcThrottle) << "Could not save the login throttle state:" << saved.errorMessage();
    }
    const qint64 delay = delayAfterFailures(it->failures);
    return std::max<qint64>(0, delay - std::min(now - it->lastFailureMs, delay));
}

int LoginThrottle::failureCount(const QString& username) const
{
    return load().users.value(username).failures;
}

Status LoginThrottle::checkWritable() const
{
    return save(load());
}

Status LoginThrottle::recordFailure(const QString& username)
{
    State state = load();
    Entry& entry = state.users[username];
    entry.failures += 1;
    entry.lastFailureMs = m_clock.nowMs();
    state.unaudited.append({username, m_clock.now()});
    // Bound the file: an attacker cycling through invented names must not grow it without limit.
    while (state.unaudited.size() > 1000)
        state.unaudited.removeFirst();
    return save(state);
}

void LoginThrottle::recordSuccess(const QString& username)
{
    State state = load();
    if (state.users.remove(username) > 0) {
        if (auto saved = save(state); !saved)
            qCWarning(lcThrottle) << "Could not save the login throttle state:" << saved.errorMessage();
    }
}

QList<LoginThrottle::Failure> LoginThrottle::takeUnauditedFailures()
{
    State state = load();
    QList<Failure> taken;
    taken.swap(state.unaudited);
    if (taken.isEmpty())
        return taken;
    if (auto saved = save(state); !saved) {
        // Kept in the file: taking them now would audit them again next time.
        qCWarning(lcThrottle) << "Could not save the login throttle state:" << saved.errorMessage();
        return {};
    }
    return taken;
}

LoginThrottle::State LoginThrottle::load() const
{
    State state;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject users = root.value(QStringLiteral("users")).toObject();
    for (auto it = users.begin(); it != users.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        state.users.insert(it.key(),
                           Entry {std::clamp(o.value(QStringLiteral("failures")).toInt(), 0, 1'000'000),
                                  o.value(QStringLiteral("lastFailureMs")).toInteger()});
    }
    const QJsonArray unaudited = root.value(QStringLiteral("unaudited")).toArray();
    for (const auto& v : unaudited) {
        const QJsonObject o = v.toObject();
        state.unaudited.append({o.value(QStringLiteral("username")).toString(),
                                QDateTime::fromMSecsSinceEpoch(o.value(QStringLiteral("atMs")).toInteger(), Qt::UTC)});
    }
    return state;
}

Status LoginThrottle::save(const State& state) const
{
    QJsonObject users;
    for (auto it = state.users.cbegin(); it != state.users.cend(); ++it)
        users.insert(it.key(),
                     QJsonObject {{QStringLiteral("failures"), it->failures},
                                  {QStringLiteral("lastFailureMs"), it->lastFailureMs}});
    QJsonArray unaudited;
    for (const Failure& f : state.unaudited)
        unaudited.append(
            QJsonObject {{QStringLiteral("username"), f.username}, {QStringLiteral("atMs"), f.at.toMSecsSinceEpoch()}});
    const QJsonObject root {{QStringLiteral("users"), users}, {QStringLiteral("unaudited"), unaudited}};
    return AtomicFile::write(m_path, QJsonDocument(root).toJson(QJsonDocument::Compact));
}

} // namespace pulsedesk
