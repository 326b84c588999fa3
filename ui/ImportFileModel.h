#pragma once

#include "import/Importer.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>

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
    /// False when the file could not be read far enough to know its format (the format shown would be a guess).
    static bool formatKnown(const ImportPreview& preview);

private:
    QList<ImportFileRow> m_rows;
    QTimeZone m_zone;
    bool m_showPatients = true;
};

} // namespace pulsedesk::ui
