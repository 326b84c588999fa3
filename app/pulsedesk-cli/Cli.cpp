#include "Cli.h"

#include "Commands.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace pulsedesk::cli {

namespace {

using namespace commands;

// The sub-commands of one command next to each other, "*" last.
// Permissions are checked by the core services each action calls, as in the workstation; the table says only who
// may start: a command that needs a login refuses a user who has a one-time password left to change.
const Command kCommands[] = {
    {"bench", nullptr, &bench, Needs::Nothing},
    {"simulate", nullptr, &simulate, Needs::Nothing},
    {"demo", nullptr, &demo, Needs::Nothing},
    {"init", nullptr, &init, Needs::DataFolder},
    {"server", "init", &serverInit, Needs::DataFolder},
    {"server", "upgrade", &serverUpgrade, Needs::DataFolder},
    {"server", "*", &serverOther, Needs::DataFolder},
    {"migrate-to-server", nullptr, &migrateToServer, Needs::LoginWithPassword},
    {"status", nullptr, &status, Needs::Login, true},
    {"user", "list", &userList, Needs::Login},
    {"user", "add", &userAdd, Needs::Login},
    {"user", "passwd", &userPasswd, Needs::LoginToChangePassword},
    {"user", "deactivate", &userAccount, Needs::Login},
    {"user", "reactivate", &userAccount, Needs::Login},
    {"user", "reset-password", &userAccount, Needs::Login},
    {"user", "role", &userRole, Needs::Login},
    {"user", "hl7-id", &userHl7Id, Needs::Login},
    {"user", "*", &userOther, Needs::Login},
    {"patient", "add", &patientAdd, Needs::Login},
    {"patient", "list", &patientList, Needs::Login},
    {"patient", "show", &patientShow, Needs::Login},
    {"patient", "discharge", &patientDischarge, Needs::Login},
    {"patient", "assign-doctor", &patientAssignDoctor, Needs::Login},
    {"patient", "*", &patientOther, Needs::Login},
    {"device", "list", &deviceList, Needs::Login},
    {"device", "add", &deviceAdd, Needs::Login},
    {"device", "history", &deviceHistory, Needs::Login},
    {"device", "assign", &deviceAssign, Needs::Login},
    {"device", "unassign", &deviceUnassign, Needs::Login},
    {"device", "*", &deviceOther, Needs::Login},
    {"devices", "health", &devicesHealth, Needs::Login},
    {"devices", "*", &devicesOther, Needs::Login},
    {"record", "list", &recordList, Needs::Login},
    {"record", "add", &recordWrite, Needs::Login},
    {"record", "amend", &recordWrite, Needs::Login},
    {"record", "*", &recordOther, Needs::Login},
    {"obs", "add", &obsWrite, Needs::Login},
    {"obs", "amend", &obsWrite, Needs::Login},
    {"obs", "list", &obsList, Needs::Login},
    {"obs", "scale", &obsScale, Needs::Login},
    {"obs", "*", &obsOther, Needs::Login},
    {"pews", nullptr, &pews, Needs::Login},
    {"audit", "verify", &auditVerify, Needs::Login, true},
    {"audit", "reanchor", &auditReanchor, Needs::Login, true},
    {"audit", "list", &auditList, Needs::Login, true},
    {"audit", "*", &auditOther, Needs::Login, true},
    {"monitor", nullptr, &monitor, Needs::Login},
    {"quarantine", "list", &quarantineList, Needs::Login},
    {"quarantine", "replay", &quarantineReplay, Needs::Login},
    {"quarantine", "*", &quarantineOther, Needs::Login},
    {"results", nullptr, &results, Needs::Login},
    {"findings", nullptr, &findings, Needs::Login},
    {"alarms", "list", &alarmsList, Needs::Login},
    {"alarms", "ack", &alarmsAnswer, Needs::Login},
    {"alarms", "pause", &alarmsAnswer, Needs::Login},
    {"alarms", "*", &alarmsOther, Needs::Login},
    {"limits", "show", &limitsShow, Needs::Login},
    {"limits", "set", &limitsSet, Needs::Login},
    {"limits", "clear", &limitsClear, Needs::Login},
    {"limits", "*", &limitsOther, Needs::Login},
    {"import", nullptr, &importFiles, Needs::Login},
    {"export", "csv", &exportCsv, Needs::Login},
    {"export", "fhir", &exportFhir, Needs::Login},
    {"export", "patient-copy", &exportPatientCopy, Needs::Login},
    {"export", "research", &exportResearch, Needs::Login},
    {"export", "*", &exportOther, Needs::Login},
    {"report", "trend", &reportTrend, Needs::Login},
    {"report", "alarms", &reportAlarms, Needs::Login},
    {"report", "handover", &reportHandover, Needs::Login},
    {"report", "*", &reportOther, Needs::Login},
    {"interfaces", "show", &interfacesShow, Needs::Login},
    {"interfaces", "set", &interfacesSet, Needs::Login},
    {"interfaces", "*", &interfacesOther, Needs::Login},
    {"outbox", "list", &outboxList, Needs::Login},
    {"outbox", "retry", &outboxRetry, Needs::Login},
    {"outbox", "*", &outboxOther, Needs::Login},
    {"samples", "show", &samplesShow, Needs::Login},
    {"samples", "set", &samplesSet, Needs::Login},
    {"samples", "prune", &samplesPrune, Needs::Login},
    {"samples", "*", &samplesOther, Needs::Login},
};

/// The entry for `name` and, for a command with sub-commands, the one taken next from the command line; nullptr
/// for an unknown command.
const Command* findCommand(const QString& name, Invocation& cli, QString* action)
{
    const auto named = [&name](const Command& c) { return name == QLatin1String(c.name); };
    const Command* first = std::find_if(std::begin(kCommands), std::end(kCommands), named);
    if (first == std::end(kCommands))
        return nullptr;
    if (first->action == nullptr)
        return first;
    *action = cli.takeArgument();
    for (const Command* c = first; c != std::end(kCommands) && named(*c); ++c) {
        if (*action == QLatin1String(c->action) || qstrcmp(c->action, "*") == 0)
            return c;
    }
    return nullptr;
}

} // namespace

