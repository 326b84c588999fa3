#pragma once

#include "UiContext.h"
#include "analysis/Classifier.h"
#include "analysis/PatientLimitsStore.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace pulsedesk::ui {

/// The patient view's limits tab: the heart-rate limits in force and where they come from, the patient's own
/// limits with the doctor's reason, and for doctors setting them or returning to the reference band (each with a
/// clinical reason, audited in core).
class PatientLimitsTab : public QWidget
{
    Q_OBJECT

public:
    PatientLimitsTab(UiContext& context, QWidget* parent = nullptr);

    /// The patient the tab acts on; `admitted` decides whether limits may be set.
    void setPatient(const QString& mrn, bool admitted);
    /// The patient's own limits (none: the reference band applies).
    void showOwn(const std::optional<PatientLimitsRecord>& record);
    /// The limits in force, as the chart's last read found them.
    void showApplied(const AppliedLimits& applied);
    /// Another patient is shown: the limits in force are not known until the chart is read.
    void forgetApplied();
    void clear();

signals:
    void statusChanged(const QString& text, bool error);
    /// The patient's limits changed: what the chart shades is out of date.
    void limitsChanged();

private:
    void updateActions();
    void setLimits();
    void clearLimits();

    UiContext& m_context;
    QString m_mrn;
    bool m_admitted = false;
    QLabel* m_inUse = nullptr;
    QLabel* m_own = nullptr;
    QPushButton* m_set = nullptr;
    QPushButton* m_clear = nullptr;
    std::optional<HeartRateLimits> m_ownValues;
    std::optional<HeartRateLimits> m_appliedValues; ///< in force now, from the chart's last read
};

} // namespace pulsedesk::ui
