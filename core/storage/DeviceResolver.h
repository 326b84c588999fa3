#pragma once

#include <QHash>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pulsedesk {

/// Maps a device as messages and files name it to its registered row, and tells which patient a device was
/// assigned to at a time. Live ingest and import resolve devices through it. Safe to share between threads; each
/// call takes the calling thread's connection.
///
/// Only registered devices are remembered: a device registered later is found the next time it is asked for.
/// A device's assignment history is read once, on first use: after devices or assignments change, call
/// invalidate() (or use a new resolver).
class DeviceResolver
{
public:
    /// The registered device's row id; nothing when no device of that id is registered (or the store cannot say).
    std::optional<qint64> rowId(QSqlDatabase& db, const QString& deviceId);
    /// The patient the device (row id) was assigned to at `ms`, 0 for nobody.
    qint64 patientAt(QSqlDatabase& db, qint64 deviceRowId, qint64 ms);
    /// Forgets what it remembered (after devices or assignments change).
    void invalidate();

private:
    struct Assignment
    {
        qint64 patientId = 0;
        qint64 fromMs = 0;
        qint64 toMs = 0; ///< exclusive; max when still assigned
    };

    QMutex m_mutex;
    QHash<QString, qint64> m_rowIds;
    QHash<qint64, QList<Assignment>> m_assignments;
};

} // namespace pulsedesk
