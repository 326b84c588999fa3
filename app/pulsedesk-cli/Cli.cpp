#include "Cli.h"

#include "Demo.h"
#include "Monitor.h"
#include "Simulate.h"
#include "analysis/HistoryAnalysis.h"
#include "common/DisplayText.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace pulsedesk::cli {

namespace {

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString localTime(const QDateTime& time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonObject toJson(const StaffMember& m)
{
    return {{QStringLiteral("username"), m.username},
            {QStringLiteral("name"), m.displayName},
            {QStringLiteral("role"), roleKey(m.role)},
            {QStringLiteral("active"), m.active},
            {QStringLiteral("mustChangePassword"), m.mustChangePassword},
            {QStringLiteral("created"), iso(m.createdAt)}};
}

QJsonObject toJson(const Patient& p)
{
    return {{QStringLiteral("mrn"), p.mrn},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("birthDate"), p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString()},
            {QStringLiteral("sex"), sexKey(p.sex)},
            {QStringLiteral("ward"), p.ward},
            {QStringLiteral("bed"), p.bed},
            {QStringLiteral("admitted"), iso(p.admittedAt)},
            {QStringLiteral("discharged"), iso(p.dischargedAt)}};
}

QJsonObject toJson(const Device& d)
{
    QJsonObject o {{QStringLiteral("deviceId"), d.deviceId},
                   {QStringLiteral("manufacturer"), d.manufacturer},
                   {QStringLiteral("model"), d.model},
                   {QStringLiteral("registered"), iso(d.registeredAt)},
                   {QStringLiteral("inUse"), d.assignedPatientId != 0}};
    if (d.assignedPatientId > 0) {
        o.insert(QStringLiteral("patientMrn"), d.assignedPatientMrn);
        o.insert(QStringLiteral("bed"), d.assignedBed);
    }
    return o;
}

QJsonObject toJson(const DeviceAssignment& a)
{
    return {{QStringLiteral("deviceId"), a.deviceId},
            {QStringLiteral("patientMrn"), a.patientMrn},
            {QStringLiteral("from"), iso(a.from)},
            {QStringLiteral("to"), iso(a.to)}};
}

QJsonObject toJson(const ClinicalRecord& r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("author"), r.authorName},
            {QStringLiteral("written"), iso(r.writtenAt)},
            {QStringLiteral("text"), r.text},
            {QStringLiteral("amends"), r.amendsId > 0 ? QJsonValue(r.amendsId) : QJsonValue()},
            {QStringLiteral("amendedBy"), r.amendedById > 0 ? QJsonValue(r.amendedById) : QJsonValue()}};
}

QString anchorStateKey(AuditLog::AnchorCheck::State state)
{
    switch (state) {
    case AuditLog::AnchorCheck::State::Intact:
        return QStringLiteral("intact");
    case AuditLog::AnchorCheck::State::Created:
        return QStringLiteral("created");
    case AuditLog::AnchorCheck::State::Recreated:
        return QStringLiteral("recreated");
    case AuditLog::AnchorCheck::State::Behind:
        return QStringLiteral("behind");
    case AuditLog::AnchorCheck::State::Diverged:
        return QStringLiteral("diverged");
    case AuditLog::AnchorCheck::State::Invalid:
        return QStringLiteral("invalid");
    case AuditLog::AnchorCheck::State::Unavailable:
        return QStringLiteral("unavailable");
    }
    return {};
}

QDateTime parseTime(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

} // namespace

QString shown(const QString& text)
{
    return DisplayText::escaped(text);
}

QString shownLines(const QString& text)
{
    return DisplayText::escapedLines(text);
}

Cli::Cli() = default;
Cli::~Cli() = default;

QString Cli::takeOption(const QString& name, const QString& fallback)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (m_args[i] == flag && i + 1 < m_args.size()) {
            const QString value = m_args[i + 1];
            m_args.remove(i, 2);
            return value;
        }
        if (m_args[i].startsWith(flag + QLatin1Char('='))) {
            const QString value = m_args[i].mid(flag.size() + 1);
            m_args.remove(i);
            return value;
        }
    }
    return fallback;
}

bool Cli::takeFlag(const QString& name)
{
    return m_args.removeAll(QStringLiteral("--") + name) > 0;
}

QString Cli::takeArgument()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!m_args[i].startsWith(QLatin1String("--"))) {
            const QString value = m_args[i];
            m_args.remove(i);
            return value;
        }
    }
    return {};
}

bool Cli::finishArguments()
{
    return m_args.isEmpty();
}

