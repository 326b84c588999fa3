#include "Bench.h"
#include "security/ProcessHardening.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

constexpr auto Usage =
    "Usage: pulsedesk-bench [--json] BENCHMARK [OPTIONS]\n"
    "\n"
    "Each benchmark prints its figure next to a baseline measured in the same run, and its peak memory;\n"
    "with --json it ends with one JSON object. Exit status 2 when a target was not met (import, chart, ward).\n"
    "\n"
    "  kdf [--runs N]                               login cost vs. touching the same memory\n"
    "  startup [--runs N]                           process start to login window vs. a bare Qt window\n"
    "  ingest [--messages N] [--devices N] [--rate MSG_PER_S] [--seconds S] [--server CONNINFO]\n"
    "                                               QoS 1 backlog stored and analysed vs. mosquitto_sub;\n"
    "                                               --server: into a ward server (an empty database, a role\n"
    "                                               that may create roles), also vs. a bare COPY of the rows\n"
    "  analysis [--samples N] [--devices N]         windows, classes, alarms vs. a bare per-window mean\n"
    "  import [--samples N] [--devices N]           preview and import of a dump vs. a bare insert loop\n"
    "                                               (default 1000000 samples from 20 devices)\n"
    "  chart [--runs FRAMES]                        a day at 1 Hz drawn by the patient chart\n"
    "  ward [--patients N] [--seconds S]            the ward overview's GUI-thread share, live vs. silent\n"
    "  ward --server CONNINFO [--workstations N] [--patients N] [--acks N]\n"
    "                                               a ward shared on a PostgreSQL server (an empty database, a\n"
    "                                               role that may create roles): acknowledgement seen on the\n"
    "                                               other workstations vs. a bare NOTIFY (default 4, 50, 200)\n"
    "  export [--patients N] [--days D]             research export vs. a bare read of the same rows\n"
    "                                               (default 20 patients, 1 day at 1 Hz; a month is --days 30\n"
    "                                               and needs about 1.6 KB of disk a sample)\n"
    "  report [--runs N]                            a 7-day trend report at 1 Hz to PDF vs. reading its samples\n"
    "  interfaces [--messages N]                    HL7 ADT in and ORU results out over MLLP vs. a bare peer\n"
    "  anomaly [--devices N] [--faulty N] [--hours H] [--samples N] [--runs N]\n"
    "                                               device-fleet health on a labelled simulated fleet: precision\n"
    "                                               and recall vs. a static-threshold baseline (default 24\n"
    "                                               healthy devices, 4 of each fault kind, 4 hours); the anomaly\n"
    "                                               score per window on as many patients with injected episodes\n"
    "                                               vs. fixed clinical limits, and its cost on analysis's load\n"
    "                                               (--runs rounds of analysis without and with it, default 7)\n";

/// `chart` and `ward` draw the real widgets, `report` lays text out with QtGui; the others run without a GUI.
bool needsWidgets(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        if (argv[i][0] != '-')
            return qstrcmp(argv[i], "chart") == 0 || qstrcmp(argv[i], "ward") == 0 || qstrcmp(argv[i], "report") == 0;
    return false;
}

