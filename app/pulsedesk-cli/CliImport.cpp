// pulsedesk-cli import: the nurse's import of offline dumps, headless.
#include "Commands.h"
#include "common/DisplayText.h"
#include "import/Importer.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>

namespace pulsedesk::cli::commands {

namespace {

std::atomic_bool g_cancel {false};

void onSignal(int)
{
    g_cancel.store(true);
}

QJsonObject reasonsJson(const QMap<QString, qint64>& reasons)
{
    QJsonObject json;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        json.insert(it.key(), it.value());
    return json;
}

QString reasonsText(const QMap<QString, qint64>& reasons)
{
    QString text;
    for (auto it = reasons.cbegin(); it != reasons.cend(); ++it)
        text += QStringLiteral("    %1  %2\n").arg(it.value(), 7).arg(shown(it.key()));
    return text;
}

QString utc(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

QJsonArray devicesJson(const ImportPreview& preview)
{
    QJsonArray devices;
    for (const ImportDeviceSummary& d : preview.devices) {
        QJsonArray patients;
        for (const ImportPatientSpan& p : d.patients)
            patients.append(QJsonObject {{QStringLiteral("mrn"), p.mrn},
                                         {QStringLiteral("bed"), p.bed},
                                         {QStringLiteral("samples"), p.samples}});
        devices.append(QJsonObject {{QStringLiteral("source"), d.source},
                                    {QStringLiteral("device"), d.device},
                                    {QStringLiteral("chosen"), d.chosen},
                                    {QStringLiteral("samples"), d.samples},
                                    {QStringLiteral("from"), utc(d.firstMs)},
                                    {QStringLiteral("to"), utc(d.lastMs)},
                                    {QStringLiteral("patients"), patients},
                                    {QStringLiteral("unassigned"), d.unassigned}});
    }
    return devices;
}

QString devicesText(const ImportPreview& preview)
{
    QString text;
    for (const ImportDeviceSummary& d : preview.devices) {
        const QString source =
            d.source.isEmpty() ? QCoreApplication::translate("Cli", "(no device named)") : shown(d.source);
        text += d.device.isEmpty() ? QCoreApplication::translate("Cli", "  %1: not a registered device\n").arg(source)
                                   : QCoreApplication::translate("Cli", "  %1 -> %2: %3 samples, %4 .. %5\n")
                                         .arg(source, shown(d.device))
                                         .arg(d.samples)
                                         .arg(utc(d.firstMs), utc(d.lastMs));
        for (const ImportPatientSpan& p : d.patients)
            text += QCoreApplication::translate("Cli", "      patient %1 (bed %2): %3 samples\n")
                        .arg(shown(p.mrn), shown(p.bed))
                        .arg(p.samples);
        if (d.unassigned > 0)
            text +=
                QCoreApplication::translate("Cli", "      assigned to no patient: %1 samples (stored, not analysed)\n")
                    .arg(d.unassigned);
    }
    return text;
}

/// What `import` was asked to do, read from the command line before the login.
struct ImportRequest
{
    ImportOptions options;
    QStringList files;
    QStringList skipped; ///< not data files PulseDesk reads
    bool dryRun = false;
};

/// Previews each file, then imports it unless this is a dry run; Ctrl-C cancels the file being imported (it is
/// undone) and stops.
int importAll(Invocation& cli, const Session& session, const ImportRequest& request)
{
    const ImportOptions& options = request.options;
    const bool dryRun = request.dryRun;
    const QStringList& files = request.files;
    const QStringList& skipped = request.skipped;
    g_cancel.store(false);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    Importer importer(cli.workspace());
    importer.setWaitingHandler([] {
        QTextStream(stderr) << QCoreApplication::translate(
            "Cli", "Another import into this store is running; waiting for it to end…")
                            << Qt::endl;
    });
    QJsonArray filesJson;
    QString text;
    qint64 stored = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    qint64 failedFiles = 0;
    QMap<QString, qint64> allReasons;
    // A file that could not be imported is a failure: its one-line reason goes to stderr, as the next file goes on.
    const auto notImported = [&cli](const QString& fileName, const QString& reason) {
        cli.terminal().err() << "pulsedesk-cli: "
                             << QCoreApplication::translate("Cli", "%1: not imported: %2")
                                    .arg(shown(fileName),
                                         shown(QString(reason).replace(QLatin1Char('\n'), QLatin1Char(' '))))
                             << Qt::endl;
    };
    for (const QString& path : files) {
        if (g_cancel.load())
            break;
        auto preview = importer.preview(session, path, options, &g_cancel);
        if (!preview)
            return cli.fail(preview.error());
        const ImportPreview& p = preview.value();
        QJsonObject json {{QStringLiteral("file"), p.path},
                          {QStringLiteral("format"), ImportFormats::key(p.format)},
                          {QStringLiteral("sha256"), p.sha256},
                          {QStringLiteral("bytes"), p.bytes},
                          {QStringLiteral("notes"), QJsonArray::fromStringList(p.notes)},
                          {QStringLiteral("devices"), devicesJson(p)},
                          {QStringLiteral("from"), utc(p.firstMs)},
                          {QStringLiteral("to"), utc(p.lastMs)}};
        if (!p.previousImport.isEmpty())
            json.insert(QStringLiteral("importedBefore"), p.previousImport);
        text += QStringLiteral("%1  [%2]\n").arg(shown(p.fileName), ImportFormats::describe(p.format));
        for (const QString& note : p.notes)
            text += QStringLiteral("  %1\n").arg(shown(note));
        if (!p.previousImport.isEmpty())
            text += QCoreApplication::translate("Cli", "  this file was imported before: %1\n")
                        .arg(shown(p.previousImport));
        if (!p.error.isEmpty()) {
            ++failedFiles;
            json.insert(QStringLiteral("state"), QStringLiteral("failed"));
            json.insert(QStringLiteral("error"), p.error);
            notImported(p.fileName, p.error);
            filesJson.append(json);
            continue;
        }
        text += devicesText(p);
        if (dryRun) {
            json.insert(QStringLiteral("state"), QStringLiteral("previewed"));
            json.insert(QStringLiteral("new"), p.fresh);
            json.insert(QStringLiteral("duplicates"), p.duplicates);
            json.insert(QStringLiteral("rejected"), p.rejected);
            json.insert(QStringLiteral("reasons"), reasonsJson(p.rejectReasons));
            text +=
                QCoreApplication::translate("Cli", "  would import %1 new samples; %2 already stored; %3 rejected\n")
                    .arg(p.fresh)
                    .arg(p.duplicates)
                    .arg(p.rejected)
                + reasonsText(p.rejectReasons);
            stored += p.fresh;
            duplicates += p.duplicates;
            rejected += p.rejected;
            for (auto it = p.rejectReasons.cbegin(); it != p.rejectReasons.cend(); ++it)
                allReasons[it.key()] += it.value();
            filesJson.append(json);
            continue;
        }
        auto outcome = importer.run(session, p, options, &g_cancel);
        if (!outcome)
            return cli.fail(outcome.error());
        const ImportOutcome& o = outcome.value();
        const QString state = o.state == ImportOutcome::State::Complete ? QStringLiteral("complete")
            : o.state == ImportOutcome::State::Cancelled                ? QStringLiteral("cancelled")
                                                                        : QStringLiteral("failed");
        json.insert(QStringLiteral("state"), state);
        json.insert(QStringLiteral("import"), o.importId);
        json.insert(QStringLiteral("stored"), o.stored);
        json.insert(QStringLiteral("merged"), o.merged);
        json.insert(QStringLiteral("duplicates"), o.duplicates);
        json.insert(QStringLiteral("rejected"), o.rejected);
        json.insert(QStringLiteral("reasons"), reasonsJson(o.rejectReasons));
        json.insert(QStringLiteral("windows"), o.analysis.results);
        json.insert(QStringLiteral("findings"), o.analysis.findings);
        if (o.state != ImportOutcome::State::Complete) {
            ++failedFiles;
            json.insert(QStringLiteral("error"), o.error);
            notImported(p.fileName, o.error);
        } else {
            text += QCoreApplication::translate(
                        "Cli",
                        "  imported %1 samples (%2 vitals added to them); %3 already stored; %4 rejected; "
                        "%5 windows analysed, %6 findings\n")
                        .arg(o.stored)
                        .arg(o.merged)
                        .arg(o.duplicates)
                        .arg(o.rejected)
                        .arg(o.analysis.results)
                        .arg(o.analysis.findings)
                + reasonsText(o.rejectReasons);
            stored += o.stored;
            duplicates += o.duplicates;
            rejected += o.rejected;
            for (auto it = o.rejectReasons.cbegin(); it != o.rejectReasons.cend(); ++it)
                allReasons[it.key()] += it.value();
        }
        filesJson.append(json);
    }
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    for (const QString& s : std::as_const(skipped))
        text += QCoreApplication::translate("Cli", "skipped (not a data file PulseDesk reads): %1\n").arg(shown(s));
    text += (dryRun ? QCoreApplication::translate(
                 "Cli",
                 "Total (dry run, nothing stored): %1 new, %2 duplicates, %3 rejected, %4 files not "
                 "importable.")
                    : QCoreApplication::translate(
                        "Cli", "Total: %1 imported, %2 duplicates, %3 rejected, %4 files not imported."))
                .arg(stored)
                .arg(duplicates)
                .arg(rejected)
                .arg(failedFiles);
    const QJsonObject summary {
        {QStringLiteral("files"), filesJson},         {QStringLiteral("dryRun"), dryRun},
        {QStringLiteral("imported"), stored},         {QStringLiteral("duplicates"), duplicates},
        {QStringLiteral("rejected"), rejected},       {QStringLiteral("reasons"), reasonsJson(allReasons)},
        {QStringLiteral("failedFiles"), failedFiles}, {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)}};
    cli.done(summary, text);
    if (failedFiles > 0 || g_cancel.load())
        return Failure;
    return rejected > 0 ? Rejected : Success;
}

} // namespace

Prepared importFiles(Invocation& cli)
{
    ImportRequest request;
    ImportOptions& options = request.options;
    request.dryRun = cli.takeFlag(QStringLiteral("dry-run"));
    if (const QString tz = cli.takeOption(QStringLiteral("tz")); !tz.isEmpty()) {
        options.zone = QTimeZone(tz.toUtf8());
        if (!options.zone.isValid())
            return cli.usage(QCoreApplication::translate(
                                 "Cli", "unknown time zone '%1' (use an IANA name such as Europe/Rome, or UTC)")
                                 .arg(tz));
    }
    if (const QString format = cli.takeOption(QStringLiteral("format")); !format.isEmpty()) {
        options.format = ImportFormats::fromKey(format);
        if (!options.format)
            return cli.usage(QCoreApplication::translate("Cli", "unknown format '%1'").arg(format));
    }
    options.defaultDevice = cli.takeOption(QStringLiteral("device"));
    for (QString map = cli.takeOption(QStringLiteral("map")); !map.isEmpty();
         map = cli.takeOption(QStringLiteral("map"))) {
        const qsizetype eq = map.lastIndexOf(QLatin1Char('='));
        if (eq <= 0)
            return cli.usage(QCoreApplication::translate("Cli", "--map needs SOURCE=DEVICE_ID"));
        options.deviceMap.insert(map.left(eq), map.mid(eq + 1));
    }
    QStringList paths;
    for (QString path = cli.takeArgument(); !path.isEmpty(); path = cli.takeArgument())
        paths.append(path);
    if (paths.isEmpty() || !cli.finishArguments())
        return cli.usage(QCoreApplication::translate("Cli", "import needs at least one FILE or DIR"));
    request.files = Importer::expand(paths, &request.skipped);
    if (request.files.isEmpty())
        return cli.fail(
            {Error::Code::NotFound,
             QCoreApplication::translate("Cli", "No file to import in %1.").arg(paths.join(QStringLiteral(", ")))});

    return [&cli, request](const Login& login) { return importAll(cli, login.session, request); };
}

} // namespace pulsedesk::cli::commands
