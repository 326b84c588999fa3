#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pulsedesk::ui {

/// First run: creates the workstation's encrypted store and its first administrator.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(const QString& dataDir, QWidget* parent = nullptr);

    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void setupRequested(const QString& username, const QString& displayName, const QString& password);

private:
    void submit();

    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace pulsedesk::ui
