#pragma once

#include "common/DisplayText.h"

#include <QAbstractTableModel>
#include <QList>

#include <functional>
#include <utility>

namespace pulsedesk::ui {

/// A read-only table over a list of core values, with each column declared once as a header and a function.
/// Screens replace the whole list when core answers; clear() drops the data (on lock and logout).
template<typename T>
class TableModel : public QAbstractTableModel
{
public:
    struct Column
    {
        QString header;
        std::function<QVariant(const T&, int role)> data;
    };

    explicit TableModel(QList<Column> columns, QObject* parent = nullptr)
        : QAbstractTableModel(parent)
        , m_columns(std::move(columns))
    { }

    void setItems(QList<T> items)
    {
        beginResetModel();
        m_items = std::move(items);
        endResetModel();
    }
    void clear() { setItems({}); }
    const QList<T>& items() const { return m_items; }
    const T* itemAt(int row) const { return row >= 0 && row < m_items.size() ? &m_items[row] : nullptr; }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_items.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_columns.size());
    }
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        return m_columns[index.column()].data(m_items[index.row()], role);
    }
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_columns.size())
            return m_columns[section].header;
        return QAbstractTableModel::headerData(section, orientation, role);
    }

private:
    QList<Column> m_columns;
    QList<T> m_items;
};

/// A column that shows `text(item)` for the display role, with control characters and direction overrides
/// escaped (device ids, topics and reasons come from outside: see DisplayText).
template<typename T, typename F>
typename TableModel<T>::Column textColumn(const QString& header, F text)
{
    return {header, [text](const T& item, int role) -> QVariant {
                if (role == Qt::DisplayRole)
                    return DisplayText::escaped(text(item));
                return {};
            }};
}

} // namespace pulsedesk::ui
