#pragma once

#include "UiContext.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QMenu;
class QLabel;
class QListWidget;
class QMimeData;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace pulsedesk {
class InactivityMonitor;
class AlarmFeed;
class AlarmFollower;
class AnalysisService;
class IngestService;
class InterfaceService;
class Monitoring;
class Clock;
struct MqttStatus;
} // namespace pulsedesk

namespace pulsedesk::ui {

class AlarmNotifier;
class AlarmsScreen;
class ImportScreen;
class InterfacesScreen;

class LoginPage;
class Screen;
class SetupPage;
class SettingsScreen;

/// The workstation window: set-up on first run, login, the role's screens, and the lock screen. Every call to
/// core goes through the background runner; the window only presents answers.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `ingest` and `analysis` (optional) are started once the workspace is open and keep running while the
    /// screen is locked.
    /// Without `monitoring` (widget tests) nothing is ingested or analysed live; on a ward server the window
    /// follows the alarms the server stores instead (AlarmFollower).
    MainWindow(Workspace& workspace, BackgroundRunner& runner, const Clock& clock, Monitoring* monitoring = nullptr,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Hides every patient detail behind the lock screen; background work goes on.
    void lock();
    /// Ends the session and shows the login form.
    void logout();
    bool isLocked() const;
    const Session& session() const { return m_context.session; }
    InactivityMonitor& inactivityMonitor() const { return *m_inactivity; }
    /// On a ward server (no monitoring of its own): what follows the server's alarms; null on one PC.
    AlarmFollower* alarmFollower() const { return m_follower; }
    /// Screens in navigation order, for tests.
    QList<Screen*> screens() const;
    /// The user's store choice file (StoreChoice): the login page then offers to change where the ward is stored.
    void setStoreChoicePath(const QString& path);

signals:
    /// The login form (or set-up form) is on screen; used by the start-up benchmark.
    void loginShown();
    void sessionStarted();
    void lockedChanged(bool locked);
    /// The user chose another store on the login page (kept in the choice file): the application opens it.
    void storeChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showEntryPage();
    void setUp(const QString& username, const QString& displayName, const QString& password);
    void logIn(const QString& username, const QString& password);
    void startSession(const Session& session, bool sameUserUnlock);
    void requirePasswordChange();
    void buildNavigation();
    void applyAutoLock(int minutes);
    void closeDialogs();
    void clearScreens();
    void updateStatus();
    void showIntegrity();
    void connectMonitoring();
    void showServerReachability(bool reachable, const QString& reason);
    void startIngest();
    void showIngestStatus(const pulsedesk::MqttStatus& status);
    /// One PC: (re)starts the hospital interfaces on the runner's thread with the stored settings.
    void startInterfaces();
    void stopInterfaces();
    bool acceptsImportDrop(const QMimeData* mime) const;
    void changeStore();

    UiContext m_context;
    const Clock& m_clock;
    InactivityMonitor* m_inactivity = nullptr;
    QTimer* m_inactivityTimer = nullptr;
    QStackedWidget* m_pages = nullptr;
    SetupPage* m_setup = nullptr;
    LoginPage* m_login = nullptr;
    QWidget* m_workArea = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_screens = nullptr;
    QList<Screen*> m_screenList;
    QTabWidget* m_adminTabs = nullptr;
    SettingsScreen* m_settingsScreen = nullptr;
    InterfacesScreen* m_interfacesScreen = nullptr;
    /// The interfaces this workstation runs (one PC), created, used and deleted only on the runner's thread.
    std::shared_ptr<std::unique_ptr<InterfaceService>> m_interfaces;
    bool m_interfacesStarted = false;
    QLabel* m_userLabel = nullptr;
    QLabel* m_integrityBanner = nullptr;
    QLabel* m_serverBanner = nullptr;
    QLabel* m_brokerLabel = nullptr;
    Monitoring* m_monitoring = nullptr;
    IngestService* m_ingest = nullptr; ///< the monitoring's, or none
    AnalysisService* m_analysis = nullptr; ///< the monitoring's, or none
    AlarmFollower* m_follower = nullptr; ///< on a ward server
    AlarmFeed* m_alarmFeed = nullptr; ///< the analysis or the follower, or none
    AlarmsScreen* m_alarmsScreen = nullptr;
    ImportScreen* m_importScreen = nullptr;
    AlarmNotifier* m_notifier = nullptr;
    QAction* m_lockAction = nullptr;
    QMenu* m_goMenu = nullptr;
    QList<QAction*> m_goActions; ///< one per navigation entry, in the same order
    QAction* m_logoutAction = nullptr;
    QAction* m_passwordAction = nullptr;
    bool m_locked = false;
    QString m_storeChoicePath;
};

} // namespace pulsedesk::ui
