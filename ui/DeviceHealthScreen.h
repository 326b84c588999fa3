#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "scores/FleetHealth.h"

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace pulsedesk::ui {

/// Device-fleet health for the biomedical engineers (admin): per manufacturer and model, the devices whose
/// readings depart from their fleet, each flag with the figures that raised it. Read by core's FleetHealthReader in
/// the background, when the screen is shown or the user asks again.
class DeviceHealthScreen : public Screen
{
    Q_OBJECT

public:
    /// One line of the table: a flag of a device, or a fleet with nothing flagged.
    struct Row
    {
        QString fleet; ///< manufacturer and model
        QString fleetState; ///< "5 devices, 1 flagged", "too few devices to judge"
        QString deviceId; ///< empty on a fleet's own line
        bool worn = false;
        QString fault; ///< in words
        QString figures; ///< FleetHealth::describe
    };

    explicit DeviceHealthScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<Row>* model() const { return m_model; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();

    TableModel<Row>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QSpinBox* m_hours = nullptr;
    QPushButton* m_check = nullptr;
    QLabel* m_summary = nullptr;
    bool m_stale = true; ///< read again when next shown
};

} // namespace pulsedesk::ui
