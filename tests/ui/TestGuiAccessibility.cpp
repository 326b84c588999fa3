#include "GuiDriver.h"
#include "PatientsScreen.h"
#include "TestWorkspace.h"
#include "storage/DeviceRegistry.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QMenuBar>
#include <QProcess>
#include <QScopeGuard>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTranslator>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

/// The name a screen reader announces for a widget: its accessible name, its text, or its label's (buddy) text.
QString spokenName(QWidget* widget)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(widget);
    return a ? a->text(QAccessible::Name).trimmed() : QString();
}

/// Controls the keyboard can reach: shown, enabled, taking focus by Tab. A scroll bar belongs to its view, the
/// text field inside a spin box or combo box to that box, and a widget that hands its focus on (a tab widget to
/// its tab bar) to the widget it hands it to.
bool isReachableControl(QWidget* w)
{
    QWidget* parent = w->parentWidget();
    const bool part = qobject_cast<QScrollBar*>(w) || qobject_cast<QAbstractSpinBox*>(parent)
        || qobject_cast<QComboBox*>(parent) || w->focusProxy();
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !part && !w->isWindow();
}

QString describe(QWidget* w)
{
    QWidget* parent = w->parentWidget();
    return QStringLiteral("%1 \"%2\" in %3 \"%4\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             parent ? QString::fromLatin1(parent->metaObject()->className()) : QString(),
             parent ? parent->objectName() : QString());
}

/// Every reachable control under `root` without a name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (isReachableControl(w) && spokenName(w).isEmpty())
            unnamed.append(describe(w));
    }
    return unnamed;
}

/// The letter after '&' in a text (Alt+letter), lower case; empty if none.
QString mnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            return text.mid(i + 1, 1).toLower();
        }
    }
    return {};
}

/// Mnemonics of the controls shown under `root`, each with where it is.
QMultiMap<QString, QString> shownMnemonics(QWidget* root)
{
    QMultiMap<QString, QString> keys;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        else if (auto* label = qobject_cast<QLabel*>(w); label && label->buddy())
            text = label->text();
        if (const QString key = mnemonic(text); !key.isEmpty())
            keys.insert(key, text);
        if (auto* bar = qobject_cast<QTabBar*>(w)) {
            for (int i = 0; i < bar->count(); ++i) {
                if (const QString key = mnemonic(bar->tabText(i)); !key.isEmpty())
                    keys.insert(key, bar->tabText(i));
            }
        }
    }
    return keys;
}

} // namespace

/// Accessibility of the real windows, for each role: every control a user can reach has a name a screen reader
/// says (its text, its label, or an accessible name), and Tab alone reaches every control of every screen.
class TestGuiAccessibility : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;

    /// Visits every page the user sees (and each administration tab, and each tab of the patient view) and calls
    /// `check` with the page's name and widget.
    static void eachPage(GuiDriver& gui, const std::function<void(const QString&, QWidget*)>& check)
    {
        for (const QString& page : gui.visibleNavigation()) {
            gui.showPage(page);
            QVERIFY(gui.waitIdle());
            auto* screens = gui.find<QListWidget>("navigation")->parentWidget()->findChild<QStackedWidget*>();
            QWidget* current = screens->currentWidget();
            if (auto* tabs = qobject_cast<QTabWidget*>(current)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QVERIFY(gui.waitIdle());
                    check(page + QLatin1Char('/') + tabs->tabText(i), tabs);
                }
            } else {
                check(page, current);
            }
            if (page == QLatin1String("patients")) {
                auto* table = gui.find<QTableView>("patientsTable");
                QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 10'000);
                table->selectRow(0);
                QVERIFY(gui.waitIdle());
                auto* tabs = gui.find<QTabWidget>("patientTabs");
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    QVERIFY(gui.waitIdle());
                    check(page + QLatin1Char('/') + tabs->tabText(i), current);
                }
            }
        }
    }