Cli::Cli() = default;
Cli::~Cli() = default;

QString Cli::usageText()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: pulsedesk-cli [--data DIR | --server CONNINFO] [--user NAME] [--password-stdin] [--json] COMMAND ...\n"
        "\n"
        "  --server CONNINFO: a ward on a PostgreSQL server (libpq connection string, PG* variables honoured);\n"
        "  each member of staff logs in as their own server login.\n"
        "  server init --admin NAME [--name FULL_NAME] [--password-file FILE]\n"
        "                                              create the ward on an empty database (as a role that may\n"
        "                                              create roles): schema, roles, privileges, first administrator\n"
        "  server upgrade                              bring the ward's schema and its roles' privileges up to this\n"
        "                                              PulseDesk (as a role that may create roles)\n"
        "  migrate-to-server --server CONNINFO         copy this workstation (--data) to an empty database as a ward\n"
        "                                              (admin; CONNINFO: a role that may create roles)\n"
        "  init --admin NAME [--name FULL_NAME]        create the workstation and its first administrator\n"
        "  status                                      schema version and record counts\n"
        "  user add NAME --role admin|doctor|nurse [--name FULL_NAME]\n"
        "  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd\n"
        "  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]\n"
        "              [--ward WARD] [--bed BED]\n"
        "  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR\n"
        "  device add DEVICE_ID [--manufacturer M] [--model M]\n"
        "  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID\n"
        "  devices health [--hours N]                  devices whose readings depart from their fleet (admin)\n"
        "  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN\n"
        "  obs add MRN --rr N --spo2 N [--scale 1|2] --air|--oxygen --sbp N --pulse N --acvpu A|C|V|P|U --temp N.N\n"
        "      (--spo2, --sbp, --pulse, --temp device: what the patient's device measured in the last minutes)\n"
        "  obs amend OBSERVATION_ID ... | list MRN | scale MRN 1|2   (scale 2: a doctor's order, target 88-92 %)\n"
        "  pews show | set FILE | none                 the paediatric early-warning chart for under 16s (admin)\n"
        "  audit verify | list [--limit N] | reanchor   (reanchor: accept a store behind its anchor)\n"
        "  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   ingest from the broker until SIGINT/SIGTERM\n"
        "          [--adt-listen HOST:PORT] [--results-to HOST:PORT] [--alarms-to HOST:PORT]\n"
        "          HL7 ADT in, IHE PCD-01 results and PCD-04 alarms out (admin)\n"
        "  interfaces show | set KEY VALUE             HL7 interface settings (adt.listen, adt.certificate, adt.key,\n"
        "                                              adt.allowedPeers, results.to, alarms.to,\n"
        "                                              results.summary windows|minute-median,\n"
        "                                              alarms.topic MQTT-TOPIC: alarms with bed and priority only)\n"
        "  outbox list [--all] | retry [ID ...]        messages the EHR refused (interface errors), send again\n"
        "  samples show | set storage.sampleRetentionMonths MONTHS | prune\n"
        "                                              raw samples kept (0 = for ever), older ones removed (admin)\n"
        "  user hl7-id NAME IDENTIFIER|--clear         a doctor's identifier in the hospital's systems (PV1-7/8)\n"
        "  quarantine list [--reason TEXT] | replay [ID ...]\n"
        "  results --patient MRN [--from TIME] [--to TIME] [--limit N]   analysis results, newest first\n"
        "  findings [--patient MRN] [--all]            abnormal windows from dumps and backfills, for review\n"
        "  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]\n"
        "  limits show MRN | clear MRN --reason TEXT\n"
        "  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT\n"
        "  import FILE|DIR ... [--tz ZONE] [--format "
        "device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]\n"
        "         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   import offline dumps\n"
        "  export csv --patient MRN --what samples|results|alarms [--from TIME] [--to TIME] --out FILE\n"
        "  export fhir --patient MRN [--from TIME] [--to TIME] --out FILE   the record as a FHIR R4 Bundle\n"
        "  export patient-copy --patient MRN --out DIR   the patient's own copy: FHIR Bundle and PDF\n"
        "  export research [--from TIME] [--to TIME] --out DIR   every patient's samples and results, de-identified\n"
        "  report trend --patient MRN [--from TIME --to TIME | --hours N] --out FILE.pdf\n"
        "  report alarms --ward WARD [--from TIME --to TIME | --hours N] --out FILE.pdf\n"
        "  report handover --ward WARD --out FILE.pdf   PDF reports (the period defaults to the last 24 hours)\n"
        "  demo [--no-gui]                             a local broker, a simulated ward and the workstation\n"
        "  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]\n"
        "           [--seed N] [--topic T] [--batch-topic T]        publish realistic device streams\n"
        "           [--faulty N]   N faulty devices besides (offset, stuck, noise, dropouts; ids say which)\n"

        "\n"
        "Passwords are read from the terminal, or one per line from standard input with --password-stdin:\n"
        "first the acting user's, then any new password the command sets.\n"
        "Exit status: 0 success, 1 failure, 2 usage, 3 not permitted, 4 login failed,\n"
        "5 imported but some records were rejected (they are in the quarantine).");
}

