// pulsedesk-server: the ward's ingest, analysis, alarms and escalation, once for the ward, into PostgreSQL. Run by
// systemd (packaging/systemd/pulsedesk-server.service); two hosts may run it, one active and one standby.
#include "common/DisplayText.h"
#include "common/QuitOnSignal.h"
#include "interfaces/InterfaceService.h"
#include "interfaces/WardInterfaces.h"
#include "monitoring/AnalysisService.h"
#include "monitoring/IngestService.h"
#include "monitoring/WardService.h"
#include "security/ProcessHardening.h"
#include "settings/Settings.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTextStream>
#include <QTimer>

namespace {

/// The database password: --password-file, else the systemd credential `pulsedesk-db-password`, else none (the
/// connection string's, or libpq's password file). Only the first line counts.
bool readPassword(const QString& file, QString* password, QString* error)
{
    QString path = file;
    if (path.isEmpty() && !qEnvironmentVariableIsEmpty("CREDENTIALS_DIRECTORY")) {
        const QString credential =
            QDir(qEnvironmentVariable("CREDENTIALS_DIRECTORY")).filePath(QStringLiteral("pulsedesk-db-password"));
        if (QFile::exists(credential))
            path = credential;
    }
    if (path.isEmpty())
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("ServerMain", "The password file %1 cannot be read: %2")
                     .arg(path, f.errorString());
        return false;
    }
    if (f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) {
        *error = QCoreApplication::translate(
                     "ServerMain", "The password file %1 may be read by other users; allow only its owner (chmod 600).")
                     .arg(path);
        return false;
    }
    *password = QString::fromUtf8(f.readLine()).trimmed();
    return true;
}

