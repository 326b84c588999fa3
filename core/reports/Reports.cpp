#include "reports/Reports.h"

#include "reports/ReportReader.h"
#include "storage/AuditLog.h"
#include "workspace/Workspace.h"

#include <QDateTime>

namespace pulsedesk::reports::Reports {

namespace {

template<typename T>
Result<Report> wrap(Result<T> read)
{
    if (!read)
        return read.error();
    return Report {std::move(read).value()};
}

QString isoUtc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

Result<Report> read(Workspace& workspace, const Session& session, const ReportRequest& request)
{
    switch (request.kind) {
    case ReportKind::Trend:
        return wrap(ReportReader::trend(workspace, session, request));
    case ReportKind::WardAlarms:
        return wrap(ReportReader::wardAlarms(workspace, session, request));
    case ReportKind::Handover:
        return wrap(ReportReader::handover(workspace, session, request));
    }
    return Error {Error::Code::Invalid, {}};
}

Status audit(Workspace& workspace, const Session& session, const ReportRequest& request, const QString& output,
             int pages)
{
    const bool patient = request.kind == ReportKind::Trend;
    QString details = reportKindKey(request.kind);
    if (request.kind != ReportKind::Handover)
        details += QStringLiteral(" %1/%2").arg(isoUtc(request.fromMs), isoUtc(request.toMs));
    details += QStringLiteral(", %1 page(s)").arg(pages);
    return workspace.audit().record(session, QStringLiteral("report.%1").arg(output),
                                    patient ? QStringLiteral("patient") : QStringLiteral("ward"),
                                    patient ? request.mrn.trimmed() : request.ward, details);
}

Result<int> exportPdf(Workspace& workspace, const Session& session, const ReportRequest& request, const QString& path)
{
    auto report = read(workspace, session, request);
    if (!report)
        return report.error();
    auto pages = ReportRenderer::writePdf(report.value(), path);
    if (!pages)
        return pages.error();
    if (auto audited = audit(workspace, session, request, QStringLiteral("pdf"), pages.value()); !audited)
        return audited.error();
    return pages;
}

} // namespace pulsedesk::reports::Reports
