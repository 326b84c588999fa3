#include "MainWindow.h"

#include "ActivityFilter.h"
#include "AlarmNotifier.h"
#include "AlarmsScreen.h"
#include "AuditScreen.h"
#include "DeviceHealthScreen.h"
#include "DevicesScreen.h"
#include "FormDialog.h"
#include "ImportScreen.h"
#include "InterfaceErrorsScreen.h"
#include "InterfacesScreen.h"
#include "LoginPage.h"
#include "PatientsScreen.h"
#include "QuarantineScreen.h"
#include "SettingsScreen.h"
#include "SetupPage.h"
#include "StaffScreen.h"
#include "StoreChoiceDialog.h"
#include "WardScreen.h"
#include "import/Importer.h"
#include "monitoring/AlarmFollower.h"
#include "monitoring/IngestService.h"
#include "monitoring/Monitoring.h"
#include "security/InactivityMonitor.h"
#include "settings/Settings.h"
#include "storage/StaffDirectory.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace pulsedesk::ui {

namespace {

struct LoginOutcome
{
    Result<Session> session = Error {};
    int autoLockMinutes = 5;
};

enum NavigationRole
{
    ScreenIndexRole = Qt::UserRole + 1,
};

} // namespace

MainWindow::MainWindow(Workspace& workspace, BackgroundRunner& runner, const Clock& clock, Monitoring* monitoring,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
    , m_monitoring(monitoring)
    , m_ingest(monitoring ? &monitoring->ingest() : nullptr)
    , m_analysis(monitoring ? &monitoring->analysis() : nullptr)
{
    // On a ward server the server's process raises the alarms; the workstation follows what it stores.
    if (!monitoring && workspace.isServer())
        m_follower = new AlarmFollower(workspace, &runner, clock, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PulseDesk"));
    m_context.workspace = &workspace;
    m_context.runner = &runner;

    m_inactivity = new InactivityMonitor(clock, this);
    qApp->installEventFilter(new ActivityFilter(*m_inactivity, this));
    m_inactivityTimer = new QTimer(this);
    m_inactivityTimer->setInterval(1000);
    connect(m_inactivityTimer, &QTimer::timeout, m_inactivity, &InactivityMonitor::check);
    connect(m_inactivity, &InactivityMonitor::timedOut, this, &MainWindow::lock);
    m_inactivityTimer->start();

    auto* sessionMenu = menuBar()->addMenu(tr("Sessi&on"));
    m_lockAction = sessionMenu->addAction(tr("&Lock screen"), this, &MainWindow::lock);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_passwordAction = sessionMenu->addAction(tr("&Change password…"), this, &MainWindow::requirePasswordChange);
    m_logoutAction = sessionMenu->addAction(tr("Log &out / switch user"), this, &MainWindow::logout);
    m_logoutAction->setObjectName(QStringLiteral("logoutAction"));
    sessionMenu->addSeparator();
    sessionMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // Every screen one key press away (Ctrl+1 …), the same keys for every role; filled in by buildNavigation().
    m_goMenu = menuBar()->addMenu(tr("&Go"));

    m_pages = new QStackedWidget(this);
    m_setup = new SetupPage(workspace.dataDir(), m_pages);
    m_login = new LoginPage(m_pages);
    m_pages->addWidget(m_setup);
    m_pages->addWidget(m_login);

    m_workArea = new QWidget(m_pages);
    auto* workOuter = new QVBoxLayout(m_workArea);
    workOuter->setContentsMargins(0, 0, 0, 0);
    // The store's integrity as found when it was opened (history missing against the audit anchor).
    m_integrityBanner = new QLabel(m_workArea);
    m_integrityBanner->setObjectName(QStringLiteral("integrityBanner"));
    m_integrityBanner->setTextFormat(Qt::PlainText);
    m_integrityBanner->setWordWrap(true);
    m_integrityBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_integrityBanner->hide();
    workOuter->addWidget(m_integrityBanner);
    // The ward server out of reach (AlarmFollower): said at once, above everything.
    m_serverBanner = new QLabel(m_workArea);
    m_serverBanner->setObjectName(QStringLiteral("serverBanner"));
    m_serverBanner->setTextFormat(Qt::PlainText);
    m_serverBanner->setWordWrap(true);
    m_serverBanner->setStyleSheet(
        QStringLiteral("background: #b00020; color: white; font-weight: bold; padding: 6px;"));
    m_serverBanner->hide();
    workOuter->addWidget(m_serverBanner);
    auto* workLayout = new QHBoxLayout;
    workOuter->addLayout(workLayout, 1);
    m_navigation = new QListWidget(m_workArea);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setMaximumWidth(200);
    m_navigation->setMinimumWidth(150); // never squeezed by a wide page (German and French labels are long)
    m_navigation->setIconSize(QSize(24, 24));
    m_screens = new QStackedWidget(m_workArea);
    workLayout->addWidget(m_navigation);
    workLayout->addWidget(m_screens, 1);
    m_pages->addWidget(m_workArea);
    setCentralWidget(m_pages);
    buildNavigation();

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_userLabel);
    m_brokerLabel = new QLabel(this);
    m_brokerLabel->setObjectName(QStringLiteral("brokerStatus"));
    statusBar()->addWidget(m_brokerLabel);
    connectMonitoring();

    connect(m_setup, &SetupPage::setupRequested, this, &MainWindow::setUp);
    connect(m_login, &LoginPage::loginRequested, this, &MainWindow::logIn);
    connect(m_login, &LoginPage::switchUserRequested, this, &MainWindow::logout);
    connect(m_login, &LoginPage::storeChangeRequested, this, &MainWindow::changeStore);
    connect(m_setup, &SetupPage::storeChangeRequested, this, &MainWindow::changeStore);
    connect(m_navigation, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (!item)
            return;
        m_screens->setCurrentIndex(item->data(ScreenIndexRole).toInt());
    });
    connect(m_settingsScreen, &SettingsScreen::autoLockChanged, this, &MainWindow::applyAutoLock);
    connect(m_interfacesScreen, &InterfacesScreen::settingsChanged, this, [this] {
        if (!m_context.workspace->isServer())
            startInterfaces();
    });

    // Files dropped anywhere on the window go to the import screen (nurse, admin).
    setAcceptDrops(true);

    resize(1200, 780);
    showEntryPage();
}

