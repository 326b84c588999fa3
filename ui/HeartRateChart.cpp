#include "HeartRateChart.h"

#include "AlarmLook.h"
#include "FormDialog.h"

#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPushButton>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace pulsedesk::ui {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr qint64 MinSpanMs = MinuteMs;
constexpr qint64 MaxSpanMs = 31 * 24 * 60 * MinuteMs;

qint64 spanMs(HeartRateChart::Span span)
{
    switch (span) {
    case HeartRateChart::Span::FiveMinutes:
        return 5 * MinuteMs;
    case HeartRateChart::Span::OneHour:
        return 60 * MinuteMs;
    case HeartRateChart::Span::OneDay:
        return 24 * 60 * MinuteMs;
    }
    return 5 * MinuteMs;
}

QColor liveColour()
{
    return {0x1f, 0x4e, 0x99};
}

QColor importedColour()
{
    return {0x8e, 0x44, 0xad};
}

/// Category tints behind the line: faint enough that the line stays readable, ordered like the categories.
QColor bandColour(int band)
{
    static const std::array<QColor, 5> colours {QColor(220, 50, 47, 45), QColor(235, 180, 0, 45),
                                                QColor(60, 160, 90, 30), QColor(235, 180, 0, 45),
                                                QColor(220, 50, 47, 45)};
    return colours.at(static_cast<size_t>(band));
}

QString clockText(qint64 ms, qint64 spanMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    return spanMs >= 12 * 60 * MinuteMs ? QLocale().toString(t, QLocale::ShortFormat)
                                        : QLocale().toString(t.time(), QLocale::ShortFormat);
}

} // namespace

