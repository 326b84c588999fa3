#include "ObservationDialog.h"

#include "DisplayFormat.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace pulsedesk::ui {

ObservationDialog::ObservationDialog(const QString& patientText, bool scale2, const DeviceReadings& readings,
                                     const Observation* amending, QWidget* parent)
    : QDialog(parent)
    , m_scale2(scale2)
{
    setObjectName(QStringLiteral("observationDialog"));
    setWindowTitle(amending ? tr("Amend observations #%1").arg(amending->id) : tr("Record observations"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(amending ? tr("%1. Observations are never changed: the correction is saved as new observations "
                                 "that point at #%2, taken at the same time; both stay visible.")
                                  .arg(patientText.toHtmlEscaped())
                                  .arg(amending->id)
                            : patientText.toHtmlEscaped());
    layout->addWidget(intro);
    m_form = new QFormLayout;
    layout->addLayout(m_form);

    m_respiration.edit = addNumber(QStringLiteral("respiration"), tr("&Respiration rate:"), tr("/min"), 0);
    m_spo2.edit = addNumber(QStringLiteral("spo2"), scale2 ? tr("&SpO2 (scale 2):") : tr("&SpO2:"), tr("%"), 0);
    m_oxygen = new QComboBox(this);
    m_oxygen->setObjectName(QStringLiteral("oxygen"));
    m_oxygen->addItem(tr("Air"), false);
    m_oxygen->addItem(tr("Oxygen"), true);
    m_form->addRow(tr("&Air or oxygen:"), m_oxygen);
    m_systolic.edit = addNumber(QStringLiteral("systolic"), tr("S&ystolic pressure:"), tr("mmHg"), 0);
    m_pulse.edit = addNumber(QStringLiteral("pulse"), tr("&Pulse:"), tr("/min"), 0);
    m_acvpu = new QComboBox(this);
    m_acvpu->setObjectName(QStringLiteral("acvpu"));
    // The letter first, so typing it picks the entry.
    m_acvpu->addItem(tr("A – alert"), QStringLiteral("A"));
    m_acvpu->addItem(tr("C – new confusion"), QStringLiteral("C"));
    m_acvpu->addItem(tr("V – responds to voice"), QStringLiteral("V"));
    m_acvpu->addItem(tr("P – responds to pain"), QStringLiteral("P"));
    m_acvpu->addItem(tr("U – unresponsive"), QStringLiteral("U"));
    m_form->addRow(tr("&Consciousness (ACVPU):"), m_acvpu);
    m_temperature.edit = addNumber(QStringLiteral("temperature"), tr("&Temperature:"), tr("°C"), 1);

    if (amending) {
        const News2Observation& v = amending->values;
        const QLocale locale;
        m_respiration.edit->setText(locale.toString(v.respirationRate));
        m_spo2.edit->setText(locale.toString(v.spo2));
        m_oxygen->setCurrentIndex(v.onOxygen ? 1 : 0);
        m_systolic.edit->setText(locale.toString(v.systolic));
        m_pulse.edit->setText(locale.toString(v.pulse));
        m_acvpu->setCurrentIndex(m_acvpu->findData(consciousnessKey(v.consciousness)));
        m_temperature.edit->setText(locale.toString(v.temperatureC, 'f', 1));
    } else {
        m_deviceTime = DisplayFormat::localTime(readings.measuredAt);
        offer(m_spo2, readings.spo2, Observation::DeviceSpo2, 0, tr("%"));
        offer(m_systolic, readings.systolic, Observation::DeviceSystolic, 0, tr("mmHg"));
        offer(m_pulse, readings.pulse, Observation::DevicePulse, 0, tr("/min"));
        offer(m_temperature, readings.temperatureC, Observation::DeviceTemperature, 1, tr("°C"));
    }

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("observationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ObservationDialog::trySubmit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(440);
    m_respiration.edit->setFocus();
}

QLineEdit* ObservationDialog::addNumber(const QString& name, const QString& label, const QString& unit, int decimals)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(unit);
    edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    edit->setMaxLength(decimals > 0 ? 6 : 4);
    m_form->addRow(label, edit);
    return edit;
}

void ObservationDialog::offer(Field& field, double value, const QString& deviceKey, int decimals, const QString& unit)
{
    if (std::isnan(value))
        return;
    field.deviceKey = deviceKey;
    field.offered = QLocale().toString(value, 'f', decimals);
    field.edit->setText(field.offered);
    const QString note = tr("device value, %1 %2 at %3").arg(field.offered, unit, m_deviceTime);
    field.edit->setToolTip(note);
    if (auto* label = qobject_cast<QLabel*>(m_form->labelForField(field.edit))) {
        QString text = label->text();
        if (text.endsWith(QLatin1Char(':')))
            text.chop(1);
        label->setText(tr("%1 (device value):").arg(text));
    }
    field.edit->setAccessibleDescription(note);
}

std::optional<double> ObservationDialog::number(const QLineEdit* edit) const
{
    bool ok = false;
    double value = QLocale().toDouble(edit->text().trimmed(), &ok);
    if (!ok) // a point typed on a keyboard whose locale writes a comma, or the other way round
        value = edit->text().trimmed().replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

void ObservationDialog::trySubmit()
{
    for (const Field* field : {&m_respiration, &m_spo2, &m_systolic, &m_pulse, &m_temperature}) {
        if (!number(field->edit)) {
            const auto* label = qobject_cast<QLabel*>(m_form->labelForField(field->edit));
            showError(tr("Enter a number for %1").arg(label ? label->text().remove(QLatin1Char('&')) : QString()));
            field->edit->setFocus();
            return;
        }
    }
    emit submitted();
}

ObservationInput ObservationDialog::input() const
{
    ObservationInput in;
    News2Observation& v = in.values;
    v.respirationRate = number(m_respiration.edit).value_or(0);
    v.spo2 = number(m_spo2.edit).value_or(0);
    v.onOxygen = m_oxygen->currentData().toBool();
    v.systolic = number(m_systolic.edit).value_or(0);
    v.pulse = number(m_pulse.edit).value_or(0);
    v.consciousness = consciousnessFromKey(m_acvpu->currentData().toString()).value_or(Consciousness::Alert);
    v.temperatureC = number(m_temperature.edit).value_or(0);
    in.spo2Scale = m_scale2 ? 2 : 1;
    // A device value counts as one only while the nurse left it as offered.
    for (const Field* field : {&m_spo2, &m_systolic, &m_pulse, &m_temperature})
        if (!field->deviceKey.isEmpty() && field->edit->text().trimmed() == field->offered)
            in.fromDevice << field->deviceKey;
    return in;
}

void ObservationDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
    setBusy(false);
}

void ObservationDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!busy);
}

} // namespace pulsedesk::ui
