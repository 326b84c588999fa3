#pragma once

#include "FormDialog.h"
#include "MainWindow.h"
#include "common/BackgroundRunner.h"
#include "storage/Database.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <memory>

namespace pulsedesk::test {

/// The real main window over a real workspace folder, with helpers that act as a user would: type into the
/// fields found by object name and press the buttons. Every answer from core arrives through the background
/// runner, so checks wait with QTRY_*.
class GuiDriver
{
public:
    GuiDriver(const QString& dataDir, const Clock& clock = Clock::system())
        : m_workspace(std::make_unique<Workspace>(dataDir, clock))
        , m_runner(std::make_unique<BackgroundRunner>())
        , m_window(std::make_unique<ui::MainWindow>(*m_workspace, *m_runner, clock))
    {
        m_window->show();
    }

    /// The window over a workspace made elsewhere (a ward server's), with the live monitoring or none.
    explicit GuiDriver(std::unique_ptr<Workspace> workspace, const Clock& clock = Clock::system())
        : m_workspace(std::move(workspace))
        , m_runner(std::make_unique<BackgroundRunner>())
        , m_window(std::make_unique<ui::MainWindow>(*m_workspace, *m_runner, clock))
    {
        m_window->show();
    }

    ~GuiDriver()
    {
        m_window.reset();
        Workspace* workspace = m_workspace.get();
        m_runner->stop([workspace] {
            if (workspace->isOpen())
                workspace->database().releaseThreadConnection();
        });
    }

    ui::MainWindow& window() { return *m_window; }
    Workspace& workspace() { return *m_workspace; }

    template<typename T = QWidget>
    T* find(const char* name)
    {
        return m_window->findChild<T*>(QString::fromLatin1(name));
    }

    void typeInto(const char* name, const QString& text)
    {
        auto* edit = find<QLineEdit>(name);
        QVERIFY2(edit, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    void click(const char* name)
    {
        auto* button = find<QPushButton>(name);
        QVERIFY2(button, name);
        QVERIFY2(button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Logs in through the login form; returns once the session started (or an error is shown).
    bool logIn(const QString& user, const QString& password)
    {
        if (!find<QLineEdit>("loginUsername")->isReadOnly()) // locked: the user is given
            typeInto("loginUsername", user);
        typeInto("loginPassword", password);
        QTest::keyClick(find<QLineEdit>("loginPassword"), Qt::Key_Return);
        return QTest::qWaitFor(
                   [this] {
                       return (m_window->session().isValid() && !m_window->isLocked())
                           || find<QLabel>("loginError")->isVisible();
                   },
                   15'000)
            && m_window->session().isValid() && !m_window->isLocked();
    }

    /// Names of the navigation entries shown to the current user.
    QStringList visibleNavigation()
    {
        QStringList names;
        auto* nav = find<QListWidget>("navigation");
        for (int i = 0; i < nav->count(); ++i) {
            if (!nav->item(i)->isHidden())
                names.append(nav->item(i)->data(Qt::UserRole).toString());
        }
        return names;
    }

    /// Shows a page through the navigation, as a click on its entry would.
    void showPage(const QString& name)
    {
        auto* nav = find<QListWidget>("navigation");
        for (int i = 0; i < nav->count(); ++i) {
            if (nav->item(i)->data(Qt::UserRole).toString() == name)
                nav->setCurrentRow(i);
        }
    }

    /// Waits for a form dialog to be shown; null if none came within 10 s.
    ui::FormDialog* waitForDialog(const char* name)
    {
        ui::FormDialog* dialog = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                dialog = find<ui::FormDialog>(name);
                return dialog && dialog->isVisible();
            },
            10'000);
        return dialog;
    }

    /// Types into a dialog's field (a line or a multi-line field) found by its name.
    static void fill(ui::FormDialog* dialog, const char* field, const QString& text)
    {
        if (auto* line = dialog->findChild<QLineEdit*>(QString::fromLatin1(field))) {
            line->clear();
            QTest::keyClicks(line, text);
        } else if (auto* plain = dialog->findChild<QPlainTextEdit*>(QString::fromLatin1(field))) {
            QTest::keyClicks(plain, text);
        } else {
            QFAIL(field);
        }
    }

    /// Presses OK, as the user would.
    static void submit(ui::FormDialog* dialog) { QMetaObject::invokeMethod(dialog, &ui::FormDialog::submitted); }

    /// Every piece of text the window currently shows in labels, fields, tables and lists.
    QString visibleText();

    bool waitIdle(int ms = 15'000)
    {
        return QTest::qWaitFor([this] { return m_runner->pendingCount() == 0; }, ms);
    }

private:
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<BackgroundRunner> m_runner;
    std::unique_ptr<ui::MainWindow> m_window;
};

} // namespace pulsedesk::test
