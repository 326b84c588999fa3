#pragma once

#include "common/Clock.h"
#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pulsedesk {

/// Slows down password guessing: after FreeAttempts failed logins for a user, each further attempt must wait a
/// delay that doubles with every failure (capped). The counts live in a small file beside the database so they
/// survive a restart; a failure is also kept there until it can be written to the (encrypted) audit log.
/// It fails closed: while the file cannot be written (disk full, the path taken by something else) the caller
/// must refuse logins, since a failure that is not recorded costs a guesser nothing.
class LoginThrottle
{
public:
    static constexpr int FreeAttempts = 5;
    static constexpr qint64 BaseDelayMs = 5'000;
    static constexpr qint64 MaxDelayMs = 15 * 60'000;

    struct Failure
    {
        QString username;
        QDateTime at;
    };

    LoginThrottle(QString path, const Clock& clock);

    /// Milliseconds the user must still wait before the next attempt (0: may try now); never more than the delay
    /// the user's failures call for. A last failure in the future (the clock was set back) is moved to now.
    qint64 remainingDelayMs(const QString& username);
    int failureCount(const QString& username) const;
    /// Rewrites the state as it is: an error when a failure could not be recorded now.
    Status checkWritable() const;
    Status recordFailure(const QString& username);
    void recordSuccess(const QString& username);
    /// Failures not yet in the audit log; they are forgotten here once taken.
    QList<Failure> takeUnauditedFailures();

    static qint64 delayAfterFailures(int failures);

private:
    struct Entry
    {
        int failures = 0;
        qint64 lastFailureMs = 0;
    };
    struct State
    {
        QHash<QString, Entry> users;
        QList<Failure> unaudited;
    };
    State load() const;
    Status save(const State& state) const;

    QString m_path;
    const Clock& m_clock;
};

} // namespace pulsedesk
