#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "model/Device.h"

class QPushButton;
class QTableView;

namespace pulsedesk::ui {

/// The device registry: register devices (nurse, admin), assign them to patients and end assignments (nurse).
class DevicesScreen : public Screen
{
    Q_OBJECT

public:
    explicit DevicesScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<Device>* model() const { return m_model; }

private:
    const Device* selected() const;
    /// The selected device's identifier; empty when no row is selected.
    QString selectedDeviceId() const;
    void updateActions();
    void registerDevice();
    void assign();
    void unassign();

    TableModel<Device>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_register = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_unassign = nullptr;
};

} // namespace pulsedesk::ui
