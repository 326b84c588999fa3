#include "reports/ReportRenderer.h"

#include "reports/PageDecorator.h"
#include "reports/ReportDocuments.h"
#include "reports/ReportLayout.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace pulsedesk::reports {

const ReportHeader& headerOf(const Report& report)
{
    return std::visit([](const auto& r) -> const ReportHeader& { return r.header; }, report);
}

namespace ReportRenderer {

namespace {

constexpr int PdfResolution = 300;

void layOut(ReportFlow& flow, const Report& report)
{
    std::visit(
        [&flow](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, TrendReport>)
                ReportDocuments::trend(flow, r);
            else if constexpr (std::is_same_v<T, WardAlarmReport>)
                ReportDocuments::wardAlarms(flow, r);
            else
                ReportDocuments::handover(flow, r);
        },
        report);
}

} // namespace

int pageCount(const Report& report, const QPagedPaintDevice& device)
{
    ReportFlow flow(device, ReportFonts::standard());
    layOut(flow, report);
    return static_cast<int>(flow.paginate().size());
}

Result<int> render(const Report& report, QPagedPaintDevice& device)
{
    ReportFlow flow(device, ReportFonts::standard());
    layOut(flow, report);
    const auto pages = flow.paginate();
    const PageDecorator decorator(headerOf(report), flow.fonts());
    QPainter painter;
    if (!painter.begin(&device))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Report", "The report could not be started on this device.")};
    const QRectF body = flow.geometry().body();
    for (size_t i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return Error {Error::Code::Storage,
                          QCoreApplication::translate("Report", "The report could not start a new page.")};
        }
        decorator.paint(painter, flow.geometry(), static_cast<int>(i + 1), static_cast<int>(pages.size()));
        for (const ReportFlow::Placed& placed : pages[i]) {
            painter.save();
            placed.row->paint(painter, QRectF(body.left(), placed.top, body.width(), placed.row->height));
            painter.restore();
        }
    }
    if (!painter.end())
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Report", "The report could not be finished on this device.")};
    return static_cast<int>(pages.size());
}

Result<int> writePdf(const Report& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Report", "Cannot write %1: %2").arg(path, file.errorString())};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        // PDF/A-1b: fonts embedded, no transparency, the metadata PDF/A asks for (Qt 6.4 writes it).
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(PdfResolution);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(headerOf(report).title);
        writer.setCreator(QStringLiteral("PulseDesk"));
        auto rendered = render(report, writer);
        if (!rendered) {
            file.cancelWriting();
            return rendered.error();
        }
        pages = rendered.value();
    }
    if (!file.commit())
        return Error {Error::Code::Storage,
                      QCoreApplication::translate("Report", "Cannot write %1: %2").arg(path, file.errorString())};
    return pages;
}

} // namespace ReportRenderer

} // namespace pulsedesk::reports
