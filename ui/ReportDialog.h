#pragma once

#include "UiContext.h"
#include "reports/ReportRenderer.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace pulsedesk::ui {

/// A printed report from the workstation: the period (24 hours, 7 days or a range; none for the hand-over) or
/// the ward, then preview, print or save as PDF. The report is read on the background thread and painted here
/// (core/reports paints on any QPagedPaintDevice, a QPrinter included); every output is audited through core.
class ReportDialog : public QDialog
{
    Q_OBJECT

public:
    /// `request` names the kind and the patient or the ward; the period is chosen here.
    ReportDialog(UiContext& context, const reports::ReportRequest& request, QWidget* parent = nullptr);

    /// Reads the report and writes it to `path` as PDF (what "Save as PDF…" does once a file is chosen).
    void saveAs(const QString& path);

signals:
    /// A report was produced or failed: for the screen's status line.
    void finished(const QString& message, bool error);

private:
    reports::ReportRequest request() const;
    void updatePeriod();
    void chooseFile();
    void print();
    void preview();
    /// Reads the report in the background, then hands it to `use` here.
    void withReport(const std::function<void(const reports::Report&)>& use);
    void audit(const QString& output, int pages, const QString& done);
    void fail(const QString& message);

    UiContext& m_context;
    reports::ReportRequest m_request;
    QComboBox* m_period = nullptr;
    QDateTimeEdit* m_from = nullptr;
    QDateTimeEdit* m_to = nullptr;
    QLineEdit* m_ward = nullptr;
    QLabel* m_message = nullptr;
    QList<QPushButton*> m_buttons;
};

} // namespace pulsedesk::ui
