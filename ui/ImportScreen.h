#pragma once

#include "ImportFileModel.h"
#include "Screen.h"
#include "import/ImportQueue.h"

#include <functional>

class QLabel;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace pulsedesk {
class AnalysisService;
}

namespace pulsedesk::ui {

class ImportOptionsPanel;

/// The nurse's import of offline data (nurse, admin): files or folders are added with the buttons or dropped on
/// the window; each is previewed off the GUI thread (format, devices, the patients they were assigned to at the
/// samples' times, time range, new, duplicate and rejected records). Import runs the previewed files off the GUI
/// thread with progress, rate, time left and cancel; every file is kept whole or not at all. The jobs run in an
/// ImportQueue; the screen lays them out and binds them.
class ImportScreen : public Screen
{
    Q_OBJECT

public:
    /// `analysis` (optional) receives the imported samples when it is running; otherwise the importer analyses
    /// them itself.
    ImportScreen(UiContext& context, AnalysisService* analysis, QWidget* parent = nullptr);
    ~ImportScreen() override;

    void refresh() override;
    void clear() override;

    /// Adds files, and the data files in folders, and previews them.
    void addPaths(const QStringList& paths);
    /// Local files and folders in a drag, if any (for drops on the window).
    static QStringList localPaths(const QMimeData* mime);

    ImportFileModel* model() const { return m_model; }
    /// A preview or an import is running.
    bool isBusy() const { return m_queue && m_queue->isBusy(); }
    bool isImporting() const { return m_queue && m_queue->running() == ImportQueue::Kind::Import; }

    /// Asks for files (folder = false) or a folder; by default a file dialog. Tests replace it.
    using FileChooser = std::function<QStringList(bool folder)>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

signals:
    /// A preview or import run ended and its results are shown.
    void jobFinished();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles(bool folder);
    void removeSelected();
    /// Lets the nurse choose a registered device for each device the selected file names.
    void mapDevices();
    QStringList selectedSources() const;
    void clearList();
    void optionsChanged();
    void startPreview();
    void startImport();
    void cancelJob();
    void finishJob(qint64 job, ImportQueue::Kind kind);
    // The queue's answers about the files on the list.
    void previewStarted(qint64 rowId);
    void previewProgress(qint64 rowId, int percent);
    void previewAnswered(qint64 rowId, const Result<ImportPreview>& preview);
    void importStarted(qint64 rowId);
    /// Another import into the store (another workstation or the CLI) runs; this one waits for it.
    void importWaiting(qint64 rowId);
    void importProgress(qint64 rowId, int percent);
    void importAnswered(qint64 rowId, const Result<ImportOutcome>& outcome);
    /// The progress bar, and with `rate` the rate and the time left, from the queue's totals.
    void showRunProgress(bool rate);
    /// Changes the row in place (nothing when it was removed meanwhile).
    void updateRow(qint64 rowId, const std::function<void(ImportFileRow&)>& change);
    void fitTable();
    void updateActions();
    void updateSummary();
    void showDetails();

    AnalysisService* m_analysis = nullptr;
    ImportQueue* m_queue = nullptr;
    ImportFileModel* m_model = nullptr;
    ImportOptionsPanel* m_options = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_dropHint = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_addFolder = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_mapDevices = nullptr;
    QPushButton* m_clearList = nullptr;
    QPushButton* m_previewAgain = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rate = nullptr;
    QTimer* m_previewTimer = nullptr;
    QTimer* m_fitTimer = nullptr;
    FileChooser m_chooser;

    bool m_previewPending = false; ///< files wait for a preview until the running job has ended
    bool m_showRunResult = false; ///< the progress bar stays after an import, until the list changes
    qint64 m_nextRowId = 1;
};

} // namespace pulsedesk::ui
