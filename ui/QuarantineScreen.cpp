#include "QuarantineScreen.h"

#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

namespace pulsedesk::ui {

QuarantineScreen::QuarantineScreen(UiContext& context, QWidget* parent)
    : Screen(context, tr("Quarantine"), parent)
{
    setObjectName(QStringLiteral("quarantineScreen"));
    m_model = new TableModel<QuarantineEntry>(
        {
            textColumn<QuarantineEntry>(tr("#"), [](const QuarantineEntry& e) { return QString::number(e.id); }),
            textColumn<QuarantineEntry>(tr("Received"),
                                        [](const QuarantineEntry& e) {
                                            return QLocale().toString(e.receivedAt.toLocalTime(), QLocale::ShortFormat);
                                        }),
            textColumn<QuarantineEntry>(tr("Source"), [](const QuarantineEntry& e) { return e.source; }),
            textColumn<QuarantineEntry>(tr("Topic or file"), [](const QuarantineEntry& e) { return e.topic; }),
            textColumn<QuarantineEntry>(
                tr("Size"), [](const QuarantineEntry& e) { return QLocale().formattedDataSize(e.payloadBytes); }),
            textColumn<QuarantineEntry>(tr("Reason"), [](const QuarantineEntry& e) { return e.reason; }),
        },
        this);
    auto* bar = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("quarantineFilter"));
    m_filter->setPlaceholderText(tr("Filter by reason…"));
    m_filter->setAccessibleName(tr("Filter by reason"));
    m_filter->setClearButtonEnabled(true);
    m_replaySelected = new QPushButton(tr("Replay &selected"), this);
    m_replaySelected->setObjectName(QStringLiteral("replaySelectedButton"));
    m_replayAll = new QPushButton(tr("Replay &all"), this);
    m_replayAll->setObjectName(QStringLiteral("replayAllButton"));
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_replaySelected);
    bar->addWidget(m_replayAll);
    contentLayout()->addLayout(bar);
    m_table = createTable(m_model, QStringLiteral("quarantineTable"), tr("Quarantined messages"), this);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    contentLayout()->addWidget(m_table, 1);
    connect(m_filter, &QLineEdit::returnPressed, this, &QuarantineScreen::refresh);
    connect(m_replaySelected, &QPushButton::clicked, this, [this] { replay(true); });
    connect(m_replayAll, &QPushButton::clicked, this, [this] { replay(false); });
}

void QuarantineScreen::refresh()
{
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const QString filter = m_filter->text();
    m_context.runner->run(
        this, [=] { return workspace->ingest().quarantine(session, filter); },
        [this](const Result<QList<QuarantineEntry>>& entries) {
            if (!entries) {
                showStatus(entries.errorMessage(), true);
                return;
            }
            QList<QuarantineEntry> list = entries.value();
            for (QuarantineEntry& e : list)
                e.payload.clear(); // the table shows reasons, not payloads
            m_model->setItems(list);
            m_table->resizeColumnsToContents();
            m_replayAll->setEnabled(!list.isEmpty());
            const QString count = tr("%n message(s) in quarantine.", nullptr, static_cast<int>(list.size()));
            showStatus(m_lastReplay.isEmpty() ? count : m_lastReplay + QLatin1Char(' ') + count);
            m_lastReplay.clear();
        });
}

void QuarantineScreen::clear()
{
    m_model->clear();
    showStatus({});
}

void QuarantineScreen::replay(bool selectedOnly)
{
    QList<qint64> ids;
    if (selectedOnly) {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        for (const QModelIndex& row : rows)
            ids.append(m_model->itemAt(row.row())->id);
        if (ids.isEmpty())
            return;
    }
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->ingest().replay(session, ids); },
        [this](const Result<IngestPipeline::Counts>& counts) {
            if (!counts) {
                showStatus(counts.errorMessage(), true);
                return;
            }
            m_lastReplay = tr("Replayed %1 message(s): %2 sample(s) stored.").arg(counts->messages).arg(counts->stored);
            refresh();
        });
}

} // namespace pulsedesk::ui