int Cli::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_terminal->err() << "pulsedesk-cli: " << shown(problem) << Qt::endl;
    m_terminal->err() << usageText() << Qt::endl;
    return Usage;
}

QString Cli::usageText()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage: pulsedesk-cli [--data DIR] [--user NAME] [--password-stdin] [--json] COMMAND ...\n"
        "\n"
        "  init --admin NAME [--name FULL_NAME]        create the workstation and its first administrator\n"
        "  status                                      schema version and record counts\n"
        "  user add NAME --role admin|doctor|nurse [--name FULL_NAME]\n"
        "  user list | deactivate NAME | reactivate NAME | reset-password NAME | role NAME ROLE | passwd\n"
        "  patient add --mrn MRN --name NAME [--birth-date YYYY-MM-DD] [--sex female|male|unknown]\n"
        "              [--ward WARD] [--bed BED]\n"
        "  patient list [--all] [--mine] | show MRN | discharge MRN | assign-doctor MRN DOCTOR\n"
        "  device add DEVICE_ID [--manufacturer M] [--model M]\n"
        "  device list | assign DEVICE_ID MRN [--from TIME] | unassign DEVICE_ID [--at TIME] | history DEVICE_ID\n"
        "  record add MRN --text TEXT|- | amend RECORD_ID --text TEXT|- | list MRN\n"
        "  audit verify | list [--limit N] | reanchor   (reanchor: accept a store behind its anchor)\n"
        "  monitor [--host HOST] [--port PORT] [--status-every SECONDS]   ingest from the broker until SIGINT/SIGTERM\n"
        "  quarantine list [--reason TEXT] | replay [ID ...]\n"
        "  results --patient MRN [--from TIME] [--to TIME] [--limit N]   analysis results, newest first\n"
        "  findings [--patient MRN] [--all]            abnormal windows from dumps and backfills, for review\n"
        "  alarms list [--all] [--mine] | ack ID [--comment TEXT] | pause ID [--seconds N]\n"
        "  limits show MRN | clear MRN --reason TEXT\n"
        "  limits set MRN --severe-low BPM --low BPM --high BPM --severe-high BPM --reason TEXT\n"
        "  import FILE|DIR ... [--tz ZONE] [--format "
        "device-dump|fhir|open-mhealth|fitbit|fitbit-csv|apple-health|vendor-api]\n"
        "         [--device DEVICE_ID] [--map SOURCE=DEVICE_ID ...] [--dry-run]   import offline dumps\n"
        "  demo [--no-gui]                             a local broker, a simulated ward and the workstation\n"
        "  simulate [--host HOST] [--port PORT] [--devices N] [--prefix sim-] [--duration SECONDS] [--speed X]\n"
        "           [--seed N] [--topic T] [--batch-topic T]        publish realistic device streams\n"

        "\n"
        "Passwords are read from the terminal, or one per line from standard input with --password-stdin:\n"
        "first the acting user's, then any new password the command sets.\n"
        "Exit status: 0 success, 1 failure, 2 usage, 3 not permitted, 4 login failed,\n"
        "5 imported but some records were rejected (they are in the quarantine).");
}

int Cli::fail(const Error& error)
{
    // Messages may quote outside text (a line of a file, a device id): escaped, on one line.
    m_terminal->err() << "pulsedesk-cli: " << shown(QString(error.message).replace(QLatin1Char('\n'), QLatin1Char(' ')))
                      << Qt::endl;
    switch (error.code) {
    case Error::Code::NotPermitted:
        return NotPermitted;
    case Error::Code::Authentication:
    case Error::Code::Throttled:
        return LoginFailed;
    default:
        return Failure;
    }
}

int Cli::done(const QJsonValue& json, const QString& text)
{
    if (m_json) {
        m_terminal->out() << (json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject()))
                                 .toJson(QJsonDocument::Compact)
                          << Qt::endl;
    } else if (!text.isEmpty()) {
        m_terminal->out() << text << (text.endsWith(QLatin1Char('\n')) ? "" : "\n") << Qt::flush;
    }
    return Success;
}

