#include "ReportDialog.h"

#include "reports/Reports.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pulsedesk::ui {

namespace {

constexpr qint64 HourMs = 3'600'000;

} // namespace

ReportDialog::ReportDialog(UiContext& context, const reports::ReportRequest& request, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_request(request)
{
    setObjectName(QStringLiteral("reportDialog"));
    setWindowTitle(reports::reportTitle(request.kind));
    auto* form = new QFormLayout;
    if (request.kind == reports::ReportKind::Trend) {
        form->addRow(tr("Patient:"), new QLabel(request.mrn, this));
    } else {
        m_ward = new QLineEdit(request.ward, this);
        m_ward->setObjectName(QStringLiteral("reportWard"));
        form->addRow(tr("&Ward:"), m_ward);
    }
    if (request.kind != reports::ReportKind::Handover) {
        m_period = new QComboBox(this);
        m_period->setObjectName(QStringLiteral("reportPeriod"));
        m_period->addItem(tr("Last 24 hours"), 24);
        m_period->addItem(tr("Last 7 days"), 24 * 7);
        m_period->addItem(tr("Chosen range"), 0);
        const QDateTime now = QDateTime::currentDateTime();
        m_from = new QDateTimeEdit(now.addDays(-1), this);
        m_to = new QDateTimeEdit(now, this);
        for (QDateTimeEdit* edit : {m_from, m_to}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        }
        form->addRow(tr("&Period:"), m_period);
        form->addRow(tr("&From:"), m_from);
        form->addRow(tr("&To:"), m_to);
        connect(m_period, &QComboBox::currentIndexChanged, this, &ReportDialog::updatePeriod);
        updatePeriod();
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    const auto add = [&](const QString& text, const QString& name, void (ReportDialog::*slot)()) {
        QPushButton* button = buttons->addButton(text, QDialogButtonBox::ActionRole);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        m_buttons.append(button);
    };
    add(tr("Pre&view…"), QStringLiteral("reportPreviewButton"), &ReportDialog::preview);
    add(tr("&Print…"), QStringLiteral("reportPrintButton"), &ReportDialog::print);
    add(tr("&Save as PDF…"), QStringLiteral("reportSaveButton"), &ReportDialog::chooseFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

void ReportDialog::updatePeriod()
{
    const bool range = m_period->currentData().toInt() == 0;
    m_from->setEnabled(range);
    m_to->setEnabled(range);
}

reports::ReportRequest ReportDialog::request() const
{
    reports::ReportRequest request = m_request;
    if (m_ward)
        request.ward = m_ward->text().trimmed();
    if (!m_period)
        return request;
    const int hours = m_period->currentData().toInt();
    if (hours > 0) {
        request.toMs = QDateTime::currentMSecsSinceEpoch();
        request.fromMs = request.toMs - hours * HourMs;
    } else {
        request.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        request.toMs = m_to->dateTime().toMSecsSinceEpoch();
    }
    return request;
}

void ReportDialog::withReport(const std::function<void(const reports::Report&)>& use)
{
    const reports::ReportRequest asked = request();
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    for (QPushButton* b : m_buttons)
        b->setEnabled(false);
    m_message->setText(tr("Reading the report…"));
    m_context.runner->run(
        this, [=] { return reports::Reports::read(*workspace, session, asked); },
        [this, use](const Result<reports::Report>& report) {
            for (QPushButton* b : m_buttons)
                b->setEnabled(true);
            if (!report) {
                fail(report.errorMessage());
                return;
            }
            m_message->clear();
            use(report.value());
        });
}

void ReportDialog::audit(const QString& output, int pages, const QString& done)
{
    const reports::ReportRequest asked = request();
    const Session session = m_context.session;
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this, [=] { return reports::Reports::audit(*workspace, session, asked, output, pages); },
        [this, done](const Status& audited) {
            if (!audited) {
                fail(audited.errorMessage());
                return;
            }
            m_message->setText(done);
            emit finished(done, false);
        });
}

void ReportDialog::fail(const QString& message)
{
    m_message->setText(message);
    emit finished(message, true);
}

void ReportDialog::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Save the report as PDF"), QString(), tr("PDF files (*.pdf)"));
    dialog->setObjectName(QStringLiteral("reportFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("pdf"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    connect(dialog, &QFileDialog::fileSelected, this, &ReportDialog::saveAs);
    dialog->open();
}

void ReportDialog::saveAs(const QString& path)
{
    withReport([this, path](const reports::Report& report) {
        auto pages = reports::ReportRenderer::writePdf(report, path);
        if (!pages) {
            fail(pages.errorMessage());
            return;
        }
        audit(QStringLiteral("pdf"), pages.value(),
              tr("Saved the report as %1 (%n page(s)).", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
    });
}

void ReportDialog::print()
{
    withReport([this](const reports::Report& report) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        auto pages = reports::ReportRenderer::render(report, printer);
        if (!pages) {
            fail(pages.errorMessage());
            return;
        }
        audit(QStringLiteral("print"), pages.value(),
              tr("Sent the report to the printer (%n page(s)).", nullptr, pages.value()));
    });
}

void ReportDialog::preview()
{
    withReport([this](const reports::Report& report) {
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintPreviewDialog dialog(&printer, this);
        connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
                [&report](QPrinter* target) { (void)reports::ReportRenderer::render(report, *target); });
        // Showing a report discloses it as printing does.
        audit(QStringLiteral("preview"), reports::ReportRenderer::pageCount(report, printer), tr("Showed the report."));
        dialog.exec();
    });
}

} // namespace pulsedesk::ui
