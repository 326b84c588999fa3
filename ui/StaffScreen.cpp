#include "StaffScreen.h"

#include "FormDialog.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace pulsedesk::ui {

namespace {

QStringList roleTexts()
{
    return {roleDisplayName(Role::Doctor), roleDisplayName(Role::Nurse), roleDisplayName(Role::Admin)};
}

QStringList roleKeys()
{
    return {roleKey(Role::Doctor), roleKey(Role::Nurse), roleKey(Role::Admin)};
}

} // namespace

StaffScreen::StaffScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Staff"), parent)
{
    setObjectName(QStringLiteral("staffScreen"));
    m_model = new TableModel<StaffMember>(
        {
            textColumn<StaffMember>(tr("User name"), [](const StaffMember& m) { return m.username; }),
            textColumn<StaffMember>(tr("Name"), [](const StaffMember& m) { return m.displayName; }),
            textColumn<StaffMember>(tr("Role"), [](const StaffMember& m) { return roleDisplayName(m.role); }),
            textColumn<StaffMember>(tr("Status"),
                                    [](const StaffMember& m) {
                                        if (!m.active)
                                            return tr("deactivated");
                                        return m.mustChangePassword ? tr("active, one-time password") : tr("active");
                                    }),
        },
        this);
    auto* bar = new QHBoxLayout;
    const auto button = [this, bar](const QString& text, const char* name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        bar->addWidget(b);
        return b;
    };
    m_add = button(tr("&Add staff…"), "addStaffButton");
    m_deactivate = button(tr("&Deactivate"), "deactivateStaffButton");
    m_reactivate = button(tr("Re&activate…"), "reactivateStaffButton");
    m_reset = button(tr("Reset &password…"), "resetPasswordButton");
    m_role = button(tr("Change &role…"), "changeRoleButton");
    bar->addStretch();
    contentLayout()->addLayout(bar);
    m_table = createTable(m_model, QStringLiteral("staffTable"), tr("Staff"), this);
    contentLayout()->addWidget(m_table, 1);
    connect(m_add, &QPushButton::clicked, this, &StaffScreen::addStaff);
    connect(m_deactivate, &QPushButton::clicked, this, [this] { setActive(false); });
    connect(m_reactivate, &QPushButton::clicked, this, [this] { setActive(true); });
    connect(m_reset, &QPushButton::clicked, this, &StaffScreen::resetPassword);
    connect(m_role, &QPushButton::clicked, this, &StaffScreen::changeRole);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffScreen::updateActions);
    updateActions();
}

const StaffMember* StaffScreen::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

QString StaffScreen::selectedUsername() const
{
    const StaffMember* m = selected();
    return m ? m->username : QString();
}

void StaffScreen::updateActions()
{
    const StaffMember* m = selected();
    m_deactivate->setEnabled(m && m->active && m->id != m_context.session.userId);
    m_reactivate->setEnabled(m && !m->active);
    m_reset->setEnabled(m && m->active);
    m_role->setEnabled(m != nullptr);
}

void StaffScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    loadTable(
        m_model, m_table, [=] { return workspace->staff().list(session); }, [this] { updateActions(); });
}

void StaffScreen::clear()
{
    m_model->clear();
    showStatus({});
    updateActions();
}

void StaffScreen::addStaff()
{
    auto* dialog = new FormDialog(tr("Add staff"), this);
    dialog->setObjectName(QStringLiteral("addStaffDialog"));
    dialog->setIntro(tr("Give the new member of staff the one-time password in person; they must change it "
                        "when they first log in."));
    dialog->addText(QStringLiteral("username"), tr("User name:"));
    dialog->addText(QStringLiteral("displayName"), tr("Full name:"));
    dialog->addChoice(QStringLiteral("role"), tr("Role:"), roleTexts(), roleKeys());
    dialog->addPassword(QStringLiteral("password"), tr("One-time password:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        const QString username = dialog->text(QStringLiteral("username"));
        const QString displayName = dialog->text(QStringLiteral("displayName"));
        const Role role = roleFromKey(dialog->choice(QStringLiteral("role"))).value_or(Role::Nurse);
        const QString password = dialog->text(QStringLiteral("password"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->staff().add(session, username, displayName, role, password); },
            [this](const Result<StaffMember>& member) {
                finish({}, tr("Added %1 as %2.").arg(member->username, roleDisplayName(member->role)));
            });
    });
    dialog->open();
}

void StaffScreen::askOneTimePassword(const QString& title, const std::function<Status(const QString&)>& apply,
                                     const QString& done)
{
    auto* dialog = new FormDialog(title, this);
    dialog->setObjectName(QStringLiteral("oneTimePasswordDialog"));
    dialog->addPassword(QStringLiteral("password"), tr("One-time password:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, apply, done] {
        const QString password = dialog->text(QStringLiteral("password"));
        dialog->runThenAccept(
            *m_context.runner, [=] { return apply(password); },
            [this, done](const Status& status) { finish(status, done); });
    });
    dialog->open();
}

void StaffScreen::setActive(bool active)
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    if (active) {
        askOneTimePassword(
            tr("Reactivate %1").arg(username),
            [=](const QString& password) { return workspace->staff().reactivate(session, username, password); },
            tr("%1 is active again with a one-time password.").arg(username));
        return;
    }
    runThenFinish([username](Workspace& w, const Session& s) { return w.staff().deactivate(s, username); },
                  tr("%1 is deactivated.").arg(username));
}

void StaffScreen::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    askOneTimePassword(
        tr("Reset the password of %1").arg(username),
        [=](const QString& password) { return workspace->staff().resetPassword(session, username, password); },
        tr("%1 has a new one-time password.").arg(username));
}

void StaffScreen::changeRole()
{
    const StaffMember* m = selected();
    if (!m)
        return;
    const QString username = m->username;
    auto* dialog = new FormDialog(tr("Change the role of %1").arg(username), this);
    dialog->setObjectName(QStringLiteral("changeRoleDialog"));
    dialog->addChoice(QStringLiteral("role"), tr("Role:"), roleTexts(), roleKeys());
    dialog->setValue(QStringLiteral("role"), roleKey(m->role));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, username] {
        const Role role = roleFromKey(dialog->choice(QStringLiteral("role"))).value_or(Role::Nurse);
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->staff().changeRole(session, username, role); },
            [this, username, role](const Status& status) {
                finish(status, tr("%1 is now %2.").arg(username, roleDisplayName(role)));
            });
    });
    dialog->open();
}

} // namespace pulsedesk::ui
