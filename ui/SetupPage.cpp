#include "SetupPage.h"

#include "StartPage.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulsedesk::ui {

SetupPage::SetupPage(const QString& dataDir, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("setupPage"));
    auto* box = new QWidget(this);
    box->setFixedWidth(560);
    auto* layout = new QVBoxLayout(box);
    auto* title = new QLabel(tr("Set up PulseDesk"), box);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    layout->addWidget(title);
    auto* intro = new QLabel(tr("This workstation has no data yet. Create the first administrator account. "
                                "The administrator adds doctors and nurses and manages devices and settings.\n\n"
                                "All data is stored encrypted in %1. The password cannot be recovered: if every "
                                "administrator forgets theirs, the data cannot be opened.")
                                 .arg(dataDir),
                             box);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto field = [box, form](const char* name, const QString& label, bool secret) {
        auto* edit = new QLineEdit(box);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setAccessibleName(label);
        if (secret)
            edit->setEchoMode(QLineEdit::Password);
        form->addRow(label, edit);
        return edit;
    };
    m_username = field("setupUsername", tr("User name:"), false);
    m_displayName = field("setupDisplayName", tr("Full name:"), false);
    m_password = field("setupPassword", tr("Password:"), true);
    m_repeat = field("setupRepeat", tr("Repeat password:"), true);
    layout->addLayout(form);

    m_error = StartPage::createError(QStringLiteral("setupError"), box);
    layout->addWidget(m_error);
    m_create = new QPushButton(tr("&Create administrator"), box);
    m_create->setObjectName(QStringLiteral("setupButton"));
    m_create->setDefault(true);
    layout->addWidget(m_create);
    m_changeStore = StartPage::createStoreChange(tr("C&hange where the ward is stored…"),
                                                 QStringLiteral("setupChangeStoreButton"), this);
    StartPage::layOut(this, box, m_changeStore);
    connect(m_create, &QPushButton::clicked, this, &SetupPage::submit);
    connect(m_changeStore, &QPushButton::clicked, this, &SetupPage::storeChangeRequested);
    connect(m_repeat, &QLineEdit::returnPressed, this, &SetupPage::submit);
}

void SetupPage::submit()
{
    if (m_password->text() != m_repeat->text()) {
        showError(tr("The passwords do not match."));
        return;
    }
    setBusy(true);
    m_error->hide();
    const QString name = m_displayName->text().trimmed().isEmpty() ? m_username->text() : m_displayName->text();
    emit setupRequested(m_username->text(), name, m_password->text());
}

void SetupPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void SetupPage::setBusy(bool busy)
{
    m_create->setEnabled(!busy);
}

} // namespace pulsedesk::ui
