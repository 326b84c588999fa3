#pragma once

#include "scores/Observation.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QChartView;

namespace pulsedesk::ui {

/// The NEWS2 trend under the heart-rate chart, over the same time range: each total held until the next
/// observations, the medium (5-6) and high (7+) bands shaded and named. Amended observations are left out (their
/// correction is drawn). A child's observations carry no score, and the strip says so instead.
class News2Trend : public QWidget
{
    Q_OBJECT

public:
    explicit News2Trend(QWidget* parent = nullptr);

    void setObservations(const QList<Observation>& observations);
    void setRange(qint64 fromMs, qint64 toMs);
    /// Draws under `view`'s plot area, so that a time is at the same x in both.
    void alignWith(QChartView* view);
    void clear();
    QSize sizeHint() const override;
    /// The totals drawn, oldest first (for tests and the accessible description).
    QList<int> totals() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Point
    {
        qint64 atMs = 0;
        int total = 0;
    };
    QList<Point> m_points;
    bool m_unscored = false;
    QPointer<QChartView> m_align;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

} // namespace pulsedesk::ui
