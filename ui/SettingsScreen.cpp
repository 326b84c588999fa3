#include "SettingsScreen.h"

#include "settings/Settings.h"
#include "storage/Workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace pulsedesk::ui {

namespace {
struct Values
{
    int autoLockMinutes = 5;
    QString language;
};
} // namespace

SettingsScreen::SettingsScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Settings"), parent)
{
    setObjectName(QStringLiteral("settingsScreen"));
    auto* form = new QFormLayout;
    m_autoLock = new QSpinBox(this);
    m_autoLock->setObjectName(QStringLiteral("autoLockMinutes"));
    m_autoLock->setRange(1, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setAccessibleName(tr("Lock the screen after inactivity"));
    form->addRow(tr("Lock the screen after &inactivity:"), m_autoLock);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("Italiano"), QStringLiteral("it"));
    form->addRow(tr("&Language (after restart):"), m_language);
    contentLayout()->addLayout(form);
    m_save = new QPushButton(tr("&Save settings"), this);
    m_save->setObjectName(QStringLiteral("saveSettingsButton"));
    contentLayout()->addWidget(m_save, 0, Qt::AlignLeft);
    contentLayout()->addStretch();
    connect(m_save, &QPushButton::clicked, this, &SettingsScreen::save);
}

void SettingsScreen::refresh()
{
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=] {
            return Values {workspace->settings().autoLockMinutes(), workspace->settings().language()};
        },
        [this](const Values& values) {
            m_autoLock->setValue(values.autoLockMinutes);
            m_language->setCurrentIndex(std::max(0, m_language->findData(values.language)));
        });
}

void SettingsScreen::clear()
{
    showStatus({});
}

void SettingsScreen::save()
{
    const int minutes = m_autoLock->value();
    const QString language = m_language->currentData().toString();
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Status {
            if (auto saved = workspace->settings().setValue(session, Settings::Key::AutoLockMinutes, minutes); !saved)
                return saved;
            return workspace->settings().setValue(session, Settings::Key::Language, language);
        },
        [this, minutes](const Status& status) {
            showStatus(status ? tr("Settings saved.") : status.errorMessage(), !status);
            if (status)
                emit autoLockChanged(minutes);
        });
}

} // namespace pulsedesk::ui
