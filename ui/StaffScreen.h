#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "model/StaffMember.h"

class QPushButton;
class QTableView;

namespace pulsedesk::ui {

/// Staff management (admin): add with a one-time password, deactivate, reactivate, reset a password, change
/// a role. Core refuses to remove or demote the last active administrator.
class StaffScreen : public Screen
{
    Q_OBJECT

public:
    explicit StaffScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<StaffMember>* model() const { return m_model; }

private:
    const StaffMember* selected() const;
    /// The selected member's user name; empty when no row is selected.
    QString selectedUsername() const;
    void updateActions();
    void addStaff();
    void setActive(bool active);
    void resetPassword();
    void changeRole();
    void askOneTimePassword(const QString& title, const std::function<Status(const QString&)>& apply,
                            const QString& done);

    TableModel<StaffMember>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_reactivate = nullptr;
    QPushButton* m_reset = nullptr;
    QPushButton* m_role = nullptr;
};

} // namespace pulsedesk::ui
