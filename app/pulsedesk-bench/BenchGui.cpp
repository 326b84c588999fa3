#include "Bench.h"
#include "HeartRateChart.h"
#include "MainWindow.h"
#include "WardScreen.h"
#include "common/BackgroundRunner.h"
#include "common/ProcessStats.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/HeartRateSeries.h"
#include "monitoring/Monitoring.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/RawStatement.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QPixmap>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QValueAxis>

#include <atomic>
#include <cmath>
#include <ctime>

namespace pulsedesk::bench {

namespace {

constexpr qint64 DayMs = 24 * 3'600'000LL;

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

/// CPU time the calling thread has used, in milliseconds.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

struct Ward
{
    Session admin;
    Session doctor;
    Session nurse;
};

/// A workspace with a doctor, a nurse, and `patients` admitted patients, each wearing device bench-N since
/// `assignedFromMs`.
Result<Ward> setUpWard(Workspace& workspace, int patients, qint64 assignedFromMs)
{
    if (auto created =
            workspace.initialize(QStringLiteral("bench"), QStringLiteral("Bench"), QStringLiteral("bench-password"));
        !created)
        return created.error();
    Ward ward;
    ward.admin = workspace.login(QStringLiteral("bench"), QStringLiteral("bench-password")).value();
    auto doctor = readyStaff(workspace, ward.admin, QStringLiteral("bench-doctor"), Role::Doctor);
    if (!doctor)
        return doctor.error();
    auto nurse = readyStaff(workspace, ward.admin, QStringLiteral("bench-nurse"), Role::Nurse);
    if (!nurse)
        return nurse.error();
    ward.doctor = doctor.value();
    ward.nurse = nurse.value();
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(assignedFromMs, Qt::UTC);
    for (int d = 0; d < patients; ++d) {
        PatientInput patient;
        patient.mrn = QStringLiteral("BENCH-%1").arg(d);
        patient.name = QStringLiteral("Bench Patient %1").arg(d);
        patient.birthDate = QDate(1940, 1, 1).addDays(d * 600);
        patient.ward = QStringLiteral("A");
        patient.bed = QString::number(d + 1);
        const QString device = QStringLiteral("bench-%1").arg(d);
        if (auto added = workspace.devices().add(ward.admin, device, {}, {}); !added)
            return added.error();
        if (auto admitted = workspace.patients().admit(ward.doctor, patient); !admitted)
            return admitted.error();
        if (auto assigned = workspace.devices().assign(ward.nurse, device, patient.mrn, from); !assigned)
            return assigned.error();
    }
    return ward;
}

/// A day at 1 Hz for bench-0 ending at `endMs`: a slow wave with episodes, two silences (5 and 20 minutes) and
/// one imported hour.
Status storeDay(Workspace& workspace, qint64 endMs)
{
    QSqlDatabase db = workspace.database().connection();
    if (!db.transaction())
        return Error {Error::Code::Storage, QStringLiteral("bench chart: cannot begin")};
    RawStatement insert(db,
                        "INSERT INTO samples (device_id, ts, heart_rate, source, received_at) "
                        "SELECT id, ?1, ?2, ?3, ?1 FROM devices WHERE device_id = 'bench-0'");
    const qint64 start = endMs - DayMs;
    for (qint64 i = 0; i < 86'400; ++i) {
        if ((i >= 20'000 && i < 20'300) || (i >= 50'000 && i < 51'200))
            continue; // the device was silent
        const double wave = 78 + 12 * std::sin(static_cast<double>(i) / 1800.0) + (i % 5);
        const double bpm = (i / 600) % 37 == 0 ? wave + 45 : wave; // a ten-minute episode now and then
        insert.bind(1, start + i * 1000);
        insert.bind(2, bpm);
        insert.bind(3, i >= 60'000 && i < 63'600 ? QStringLiteral("backfill") : QStringLiteral("live"));
        if (insert.step() != RawStatement::Step::Done)
            return insert.error(QStringLiteral("storing the bench day"));
        insert.reset();
    }
    if (!db.commit())
        return Error {Error::Code::Storage, QStringLiteral("bench chart: cannot commit")};
    return {};
}

/// Logs in through the real login form, as a user would.
bool logIn(ui::MainWindow& window, const QString& user, const QString& password)
{
    auto* name = window.findChild<QLineEdit*>(QStringLiteral("loginUsername"));
    auto* pass = window.findChild<QLineEdit*>(QStringLiteral("loginPassword"));
    if (!name || !pass)
        return false;
    name->setText(user);
    pass->setText(password);
    emit pass->returnPressed();
    return waitFor([&] { return window.session().isValid(); }, 30'000);
}

} // namespace

int chart(QTextStream& out, QTextStream& err, int frames, bool json)
{
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(QStringLiteral("data")));
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch();
    auto ward = setUpWard(workspace, 1, endMs - DayMs - 60'000);
    if (!ward) {
        err << "bench chart: " << ward.errorMessage() << Qt::endl;
        return 1;
    }
    if (auto stored = storeDay(workspace, endMs); !stored) {
        err << "bench chart: " << stored.errorMessage() << Qt::endl;
        return 1;
    }
    const QString mrn = QStringLiteral("BENCH-0");

    ui::HeartRateChart chart;
    chart.resize(1280, 720);
    chart.show();
    QApplication::processEvents();
    const int columns = chart.columns();

    // Read and reduce, as the patient view does on its background thread.
    std::vector<double> readMs;
    Result<PatientChart> data = Error {Error::Code::NotFound, {}};
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer timer;
        timer.start();
        data = HeartRateSeries::read(workspace.database(), ward->doctor, mrn, endMs - DayMs, endMs, columns);
        readMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!data) {
            err << "bench chart: " << data.errorMessage() << Qt::endl;
            return 1;
        }
    }
    size_t points = 0;
    for (const ChartSegment& s : data->segments)
        points += s.points.size();

