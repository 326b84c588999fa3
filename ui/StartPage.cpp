#include "StartPage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulsedesk::ui::StartPage {

QLabel* createError(const QString& objectName, QWidget* box)
{
    auto* error = new QLabel(box);
    error->setObjectName(objectName);
    error->setWordWrap(true);
    error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    error->hide();
    return error;
}

QPushButton* createStoreChange(const QString& text, const QString& objectName, QWidget* page)
{
    auto* button = new QPushButton(text, page);
    button->setObjectName(objectName);
    button->setFlat(true);
    button->hide();
    return button;
}

void layOut(QWidget* page, QWidget* box, QWidget* storeChange)
{
    auto* outer = new QVBoxLayout(page);
    outer->addStretch();
    outer->addWidget(box, 0, Qt::AlignHCenter);
    outer->addWidget(storeChange, 0, Qt::AlignHCenter);
    outer->addStretch(2);
}

} // namespace pulsedesk::ui::StartPage