Result<Session> Cli::login(const Command& command, QString* password)
{
    Invocation& cli = *m_cli;
    if (m_user.isEmpty())
        return Error {Error::Code::Invalid, QCoreApplication::translate("Cli", "Say who you are with --user NAME.")};
    const QString typed =
        cli.terminal().readPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(m_user));
    auto session = cli.workspace().login(m_user, typed);
    // What the store's audit anchor said when the store was opened: every command tells, status and audit verify
    // also fail on it.
    const auto anchor = cli.workspace().anchorCheck();
    if (session && !anchor.message.isEmpty() && !(command.reportsAnchor && anchor.isProblem()))
        cli.terminal().err() << "pulsedesk-cli: "
                             << (anchor.isProblem()
                                     ? QCoreApplication::translate("Cli", "WARNING: %1").arg(anchor.message)
                                     : anchor.message)
                             << Qt::endl;
    if (session && session->mustChangePassword && command.needs != Needs::LoginToChangePassword)
        return Error {
            Error::Code::NotPermitted,
            QCoreApplication::translate(
                "Cli", "Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).")
                .arg(session->username)};
    if (command.needs == Needs::LoginToChangePassword || command.needs == Needs::LoginWithPassword)
        *password = typed;
    return session;
}

int Cli::dispatch(const Command& command)
{
    Prepared prepared = command.handler(*m_cli);
    if (const int* status = std::get_if<int>(&prepared))
        return *status;
    Q_ASSERT(command.needs == Needs::Login || command.needs == Needs::LoginToChangePassword
             || command.needs == Needs::LoginWithPassword);
    QString password;
    auto session = login(command, &password);
    if (!session)
        return m_cli->fail(session.error());
    return std::get<Action>(prepared)(Login {session.value(), password});
}

