#include "PatientLimitsTab.h"

#include "DisplayFormat.h"
#include "FormDialog.h"
#include "HeartRateChart.h"
#include "workspace/Workspace.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <array>

namespace pulsedesk::ui {

using DisplayFormat::localTime;
using DisplayFormat::number;

PatientLimitsTab::PatientLimitsTab(UiContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    m_inUse = new QLabel(this);
    m_inUse->setObjectName(QStringLiteral("limitsInUse"));
    m_inUse->setWordWrap(true);
    m_inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_inUse);
    m_own = new QLabel(this);
    m_own->setObjectName(QStringLiteral("ownLimits"));
    m_own->setWordWrap(true);
    m_own->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_own);
    auto* bar = new QHBoxLayout;
    m_set = new QPushButton(tr("&Set limits for this patient…"), this);
    m_set->setObjectName(QStringLiteral("setLimitsButton"));
    m_clear = new QPushButton(tr("&Use the reference band again…"), this);
    m_clear->setObjectName(QStringLiteral("clearLimitsButton"));
    bar->addWidget(m_set);
    bar->addWidget(m_clear);
    bar->addStretch();
    layout->addLayout(bar);
    layout->addStretch();
    connect(m_set, &QPushButton::clicked, this, &PatientLimitsTab::setLimits);
    connect(m_clear, &QPushButton::clicked, this, &PatientLimitsTab::clearLimits);
    updateActions();
}

void PatientLimitsTab::setPatient(const QString& mrn, bool admitted)
{
    m_mrn = mrn;
    m_admitted = admitted;
    updateActions();
}

void PatientLimitsTab::updateActions()
{
    const bool doctor = m_context.may(Permission::SetPatientLimits);
    m_set->setVisible(doctor);
    m_clear->setVisible(doctor);
    m_set->setEnabled(m_admitted && !m_mrn.isEmpty());
    m_clear->setEnabled(m_admitted && !m_mrn.isEmpty() && m_ownValues.has_value());
}

void PatientLimitsTab::showOwn(const std::optional<PatientLimitsRecord>& record)
{
    m_ownValues.reset();
    if (!record) {
        m_own->setText(tr("No doctor has set limits for this patient: the reference band for the age applies."));
    } else {
        m_ownValues = record->limits;
        m_own->setText(tr("Set on %1. Reason: %2").arg(localTime(record->setAt), record->reason.toHtmlEscaped()));
    }
    updateActions();
}

void PatientLimitsTab::showApplied(const AppliedLimits& applied)
{
    const HeartRateLimits& l = applied.limits;
    m_appliedValues = l;
    m_inUse->setText(tr("<b>%1</b><br>Severe bradycardia at or below %2 bpm · bradycardia below %3 bpm · "
                        "tachycardia above %4 bpm · severe tachycardia from %5 bpm")
                         .arg(HeartRateChart::limitsSource(applied), number(l.severeBradycardiaAtOrBelow, 0),
                              number(l.bradycardiaBelow, 0), number(l.tachycardiaAbove, 0),
                              number(l.severeTachycardiaAtOrAbove, 0)));
}

void PatientLimitsTab::forgetApplied()
{
    m_appliedValues.reset();
}

void PatientLimitsTab::clear()
{
    m_mrn.clear();
    m_admitted = false;
    m_inUse->clear();
    m_own->clear();
    m_ownValues.reset();
    m_appliedValues.reset();
    updateActions();
}

void PatientLimitsTab::setLimits()
{
    if (m_mrn.isEmpty())
        return;
    const QString mrn = m_mrn;
    auto* dialog = new FormDialog(tr("Heart-rate limits for %1").arg(mrn), this);
    dialog->setObjectName(QStringLiteral("limitsDialog"));
    dialog->setIntro(tr("These limits replace the reference band for this patient until you clear them or the "
                        "patient is discharged. Every change is audited with its reason."));
    // Start from the limits in force (the patient's own, else the reference band's) for the doctor to adjust.
    const HeartRateLimits start = m_ownValues.value_or(m_appliedValues.value_or(HeartRateLimits {}));
    const auto value = [](double v) { return v > 0 ? QLocale().toString(v, 'f', 0) : QString(); };
    dialog->addText(QStringLiteral("severeLow"), tr("Severe bradycardia at or below (bpm):"),
                    value(start.severeBradycardiaAtOrBelow));
    dialog->addText(QStringLiteral("low"), tr("Bradycardia below (bpm):"), value(start.bradycardiaBelow));
    dialog->addText(QStringLiteral("high"), tr("Tachycardia above (bpm):"), value(start.tachycardiaAbove));
    dialog->addText(QStringLiteral("severeHigh"), tr("Severe tachycardia at or above (bpm):"),
                    value(start.severeTachycardiaAtOrAbove));
    dialog->addMultiline(QStringLiteral("reason"), tr("Clinical reason:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn] {
        HeartRateLimits limits;
        const std::array<std::pair<const char*, double*>, 4> fields {
            {{"severeLow", &limits.severeBradycardiaAtOrBelow},
             {"low", &limits.bradycardiaBelow},
             {"high", &limits.tachycardiaAbove},
             {"severeHigh", &limits.severeTachycardiaAtOrAbove}}};
        for (const auto& [name, target] : fields) {
            bool ok = false;
            const QString text = dialog->text(QLatin1String(name)).trimmed();
            *target = QLocale().toDouble(text, &ok);
            if (!ok)
                *target = text.toDouble(&ok);
            if (!ok) {
                dialog->showError(tr("Enter every limit as a number of beats per minute."));
                return;
            }
        }
        const QString reason = dialog->text(QStringLiteral("reason"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner,
            [=]() -> Result<std::optional<PatientLimitsRecord>> {
                if (auto set = workspace->limits().setLimits(session, mrn, limits, reason); !set)
                    return set.error();
                return workspace->limits().limits(session, mrn);
            },
            [this](const Result<std::optional<PatientLimitsRecord>>& record) {
                emit statusChanged(tr("The new limits apply from the next window."), false);
                showOwn(record.value());
                emit limitsChanged();
            });
    });
    dialog->open();
}

void PatientLimitsTab::clearLimits()
{
    if (m_mrn.isEmpty())
        return;
    const QString mrn = m_mrn;
    auto* dialog = new FormDialog(tr("Use the reference band again"), this);
    dialog->setObjectName(QStringLiteral("clearLimitsDialog"));
    dialog->setIntro(tr("The patient's own limits end now; the reference band for the age applies again."));
    dialog->addMultiline(QStringLiteral("reason"), tr("Clinical reason:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog, mrn] {
        const QString reason = dialog->text(QStringLiteral("reason"));
        const Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner, [=] { return workspace->limits().clearLimits(session, mrn, reason); },
            [this](const Status&) {
                emit statusChanged(tr("The reference band applies again from the next window."), false);
                showOwn(std::nullopt);
                emit limitsChanged();
            });
    });
    dialog->open();
}

} // namespace pulsedesk::ui