    // A frame: hand the reduced series to the chart and draw it all.
    std::vector<double> frameMs;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        chart.setData(data.value());
        const QPixmap frame = chart.view()->grab();
        frameMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6 + (frame.isNull() ? 1e6 : 0));
    }
    // A pan step: the range moves by 1 %, so read, reduce and draw again.
    std::vector<double> panMs;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 shift = DayMs / 100 * (i + 1);
        auto moved = HeartRateSeries::read(workspace.database(), ward->doctor, mrn, endMs - DayMs - shift,
                                           endMs - shift, columns);
        if (!moved) {
            err << "bench chart: " << moved.errorMessage() << Qt::endl;
            return 1;
        }
        chart.setData(moved.value());
        const QPixmap frame = chart.view()->grab();
        panMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6 + (frame.isNull() ? 1e6 : 0));
    }

    // Baseline: the same chart size handed every sample of the day as one line series.
    QList<QPointF> all;
    all.reserve(86'400);
    {
        QSqlDatabase db = workspace.database().connection();
        RawStatement select(db, "SELECT ts, heart_rate FROM samples ORDER BY ts");
        while (select.step() == RawStatement::Step::Row)
            all.append(QPointF(static_cast<qreal>(select.integer(0)), select.real(1)));
    }
    QChartView naiveView;
    auto* naive = new QChart;
    naive->setAnimationOptions(QChart::NoAnimation);
    naive->legend()->hide();
    auto* line = new QLineSeries(naive);
    naive->addSeries(line);
    auto* x = new QDateTimeAxis(naive);
    auto* y = new QValueAxis(naive);
    naive->addAxis(x, Qt::AlignBottom);
    naive->addAxis(y, Qt::AlignLeft);
    line->attachAxis(x);
    line->attachAxis(y);
    x->setRange(QDateTime::fromMSecsSinceEpoch(endMs - DayMs), QDateTime::fromMSecsSinceEpoch(endMs));
    y->setRange(20, 180);
    naiveView.setChart(naive);
    naiveView.setRenderHint(QPainter::Antialiasing, false); // as the patient chart draws dense data
    naiveView.resize(chart.view()->size());
    naiveView.show();
    QApplication::processEvents();
    std::vector<double> naiveMs;
    for (int i = 0; i < std::max(3, frames / 5); ++i) {
        QElapsedTimer timer;
        timer.start();
        line->replace(all);
        const QPixmap frame = naiveView.grab();
        naiveMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6 + (frame.isNull() ? 1e6 : 0));
    }
    const qint64 peak = ProcessStats::peakResidentKib();

    const double frame = median(frameMs);
    const double pan = median(panMs);
    const double baseline = median(naiveMs);
    const bool met = frame < 16;
    QJsonObject figures {{QStringLiteral("samples"), static_cast<double>(data->sampleCount)},
                         {QStringLiteral("columns"), columns},
                         {QStringLiteral("pointsDrawn"), static_cast<double>(points)},
                         {QStringLiteral("readReduceMedianMs"), median(readMs)},
                         {QStringLiteral("frameMedianMs"), frame},
                         {QStringLiteral("panStepMedianMs"), pan},
                         {QStringLiteral("baselineAllPointsFrameMedianMs"), baseline},
                         {QStringLiteral("peakResidentKib"), static_cast<double>(peak)},
                         {QStringLiteral("targetMet"), met}};
    print(out, json, QStringLiteral("chart"), figures,
          QStringLiteral("bench chart: 24 h at 1 Hz (%1 samples, 2 gaps, 1 imported hour), chart %2 columns wide\n"
                         "  read and reduce (store -> %3 points), median     %4 ms\n"
                         "  frame: set series and draw, median              %5 ms   target < 16 ms: %6\n"
                         "  pan step: read, reduce and draw, median         %7 ms\n"
                         "  baseline: all %1 points in one series, median   %8 ms   (%9x slower)\n"
                         "  peak memory                                     %10 MiB")
              .arg(data->sampleCount)
              .arg(columns)
              .arg(points)
              .arg(median(readMs), 0, 'f', 1)
              .arg(frame, 0, 'f', 1)
              .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(pan, 0, 'f', 1)
              .arg(baseline, 0, 'f', 1)
              .arg(frame > 0 ? baseline / frame : 0, 0, 'f', 0)
              .arg(static_cast<double>(peak) / 1024, 0, 'f', 1));
    workspace.database().releaseThreadConnection();
    return met ? 0 : 2;
}

