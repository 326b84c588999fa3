#include "reports/TrendChartPainter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace pulsedesk::reports {

namespace {

const QColor SevereFill(0xf6, 0xd3, 0xd3);
const QColor ModerateFill(0xfb, 0xee, 0xc6);
const QColor NormalFill(0xda, 0xee, 0xda);
const QColor GridColour(0xb8, 0xb8, 0xb8);
const QColor LiveColour(0x1f, 0x4e, 0x9a);
const QColor ImportedColour(0xd0, 0x6a, 0x10);

QColor alarmColour(AlarmPriority priority)
{
    switch (priority) {
    case AlarmPriority::High:
        return QColor(0xc6, 0x28, 0x28);
    case AlarmPriority::Medium:
        return QColor(0xe0, 0x9a, 0x00);
    case AlarmPriority::Low:
        return QColor(0x3f, 0x8f, 0xbf);
    }
    return Qt::black;
}

constexpr qint64 HourMs = 3'600'000;

} // namespace

/// Device coordinates of times and heart rates inside the plot.
struct TrendChartPainter::Scale
{
    QRectF plot;
    qint64 fromMs = 0;
    qint64 toMs = 1;
    double low = 0;
    double high = 1;

    qreal x(qint64 ms) const { return plot.left() + plot.width() * double(ms - fromMs) / double(toMs - fromMs); }
    qreal y(double bpm) const
    {
        return plot.bottom() - plot.height() * (std::clamp(bpm, low, high) - low) / (high - low);
    }
};

TrendChartPainter::TrendChartPainter(const PatientChart& chart, const ReportFonts& fonts, const PageGeometry& geometry)
    : m_chart(chart)
    , m_fonts(fonts)
    , m_geometry(geometry)
{ }

void TrendChartPainter::paint(QPainter& painter, const QRectF& area) const
{
    const HeartRateLimits& limits = m_chart.limits.limits;
    double low = limits.severeBradycardiaAtOrBelow - 20;
    double high = limits.severeTachycardiaAtOrAbove + 20;
    for (const ChartSegment& segment : m_chart.segments) {
        for (const ChartPoint& p : segment.points) {
            low = std::min(low, p.bpm - 5);
            high = std::max(high, p.bpm + 5);
        }
    }
    Scale scale;
    scale.low = std::max(0.0, std::floor(low / 20) * 20);
    scale.high = std::ceil(high / 20) * 20;
    scale.fromMs = m_chart.fromMs;
    scale.toMs = std::max(m_chart.toMs, m_chart.fromMs + 1);
    const qreal legendHeight = m_geometry.mm(6);
    const qreal axisHeight = m_geometry.mm(5);
    scale.plot = area.adjusted(m_geometry.mm(10), m_geometry.mm(1), -m_geometry.mm(1), -(legendHeight + axisHeight));

    painter.save();
    paintBands(painter, scale);
    paintAxes(painter, scale);
    paintSeries(painter, scale);
    paintAlarms(painter, scale);
    painter.setPen(QPen(Qt::black, m_geometry.mm(0.2)));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(scale.plot);
    paintLegend(painter, QRectF(area.left(), area.bottom() - legendHeight, area.width(), legendHeight));
    painter.restore();
}

void TrendChartPainter::paintBands(QPainter& painter, const Scale& scale) const
{
    const HeartRateLimits& l = m_chart.limits.limits;
    const auto band = [&](double from, double to, const QColor& colour) {
        const QRectF r(QPointF(scale.plot.left(), scale.y(to)), QPointF(scale.plot.right(), scale.y(from)));
        painter.fillRect(r, colour);
    };
    painter.fillRect(scale.plot, Qt::white);
    band(scale.low, l.severeBradycardiaAtOrBelow, SevereFill);
    band(l.severeBradycardiaAtOrBelow, l.bradycardiaBelow, ModerateFill);
    band(l.bradycardiaBelow, l.tachycardiaAbove, NormalFill);
    band(l.tachycardiaAbove, l.severeTachycardiaAtOrAbove, ModerateFill);
    band(l.severeTachycardiaAtOrAbove, scale.high, SevereFill);
}

