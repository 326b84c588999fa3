#include "WardScreen.h"

#include "AlarmLook.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QCheckBox>
#include <QDateTime>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>

#include <cmath>

namespace pulsedesk::ui {

namespace {

constexpr int TileWidth = 270;
constexpr int TileHeight = 170;

QString deviceText(const WardTile& t)
{
    switch (t.device) {
    case WardTile::DeviceState::NoDevice:
        return WardTileWidget::tr("No device");
    case WardTile::DeviceState::Waiting:
        return WardTileWidget::tr("%1: waiting for data").arg(t.deviceId);
    case WardTile::DeviceState::Live:
        return WardTileWidget::tr("%1: live").arg(t.deviceId);
    case WardTile::DeviceState::Silent:
        return WardTileWidget::tr("%1: silent since %2")
            .arg(t.deviceId,
                 QLocale().toString(QDateTime::fromMSecsSinceEpoch(t.lastSampleMs).time(), QLocale::ShortFormat));
    }
    return {};
}

QString trendText(int trend)
{
    return trend > 0 ? WardTileWidget::tr("rising")
        : trend < 0  ? WardTileWidget::tr("falling")
                     : WardTileWidget::tr("steady");
}

} // namespace

WardTileWidget::WardTileWidget(QWidget* parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(TileWidth, TileHeight);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

QSize WardTileWidget::sizeHint() const
{
    return {TileWidth, TileHeight};
}

void WardTileWidget::setTile(const WardTile& tile)
{
    m_tile = tile;
    setObjectName(QStringLiteral("wardTile-") + tile.mrn);
    setAccessibleName(summary());
    setToolTip(summary());
    update();
}

QString WardTileWidget::scoreText(const WardTile& t)
{
    QString text = t.news2 ? tr("NEWS2 %1").arg(*t.news2) : QString();
    if (t.observationsOverdue)
        text += (text.isEmpty() ? QString() : QStringLiteral(" · ")) + tr("obs due");
    return text;
}

QString WardTileWidget::summary() const
{
    const WardTile& t = m_tile;
    QStringList parts {tr("Bed %1").arg(t.bed), t.name};
    if (!std::isnan(t.heartRate))
        parts.append(tr("%1 bpm, %2").arg(t.heartRate, 0, 'f', 0).arg(trendText(t.trend)));
    if (t.category)
        parts.append(t.lowConfidence ? tr("%1 (low confidence)").arg(categoryDisplayName(*t.category))
                                     : categoryDisplayName(*t.category));
    if (t.alarm)
        parts.append(tr("%1 priority alarm").arg(priorityDisplayName(*t.alarm)));
    if (t.news2 && t.news2Risk)
        parts.append(tr("NEWS2 %1, %2 risk").arg(*t.news2).arg(news2RiskDisplayName(*t.news2Risk).toLower()));
    if (t.observationsOverdue)
        parts.append(tr("observations overdue"));
    parts.append(deviceText(t));
    return parts.join(QStringLiteral(", "));
}

void WardTileWidget::paintEvent(QPaintEvent*)
{
    const WardTile& t = m_tile;
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(3, 3, -3, -3);
    p.setPen(QPen(t.alarm ? alarmColour(*t.alarm) : palette().color(QPalette::Mid), t.alarm ? 4 : 1));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(frame, 6, 6);
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(frame.adjusted(5, 5, -5, -5), 4, 4);
    }
    const QColor text = palette().color(QPalette::Text);
    const QRect inner = rect().adjusted(12, 10, -12, -10);

    // Bed and name.
    QFont bold = font();
    bold.setBold(true);
    bold.setPointSizeF(font().pointSizeF() * 1.15);
    p.setFont(bold);
    p.setPen(text);
    const QString bed = tr("Bed %1").arg(t.bed);
    p.drawText(inner, Qt::AlignLeft | Qt::AlignTop, bed);
    const int bedWidth = QFontMetrics(bold).horizontalAdvance(bed) + 8;
    p.setFont(font());
    p.drawText(inner.adjusted(bedWidth, 2, 0, 0), Qt::AlignLeft | Qt::AlignTop,
               QFontMetrics(font()).elidedText(t.name, Qt::ElideRight, inner.width() - bedWidth));

    // Alarm badge (icon and words, never colour alone).
    int top = inner.top() + QFontMetrics(bold).height() + 4;
    if (t.alarm) {
        // The badge's colour flashes at the priority's IEC rate until the alarm is acknowledged.
        const bool lit = alarmLit(*t.alarm, !t.alarmUnacknowledged, QDateTime::currentMSecsSinceEpoch());
        if (lit) {
            p.setPen(Qt::NoPen);
            p.setBrush(alarmColour(*t.alarm));
            p.drawRoundedRect(QRect(inner.left() - 4, top - 2, inner.width() + 8, 22), 3, 3);
        }
        alarmIcon(style(), *t.alarm).paint(&p, QRect(inner.left(), top, 18, 18));
        QFont badge = font();
        badge.setBold(true);
        p.setFont(badge);
        p.setPen(lit && *t.alarm == AlarmPriority::High ? QColor(Qt::white) : text);
        p.drawText(QRect(inner.left() + 22, top, inner.width() - 22, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   t.alarmSounding ? tr("%1 alarm").arg(priorityDisplayName(*t.alarm).toUpper())
                                   : tr("%1 alarm (silenced)").arg(priorityDisplayName(*t.alarm)));
    }
    top += 22;

    // Heart rate in large digits, with the trend.
    p.setPen(text);
    QFont big = font();
    big.setBold(true);
    big.setPointSizeF(font().pointSizeF() * 2.6);
    p.setFont(big);
    const QString rate = std::isnan(t.heartRate) ? QStringLiteral("--") : QString::number(std::lround(t.heartRate));
    const QFontMetrics bigMetrics(big);
    p.drawText(QPoint(inner.left(), top + bigMetrics.ascent()), rate);
    const int rateWidth = bigMetrics.horizontalAdvance(rate);
    p.setFont(font());
    const QString arrow = t.trend > 0 ? QStringLiteral("↑") : t.trend < 0 ? QStringLiteral("↓") : QStringLiteral("→");
    p.drawText(QPoint(inner.left() + rateWidth + 6, top + bigMetrics.ascent()),
               std::isnan(t.heartRate) ? tr("bpm") : tr("bpm %1").arg(arrow));
    // The early-warning score, right-aligned: the total in words and weight, never colour alone.
    const QString score = scoreText(t);
    int scoreWidth = 0;
    if (!score.isEmpty()) {
        QFont scoreFont = font();
        scoreFont.setBold(t.observationsOverdue || (t.news2Risk && *t.news2Risk >= News2Risk::Medium));
        p.setFont(scoreFont);
        scoreWidth = QFontMetrics(scoreFont).horizontalAdvance(score) + 8;
        if (t.news2Risk && *t.news2Risk >= News2Risk::Medium)
            p.setPen(alarmColour(*t.news2Risk == News2Risk::High ? AlarmPriority::High : AlarmPriority::Medium));
        p.drawText(QRect(inner.right() - scoreWidth, top, scoreWidth, 18), Qt::AlignRight | Qt::AlignTop, score);
        p.setPen(text);
        p.setFont(font());
    }
    if (t.category) {
        // Long words (German) are shortened here; the tooltip and the accessible name carry the whole text.
        const int room = inner.width() - rateWidth - 6 - scoreWidth;
        const QString category = t.lowConfidence ? tr("%1 (low confidence)").arg(categoryDisplayName(*t.category))
                                                 : categoryDisplayName(*t.category);
        p.drawText(QRect(inner.left() + rateWidth + 6, top, room, 18), Qt::AlignLeft | Qt::AlignTop,
                   QFontMetrics(font()).elidedText(category, Qt::ElideRight, room));
    }

    // Sparkline of the last ten minutes; gaps stay gaps.
    const QRectF spark(inner.left(), top + bigMetrics.height() + 2, inner.width(), 34);
    double lo = 1e9;
    double hi = -1e9;
    for (const double v : t.sparkline) {
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (hi >= lo) {
        lo -= 5;
        hi += 5;
        QPainterPath path;
        bool pen = false;
        for (qsizetype i = 0; i < t.sparkline.size(); ++i) {
            const double v = t.sparkline[i];
            if (std::isnan(v)) {
                pen = false;
                continue;
            }
            const QPointF point(spark.left() + spark.width() * double(i) / double(t.sparkline.size() - 1),
                                spark.bottom() - spark.height() * (v - lo) / (hi - lo));
            if (pen)
                path.lineTo(point);
            else
                path.moveTo(point);
            pen = true;
        }
        p.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // Device state.
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(inner, Qt::AlignLeft | Qt::AlignBottom,
               QFontMetrics(font()).elidedText(deviceText(t), Qt::ElideRight, inner.width()));
}

void WardTileWidget::mouseDoubleClickEvent(QMouseEvent*)
{
    emit activated(m_tile.mrn);
}

void WardTileWidget::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        emit activated(m_tile.mrn);
    else
        QWidget::keyPressEvent(event);
}

WardScreen::WardScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Ward"), parent)
{
    setObjectName(QStringLiteral("wardScreen"));
    auto* bar = new QHBoxLayout;
    m_mine = new QCheckBox(tr("Only &my patients"), this);
    m_mine->setObjectName(QStringLiteral("onlyMyPatients"));
    bar->addStretch();
    bar->addWidget(m_mine);
    contentLayout()->addLayout(bar);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("wardScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Tab goes from tile to tile, and the area scrolls to the tile with the focus: the area itself is no stop.
    scroll->setFocusPolicy(Qt::NoFocus);
    m_grid = new QWidget(scroll);
    m_grid->setAccessibleName(tr("Patients on the ward"));
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_gridLayout->setSpacing(8);
    scroll->setWidget(m_grid);
    contentLayout()->addWidget(scroll, 1);
    m_poll = new QTimer(this);
    m_poll->setInterval(2000);
    connect(m_poll, &QTimer::timeout, this, &WardScreen::refresh);
    connect(m_mine, &QCheckBox::toggled, this, &WardScreen::refresh);
    // Repaints only the tiles whose alarm flashes, and only while one does.
    m_flash = new QTimer(this);
    m_flash->setInterval(FlashTickMs);
    connect(m_flash, &QTimer::timeout, this, [this] {
        for (WardTileWidget* tile : std::as_const(m_tiles)) {
            if (tile->tile().alarm && alarmFlashes(*tile->tile().alarm, !tile->tile().alarmUnacknowledged))
                tile->update();
        }
    });
}

void WardScreen::showEvent(QShowEvent* event)
{
    Screen::showEvent(event);
    if (m_context.session.isValid())
        m_poll->start();
}

void WardScreen::hideEvent(QHideEvent* event)
{
    Screen::hideEvent(event);
    m_poll->stop();
    m_flash->stop();
}

void WardScreen::resizeEvent(QResizeEvent* event)
{
    Screen::resizeEvent(event);
    relayout();
}

void WardScreen::refresh()
{
    if (!m_context.session.isValid() || m_loading)
        return;
    m_mine->setVisible(m_context.session.role == Role::Doctor);
    m_loading = true;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const bool mine = m_mine->isChecked();
    m_context.runner->run(
        this,
        [=] {
            const qint64 silent =
                qint64(workspace->settings().value(Settings::Key::DeviceSilentSeconds).toInt()) * 1000;
            return WardOverview::read(workspace->database(), session, mine, silent, workspace->clock());
        },
        [this](const Result<QList<WardTile>>& tiles) {
            m_loading = false;
            if (!tiles) {
                showStatus(tiles.errorMessage(), true);
                return;
            }
            show(tiles.value());
        });
    if (isVisible())
        m_poll->start();
}

void WardScreen::show(const QList<WardTile>& tiles)
{
    while (m_tiles.size() > tiles.size())
        delete m_tiles.takeLast();
    while (m_tiles.size() < tiles.size()) {
        auto* tile = new WardTileWidget(m_grid);
        connect(tile, &WardTileWidget::activated, this, &WardScreen::patientRequested);
        m_tiles.append(tile);
        m_columns = 0; // lay out again
    }
    for (qsizetype i = 0; i < tiles.size(); ++i)
        m_tiles[i]->setTile(tiles[i]);
    relayout();
    qsizetype alarms = 0;
    bool flashing = false;
    for (const WardTile& t : tiles) {
        alarms += t.alarm ? 1 : 0;
        flashing |= t.alarm && alarmFlashes(*t.alarm, !t.alarmUnacknowledged);
    }
    if (flashing && isVisible())
        m_flash->start();
    else
        m_flash->stop();
    showStatus(tr("%n patient(s)", nullptr, static_cast<int>(tiles.size())) + QStringLiteral(" · ")
               + tr("%n with an open alarm", nullptr, static_cast<int>(alarms)));
}

void WardScreen::relayout()
{
    const int columns = std::max(1, (width() - 24) / (TileWidth + 8));
    if (columns == m_columns && m_gridLayout->count() == m_tiles.size())
        return;
    m_columns = columns;
    while (m_gridLayout->count() > 0)
        delete m_gridLayout->takeAt(0); // the layout item, not the tile
    for (qsizetype i = 0; i < m_tiles.size(); ++i)
        m_gridLayout->addWidget(m_tiles[i], int(i / columns), int(i % columns));
}

void WardScreen::clear()
{
    m_poll->stop();
    m_flash->stop();
    qDeleteAll(m_tiles);
    m_tiles.clear();
    m_columns = 0;
    showStatus({});
}

} // namespace pulsedesk::ui
