#pragma once

#include "UiContext.h"
#include "scores/Observation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace pulsedesk::ui {

/// The patient view's observations: every set with its NEWS2 total and risk (an amended one stays, greyed, with
/// the one that corrects it), the form to record a round's observations or amend them, and the SpO2 scale a doctor
/// sets. Reads and writes go through the runner.
class PatientObservationsTab : public QWidget
{
    Q_OBJECT

public:
    PatientObservationsTab(UiContext& context, QWidget* parent = nullptr);

    /// The patient shown (empty: none); `admitted` decides whether new observations may be recorded.
    void setPatient(const QString& mrn, const QString& patientText, bool admitted);
    /// Reads the patient's observations again.
    void reload();
    void clear();
    /// Opens the form for a new set of observations (the keyboard shortcut of the patient view).
    void recordObservations();

signals:
    void statusChanged(const QString& text, bool error);
    /// The observations as read, oldest first (for the NEWS2 trend).
    void observationsLoaded(const QList<pulsedesk::Observation>& observations);

private:
    void show(const QList<Observation>& observations, int scale);
    void updateActions();
    void openForm(const Observation* amending);
    void setScale();

    UiContext& m_context;
    QString m_mrn;
    QString m_patientText;
    bool m_admitted = false;
    int m_scale = 1;
    QList<Observation> m_observations;
    QLabel* m_summary = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_record = nullptr;
    QPushButton* m_amend = nullptr;
    QPushButton* m_scaleButton = nullptr;
    int m_generation = 0; ///< a read for an earlier patient is dropped
};

} // namespace pulsedesk::ui