HeartRateChart::HeartRateChart(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("heartRateChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto* bar = new QHBoxLayout;
    m_spans = new QButtonGroup(this);
    const std::array<std::pair<Span, QString>, 3> spans {
        {{Span::FiveMinutes, tr("&5 min")}, {Span::OneHour, tr("1 &h")}, {Span::OneDay, tr("2&4 h")}}};
    for (const auto& [span, text] : spans) {
        auto* button = new QPushButton(text, this);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("span%1").arg(static_cast<int>(span)));
        button->setToolTip(tr("Show the last %1 and follow the clock").arg(QString(text).remove(QLatin1Char('&'))));
        m_spans->addButton(button, static_cast<int>(span));
        bar->addWidget(button);
    }
    m_spans->button(0)->setChecked(true);
    m_custom = new QPushButton(tr("&Custom range…"), this);
    m_custom->setObjectName(QStringLiteral("customRangeButton"));
    m_now = new QPushButton(tr("Back to &now"), this);
    m_now->setObjectName(QStringLiteral("backToNowButton"));
    m_now->setToolTip(tr("Follow the clock again"));
    m_now->setEnabled(false);
    bar->addWidget(m_custom);
    bar->addWidget(m_now);
    bar->addStretch();
    layout->addLayout(bar);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_axisX = new QDateTimeAxis(m_chart);
    m_axisX->setTickCount(7);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setTitleText(tr("Heart rate (bpm)"));
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setTickType(QValueAxis::TicksDynamic);
    m_axisY->setTickAnchor(0);
    m_axisY->setTickInterval(20);
    m_chart->addAxis(m_axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);

    for (size_t i = 0; i < m_bands.size(); ++i) {
        auto* area = new QAreaSeries(new QLineSeries(m_chart), new QLineSeries(m_chart));
        area->setColor(bandColour(static_cast<int>(i)));
        area->setPen(Qt::NoPen);
        m_chart->addSeries(area);
        area->attachAxis(m_axisX);
        area->attachAxis(m_axisY);
        m_bands[i] = area;
    }
    const std::array<QScatterSeries::MarkerShape, 3> shapes {
        QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRectangle, QScatterSeries::MarkerShapeTriangle};
    for (int p = 0; p < 3; ++p) {
        auto* marks = new QScatterSeries(m_chart);
        marks->setMarkerShape(shapes.at(static_cast<size_t>(p)));
        marks->setMarkerSize(14);
        marks->setColor(alarmColour(static_cast<AlarmPriority>(p)));
        marks->setBorderColor(Qt::black);
        m_chart->addSeries(marks);
        marks->attachAxis(m_axisX);
        marks->attachAxis(m_axisY);
        connect(marks, &QScatterSeries::hovered, this,
                [this, p](const QPointF& point, bool state) { alarmHovered(point, state, p); });
        m_alarmSeries.at(static_cast<size_t>(p)) = marks;
    }

    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("heartRateChartView"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::StrongFocus);
    m_view->setAccessibleName(tr("Heart-rate chart"));
    m_view->setMinimumHeight(220);
    m_view->viewport()->installEventFilter(this);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);

    m_empty = new QLabel(tr("No heart rate in this range."), m_view);
    m_empty->setObjectName(QStringLiteral("chartEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_empty->hide();

    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("chartLegend"));
    m_legend->setWordWrap(true);
    layout->addWidget(m_legend);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("chartSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    // Below the chart and wrapped, so that long translations never widen the window.
    const QString hintText = tr("Drag or ←/→ to move, wheel or +/− to zoom");
    auto* hint = new QLabel(hintText, this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    m_view->setToolTip(hintText);

    m_settle = new QTimer(this);
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, &HeartRateChart::rangeChanged);
    connect(m_spans, &QButtonGroup::idClicked, this, [this](int id) { showSpan(static_cast<Span>(id)); });
    connect(m_custom, &QPushButton::clicked, this, &HeartRateChart::askCustomRange);
    connect(m_now, &QPushButton::clicked, this, [this] {
        m_following = true;
        m_now->setEnabled(false);
        emit rangeChanged();
    });
    updateAxisFormat(m_spanMs);
}

std::pair<qint64, qint64> HeartRateChart::range(qint64 nowMs) const
{
    if (m_following)
        return {nowMs - m_spanMs, nowMs};
    return {m_fromMs, m_toMs};
}

int HeartRateChart::columns() const
{
    const int plot = static_cast<int>(m_chart->plotArea().width());
    return std::max(100, plot > 0 ? plot : m_view->width() - 80);
}

void HeartRateChart::showSpan(Span span)
{
    m_spanMs = spanMs(span);
    m_following = true;
    m_now->setEnabled(false);
    if (QAbstractButton* button = m_spans->button(static_cast<int>(span)))
        button->setChecked(true);
    updateAxisFormat(m_spanMs);
    emit rangeChanged();
}

void HeartRateChart::showRange(qint64 fromMs, qint64 toMs)
{
    setFixedRange(fromMs, toMs);
    emit rangeChanged();
}

void HeartRateChart::setFixedRange(qint64 fromMs, qint64 toMs)
{
    qint64 span = std::clamp(toMs - fromMs, MinSpanMs, MaxSpanMs);
    const qint64 middle = fromMs + (toMs - fromMs) / 2;
    m_fromMs = toMs - fromMs == span ? fromMs : middle - span / 2;
    m_toMs = m_fromMs + span;
    m_spanMs = span;
    m_following = false;
    m_now->setEnabled(true);
    // A range no preset matches: no preset button stays pressed.
    m_spans->setExclusive(false);
    for (QAbstractButton* b : m_spans->buttons())
        b->setChecked(false);
    m_spans->setExclusive(true);
    updateAxisFormat(span);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs), QDateTime::fromMSecsSinceEpoch(m_toMs));
}

void HeartRateChart::pan(double share)
{
    const auto [from, to] = range(QDateTime::currentMSecsSinceEpoch());
    const auto shift = static_cast<qint64>(static_cast<double>(to - from) * share);
    setFixedRange(from + shift, to + shift);
    m_settle->start();
}

void HeartRateChart::zoom(double factor, double anchor)
{
    const auto [from, to] = range(QDateTime::currentMSecsSinceEpoch());
    const double at = static_cast<double>(from) + static_cast<double>(to - from) * anchor;
    const double span = std::clamp(static_cast<double>(to - from) * factor, static_cast<double>(MinSpanMs),
                                   static_cast<double>(MaxSpanMs));
    const auto newFrom = static_cast<qint64>(at - span * anchor);
    setFixedRange(newFrom, newFrom + static_cast<qint64>(span));
    m_settle->start();
}

