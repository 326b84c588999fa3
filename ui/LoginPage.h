#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace pulsedesk::ui {

/// The login form, also used as the lock screen: locked, it shows who is logged in and asks only for the
/// password, with a way to log in as someone else. It never shows patient data.
class LoginPage : public QWidget
{
    Q_OBJECT

public:
    explicit LoginPage(QWidget* parent = nullptr);

    /// Empty user: a fresh login. A user name: the screen is locked by that user.
    void reset(const QString& lockedBy = {});
    void showError(const QString& message);
    void setBusy(bool busy);
    /// Offers "Change where the ward is stored…" (when the store was not given on the command line).
    void setStoreChangeOffered(bool offered);

signals:
    void loginRequested(const QString& username, const QString& password);
    void switchUserRequested();
    void storeChangeRequested();

private:
    void submit();

    QString m_lockedBy;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_login = nullptr;
    QPushButton* m_switchUser = nullptr;
    QPushButton* m_changeStore = nullptr;
    bool m_storeChangeOffered = false;
};

} // namespace pulsedesk::ui
