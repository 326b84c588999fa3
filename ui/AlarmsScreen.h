#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "alarms/AlarmStore.h"

class QCheckBox;
class QPushButton;
class QTableView;
class QTimer;

namespace pulsedesk::ui {

/// Open alarms by priority (doctor, nurse), with their history on demand: acknowledge with a comment, or pause
/// the audio for two minutes. Priority is shown by colour after IEC 60601-1-8 (high red, medium yellow, low
/// cyan) and always by icon and text as well.
class AlarmsScreen : public Screen
{
    Q_OBJECT

public:
    explicit AlarmsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<AlarmView>* model() const { return m_model; }

    /// Reloads soon, once for a burst of alarm events.
    void scheduleRefresh();

signals:
    /// An alarm was acknowledged or paused here; the live analysis should take it over now.
    void alarmActedOn();

private:
    void acknowledge();
    void pauseAudio();
    /// The ward alarm history or the hand-over of the selected alarm's ward (ReportDialog).
    void openWardReport(bool handover);
    const AlarmView* selected() const;
    void updateButtons();

    TableModel<AlarmView>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_history = nullptr;
    QCheckBox* m_mine = nullptr;
    QPushButton* m_acknowledge = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_wardHistory = nullptr;
    QPushButton* m_handover = nullptr;
    QTimer* m_refreshSoon = nullptr;
    QTimer* m_countdown = nullptr; ///< repaints the list while an alarm flashes or an audio pause counts down
};

} // namespace pulsedesk::ui