Result<Session> Cli::login()
{
    if (m_user.isEmpty())
        return Error {Error::Code::Invalid, QCoreApplication::translate("Cli", "Say who you are with --user NAME.")};
    const QString password =
        m_terminal->readPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(m_user));
    auto session = m_workspace->login(m_user, password);
    // What the store's audit anchor said when the store was opened: every command tells, status and audit verify
    // also fail on it.
    const bool reportsItself = m_command == QLatin1String("status") || m_command == QLatin1String("audit");
    const auto anchor = m_workspace->anchorCheck();
    if (session && !anchor.message.isEmpty() && !(reportsItself && anchor.isProblem()))
        m_terminal->err() << "pulsedesk-cli: "
                          << (anchor.isProblem() ? QCoreApplication::translate("Cli", "WARNING: %1").arg(anchor.message)
                                                 : anchor.message)
                          << Qt::endl;
    if (session && session->mustChangePassword
        && !(m_args.value(0) == QLatin1String("user") && m_args.value(1) == QLatin1String("passwd")))
        return Error {
            Error::Code::NotPermitted,
            QCoreApplication::translate(
                "Cli", "Not permitted: %1 must change the one-time password first (pulsedesk-cli user passwd).")
                .arg(session->username)};
    return session;
}

int Cli::run(const QStringList& arguments)
{
    m_args = arguments.mid(1);
    const bool fromStdin = takeFlag(QStringLiteral("password-stdin"));
    m_terminal = std::make_unique<Terminal>(fromStdin);
    // Asked for, the help goes to standard output and is a success; without a command it is a usage error.
    if (takeFlag(QStringLiteral("help")) || takeFlag(QStringLiteral("h"))) {
        m_terminal->out() << usageText() << Qt::endl;
        return Success;
    }
    if (m_args.isEmpty())
        return usage();
    if (takeFlag(QStringLiteral("version"))) {
        m_terminal->out() << "pulsedesk-cli " << QStringLiteral(PULSEDESK_VERSION) << Qt::endl;
        return Success;
    }
    m_json = takeFlag(QStringLiteral("json"));
    m_dataDir = takeOption(QStringLiteral("data"), qEnvironmentVariable("PULSEDESK_DATA", Workspace::defaultDataDir()));
    m_user = takeOption(QStringLiteral("user"), qEnvironmentVariable("PULSEDESK_USER"));
    const QString command = takeArgument();
    m_command = command;

    if (command == QLatin1String("bench"))
        return usage(QCoreApplication::translate("Cli", "the benchmarks are run by pulsedesk-bench"));
    if (command == QLatin1String("simulate"))
        return cmdSimulate();
    if (command == QLatin1String("demo")) {
        const bool headless = takeFlag(QStringLiteral("no-gui"));
        if (!finishArguments())
            return usage();
        return runDemo(m_dataDir, !headless, m_terminal->out(), m_terminal->err());
    }
    m_workspace = std::make_unique<Workspace>(m_dataDir);
    if (command == QLatin1String("init"))
        return cmdInit();
    if (!m_workspace->isInitialized())
        return fail({Error::Code::NotFound,
                     QCoreApplication::translate(
                         "Cli", "There is no PulseDesk workstation in %1; create one with pulsedesk-cli init.")
                         .arg(m_dataDir)});
    if (command == QLatin1String("status"))
        return cmdStatus();
    if (command == QLatin1String("user"))
        return cmdUser();
    if (command == QLatin1String("patient"))
        return cmdPatient();
    if (command == QLatin1String("device"))
        return cmdDevice();
    if (command == QLatin1String("record"))
        return cmdRecord();
    if (command == QLatin1String("audit"))
        return cmdAudit();
    if (command == QLatin1String("monitor"))
        return cmdMonitor();
    if (command == QLatin1String("quarantine"))
        return cmdQuarantine();
    if (command == QLatin1String("results"))
        return cmdResults();
    if (command == QLatin1String("findings"))
        return cmdFindings();
    if (command == QLatin1String("alarms"))
        return cmdAlarms();
    if (command == QLatin1String("limits"))
        return cmdLimits();
    if (command == QLatin1String("import"))
        return cmdImport();
    return usage(QCoreApplication::translate("Cli", "unknown command '%1'").arg(command));
}

int Cli::cmdInit()
{
    const QString admin = takeOption(QStringLiteral("admin"));
    const QString name = takeOption(QStringLiteral("name"), admin);
    if (admin.isEmpty() || !finishArguments())
        return usage(QCoreApplication::translate("Cli", "init needs --admin NAME"));
    const QString password =
        m_terminal->readNewPassword(QCoreApplication::translate("Cli", "Password for %1: ").arg(admin));
    if (password.isEmpty())
        return fail({Error::Code::Invalid, QCoreApplication::translate("Cli", "No password was given.")});
    if (auto created = m_workspace->initialize(admin, name, password); !created)
        return fail(created.error());
    return done(QJsonObject {{QStringLiteral("dataDir"), m_workspace->dataDir()},
                             {QStringLiteral("admin"), StaffDirectory::normalizeUsername(admin)}},
                QCoreApplication::translate("Cli", "Created the PulseDesk workstation in %1 with the administrator %2.")
                    .arg(m_workspace->dataDir(), StaffDirectory::normalizeUsername(admin)));
}

