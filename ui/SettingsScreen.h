#pragma once

#include "Screen.h"

class QComboBox;
class QPushButton;
class QSpinBox;

namespace pulsedesk::ui {

/// Workstation settings (admin): auto-lock delay and language.
class SettingsScreen : public Screen
{
    Q_OBJECT

public:
    explicit SettingsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

signals:
    void autoLockChanged(int minutes);

private:
    void save();

    QSpinBox* m_autoLock = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace pulsedesk::ui
