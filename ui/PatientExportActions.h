#pragma once

#include "UiContext.h"

#include <QWidget>

#include <functional>

class QPushButton;

namespace pulsedesk::ui {

/// The patient view's exports: the record as a FHIR R4 Bundle, and the patient's own copy (the Bundle and a PDF,
/// recorded as a disclosure). Doctors and nurses; written on the background runner.
class PatientExportActions : public QWidget
{
    Q_OBJECT

public:
    /// Asks where to write: a file for the Bundle, a folder for the patient's copy; empty when cancelled.
    using PathChooser = std::function<QString(QWidget* parent, bool folder)>;

    PatientExportActions(UiContext& context, QWidget* parent = nullptr);

    /// The patient the actions export (empty: none open, the buttons are disabled).
    void setPatient(const QString& mrn);
    /// Replaces the file dialogs (tests).
    void setPathChooser(PathChooser chooser) { m_choose = std::move(chooser); }

    QPushButton* fhirButton() const { return m_fhir; }
    QPushButton* copyButton() const { return m_copy; }

signals:
    void statusChanged(const QString& text, bool error);

private:
    void exportFhir();
    void exportCopy();
    void setBusy(bool busy);

    UiContext& m_context;
    QPushButton* m_fhir = nullptr;
    QPushButton* m_copy = nullptr;
    PathChooser m_choose;
    QString m_mrn;
    bool m_busy = false;
};

} // namespace pulsedesk::ui
