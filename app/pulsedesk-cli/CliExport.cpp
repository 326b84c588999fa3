// pulsedesk-cli export: a patient's rows as CSV, the patient's record as FHIR, the patient's own copy, and the
// de-identified research export.
#include "Commands.h"
#include "exports/Exports.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

/// --from and --to: ISO 8601 (with an offset, or in the workstation's zone); false when one is not a time.
bool takeRange(Invocation& cli, ExportRange* range)
{
    const QString from = cli.takeOption(QStringLiteral("from"));
    const QString to = cli.takeOption(QStringLiteral("to"));
    range->from = QDateTime::fromString(from, Qt::ISODateWithMs);
    range->to = QDateTime::fromString(to, Qt::ISODateWithMs);
    return (from.isEmpty() || range->from.isValid()) && (to.isEmpty() || range->to.isValid());
}

Exports exportsOf(Invocation& cli)
{
    Workspace& w = cli.workspace();
    return Exports(w.database(), w.audit(), w.clock());
}

QJsonObject countsJson(const FhirCounts& counts, const QString& file)
{
    return {{QStringLiteral("file"), file},
            {QStringLiteral("devices"), counts.devices},
            {QStringLiteral("observations"), counts.vitalObservations},
            {QStringLiteral("results"), counts.resultObservations},
            {QStringLiteral("alarms"), counts.detectedIssues},
            {QStringLiteral("notes"), counts.documents}};
}

} // namespace

Prepared exportCsv(Invocation& cli)
{
    const QString mrn = cli.takeOption(QStringLiteral("patient"));
    const auto what = csvContentFromKey(cli.takeOption(QStringLiteral("what")));
    const QString out = cli.takeOption(QStringLiteral("out"));
    ExportRange range;
    if (!takeRange(cli, &range) || !cli.finishArguments() || mrn.isEmpty() || !what || out.isEmpty())
        return cli.usage(QCoreApplication::translate(
            "Cli",
            "export csv needs --patient MRN --what samples|results|alarms --out FILE; --from and --to are "
            "ISO 8601"));
    return [&cli, mrn, what = *what, range, out](const Login& login) {
        auto rows = exportsOf(cli).csv(login.session, mrn, what, range, out);
        if (!rows)
            return cli.fail(rows.error());
        return cli.done(QJsonObject {{QStringLiteral("file"), out}, {QStringLiteral("rows"), rows.value()}},
                        QCoreApplication::translate("Cli", "Exported %1 rows to %2.")
                            .arg(rows.value())
                            .arg(shown(QDir::toNativeSeparators(out))));
    };
}

Prepared exportFhir(Invocation& cli)
{
    const QString mrn = cli.takeOption(QStringLiteral("patient"));
    const QString out = cli.takeOption(QStringLiteral("out"));
    ExportRange range;
    if (!takeRange(cli, &range) || !cli.finishArguments() || mrn.isEmpty() || out.isEmpty())
        return cli.usage(QCoreApplication::translate(
            "Cli", "export fhir needs --patient MRN --out FILE; --from and --to are ISO 8601"));
    return [&cli, mrn, range, out](const Login& login) {
        auto counts = exportsOf(cli).fhir(login.session, mrn, range, out);
        if (!counts)
            return cli.fail(counts.error());
        return cli.done(countsJson(counts.value(), out),
                        QCoreApplication::translate("Cli",
                                                    "Exported a FHIR Bundle to %1: %2 observations of samples, "
                                                    "%3 results, %4 alarms, %5 notes.")
                            .arg(shown(QDir::toNativeSeparators(out)))
                            .arg(counts->vitalObservations)
                            .arg(counts->resultObservations)
                            .arg(counts->detectedIssues)
                            .arg(counts->documents));
    };
}

Prepared exportPatientCopy(Invocation& cli)
{
    const QString mrn = cli.takeOption(QStringLiteral("patient"));
    const QString out = cli.takeOption(QStringLiteral("out"));
    if (!cli.finishArguments() || mrn.isEmpty() || out.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "export patient-copy needs --patient MRN --out DIR"));
    return [&cli, mrn, out](const Login& login) {
        auto files = exportsOf(cli).patientCopy(login.session, mrn, out);
        if (!files)
            return cli.fail(files.error());
        QJsonObject json = countsJson(files->counts, files->bundlePath);
        json.insert(QStringLiteral("pdf"), files->pdfPath);
        return cli.done(json,
                        QCoreApplication::translate("Cli", "The patient's copy is in %1 and %2.")
                            .arg(shown(QDir::toNativeSeparators(files->bundlePath)),
                                 shown(QDir::toNativeSeparators(files->pdfPath))));
    };
}

Prepared exportResearch(Invocation& cli)
{
    const QString out = cli.takeOption(QStringLiteral("out"));
    ExportRange range;
    if (!takeRange(cli, &range) || !cli.finishArguments() || out.isEmpty())
        return cli.usage(
            QCoreApplication::translate("Cli", "export research needs --out DIR; --from and --to are ISO 8601"));
    return [&cli, range, out](const Login& login) {
        auto counts = exportsOf(cli).research(login.session, range, out);
        if (!counts)
            return cli.fail(counts.error());
        return cli.done(QJsonObject {{QStringLiteral("folder"), out},
                                     {QStringLiteral("patients"), counts->patients},
                                     {QStringLiteral("devices"), counts->devices},
                                     {QStringLiteral("samples"), counts->samples},
                                     {QStringLiteral("results"), counts->results}},
                        QCoreApplication::translate("Cli",
                                                    "De-identified export in %1: %2 patients, %3 devices, %4 "
                                                    "samples, %5 results.")
                            .arg(shown(QDir::toNativeSeparators(out)))
                            .arg(counts->patients)
                            .arg(counts->devices)
                            .arg(counts->samples)
                            .arg(counts->results));
    };
}

Prepared exportOther(Invocation& cli)
{
    return cli.usage(QCoreApplication::translate("Cli", "unknown export command '%1'").arg(shown(cli.action())));
}

} // namespace pulsedesk::cli::commands
