#include "ImportScreen.h"

#include "DisplayFormat.h"
#include "ImportDetails.h"
#include "ImportOptionsPanel.h"
#include "monitoring/AnalysisService.h"
#include "storage/DeviceRegistry.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace pulsedesk::ui {

namespace {

constexpr int ProgressSteps = 1000;
constexpr int PreviewDelayMs = 250; ///< options typed or picked in a row are previewed once
constexpr int MaxColumnWidth = 300;

QPushButton* button(const QString& text, const char* objectName, const QString& accessibleName, QWidget* parent)
{
    auto* created = new QPushButton(text, parent);
    created->setObjectName(QString::fromLatin1(objectName));
    created->setAccessibleName(accessibleName);
    return created;
}

} // namespace

// ---- ImportScreen -------------------------------------------------------------------------------------------

ImportScreen::ImportScreen(UiContext& context, AnalysisService* analysis, QWidget* parent)
    : Screen(context, tr("Import"), parent)
    , m_analysis(analysis)
{
    setObjectName(QStringLiteral("importScreen"));
    setAcceptDrops(true);
    m_queue = new ImportQueue(*context.workspace, this);
    m_model = new ImportFileModel(this);

    // Files.
    auto* files = new QHBoxLayout;
    m_addFiles = button(tr("Add &files…"), "importAddFiles", tr("Add files"), this);
    m_addFolder = button(tr("&Add folder…"), "importAddFolder", tr("Add folder"), this);
    m_remove = button(tr("&Remove"), "importRemove", tr("Remove the selected files from the list"), this);
    m_clearList = button(tr("Clear &list"), "importClearList", tr("Clear the list of files"), this);
    m_mapDevices = button(tr("Map de&vices…"), "importMapDevices",
                          tr("Choose the registered device for each device the selected file names"), this);
    m_mapDevices->setToolTip(m_mapDevices->accessibleName());
    files->addWidget(m_addFiles);
    files->addWidget(m_addFolder);
    files->addWidget(m_remove);
    files->addWidget(m_clearList);
    files->addStretch();
    files->addWidget(m_mapDevices);
    contentLayout()->addLayout(files);

    // Options: each one changes what the preview finds, so a change previews again.
    m_options = new ImportOptionsPanel(this);
    contentLayout()->addWidget(m_options);

    m_dropHint = new QLabel(tr("Drop files or folders here, or use Add files… or Add folder…; nothing is stored "
                               "until you have checked the preview and chosen Import."),
                            this);
    m_dropHint->setObjectName(QStringLiteral("importDropHint"));
    m_dropHint->setWordWrap(true);
    contentLayout()->addWidget(m_dropHint);

    // The files and the details of the selected one.
    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table = createTable(m_model, QStringLiteral("importPreviewTable"), tr("Files to import"), splitter);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table, the arrows move in it
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_details = new QPlainTextEdit(splitter);
    m_details->setObjectName(QStringLiteral("importDetails"));
    m_details->setAccessibleName(tr("Details of the selected file"));
    m_details->setReadOnly(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_details->setPlaceholderText(tr("Select a file to see its devices, patients and the reasons for rejected "
                                     "records."));
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    contentLayout()->addWidget(splitter, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    contentLayout()->addWidget(m_summary);

    // Progress, rate and time left.
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("importRate"));
    m_rate->setWordWrap(true);
    progressRow->addWidget(m_progress, 2);
    progressRow->addWidget(m_rate, 3);
    contentLayout()->addLayout(progressRow);

    auto* actions = new QHBoxLayout;
    m_previewAgain = button(tr("&Preview again"), "importPreview", tr("Preview the files again"), this);
    m_previewAgain->setToolTip(tr("Reads the files again, for example after registering or assigning a device."));
    m_import = button(tr("&Import"), "importRun", tr("Import the previewed files"), this);
    m_cancel = button(tr("&Cancel"), "importCancel", tr("Cancel the preview or the import"), this);
    m_cancel->setToolTip(tr("A cancelled file is not kept at all; it can be imported again."));
    actions->addWidget(m_previewAgain);
    actions->addStretch();
    actions->addWidget(m_import);
    actions->addWidget(m_cancel);
    contentLayout()->addLayout(actions);

    auto* removeAction = new QAction(tr("Remove from the list"), m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(removeAction);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    m_fitTimer = new QTimer(this);
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(100);

    connect(m_addFiles, &QPushButton::clicked, this, [this] { chooseFiles(false); });
    connect(m_addFolder, &QPushButton::clicked, this, [this] { chooseFiles(true); });
    connect(m_remove, &QPushButton::clicked, this, &ImportScreen::removeSelected);
    connect(m_mapDevices, &QPushButton::clicked, this, &ImportScreen::mapDevices);
    connect(removeAction, &QAction::triggered, this, &ImportScreen::removeSelected);
    connect(m_clearList, &QPushButton::clicked, this, &ImportScreen::clearList);
    connect(m_options, &ImportOptionsPanel::changed, this, &ImportScreen::optionsChanged);
    connect(m_previewTimer, &QTimer::timeout, this, &ImportScreen::startPreview);
    connect(m_fitTimer, &QTimer::timeout, this, &ImportScreen::fitTable);
    connect(m_previewAgain, &QPushButton::clicked, this, [this] { optionsChanged(); });
    connect(m_import, &QPushButton::clicked, this, &ImportScreen::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportScreen::cancelJob);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        showDetails();
        updateActions();
    });
    connect(m_queue, &ImportQueue::previewStarted, this, &ImportScreen::previewStarted);
    connect(m_queue, &ImportQueue::previewProgress, this, &ImportScreen::previewProgress);
    connect(m_queue, &ImportQueue::previewAnswered, this, &ImportScreen::previewAnswered);
    connect(m_queue, &ImportQueue::importStarted, this, &ImportScreen::importStarted);
    connect(m_queue, &ImportQueue::importWaiting, this, &ImportScreen::importWaiting);
    connect(m_queue, &ImportQueue::importProgress, this, &ImportScreen::importProgress);
    connect(m_queue, &ImportQueue::importAnswered, this, &ImportScreen::importAnswered);
    connect(m_queue, &ImportQueue::runProgress, this, &ImportScreen::showRunProgress);
    connect(m_queue, &ImportQueue::jobFinished, this, &ImportScreen::finishJob);

    QList<QWidget*> order {m_addFiles, m_addFolder, m_remove, m_clearList, m_mapDevices};
    order += m_options->fields();
    order += {m_table, m_details, m_previewAgain, m_import, m_cancel};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateActions();
    updateSummary();
    fitTable();
}

