#include "PatientNotesTab.h"

#include "DisplayFormat.h"
#include "FormDialog.h"
#include "storage/ClinicalRecordStore.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulsedesk::ui {

using DisplayFormat::localTime;

PatientNotesTab::PatientNotesTab(UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("recordsList"));
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Clinical notes"));
    layout->addWidget(m_list);
    auto* bar = new QHBoxLayout;
    m_write = new QPushButton(tr("&Write note…"), this);
    m_write->setObjectName(QStringLiteral("writeNoteButton"));
    m_amend = new QPushButton(tr("A&mend selected note…"), this);
    m_amend->setObjectName(QStringLiteral("amendNoteButton"));
    bar->addWidget(m_write);
    bar->addWidget(m_amend);
    bar->addStretch();
    layout->addLayout(bar);
    connect(m_write, &QPushButton::clicked, this, [this] { writeNote(0); });
    connect(m_amend, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem* item = m_list->currentItem())
            writeNote(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PatientNotesTab::updateActions);
    updateActions();
}

void PatientNotesTab::setPatient(const QString& mrn)
{
    m_mrn = mrn;
    updateActions();
}

void PatientNotesTab::updateActions()
{
    const bool writer = m_context.may(Permission::WriteRecords);
    m_write->setVisible(writer);
    m_amend->setVisible(writer);
    m_write->setEnabled(!m_mrn.isEmpty());
    m_amend->setEnabled(!m_mrn.isEmpty() && m_list->currentItem() != nullptr);
}

void PatientNotesTab::showNotes(const QList<ClinicalRecord>& records)
{
    m_list->clear();
    for (const ClinicalRecord& r : records) {
        QString header = tr("#%1 · %2 · %3").arg(r.id).arg(localTime(r.writtenAt), r.authorName);
        if (r.amendsId > 0)
            header += tr(" · amends #%1").arg(r.amendsId);
        if (r.amendedById > 0)
            header += tr(" · amended by #%1").arg(r.amendedById);
        auto* item = new QListWidgetItem(header + QLatin1Char('\n') + r.text, m_list);
        item->setData(Qt::UserRole, r.id);
        if (r.amendedById > 0)
            item->setForeground(palette().placeholderText());
    }
    updateActions();
}

void PatientNotesTab::clear()
{
    m_mrn.clear();
    m_list->clear();
    updateActions();
}

bool PatientNotesTab::isEmpty() const
{
    return m_list->count() == 0;
}

void PatientNotesTab::writeNote(qint64 amends)
{
    if (m_mrn.isEmpty())
        return;
    auto* dialog = new FormDialog(amends > 0 ? tr("Amend note #%1").arg(amends) : tr("Write clinical note"), this);
    dialog->setObjectName(QStringLiteral("noteDialog"));
    if (amends > 0)
        dialog->setIntro(tr("Notes are never changed. The amendment is saved as a new note that points at "
                            "note #%1; both stay visible.")
                             .arg(amends));
    dialog->addMultiline(QStringLiteral("text"), tr("Note:"));
    dialog->resize(520, 320);
    const QString mrn = m_mrn;
    connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn, amends] {
        const QString text = dialog->text(QStringLiteral("text"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner,
            [=] {
                return amends > 0 ? workspace->records().amend(session, amends, text)
                                  : workspace->records().add(session, mrn, text);
            },
            [this](const Result<ClinicalRecord>& record) {
                emit statusChanged(tr("Saved note #%1.").arg(record->id), false);
                m_list->clear();
                emit noteSaved();
            });
    });
    dialog->open();
}

} // namespace pulsedesk::ui
