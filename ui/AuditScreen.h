#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "storage/AuditLog.h"

class QPushButton;
class QTableView;

namespace pulsedesk::ui {

/// The audit log (admin), newest first, with a button that verifies the whole hash chain.
class AuditScreen : public Screen
{
    Q_OBJECT

public:
    explicit AuditScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<AuditEntry>* model() const { return m_model; }

private:
    void verify();

    TableModel<AuditEntry>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_verify = nullptr;
};

} // namespace pulsedesk::ui
