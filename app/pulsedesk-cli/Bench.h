#pragma once

#include <QTextStream>

namespace pulsedesk::cli::Bench {

/// Login cost: scrypt with the key slot parameters, against a baseline of touching the same amount of memory
/// in the same run; reports the median and the peak resident memory.
int kdf(QTextStream& out, int runs, bool json);

/// Process start to the login window shown (the workstation run with --measure-startup), against a bare Qt
/// window started the same way in the same run; reports the medians.
int startup(QTextStream& out, QTextStream& err, int runs, bool json);

/// Live ingest: drains a broker backlog of QoS 1 messages into the encrypted store, against mosquitto_sub
/// draining the same backlog in the same run; then a steady stream for the publish-to-stored latency.
int ingest(QTextStream& out, QTextStream& err, int messages, int devices, int steadyRate, int steadySeconds, bool json);

} // namespace pulsedesk::cli::Bench