void HeartRateChart::askCustomRange()
{
    auto* dialog = new FormDialog(tr("Show a range"), this);
    dialog->setObjectName(QStringLiteral("customRangeDialog"));
    dialog->addDateTime(QStringLiteral("from"), tr("From:"));
    dialog->addDateTime(QStringLiteral("to"), tr("To:"));
    const auto [from, to] = range(QDateTime::currentMSecsSinceEpoch());
    dialog->setValue(QStringLiteral("from"), QDateTime::fromMSecsSinceEpoch(from).toString(Qt::ISODate));
    dialog->setValue(QStringLiteral("to"), QDateTime::fromMSecsSinceEpoch(to).toString(Qt::ISODate));
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        const QDateTime start = dialog->dateTime(QStringLiteral("from"));
        const QDateTime end = dialog->dateTime(QStringLiteral("to"));
        if (!start.isValid() || !end.isValid() || end <= start) {
            dialog->showError(tr("The end must come after the start."));
            return;
        }
        if (start.msecsTo(end) > MaxSpanMs) {
            dialog->showError(tr("Show at most 31 days at once."));
            return;
        }
        dialog->accept();
        showRange(start.toMSecsSinceEpoch(), end.toMSecsSinceEpoch());
    });
    dialog->open();
}

void HeartRateChart::updateAxisFormat(qint64 span)
{
    if (span <= 15 * MinuteMs)
        m_axisX->setFormat(QStringLiteral("HH:mm:ss"));
    else if (span <= 2 * 24 * 60 * MinuteMs)
        m_axisX->setFormat(QStringLiteral("HH:mm"));
    else
        m_axisX->setFormat(QStringLiteral("dd MMM HH:mm"));
}

QLineSeries* HeartRateChart::segmentSeries(size_t index)
{
    while (m_segments.size() <= index) {
        auto* line = new QLineSeries(m_chart);
        m_chart->addSeries(line);
        line->attachAxis(m_axisX);
        line->attachAxis(m_axisY);
        m_segments.push_back(line);
    }
    return m_segments[index];
}

void HeartRateChart::setData(const PatientChart& chart)
{
    updateAxisFormat(chart.toMs - chart.fromMs);
    m_axisX->setRange(QDateTime::fromMSecsSinceEpoch(chart.fromMs), QDateTime::fromMSecsSinceEpoch(chart.toMs));

    double low = chart.limits.limits.severeBradycardiaAtOrBelow - 15;
    double high = chart.limits.limits.severeTachycardiaAtOrAbove + 15;
    for (const ChartSegment& segment : chart.segments) {
        for (const ChartPoint& p : segment.points) {
            low = std::min(low, p.bpm - 5);
            high = std::max(high, p.bpm + 5);
        }
    }
    low = std::max(0.0, std::floor(low / 10) * 10);
    high = std::ceil(high / 10) * 10;
    m_axisY->setRange(low, high);
    updateBands(chart, low, high);

    // Smooth edges where the line is sparse; where there are several points per pixel column they add nothing
    // to see and cost a third of the frame.
    size_t total = 0;
    for (const ChartSegment& segment : chart.segments)
        total += segment.points.size();
    m_view->setRenderHint(QPainter::Antialiasing, total < 2 * static_cast<size_t>(columns()));

    QPen live(liveColour(), 2);
    QPen imported(importedColour(), 2, Qt::DashLine);
    for (size_t i = 0; i < chart.segments.size(); ++i) {
        const ChartSegment& segment = chart.segments[i];
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(segment.points.size()));
        for (const ChartPoint& p : segment.points)
            points.append(QPointF(static_cast<qreal>(p.ms), p.bpm));
        QLineSeries* line = segmentSeries(i);
        line->setPen(segment.imported ? imported : live);
        // A lone sample between two gaps would be invisible as a line: show it as a point.
        line->setPointsVisible(points.size() == 1);
        line->replace(points);
        line->setVisible(true);
    }
    for (size_t i = chart.segments.size(); i < m_segments.size(); ++i) {
        if (m_segments[i]->isVisible()) {
            m_segments[i]->clear();
            m_segments[i]->setVisible(false);
        }
    }

    const double markY = high - (high - low) * 0.04;
    for (size_t p = 0; p < m_alarmSeries.size(); ++p) {
        m_alarms.at(p).clear();
        QList<QPointF> marks;
        for (const ChartAlarm& alarm : chart.alarms) {
            if (static_cast<size_t>(alarm.priority) != p || alarm.raisedMs < chart.fromMs)
                continue;
            m_alarms.at(p).append(alarm);
            marks.append(QPointF(static_cast<qreal>(alarm.raisedMs), markY));
        }
        m_alarmSeries.at(p)->replace(marks);
    }

    m_empty->setVisible(chart.segments.empty());
    m_empty->setGeometry(m_view->rect());
    updateLegend(chart);
    m_view->setAccessibleDescription(m_summary->text());
}

