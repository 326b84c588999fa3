#include "StoreChoiceDialog.h"

#include "common/BackgroundRunner.h"
#include "common/DisplayText.h"
#include "workspace/Workspace.h"

#include <QDialogButtonBox>
#include <QEventLoop>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace pulsedesk::ui {

namespace {

QLabel* explanation(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(24, 0, 0, 8);
    return label;
}

} // namespace

StoreChoiceDialog::StoreChoiceDialog(const StoreChoice& current, const QString& path, BackgroundRunner& runner,
                                     QWidget* parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_path(path)
{
    setObjectName(QStringLiteral("storeChoiceDialog"));
    setWindowTitle(tr("Where is the ward kept?"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Choose where this workstation keeps the ward's patients, notes and alarms. You "
                                "can change it later from the login page."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_local = new QRadioButton(tr("&This PC alone"), this);
    m_local->setObjectName(QStringLiteral("storeLocal"));
    layout->addWidget(m_local);
    layout->addWidget(explanation(tr("An encrypted store on this PC, with its own staff accounts. Devices send to "
                                     "this PC; the analysis and the alarms run here."),
                                  this));

    m_server = new QRadioButton(tr("A &ward server"), this);
    m_server->setObjectName(QStringLiteral("storeServer"));
    layout->addWidget(m_server);
    layout->addWidget(explanation(tr("Several PCs share one ward on the hospital's PostgreSQL server, which also "
                                     "runs the analysis and the alarms. IT gives you the connection string, for "
                                     "example: host=ward-server dbname=pulsedesk sslmode=verify-full "
                                     "sslrootcert=/etc/pulsedesk/ca.crt. Put no user or password in it: each "
                                     "member of staff logs in with their own server login."),
                                  this));
    auto* serverRow = new QHBoxLayout;
    serverRow->setContentsMargins(24, 0, 0, 0);
    m_connInfo = new QLineEdit(this);
    m_connInfo->setObjectName(QStringLiteral("storeConnInfo"));
    m_connInfo->setAccessibleName(tr("Connection string"));
    m_connInfo->setPlaceholderText(QStringLiteral("host=… dbname=… sslmode=verify-full sslrootcert=…"));
    m_test = new QPushButton(tr("Test &connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));
    serverRow->addWidget(m_connInfo, 1);
    serverRow->addWidget(m_test);
    layout->addLayout(serverRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->setContentsMargins(24, 0, 0, 0);
    m_result->hide();
    layout->addWidget(m_result);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("storeChoiceError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("storeChoiceOk"));
    layout->addWidget(buttons);

    (current.kind == StoreChoice::Kind::Server ? m_server : m_local)->setChecked(true);
    m_connInfo->setText(current.connInfo);
    updateFields();
    connect(m_local, &QRadioButton::toggled, this, &StoreChoiceDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &StoreChoiceDialog::testConnection);
    connect(m_connInfo, &QLineEdit::textChanged, m_result, &QWidget::hide);
    connect(buttons, &QDialogButtonBox::accepted, this, &StoreChoiceDialog::keep);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

StoreChoice StoreChoiceDialog::shown() const
{
    StoreChoice choice;
    choice.kind = m_server->isChecked() ? StoreChoice::Kind::Server : StoreChoice::Kind::Local;
    if (choice.kind == StoreChoice::Kind::Server)
        choice.connInfo = m_connInfo->text().trimmed();
    return choice;
}

void StoreChoiceDialog::updateFields()
{
    const bool server = m_server->isChecked();
    m_connInfo->setEnabled(server);
    m_test->setEnabled(server);
    if (!server)
        m_result->hide();
}

void StoreChoiceDialog::testConnection()
{
    const QString connInfo = m_connInfo->text().trimmed();
    m_test->setEnabled(false);
    m_result->setStyleSheet({});
    m_result->setText(tr("Testing…"));
    m_result->show();
    m_runner.run(
        this, [connInfo] { return StoreChoice::probe(connInfo); },
        [this](const Status& reached) {
            m_test->setEnabled(m_server->isChecked());
            m_result->setText(reached ? tr("✔ The ward server answers. Each member of staff logs in with their own "
                                           "server login.")
                                      : tr("✖ %1").arg(DisplayText::escapedLines(reached.errorMessage())));
            m_result->setStyleSheet(reached ? QStringLiteral("color: #1b5e20;")
                                            : QStringLiteral("color: #b00020; font-weight: bold;"));
            m_result->show();
            adjustSize(); // grows with a long error rather than squeezing the explanations
        });
}

void StoreChoiceDialog::keep()
{
    const StoreChoice choice = shown();
    if (choice.kind == StoreChoice::Kind::Server && choice.connInfo.isEmpty()) {
        m_error->setText(tr("Enter the connection string IT gave you."));
        m_error->show();
        m_connInfo->setFocus();
        return;
    }
    if (auto saved = choice.save(m_path); !saved) {
        m_error->setText(DisplayText::escapedLines(saved.errorMessage()));
        m_error->show();
        return;
    }
    m_choice = StoreChoice::load(m_path);
    accept();
}

StoreChoice StoreChoiceDialog::chooseAtStart(const QString& path, const QString& dataDir, BackgroundRunner& runner)
{
    StoreChoice kept = StoreChoice::load(path);
    if (kept.kind != StoreChoice::Kind::None)
        return kept;
    // A workstation that kept its ward here before there was a choice goes on doing so.
    if (Workspace(dataDir).isInitialized()) {
        kept.kind = StoreChoice::Kind::Local;
        return kept;
    }
    StoreChoiceDialog dialog(kept, path, runner);
    QEventLoop loop;
    connect(&dialog, &QDialog::finished, &loop, &QEventLoop::quit);
    dialog.open();
    loop.exec();
    return dialog.choice();
}

} // namespace pulsedesk::ui