ImportScreen::~ImportScreen()
{
    // An import still running is cancelled and undone: nothing of an unfinished file is kept. The queue goes first,
    // while the screen is whole; what the children say as they go finds no queue.
    delete m_queue;
    m_queue = nullptr;
}

void ImportScreen::refresh()
{
    m_model->setShowPatients(m_context.may(Permission::ReadPatients));
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return workspace->devices().list(session); },
        [this](const Result<QList<Device>>& devices) {
            if (!devices) {
                showStatus(devices.errorMessage(), true);
                return;
            }
            if (m_options->setDevices(devices.value()))
                optionsChanged();
        });
}

void ImportScreen::clear()
{
    // Lock or logout: nothing about patients stays on screen. A running preview stops; a running import goes on
    // (the database stays open) and only its totals are shown.
    m_queue->forgetFiles();
    m_previewTimer->stop();
    m_previewPending = false;
    if (m_queue->running() == ImportQueue::Kind::Preview)
        m_queue->cancelAll();
    m_model->clear();
    m_details->clear();
    m_options->clear();
    showStatus(isImporting() ? tr("An import started earlier is still running.") : QString());
    updateSummary();
    updateActions();
}

QStringList ImportScreen::localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    const QList<QUrl> urls = mime->urls();
    for (const QUrl& url : urls)
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