int Cli::cmdStatus()
{
    if (!finishArguments())
        return usage();
    auto session = login();
    if (!session)
        return fail(session.error());
    auto counts = m_workspace->counts(session.value());
    if (!counts)
        return fail(counts.error());
    const Workspace::Counts& c = counts.value();
    const AuditLog::AnchorCheck anchor = m_workspace->anchorCheck();
    const QJsonObject json {
        {QStringLiteral("schemaVersion"), c.schemaVersion},
        {QStringLiteral("staff"), c.staff},
        {QStringLiteral("patients"), c.patients},
        {QStringLiteral("devices"), c.devices},
        {QStringLiteral("samples"), c.samples},
        {QStringLiteral("results"), c.results},
        {QStringLiteral("openAlarms"), c.openAlarms},
        {QStringLiteral("quarantined"), c.quarantined},
        {QStringLiteral("anchor"),
         QJsonObject {{QStringLiteral("state"), anchorStateKey(anchor.state)},
                      {QStringLiteral("anchoredEntries"), anchor.anchoredEntries},
                      {QStringLiteral("storedEntries"), anchor.storedEntries},
                      {QStringLiteral("problem"), anchor.isProblem() ? anchor.message : QString()}}}};
    const QString text = QCoreApplication::translate(
                             "Cli",
                             "schema version   %1\nactive staff     %2\npatients         %3\ndevices          %4\n"
                             "samples          %5\nresults          %6\nopen alarms      %7\nquarantined      %8")
                             .arg(c.schemaVersion)
                             .arg(c.staff)
                             .arg(c.patients)
                             .arg(c.devices)
                             .arg(c.samples)
                             .arg(c.results)
                             .arg(c.openAlarms)
                             .arg(c.quarantined);
    // A store behind its anchor has lost committed history: the counts are printed, and status fails.
    if (anchor.isProblem()) {
        done(json, text);
        return fail({Error::Code::Conflict, anchor.message});
    }
    return done(json, text);
}

int Cli::cmdUser()
{
    const QString action = takeArgument();
    if (action == QLatin1String("list")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto members = m_workspace->staff().list(session.value());
        if (!members)
            return fail(members.error());
        QJsonArray json;
        QString text;
        for (const StaffMember& m : members.value()) {
            json.append(toJson(m));
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(shown(m.username), -20)
                        .arg(roleKey(m.role), -7)
                        .arg(m.active ? QCoreApplication::translate("Cli", "active")
                                      : QCoreApplication::translate("Cli", "inactive"),
                             -9)
                        .arg(shown(m.displayName));
        }
        return done(json, text);
    }
    if (action == QLatin1String("add")) {
        const QString username = takeArgument();
        const QString roleText = takeOption(QStringLiteral("role"));
        const QString name = takeOption(QStringLiteral("name"), username);
        const auto role = roleFromKey(roleText);
        if (username.isEmpty() || !role || !finishArguments())
            return usage(QCoreApplication::translate("Cli", "user add needs NAME and --role admin|doctor|nurse"));
        auto session = login();
        if (!session)
            return fail(session.error());
        const QString password =
            m_terminal->readNewPassword(QCoreApplication::translate("Cli", "One-time password for %1: ").arg(username));
        auto member = m_workspace->staff().add(session.value(), username, name, *role, password);
        if (!member)
            return fail(member.error());
        return done(
            toJson(member.value()),
            QCoreApplication::translate("Cli", "Added %1 (%2); the one-time password must be changed at first login.")
                .arg(member->username, roleKey(member->role)));
    }
    if (action == QLatin1String("passwd")) {
        if (!finishArguments())
            return usage();
        // login() lets this one command through with a one-time password.
        m_args = {QStringLiteral("user"), QStringLiteral("passwd")};
        auto session = login();
        m_args.clear();
        if (!session)
            return fail(session.error());
        const QString current = m_terminal->readPassword(QCoreApplication::translate("Cli", "Current password: "));
        const QString next = m_terminal->readNewPassword(QCoreApplication::translate("Cli", "New password: "));
        Session s = session.value();
        if (auto changed = m_workspace->staff().changeOwnPassword(s, current, next); !changed)
            return fail(changed.error());
        return done(QJsonObject {{QStringLiteral("changed"), true}},
                    QCoreApplication::translate("Cli", "Password changed."));
    }
    const QString username = takeArgument();
    if (username.isEmpty())
        return usage(QCoreApplication::translate("Cli", "user %1 needs a user name").arg(action));
    Status result;
    QString message;
    if (action == QLatin1String("deactivate") || action == QLatin1String("reactivate")
        || action == QLatin1String("reset-password")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        if (action == QLatin1String("deactivate")) {
            result = m_workspace->staff().deactivate(session.value(), username);
            message = QCoreApplication::translate("Cli", "Deactivated %1.").arg(username);
        } else {
            const QString password = m_terminal->readNewPassword(
                QCoreApplication::translate("Cli", "One-time password for %1: ").arg(username));
            result = action == QLatin1String("reactivate")
                ? m_workspace->staff().reactivate(session.value(), username, password)
                : m_workspace->staff().resetPassword(session.value(), username, password);
            message = QCoreApplication::translate("Cli", "%1 has a new one-time password, to be changed at next login.")
                          .arg(username);
        }
    } else if (action == QLatin1String("role")) {
        const auto role = roleFromKey(takeArgument());
        if (!role || !finishArguments())
            return usage(QCoreApplication::translate("Cli", "user role needs NAME and admin|doctor|nurse"));
        auto session = login();
        if (!session)
            return fail(session.error());
        result = m_workspace->staff().changeRole(session.value(), username, *role);
        message = QCoreApplication::translate("Cli", "%1 is now %2.").arg(username, roleKey(*role));
    } else {
        return usage(QCoreApplication::translate("Cli", "unknown user command '%1'").arg(action));
    }
    if (!result)
        return fail(result.error());
    return done(QJsonObject {{QStringLiteral("username"), username}, {QStringLiteral("ok"), true}}, message);
}