int usage(QTextStream& err, const QString& problem = {})
{
    if (!problem.isEmpty())
        err << "pulsedesk-bench: " << problem << Qt::endl;
    err << Usage;
    err.flush();
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    std::unique_ptr<QCoreApplication> application;
    if (needsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULSEDESK_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))) {
        out << Usage;
        return 0;
    }
    const bool json = args.removeAll(QStringLiteral("--json")) > 0;
    QString what;
    QHash<QString, QString> options;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& arg = args.at(i);
        if (!arg.startsWith(QLatin1String("--"))) {
            if (!what.isEmpty())
                return usage(err, QStringLiteral("unexpected argument '%1'").arg(arg));
            what = arg;
            continue;
        }
        if (i + 1 >= args.size())
            return usage(err, QStringLiteral("%1 needs a value").arg(arg));
        options.insert(arg.mid(2), args.at(++i));
    }
    // A run of the chart benchmark is one frame: it draws 30 by default. Defaults differ per benchmark: a ward of
    // 100 devices live, a dump of 1,000,000 samples from 20 to import.
    const bool import = what == QLatin1String("import");
    const bool anomaly = what == QLatin1String("anomaly");
    const auto take = [&options](const char* name, const QString& fallback) {
        const QString value = options.take(QString::fromLatin1(name));
        return value.isEmpty() ? fallback : value;
    };
    const int runs = take("runs",
                          what == QLatin1String("chart") ? QStringLiteral("30")
                              : anomaly                  ? QStringLiteral("7")
                                                         : QStringLiteral("5"))
                         .toInt();
    const bool interfaces = what == QLatin1String("interfaces");
    const int messages = take("messages", interfaces ? QStringLiteral("2000") : QStringLiteral("500000")).toInt();
    const int devices = take("devices",
                             import        ? QStringLiteral("20")
                                 : anomaly ? QStringLiteral("24")
                                           : QStringLiteral("100"))
                            .toInt();
    const int faulty = take("faulty", QStringLiteral("4")).toInt();
    const int hours = take("hours", QStringLiteral("4")).toInt();
    const int rate = take("rate", QStringLiteral("5000")).toInt();
    const bool exporting = what == QLatin1String("export");
    const int patients = take("patients", exporting ? QStringLiteral("20") : QStringLiteral("50")).toInt();
    const double days = take("days", QStringLiteral("1")).toDouble();
    const int seconds = take("seconds", QStringLiteral("30")).toInt();
    const bool wardOptions =
        options.contains(QStringLiteral("workstations")) || options.contains(QStringLiteral("acks"));
    const QString server = options.take(QStringLiteral("server"));
    const int workstations = take("workstations", QStringLiteral("4")).toInt();
    const int acks = take("acks", QStringLiteral("200")).toInt();
    const qint64 samples = take("samples", import ? QStringLiteral("1000000") : QStringLiteral("5000000")).toLongLong();
    if (!options.isEmpty())
        return usage(err, QStringLiteral("unknown option --%1").arg(options.keys().constFirst()));
    if (runs <= 0)
        return usage(err, QStringLiteral("--runs must be a positive number"));
    if (!server.isEmpty() && what != QLatin1String("ward") && what != QLatin1String("ingest"))
        return usage(err, QStringLiteral("--server is for ingest and ward"));
    if (wardOptions && server.isEmpty())
        return usage(err, QStringLiteral("ward --workstations and --acks need --server CONNINFO"));

    namespace bench = pulsedesk::bench;
    if (what == QLatin1String("kdf"))
        return bench::kdf(out, runs, json);
    if (what == QLatin1String("startup"))
        return bench::startup(out, err, runs, json);
    if (what == QLatin1String("analysis") && samples > 0 && devices > 0)
        return bench::analysis(out, samples, devices, json);
    if (what == QLatin1String("ingest") && messages > 0 && devices > 0 && rate > 0 && seconds > 0)
        return bench::ingest(out, err, {messages, devices, rate, seconds, server}, json);
    if (import && samples > 0 && devices > 0)
        return bench::import(out, err, samples, devices, json);
    if (what == QLatin1String("chart"))
        return bench::chart(out, err, runs, json);
    if (exporting && patients > 0 && days > 0)
        return bench::exportResearch(out, err, patients, days, json);
    if (what == QLatin1String("report"))
        return bench::report(out, err, runs, json);
    if (interfaces && messages > 0)
        return bench::interfaces(out, err, messages, json);
    if (anomaly && devices >= 6 && faulty > 0 && hours > 0 && samples >= 1000)
        return bench::anomaly(out, err, devices, faulty, hours, samples, runs, json);
    if (what == QLatin1String("ward") && !server.isEmpty() && workstations >= 2 && patients > 0 && acks > 0)
        return bench::wardServer(out, err, server, workstations, patients, acks, json);
    if (what == QLatin1String("ward") && patients > 0 && seconds > 0)
        return bench::ward(out, err, patients, seconds, json);
    return usage(err,
                 what.isEmpty() ? QStringLiteral("which benchmark?")
                                : QStringLiteral("unknown benchmark '%1', or an option out of range").arg(what));
}
