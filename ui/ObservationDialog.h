#pragma once

#include "scores/Observation.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace pulsedesk::ui {

/// The observation form of a round, made for the keyboard: seven fields in chart order, Tab between them, a letter
/// picks air/oxygen and ACVPU, Enter saves. What the patient's devices measured in the last minutes is filled in
/// and marked as a device value; a nurse who types over it records their own value instead. Shown with open();
/// `submitted` fires on Save with valid values, and the owner closes it or shows the store's reason.
class ObservationDialog : public QDialog
{
    Q_OBJECT

public:
    /// `scale2`: the patient's doctor set SpO2 scale 2. `amending`: the observation corrected (values filled in).
    ObservationDialog(const QString& patientText, bool scale2, const DeviceReadings& readings,
                      const Observation* amending, QWidget* parent);

    /// The values entered (valid once `submitted` fired).
    ObservationInput input() const;
    void showError(const QString& message);
    void setBusy(bool busy);

signals:
    void submitted();

private:
    struct Field
    {
        QLineEdit* edit = nullptr;
        QString deviceKey; ///< Observation::Device...; empty for fields no device measures
        QString offered; ///< the device value filled in, as text
    };

    QLineEdit* addNumber(const QString& name, const QString& label, const QString& unit, int decimals);
    void offer(Field& field, double value, const QString& deviceKey, int decimals, const QString& unit);
    std::optional<double> number(const QLineEdit* edit) const;
    void trySubmit();

    QFormLayout* m_form = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QComboBox* m_oxygen = nullptr;
    QComboBox* m_acvpu = nullptr;
    Field m_respiration;
    Field m_spo2;
    Field m_systolic;
    Field m_pulse;
    Field m_temperature;
    bool m_scale2 = false;
    QString m_deviceTime;
};

} // namespace pulsedesk::ui