MainWindow::~MainWindow()
{
    stopInterfaces();
}

void MainWindow::buildNavigation()
{
    auto* ward = new WardScreen(m_context, m_screens);
    m_alarmsScreen = new AlarmsScreen(m_context, m_screens);
    auto* patients = new PatientsScreen(m_context, m_screens);
    auto* devices = new DevicesScreen(m_context, m_screens);
    m_importScreen = new ImportScreen(m_context, m_analysis, m_screens);
    auto* quarantine = new QuarantineScreen(m_context, m_screens);
    auto* staff = new StaffScreen(m_context);
    auto* audit = new AuditScreen(m_context);
    m_settingsScreen = new SettingsScreen(m_context);
    m_interfacesScreen = new InterfacesScreen(m_context);
    auto* interfaceErrors = new InterfaceErrorsScreen(m_context, m_screens);
    m_adminTabs = new QTabWidget(m_screens);
    m_adminTabs->setObjectName(QStringLiteral("administration"));
    m_adminTabs->addTab(staff, tr("Staff"));
    m_adminTabs->addTab(audit, tr("Audit log"));
    m_adminTabs->addTab(m_settingsScreen, tr("Settings"));
    m_adminTabs->addTab(m_interfacesScreen, tr("Interfaces"));
    auto* deviceHealth = new DeviceHealthScreen(m_context);
    m_adminTabs->addTab(deviceHealth, tr("Device health"));
    m_screenList = {ward,  m_alarmsScreen,   patients,           devices,         m_importScreen, quarantine, staff,
                    audit, m_settingsScreen, m_interfacesScreen, interfaceErrors, deviceHealth};

    connect(ward, &WardScreen::patientRequested, this, [this, patients](const QString& mrn) {
        for (int i = 0; i < m_navigation->count(); ++i) {
            if (m_navigation->item(i)->data(Qt::UserRole).toString() == QLatin1String("patients"))
                m_navigation->setCurrentRow(i);
        }
        patients->openPatient(mrn);
    });

    const auto addPage = [this](QWidget* page, const QString& text, const QIcon& icon, const char* name) {
        const int index = m_screens->addWidget(page);
        auto* item = new QListWidgetItem(icon, text, m_navigation);
        item->setData(ScreenIndexRole, index);
        item->setData(Qt::AccessibleTextRole, text);
        item->setData(Qt::UserRole, QString::fromLatin1(name));
        QAction* go = m_goMenu->addAction(icon, text);
        go->setObjectName(QStringLiteral("go-") + QString::fromLatin1(name));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + m_goActions.size())));
        go->setEnabled(false);
        connect(go, &QAction::triggered, this, [this, item] {
            m_navigation->setCurrentItem(item);
            m_navigation->setFocus(Qt::ShortcutFocusReason);
        });
        m_goActions.append(go);
    };
    const QStyle* s = style();
    addPage(ward, tr("Ward"), s->standardIcon(QStyle::SP_ComputerIcon), "ward");
    addPage(patients, tr("Patients"), s->standardIcon(QStyle::SP_FileDialogDetailedView), "patients");
    addPage(m_alarmsScreen, tr("Alarms"), s->standardIcon(QStyle::SP_MessageBoxCritical), "alarms");
    addPage(devices, tr("Devices"), s->standardIcon(QStyle::SP_DriveNetIcon), "devices");
    addPage(m_importScreen, tr("Import"), s->standardIcon(QStyle::SP_DialogOpenButton), "import");
    addPage(quarantine, tr("Quarantine"), s->standardIcon(QStyle::SP_MessageBoxWarning), "quarantine");
    addPage(m_adminTabs, tr("Administration"), s->standardIcon(QStyle::SP_FileDialogInfoView), "administration");
    addPage(interfaceErrors, tr("Interface errors"), s->standardIcon(QStyle::SP_BrowserStop), "interfaceErrors");
}

