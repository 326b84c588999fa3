// pulsedesk-cli report: the printed reports as PDF files (trend, ward alarm history, hand-over).
#include "Commands.h"
#include "reports/Reports.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace pulsedesk::cli::commands {

namespace {

constexpr qint64 HourMs = 3'600'000;

/// Reads --from and --to, or --hours (24 without either): the period ending now. False on a wrong one.
bool takePeriod(Invocation& cli, reports::ReportRequest& request)
{
    const QString fromText = cli.takeOption(QStringLiteral("from"));
    const QString toText = cli.takeOption(QStringLiteral("to"));
    const QString hoursText = cli.takeOption(QStringLiteral("hours"));
    if (!fromText.isEmpty() || !toText.isEmpty()) {
        const QDateTime from = parsedTime(fromText);
        const QDateTime to = parsedTime(toText);
        if (!hoursText.isEmpty() || !from.isValid() || !to.isValid())
            return false;
        request.fromMs = from.toMSecsSinceEpoch();
        request.toMs = to.toMSecsSinceEpoch();
        return true;
    }
    bool ok = true;
    const int hours = hoursText.isEmpty() ? 24 : hoursText.toInt(&ok);
    if (!ok || hours <= 0)
        return false;
    request.toMs = cli.workspace().clock().nowMs();
    request.fromMs = request.toMs - hours * HourMs;
    return true;
}

Prepared write(Invocation& cli, const reports::ReportRequest& request, const QString& out)
{
    return [&cli, request, out](const Login& login) {
        auto pages = reports::Reports::exportPdf(cli.workspace(), login.session, request, out);
        if (!pages)
            return cli.fail(pages.error());
        return cli.done(
            QJsonObject {{QStringLiteral("report"), reports::reportKindKey(request.kind)},
                         {QStringLiteral("file"), out},
                         {QStringLiteral("pages"), pages.value()}},
            QCoreApplication::translate("Cli", "Wrote %1 (%n page(s)).", nullptr, pages.value()).arg(shown(out)));
    };
}

} // namespace

Prepared reportTrend(Invocation& cli)
{
    reports::ReportRequest request;
    request.kind = reports::ReportKind::Trend;
    request.mrn = cli.takeOption(QStringLiteral("patient"));
    const QString out = cli.takeOption(QStringLiteral("out"));
    if (!takePeriod(cli, request) || !cli.finishArguments() || request.mrn.isEmpty() || out.isEmpty())
        return cli.usage(QCoreApplication::translate(
            "Cli",
            "report trend needs --patient MRN and --out FILE.pdf; the period is --from and --to (ISO 8601) "
            "or --hours N"));
    return write(cli, request, out);
}

Prepared reportAlarms(Invocation& cli)
{
    reports::ReportRequest request;
    request.kind = reports::ReportKind::WardAlarms;
    request.ward = cli.takeOption(QStringLiteral("ward"));
    const QString out = cli.takeOption(QStringLiteral("out"));
    if (!takePeriod(cli, request) || !cli.finishArguments() || request.ward.isEmpty() || out.isEmpty())
        return cli.usage(QCoreApplication::translate(
            "Cli",
            "report alarms needs --ward WARD and --out FILE.pdf; the period is --from and --to (ISO 8601) "
            "or --hours N"));
    return write(cli, request, out);
}

Prepared reportHandover(Invocation& cli)
{
    reports::ReportRequest request;
    request.kind = reports::ReportKind::Handover;
    request.ward = cli.takeOption(QStringLiteral("ward"));
    const QString out = cli.takeOption(QStringLiteral("out"));
    if (!cli.finishArguments() || request.ward.isEmpty() || out.isEmpty())
        return cli.usage(QCoreApplication::translate("Cli", "report handover needs --ward WARD and --out FILE.pdf"));
    return write(cli, request, out);
}

Prepared reportOther(Invocation& cli)
{
    return cli.usage(cli.action().isEmpty()
                         ? QCoreApplication::translate("Cli", "report trend | alarms | handover")
                         : QCoreApplication::translate("Cli", "unknown report '%1'").arg(shown(cli.action())));
}

} // namespace pulsedesk::cli::commands