void HeartRateChart::updateBands(const PatientChart& chart, double low, double high)
{
    const HeartRateLimits& l = chart.limits.limits;
    const std::array<double, 6> edges {low,
                                       std::clamp(l.severeBradycardiaAtOrBelow, low, high),
                                       std::clamp(l.bradycardiaBelow, low, high),
                                       std::clamp(l.tachycardiaAbove, low, high),
                                       std::clamp(l.severeTachycardiaAtOrAbove, low, high),
                                       high};
    const auto from = static_cast<qreal>(chart.fromMs);
    const auto to = static_cast<qreal>(chart.toMs);
    for (size_t i = 0; i < m_bands.size(); ++i) {
        m_bands[i]->lowerSeries()->replace({QPointF(from, edges[i]), QPointF(to, edges[i])});
        m_bands[i]->upperSeries()->replace({QPointF(from, edges[i + 1]), QPointF(to, edges[i + 1])});
    }
}

void HeartRateChart::updateLegend(const PatientChart& chart)
{
    const HeartRateLimits& l = chart.limits.limits;
    const QString basis = limitsSource(chart.limits);
    const auto swatch = [](const QColor& colour, const QString& glyph) {
        return QStringLiteral("<span style=\"color:%1\">%2</span>").arg(colour.name(), glyph);
    };
    const auto number = [](double v) { return QLocale().toString(v, 'f', 0); };
    m_legend->setText(
        tr("%1 live · %2 imported · %3 high ■ medium ● low alarm · shaded: %4 (normal %5–%6 bpm, severe at or "
           "below %7 and from %8)")
            .arg(swatch(liveColour(), QStringLiteral("━━")), swatch(importedColour(), QStringLiteral("╍╍")),
                 swatch(alarmColour(AlarmPriority::High), QStringLiteral("▲")), basis, number(l.bradycardiaBelow),
                 number(l.tachycardiaAbove), number(l.severeBradycardiaAtOrBelow),
                 number(l.severeTachycardiaAtOrAbove)));
    const qint64 span = chart.toMs - chart.fromMs;
    QString text = tr("%1 – %2: %n heart-rate sample(s)", nullptr, static_cast<int>(chart.sampleCount))
                       .arg(clockText(chart.fromMs, span), clockText(chart.toMs, span));
    if (chart.importedCount > 0)
        text += tr(", %n imported", nullptr, static_cast<int>(chart.importedCount));
    text += chart.gapMs >= 2 * MinuteMs
        ? tr("; silences over %n minute(s) are gaps.", nullptr, static_cast<int>(chart.gapMs / MinuteMs))
        : tr("; silences over %n second(s) are gaps.", nullptr, static_cast<int>(chart.gapMs / 1000));
    if (!chart.alarms.isEmpty())
        text += QLatin1Char(' ') + tr("%n alarm(s) in this range.", nullptr, static_cast<int>(chart.alarms.size()));
    m_summary->setText(text);
}

QString HeartRateChart::limitsSource(const AppliedLimits& limits)
{
    switch (limits.basis) {
    case ClassificationBasis::PatientLimits:
        return tr("Limits set by a doctor for this patient");
    case ClassificationBasis::ReferenceTable:
        return tr("Reference band for the patient's age: %1").arg(bandDisplayName(limits.band).toHtmlEscaped());
    case ClassificationBasis::AdultAssumed:
        return tr("Adult band, because the birth date is unknown");
    }
    return {};
}

