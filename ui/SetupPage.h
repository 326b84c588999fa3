#pragma once

#include <QPushButton>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace pulsedesk::ui {

/// First run: creates the workstation's encrypted store and its first administrator.
class SetupPage : public QWidget
{
    Q_OBJECT

public:
    explicit SetupPage(const QString& dataDir, QWidget* parent = nullptr);

    void showError(const QString& message);
    void setBusy(bool busy);
    /// Offers "Change where the ward is stored…" (a first start that chose this PC by mistake).
    void setStoreChangeOffered(bool offered) { m_changeStore->setVisible(offered); }

signals:
    void setupRequested(const QString& username, const QString& displayName, const QString& password);
    void storeChangeRequested();

private:
    void submit();

    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    QPushButton* m_changeStore = nullptr;
};

} // namespace pulsedesk::ui
