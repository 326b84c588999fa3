#pragma once

#include "reports/ReportData.h"
#include "reports/ReportLayout.h"

class QPainter;

namespace pulsedesk::reports {

/// What every page carries: the report's title and its subject (the patient's name and MRN, or the ward) at the
/// top; who printed it, when, and "Page N of M" at the bottom.
class PageDecorator
{
public:
    PageDecorator(const ReportHeader& header, const ReportFonts& fonts);

    void paint(QPainter& painter, const PageGeometry& geometry, int page, int pages) const;

private:
    ReportHeader m_header;
    ReportFonts m_fonts;
};

} // namespace pulsedesk::reports
