#include "Screen.h"

#include <QLabel>
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
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(m_status);
}

void Screen::showStatus(const QString& text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020; font-weight: bold;") : QString());
    m_status->setAccessibleDescription(text);
}

} // namespace pulsedesk::ui
