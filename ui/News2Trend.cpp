#include "News2Trend.h"

#include "AlarmLook.h"

#include <QChartView>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace pulsedesk::ui {

namespace {

constexpr int MaxShown = 12; ///< the axis ends here; higher totals are drawn at the top, their number written
constexpr int LeftMargin = 56;

} // namespace

News2Trend::News2Trend(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("news2Trend"));
    setAccessibleName(tr("NEWS2 trend"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize News2Trend::sizeHint() const
{
    return {400, 96};
}

void News2Trend::setObservations(const QList<Observation>& observations)
{
    m_points.clear();
    m_unscored = false;
    for (const Observation& o : observations) {
        if (o.amendedById > 0)
            continue;
        if (!o.news2) {
            m_unscored = true;
            continue;
        }
        m_points.append({o.takenAt.toMSecsSinceEpoch(), o.news2->total});
    }
    std::sort(m_points.begin(), m_points.end(), [](const Point& a, const Point& b) { return a.atMs < b.atMs; });
    QStringList described;
    for (const Point& p : m_points)
        described << QString::number(p.total);
    setAccessibleDescription(described.isEmpty() ? tr("no NEWS2 scores")
                                                 : tr("NEWS2 totals: %1").arg(described.join(QStringLiteral(", "))));
    update();
}

void News2Trend::setRange(qint64 fromMs, qint64 toMs)
{
    m_fromMs = fromMs;
    m_toMs = toMs;
    update();
}

void News2Trend::alignWith(QChartView* view)
{
    m_align = view;
}

void News2Trend::clear()
{
    m_points.clear();
    m_unscored = false;
    update();
}

QList<int> News2Trend::totals() const
{
    QList<int> list;
    for (const Point& p : m_points)
        list.append(p.total);
    return list;
}

void News2Trend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    QRectF plot = QRectF(rect()).adjusted(LeftMargin, 6, -10, -6);
    if (m_align && m_align->chart()) {
        const QRectF area = m_align->chart()->plotArea();
        const QPoint left = mapFromGlobal(m_align->viewport()->mapToGlobal(m_align->mapFromScene(area.topLeft())));
        const QPoint right = mapFromGlobal(m_align->viewport()->mapToGlobal(m_align->mapFromScene(area.topRight())));
        if (area.width() > 10 && left.x() >= LeftMargin / 2 && right.x() <= width()) {
            plot.setLeft(left.x());
            plot.setRight(right.x());
        }
    }
    const auto y = [&plot](double total) {
        return plot.bottom() - plot.height() * std::min(total, MaxShown - 0.5) / MaxShown;
    };
    const QColor text = palette().color(QPalette::Text);

    // Bands: medium (5-6) and high (7 and over), shaded and named, never colour alone.
    const auto band = [&](double from, double to, AlarmPriority look, const QString& name) {
        QColor fill = alarmColour(look);
        fill.setAlpha(40);
        const QRectF area(plot.left(), y(to), plot.width(), y(from) - y(to));
        p.fillRect(area, fill);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(QRectF(0, area.top(), LeftMargin - 6, area.height()), Qt::AlignRight | Qt::AlignVCenter, name);
    };
    band(4.5, 6.5, AlarmPriority::Medium, tr("5–6"));
    band(6.5, MaxShown, AlarmPriority::High, tr("7+"));
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(QRectF(0, y(4.5), LeftMargin - 6, y(0) - y(4.5)), Qt::AlignRight | Qt::AlignVCenter, tr("NEWS2"));
    p.setPen(palette().color(QPalette::Mid));
    p.drawRect(plot);

    if (m_toMs <= m_fromMs || m_points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(plot, Qt::AlignCenter,
                   m_unscored ? tr("No NEWS2: it is for patients aged 16 and over.") : tr("No observations recorded."));
        return;
    }
    const auto x = [&](qint64 ms) {
        return plot.left() + plot.width() * double(ms - m_fromMs) / double(m_toMs - m_fromMs);
    };
    // Each total holds until the next observations (or the end of the range).
    QPainterPath path;
    bool started = false;
    for (qsizetype i = 0; i < m_points.size(); ++i) {
        const qint64 begin = std::max(m_points[i].atMs, m_fromMs);
        const qint64 end = i + 1 < m_points.size() ? m_points[i + 1].atMs : m_toMs;
        if (end < m_fromMs || begin > m_toMs)
            continue;
        const double level = y(m_points[i].total);
        if (!started) {
            path.moveTo(x(begin), level);
            started = true;
        } else {
            path.lineTo(x(begin), level);
        }
        path.lineTo(x(std::min(end, m_toMs)), level);
    }
    p.setPen(QPen(text, 2));
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    // The observations themselves, with their total.
    for (const Point& point : m_points) {
        if (point.atMs < m_fromMs || point.atMs > m_toMs)
            continue;
        const QPointF at(x(point.atMs), y(point.total));
        p.setBrush(text);
        p.drawEllipse(at, 3, 3);
        p.drawText(QRectF(at.x() + 4, std::max(plot.top(), at.y() - 16), 30, 14), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(point.total));
    }
}

} // namespace pulsedesk::ui
