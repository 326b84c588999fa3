#include "InterfaceErrorsScreen.h"

#include "workspace/Workspace.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>

namespace pulsedesk::ui {

namespace {

QString when(qint64 ms)
{
    return ms > 0 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::ShortFormat)
                  : QString();
}

} // namespace

InterfaceErrorsScreen::InterfaceErrorsScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Interface errors"), parent)
{
    setObjectName(QStringLiteral("interfaceErrorsScreen"));
    m_model = new TableModel<OutboxEntry>(
        {
            textColumn<OutboxEntry>(tr("#"), [](const OutboxEntry& e) { return QString::number(e.id); }),
            textColumn<OutboxEntry>(tr("Created"), [](const OutboxEntry& e) { return when(e.createdAt); }),
            textColumn<OutboxEntry>(tr("To"),
                                    [](const OutboxEntry& e) {
                                        return e.destination == QLatin1String("alarms") ? tr("alarm manager")
                                                                                        : tr("EHR");
                                    }),
            textColumn<OutboxEntry>(tr("Message"),
                                    [](const OutboxEntry& e) {
                                        return e.kind == QLatin1String("alarm")     ? tr("alarm event")
                                            : e.kind == QLatin1String("correction") ? tr("corrected result")
                                                                                    : tr("result");
                                    }),
            textColumn<OutboxEntry>(tr("Control id"), [](const OutboxEntry& e) { return e.controlId; }),
            textColumn<OutboxEntry>(tr("Attempts"), [](const OutboxEntry& e) { return QString::number(e.attempts); }),
            textColumn<OutboxEntry>(tr("Last sent"), [](const OutboxEntry& e) { return when(e.sentAt); }),
            textColumn<OutboxEntry>(tr("Reason"), [](const OutboxEntry& e) { return e.error; }),
        },
        this);
    auto* bar = new QHBoxLayout;
    m_retrySelected = new QPushButton(tr("Se&nd selected again"), this);
    m_retrySelected->setObjectName(QStringLiteral("retrySelectedButton"));
    m_retryAll = new QPushButton(tr("Send &all again"), this);
    m_retryAll->setObjectName(QStringLiteral("retryAllButton"));
    bar->addStretch(1);
    bar->addWidget(m_retrySelected);
    bar->addWidget(m_retryAll);
    contentLayout()->addLayout(bar);
    m_table =
        createTable(m_model, QStringLiteral("interfaceErrorsTable"), tr("Messages refused by the hospital"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    contentLayout()->addWidget(m_table, 1);
    connect(m_retrySelected, &QPushButton::clicked, this, [this] { retry(true); });
    connect(m_retryAll, &QPushButton::clicked, this, [this] { retry(false); });
}

void InterfaceErrorsScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=] {
            Result<QList<OutboxEntry>> entries =
                Outbox(workspace->database(), workspace->audit(), workspace->clock()).list(session);
            if (entries)
                for (OutboxEntry& e : entries.value())
                    e.message.clear(); // the list shows reasons, not messages with patient data
            return entries;
        },
        [this](const Result<QList<OutboxEntry>>& entries) {
            if (!entries) {
                showStatus(entries.errorMessage(), true);
                return;
            }
            m_model->setItems(entries.value());
            m_table->resizeColumnsToContents();
            m_retryAll->setEnabled(!entries->isEmpty());
            const QString count =
                tr("%n message(s) refused by the hospital.", nullptr, static_cast<int>(entries->size()));
            showStatus(m_lastRetry.isEmpty() ? count : m_lastRetry + QLatin1Char(' ') + count);
            m_lastRetry.clear();
        });
}

void InterfaceErrorsScreen::clear()
{
    m_model->clear();
    showStatus({});
}

void InterfaceErrorsScreen::retry(bool selectedOnly)
{
    QList<qint64> ids;
    if (selectedOnly) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex& row : rows)
            ids.append(m_model->itemAt(row.row())->id);
        if (ids.isEmpty()) {
            showStatus(tr("Select the messages to send again."), true);
            return;
        }
    }
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return Outbox(workspace->database(), workspace->audit(), workspace->clock()).retry(session, ids); },
        [this](const Result<int>& sent) {
            if (!sent) {
                showStatus(sent.errorMessage(), true);
                return;
            }
            m_lastRetry = tr("%n message(s) queued to be sent again.", nullptr, sent.value());
            refresh();
        });
}

} // namespace pulsedesk::ui
