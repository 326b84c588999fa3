#include "Bench.h"

#include "common/ProcessStats.h"
#include "security/Crypto.h"
#include "security/KeySlotFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

namespace pulsedesk::bench {

bool waitFor(const std::function<bool()>& done, int timeoutMs, int pollMs)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() >= timeoutMs)
            loop.quit();
    });
    poll.start(pollMs);
    if (!done())
        loop.exec();
    return done();
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::max(std::ceil(p * double(values.size())), 1.0)) - 1;
    return values[std::min(rank, values.size() - 1)];
}

namespace {

struct Launch
{
    double ms = -1; ///< process start to window shown
    qint64 peakKib = 0; ///< the workstation's own peak resident memory at that moment
};

/// Runs the workstation until it reports its window shown.
Launch timeLaunch(const QString& program, const QStringList& arguments, QTextStream& err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")) && !env.contains(QStringLiteral("DISPLAY"))
        && !env.contains(QStringLiteral("WAYLAND_DISPLAY")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForStarted(10'000)) {
        err << "bench startup: cannot start " << program << ": " << process.errorString() << Qt::endl;
        return {};
    }
    QByteArray output;
    while (timer.elapsed() < 30'000) {
        process.waitForReadyRead(100);
        output += process.readAllStandardOutput();
        if (const qsizetype at = output.indexOf("window-shown "); at >= 0 && output.indexOf('\n', at) > at) {
            Launch launch;
            launch.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            launch.peakKib = output.mid(at + 13, output.indexOf('\n', at) - at - 13).trimmed().toLongLong();
            process.kill();
            process.waitForFinished(5'000);
            return launch;
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    err << "bench startup: " << program << " did not show its window: " << process.readAllStandardError() << Qt::endl;
    process.kill();
    process.waitForFinished(5'000);
    return {};
}

} // namespace

void print(QTextStream& out, bool json, const QString& name, const QJsonObject& figures, const QString& text)
{
    if (json) {
        QJsonObject all = figures;
        all.insert(QStringLiteral("benchmark"), name);
        out << QJsonDocument(all).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        out << text << Qt::endl;
    }
}

int kdf(QTextStream& out, int runs, bool json)
{
    const ScryptParams params = KeySlotFile::defaultParams();
    const QByteArray salt = Crypto::randomBytes(Crypto::SaltSize);
    const QString password = QStringLiteral("correct horse battery staple");

    std::vector<double> kdfMs;
    std::vector<double> baselineMs;
    std::vector<unsigned char> buffer(params.memoryBytes());
    for (int i = 0; i < runs; ++i) {
        // Baseline: write and read back the memory scrypt needs, the floor any memory-hard KDF pays.
        QElapsedTimer timer;
        timer.start();
        std::memset(buffer.data(), i + 1, buffer.size());
        unsigned sum = 0;
        for (size_t j = 0; j < buffer.size(); j += 64)
            sum += buffer[j];
        baselineMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6 + (sum == 0xFFFFFFFF ? 1 : 0));

        timer.restart();
        auto key = Crypto::deriveKey(password, salt, params);
        kdfMs.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
        if (!key) {
            out << "bench kdf: " << key.errorMessage() << Qt::endl;
            return 1;
        }
    }
    const double kdfMedian = median(kdfMs);
    const double baselineMedian = median(baselineMs);
    const qint64 peak = ProcessStats::peakResidentKib();
    const bool met = kdfMedian >= 100 && kdfMedian <= 1000;
    const QJsonObject figures {{QStringLiteral("runs"), runs},
                               {QStringLiteral("scryptN"), static_cast<qint64>(params.n)},
                               {QStringLiteral("scryptR"), static_cast<qint64>(params.r)},
                               {QStringLiteral("scryptP"), static_cast<qint64>(params.p)},
                               {QStringLiteral("kdfMemoryMiB"), static_cast<double>(params.memoryBytes()) / (1 << 20)},
                               {QStringLiteral("loginMedianMs"), kdfMedian},
                               {QStringLiteral("baselineMemoryTouchMedianMs"), baselineMedian},
                               {QStringLiteral("peakRssMiB"), static_cast<double>(peak) / 1024},
                               {QStringLiteral("targetMet"), met}};
    print(out, json, QStringLiteral("kdf"), figures,
          QStringLiteral("bench kdf: scrypt N=%1 r=%2 p=%3 (%4 MiB), %5 runs\n"
                         "  login (key derivation) median   %6 ms   target 100-1000 ms: %7\n"
                         "  baseline: touch %4 MiB median   %8 ms\n"
                         "  peak memory                      %9 MiB")
              .arg(params.n)
              .arg(params.r)
              .arg(params.p)
              .arg(static_cast<double>(params.memoryBytes()) / (1 << 20), 0, 'f', 0)
              .arg(runs)
              .arg(kdfMedian, 0, 'f', 1)
              .arg(met ? QStringLiteral("met") : QStringLiteral("NOT met"))
              .arg(baselineMedian, 0, 'f', 1)
              .arg(static_cast<double>(peak) / 1024, 0, 'f', 1));
    return 0;
}

int startup(QTextStream& out, QTextStream& err, int runs, bool json)
{
    QString program = qEnvironmentVariable("PULSEDESK_GUI");
    if (program.isEmpty())
        program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("pulsedesk"));
    QTemporaryDir dataDir;
    std::vector<double> appMs;
    std::vector<double> bareMs;
    qint64 appPeakKib = 0;
    for (int i = 0; i < runs; ++i) {
        const Launch bare = timeLaunch(program, {QStringLiteral("--measure-startup=bare")}, err);
        const Launch app =
            timeLaunch(program, {QStringLiteral("--measure-startup"), QStringLiteral("--data"), dataDir.path()}, err);
        if (bare.ms < 0 || app.ms < 0)
            return 1;
        bareMs.push_back(bare.ms);
        appMs.push_back(app.ms);
        appPeakKib = std::max(appPeakKib, app.peakKib);
    }
    const double appMedian = median(appMs);
    const double bareMedian = median(bareMs);
    const QJsonObject figures {{QStringLiteral("runs"), runs},
                               {QStringLiteral("startupToLoginMedianMs"), appMedian},
                               {QStringLiteral("baselineBareQtWindowMedianMs"), bareMedian},
                               {QStringLiteral("workstationPeakRssMiB"), static_cast<double>(appPeakKib) / 1024}};
    print(out, json, QStringLiteral("startup"), figures,
          QStringLiteral("bench startup: %1 runs\n"
                         "  process start to login window shown, median   %2 ms\n"
                         "  baseline: bare Qt window, median              %3 ms\n"
                         "  workstation peak memory at login              %4 MiB")
              .arg(runs)
              .arg(appMedian, 0, 'f', 1)
              .arg(bareMedian, 0, 'f', 1)
              .arg(static_cast<double>(appPeakKib) / 1024, 0, 'f', 1));
    return 0;
}

} // namespace pulsedesk::bench