void TrendChartPainter::paintAxes(QPainter& painter, const Scale& scale) const
{
    painter.setFont(m_fonts.small);
    const QFontMetricsF metrics(m_fonts.small, painter.device());
    // Heart rate every 20 bpm.
    const int lines = int(std::floor((scale.high - scale.low) / 20));
    for (int line = 0; line <= lines; ++line) {
        const double bpm = scale.low + 20.0 * line;
        const qreal y = scale.y(bpm);
        painter.setPen(QPen(GridColour, 0));
        painter.drawLine(QPointF(scale.plot.left(), y), QPointF(scale.plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(scale.plot.left() - m_geometry.mm(10), y - metrics.height() / 2, m_geometry.mm(9), metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(bpm, 'f', 0));
    }
    // Local clock times: the smallest step that gives at most 12 ticks; whole days from a day up.
    const qint64 span = scale.toMs - scale.fromMs;
    qint64 stepHours = 48;
    for (qint64 candidate : {1, 2, 3, 4, 6, 12, 24, 48}) {
        if (span / (candidate * HourMs) <= 12) {
            stepHours = candidate;
            break;
        }
    }
    QDateTime tick = QDateTime::fromMSecsSinceEpoch(scale.fromMs);
    tick.setTime(QTime(stepHours >= 24 ? 0 : int(tick.time().hour() / stepHours * stepHours), 0));
    for (; tick.toMSecsSinceEpoch() <= scale.toMs; tick = tick.addSecs(stepHours * 3600)) {
        const qint64 ms = tick.toMSecsSinceEpoch();
        if (ms < scale.fromMs)
            continue;
        const qreal x = scale.x(ms);
        painter.setPen(QPen(GridColour, 0));
        painter.drawLine(QPointF(x, scale.plot.top()), QPointF(x, scale.plot.bottom()));
        painter.setPen(Qt::black);
        const bool midnight = tick.time() == QTime(0, 0);
        const QString label = tick.toString(midnight ? QStringLiteral("MM-dd") : QStringLiteral("HH:mm"));
        const qreal w = metrics.horizontalAdvance(label) + m_geometry.mm(1);
        painter.drawText(QRectF(x - w / 2, scale.plot.bottom() + m_geometry.mm(0.8), w, metrics.height()),
                         Qt::AlignHCenter | Qt::AlignTop, label);
    }
    painter.save();
    painter.translate(scale.plot.left() - m_geometry.mm(9.5), scale.plot.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-scale.plot.height() / 2, -metrics.height(), scale.plot.height(), metrics.height()),
                     Qt::AlignCenter, QCoreApplication::translate("Report", "bpm"));
    painter.restore();
}

void TrendChartPainter::paintSeries(QPainter& painter, const Scale& scale) const
{
    painter.save();
    painter.setClipRect(scale.plot);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen live(LiveColour, m_geometry.mm(0.25));
    QPen imported(ImportedColour, m_geometry.mm(0.3), Qt::DashLine);
    live.setCapStyle(Qt::RoundCap);
    for (const ChartSegment& segment : m_chart.segments) {
        painter.setPen(segment.imported ? imported : live);
        if (segment.points.size() == 1) {
            const ChartPoint& p = segment.points.front();
            painter.setBrush(segment.imported ? ImportedColour : LiveColour);
            painter.drawEllipse(QPointF(scale.x(p.ms), scale.y(p.bpm)), m_geometry.mm(0.3), m_geometry.mm(0.3));
            continue;
        }
        QPainterPath path;
        path.moveTo(scale.x(segment.points.front().ms), scale.y(segment.points.front().bpm));
        for (size_t i = 1; i < segment.points.size(); ++i)
            path.lineTo(scale.x(segment.points[i].ms), scale.y(segment.points[i].bpm));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
    }
    painter.restore();
}

void TrendChartPainter::paintAlarms(QPainter& painter, const Scale& scale) const
{
    const qreal height = m_geometry.mm(1.4);
    for (const ChartAlarm& alarm : m_chart.alarms) {
        const qreal from = scale.x(std::max(alarm.raisedMs, scale.fromMs));
        const qreal to = scale.x(alarm.endedMs > 0 ? std::min(alarm.endedMs, scale.toMs) : scale.toMs);
        painter.fillRect(QRectF(from, scale.plot.top(), std::max(to - from, m_geometry.mm(0.6)), height),
                         alarmColour(alarm.priority));
    }
}

void TrendChartPainter::paintLegend(QPainter& painter, const QRectF& area) const
{
    painter.setFont(m_fonts.small);
    const QFontMetricsF metrics(m_fonts.small, painter.device());
    const qreal swatch = m_geometry.mm(4);
    const qreal y = area.center().y();
    qreal x = area.left() + m_geometry.mm(10);
    const auto entry = [&](const QString& text, const std::function<void(const QRectF&)>& draw) {
        const QRectF box(x, y - m_geometry.mm(1.2), swatch, m_geometry.mm(2.4));
        draw(box);
        x += swatch + m_geometry.mm(1);
        const qreal w = metrics.horizontalAdvance(text);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, y - metrics.height() / 2, w + m_geometry.mm(1), metrics.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        x += w + m_geometry.mm(4);
    };
    const auto line = [&](const QPen& pen) {
        return [&painter, pen](const QRectF& box) {
            painter.setPen(pen);
            painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()));
        };
    };
    const auto fill = [&painter](const QColor& colour) {
        return [&painter, colour](const QRectF& box) { painter.fillRect(box, colour); };
    };
    entry(QCoreApplication::translate("Report", "Live"), line(QPen(LiveColour, m_geometry.mm(0.4))));
    entry(QCoreApplication::translate("Report", "Imported"),
          line(QPen(ImportedColour, m_geometry.mm(0.4), Qt::DashLine)));
    entry(QCoreApplication::translate("Report", "Normal"), fill(NormalFill));
    entry(QCoreApplication::translate("Report", "Moderate"), fill(ModerateFill));
    entry(QCoreApplication::translate("Report", "Severe"), fill(SevereFill));
    entry(QCoreApplication::translate("Report", "Alarm"), fill(alarmColour(AlarmPriority::High)));
}

} // namespace pulsedesk::reports
