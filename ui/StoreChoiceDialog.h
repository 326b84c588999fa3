#pragma once

#include "workspace/StoreChoice.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pulsedesk {
class BackgroundRunner;
}

namespace pulsedesk::ui {

/// Where this workstation keeps the ward: "This PC alone" (the encrypted store, the default) or "A ward server"
/// (a connection string from IT, with a connection test that gives libpq's reason when the server does not
/// answer). OK keeps the choice in the user's settings file. Shown with open(), never exec().
class StoreChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    StoreChoiceDialog(const StoreChoice& current, const QString& path, BackgroundRunner& runner,
                      QWidget* parent = nullptr);

    /// The choice kept when the dialog was accepted.
    const StoreChoice& choice() const { return m_choice; }

    /// The choice kept in `path`. Without one: this PC alone when `dataDir` (the default data folder) already holds
    /// a workstation; otherwise (the first start) this dialog asks, and keeps the answer. None when the user closed
    /// it without choosing.
    static StoreChoice chooseAtStart(const QString& path, const QString& dataDir, BackgroundRunner& runner);

private:
    StoreChoice shown() const;
    void updateFields();
    void testConnection();
    void keep();

    BackgroundRunner& m_runner;
    QString m_path;
    StoreChoice m_choice;
    QRadioButton* m_local = nullptr;
    QRadioButton* m_server = nullptr;
    QLineEdit* m_connInfo = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_result = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace pulsedesk::ui
