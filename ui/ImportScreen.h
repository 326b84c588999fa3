#pragma once

#include "Screen.h"
#include "import/Importer.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QMimeData;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace pulsedesk {
class AnalysisService;
}

namespace pulsedesk::ui {

/// One file on the import screen: its preview, then how its import ended.
struct ImportFileRow
{
    enum class State
    {
        Waiting, ///< added or options changed; a preview follows
        Previewing,
        Ready, ///< previewed; see preview for what it holds
        PreviewStopped, ///< the preview was cancelled
        Queued, ///< to be imported in the running import
        Importing,
        Complete,
        Cancelled, ///< nothing of it was kept; it can be imported again
        Failed,
    };

    qint64 id = 0; ///< stable while the list changes
    QString path;
    State state = State::Waiting;
    std::optional<ImportPreview> preview;
    std::optional<ImportOutcome> outcome;
    QString error; ///< why the import failed or was not started
    int percent = 0; ///< while previewing or importing
    bool waitingForOther = false; ///< importing, but another import into the store runs first

    QString fileName() const;
    /// Previewed without error, with new samples to store (its rejected records then go to the quarantine).
    bool importable() const;
};

/// The files on the import screen, one row each. Rows change in place as previews and imports report, so the
/// selection and the details shown stay put.
class ImportFileModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        // What the nurse checks first comes first: the window may be too narrow for all of them.
        FileColumn,
        StatusColumn,
        PatientsColumn,
        NewColumn,
        DuplicatesColumn,
        RejectedColumn,
        DevicesColumn,
        TimeRangeColumn,
        FormatColumn,
        NotesColumn,
        ColumnCount,
    };

    explicit ImportFileModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const QList<ImportFileRow>& rows() const { return m_rows; }
    const ImportFileRow* rowById(qint64 id) const;
    int indexOf(qint64 id) const;
    void append(const QList<ImportFileRow>& rows);
    /// Replaces the row with the same id (nothing when it was removed meanwhile).
    void update(const ImportFileRow& row);
    void remove(const QList<qint64>& ids);
    void clear();

    /// Where the time range is shown; also the zone times without one are read in.
    void setZone(const QTimeZone& zone);
    QTimeZone zone() const { return m_zone; }
    /// Patient names and MRNs only for roles that may read patients.
    void setShowPatients(bool show);

    /// Text for people (also used by the details area).
    static QString stateText(const ImportFileRow& row);
    QString devicesText(const ImportFileRow& row) const;
    QString patientsText(const ImportFileRow& row) const;
    QString timeRangeText(qint64 firstMs, qint64 lastMs) const;
    QString notesText(const ImportFileRow& row) const;

private:
    QList<ImportFileRow> m_rows;
    QTimeZone m_zone;
    bool m_showPatients = true;
};

/// The nurse's import of offline data (nurse, admin): files or folders are added with the buttons or dropped on
/// the window; each is previewed off the GUI thread (format, devices, the patients they were assigned to at the
/// samples' times, time range, new, duplicate and rejected records). Import runs the previewed files off the GUI
/// thread with progress, rate, time left and cancel; every file is kept whole or not at all.
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
    bool isBusy() const { return m_thread != nullptr; }
    bool isImporting() const { return isBusy() && m_job == Job::Import; }

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
    enum class Job
    {
        None,
        Preview,
        Import,
    };

    void chooseFiles(bool folder);
    void removeSelected();
    /// Lets the nurse choose a registered device for each device the selected file names.
    void mapDevices();
    QStringList selectedSources() const;
    void clearList();
    void optionsChanged();
    void schedulePreview();
    void startPreview();
    void startImport();
    void cancelJob();
    void startThread(Job job, std::function<void()> work);
    void finishJob();
    // Answers from the worker thread, queued to this one. `job` tells answers given before a lock apart.
    void previewStarted(qint64 job, qint64 rowId);
    void previewProgress(qint64 job, qint64 rowId, int percent);
    void previewAnswered(qint64 job, qint64 rowId, const Result<ImportPreview>& preview);
    void importStarted(qint64 job, qint64 rowId, int index);
    /// Another import into the store (another workstation or the CLI) runs; this one waits for it.
    void importWaiting(qint64 job, qint64 rowId);
    void showProgress(qint64 job, qint64 rowId, qint64 bytes, qint64 size, qint64 records);
    void importAnswered(qint64 job, qint64 rowId, const Result<ImportOutcome>& outcome, qint64 bytes, qint64 records);
    void fitTable();
    void updateActions();
    void updateSummary();
    void showDetails();
    ImportOptions options() const;

    AnalysisService* m_analysis = nullptr;
    ImportFileModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_dropHint = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_addFiles = nullptr;
    QPushButton* m_addFolder = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_mapDevices = nullptr;
    QHash<QString, QString> m_deviceMap; ///< a device as files name it → the registered device the nurse chose
    QPushButton* m_clearList = nullptr;
    QComboBox* m_zone = nullptr;
    QComboBox* m_device = nullptr;
    QComboBox* m_format = nullptr;
    QPushButton* m_previewAgain = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rate = nullptr;
    QTimer* m_previewTimer = nullptr;
    QTimer* m_fitTimer = nullptr;
    FileChooser m_chooser;

    QThread* m_thread = nullptr;
    Job m_job = Job::None;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    qint64 m_jobId = 0; ///< answers from an earlier job (before a lock) only update the totals
    bool m_previewPending = false;
    bool m_showRunResult = false; ///< the progress bar stays after an import, until the list changes
    qint64 m_nextRowId = 1;
    QString m_lastDevice; ///< kept across device list reloads

    // The running import, for the progress bar, the rate and the time left.
    QElapsedTimer m_runClock;
    qint64 m_runTotalBytes = 0;
    qint64 m_runDoneBytes = 0; ///< of files already finished
    qint64 m_runDoneRecords = 0;
    int m_runFiles = 0;
    int m_runFileIndex = 0;
    qint64 m_runStored = 0;
    int m_runComplete = 0;
    int m_runCancelled = 0;
    int m_runFailed = 0;
};

} // namespace pulsedesk::ui
