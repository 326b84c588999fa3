#pragma once

#include "Screen.h"
#include "TableModel.h"
#include "analysis/AnalysisTypes.h"
#include "model/Patient.h"

class QCheckBox;
class QPushButton;
class QTableView;

namespace pulsedesk::ui {

class HeartRateChart;
class PatientView;

/// Patients on the ward beside the view of the one selected (PatientView). Doctors admit, discharge and add
/// responsible doctors here; nurses read.
class PatientsScreen : public Screen
{
    Q_OBJECT

public:
    explicit PatientsScreen(UiContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

    TableModel<Patient>* model() const { return m_model; }
    PatientView* view() const { return m_view; }
    TableModel<WindowResult>* resultsModel() const;
    HeartRateChart* chart() const;
    /// Selects and opens this patient (from the ward overview) on the heart-rate chart.
    void openPatient(const QString& mrn);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateActions();
    void openSelected();
    const Patient* selected() const;
    void admit();
    void discharge();
    void assignDoctor();
    /// The selected patient's trend report (ReportDialog).
    void openReport();

    TableModel<Patient>* m_model = nullptr;
    QTableView* m_table = nullptr;
    QCheckBox* m_showDischarged = nullptr;
    QCheckBox* m_onlyMine = nullptr;
    QPushButton* m_admit = nullptr;
    QPushButton* m_discharge = nullptr;
    QPushButton* m_assignDoctor = nullptr;
    QPushButton* m_report = nullptr;
    PatientView* m_view = nullptr;
    QString m_selectAfterRefresh;
};

} // namespace pulsedesk::ui
