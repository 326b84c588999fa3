#pragma once

#include "TableModel.h"
#include "UiContext.h"
#include "common/Result.h"

#include <QTableView>
#include <QWidget>

#include <utility>

class QAbstractItemModel;
class QLabel;
class QVBoxLayout;

namespace pulsedesk::ui {

/// Base of the working screens: a title, the screen's content, and a status line for results and errors.
/// refresh() asks core again; clear() drops everything shown (lock, logout).
class Screen : public QWidget
{
    Q_OBJECT

public:
    Screen(UiContext& context, const QString& title, QWidget* parent = nullptr);

    virtual void refresh() = 0;
    virtual void clear() = 0;

    /// Shows a result or an error under the content.
    void showStatus(const QString& text, bool error = false);

    /// A read-only table over `model` with single-row selection, the way every screen lists things.
    static QTableView* createTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                                   QWidget* parent);

protected:
    QVBoxLayout* contentLayout() const { return m_layout; }

    /// Shows `done`, or the error when `status` failed, then refreshes the screen.
    void finish(const Status& status, const QString& done);
    /// Runs `work(workspace, session)` (a core call returning a Status) on the runner's thread with this screen's
    /// session, then finish()es with its status and `done`.
    template<typename Work>
    void runThenFinish(Work work, const QString& done)
    {
        Workspace* workspace = m_context.workspace;
        const Session session = m_context.session;
        m_context.runner->run(
            this, [workspace, session, work = std::move(work)] { return work(*workspace, session); },
            [this, done](const Status& status) { finish(status, done); });
    }

    /// Reads a list on the runner's thread (`read` returns a Result of a QList) and puts it in `model`, sizing
    /// `table`'s columns, then runs `shown()`; a failure goes to the status line and leaves the table as it was.
    template<typename T, typename Read, typename Shown>
    void loadTable(TableModel<T>* model, QTableView* table, Read read, Shown shown)
    {
        m_context.runner->run(this, std::move(read),
                              [this, model, table, shown = std::move(shown)](const Result<QList<T>>& rows) {
                                  if (!rows) {
                                      showStatus(rows.errorMessage(), true);
                                      return;
                                  }
                                  model->setItems(rows.value());
                                  table->resizeColumnsToContents();
                                  shown();
                              });
    }

    UiContext& m_context;

private:
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace pulsedesk::ui