int Cli::cmdPatient()
{
    const QString action = takeArgument();
    if (action == QLatin1String("add")) {
        PatientInput input;
        input.mrn = takeOption(QStringLiteral("mrn"));
        input.name = takeOption(QStringLiteral("name"));
        const QString birth = takeOption(QStringLiteral("birth-date"));
        const auto sex = sexFromKey(takeOption(QStringLiteral("sex")));
        input.ward = takeOption(QStringLiteral("ward"));
        input.bed = takeOption(QStringLiteral("bed"));
        input.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (input.mrn.isEmpty() || input.name.isEmpty() || !finishArguments())
            return usage(QCoreApplication::translate("Cli", "patient add needs --mrn and --name"));
        if (!sex)
            return usage(QCoreApplication::translate("Cli", "--sex is female, male or unknown"));
        if (!birth.isEmpty() && !input.birthDate.isValid())
            return usage(QCoreApplication::translate("Cli", "--birth-date is YYYY-MM-DD"));
        input.sex = *sex;
        auto session = login();
        if (!session)
            return fail(session.error());
        auto patient = m_workspace->patients().admit(session.value(), input);
        if (!patient)
            return fail(patient.error());
        return done(toJson(patient.value()),
                    QCoreApplication::translate("Cli", "Admitted %1 (%2).").arg(patient->mrn, patient->bed));
    }
    if (action == QLatin1String("list")) {
        const bool all = takeFlag(QStringLiteral("all"));
        const bool mine = takeFlag(QStringLiteral("mine"));
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto list = m_workspace->patients().list(session.value(), all, mine);
        if (!list)
            return fail(list.error());
        QJsonArray json;
        QString text;
        for (const Patient& p : list.value()) {
            json.append(toJson(p));
            text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(shown(p.mrn), -12)
                        .arg(shown(p.ward + QLatin1Char('/') + p.bed), -12)
                        .arg(p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QStringLiteral("-"), -10)
                        .arg(sexKey(p.sex), -7)
                        .arg(p.isAdmitted() ? shown(p.name)
                                            : shown(p.name) + QCoreApplication::translate("Cli", " (discharged)"));
        }
        return done(json, text);
    }
    const QString mrn = takeArgument();
    if (mrn.isEmpty())
        return usage(QCoreApplication::translate("Cli", "patient %1 needs an MRN").arg(action));
    if (action == QLatin1String("show")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto patient = m_workspace->patients().open(session.value(), mrn);
        if (!patient)
            return fail(patient.error());
        const Patient& p = patient.value();
        return done(
            toJson(p),
            QCoreApplication::translate("Cli", "%1  %2\nborn %3, %4\nward %5, bed %6\nadmitted %7%8")
                .arg(shown(p.mrn), shown(p.name),
                     p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate)
                                           : QCoreApplication::translate("Cli", "unknown"),
                     sexDisplayName(p.sex), shown(p.ward), shown(p.bed), localTime(p.admittedAt),
                     p.isAdmitted()
                         ? QString()
                         : QCoreApplication::translate("Cli", ", discharged %1").arg(localTime(p.dischargedAt))));
    }
    Status result;
    QString message;
    if (action == QLatin1String("discharge")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        result = m_workspace->patients().discharge(session.value(), mrn);
        message = QCoreApplication::translate("Cli", "Discharged %1.").arg(mrn);
    } else if (action == QLatin1String("assign-doctor")) {
        const QString doctor = takeArgument();
        if (doctor.isEmpty() || !finishArguments())
            return usage(QCoreApplication::translate("Cli", "patient assign-doctor needs MRN and DOCTOR"));
        auto session = login();
        if (!session)
            return fail(session.error());
        result = m_workspace->patients().assignDoctor(session.value(), mrn, doctor);
        message = QCoreApplication::translate("Cli", "%1 is now responsible for %2.").arg(doctor, mrn);
    } else {
        return usage(QCoreApplication::translate("Cli", "unknown patient command '%1'").arg(action));
    }
    if (!result)
        return fail(result.error());
    return done(QJsonObject {{QStringLiteral("mrn"), mrn}, {QStringLiteral("ok"), true}}, message);
}