QString stateName(pulsedesk::WardService::State state)
{
    switch (state) {
    case pulsedesk::WardService::State::Stopped:
        return QCoreApplication::translate("ServerMain", "stopped");
    case pulsedesk::WardService::State::Standby:
        return QCoreApplication::translate("ServerMain", "standby");
    case pulsedesk::WardService::State::Active:
        return QCoreApplication::translate("ServerMain", "active");
    }
    return {};
}

} // namespace

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PulseDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("pulsedesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PULSEDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "ServerMain",
        "The ward server's service: ingests the ward's devices from the broker, analyses them and raises and "
        "escalates alarms, once for the ward, into the ward's PostgreSQL database. Several may run; one is "
        "active, the others stand by and take over when it stops."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"),
        QCoreApplication::translate("ServerMain",
                                    "libpq connection string of the ward (default: PULSEDESK_SERVER); the login "
                                    "is the service role pulsedesk_server or a member of it."),
        QStringLiteral("CONNINFO"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QCoreApplication::translate(
            "ServerMain",
            "File holding the login's password (default: the systemd credential pulsedesk-db-password, else libpq's "
            "password file)."),
        QStringLiteral("FILE"));
    const QCommandLineOption host(
        QStringLiteral("host"), QCoreApplication::translate("ServerMain", "Broker host (default: the ward's setting)."),
        QStringLiteral("BROKER"));
    const QCommandLineOption port(
        QStringLiteral("port"), QCoreApplication::translate("ServerMain", "Broker port (default: the ward's setting)."),
        QStringLiteral("PORT"));
    const QCommandLineOption statusEvery(
        QStringLiteral("status-every"),
        QCoreApplication::translate("ServerMain", "Seconds between status lines (default 60)."),
        QStringLiteral("SECONDS"), QStringLiteral("60"));
    const QCommandLineOption adtListen(
        QStringLiteral("adt-listen"),
        QCoreApplication::translate("ServerMain",
                                    "Listen for the hospital's ADT messages (HL7 v2 over MLLP) here (default: the "
                                    "ward's interface setting); only the active server listens."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption resultsTo(
        QStringLiteral("results-to"),
        QCoreApplication::translate("ServerMain",
                                    "Send window results (IHE PCD-01 ORU^R01) to this EHR interface (default: the "
                                    "ward's interface setting)."),
        QStringLiteral("HOST:PORT"));
    const QCommandLineOption alarmsTo(
        QStringLiteral("alarms-to"),
        QCoreApplication::translate("ServerMain",
                                    "Send alarm events (IHE PCD-04 ORU^R40) to this alarm manager (default: the "
                                    "ward's interface setting)."),
        QStringLiteral("HOST:PORT"));
    parser.addOptions({server, passwordFile, host, port, statusEvery, adtListen, resultsTo, alarmsTo});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto fail = [&err](const QString& message) {
        err << "pulsedesk-server: " << message << Qt::endl;
        return 1;
    };
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("ServerMain", "unexpected argument %1")
                        .arg(pulsedesk::DisplayText::escaped(parser.positionalArguments()[0])));
    const QString connInfo = parser.isSet(server) ? parser.value(server) : qEnvironmentVariable("PULSEDESK_SERVER");
    if (connInfo.trimmed().isEmpty() && !parser.isSet(server) && qEnvironmentVariableIsEmpty("PGDATABASE"))
        return fail(
            QCoreApplication::translate("ServerMain", "say which ward: --server CONNINFO (or PULSEDESK_SERVER)"));
    bool everyOk = false;
    const int every = parser.value(statusEvery).toInt(&everyOk);
    if (!everyOk || every <= 0)
        return fail(QCoreApplication::translate("ServerMain", "--status-every needs a number of seconds"));
    QString password;
    if (QString error; !readPassword(parser.value(passwordFile), &password, &error))
        return fail(error);

    auto workspace = pulsedesk::Workspace::forServer(connInfo);
    if (auto opened = workspace->openForService(password); !opened)
        return fail(opened.errorMessage());
    password.fill(QLatin1Char('\0'));
    pulsedesk::MqttSettings mqtt = workspace->settings().mqtt();
    if (parser.isSet(host))
        mqtt.host = parser.value(host);
    if (parser.isSet(port))
        mqtt.port = parser.value(port).toInt();
    if (const QString problem = mqtt.problem(); !problem.isEmpty())
        return fail(problem);

    pulsedesk::InterfaceConfig overrides;
    overrides.adtListen = parser.value(adtListen);
    overrides.resultsTo = parser.value(resultsTo);
    overrides.alarmsTo = parser.value(alarmsTo);
    for (const QString& address : {overrides.adtListen, overrides.resultsTo, overrides.alarmsTo})
        if (!address.isEmpty())
            if (auto parsed = pulsedesk::HostPort::parse(address); !parsed)
                return fail(parsed.errorMessage());

    pulsedesk::WardService ward(*workspace, mqtt, workspace->settings().analysis());
    pulsedesk::WardInterfaces interfaces(*workspace, ward, overrides);
    const auto stamp = [] { return QDateTime::currentDateTime().toString(Qt::ISODate); };
    QObject::connect(&interfaces, &pulsedesk::WardInterfaces::started, &interfaces,
                     [&out, &stamp](const QString& what) {
                         out << stamp() << "  "
                             << QCoreApplication::translate("ServerMain", "interfaces started: %1")
                                    .arg(pulsedesk::DisplayText::escaped(what))
                             << Qt::endl;
                     });
    QObject::connect(&interfaces, &pulsedesk::WardInterfaces::failed, &interfaces, [&out, &stamp](const QString& why) {
        out << stamp() << "  "
            << QCoreApplication::translate("ServerMain", "interfaces could not start: %1")
                   .arg(pulsedesk::DisplayText::escaped(why))
            << Qt::endl;
    });
    QObject::connect(&interfaces, &pulsedesk::WardInterfaces::stopped, &interfaces, [&out, &stamp] {
        out << stamp() << "  " << QCoreApplication::translate("ServerMain", "interfaces stopped") << Qt::endl;
    });
    QObject::connect(&ward, &pulsedesk::WardService::stateChanged, &ward,
                     [&out, &stamp](pulsedesk::WardService::State state, const QString& reason) {
                         out << stamp() << "  " << stateName(state) << ": " << pulsedesk::DisplayText::escaped(reason)
                             << Qt::endl;
                     });
    pulsedesk::AnalysisService& analysis = ward.monitoring().analysis();
    QObject::connect(&analysis, &pulsedesk::AnalysisService::failed, &analysis, [&out, &stamp](const QString& why) {
        out << stamp() << "  "
            << QCoreApplication::translate("ServerMain", "analysis could not store its results: %1")
                   .arg(pulsedesk::DisplayText::escaped(why))
            << Qt::endl;
    });
    QTimer status;
    QObject::connect(&status, &QTimer::timeout, &status, [&] {
        if (ward.state() != pulsedesk::WardService::State::Active)
            return;
        const pulsedesk::IngestPipeline::Counts c = ward.monitoring().ingest().totals();
        out << stamp() << "  "
            << QCoreApplication::translate(
                   "ServerMain", "messages %1  stored %2  duplicates %3  quarantined %4  windows %5  open alarms %6")
                   .arg(c.messages)
                   .arg(c.stored)
                   .arg(c.duplicates)
                   .arg(c.quarantinedMessages)
                   .arg(analysis.totals().results)
                   .arg(analysis.openAlarms().size());
        if (const auto t = analysis.totals(); t.alarmTopicPublished > 0 || t.alarmTopicDropped > 0)
            out << "  "
                << QCoreApplication::translate("ServerMain", "alarm topic %1 published, %2 dropped")
                       .arg(t.alarmTopicPublished)
                       .arg(t.alarmTopicDropped);
        if (interfaces.isRunning())
            out << "  " << interfaces.service().statusLine();
        out << Qt::endl;
    });
    status.start(every * 1000);

    const pulsedesk::QuitOnSignal quitOnSignal;
    ward.start();
    const int code = QCoreApplication::exec();
    ward.stop();
    return code;
}