int ward(QTextStream& out, QTextStream& err, int patients, int seconds, bool json)
{
    QTemporaryDir dir;
    Workspace workspace(dir.filePath(QStringLiteral("data")));
    auto ward = setUpWard(workspace, patients, QDateTime::currentMSecsSinceEpoch() - 3'600'000);
    if (!ward) {
        err << "bench ward: " << ward.errorMessage() << Qt::endl;
        return 1;
    }
    // The benchmark feeds the ward itself: the workstation's monitoring analyses, but connects to no broker.
    Monitoring monitoring(workspace);
    monitoring.setBrokerEnabled(false);
    monitoring.startAnalysis({});
    BackgroundRunner runner;
    double idleShare = 0;
    double busyShare = 0;
    qint64 stored = 0;
    int liveTiles = 0;
    int alarmTiles = 0;
    {
        ui::MainWindow window(workspace, runner, Clock::system(), &monitoring);
        window.resize(1600, 1000);
        window.show();
        if (!logIn(window, QStringLiteral("bench-nurse"), QStringLiteral("bench-password-2"))) {
            err << "bench ward: the nurse could not log in" << Qt::endl;
            return 1;
        }
        auto* screen = window.findChild<ui::WardScreen*>(QStringLiteral("wardScreen"));
        if (!screen || !waitFor([&] { return screen->tiles().size() == patients; }, 30'000)) {
            err << "bench ward: the ward did not show " << patients << " tiles" << Qt::endl;
            return 1;
        }
        // The GUI thread's share of one core over a stretch of wall time, with the event loop running.
        const auto share = [](int forSeconds) {
            QElapsedTimer wall;
            wall.start();
            const double cpu = threadCpuMs();
            runFor(forSeconds * 1000);
            return (threadCpuMs() - cpu) / static_cast<double>(wall.elapsed());
        };
        idleShare = share(std::max(5, seconds / 3));

        // Every device sends one sample a second, from a thread of its own, through the ingest pipeline.
        std::atomic<bool> running {true};
        std::atomic<qint64> count {0};
        std::unique_ptr<QThread> devices(QThread::create([&] {
            const ThreadConnectionGuard connection(workspace.database());
            while (running) {
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                QList<IncomingMessage> batch;
                for (int d = 0; d < patients; ++d) {
                    // Every fifth patient runs a tachycardia, so the ward has alarms to sort and show.
                    const double bpm = d % 5 == 0 ? 150 + d % 7 : 62 + d % 30;
                    batch.append({QStringLiteral("mqtt"), QStringLiteral("IoTSimulator/bpm"),
                                  QStringLiteral("{\"deviceId\":\"bench-%1\",\"timestamp\":%2,\"bpm\":%3}")
                                      .arg(d)
                                      .arg(now)
                                      .arg(bpm)
                                      .toUtf8(),
                                  now});
                }
                if (workspace.ingest().ingest(batch))
                    count += patients;
                QThread::msleep(static_cast<unsigned long>(1000 - now % 1000));
            }
        }));
        devices->start();
        busyShare = share(seconds);
        running = false;
        devices->wait();
        stored = count;
        // Evidence that the ward kept up: tiles showing a recent sample, and tiles showing an alarm.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const ui::WardTileWidget* tile : screen->tiles()) {
            liveTiles += now - tile->tile().lastSampleMs < 5'000 ? 1 : 0;
            alarmTiles += tile->tile().alarm.has_value() ? 1 : 0;
        }
        window.close();
    }
    monitoring.stop();
    runner.stop([&workspace] { workspace.database().releaseThreadConnection(); });
    const qint64 peak = ProcessStats::peakResidentKib();
    const bool met = busyShare < 0.10;
    QJsonObject figures {{QStringLiteral("patients"), patients},
                         {QStringLiteral("seconds"), seconds},
                         {QStringLiteral("samplesStored"), static_cast<double>(stored)},
                         {QStringLiteral("guiThreadShare"), busyShare},
                         {QStringLiteral("baselineSilentShare"), idleShare},
                         {QStringLiteral("liveTilesAtEnd"), liveTiles},
                         {QStringLiteral("alarmTilesAtEnd"), alarmTiles},
                         {QStringLiteral("peakResidentKib"), static_cast<double>(peak)},
                         {QStringLiteral("targetMet"), met}};
    print(out, json, QStringLiteral("ward"), figures,
          QStringLiteral("bench ward: %1 patients at 1 Hz for %2 s (%3 samples stored and analysed)\n"
                         "  GUI thread, share of one core                   %4 %   target < 10 %: %5\n"
                         "  baseline: same window, every device silent      %6 %\n"
                         "  at the end: %8 tiles showing a sample under 5 s old, %9 showing an alarm\n"
                         "  peak memory                                     %7 MiB")
              .arg(patients)
              .arg(seconds)
              .arg(stored)
              .arg(busyShare * 100, 0, 'f', 2)
              .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(idleShare * 100, 0, 'f', 2)
              .arg(static_cast<double>(peak) / 1024, 0, 'f', 1)
              .arg(liveTiles)
              .arg(alarmTiles));
    return met ? 0 : 2;
}

} // namespace pulsedesk::bench
