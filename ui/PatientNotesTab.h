#pragma once

#include "UiContext.h"
#include "model/ClinicalRecord.h"

#include <QWidget>

class QListWidget;
class QPushButton;

namespace pulsedesk::ui {

/// The patient view's clinical notes: every note with its author and time, amendments pointing at the note they
/// correct (an amended note stays, greyed). Doctors write and amend; notes are never changed.
class PatientNotesTab : public QWidget
{
    Q_OBJECT

public:
    PatientNotesTab(UiContext& context, QWidget* parent = nullptr);

    /// The patient the notes are written for (empty: none open).
    void setPatient(const QString& mrn);
    void showNotes(const QList<ClinicalRecord>& records);
    void clear();
    bool isEmpty() const;

signals:
    void statusChanged(const QString& text, bool error);
    /// A note was saved: the notes are out of date.
    void noteSaved();

private:
    void updateActions();
    void writeNote(qint64 amends);

    UiContext& m_context;
    QString m_mrn;
    QListWidget* m_list = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_amend = nullptr;
};

} // namespace pulsedesk::ui
