#pragma once

#include "common/Result.h"
#include "security/Role.h"
#include "security/Session.h"

#include <QTextStream>

class QJsonObject;

namespace pulsedesk {
class Workspace;
}

namespace pulsedesk::cli::Bench {

/// Prints a benchmark's figures: one JSON object with --json, else the text.
void print(QTextStream& out, bool json, const QString& name, const QJsonObject& figures, const QString& text);

/// A member of staff ready to work in a benchmark's workspace: added with a one-time password, then changed.
Result<Session> readyStaff(Workspace& workspace, const Session& admin, const QString& name, Role role);

/// Login cost: scrypt with the key slot parameters, against a baseline of touching the same amount of memory
/// in the same run; reports the median and the peak resident memory.
int kdf(QTextStream& out, int runs, bool json);

/// Process start to the login window shown (the workstation run with --measure-startup), against a bare Qt
/// window started the same way in the same run; reports the medians.
int startup(QTextStream& out, QTextStream& err, int runs, bool json);

/// Live ingest: drains a broker backlog of QoS 1 messages into the encrypted store, against mosquitto_sub
/// draining the same backlog in the same run; then a steady stream for the publish-to-stored latency.
int ingest(QTextStream& out, QTextStream& err, int messages, int devices, int steadyRate, int steadySeconds, bool json);

/// Analysis on one core without I/O: windows, classification and alarm evaluation over a synthetic ward,
/// against a bare per-window mean over the same samples in the same run.
int analysis(QTextStream& out, qint64 samples, int devices, bool json);

/// Import: a generated dump of interleaved samples from a ward of devices, previewed and imported with analysis
/// into the encrypted store, against a bare prepared-statement insert loop of the same rows into an encrypted
/// store in the same run (the storage ceiling); reports the peak memory (the file is streamed, never loaded).
int import(QTextStream& out, QTextStream& err, qint64 samples, int devices, bool json);

} // namespace pulsedesk::cli::Bench
