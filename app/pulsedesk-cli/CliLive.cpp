// pulsedesk-cli commands about the live feed: monitor, its quarantine, the device simulator and the demo.
#include "Commands.h"
#include "Demo.h"
#include "Monitor.h"
#include "Simulate.h"
#include "analysis/HistoryAnalysis.h"
#include "ingest/IngestPipeline.h"
#include "interfaces/InterfaceService.h"
#include "monitoring/AnalysisService.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

/// `quarantine list|replay`: the reason filter and the ids; false on a wrong command line.
bool readQuarantineLine(Invocation& cli, QString* filter, QList<qint64>* ids)
{
    *filter = cli.takeOption(QStringLiteral("reason"));
    for (QString id = cli.takeArgument(); !id.isEmpty(); id = cli.takeArgument())
        ids->append(id.toLongLong());
    return cli.finishArguments();
}

int quarantineUsage(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "quarantine list [--reason TEXT] | replay [ID ...]"));
}

} // namespace

Prepared monitor(Invocation& cli)
{
    const QString host = cli.takeOption(QStringLiteral("host"));
    const QString port = cli.takeOption(QStringLiteral("port"));
    const int every = cli.takeOption(QStringLiteral("status-every"), QStringLiteral("5")).toInt();
    const QString adtListen = cli.takeOption(QStringLiteral("adt-listen"));
    const QString resultsTo = cli.takeOption(QStringLiteral("results-to"));
    const QString alarmsTo = cli.takeOption(QStringLiteral("alarms-to"));
    if (!cli.finishArguments() || every <= 0)
        return cli.usage();
    return [&cli, host, port, every, adtListen, resultsTo, alarmsTo](const Login& login) {
        MqttSettings settings = cli.workspace().settings().mqtt();
        if (!host.isEmpty())
            settings.host = host;
        if (!port.isEmpty())
            settings.port = port.toInt();
        if (const QString problem = settings.problem(); !problem.isEmpty())
            return cli.fail({Error::Code::Invalid, problem});
        // The hospital interfaces: the admin settings, with the command line's addresses over them.
        InterfaceConfig interfaces = InterfaceSettings(cli.workspace().database(), cli.workspace().audit()).read();
        if (!adtListen.isEmpty())
            interfaces.adtListen = adtListen;
        if (!resultsTo.isEmpty())
            interfaces.resultsTo = resultsTo;
        if (!alarmsTo.isEmpty())
            interfaces.alarmsTo = alarmsTo;
        InterfaceService service(cli.workspace(), login.session);
        if (auto started = service.start(interfaces); !started)
            return cli.fail(started.error());
        return runMonitor(cli.workspace(), settings, cli.terminal().out(), every, &service);
    };
}

Prepared quarantineList(Invocation& cli)
{
    QString filter;
    QList<qint64> ids; // accepted and not used, as ever
    if (!readQuarantineLine(cli, &filter, &ids))
        return quarantineUsage(cli);
    return [&cli, filter](const Login& login) {
        return cli.list(
            cli.workspace().ingest().quarantine(login.session, filter),
            [](const QuarantineEntry& e) {
                return QJsonObject {{QStringLiteral("id"), e.id},
                                    {QStringLiteral("received"), iso(e.receivedAt)},
                                    {QStringLiteral("source"), e.source},
                                    {QStringLiteral("topic"), e.topic},
                                    {QStringLiteral("bytes"), e.payloadBytes},
                                    {QStringLiteral("reason"), e.reason}};
            },
            [](const QuarantineEntry& e) {
                return QStringLiteral("%1  %2  %3  %4\n")
                    .arg(e.id, 6)
                    .arg(localTime(e.receivedAt), shown(e.topic), shown(e.reason));
            });
    };
}

Prepared quarantineReplay(Invocation& cli)
{
    QString filter; // accepted and not used, as ever
    QList<qint64> ids;
    if (!readQuarantineLine(cli, &filter, &ids))
        return quarantineUsage(cli);
    return [&cli, ids](const Login& login) {
        // Replayed samples are analysed here, whole windows read back from the store: there is no live analysis
        // in this process.
        struct Collect final : SampleSink
        {
            void submit(std::vector<AnalysisSample> more) override
            {
                samples.insert(samples.end(), more.begin(), more.end());
            }
            std::vector<AnalysisSample> samples;
        } sink;
        Workspace& workspace = cli.workspace();
        IngestPipeline& pipeline = workspace.ingest();
        pipeline.setSampleSink(&sink);
        auto replayed = pipeline.replay(login.session, ids);
        pipeline.setSampleSink(nullptr);
        if (!replayed)
            return cli.fail(replayed.error());
        auto analysed = workspace.history().analyseStored(sink.samples, workspace.settings().analysis());
        if (!analysed)
            return cli.fail(analysed.error());
        const IngestPipeline::Counts& c = replayed.value();
        return cli.done(QJsonObject {{QStringLiteral("messages"), c.messages},
                                     {QStringLiteral("stored"), c.stored},
                                     {QStringLiteral("duplicates"), c.duplicates},
                                     {QStringLiteral("stillQuarantined"), c.quarantinedMessages},
                                     {QStringLiteral("results"), analysed->results},
                                     {QStringLiteral("findings"), analysed->findings}},
                        QCoreApplication::translate("Cli",
                                                    "Replayed %1 messages: %2 samples stored, %3 already stored, %4 "
                                                    "messages still quarantined; %5 windows analysed, %6 findings.")
                            .arg(c.messages)
                            .arg(c.stored)
                            .arg(c.duplicates)
                            .arg(c.quarantinedMessages)
                            .arg(analysed->results)
                            .arg(analysed->findings));
    };
}

Prepared quarantineOther(Invocation& cli)
{
    return quarantineUsage(cli);
}

Prepared simulate(Invocation& cli)
{
    MqttSettings broker;
    broker.host = cli.takeOption(QStringLiteral("host"), broker.host);
    broker.port = cli.takeOption(QStringLiteral("port"), QString::number(broker.port)).toInt();
    SimulateOptions options;
    options.devices = cli.takeOption(QStringLiteral("devices"), QString::number(options.devices)).toInt();
    options.prefix = cli.takeOption(QStringLiteral("prefix"), options.prefix);
    options.faulty = cli.takeOption(QStringLiteral("faulty"), QStringLiteral("0")).toInt();
    options.durationSeconds = cli.takeOption(QStringLiteral("duration"), QStringLiteral("0")).toInt();
    options.speed = cli.takeOption(QStringLiteral("speed"), QStringLiteral("1")).toDouble();
    options.seed = cli.takeOption(QStringLiteral("seed"), QStringLiteral("1")).toUInt();
    options.topic = cli.takeOption(QStringLiteral("topic"), options.topic);
    options.batchTopic = cli.takeOption(QStringLiteral("batch-topic"), options.batchTopic);
    if (!cli.finishArguments() || options.devices <= 0 || options.faulty < 0 || options.speed <= 0
        || options.durationSeconds < 0)
        return cli.usage();
    return runSimulator(broker, options, cli.terminal().out(), cli.terminal().err());
}

Prepared demo(Invocation& cli)
{
    const bool headless = cli.takeFlag(QStringLiteral("no-gui"));
    if (!cli.finishArguments())
        return cli.usage();
    return runDemo(cli.dataDir(), !headless, cli.terminal().out(), cli.terminal().err());
}

Prepared bench(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "the benchmarks are run by pulsedesk-bench"));
}

} // namespace pulsedesk::cli::commands