QList<Screen*> MainWindow::screens() const
{
    return m_screenList;
}

void MainWindow::setStoreChoicePath(const QString& path)
{
    m_storeChoicePath = path;
    m_login->setStoreChangeOffered(!path.isEmpty());
    m_setup->setStoreChangeOffered(!path.isEmpty());
}

void MainWindow::changeStore()
{
    StoreChoice current = StoreChoice::load(m_storeChoicePath);
    if (current.kind == StoreChoice::Kind::None)
        current.kind = StoreChoice::Kind::Local;
    auto* dialog = new StoreChoiceDialog(current, m_storeChoicePath, *m_context.runner, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, current] {
        if (dialog->choice() != current)
            emit storeChanged();
    });
    dialog->open();
}

void MainWindow::showEntryPage()
{
    m_locked = false;
    m_inactivity->stop();
    m_lockAction->setEnabled(false);
    m_logoutAction->setEnabled(false);
    m_passwordAction->setEnabled(false);
    for (QAction* go : std::as_const(m_goActions))
        go->setEnabled(false);
    if (!m_context.workspace->isInitialized()) {
        m_pages->setCurrentWidget(m_setup);
    } else {
        m_login->reset();
        m_pages->setCurrentWidget(m_login);
    }
    updateStatus();
    emit loginShown();
}

void MainWindow::setUp(const QString& username, const QString& displayName, const QString& password)
{
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=]() -> Result<Session> {
            if (auto created = workspace->initialize(username, displayName, password); !created)
                return created.error();
            return workspace->login(username, password);
        },
        [this](const Result<Session>& session) {
            if (!session) {
                m_setup->showError(session.errorMessage());
                return;
            }
            startSession(session.value(), false);
        });
}

void MainWindow::logIn(const QString& username, const QString& password)
{
    Workspace* workspace = m_context.workspace;
    m_context.runner->run(
        this,
        [=] {
            LoginOutcome outcome;
            outcome.session = workspace->login(username, password);
            if (outcome.session)
                outcome.autoLockMinutes = workspace->settings().autoLockMinutes();
            return outcome;
        },
        [this](const LoginOutcome& outcome) {
            if (!outcome.session) {
                m_login->showError(outcome.session.errorMessage());
                return;
            }
            applyAutoLock(outcome.autoLockMinutes);
            const bool sameUser = m_locked && outcome.session->userId == m_context.session.userId;
            startSession(outcome.session.value(), sameUser);
        });
}

