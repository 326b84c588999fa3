#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "ingest/IngestPipeline.h"

class QLineEdit;
class QPushButton;
class QTableView;

namespace pulsedesk::ui {

/// Messages kept back by ingest with their reasons (admin, nurse). After the cause is fixed (for example the
/// device is registered) they are replayed through the normal path and leave the list.
class QuarantineScreen : public Screen
{
    Q_OBJECT

public:
    explicit QuarantineScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    TableModel<QuarantineEntry>* model() const { return m_model; }

private:
    void replay(bool selectedOnly);

    TableModel<QuarantineEntry>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QPushButton* m_replaySelected = nullptr;
    QPushButton* m_replayAll = nullptr;
    QString m_lastReplay; ///< shown with the count after the list is reloaded
};

} // namespace pulsedesk::ui
