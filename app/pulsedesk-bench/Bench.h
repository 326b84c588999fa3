#pragma once

#include "analysis/AnalysisTypes.h"
#include "common/Result.h"
#include "model/Role.h"
#include "security/Session.h"

#include <QJsonObject>
#include <QTextStream>

#include <array>
#include <functional>
#include <utility>
#include <vector>

namespace pulsedesk {
class AnomalyScorer;
class Workspace;
} // namespace pulsedesk

namespace pulsedesk::bench {

/// The static-threshold baseline of the anomaly benchmark, fixed adult limits per vital: heart rate 50-120/min, SpO2
/// at least 94 %, temperature 36.0-37.8 °C, pressure 100-150 / 60-95 mmHg.
inline constexpr std::array<std::pair<double, double>, 5> ClinicalLimits {
    {{50, 120}, {94, 101}, {36.0, 37.8}, {100, 150}, {60, 95}}};

/// Prints a benchmark's figures: one JSON object with --json, else the text.
void print(QTextStream& out, bool json, const QString& name, const QJsonObject& figures, const QString& text);

/// The middle value (the mean of the two middle values for an even count); 0 for none.
double median(std::vector<double> values);
/// The p-th percentile (0 < p <= 1) by the nearest-rank method: the smallest value with at least p of the values
/// at or below it; 0 for none.
double percentile(std::vector<double> values, double p);

/// Runs the event loop, sleeping while there is nothing to do as the workstation's own loop does, until `done`
/// (checked every `pollMs`) or `timeoutMs` has passed; whether `done` holds.
bool waitFor(const std::function<bool()>& done, int timeoutMs, int pollMs = 20);
/// A member of staff ready to work in a benchmark's workspace: added with a one-time password, then changed.
Result<Session> readyStaff(Workspace& workspace, const Session& admin, const QString& name, Role role);

/// Login cost: scrypt with the key slot parameters, against a baseline of touching the same amount of memory
/// in the same run; reports the median and the peak resident memory.
int kdf(QTextStream& out, int runs, bool json);

/// Process start to the login window shown (the workstation run with --measure-startup), against a bare Qt
/// window started the same way in the same run; reports the medians.
int startup(QTextStream& out, QTextStream& err, int runs, bool json);

/// Live ingest: drains a broker backlog of QoS 1 messages into the encrypted store (or a ward server), against
/// mosquitto_sub draining the same backlog in the same run (and on a server a bare COPY of the same rows into the
/// samples table); then a steady stream for the publish-to-stored latency.
struct IngestLoad
{
    int messages = 0; ///< the backlog
    int devices = 0;
    int steadyRate = 0; ///< messages per second of the steady stream
    int steadySeconds = 0;
    QString server; ///< a ward server's connection string; empty: an encrypted store in a temporary folder
};
int ingest(QTextStream& out, QTextStream& err, const IngestLoad& load, bool json);

/// Analysis on one core without I/O: windows, classification and alarm evaluation over a synthetic ward,
/// against a bare per-window mean over the same samples in the same run.
int analysis(QTextStream& out, qint64 samples, int devices, bool json);

/// The analysis benchmark's load: `count` samples of `devices` devices at 1 Hz in arrival order, interleaved, with
/// episodes and the odd late one; device n is worn by patient n.
std::vector<AnalysisSample> analysisLoad(qint64 count, int devices);
struct AnalysisRun
{
    double seconds = 0;
    double cpuSeconds = 0; ///< the thread's own CPU time: what other processes on the machine do not change
    qint64 windows = 0;
    qint64 recomputed = 0;
    qint64 events = 0;
    qint64 raised = 0;
    /// With timeScoring: the thread's CPU time in the scoring step (the scorer's, or the empty step's without one)
    double scoringCpuSeconds = 0;
};
/// Windows, classification and alarm evaluation over the samples in live batches on one core, as the live service
/// drives them; with a scorer, each window is scored before its alarms, and `each` sees every result. With
/// `timeScoring` the scoring step of each batch is timed on its own, with or without a scorer (the same clock
/// reads either way, so that they cost the same in runs with and without scoring).
AnalysisRun runAnalysis(const std::vector<AnalysisSample>& samples, int devices, AnomalyScorer* scorer = nullptr,
                        const std::function<void(const WindowResult&)>& each = {}, bool timeScoring = false);

/// Import: a generated dump of interleaved samples from a ward of devices, previewed and imported with analysis
/// into the encrypted store, against a bare prepared-statement insert loop of the same rows into an encrypted
/// store in the same run (the storage ceiling); reports the peak memory (the file is streamed, never loaded).
int import(QTextStream& out, QTextStream& err, qint64 samples, int devices, bool json);

/// The patient chart: a day at 1 Hz (86,400 samples, two gaps, an imported hour) read, reduced to the chart's
/// width and drawn, frame by frame, against the same chart handed all 86,400 points in the same run.
/// Needs a QApplication (offscreen when there is no display).
int chart(QTextStream& out, QTextStream& err, int frames, bool json);

/// The ward overview with `patients` patients sending 1 sample/s each, stored and analysed: the GUI thread's
/// share of one core, against the same window with every device silent in the same run.
int ward(QTextStream& out, QTextStream& err, int patients, int seconds, bool json);

/// A ward shared live on a PostgreSQL server (`connInfo`, a role that may create roles, an empty database): a writer
/// storing `patients` monitors at 1 Hz and their results through core, `workstations` logins each listening to the
/// server's change notifications; `acks` alarms raised and acknowledged on the first, the time until every other
/// one reads the acknowledgement back, against a bare NOTIFY/LISTEN round trip in the same run. Also the server's
/// CPU share, queries per second per workstation, the notify trigger's cost on storing results, peak memory.
int wardServer(QTextStream& out, QTextStream& err, const QString& connInfo, int workstations, int patients, int acks,
               bool json);

/// The de-identified research export of `patients` patients with `days` of 1 Hz samples each, in samples per
/// second, against a bare read of the same rows through the same reader in the same run; peak memory of both.
int exportResearch(QTextStream& out, QTextStream& err, int patients, double days, bool json);
/// A 7-day trend report of a patient at 1 Hz (604,800 samples): read, laid out and written
/// as PDF, against reading the same samples alone in the same run; reports the peak memory of both. Needs a
/// QGuiApplication (offscreen when there is no display).
int report(QTextStream& out, QTextStream& err, int runs, bool json);

/// The hospital interfaces over MLLP on loopback, one message at a time: ADT^A01 admissions accepted, applied and
/// acknowledged by the ADT listener, against the same sender and a bare echo peer; window results sent from the
/// outbox as ORU^R01 until acknowledged, against the same peer sent the same bytes by a bare sender. Peak memory.
int interfaces(QTextStream& out, QTextStream& err, int messages, bool json);

/// Device-fleet health on a labelled simulated fleet (`healthy` healthy devices and `perKind` of each fault kind,
/// `hours` of every vital at 1 Hz, stored in a temporary store): precision and recall of the flags against the
/// labels, next to a static-threshold baseline (a device's mean outside fixed limits) in the same run; the cost of
/// the health check and the peak memory of each. Then windowScores() for as many patients over the same hours, its
/// cost on `costSamples` of the analysis benchmark's load of 100 devices over `rounds` rounds.
int anomaly(QTextStream& out, QTextStream& err, int healthy, int perKind, int hours, qint64 costSamples, int rounds,
            bool json);

struct WindowScoreFigures
{
    QJsonObject figures;
    QString text;
};
/// The anomaly score per window on a labelled set (`patients` patients, `hours` of every vital at 1 Hz, with
/// injected episodes): precision and recall of windows scoring at or above the threshold against the labels, next
/// to fixed clinical limits on the same windows; and the scoring cost on the analysis benchmark's load
/// (`costSamples` samples of `costDevices` devices), analysed with scoring off and on in turn, `rounds` times: the
/// median share of the analysis's CPU time over the rounds, and its spread.
WindowScoreFigures windowScores(int patients, int hours, qint64 costSamples, int costDevices, int rounds);

} // namespace pulsedesk::bench
