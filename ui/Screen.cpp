#include "Screen.h"

#include "common/DisplayText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace pulsedesk::ui {

Screen::Screen(UiContext& context, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* outer = new QVBoxLayout(this);
    auto* heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    outer->addWidget(heading);
    m_layout = new QVBoxLayout;
    outer->addLayout(m_layout, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("screenStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);
}

QTableView* Screen::createTable(QAbstractItemModel* model, const QString& objectName, const QString& accessibleName,
                                QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab leaves the table (the arrow keys move within it): no keyboard trap.
    table->setTabKeyNavigation(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    return table;
}

void Screen::showStatus(const QString& text, bool error)
{
    // Messages may quote outside text (a line of a file, a device id): shown as plain text, escaped line by line.
    m_status->setText(DisplayText::escapedLines(text));
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_status->setAccessibleDescription(text);
}

void Screen::finish(const Status& status, const QString& done)
{
    showStatus(status ? done : status.errorMessage(), !status);
    refresh();
}

} // namespace pulsedesk::ui