int Cli::cmdDevice()
{
    const QString action = takeArgument();
    if (action == QLatin1String("list")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto list = m_workspace->devices().list(session.value());
        if (!list)
            return fail(list.error());
        QJsonArray json;
        QString text;
        for (const Device& d : list.value()) {
            json.append(toJson(d));
            const QString use = d.assignedPatientId > 0 ? shown(d.assignedPatientMrn + QLatin1Char(' ') + d.assignedBed)
                : d.assignedPatientId < 0               ? QCoreApplication::translate("Cli", "in use")
                                                        : QCoreApplication::translate("Cli", "free");
            text += QStringLiteral("%1  %2  %3\n")
                        .arg(shown(d.deviceId), -24)
                        .arg(shown(d.manufacturer + QLatin1Char(' ') + d.model), -30)
                        .arg(use);
        }
        return done(json, text);
    }
    const QString deviceId = takeArgument();
    if (deviceId.isEmpty())
        return usage(QCoreApplication::translate("Cli", "device %1 needs a device id").arg(action));
    if (action == QLatin1String("add")) {
        const QString manufacturer = takeOption(QStringLiteral("manufacturer"));
        const QString model = takeOption(QStringLiteral("model"));
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto device = m_workspace->devices().add(session.value(), deviceId, manufacturer, model);
        if (!device)
            return fail(device.error());
        return done(toJson(device.value()),
                    QCoreApplication::translate("Cli", "Registered %1.").arg(shown(device->deviceId)));
    }
    if (action == QLatin1String("history")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto history = m_workspace->devices().history(session.value(), deviceId);
        if (!history)
            return fail(history.error());
        QJsonArray json;
        QString text;
        for (const DeviceAssignment& a : history.value()) {
            json.append(toJson(a));
            text +=
                QStringLiteral("%1  %2 – %3\n")
                    .arg(shown(a.patientMrn), -12)
                    .arg(localTime(a.from), a.isOpen() ? QCoreApplication::translate("Cli", "now") : localTime(a.to));
        }
        return done(json, text);
    }
    Status result;
    QString message;
    if (action == QLatin1String("assign")) {
        const QString mrn = takeArgument();
        const QString fromText = takeOption(QStringLiteral("from"));
        const QDateTime from = parseTime(fromText);
        if (mrn.isEmpty() || (!fromText.isEmpty() && !from.isValid()) || !finishArguments())
            return usage(QCoreApplication::translate(
                "Cli", "device assign needs DEVICE_ID and MRN; --from is an ISO 8601 time"));
        auto session = login();
        if (!session)
            return fail(session.error());
        result = m_workspace->devices().assign(session.value(), deviceId, mrn, from);
        message = QCoreApplication::translate("Cli", "%1 is assigned to %2.").arg(shown(deviceId), shown(mrn));
    } else if (action == QLatin1String("unassign")) {
        const QString atText = takeOption(QStringLiteral("at"));
        const QDateTime at = parseTime(atText);
        if ((!atText.isEmpty() && !at.isValid()) || !finishArguments())
            return usage(QCoreApplication::translate("Cli", "--at is an ISO 8601 time"));
        auto session = login();
        if (!session)
            return fail(session.error());
        result = m_workspace->devices().unassign(session.value(), deviceId, at);
        message = QCoreApplication::translate("Cli", "%1 is no longer assigned.").arg(shown(deviceId));
    } else {
        return usage(QCoreApplication::translate("Cli", "unknown device command '%1'").arg(action));
    }
    if (!result)
        return fail(result.error());
    return done(QJsonObject {{QStringLiteral("deviceId"), deviceId}, {QStringLiteral("ok"), true}}, message);
}

