#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "interfaces/Outbox.h"

class QPushButton;
class QTableView;

namespace pulsedesk::ui {

/// Messages the hospital refused (admin, nurse): results the EHR and alarm events the alarm manager answered with
/// AE or AR, each with the reason it gave. Once the cause is fixed they are sent again, unchanged (same control
/// id), selected ones or all.
class InterfaceErrorsScreen : public Screen
{
    Q_OBJECT

public:
    explicit InterfaceErrorsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<OutboxEntry>* model() const { return m_model; }

private:
    void retry(bool selectedOnly);

    TableModel<OutboxEntry>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPushButton* m_retrySelected = nullptr;
    QPushButton* m_retryAll = nullptr;
    QString m_lastRetry; ///< shown with the count after the list is reloaded
};

} // namespace pulsedesk::ui
