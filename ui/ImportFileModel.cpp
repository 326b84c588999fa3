#include "ImportFileModel.h"

#include "DisplayFormat.h"
#include "common/DisplayText.h"

#include <QApplication>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>

namespace pulsedesk::ui {

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
                lines.append(tr("%1 · bed %2 · %3 (%4)").arg(p.mrn, p.bed, p.name, DisplayFormat::count(p.samples)));
        }
    }
    // Roles that may not read patients (the administrator) learn only that the samples belong to someone.
    if (!m_showPatients && assigned > 0)
        lines.append(tr("%1 samples of admitted patients").arg(DisplayFormat::count(assigned)));
    if (unassigned > 0)
        lines.append(tr("no patient: %1 samples").arg(DisplayFormat::count(unassigned)));
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
            parts.append(tr("not kept: %1 × %2").arg(DisplayFormat::count(it.value()), it.key()));
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
            if (!p || !ImportFileModel::formatKnown(*p))
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
            return done   ? DisplayFormat::count(row.outcome->stored)
                : counted ? DisplayFormat::count(p->fresh)
                          : QString();
        case DuplicatesColumn:
            return done   ? DisplayFormat::count(row.outcome->duplicates)
                : counted ? DisplayFormat::count(p->duplicates)
                          : QString();
        case RejectedColumn:
            return done   ? DisplayFormat::count(row.outcome->rejected)
                : counted ? DisplayFormat::count(p->rejected)
                          : QString();
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

bool ImportFileModel::formatKnown(const ImportPreview& p)
{
    return p.error.isEmpty() || !p.formatDetected || p.records > 0 || p.rejected > 0;
}

} // namespace pulsedesk::ui
