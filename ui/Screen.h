#pragma once

#include "UiContext.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QTableView;
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
    UiContext& m_context;

private:
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace pulsedesk::ui
