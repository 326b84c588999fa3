#pragma once

#include "Screen.h"
#include "monitoring/WardOverview.h"

class QCheckBox;
class QGridLayout;
class QTimer;

namespace pulsedesk::ui {

/// One patient at a glance: bed, name, heart rate in large digits with its trend, category, a ten-minute
/// sparkline, alarm and device state. Alarm priority is shown by colour, icon and words together.
class WardTileWidget : public QWidget
{
    Q_OBJECT

public:
    explicit WardTileWidget(QWidget* parent = nullptr);
    void setTile(const WardTile& tile);
    const WardTile& tile() const { return m_tile; }
    /// The words a screen reader says, and what the tile shows, as text.
    QString summary() const;
    /// The early-warning part of the tile ("NEWS2 7 · obs due"); empty without observations.
    static QString scoreText(const WardTile& tile);
    QSize sizeHint() const override;

signals:
    void activated(const QString& mrn);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    WardTile m_tile;
};

/// The ward overview (doctors and nurses): a tile per admitted patient, the highest alarms first, then by bed.
/// It polls the store every two seconds on the background thread and updates the tiles in one batch.
class WardScreen : public Screen
{
    Q_OBJECT

public:
    explicit WardScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    QList<WardTileWidget*> tiles() const { return m_tiles; }

signals:
    /// A tile was opened (double-click or Enter): show this patient.
    void patientRequested(const QString& mrn);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void show(const QList<WardTile>& tiles);
    void relayout();

    QCheckBox* m_mine = nullptr;
    QWidget* m_grid = nullptr;
    QGridLayout* m_gridLayout = nullptr;
    QList<WardTileWidget*> m_tiles;
    QTimer* m_poll = nullptr;
    QTimer* m_flash = nullptr; ///< runs while a tile shows an unacknowledged high or medium alarm
    bool m_loading = false;
    int m_columns = 0;
};

} // namespace pulsedesk::ui
