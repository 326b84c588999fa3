#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "model/ClinicalRecord.h"
#include "model/Device.h"
#include "model/Patient.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace pulsedesk::ui {

/// Patients on the ward; the selected patient's demographics, devices and clinical notes. Doctors admit,
/// discharge, assign doctors and write or amend notes; nurses read.
class PatientsScreen : public Screen
{
    Q_OBJECT

public:
    explicit PatientsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

    TableModel<Patient>* model() const { return m_model; }
    /// Selects and opens this patient (from the ward overview).
    void openPatient(const QString& mrn);

private:
    void updateActions();
    void openSelected();
    void showPatient(const Patient& patient, const QList<ClinicalRecord>& records,
                     const QList<DeviceAssignment>& devices);
    const Patient* selected() const;
    void admit();
    void discharge();
    void assignDoctor();
    void writeNote(qint64 amends);

    TableModel<Patient>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_showDischarged = nullptr;
    QCheckBox* m_onlyMine = nullptr;
    QPushButton* m_admit = nullptr;
    QPushButton* m_discharge = nullptr;
    QPushButton* m_assignDoctor = nullptr;
    QPushButton* m_writeNote = nullptr;
    QPushButton* m_amendNote = nullptr;
    QLabel* m_details = nullptr;
    QListWidget* m_devices = nullptr;
    QListWidget* m_records = nullptr;
    QString m_openMrn;
    QString m_selectAfterRefresh;
};

} // namespace pulsedesk::ui
