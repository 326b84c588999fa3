#include "ImportScreen.h"

#include "FormDialog.h"
#include "common/DisplayText.h"
#include "monitoring/AnalysisService.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace pulsedesk::ui {

namespace {

constexpr int ProgressSteps = 1000;
constexpr int ProgressIntervalMs = 100; ///< at most this often from the worker to the GUI
constexpr int PreviewDelayMs = 250; ///< options typed or picked in a row are previewed once
constexpr int ListedRejections = 20;
constexpr int MaxColumnWidth = 300;

/// False when the file could not be read far enough to know its format (the format shown would be a guess).
bool formatKnown(const ImportPreview& p)
{
    return p.error.isEmpty() || !p.formatDetected || p.records > 0 || p.rejected > 0;
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

// ---- ImportFileRow ------------------------------------------------------------------------------------------

QString ImportFileRow::fileName() const
{
    return QFileInfo(path).fileName();
}

bool ImportFileRow::importable() const
{
    // A file with nothing but rejected records (often: its device is not registered) would only fill the
    // quarantine; the nurse chooses the device first.
    return preview && preview->error.isEmpty() && !preview->cancelled && preview->fresh > 0;
}

// ---- ImportFileModel ----------------------------------------------------------------------------------------

ImportFileModel::ImportFileModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_zone(QTimeZone::systemTimeZone())
{ }

int ImportFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImportFileModel::stateText(const ImportFileRow& row)
{
    switch (row.state) {
    case ImportFileRow::State::Waiting:
        return tr("Waiting for preview");
    case ImportFileRow::State::Previewing:
        return row.percent > 0 ? tr("Previewing… %1%").arg(row.percent) : tr("Previewing…");
    case ImportFileRow::State::Ready:
        if (!row.preview || !row.preview->error.isEmpty())
            return tr("Cannot be imported");
        if (row.importable())
            return tr("Ready to import");
        return row.preview->duplicates > 0 ? tr("Nothing new") : tr("Nothing usable");
    case ImportFileRow::State::PreviewStopped:
        return tr("Preview cancelled");
    case ImportFileRow::State::Queued:
        return tr("Queued");
    case ImportFileRow::State::Importing:
        return row.waitingForOther ? tr("Waiting for another import to end") : tr("Importing… %1%").arg(row.percent);
    case ImportFileRow::State::Complete:
        return tr("Imported");
    case ImportFileRow::State::Cancelled:
        return tr("Cancelled, nothing kept");
    case ImportFileRow::State::Failed:
        return tr("Failed");
    }
    return {};
}

QString ImportFileModel::devicesText(const ImportFileRow& row) const
{
    if (!row.preview)
        return {};
    QStringList lines;
    for (const ImportDeviceSummary& d : row.preview->devices) {
        const QString source = d.source.isEmpty() ? tr("(none named)") : d.source;
        if (d.device.isEmpty())
            lines.append(tr("%1: not registered").arg(source));
        else if (d.source == d.device)
            lines.append(d.device);
        else if (d.chosen)
            lines.append(tr("%1 → %2 (chosen)").arg(source, d.device));
        else
            lines.append(tr("%1 → %2").arg(source, d.device));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ImportFileModel::patientsText(const ImportFileRow& row) const
{
    if (!row.preview)
        return {};
    QStringList lines;
    qint64 unassigned = 0;
    qint64 assigned = 0;
    for (const ImportDeviceSummary& d : row.preview->devices) {
        unassigned += d.unassigned;
        for (const ImportPatientSpan& p : d.patients) {
            assigned += p.samples;
            if (m_showPatients)
                lines.append(tr("%1 · bed %2 · %3 (%4)").arg(p.mrn, p.bed, p.name, number(p.samples)));
        }
    }
    // Roles that may not read patients (the administrator) learn only that the samples belong to someone.
    if (!m_showPatients && assigned > 0)
        lines.append(tr("%1 samples of admitted patients").arg(number(assigned)));
    if (unassigned > 0)
        lines.append(tr("no patient: %1 samples").arg(number(unassigned)));
    return lines.join(QLatin1Char('\n'));
}

QString ImportFileModel::timeRangeText(qint64 firstMs, qint64 lastMs) const
{
    if (firstMs == 0 && lastMs == 0)
        return {};
    const QLocale locale;
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(firstMs, m_zone);
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(lastMs, m_zone);
    const QString time = QStringLiteral("HH:mm:ss");
    const QString from = locale.toString(first.date(), QLocale::ShortFormat) + QLatin1Char(' ') + first.toString(time);
    const QString to = first.date() == last.date()
        ? last.toString(time)
        : locale.toString(last.date(), QLocale::ShortFormat) + QLatin1Char(' ') + last.toString(time);
    return tr("%1 – %2").arg(from, to);
}

QString ImportFileModel::notesText(const ImportFileRow& row) const
{
    QStringList parts;
    if (!row.error.isEmpty())
        parts.append(row.error);
    if (row.preview) {
        if (!row.preview->error.isEmpty())
            parts.append(row.preview->error);
        parts += row.preview->notes;
        if (!row.preview->previousImport.isEmpty())
            parts.append(tr("this file was imported before: %1").arg(row.preview->previousImport));
        for (auto it = row.preview->skipped.cbegin(); it != row.preview->skipped.cend(); ++it)
            parts.append(tr("not kept: %1 × %2").arg(number(it.value()), it.key()));
    }
    return parts.join(QStringLiteral("; "));
}

QVariant ImportFileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportFileRow& row = m_rows.at(index.row());
    const std::optional<ImportPreview>& p = row.preview;
    const bool done = row.state == ImportFileRow::State::Complete && row.outcome;
    const bool counted = p && p->error.isEmpty(); // a file that cannot be read has no counts
    const auto text = [&]() -> QString {
        switch (index.column()) {
        case FileColumn:
            return row.fileName();
        case FormatColumn:
            if (!p || !formatKnown(*p))
                return {};
            return p->formatDetected ? ImportFormats::describe(p->format)
                                     : tr("%1 (chosen)").arg(ImportFormats::describe(p->format));
        case DevicesColumn:
            return devicesText(row);
        case PatientsColumn:
            return patientsText(row);
        case TimeRangeColumn:
            return p ? timeRangeText(p->firstMs, p->lastMs) : QString();
        case NewColumn:
            return done ? number(row.outcome->stored) : counted ? number(p->fresh) : QString();
        case DuplicatesColumn:
            return done ? number(row.outcome->duplicates) : counted ? number(p->duplicates) : QString();
        case RejectedColumn:
            return done ? number(row.outcome->rejected) : counted ? number(p->rejected) : QString();
        case StatusColumn:
            return stateText(row);
        case NotesColumn:
            return notesText(row);
        default:
            return {};
        }
    };
    // File names, device names and notes come from the file: escaped line by line (see DisplayText).
    const auto shown = [](const QString& value) { return DisplayText::escapedLines(value); };
    switch (role) {
    case Qt::DisplayRole:
        return shown(text());
    case Qt::ToolTipRole:
        return shown(index.column() == FileColumn ? row.path : text());
    case Qt::TextAlignmentRole:
        if (index.column() == NewColumn || index.column() == DuplicatesColumn || index.column() == RejectedColumn)
            return int(Qt::AlignRight | Qt::AlignTop);
        return int(Qt::AlignLeft | Qt::AlignTop);
    case Qt::DecorationRole: {
        if (index.column() != StatusColumn)
            return {};
        // The state is always said in words too; the icon only helps to scan the list.
        const QStyle* style = QApplication::style();
        switch (row.state) {
        case ImportFileRow::State::Ready:
            return style->standardIcon(row.importable()                ? QStyle::SP_ArrowForward
                                           : !p || !p->error.isEmpty() ? QStyle::SP_MessageBoxCritical
                                                                       : QStyle::SP_MessageBoxInformation);
        case ImportFileRow::State::Complete:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case ImportFileRow::State::Cancelled:
        case ImportFileRow::State::PreviewStopped:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case ImportFileRow::State::Failed:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        default:
            return style->standardIcon(QStyle::SP_BrowserReload);
        }
    }
    default:
        return {};
    }
}

QVariant ImportFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        switch (section) {
        case PatientsColumn:
            return tr("Who wore the device when the samples were taken (from the assignment history)");
        case DuplicatesColumn:
            return tr("Samples already stored for the device at that time, or repeated in the file; skipped");
        case RejectedColumn:
            return tr("Records that cannot be used; they go to the quarantine with their reason");
        default:
            return {};
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case FormatColumn:
        return tr("Format");
    case DevicesColumn:
        return tr("Devices");
    case PatientsColumn:
        return tr("Patients");
    case TimeRangeColumn:
        return tr("Time range (%1)").arg(QString::fromUtf8(m_zone.id()));
    case NewColumn:
        return tr("New");
    case DuplicatesColumn:
        return tr("Already stored");
    case RejectedColumn:
        return tr("Rejected");
    case StatusColumn:
        return tr("Status");
    case NotesColumn:
        return tr("Notes");
    default:
        return {};
    }
}

const ImportFileRow* ImportFileModel::rowById(qint64 id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_rows.at(i);
}

int ImportFileModel::indexOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

void ImportFileModel::append(const QList<ImportFileRow>& rows)
{
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

void ImportFileModel::update(const ImportFileRow& row)
{
    const int i = indexOf(row.id);
    if (i < 0)
        return;
    m_rows[i] = row;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void ImportFileModel::remove(const QList<qint64>& ids)
{
    for (const qint64 id : ids) {
        const int i = indexOf(id);
        if (i < 0)
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
}

void ImportFileModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void ImportFileModel::setZone(const QTimeZone& zone)
{
    if (zone == m_zone)
        return;
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, TimeRangeColumn, TimeRangeColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeRangeColumn), index(rowCount() - 1, TimeRangeColumn));
}

void ImportFileModel::setShowPatients(bool show)
{
    if (show == m_showPatients)
        return;
    m_showPatients = show;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PatientsColumn), index(rowCount() - 1, PatientsColumn));
}

// ---- ImportScreen -------------------------------------------------------------------------------------------

ImportScreen::ImportScreen(UiContext& context, AnalysisService* analysis, QWidget* parent)
    : Screen(context, tr("Import"), parent)
    , m_analysis(analysis)
{
    setObjectName(QStringLiteral("importScreen"));
    setAcceptDrops(true);
    m_model = new ImportFileModel(this);

    // Files.
    auto* files = new QHBoxLayout;
    m_addFiles = new QPushButton(tr("Add &files…"), this);
    m_addFiles->setObjectName(QStringLiteral("importAddFiles"));
    m_addFiles->setAccessibleName(tr("Add files"));
    m_addFolder = new QPushButton(tr("&Add folder…"), this);
    m_addFolder->setObjectName(QStringLiteral("importAddFolder"));
    m_addFolder->setAccessibleName(tr("Add folder"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("importRemove"));
    m_remove->setAccessibleName(tr("Remove the selected files from the list"));
    m_clearList = new QPushButton(tr("Clear &list"), this);
    m_clearList->setObjectName(QStringLiteral("importClearList"));
    m_clearList->setAccessibleName(tr("Clear the list of files"));
    m_mapDevices = new QPushButton(tr("Map de&vices…"), this);
    m_mapDevices->setObjectName(QStringLiteral("importMapDevices"));
    m_mapDevices->setAccessibleName(tr("Choose the registered device for each device the selected file names"));
    m_mapDevices->setToolTip(m_mapDevices->accessibleName());
    files->addWidget(m_addFiles);
    files->addWidget(m_addFolder);
    files->addWidget(m_remove);
    files->addWidget(m_clearList);
    files->addStretch();
    files->addWidget(m_mapDevices);
    contentLayout()->addLayout(files);

    // Options: each one changes what the preview finds, so a change previews again.
    auto* optionsBox = new QGroupBox(tr("How to read the files"), this);
    auto* form = new QFormLayout(optionsBox);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_zone = new QComboBox(optionsBox);
    m_zone->setObjectName(QStringLiteral("importZone"));
    m_zone->setAccessibleName(tr("Time zone for times without a zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    m_zone->setMaxVisibleItems(20);
    const QByteArray systemZone = QTimeZone::systemTimeZoneId();
    QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    if (!zones.contains(systemZone))
        zones.prepend(systemZone);
    for (const QByteArray& id : std::as_const(zones))
        m_zone->addItem(QString::fromUtf8(id), id);
    m_zone->setCurrentIndex(m_zone->findData(systemZone));
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->setToolTip(tr("Type part of a name, such as Rome or New_York, to find a zone. The workstation's zone is "
                          "%1.")
                           .arg(QString::fromUtf8(systemZone)));
    m_zone->setMinimumContentsLength(22);
    auto* zoneLabel = new QLabel(tr("Times without a &zone are in:"), optionsBox);
    zoneLabel->setBuddy(m_zone);
    form->addRow(zoneLabel, m_zone);

    m_device = new QComboBox(optionsBox);
    m_device->setObjectName(QStringLiteral("importDevice"));
    m_device->setAccessibleName(tr("Device for files that name none"));
    m_device->setToolTip(tr("Records whose file names no device, or a device that is not registered, are "
                            "stored for this device."));
    m_device->setMinimumContentsLength(22);
    m_device->addItem(tr("(none)"), QString());
    auto* deviceLabel = new QLabel(tr("&Device for files that name none:"), optionsBox);
    deviceLabel->setBuddy(m_device);
    form->addRow(deviceLabel, m_device);

    m_format = new QComboBox(optionsBox);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setAccessibleName(tr("File format"));
    m_format->addItem(tr("Detect automatically"), QString());
    for (const ImportFormat format : ImportFormats::all())
        m_format->addItem(ImportFormats::describe(format), ImportFormats::key(format));
    auto* formatLabel = new QLabel(tr("For&mat:"), optionsBox);
    formatLabel->setBuddy(m_format);
    form->addRow(formatLabel, m_format);
    contentLayout()->addWidget(optionsBox);

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
    m_previewAgain = new QPushButton(tr("&Preview again"), this);
    m_previewAgain->setObjectName(QStringLiteral("importPreview"));
    m_previewAgain->setAccessibleName(tr("Preview the files again"));
    m_previewAgain->setToolTip(tr("Reads the files again, for example after registering or assigning a device."));
    m_import = new QPushButton(tr("&Import"), this);
    m_import->setObjectName(QStringLiteral("importRun"));
    m_import->setAccessibleName(tr("Import the previewed files"));
    m_cancel = new QPushButton(tr("&Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("importCancel"));
    m_cancel->setAccessibleName(tr("Cancel the preview or the import"));
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
    connect(m_zone, &QComboBox::currentIndexChanged, this, &ImportScreen::optionsChanged);
    connect(m_zone->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        // Only known zones: typed text that names none goes back to the chosen zone.
        if (m_zone->findText(m_zone->currentText()) < 0)
            m_zone->setEditText(m_zone->itemText(m_zone->currentIndex()));
    });
    connect(m_device, &QComboBox::currentIndexChanged, this, &ImportScreen::optionsChanged);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportScreen::optionsChanged);
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

    const QList<QWidget*> order {m_addFiles, m_addFolder, m_remove,  m_clearList,    m_mapDevices, m_zone,  m_device,
                                 m_format,   m_table,     m_details, m_previewAgain, m_import,     m_cancel};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateActions();
    updateSummary();
    fitTable();
}

ImportScreen::~ImportScreen()
{
    // An import still running is cancelled and undone: nothing of an unfinished file is kept.
    if (m_thread) {
        m_cancelFlag->store(true);
        m_thread->wait();
        delete m_thread;
    }
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
            const QString chosen = m_lastDevice;
            {
                const QSignalBlocker blocker(m_device);
                m_device->clear();
                m_device->addItem(tr("(none)"), QString());
                QList<Device> list = devices.value();
                // sim-2 before sim-10, as people count.
                QCollator collator;
                collator.setNumericMode(true);
                std::sort(list.begin(), list.end(), [&collator](const Device& a, const Device& b) {
                    return collator.compare(a.deviceId, b.deviceId) < 0;
                });
                for (const Device& d : std::as_const(list)) {
                    const QString text =
                        d.assignedBed.isEmpty() ? d.deviceId : tr("%1 (bed %2)").arg(d.deviceId, d.assignedBed);
                    m_device->addItem(text, d.deviceId);
                }
                m_device->setCurrentIndex(std::max(0, m_device->findData(chosen)));
            }
            if (m_device->currentData().toString() != chosen)
                optionsChanged();
        });
}

void ImportScreen::clear()
{
    // Lock or logout: nothing about patients stays on screen. A running preview stops; a running import goes on
    // (the database stays open) and only its totals are shown.
    ++m_jobId;
    m_previewTimer->stop();
    m_previewPending = false;
    if (m_thread && m_job == Job::Preview)
        m_cancelFlag->store(true);
    m_model->clear();
    m_details->clear();
    m_deviceMap.clear();
    {
        const QSignalBlocker blocker(m_device);
        m_device->clear();
        m_device->addItem(tr("(none)"), QString());
    }
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
        schedulePreview();
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
    ++m_jobId;
    if (m_thread)
        m_cancelFlag->store(true);
    m_previewPending = false;
    m_showRunResult = false;
    m_model->clear();
    m_details->clear();
    showStatus({});
    updateSummary();
}

ImportOptions ImportScreen::options() const
{
    ImportOptions options;
    const QTimeZone zone(m_zone->currentData().toByteArray());
    options.zone = zone.isValid() ? zone : QTimeZone::systemTimeZone();
    if (const QString key = m_format->currentData().toString(); !key.isEmpty())
        options.format = ImportFormats::fromKey(key);
    options.defaultDevice = m_device->currentData().toString();
    options.deviceMap = m_deviceMap;
    return options;
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
    // The registered devices, as the default-device choice lists them.
    QStringList texts {tr("(as the file names it)")};
    QStringList values {QString()};
    for (int i = 1; i < m_device->count(); ++i) {
        texts.append(m_device->itemText(i));
        values.append(m_device->itemData(i).toString());
    }
    auto* dialog = new FormDialog(tr("Map devices"), this);
    dialog->setObjectName(QStringLiteral("mapDevicesDialog"));
    dialog->setIntro(tr("Choose the registered device whose patient the samples belong to, for each device the "
                        "file names. The choice holds for every file in the list until you change it."));
    constexpr qsizetype MaxSources = 30;
    for (qsizetype i = 0; i < sources.size() && i < MaxSources; ++i) {
        const QString name = QStringLiteral("source%1").arg(i);
        dialog->addChoice(name, sources.at(i) + QLatin1Char(':'), texts, values);
        dialog->setValue(name, m_deviceMap.value(sources.at(i)));
    }
    connect(dialog, &FormDialog::submitted, this, [this, dialog, sources] {
        for (qsizetype i = 0; i < sources.size() && i < MaxSources; ++i) {
            const QString device = dialog->choice(QStringLiteral("source%1").arg(i));
            if (device.isEmpty())
                m_deviceMap.remove(sources.at(i));
            else
                m_deviceMap.insert(sources.at(i), device);
        }
        dialog->accept();
        optionsChanged();
    });
    dialog->open();
}

void ImportScreen::optionsChanged()
{
    if (isImporting())
        return;
    m_model->setZone(options().zone);
    m_lastDevice = m_device->currentData().toString();
    m_showRunResult = false;
    // Every file not imported yet is previewed again with the new options; answers of a preview still running
    // were for the old ones.
    ++m_jobId;
    if (m_thread)
        m_cancelFlag->store(true);
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
        schedulePreview();
}

void ImportScreen::schedulePreview()
{
    m_previewTimer->start();
}

void ImportScreen::startPreview()
{
    if (m_thread) {
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
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const ImportOptions opts = options();
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancel;
    const qint64 job = m_jobId;
    // A hundred steps per file: the files previewed, and how far the current one has come.
    m_progress->setRange(0, static_cast<int>(files.size()) * 100);
    m_progress->setValue(0);
    m_rate->setText(tr("Previewing %n file(s)…", nullptr, static_cast<int>(files.size())));
    startThread(Job::Preview, [this, workspace, session, opts, files, cancel, job] {
        Importer importer(*workspace, workspace->clock());
        for (const auto& [id, path] : files) {
            if (cancel->load())
                break;
            QMetaObject::invokeMethod(
                this, [this, job, id = id] { previewStarted(job, id); }, Qt::QueuedConnection);
            // A large dump takes a while to preview: how far it has been read, at most every 100 ms.
            QElapsedTimer throttle;
            throttle.start();
            const Importer::Progress progress = [&, id = id](qint64 bytes, qint64 size, qint64) {
                if (throttle.elapsed() < ProgressIntervalMs || size <= 0)
                    return;
                throttle.restart();
                const int percent = static_cast<int>(std::min<qint64>(99, bytes * 100 / size));
                QMetaObject::invokeMethod(
                    this, [this, job, id, percent] { previewProgress(job, id, percent); }, Qt::QueuedConnection);
            };
            Result<ImportPreview> preview = importer.preview(session, path, opts, cancel.get(), progress);
            QMetaObject::invokeMethod(
                this, [this, job, id = id, preview = std::move(preview)] { previewAnswered(job, id, preview); },
                Qt::QueuedConnection);
        }
    });
}

void ImportScreen::previewStarted(qint64 job, qint64 rowId)
{
    if (job != m_jobId)
        return;
    if (const ImportFileRow* found = m_model->rowById(rowId); found && found->state == ImportFileRow::State::Waiting) {
        ImportFileRow row = *found;
        row.state = ImportFileRow::State::Previewing;
        row.percent = 0;
        m_model->update(row);
    }
}

void ImportScreen::previewProgress(qint64 job, qint64 rowId, int percent)
{
    if (job != m_jobId)
        return;
    if (const ImportFileRow* found = m_model->rowById(rowId);
        found && found->state == ImportFileRow::State::Previewing && found->percent != percent) {
        ImportFileRow row = *found;
        row.percent = percent;
        m_model->update(row);
        m_progress->setValue(m_progress->value() / 100 * 100 + percent);
    }
}

void ImportScreen::previewAnswered(qint64 job, qint64 rowId, const Result<ImportPreview>& preview)
{
    if (job != m_jobId)
        return;
    m_progress->setValue((m_progress->value() / 100 + 1) * 100);
    const ImportFileRow* found = m_model->rowById(rowId);
    if (!found)
        return;
    ImportFileRow row = *found;
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
    m_model->update(row);
    m_fitTimer->start();
    updateSummary();
}

void ImportScreen::startImport()
{
    if (m_thread)
        return;
    QList<ImportPreview> previews;
    QList<qint64> ids;
    const QList<ImportFileRow> rows = m_model->rows();
    for (ImportFileRow row : rows) {
        const bool again = row.state == ImportFileRow::State::Ready || row.state == ImportFileRow::State::Cancelled
            || row.state == ImportFileRow::State::Failed;
        if (!again || !row.importable())
            continue;
        ids.append(row.id);
        previews.append(*row.preview);
        row.state = ImportFileRow::State::Queued;
        row.outcome.reset();
        row.error.clear();
        row.percent = 0;
        m_model->update(row);
    }
    if (previews.isEmpty())
        return;
    updateSummary();
    m_runTotalBytes = 0;
    for (const ImportPreview& p : std::as_const(previews))
        m_runTotalBytes += p.bytes;
    m_runDoneBytes = 0;
    m_runDoneRecords = 0;
    m_runFiles = static_cast<int>(previews.size());
    m_runFileIndex = 0;
    m_runStored = 0;
    m_runComplete = 0;
    m_runCancelled = 0;
    m_runFailed = 0;
    m_runClock.start();
    m_showRunResult = true;
    m_progress->setRange(0, ProgressSteps);
    m_progress->setValue(0);
    m_rate->setText(tr("Starting the import…"));
    showStatus({});

    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    const ImportOptions opts = options();
    // Imported samples go to the live analysis when it runs (alarms); otherwise the importer analyses them.
    SampleSink* sink = m_analysis && m_analysis->isRunning() ? m_analysis : nullptr;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancelFlag = cancel;
    const qint64 job = m_jobId;
    startThread(Job::Import, [this, workspace, session, opts, previews, ids, sink, cancel, job] {
        Importer importer(*workspace, workspace->clock());
        for (int i = 0; i < previews.size(); ++i) {
            const ImportPreview& preview = previews.at(i);
            const qint64 id = ids.at(i);
            if (cancel->load()) {
                ImportOutcome notStarted;
                notStarted.fileName = preview.fileName;
                notStarted.state = ImportOutcome::State::Cancelled;
                notStarted.error = tr("cancelled before it started; nothing of this file was kept");
                QMetaObject::invokeMethod(
                    this,
                    [this, job, id, notStarted, bytes = preview.bytes] {
                        importAnswered(job, id, notStarted, bytes, 0);
                    },
                    Qt::QueuedConnection);
                continue;
            }
            QMetaObject::invokeMethod(
                this, [this, job, id, index = i + 1] { importStarted(job, id, index); }, Qt::QueuedConnection);
            QElapsedTimer throttle;
            throttle.start();
            qint64 records = 0;
            // Readers read the file in large blocks: the records read, against those the preview counted, tell
            // how far the import is more finely than the position in the file.
            const qint64 expected = preview.records + preview.rejected;
            const Importer::Progress progress = [&](qint64 bytes, qint64 size, qint64 read) {
                records = read;
                if (throttle.elapsed() < ProgressIntervalMs)
                    return;
                throttle.restart();
                const qint64 done = expected > 0 ? std::min(size, size * read / expected) : bytes;
                QMetaObject::invokeMethod(
                    this, [this, job, id, done, size, read] { showProgress(job, id, done, size, read); },
                    Qt::QueuedConnection);
            };
            importer.setWaitingHandler([this, job, id] {
                QMetaObject::invokeMethod(
                    this, [this, job, id] { importWaiting(job, id); }, Qt::QueuedConnection);
            });
            Result<ImportOutcome> outcome = importer.run(session, preview, opts, cancel.get(), progress, sink);
            QMetaObject::invokeMethod(
                this,
                [this, job, id, outcome = std::move(outcome), bytes = preview.bytes, records] {
                    importAnswered(job, id, outcome, bytes, records);
                },
                Qt::QueuedConnection);
        }
    });
}

void ImportScreen::importStarted(qint64 job, qint64 rowId, int index)
{
    m_runFileIndex = index;
    if (job != m_jobId)
        return;
    if (const ImportFileRow* found = m_model->rowById(rowId)) {
        ImportFileRow row = *found;
        row.state = ImportFileRow::State::Importing;
        m_model->update(row);
        m_table->scrollTo(m_model->index(m_model->indexOf(rowId), 0));
    }
}

void ImportScreen::showProgress(qint64 job, qint64 rowId, qint64 bytes, qint64 size, qint64 records)
{
    const qint64 done = m_runDoneBytes + bytes;
    if (m_runTotalBytes > 0)
        m_progress->setValue(static_cast<int>(std::min<qint64>(ProgressSteps, done * ProgressSteps / m_runTotalBytes)));
    const qint64 elapsed = std::max<qint64>(1, m_runClock.elapsed());
    const double rate = double(m_runDoneRecords + records) * 1000.0 / double(elapsed);
    QString text = tr("File %1 of %2 · %3 records/s").arg(m_runFileIndex).arg(m_runFiles).arg(number(qint64(rate)));
    if (done > 0 && elapsed >= 1000) {
        const qint64 leftS = (m_runTotalBytes - done) * elapsed / done / 1000;
        const QString left = leftS < 60 ? tr("%1 s").arg(leftS)
            : leftS < 3600              ? tr("%1 min %2 s").arg(leftS / 60).arg(leftS % 60)
                                        : tr("%1 h %2 min").arg(leftS / 3600).arg(leftS % 3600 / 60);
        text += tr(" · about %1 left").arg(left);
    }
    m_rate->setText(text);
    m_rate->setAccessibleDescription(text);
    if (job != m_jobId)
        return;
    if (const ImportFileRow* found = m_model->rowById(rowId); found && size > 0) {
        ImportFileRow row = *found;
        row.percent = static_cast<int>(std::min<qint64>(100, bytes * 100 / size));
        row.waitingForOther = false;
        if (row.percent != found->percent || found->waitingForOther)
            m_model->update(row);
    }
}

void ImportScreen::importWaiting(qint64 job, qint64 rowId)
{
    if (job != m_jobId)
        return;
    if (const ImportFileRow* found = m_model->rowById(rowId)) {
        ImportFileRow row = *found;
        row.waitingForOther = true;
        m_model->update(row);
    }
}

void ImportScreen::importAnswered(qint64 job, qint64 rowId, const Result<ImportOutcome>& outcome, qint64 bytes,
                                  qint64 records)
{
    m_runDoneBytes += bytes;
    m_runDoneRecords += records;
    if (m_runTotalBytes > 0)
        m_progress->setValue(
            static_cast<int>(std::min<qint64>(ProgressSteps, m_runDoneBytes * ProgressSteps / m_runTotalBytes)));
    ImportFileRow::State state = ImportFileRow::State::Failed;
    QString error;
    if (!outcome) {
        error = outcome.errorMessage();
        ++m_runFailed;
    } else {
        switch (outcome->state) {
        case ImportOutcome::State::Complete:
            state = ImportFileRow::State::Complete;
            m_runStored += outcome->stored;
            ++m_runComplete;
            break;
        case ImportOutcome::State::Cancelled:
            state = ImportFileRow::State::Cancelled;
            ++m_runCancelled;
            break;
        case ImportOutcome::State::Failed:
            ++m_runFailed;
            break;
        }
        error = outcome->error;
    }
    if (job != m_jobId)
        return;
    if (const ImportFileRow* found = m_model->rowById(rowId)) {
        ImportFileRow row = *found;
        row.state = state;
        row.error = error;
        row.percent = 0;
        if (outcome)
            row.outcome = outcome.value();
        m_model->update(row);
    }
    updateSummary();
}

void ImportScreen::cancelJob()
{
    if (!m_thread)
        return;
    m_cancelFlag->store(true);
    m_previewPending = false;
    m_previewTimer->stop();
    m_cancel->setEnabled(false);
    m_rate->setText(m_job == Job::Import ? tr("Cancelling; what this file stored so far is being removed…")
                                         : tr("Cancelling the preview…"));
}

void ImportScreen::startThread(Job job, std::function<void()> work)
{
    Workspace* workspace = m_context.workspace;
    m_job = job;
    m_thread = QThread::create([work = std::move(work), workspace] {
        work();
        // Every thread has its own database connection; this one ends here.
        workspace->database().releaseThreadConnection();
    });
    m_thread->setObjectName(QStringLiteral("pulsedesk-import"));
    connect(m_thread, &QThread::finished, this, &ImportScreen::finishJob);
    m_thread->start();
    updateActions();
}

void ImportScreen::finishJob()
{
    if (!m_thread || !m_thread->isFinished())
        return;
    delete m_thread;
    m_thread = nullptr;
    const Job finished = m_job;
    m_job = Job::None;
    if (finished == Job::Preview) {
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
    } else if (finished == Job::Import) {
        m_rate->setText(tr("Finished in %1 s.").arg(QLocale().toString(m_runClock.elapsed() / 1000.0, 'f', 1)));
        QString text = tr("Import finished: %n file(s) complete", nullptr, m_runComplete)
            + tr(" (%1 new samples stored)").arg(number(m_runStored));
        if (m_runCancelled > 0)
            text +=
                tr("; %n file(s) cancelled, nothing of them kept; they can be imported again", nullptr, m_runCancelled);
        if (m_runFailed > 0)
            text += tr("; %n file(s) failed (see Notes)", nullptr, m_runFailed);
        showStatus(text + QLatin1Char('.'), m_runFailed > 0);
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
    const bool busy = m_thread != nullptr;
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
    m_zone->setEnabled(!importing);
    m_device->setEnabled(!importing);
    m_format->setEnabled(!importing);
    m_previewAgain->setEnabled(!busy && canPreview);
    m_import->setEnabled(!busy && canImport);
    m_import->setText(canImport && fresh > 0 ? tr("&Import %1 new samples").arg(number(fresh)) : tr("&Import"));
    m_cancel->setEnabled(busy && m_cancelFlag && !m_cancelFlag->load());
    m_progress->setVisible(busy || (m_showRunResult && hasRows));
    m_rate->setVisible(m_progress->isVisibleTo(this));
    m_dropHint->setVisible(!hasRows);
}

void ImportScreen::updateSummary()
{
    qint64 fresh = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;
    int ready = 0;
    int unusable = 0;
    int nothing = 0;
    int importing = 0;
    for (const ImportFileRow& row : m_model->rows()) {
        if (row.state == ImportFileRow::State::Queued || row.state == ImportFileRow::State::Importing) {
            ++importing;
            continue;
        }
        if (row.state == ImportFileRow::State::Complete || !row.preview)
            continue;
        if (!row.preview->error.isEmpty()) {
            ++unusable;
        } else if (!row.importable()) {
            ++nothing;
        } else {
            ++ready;
            fresh += row.preview->fresh;
            duplicates += row.preview->duplicates;
            rejected += row.preview->rejected;
        }
    }
    if (m_model->rowCount() == 0) {
        m_summary->clear();
    } else {
        QStringList parts;
        if (importing > 0)
            parts.append(tr("Importing %n file(s)…", nullptr, importing));
        if (ready > 0 || importing == 0)
            parts.append(ready == 0 ? tr("Nothing to import.")
                                    : tr("To import: %n file(s) with %1 new samples; %2 already stored (skipped); %3 "
                                         "rejected (to the quarantine).",
                                         nullptr, ready)
                                          .arg(number(fresh), number(duplicates), number(rejected)));
        if (nothing > 0)
            parts.append(tr("%n file(s) with nothing new or usable.", nullptr, nothing));
        if (unusable > 0)
            parts.append(tr("%n file(s) cannot be imported.", nullptr, unusable));
        m_summary->setText(parts.join(QLatin1Char(' ')));
    }
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
    const QLocale locale;
    QStringList lines;
    // Without the percentage, so that the text (and where it is scrolled to) stays while a file is imported.
    lines.append(tr("%1 — %2").arg(row.fileName(),
                                   row.state == ImportFileRow::State::Importing ? tr("Importing…")
                                                                                : ImportFileModel::stateText(row)));
    lines.append(row.path);
    if (const std::optional<ImportPreview>& p = row.preview) {
        if (formatKnown(*p))
            lines.append(tr("Format: %1 (%2) · %3 · SHA-256 %4")
                             .arg(ImportFormats::describe(p->format), p->formatDetected ? tr("detected") : tr("chosen"),
                                  locale.formattedDataSize(p->bytes), p->sha256));
        if (!p->error.isEmpty())
            lines.append(tr("Cannot be imported: %1").arg(p->error));
        for (const QString& note : p->notes)
            lines.append(tr("Note: %1").arg(note));
        if (!p->previousImport.isEmpty())
            lines.append(tr("This file was imported before: %1").arg(p->previousImport));
        if (!p->devices.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Devices"));
        }
        const bool showPatients = m_context.may(Permission::ReadPatients);
        for (const ImportDeviceSummary& d : p->devices) {
            const QString source = d.source.isEmpty() ? tr("(the file names no device)") : d.source;
            if (d.device.isEmpty()) {
                lines.append(tr("  %1: not a registered device").arg(source));
                continue;
            }
            lines.append(tr("  %1 → %2%3: %4 samples, %5")
                             .arg(source, d.device, d.chosen ? tr(" (chosen)") : QString(), number(d.samples),
                                  m_model->timeRangeText(d.firstMs, d.lastMs)));
            for (const ImportPatientSpan& s : d.patients)
                lines.append(
                    showPatients
                        ? tr("      MRN %1, bed %2, %3: %4 samples").arg(s.mrn, s.bed, s.name, number(s.samples))
                        : tr("      an admitted patient: %1 samples").arg(number(s.samples)));
            if (d.unassigned > 0)
                lines.append(tr("      assigned to no patient at the time: %1 samples (stored, not analysed)")
                                 .arg(number(d.unassigned)));
        }
        if (p->error.isEmpty()) {
            lines.append(QString());
            lines.append(tr("New: %1 · already stored: %2 · rejected: %3")
                             .arg(number(p->fresh), number(p->duplicates), number(p->rejected)));
        }
        if (!p->rejectReasons.isEmpty()) {
            lines.append(tr("Reasons for rejected records"));
            for (auto it = p->rejectReasons.cbegin(); it != p->rejectReasons.cend(); ++it)
                lines.append(tr("  %1 × %2").arg(number(it.value()), it.key()));
        }
        if (!p->rejections.isEmpty()) {
            lines.append(tr("First rejected records"));
            for (int i = 0; i < p->rejections.size() && i < ListedRejections; ++i) {
                const ImportRejection& r = p->rejections.at(i);
                lines.append(tr("  line %1, column %2: %3").arg(r.line).arg(r.column).arg(r.reason));
            }
            if (p->rejected > ListedRejections)
                lines.append(tr("  … and %1 more").arg(number(p->rejected - ListedRejections)));
        }
        for (auto it = p->skipped.cbegin(); it != p->skipped.cend(); ++it)
            lines.append(tr("Not kept (PulseDesk does not store it): %1 × %2").arg(number(it.value()), it.key()));
    }
    if (const std::optional<ImportOutcome>& o = row.outcome) {
        lines.append(QString());
        switch (o->state) {
        case ImportOutcome::State::Complete:
            lines.append(tr("Imported: %1 new samples (%2 vitals added to them), %3 already stored, %4 rejected, in "
                            "%5 s.")
                             .arg(number(o->stored), number(o->merged), number(o->duplicates), number(o->rejected))
                             .arg(o->elapsedMs / 1000.0, 0, 'f', 1));
            if (o->analysis.results > 0 || o->analysis.findings > 0)
                lines.append(tr("Analysed: %1 windows, %2 findings for review.")
                                 .arg(number(o->analysis.results), number(o->analysis.findings)));
            else if (o->analysis.samples > 0)
                lines.append(tr("%1 samples handed to the live analysis.").arg(number(o->analysis.samples)));
            break;
        case ImportOutcome::State::Cancelled:
            lines.append(tr("Cancelled: %1").arg(o->error));
            break;
        case ImportOutcome::State::Failed:
            lines.append(tr("Failed: %1").arg(o->error));
            break;
        }
    } else if (!row.error.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Failed: %1").arg(row.error));
    }
    // Every line may quote the file (its name, notes, devices, reasons): escaped before it is shown.
    for (QString& line : lines)
        line = DisplayText::escaped(line);
    const QString text = lines.join(QLatin1Char('\n'));
    if (m_details->toPlainText() != text)
        m_details->setPlainText(text);
}

} // namespace pulsedesk::ui