private slots:
    void initTestCase()
    {
        m_store = std::make_unique<TestWorkspace>();
        Workspace& w = m_store->workspace();
        const Session doctor = m_store->addStaff(QStringLiteral("doctor"), Role::Doctor, QStringLiteral("Dr House"));
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Racing Rita"), QStringLiteral("1"));
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY(w.devices()
                    .assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"),
                            QDateTime::currentDateTimeUtc().addSecs(-3600))
                    .ok());
        storeSamples(w, QStringLiteral("dev-1"), QDateTime::currentMSecsSinceEpoch() - 600'000, 600, 1000,
                     [](int i) { return 80.0 + i % 5; });
        m_store->close();
    }

    void loginAndLockScreens_haveNamedControls()
    {
        GuiDriver gui(m_store->dir());
        QStringList unnamed = unnamedControls(&gui.window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("login: ") + unnamed.join(QStringLiteral(", "))));
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        gui.window().lock();
        unnamed = unnamedControls(&gui.window());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("locked: ") + unnamed.join(QStringLiteral(", "))));
    }

    /// Ctrl+1 … Ctrl+7 go to the screens, the same keys for every role; a screen the role does not have, and
    /// every screen while locked, is not reached.
    void screens_haveShortcutKeys()
    {
        GuiDriver gui(m_store->dir());
        gui.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&gui.window()));
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        auto* navigation = gui.find<QListWidget>("navigation");
        const auto current = [navigation] { return navigation->currentItem()->data(Qt::UserRole).toString(); };
        QTest::keyClick(&gui.window(), Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(current(), QStringLiteral("alarms"));
        QCOMPARE(QApplication::focusWidget(), navigation);
        QTest::keyClick(&gui.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(current(), QStringLiteral("patients"));
        QTest::keyClick(&gui.window(), Qt::Key_7, Qt::ControlModifier); // administration: not a nurse's
        QCOMPARE(current(), QStringLiteral("patients"));
        gui.window().lock();
        QTest::keyClick(&gui.window(), Qt::Key_1, Qt::ControlModifier);
        QVERIFY(gui.window().isLocked());
        QCOMPARE(current(), QStringLiteral("patients"));
    }

    /// Dialogs are built by FormDialog, which names every field after its label: checked on one with each kind of
    /// field (text, choice, date).
    void dialogs_haveNamedFields()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("doctor"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("patients"));
        gui.click("admitPatientButton");
        ui::FormDialog* dialog = gui.waitForDialog("admitPatientDialog");
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QComboBox*>());
        QVERIFY(dialog->findChild<QAbstractSpinBox*>());
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
        dialog->reject();
    }

    /// Alt+letter opens a menu only if no control on the screen uses the same letter (in German, "&Gehe zu" lost
    /// to the "&Grenzwerte" tab). Checked in every language, for every role and screen.
    void menuKeys_clashWithNoControl_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"en", "de", "es", "fr", "it"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void menuKeys_clashWithNoControl()
    {
        QFETCH(QString, lang);
        QTemporaryDir qmDir;
        const QString qm = qmDir.filePath(lang + QStringLiteral(".qm"));
        QProcess lrelease;
        lrelease.start(QStringLiteral(PULSEDESK_LRELEASE),
                       {QStringLiteral(PULSEDESK_TS_DIR "/pulsedesk_%1.ts").arg(lang), QStringLiteral("-qm"), qm});
        QVERIFY(lrelease.waitForFinished(30'000));
        QTranslator translator;
        QVERIFY(translator.load(qm));
        QCoreApplication::installTranslator(&translator);
        const auto removeTranslator = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });

        QStringList problems;
        QSet<QString> usedOnScreens;
        for (const auto& [user, password] :
             {std::pair {QStringLiteral("admin"), QString::fromLatin1(TestWorkspace::AdminPassword)},
              std::pair {QStringLiteral("doctor"), QString::fromLatin1(TestWorkspace::StaffPassword)},
              std::pair {QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)}}) {
            GuiDriver gui(m_store->dir());
            QVERIFY(gui.logIn(user, password));
            QVERIFY(gui.waitIdle());
            QMap<QString, QString> menus;
            for (QAction* menu : gui.window().menuBar()->actions())
                menus.insert(mnemonic(menu->text()), menu->text());
            const QString who = user;
            eachPage(gui, [&](const QString& page, QWidget* widget) {
                const QMultiMap<QString, QString> shown = shownMnemonics(widget);
                for (const QString& key : shown.keys())
                    usedOnScreens.insert(key);
                for (auto it = menus.cbegin(); it != menus.cend(); ++it) {
                    if (shown.contains(it.key()))
                        problems.append(QStringLiteral("%1, %2: menu %3 and %4")
                                            .arg(who, page, it.value(), shown.values(it.key()).join(QLatin1Char('/'))));
                }
            });
        }
        if (!problems.isEmpty()) {
            QString free;
            for (char c = 'a'; c <= 'z'; ++c) {
                if (!usedOnScreens.contains(QString(QLatin1Char(c))))
                    free += QLatin1Char(c);
            }
            problems.prepend(QStringLiteral("letters no screen uses: ") + free);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyScreen_hasNamedControls_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::newRow("admin") << QStringLiteral("admin") << QString::fromLatin1(TestWorkspace::AdminPassword);
        QTest::newRow("doctor") << QStringLiteral("doctor") << QString::fromLatin1(TestWorkspace::StaffPassword);
        QTest::newRow("nurse") << QStringLiteral("nurse") << QString::fromLatin1(TestWorkspace::StaffPassword);
    }

    void everyScreen_hasNamedControls()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(user, password));
        QVERIFY(gui.waitIdle());
        QStringList problems;
        int pages = 0;
        eachPage(gui, [&](const QString& page, QWidget* widget) {
            ++pages;
            const QStringList unnamed = unnamedControls(widget);
            if (!unnamed.isEmpty())
                problems.append(page + QStringLiteral(": ") + unnamed.join(QStringLiteral(", ")));
        });
        QVERIFY(pages >= 3);
        const QStringList frame = unnamedControls(gui.find<QListWidget>("navigation")->window());
        if (!frame.isEmpty())
            problems.append(QStringLiteral("window: ") + frame.join(QStringLiteral(", ")));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyScreen_isReachedByTab_data() { everyScreen_hasNamedControls_data(); }

    void everyScreen_isReachedByTab()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        GuiDriver gui(m_store->dir());
        gui.window().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&gui.window()));
        QVERIFY(gui.logIn(user, password));
        QVERIFY(gui.waitIdle());
        QStringList problems;
        eachPage(gui, [&](const QString& page, QWidget* widget) {
            QSet<QWidget*> reached;
            auto* navigation = gui.find<QListWidget>("navigation");
            navigation->setFocus(Qt::TabFocusReason);
            for (int i = 0; i < 300; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QWidget* focused = QApplication::focusWidget();
                if (!focused || focused == navigation)
                    break;
                reached.insert(focused);
            }
            QStringList missed;
            for (QWidget* w : widget->findChildren<QWidget*>()) {
                if (isReachableControl(w) && !reached.contains(w))
                    missed.append(describe(w));
            }
            if (!missed.isEmpty())
                problems.append(page + QStringLiteral(": ") + missed.join(QStringLiteral(", ")));
        });
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGuiAccessibility)
#include "TestGuiAccessibility.moc"
