#include "reports/PageDecorator.h"

#include "reports/ReportText.h"

#include <QCoreApplication>
#include <QPainter>

namespace pulsedesk::reports {

PageDecorator::PageDecorator(const ReportHeader& header, const ReportFonts& fonts)
    : m_header(header)
    , m_fonts(fonts)
{ }

void PageDecorator::paint(QPainter& painter, const PageGeometry& geometry, int page, int pages) const
{
    const QRectF top = geometry.header().adjusted(0, 0, 0, -geometry.mm(3));
    painter.setPen(Qt::black);
    painter.setFont(m_fonts.bold);
    painter.drawText(top, Qt::AlignRight | Qt::AlignBottom, m_header.subject);
    painter.setFont(m_fonts.small);
    painter.drawText(top, Qt::AlignLeft | Qt::AlignBottom, m_header.title);
    painter.setPen(QPen(Qt::black, geometry.mm(0.2)));
    painter.drawLine(QPointF(top.left(), top.bottom() + geometry.mm(1)),
                     QPointF(top.right(), top.bottom() + geometry.mm(1)));

    const QRectF bottom = geometry.footer().adjusted(0, geometry.mm(3), 0, 0);
    painter.drawLine(QPointF(bottom.left(), bottom.top() - geometry.mm(1)),
                     QPointF(bottom.right(), bottom.top() - geometry.mm(1)));
    painter.setFont(m_fonts.small);
    painter.drawText(bottom, Qt::AlignLeft | Qt::AlignTop,
                     QCoreApplication::translate("Report", "Printed by %1 on %2")
                         .arg(m_header.printedBy, ReportText::time(m_header.printedAtMs)));
    painter.drawText(bottom, Qt::AlignRight | Qt::AlignTop,
                     QCoreApplication::translate("Report", "Page %1 of %2").arg(page).arg(pages));
}

} // namespace pulsedesk::reports
