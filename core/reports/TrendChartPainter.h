#pragma once

#include "monitoring/HeartRateSeries.h"
#include "reports/ReportLayout.h"

class QPainter;

namespace pulsedesk::reports {

/// Paints a patient's heart-rate chart for print: the limits as shaded bands (normal, moderate, severe), one
/// line per segment so that a gap stays a gap, imported data dashed in a colour of their own, alarms as bars
/// along the top, the time axis in local time and a legend. Opaque colours only (PDF/A-1b has no transparency).
class TrendChartPainter
{
public:
    TrendChartPainter(const PatientChart& chart, const ReportFonts& fonts, const PageGeometry& geometry);

    void paint(QPainter& painter, const QRectF& area) const;

private:
    struct Scale;
    void paintBands(QPainter& painter, const Scale& scale) const;
    void paintAxes(QPainter& painter, const Scale& scale) const;
    void paintSeries(QPainter& painter, const Scale& scale) const;
    void paintAlarms(QPainter& painter, const Scale& scale) const;
    void paintLegend(QPainter& painter, const QRectF& area) const;

    const PatientChart& m_chart;
    const ReportFonts& m_fonts;
    const PageGeometry& m_geometry;
};

} // namespace pulsedesk::reports
