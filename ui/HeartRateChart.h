#pragma once

#include "monitoring/HeartRateSeries.h"

#include <QWidget>

#include <array>
#include <utility>

class QAreaSeries;
class QButtonGroup;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPushButton;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace pulsedesk::ui {

/// The patient's heart rate on a time axis (Qt Charts): the last 5 minutes, hour or day following the clock, or
/// any range the user pans and zooms to (mouse drag and wheel, or the arrow and +/- keys). The patient's limits
/// are shaded behind the line; imported data are drawn dashed in a second colour; a gap is left empty; alarms
/// are marked at the top in their priority's colour and shape.
///
/// The widget reads nothing itself: it says which range and how many pixel columns it wants (rangeChanged) and
/// draws the reduced series it is given, so 24 hours at 1 Hz are never handed to the chart point by point.
class HeartRateChart : public QWidget
{
    Q_OBJECT

public:
    enum class Span
    {
        FiveMinutes,
        OneHour,
        OneDay,
    };

    explicit HeartRateChart(QWidget* parent = nullptr);

    /// The range to read now: the chosen span up to `nowMs` while following the clock, else the range the user
    /// panned, zoomed or typed.
    std::pair<qint64, qint64> range(qint64 nowMs) const;
    bool following() const { return m_following; }
    /// Pixel columns of the plot area: how far the data are reduced.
    int columns() const;

    void showSpan(Span span);
    /// Shows a fixed range and stops following the clock.
    void showRange(qint64 fromMs, qint64 toMs);
    /// Moves the range by a share of its width (negative: earlier).
    void pan(double share);
    /// Narrows (factor < 1) or widens the range around a point given as a share of the width from the left.
    void zoom(double factor, double anchor = 0.5);

    void setData(const PatientChart& chart);
    /// Where the shaded limits come from, in words (rich text: the band's label is escaped).
    static QString limitsSource(const AppliedLimits& limits);
    void clear();

    QChartView* view() const { return m_view; }
    /// Line series showing data now (one per segment), for tests and the benchmark.
    int visibleLines() const;
    int visiblePoints() const;
    int alarmMarkers() const;
    QString summary() const;

signals:
    /// The range or the width changed: read the chart again for range() and columns().
    void rangeChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void setFixedRange(qint64 fromMs, qint64 toMs);
    void askCustomRange();
    void updateAxisFormat(qint64 spanMs);
    void updateBands(const PatientChart& chart, double low, double high);
    void updateLegend(const PatientChart& chart);
    QLineSeries* segmentSeries(size_t index);
    void alarmHovered(const QPointF& point, bool state, int priority);

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QDateTimeAxis* m_axisX = nullptr;
    QValueAxis* m_axisY = nullptr;
    std::array<QAreaSeries*, 5> m_bands {};
    std::vector<QLineSeries*> m_segments; ///< a pool: reused from one draw to the next
    std::array<QScatterSeries*, 3> m_alarmSeries {}; ///< low, medium, high
    std::array<QList<ChartAlarm>, 3> m_alarms;
    QButtonGroup* m_spans = nullptr;
    QPushButton* m_custom = nullptr;
    QPushButton* m_now = nullptr;
    QLabel* m_legend = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_empty = nullptr;
    QTimer* m_settle = nullptr; ///< asks for data once panning or zooming pauses
    qint64 m_spanMs = 5 * 60'000;
    bool m_following = true;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    int m_dragX = -1;
    std::pair<qint64, qint64> m_dragRange;
};

} // namespace pulsedesk::ui
