#include "MainWindow.h"
#include "StoreChoiceDialog.h"
#include "common/BackgroundRunner.h"
#include "common/ProcessStats.h"
#include "monitoring/Monitoring.h"
#include "security/ProcessHardening.h"
#include "storage/Database.h"
#include "workspace/StoreChoice.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <memory>

namespace {

/// Prints "window-shown <peak KiB>" once the window is on screen, for `pulsedesk-cli bench startup`.
void reportWhenShown(QObject* context)
{
    QTimer::singleShot(0, context, [] {
        QTextStream(stdout) << "window-shown " << pulsedesk::ProcessStats::peakResidentKib() << Qt::endl;
    });
}

/// Installs Qt's and PulseDesk's translations for `locale`, replacing those installed before.
void installTranslations(QApplication& app, const QLocale& locale)
{
    for (QTranslator* old : app.findChildren<QTranslator*>()) {
        QApplication::removeTranslator(old);
        delete old;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    // Any other language falls back to English, whose file holds only the plural forms.
    if (own->load(locale, QStringLiteral("pulsedesk"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral(":/i18n/pulsedesk_en.qm")))
        QApplication::installTranslator(own);
}

} // namespace

int main(int argc, char* argv[])
{
    pulsedesk::ProcessHardening::apply();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PulseDesk"));
    QApplication::setApplicationName(QStringLiteral("PulseDesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PulseDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PULSEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.pulsedesk.PulseDesk"));
    installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "PulseDesk clinician workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QApplication::translate("main", "Data folder (default: %1).").arg(pulsedesk::Workspace::defaultDataDir()),
        QStringLiteral("dir"));
    const QCommandLineOption measureOption(
        QStringLiteral("measure-startup"),
        QApplication::translate("main",
                                "Print when the first window is shown (benchmarks); 'bare' shows an empty window."),
        QStringLiteral("mode"), QStringLiteral("app"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QApplication::translate("main",
                                "A ward on a PostgreSQL server (libpq connection string, PG* variables honoured); "
                                "also PULSEDESK_SERVER."),
        QStringLiteral("conninfo"));
    parser.addOption(dataOption);
    parser.addOption(serverOption);
    parser.addOption(measureOption);
    // --measure-startup takes an optional value: accept the bare flag too.
    QStringList arguments = QApplication::arguments();
    arguments.replaceInStrings(QStringLiteral("--measure-startup"), QStringLiteral("--measure-startup=app"));
    arguments.replaceInStrings(QStringLiteral("--measure-startup=app="), QStringLiteral("--measure-startup="));
    parser.process(arguments);

    if (parser.value(measureOption) == QLatin1String("bare") && parser.isSet(measureOption)) {
        QWidget bare;
        bare.resize(1200, 780);
        bare.show();
        reportWhenShown(&bare);
        return QApplication::exec();
    }

    const QString server =
        parser.isSet(serverOption) ? parser.value(serverOption) : qEnvironmentVariable("PULSEDESK_SERVER");
    if (parser.isSet(dataOption) && !server.isEmpty()) {
        QTextStream(stderr) << QApplication::translate("main", "Give either --data or --server, not both.") << Qt::endl;
        return 2;
    }
    const bool dataGiven = parser.isSet(dataOption) || qEnvironmentVariableIsSet("PULSEDESK_DATA");
    const QString dataDir = parser.isSet(dataOption)
        ? parser.value(dataOption)
        : qEnvironmentVariable("PULSEDESK_DATA", pulsedesk::Workspace::defaultDataDir());
    // The language an admin chose for this workstation, else the system's.
    if (const QString language = pulsedesk::Workspace::savedLanguage(dataDir); !language.isEmpty()) {
        QLocale::setDefault(QLocale(language));
        installTranslations(app, QLocale(language));
    }
    // The store given at start, else the one this user chose (asked once, at the first start); the login page
    // can change a chosen one, and the workstation then opens the new one.
    const QString choicePath = pulsedesk::StoreChoice::defaultPath();
    int status = 0;
    for (bool reopen = true; reopen;) {
        reopen = false;
        pulsedesk::BackgroundRunner runner;
        pulsedesk::StoreChoice choice;
        if (!server.isEmpty())
            choice = {pulsedesk::StoreChoice::Kind::Server, server};
        else if (dataGiven)
            choice.kind = pulsedesk::StoreChoice::Kind::Local;
        else
            choice = pulsedesk::ui::StoreChoiceDialog::chooseAtStart(choicePath, dataDir, runner);
        if (choice.kind == pulsedesk::StoreChoice::Kind::None) {
            runner.stop();
            break;
        }
        // On a ward server, ingest, analysis and alarms are the server's (pulsedesk-server): the workstation reads
        // what it stores.
        std::unique_ptr<pulsedesk::Workspace> workspace = choice.kind == pulsedesk::StoreChoice::Kind::Server
            ? pulsedesk::Workspace::forServer(choice.connInfo)
            : std::make_unique<pulsedesk::Workspace>(dataDir);
        std::unique_ptr<pulsedesk::Monitoring> monitoring;
        if (!workspace->isServer())
            monitoring = std::make_unique<pulsedesk::Monitoring>(*workspace);
        {
            pulsedesk::ui::MainWindow window(*workspace, runner, pulsedesk::Clock::system(), monitoring.get());
            if (server.isEmpty() && !dataGiven)
                window.setStoreChoicePath(choicePath);
            QObject::connect(&window, &pulsedesk::ui::MainWindow::storeChanged, &window, [&reopen, &window] {
                reopen = true;
                window.close();
            });
            window.show();
            if (parser.isSet(measureOption))
                reportWhenShown(&window);
            status = QApplication::exec();
        }
        if (monitoring)
            monitoring->stop();
        runner.stop([&workspace] {
            if (workspace->isOpen())
                workspace->database().releaseThreadConnection();
        });
    }
    return status;
}