int Cli::run(const QStringList& arguments)
{
    m_cli = std::make_unique<Invocation>(arguments.mid(1));
    Invocation& cli = *m_cli;
    const bool fromStdin = cli.takeFlag(QStringLiteral("password-stdin"));
    cli.m_terminal = std::make_unique<Terminal>(fromStdin);
    // Asked for, the help goes to standard output and is a success; without a command it is a usage error.
    if (cli.takeFlag(QStringLiteral("help")) || cli.takeFlag(QStringLiteral("h"))) {
        cli.terminal().out() << usageText() << Qt::endl;
        return Success;
    }
    if (cli.finishArguments())
        return cli.usage();
    if (cli.takeFlag(QStringLiteral("version"))) {
        cli.terminal().out() << "pulsedesk-cli " << QStringLiteral(PULSEDESK_VERSION) << Qt::endl;
        return Success;
    }
    cli.m_json = cli.takeFlag(QStringLiteral("json"));
    const QString dataOption = cli.takeOption(QStringLiteral("data"));
    // migrate-to-server reads a data folder; its --server is where the ward goes.
    const QString server = cli.mentions(QStringLiteral("migrate-to-server"))
        ? QString()
        : cli.takeOption(QStringLiteral("server"), qEnvironmentVariable("PULSEDESK_SERVER"));
    if (!dataOption.isEmpty() && !server.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "give either --data or --server, not both"));
    cli.m_dataDir = !dataOption.isEmpty()
        ? dataOption
        : (server.isEmpty() ? qEnvironmentVariable("PULSEDESK_DATA", Workspace::defaultDataDir()) : QString());
    m_user = cli.takeOption(QStringLiteral("user"), qEnvironmentVariable("PULSEDESK_USER"));
    const QString name = cli.takeArgument();
    const Command* command = findCommand(name, cli, &cli.m_action);

    if (command && command->needs == Needs::Nothing)
        return dispatch(*command);
    cli.m_workspace = server.isEmpty() ? std::make_unique<Workspace>(cli.dataDir()) : Workspace::forServer(server);
    if (command && command->needs == Needs::DataFolder)
        return dispatch(*command);
    if (!cli.workspace().isInitialized())
        return cli.fail({Error::Code::NotFound,
                         QCoreApplication::translate(
                             "Cli", "There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.")
                             .arg(cli.dataDir())});
    if (!command)
        return cli.usage(QCoreApplication::translate("Cli", "unknown command '%1'").arg(name));
    return dispatch(*command);
}

} // namespace pulsedesk::cli
