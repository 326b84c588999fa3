#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "analysis/AnalysisStore.h"
#include "analysis/HeartRateSeries.h"
#include "model/ClinicalRecord.h"
#include "model/Device.h"
#include "model/Patient.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;

namespace pulsedesk::ui {

class HeartRateChart;

/// Patients on the ward, and the patient view: demographics and the newest vitals, the live heart-rate chart,
/// the window results, the heart-rate limits in use, the device assignment history and the clinical notes.
/// Doctors admit, discharge, assign doctors, set limits and write or amend notes; nurses read.
class PatientsScreen : public Screen
{
    Q_OBJECT

public:
    explicit PatientsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

    TableModel<Patient>* model() const { return m_model; }
    TableModel<WindowResult>* resultsModel() const { return m_resultsModel; }
    HeartRateChart* chart() const { return m_chart; }
    /// Selects and opens this patient (from the ward overview) on the heart-rate chart.
    void openPatient(const QString& mrn);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

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
    void loadChart();
    void showChart(const PatientChart& chart);
    void loadResults();
    void showLimits(const std::optional<PatientLimitsRecord>& record);
    void setLimits();
    void clearLimits();

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
    QLabel* m_vitals = nullptr;
    QTabWidget* m_tabs = nullptr;
    HeartRateChart* m_chart = nullptr;
    TableModel<WindowResult>* m_resultsModel = nullptr;
    QTableView* m_results = nullptr;
    QLabel* m_limits = nullptr;
    QLabel* m_ownLimits = nullptr;
    QPushButton* m_setLimits = nullptr;
    QPushButton* m_clearLimits = nullptr;
    QTimer* m_live = nullptr; ///< redraws the chart while it follows the clock
    bool m_chartBusy = false; ///< a read is under way; one more is asked for when it ends
    bool m_chartAgain = false;
    quint64 m_chartFor = 0; ///< which opening of a patient the chart being read belongs to
    quint64 m_opened = 0;
    std::optional<HeartRateLimits> m_ownLimitValues;
    std::optional<HeartRateLimits> m_appliedLimits; ///< in force now, from the chart's last read
    QListWidget* m_devices = nullptr;
    QListWidget* m_records = nullptr;
    QString m_openMrn;
    QString m_selectAfterRefresh;
};

} // namespace pulsedesk::ui
