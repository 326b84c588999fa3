#pragma once

#include "Screen.h"
#include "settings/Settings.h"

class QCheckBox;
class QComboBox;
class QLabel;
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
    /// Window, alarm delay, escalation ... settings changed; the live analysis should take them over.
    void analysisSettingsChanged();

private:
    void save();
    /// Selects the paediatric chart in `file` (checked by core), or none with an empty path.
    void selectPaediatricChart(const QString& file);
    void showPaediatricChart(const QString& text);

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
    QList<Settings::Key> analysisKeys() const;

    QPushButton* m_save = nullptr;
    /// Analysis and alarm settings: one spin box per key.
    QList<std::pair<Settings::Key, QSpinBox*>> m_analysis;
    QCheckBox* m_anomalyAlarm = nullptr;
    QLabel* m_pewsChart = nullptr;
    QLineEdit* m_pewsFile = nullptr;
};

} // namespace pulsedesk::ui