void MainWindow::startSession(const Session& session, bool sameUserUnlock)
{
    if (!sameUserUnlock)
        clearScreens();
    m_context.session = session;
    m_locked = false;
    emit lockedChanged(false);

    for (int i = 0; i < m_navigation->count(); ++i) {
        QListWidgetItem* item = m_navigation->item(i);
        const QString name = item->data(Qt::UserRole).toString();
        bool visible = false;
        if (name == QLatin1String("alarms") || name == QLatin1String("ward"))
            visible = m_context.may(Permission::ReadResults);
        else if (name == QLatin1String("patients"))
            visible = m_context.may(Permission::ReadPatients);
        else if (name == QLatin1String("devices"))
            visible = m_context.may(Permission::RegisterDevices) || m_context.may(Permission::ReadPatients);
        else if (name == QLatin1String("import"))
            visible = Importer::mayImport(*m_context.workspace, session).ok();
        else if (name == QLatin1String("quarantine") || name == QLatin1String("interfaceErrors"))
            visible = m_context.may(Permission::ManageQuarantine);
        else if (name == QLatin1String("administration"))
            visible = m_context.may(Permission::ManageStaff);
        item->setHidden(!visible);
        m_goActions.at(i)->setVisible(visible);
        m_goActions.at(i)->setEnabled(visible);
    }
    if (!sameUserUnlock || !m_navigation->currentItem() || m_navigation->currentItem()->isHidden()) {
        for (int i = 0; i < m_navigation->count(); ++i) {
            if (!m_navigation->item(i)->isHidden()) {
                m_navigation->setCurrentRow(i);
                break;
            }
        }
    }
    m_pages->setCurrentWidget(m_workArea);
    m_lockAction->setEnabled(true);
    m_logoutAction->setEnabled(true);
    m_passwordAction->setEnabled(true);
    m_inactivity->start();
    updateStatus();
    showIntegrity();
    if (m_ingest && !m_ingest->isRunning())
        startIngest();
    // One PC: the workstation is the only process, so it runs the hospital interfaces (from the first login on,
    // whoever is logged in, as it ingests); on a ward server pulsedesk-server runs them.
    if (!m_interfacesStarted && !m_context.workspace->isServer())
        startInterfaces();
    // The server lets doctors and nurses read the alarms; an administrator's login may not.
    if (m_follower && !m_context.may(Permission::ReadResults))
        m_follower->stop();
    else if (m_follower)
        m_follower->start(); // again after a switch of user: the new login's store

    if (session.mustChangePassword) {
        requirePasswordChange();
        return;
    }
    for (Screen* screen : std::as_const(m_screenList)) {
        const bool admin = qobject_cast<StaffScreen*>(screen) || qobject_cast<AuditScreen*>(screen)
            || qobject_cast<SettingsScreen*>(screen) || qobject_cast<InterfacesScreen*>(screen)
            || qobject_cast<DeviceHealthScreen*>(screen);
        const bool allowed = admin                  ? m_context.may(Permission::ManageStaff)
            : qobject_cast<PatientsScreen*>(screen) ? m_context.may(Permission::ReadPatients)
            : qobject_cast<QuarantineScreen*>(screen) || qobject_cast<InterfaceErrorsScreen*>(screen)
            ? m_context.may(Permission::ManageQuarantine)
            : qobject_cast<ImportScreen*>(screen) ? Importer::mayImport(*m_context.workspace, session).ok()
            : qobject_cast<AlarmsScreen*>(screen) || qobject_cast<WardScreen*>(screen)
            ? m_context.may(Permission::ReadResults)
            : true;
        if (allowed)
            screen->refresh();
    }
    emit sessionStarted();
}

void MainWindow::showIntegrity()
{
    const AuditLog::AnchorCheck check = m_context.workspace->anchorCheck();
    QString text;
    // Administrators read what was found and what to do; everyone else learns that something is wrong.
    if (m_context.may(Permission::ReadAudit))
        text = check.message;
    else if (check.isProblem())
        text = tr("PulseDesk found that history is missing from this workstation's store. Tell an administrator.");
    m_integrityBanner->setText(text);
    m_integrityBanner->setStyleSheet(check.isProblem()
                                         ? QStringLiteral("background: #b00020; color: white; font-weight: bold; "
                                                          "padding: 6px;")
                                         : QStringLiteral("background: #fff4ce; color: black; padding: 6px;"));
    m_integrityBanner->setAccessibleName(check.isProblem() ? tr("Store integrity warning") : tr("Store integrity"));
    m_integrityBanner->setVisible(!text.isEmpty());
}

