#pragma once

#include "Screen.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace pulsedesk::ui {

/// The hospital interfaces' settings (admin): the ADT listener (address, port, TLS certificate and key, the peers
/// allowed to send), where window results (IHE PCD-01, each window or each minute's median) and alarm events (IHE
/// PCD-04) go, the optional MQTT topic carrying alarms with bed and priority only, and whether and where they
/// run. On one PC the workstation runs them in the background while it is open; on a ward server pulsedesk-server
/// does, and the workstation only keeps their settings and shows their errors.
class InterfacesScreen : public Screen
{
    Q_OBJECT

public:
    explicit InterfacesScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    /// What runs now (from the window that runs them), or why nothing does.
    void showRunning(const QString& text, bool error);

signals:
    /// Saved: the workstation (one PC) restarts its interfaces with the new settings.
    void settingsChanged();

private:
    void save();

    QLabel* m_where = nullptr;
    QLabel* m_running = nullptr;
    QLineEdit* m_adtAddress = nullptr;
    QSpinBox* m_adtPort = nullptr;
    QLineEdit* m_certificate = nullptr;
    QLineEdit* m_key = nullptr;
    QLineEdit* m_allowedPeers = nullptr;
    QLineEdit* m_resultsTo = nullptr;
    QComboBox* m_resultsSummary = nullptr; ///< data: the setting's value (windows, minute-median)
    QLineEdit* m_alarmsTo = nullptr;
    QLineEdit* m_alarmsTopic = nullptr; ///< interfaces.alarms.topic
    QPushButton* m_save = nullptr;
};

} // namespace pulsedesk::ui