int Cli::cmdRecord()
{
    const QString action = takeArgument();
    const QString target = takeArgument();
    if (target.isEmpty())
        return usage(QCoreApplication::translate("Cli", "record %1 needs an MRN or record id").arg(action));
    if (action == QLatin1String("list")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto list = m_workspace->records().list(session.value(), target);
        if (!list)
            return fail(list.error());
        QJsonArray json;
        QString text;
        for (const ClinicalRecord& r : list.value()) {
            json.append(toJson(r));
            QString header = QStringLiteral("#%1 %2 %3").arg(r.id).arg(localTime(r.writtenAt), shown(r.authorName));
            if (r.amendsId > 0)
                header += QCoreApplication::translate("Cli", " (amends #%1)").arg(r.amendsId);
            if (r.amendedById > 0)
                header += QCoreApplication::translate("Cli", " (amended by #%1)").arg(r.amendedById);
            text += header + QLatin1Char('\n') + shownLines(r.text) + QStringLiteral("\n\n");
        }
        return done(json, text);
    }
    if (action == QLatin1String("add") || action == QLatin1String("amend")) {
        QString text = takeOption(QStringLiteral("text"));
        if (text.isEmpty() || !finishArguments())
            return usage(QCoreApplication::translate(
                             "Cli", "record %1 needs --text TEXT (or --text - to read it from standard input)")
                             .arg(action));
        auto session = login();
        if (!session)
            return fail(session.error());
        if (text == QLatin1String("-"))
            text = m_terminal->readAllStdin();
        bool validId = true;
        auto record = action == QLatin1String("add")
            ? m_workspace->records().add(session.value(), target, text)
            : m_workspace->records().amend(session.value(), target.toLongLong(&validId), text);
        if (!validId)
            return usage(QCoreApplication::translate("Cli", "record amend needs a numeric record id"));
        if (!record)
            return fail(record.error());
        return done(toJson(record.value()), QCoreApplication::translate("Cli", "Saved note #%1.").arg(record->id));
    }
    return usage(QCoreApplication::translate("Cli", "unknown record command '%1'").arg(action));
}

int Cli::cmdAudit()
{
    const QString action = takeArgument();
    if (action == QLatin1String("verify")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto verification = m_workspace->audit().verify(session.value());
        if (!verification)
            return fail(verification.error());
        const AuditLog::Verification& v = verification.value();
        const QJsonObject json {{QStringLiteral("intact"), v.intact},
                                {QStringLiteral("entries"), v.entries},
                                {QStringLiteral("firstBadEntry"), v.intact ? QJsonValue() : QJsonValue(v.firstBadId)},
                                {QStringLiteral("problem"), v.problem}};
        if (!v.intact) {
            if (m_json)
                done(json, {});
            return fail(
                {Error::Code::Conflict,
                 v.firstBadId > 0
                     ? QCoreApplication::translate("Cli", "The audit log is NOT intact: %1 (first bad entry: %2).")
                           .arg(v.problem)
                           .arg(v.firstBadId)
                     : QCoreApplication::translate("Cli", "The audit log is NOT intact: %1.").arg(v.problem)});
        }
        return done(json,
                    QCoreApplication::translate("Cli", "The audit log is intact: %1 entries verified.").arg(v.entries));
    }
    if (action == QLatin1String("reanchor")) {
        if (!finishArguments())
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto accepted = m_workspace->audit().reanchor(session.value());
        if (!accepted)
            return fail(accepted.error());
        return done(QJsonObject {{QStringLiteral("anchoredEntries"), accepted->anchoredEntries}}, accepted->message);
    }
    if (action == QLatin1String("list")) {
        const int limit = takeOption(QStringLiteral("limit"), QStringLiteral("50")).toInt();
        if (!finishArguments() || limit <= 0)
            return usage();
        auto session = login();
        if (!session)
            return fail(session.error());
        auto entries = m_workspace->audit().list(session.value(), limit);
        if (!entries)
            return fail(entries.error());
        QJsonArray json;
        QString text;
        for (const AuditEntry& e : entries.value()) {
            json.append(QJsonObject {{QStringLiteral("id"), e.id},
                                     {QStringLiteral("at"), iso(e.at)},
                                     {QStringLiteral("user"), e.username},
                                     {QStringLiteral("action"), e.action},
                                     {QStringLiteral("subjectType"), e.subjectType},
                                     {QStringLiteral("subject"), e.subjectId},
                                     {QStringLiteral("details"), e.details}});
            text += QStringLiteral("%1  %2  %3  %4  %5:%6  %7\n")
                        .arg(e.id, 6)
                        .arg(localTime(e.at), shown(e.username), shown(e.action), shown(e.subjectType),
                             shown(e.subjectId), shown(e.details));
        }
        return done(json, text);
    }
    return usage(QCoreApplication::translate("Cli", "unknown audit command '%1'").arg(action));
}

