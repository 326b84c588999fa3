#include "LoginPage.h"

#include "StartPage.h"
#include "common/DisplayText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulsedesk::ui {

LoginPage::LoginPage(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("loginPage"));
    auto* box = new QWidget(this);
    // A fixed width lets the word-wrapped error line take the height it needs.
    box->setFixedWidth(460);
    auto* layout = new QVBoxLayout(box);
    m_title = new QLabel(box);
    m_title->setObjectName(QStringLiteral("loginTitle"));
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);
    m_title->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_title);
    m_hint = new QLabel(box);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_hint);

    auto* form = new QFormLayout;
    m_username = new QLineEdit(box);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_username->setAccessibleName(tr("User name"));
    m_password = new QLineEdit(box);
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    layout->addLayout(form);

    m_error = StartPage::createError(QStringLiteral("loginError"), box);
    m_error->setTextFormat(Qt::PlainText);
    layout->addWidget(m_error);

    m_login = new QPushButton(box);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_login->setAutoDefault(true);
    layout->addWidget(m_login);
    m_switchUser = new QPushButton(tr("Log in as someone &else"), box);
    m_switchUser->setObjectName(QStringLiteral("switchUserButton"));
    m_switchUser->setFlat(true);
    layout->addWidget(m_switchUser);
    m_changeStore = StartPage::createStoreChange(tr("C&hange where the ward is stored…"),
                                                 QStringLiteral("changeStoreButton"), this);
    StartPage::layOut(this, box, m_changeStore);

    connect(m_login, &QPushButton::clicked, this, &LoginPage::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &LoginPage::submit);
    connect(m_username, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    connect(m_switchUser, &QPushButton::clicked, this, &LoginPage::switchUserRequested);
    connect(m_changeStore, &QPushButton::clicked, this, &LoginPage::storeChangeRequested);
    reset();
}

void LoginPage::reset(const QString& lockedBy)
{
    m_lockedBy = lockedBy;
    const bool locked = !lockedBy.isEmpty();
    m_title->setText(locked ? tr("PulseDesk is locked") : tr("PulseDesk"));
    m_hint->setText(
        locked ? tr("Locked by %1. Monitoring and alarms continue. Enter the password to unlock.").arg(lockedBy)
               : tr("Log in with your staff account."));
    m_username->setText(lockedBy);
    m_username->setReadOnly(locked);
    m_password->clear();
    m_error->hide();
    m_login->setText(locked ? tr("&Unlock") : tr("&Log in"));
    m_switchUser->setVisible(locked);
    m_changeStore->setVisible(m_storeChangeOffered && !locked);
    setBusy(false);
    (locked || !m_username->text().isEmpty() ? m_password : m_username)->setFocus();
}

void LoginPage::setStoreChangeOffered(bool offered)
{
    m_storeChangeOffered = offered;
    m_changeStore->setVisible(offered && m_lockedBy.isEmpty());
}

void LoginPage::submit()
{
    if (m_username->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        m_username->setFocus();
        return;
    }
    setBusy(true);
    m_error->hide();
    const QString password = m_password->text();
    m_password->clear();
    emit loginRequested(m_username->text().trimmed(), password);
}

void LoginPage::showError(const QString& message)
{
    // Messages may quote outside text: plain text, escaped line by line.
    m_error->setText(DisplayText::escapedLines(message));
    m_error->show();
    setBusy(false);
    m_password->setFocus();
}

void LoginPage::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_username->setEnabled(!busy);
    if (busy)
        m_login->setText(tr("Checking…"));
    else
        m_login->setText(m_lockedBy.isEmpty() ? tr("&Log in") : tr("&Unlock"));
}

} // namespace pulsedesk::ui
