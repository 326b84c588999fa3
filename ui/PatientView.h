#pragma once

#include "TableModel.h"
#include "UiContext.h"
#include "analysis/AnalysisTypes.h"
#include "model/Patient.h"
#include "monitoring/HeartRateSeries.h"

#include <QWidget>

#include <optional>

class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace pulsedesk::ui {

class HeartRateChart;
class News2Trend;
class PatientObservationsTab;
class PatientExportActions;
class PatientLimitsTab;
class PatientNotesTab;

/// One patient: demographics and the newest vitals, then tabs for the live heart-rate chart, the window results,
/// the heart-rate limits (PatientLimitsTab), the device assignment history and the clinical notes
/// (PatientNotesTab), and the exports (PatientExportActions). Everything is read through the background runner; the
/// chart is read again every 2 s while it follows the clock and the view is shown.
class PatientView : public QWidget
{
    Q_OBJECT

public:
    PatientView(UiContext& context, QWidget* parent = nullptr);

    /// Shows this patient, read again from the store (unless it is the one shown and its notes are loaded).
    /// `admitted` is what the patient list says now (after a discharge it differs from what was read).
    void open(const QString& mrn, bool admitted);
    /// No patient selected: actions that need one are disabled; what is shown stays.
    void deselect();
    void clear();
    /// Brings the heart-rate chart to the front (a patient opened from the ward overview).
    void showChartTab();
    /// While shown, the chart follows the clock.
    void setLive(bool live);
    /// Shows the tabs and actions the session's role has (after a login, a lock or a change of user).
    void updateActions();

    QString openMrn() const { return m_openMrn; }
    HeartRateChart* chart() const { return m_chart; }
    News2Trend* news2Trend() const { return m_news2Trend; }
    PatientObservationsTab* observations() const { return m_observations; }
    TableModel<WindowResult>* resultsModel() const { return m_resultsModel; }
    PatientExportActions* exports() const { return m_exports; }

signals:
    void statusChanged(const QString& text, bool error);

private:
    struct Record;
    void showRecord(const Record& record);
    void loadChart();
    void showChart(const PatientChart& chart);
    void loadResults();

    UiContext& m_context;
    QLabel* m_details = nullptr;
    QLabel* m_vitals = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_chartPage = nullptr; ///< the heart-rate chart with the NEWS2 trend under it
    HeartRateChart* m_chart = nullptr;
    News2Trend* m_news2Trend = nullptr;
    PatientObservationsTab* m_observations = nullptr;
    TableModel<WindowResult>* m_resultsModel = nullptr;
    QTableView* m_results = nullptr;
    PatientLimitsTab* m_limits = nullptr;
    QListWidget* m_devices = nullptr;
    PatientNotesTab* m_notes = nullptr;
    PatientExportActions* m_exports = nullptr;
    QTimer* m_live = nullptr; ///< redraws the chart while it follows the clock
    bool m_chartBusy = false; ///< a read is under way; one more is asked for when it ends
    bool m_chartAgain = false;
    quint64 m_opened = 0;
    QString m_openMrn;
    bool m_selected = false;
    bool m_admitted = false;
};

} // namespace pulsedesk::ui