int Cli::cmdMonitor()
{
    const QString host = takeOption(QStringLiteral("host"));
    const QString port = takeOption(QStringLiteral("port"));
    const int every = takeOption(QStringLiteral("status-every"), QStringLiteral("5")).toInt();
    if (!finishArguments() || every <= 0)
        return usage();
    auto session = login();
    if (!session)
        return fail(session.error());
    MqttSettings settings = m_workspace->settings().mqtt();
    if (!host.isEmpty())
        settings.host = host;
    if (!port.isEmpty())
        settings.port = port.toInt();
    if (const QString problem = settings.problem(); !problem.isEmpty())
        return fail({Error::Code::Invalid, problem});
    return runMonitor(*m_workspace, settings, m_terminal->out(), every);
}

int Cli::cmdQuarantine()
{
    const QString action = takeArgument();
    const QString filter = takeOption(QStringLiteral("reason"));
    QList<qint64> ids;
    for (QString id = takeArgument(); !id.isEmpty(); id = takeArgument())
        ids.append(id.toLongLong());
    if (!finishArguments() || (action != QLatin1String("list") && action != QLatin1String("replay")))
        return usage(QCoreApplication::translate("Cli", "quarantine list [--reason TEXT] | replay [ID ...]"));
    auto session = login();
    if (!session)
        return fail(session.error());
    IngestPipeline& pipeline = m_workspace->ingest();
    if (action == QLatin1String("list")) {
        auto entries = pipeline.quarantine(session.value(), filter);
        if (!entries)
            return fail(entries.error());
        QJsonArray json;
        QString text;
        for (const QuarantineEntry& e : entries.value()) {
            json.append(QJsonObject {{QStringLiteral("id"), e.id},
                                     {QStringLiteral("received"), iso(e.receivedAt)},
                                     {QStringLiteral("source"), e.source},
                                     {QStringLiteral("topic"), e.topic},
                                     {QStringLiteral("bytes"), e.payloadBytes},
                                     {QStringLiteral("reason"), e.reason}});
            text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(e.id, 6)
                        .arg(localTime(e.receivedAt), shown(e.topic), shown(e.reason));
        }
        return done(json, text);
    }
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
    pipeline.setSampleSink(&sink);
    auto replayed = pipeline.replay(session.value(), ids);
    pipeline.setSampleSink(nullptr);
    if (!replayed)
        return fail(replayed.error());
    auto analysed = m_workspace->history().analyseStored(sink.samples, m_workspace->settings().analysis());
    if (!analysed)
        return fail(analysed.error());
    const IngestPipeline::Counts& c = replayed.value();
    return done(QJsonObject {{QStringLiteral("messages"), c.messages},
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
}

int Cli::cmdSimulate()
{
    MqttSettings broker;
    broker.host = takeOption(QStringLiteral("host"), broker.host);
    broker.port = takeOption(QStringLiteral("port"), QString::number(broker.port)).toInt();
    SimulateOptions options;
    options.devices = takeOption(QStringLiteral("devices"), QString::number(options.devices)).toInt();
    options.prefix = takeOption(QStringLiteral("prefix"), options.prefix);
    options.durationSeconds = takeOption(QStringLiteral("duration"), QStringLiteral("0")).toInt();
    options.speed = takeOption(QStringLiteral("speed"), QStringLiteral("1")).toDouble();
    options.seed = takeOption(QStringLiteral("seed"), QStringLiteral("1")).toUInt();
    options.topic = takeOption(QStringLiteral("topic"), options.topic);
    options.batchTopic = takeOption(QStringLiteral("batch-topic"), options.batchTopic);
    if (!finishArguments() || options.devices <= 0 || options.speed <= 0 || options.durationSeconds < 0)
        return usage();
    return runSimulator(broker, options, m_terminal->out(), m_terminal->err());
}

} // namespace pulsedesk::cli
