#pragma once

#include "Screen.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pulsedesk::ui {

/// Workstation settings (admin): auto-lock delay, language, and the MQTT broker the devices publish to.
class SettingsScreen : public Screen
{
    Q_OBJECT

public:
    explicit SettingsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

signals:
    void autoLockChanged(int minutes);
    /// The broker settings were saved: live ingest restarts with them.
    void brokerSettingsChanged();

private:
    void save();

    QSpinBox* m_autoLock = nullptr;
    QComboBox* m_language = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_topics = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_tls = nullptr;
    QLineEdit* m_caFile = nullptr;
    QLineEdit* m_certFile = nullptr;
    QLineEdit* m_keyFile = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace pulsedesk::ui
