#include "Bench.h"
#include "alarms/AlarmEngine.h"
#include "analysis/AnomalyScorer.h"
#include "analysis/WindowEngine.h"
#include "common/ProcessStats.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QRandomGenerator>

#include <ctime>
#include <unordered_map>
#include <vector>

namespace pulsedesk::bench {

namespace {

/// Device n is worn by patient n for the whole run; a mix of ages so every band is used.
class WardResolver final : public PatientResolver
{
public:
    explicit WardResolver(int devices)
    {
        m_patients.resize(std::size_t(devices) + 1);
        for (int d = 1; d <= devices; ++d) {
            PatientContext& p = m_patients[std::size_t(d)];
            p.patientId = d;
            p.birthDate = QDate(2026, 1, 1).addMonths(-(d * 11) % 1000);
            p.sex = d % 2 ? Sex::Female : Sex::Male;
            p.doctorIds = {1};
        }
    }
    const PatientContext* patientAt(qint64 device, qint64) override
    {
        return device > 0 && device < qint64(m_patients.size()) ? &m_patients[std::size_t(device)] : nullptr;
    }

private:
    std::vector<PatientContext> m_patients;
};

} // namespace

std::vector<AnalysisSample> analysisLoad(qint64 count, int devices)
{
    std::vector<AnalysisSample> samples;
    samples.reserve(std::size_t(count));
    QRandomGenerator rng(20261121);
    const qint64 start = 1'780'000'000'000;
    for (qint64 i = 0; i < count; ++i) {
        const qint64 device = 1 + i % devices;
        const qint64 second = i / devices;
        double hr = 75 + rng.bounded(-8, 9);
        if ((second / 600 + device) % 7 == 0)
            hr += 70; // a ten-minute episode of tachycardia now and then
        qint64 ts = start + second * 1000 + device;
        if (i % 997 == 0 && second > 20)
            ts -= 15'500; // late: reopens a final window
        samples.push_back(
            {device, ts, hr, 97, AnalysisSample::Missing, AnalysisSample::Missing, AnalysisSample::Missing});
    }
    return samples;
}

AnalysisRun runAnalysis(const std::vector<AnalysisSample>& samples, int devices, AnomalyScorer* scorer,
                        const std::function<void(const WindowResult&)>& each, bool timeScoring)
{
    constexpr std::size_t Chunk = 1000; // a live batch
    const qint64 start = samples.front().timestampMs;
    WardResolver resolver(devices);
    WindowSettings settings;
    settings.zone = QTimeZone(QByteArrayLiteral("UTC"));
    WindowEngine windows(HeartRateBands::builtIn(), resolver, settings);
    AlarmEngine alarms;
    AnalysisRun run;
    const auto threadCpu = [] {
        timespec t {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const double cpuStart = threadCpu();
    QElapsedTimer timer;
    timer.start();
    const auto handle = [&](std::vector<WindowResult> results, qint64 now, bool countRaised) {
        if (timeScoring) {
            const double before = threadCpu();
            if (scorer)
                scorer->score(results);
            run.scoringCpuSeconds += threadCpu() - before;
        } else if (scorer) {
            scorer->score(results);
        }
        for (const WindowResult& r : results) {
            for (const AlarmEvent& e : alarms.onWindow(r, now)) {
                ++run.events;
                run.raised += countRaised && e.action == AlarmAction::Raised ? 1 : 0;
            }
            if (each)
                each(r);
        }
    };
    for (std::size_t i = 0; i < samples.size(); i += Chunk) {
        const std::size_t n = std::min(Chunk, samples.size() - i);
        const qint64 now = start + (qint64(i) / devices) * 1000 + 500;
        windows.add(std::span(samples).subspan(i, n), now);
        handle(windows.collect(now), now, true);
        run.events += qint64(alarms.tick(now).size());
    }
    handle(windows.flush(), start, false); // the last windows' events, as before: none counted as raised
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.cpuSeconds = threadCpu() - cpuStart;
    run.windows = windows.totals().windows;
    run.recomputed = windows.totals().recomputed;
    return run;
}

int analysis(QTextStream& out, qint64 count, int devices, bool json)
{
    const std::vector<AnalysisSample> samples = analysisLoad(count, devices);

    // Baseline: the least any windowed analysis does — a per-device running mean per 10 s window, no ordering,
    // no duplicates, no classification, no alarms.
    QElapsedTimer timer;
    timer.start();
    struct Running
    {
        qint64 window = -1;
        double sum = 0;
        int n = 0;
    };
    std::unordered_map<qint64, Running> running;
    double checksum = 0;
    for (const AnalysisSample& s : samples) {
        Running& r = running[s.deviceRowId];
        const qint64 window = s.timestampMs / 10'000;
        if (window != r.window) {
            if (r.n > 0)
                checksum += r.sum / r.n;
            r = {window, 0, 0};
        }
        r.sum += s.heartRate;
        ++r.n;
    }
    const double baselineSeconds = double(timer.nsecsElapsed()) / 1e9;

    // The analysis: windows, classification, alarm evaluation, as the live service drives them.
    const AnalysisRun run = runAnalysis(samples, devices);
    const double seconds = run.seconds;
    const qint64 events = run.events;
    const qint64 raised = run.raised;

    const double rate = double(count) / seconds;
    const double baselineRate = double(count) / baselineSeconds;
    const qint64 peak = ProcessStats::peakResidentKib();
    const bool met = rate >= 2'000'000;
    const QJsonObject figures {{QStringLiteral("samples"), count},
                               {QStringLiteral("devices"), devices},
                               {QStringLiteral("windows"), run.windows},
                               {QStringLiteral("recomputed"), run.recomputed},
                               {QStringLiteral("alarmEvents"), events},
                               {QStringLiteral("alarmsRaised"), raised},
                               {QStringLiteral("samplesPerSecond"), rate},
                               {QStringLiteral("baselineSamplesPerSecond"), baselineRate},
                               {QStringLiteral("peakRssMiB"), double(peak) / 1024},
                               {QStringLiteral("targetMet"), met}};
    print(out, json, QStringLiteral("analysis"), figures,
          QStringLiteral("bench analysis: %1 samples, %2 devices, one core, no I/O (checksum %3)\n"
                         "  windows + classification + alarms   %4 samples/s   target 2000000: %5\n"
                         "  baseline: bare per-window mean      %6 samples/s\n"
                         "  %7 windows (%8 recomputed after late samples), %9 alarm events, %10 alarms raised\n"
                         "  peak memory                         %11 MiB")
              .arg(count)
              .arg(devices)
              .arg(checksum, 0, 'f', 0)
              .arg(rate, 0, 'f', 0)
              .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(baselineRate, 0, 'f', 0)
              .arg(run.windows)
              .arg(run.recomputed)
              .arg(events)
              .arg(raised)
              .arg(double(peak) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace pulsedesk::bench