void MainWindow::requirePasswordChange()
{
    const bool forced = m_context.session.mustChangePassword;
    auto* dialog = new FormDialog(tr("Change password"), this);
    dialog->setObjectName(QStringLiteral("changePasswordDialog"));
    if (forced)
        dialog->setIntro(tr("You logged in with a one-time password. Choose your own password to continue."));
    dialog->addPassword(QStringLiteral("current"), tr("Current password:"));
    dialog->addPassword(QStringLiteral("new"), tr("New password:"));
    dialog->addPassword(QStringLiteral("repeat"), tr("Repeat new password:"));
    connect(dialog, &FormDialog::submitted, this, [this, dialog] {
        if (dialog->text(QStringLiteral("new")) != dialog->text(QStringLiteral("repeat"))) {
            dialog->showError(tr("The new passwords do not match."));
            return;
        }
        const QString current = dialog->text(QStringLiteral("current"));
        const QString next = dialog->text(QStringLiteral("new"));
        Session session = m_context.session;
        Workspace* workspace = m_context.workspace;
        dialog->runThenAccept(
            *m_context.runner,
            [=]() mutable -> Result<Session> {
                if (auto changed = workspace->staff().changeOwnPassword(session, current, next); !changed)
                    return changed.error();
                return session;
            },
            [this](const Result<Session>& updated) {
                statusBar()->showMessage(tr("Password changed."), 5000);
                startSession(updated.value(), true);
            });
    });
    // Without a new password a one-time login can do nothing: cancelling logs out.
    if (forced)
        connect(dialog, &QDialog::rejected, this, &MainWindow::logout);
    dialog->open();
}

void MainWindow::applyAutoLock(int minutes)
{
    m_inactivity->setTimeoutMs(qint64(minutes) * 60'000);
}

void MainWindow::closeDialogs()
{
    const QList<QDialog*> dialogs = findChildren<QDialog*>();
    for (QDialog* dialog : dialogs) {
        if (dialog->isVisible())
            dialog->reject();
    }
}

void MainWindow::clearScreens()
{
    for (Screen* screen : std::as_const(m_screenList))
        screen->clear();
}

void MainWindow::lock()
{
    if (m_locked || !m_context.session.isValid())
        return;
    m_locked = true;
    m_inactivity->stop();
    closeDialogs();
    clearScreens();
    m_login->reset(m_context.session.username);
    m_pages->setCurrentWidget(m_login);
    m_lockAction->setEnabled(false);
    m_passwordAction->setEnabled(false);
    for (QAction* go : std::as_const(m_goActions))
        go->setEnabled(false);
    updateStatus();
    emit lockedChanged(true);
}

bool MainWindow::isLocked() const
{
    return m_locked;
}

void MainWindow::logout()
{
    closeDialogs();
    clearScreens();
    const Session ended = m_context.session;
    Workspace* workspace = m_context.workspace;
    if (ended.isValid())
        m_context.runner->post([workspace, ended] { workspace->logout(ended); });
    m_context.session = Session();
    showEntryPage();
}

void MainWindow::updateStatus()
{
    const Session& s = m_context.session;
    if (!s.isValid())
        m_userLabel->setText(tr("Not logged in"));
    else if (m_locked)
        m_userLabel->setText(tr("Locked"));
    else
        m_userLabel->setText(tr("%1 · %2").arg(s.displayName, roleDisplayName(s.role)));
    setWindowTitle(s.isValid() && !m_locked ? tr("PulseDesk — %1").arg(s.displayName) : tr("PulseDesk"));
}

bool MainWindow::acceptsImportDrop(const QMimeData* mime) const
{
    return m_context.session.isValid() && !m_locked && m_pages->currentWidget() == m_workArea
        && Importer::mayImport(*m_context.workspace, m_context.session).ok() && !m_importScreen->isImporting()
        && !ImportScreen::localPaths(mime).isEmpty();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (acceptsImportDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragMoveEvent(QDragMoveEvent* event)
{
    if (acceptsImportDrop(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    if (!acceptsImportDrop(event->mimeData()))
        return;
    event->acceptProposedAction();
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == QLatin1String("import"))
            m_navigation->setCurrentRow(i);
    }
    m_importScreen->addPaths(ImportScreen::localPaths(event->mimeData()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importScreen->isImporting()) {
        const auto answer = QMessageBox::question(
            this, tr("Import running"),
            tr("An import is running. If you quit now it is cancelled, and nothing of the file being imported is "
               "kept. Quit anyway?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    closeDialogs();
    const Session ended = m_context.session;
    Workspace* workspace = m_context.workspace;
    if (ended.isValid())
        m_context.runner->post([workspace, ended] { workspace->logout(ended); });
    event->accept();
}

} // namespace pulsedesk::ui
