#include "AuditScreen.h"

#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableView>

namespace pulsedesk::ui {

AuditScreen::AuditScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Audit log"), parent)
{
    setObjectName(QStringLiteral("auditScreen"));
    m_model = new TableModel<AuditEntry>(
        {
            textColumn<AuditEntry>(tr("#"), [](const AuditEntry& e) { return QString::number(e.id); }),
            textColumn<AuditEntry>(tr("Time"),
                                   [](const AuditEntry& e) {
                                       return QLocale().toString(e.at.toLocalTime(),
                                                                 QStringLiteral("yyyy-MM-dd HH:mm:ss"));
                                   }),
            textColumn<AuditEntry>(tr("User"), [](const AuditEntry& e) { return e.username; }),
            textColumn<AuditEntry>(tr("Action"), [](const AuditEntry& e) { return e.action; }),
            textColumn<AuditEntry>(tr("Subject"),
                                   [](const AuditEntry& e) { return e.subjectType + QLatin1Char(' ') + e.subjectId; }),
            textColumn<AuditEntry>(tr("Details"), [](const AuditEntry& e) { return e.details; }),
        },
        this);
    auto* bar = new QHBoxLayout;
    m_verify = new QPushButton(tr("&Verify chain"), this);
    m_verify->setObjectName(QStringLiteral("verifyAuditButton"));
    auto* reload = new QPushButton(tr("Re&load"), this);
    bar->addWidget(m_verify);
    bar->addWidget(reload);
    bar->addStretch();
    contentLayout()->addLayout(bar);
    m_table = createTable(m_model, QStringLiteral("auditTable"), tr("Audit log"), this);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    contentLayout()->addWidget(m_table, 1);
    connect(m_verify, &QPushButton::clicked, this, &AuditScreen::verify);
    connect(reload, &QPushButton::clicked, this, &AuditScreen::refresh);
}

void AuditScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    loadTable(
        m_model, m_table, [=] { return workspace->audit().list(session, 1000); }, [] {});
}

void AuditScreen::clear()
{
    m_model->clear();
    showStatus({});
}

void AuditScreen::verify()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_verify->setEnabled(false);
    m_context.runner->run(
        this, [=] { return workspace->audit().verify(session); },
        [this](const Result<AuditLog::Verification>& result) {
            m_verify->setEnabled(true);
            if (!result) {
                showStatus(result.errorMessage(), true);
                return;
            }
            if (result->intact)
                showStatus(
                    tr("✔ The audit log is intact: %n entries verified.", nullptr, static_cast<int>(result->entries)));
            else
                showStatus(tr("✖ The audit log has been tampered with: %1 (first bad entry #%2).")
                               .arg(result->problem)
                               .arg(result->firstBadId),
                           true);
            refresh();
        });
}

} // namespace pulsedesk::ui