void HeartRateChart::clear()
{
    for (QLineSeries* line : m_segments) {
        line->clear();
        line->setVisible(false);
    }
    for (QScatterSeries* marks : m_alarmSeries)
        marks->clear();
    for (auto& list : m_alarms)
        list.clear();
    m_legend->clear();
    m_summary->clear();
    m_empty->hide();
    m_view->setAccessibleDescription({});
}

int HeartRateChart::visibleLines() const
{
    return static_cast<int>(std::count_if(m_segments.begin(), m_segments.end(),
                                          [](const QLineSeries* s) { return s->isVisible() && s->count() > 0; }));
}

int HeartRateChart::visiblePoints() const
{
    int n = 0;
    for (const QLineSeries* s : m_segments)
        n += s->isVisible() ? static_cast<int>(s->count()) : 0;
    return n;
}

int HeartRateChart::alarmMarkers() const
{
    int n = 0;
    for (const QScatterSeries* s : m_alarmSeries)
        n += static_cast<int>(s->count());
    return n;
}

QString HeartRateChart::summary() const
{
    return m_summary->text();
}

void HeartRateChart::alarmHovered(const QPointF& point, bool state, int priority)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    const QList<ChartAlarm>& alarms = m_alarms.at(static_cast<size_t>(priority));
    const auto nearest = std::min_element(alarms.begin(), alarms.end(), [&](const auto& a, const auto& b) {
        return std::abs(static_cast<double>(a.raisedMs) - point.x())
            < std::abs(static_cast<double>(b.raisedMs) - point.x());
    });
    if (nearest == alarms.end())
        return;
    const qint64 span = m_spanMs;
    const QString ended = nearest->endedMs > 0 ? clockText(nearest->endedMs, span) : tr("still open");
    QToolTip::showText(QCursor::pos(),
                       tr("%1 priority: %2, %3 – %4")
                           .arg(priorityDisplayName(nearest->priority), conditionDisplayName(nearest->condition),
                                clockText(nearest->raisedMs, span), ended),
                       m_view);
}

bool HeartRateChart::eventFilter(QObject* watched, QEvent* event)
{
    const QRectF plot = m_chart->plotArea();
    switch (event->type()) {
    case QEvent::Wheel: {
        auto* wheel = static_cast<QWheelEvent*>(event);
        const double anchor =
            plot.width() > 0 ? std::clamp((wheel->position().x() - plot.left()) / plot.width(), 0.0, 1.0) : 0.5;
        zoom(wheel->angleDelta().y() > 0 ? 0.8 : 1.25, anchor);
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton)
            break;
        m_dragX = static_cast<int>(mouse->position().x());
        m_dragRange = range(QDateTime::currentMSecsSinceEpoch());
        m_view->viewport()->setCursor(Qt::ClosedHandCursor);
        return true;
    }
    case QEvent::MouseMove: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (m_dragX < 0 || plot.width() <= 0)
            break;
        const double share = (m_dragX - mouse->position().x()) / plot.width();
        const auto shift = static_cast<qint64>(static_cast<double>(m_dragRange.second - m_dragRange.first) * share);
        setFixedRange(m_dragRange.first + shift, m_dragRange.second + shift);
        m_settle->start();
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (m_dragX >= 0) {
            m_dragX = -1;
            m_view->viewport()->unsetCursor();
            return true;
        }
        break;
    case QEvent::KeyPress: {
        if (watched != m_view)
            break;
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Left || key == Qt::Key_Right) {
            pan(key == Qt::Key_Left ? -0.25 : 0.25);
            return true;
        }
        if (key == Qt::Key_Plus || key == Qt::Key_Equal || key == Qt::Key_Minus) {
            zoom(key == Qt::Key_Minus ? 1.25 : 0.8);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void HeartRateChart::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_empty->setGeometry(m_view->rect());
    m_settle->start();
}

} // namespace pulsedesk::ui