void ImportScreen::dragEnterEvent(QDragEnterEvent* event)
{
    if (!isImporting() && m_context.may(Permission::ImportDumps) && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportScreen::dragMoveEvent(QDragMoveEvent* event)
{
    if (!isImporting() && !localPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ImportScreen::dropEvent(QDropEvent* event)
{
    const QStringList paths = localPaths(event->mimeData());
    if (isImporting() || paths.isEmpty())
        return;
    event->acceptProposedAction();
    addPaths(paths);
}

void ImportScreen::chooseFiles(bool folder)
{
    QStringList paths;
    if (m_chooser) {
        paths = m_chooser(folder);
    } else if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of files to import"));
        if (!dir.isEmpty())
            paths.append(dir);
    } else {
        paths = QFileDialog::getOpenFileNames(this, tr("Add files to import"), {},
                                              tr("Data files (*.json *.ndjson *.xml *.csv);;All files (*)"));
    }
    if (!paths.isEmpty())
        addPaths(paths);
}

void ImportScreen::addPaths(const QStringList& paths)
{
    if (isImporting())
        return;
    QStringList skipped;
    const QStringList files = Importer::expand(paths, &skipped);
    QSet<QString> listed;
    for (const ImportFileRow& row : m_model->rows())
        listed.insert(row.path);
    QList<ImportFileRow> rows;
    int already = 0;
    for (const QString& path : files) {
        if (listed.contains(path)) {
            ++already;
            continue;
        }
        ImportFileRow row;
        row.id = m_nextRowId++;
        row.path = path;
        rows.append(row);
    }
    m_model->append(rows);
    QStringList status;
    status.append(tr("%n file(s) added.", nullptr, static_cast<int>(rows.size())));
    if (already > 0)
        status.append(tr("%n file(s) already in the list.", nullptr, already));
    if (!skipped.isEmpty()) {
        QStringList names;
        for (const QString& s : std::as_const(skipped).mid(0, 5))
            names.append(QFileInfo(s).fileName());
        status.append(
            tr("%n file(s) left out that PulseDesk does not read: %1", nullptr, static_cast<int>(skipped.size()))
                .arg(names.join(QStringLiteral(", "))
                     + (skipped.size() > names.size() ? QStringLiteral(", …") : QString())));
    }
    showStatus(status.join(QLatin1Char(' ')));
    if (!rows.isEmpty() && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(m_model->indexOf(rows.first().id), 0));
    m_showRunResult = false;
    m_fitTimer->start();
    updateSummary();
    if (!rows.isEmpty())
        m_previewTimer->start();
}

void ImportScreen::removeSelected()
{
    if (isImporting())
        return;
    QList<qint64> ids;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& index : selected)
        ids.append(m_model->rows().at(index.row()).id);
    m_model->remove(ids);
    showDetails();
    updateSummary();
    updateActions();
}

void ImportScreen::clearList()
{
    if (isImporting())
        return;
    m_queue->forgetFiles();
    m_queue->cancelAll();
    m_previewPending = false;
    m_showRunResult = false;
    m_model->clear();
    m_details->clear();
    showStatus({});
    updateSummary();
}

QStringList ImportScreen::selectedSources() const
{
    QStringList sources;
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= m_model->rowCount())
        return sources;
    const ImportFileRow& row = m_model->rows().at(current.row());
    if (!row.preview)
        return sources;
    for (const ImportDeviceSummary& d : row.preview->devices)
        if (!d.source.isEmpty() && !sources.contains(d.source))
            sources.append(d.source);
    return sources;
}

void ImportScreen::mapDevices()
{
    const QStringList sources = selectedSources();
    if (sources.isEmpty() || isImporting())
        return;
    m_options->mapDevices(sources);
}

void ImportScreen::optionsChanged()
{
    if (isImporting())
        return;
    m_model->setZone(m_options->options().zone);
    m_options->keepDeviceChoice();
    m_showRunResult = false;
    // Every file not imported yet is previewed again with the new options; answers of a preview still running
    // were for the old ones.
    m_queue->forgetFiles();
    m_queue->cancelAll();
    bool any = false;
    const QList<ImportFileRow> rows = m_model->rows();
    for (ImportFileRow row : rows) {
        if (row.state == ImportFileRow::State::Complete)
            continue;
        row.state = ImportFileRow::State::Waiting;
        m_model->update(row);
        any = true;
    }
    updateSummary();
    if (any)
        m_previewTimer->start();
}

void ImportScreen::startPreview()
{
    if (m_queue->isBusy()) {
        // Once the job running now has ended.
        m_previewPending = true;
        return;
    }
    QList<std::pair<qint64, QString>> files;
    for (const ImportFileRow& row : m_model->rows())
        if (row.state == ImportFileRow::State::Waiting)
            files.append({row.id, row.path});
    if (files.isEmpty())
        return;
    // A hundred steps per file: the files previewed, and how far the current one has come.
    m_progress->setRange(0, static_cast<int>(files.size()) * 100);
    m_progress->setValue(0);
    m_rate->setText(tr("Previewing %n file(s)…", nullptr, static_cast<int>(files.size())));
    m_queue->preview(m_context.session, files, m_options->options());
    updateActions();
}

void ImportScreen::updateRow(qint64 rowId, const std::function<void(ImportFileRow&)>& change)
{
    if (const ImportFileRow* found = m_model->rowById(rowId)) {
        ImportFileRow row = *found;
        change(row);
        m_model->update(row);
    }
}

void ImportScreen::previewStarted(qint64 rowId)
{
    if (const ImportFileRow* found = m_model->rowById(rowId); found && found->state == ImportFileRow::State::Waiting)
        updateRow(rowId, [](ImportFileRow& row) {
            row.state = ImportFileRow::State::Previewing;
            row.percent = 0;
        });
}

void ImportScreen::previewProgress(qint64 rowId, int percent)
{
    if (const ImportFileRow* found = m_model->rowById(rowId);
        found && found->state == ImportFileRow::State::Previewing && found->percent != percent) {
        updateRow(rowId, [percent](ImportFileRow& row) { row.percent = percent; });
        m_progress->setValue(m_progress->value() / 100 * 100 + percent);
    }
}

void ImportScreen::previewAnswered(qint64 rowId, const Result<ImportPreview>& preview)
{
    m_progress->setValue((m_progress->value() / 100 + 1) * 100);
    if (!m_model->rowById(rowId))
        return;
    updateRow(rowId, [&preview](ImportFileRow& row) {
        row.outcome.reset();
        row.error.clear();
        if (!preview) {
            row.state = ImportFileRow::State::Failed;
            row.preview.reset();
            row.error = preview.errorMessage();
        } else if (preview->cancelled) {
            row.state = ImportFileRow::State::PreviewStopped;
            row.preview.reset();
        } else {
            row.state = ImportFileRow::State::Ready;
            row.preview = preview.value();
        }
    });
    m_fitTimer->start();
    updateSummary();
}

void ImportScreen::startImport()
{
    if (m_queue->isBusy())
        return;
    QList<std::pair<qint64, ImportPreview>> files;
    const QList<ImportFileRow> rows = m_model->rows();
    for (ImportFileRow row : rows) {
        const bool again = row.state == ImportFileRow::State::Ready || row.state == ImportFileRow::State::Cancelled
            || row.state == ImportFileRow::State::Failed;
        if (!again || !row.importable())
            continue;
        files.append({row.id, *row.preview});
        row.state = ImportFileRow::State::Queued;
        row.outcome.reset();
        row.error.clear();
        row.percent = 0;
        m_model->update(row);
    }
    if (files.isEmpty())
        return;
    updateSummary();
    m_showRunResult = true;
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_rate->setText(tr("Starting the import…"));
    showStatus({});
    // Imported samples go to the live analysis when it runs (alarms); otherwise the importer analyses them.
    SampleSink* sink = m_analysis && m_analysis->isRunning() ? m_analysis : nullptr;
    m_queue->import(m_context.session, files, m_options->options(), sink);
    updateActions();
}

void ImportScreen::importStarted(qint64 rowId)
{
    if (!m_model->rowById(rowId))
        return;
    updateRow(rowId, [](ImportFileRow& row) { row.state = ImportFileRow::State::Importing; });
    m_table->scrollTo(m_model->index(m_model->indexOf(rowId), 0));
}

void ImportScreen::showRunProgress(bool rate)
{
    const ImportQueue::Totals t = m_queue->totals();
    const qint64 done = t.doneBytes + t.currentBytes;
    if (t.totalBytes > 0)
        m_progress->setValue(static_cast<int>(std::min<qint64>(ProgressSteps, done * ProgressSteps / t.totalBytes)));
    if (!rate)
        return;
    const qint64 elapsed = std::max<qint64>(1, t.elapsedMs);
    const double perSecond = double(t.doneRecords + t.currentRecords) * 1000.0 / double(elapsed);
    QString text =
        tr("File %1 of %2 · %3 records/s").arg(t.fileIndex).arg(t.files).arg(DisplayFormat::count(qint64(perSecond)));
    if (done > 0 && elapsed >= 1000) {
        const qint64 leftS = (t.totalBytes - done) * elapsed / done / 1000;
        const QString left = leftS < 60 ? tr("%1 s").arg(leftS)
            : leftS < 3600              ? tr("%1 min %2 s").arg(leftS / 60).arg(leftS % 60)
                                        : tr("%1 h %2 min").arg(leftS / 3600).arg(leftS % 3600 / 60);
        text += tr(" · about %1 left").arg(left);
    }
    m_rate->setText(text);
    m_rate->setAccessibleDescription(text);
}

void ImportScreen::importProgress(qint64 rowId, int percent)
{
    if (const ImportFileRow* found = m_model->rowById(rowId);
        found && (found->percent != percent || found->waitingForOther))
        updateRow(rowId, [percent](ImportFileRow& row) {
            row.percent = percent;
            row.waitingForOther = false;
        });
}

void ImportScreen::importWaiting(qint64 rowId)
{
    updateRow(rowId, [](ImportFileRow& row) { row.waitingForOther = true; });
}

void ImportScreen::importAnswered(qint64 rowId, const Result<ImportOutcome>& outcome)
{
    updateRow(rowId, [&outcome](ImportFileRow& row) {
        row.state = ImportFileRow::State::Failed;
        row.error = outcome ? outcome->error : outcome.errorMessage();
        row.percent = 0;
        if (!outcome)
            return;
        row.outcome = outcome.value();
        if (outcome->state == ImportOutcome::State::Complete)
            row.state = ImportFileRow::State::Complete;
        else if (outcome->state == ImportOutcome::State::Cancelled)
            row.state = ImportFileRow::State::Cancelled;
    });
    updateSummary();
}

void ImportScreen::cancelJob()
{
    if (!m_queue->isBusy())
        return;
    m_queue->cancelAll();
    m_previewPending = false;
    m_previewTimer->stop();
    m_cancel->setEnabled(false);
    m_rate->setText(isImporting() ? tr("Cancelling; what this file stored so far is being removed…")
                                  : tr("Cancelling the preview…"));
}

void ImportScreen::finishJob(qint64, ImportQueue::Kind kind)
{
    if (kind == ImportQueue::Kind::Preview) {
        m_rate->clear();
        if (!m_previewPending) {
            // Stopped by the nurse: what was not reached is not previewed.
            const QList<ImportFileRow> rows = m_model->rows();
            for (ImportFileRow row : rows) {
                if (row.state != ImportFileRow::State::Waiting && row.state != ImportFileRow::State::Previewing)
                    continue;
                row.state = ImportFileRow::State::PreviewStopped;
                m_model->update(row);
            }
        }
    } else {
        const ImportQueue::Totals t = m_queue->totals();
        m_rate->setText(tr("Finished in %1 s.").arg(QLocale().toString(t.elapsedMs / 1000.0, 'f', 1)));
        QString text = tr("Import finished: %n file(s) complete", nullptr, t.complete)
            + tr(" (%1 new samples stored)").arg(DisplayFormat::count(t.stored));
        if (t.cancelled > 0)
            text +=
                tr("; %n file(s) cancelled, nothing of them kept; they can be imported again", nullptr, t.cancelled);
        if (t.failed > 0)
            text += tr("; %n file(s) failed (see Notes)", nullptr, t.failed);
        showStatus(text + QLatin1Char('.'), t.failed > 0);
        // Files added while the import ran are previewed now.
        for (const ImportFileRow& row : m_model->rows())
            m_previewPending = m_previewPending || row.state == ImportFileRow::State::Waiting;
    }
    updateSummary();
    updateActions();
    emit jobFinished();
    if (m_previewPending) {
        m_previewPending = false;
        startPreview();
    }
}

void ImportScreen::fitTable()
{
    // Columns as wide as their text, but none so wide that the list needs scrolling sideways for one long note.
    m_table->resizeColumnsToContents();
    QHeaderView* header = m_table->horizontalHeader();
    for (int c = 0; c < ImportFileModel::ColumnCount - 1; ++c)
        header->resizeSection(c, std::min(header->sectionSize(c), MaxColumnWidth));
    m_table->resizeRowsToContents();
}

void ImportScreen::updateActions()
{
    const bool busy = isBusy();
    const bool importing = isImporting();
    const bool hasRows = m_model->rowCount() > 0;
    bool canPreview = false;
    bool canImport = false;
    qint64 fresh = 0;
    for (const ImportFileRow& row : m_model->rows()) {
        canPreview = canPreview || row.state != ImportFileRow::State::Complete;
        const bool again = row.state == ImportFileRow::State::Ready || row.state == ImportFileRow::State::Cancelled
            || row.state == ImportFileRow::State::Failed;
        if (again && row.importable()) {
            canImport = true;
            fresh += row.preview->fresh;
        }
    }
    m_addFiles->setEnabled(!importing);
    m_addFolder->setEnabled(!importing);
    m_remove->setEnabled(!importing && m_table->selectionModel()->hasSelection());
    m_mapDevices->setEnabled(!importing && !selectedSources().isEmpty());
    m_clearList->setEnabled(!importing && hasRows);
    for (QWidget* field : m_options->fields())
        field->setEnabled(!importing);
    m_previewAgain->setEnabled(!busy && canPreview);
    m_import->setEnabled(!busy && canImport);
    m_import->setText(canImport && fresh > 0 ? tr("&Import %1 new samples").arg(DisplayFormat::count(fresh))
                                             : tr("&Import"));
    m_cancel->setEnabled(busy && !m_queue->isCancelling()); // busy: the queue is still there
    m_progress->setVisible(busy || (m_showRunResult && hasRows));
    m_rate->setVisible(m_progress->isVisibleTo(this));
    m_dropHint->setVisible(!hasRows);
}

void ImportScreen::updateSummary()
{
    if (m_model->rowCount() == 0)
        m_summary->clear();
    else
        m_summary->setText(ImportDetails::summary(m_model->rows()));
    m_summary->setAccessibleDescription(m_summary->text());
    updateActions();
}

void ImportScreen::showDetails()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0, 0);
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const ImportFileRow& row = m_model->rows().at(current.row());
    const QString text = ImportDetails::text(row, *m_model, m_context.may(Permission::ReadPatients));
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

} // namespace pulsedesk::ui
