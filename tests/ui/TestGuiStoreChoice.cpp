#include "GuiDriver.h"
#include "PostgresServer.h"
#include "StoreChoiceDialog.h"
#include "TestWorkspace.h"
#include "common/BackgroundRunner.h"
#include "ingest/LocalBroker.h"
#include "workspace/StoreChoice.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Where the workstation keeps the ward: asked once at the first start ("This PC alone", the default, or "A ward
/// server" with a connection test), remembered per user, and changed later from the login page.
class TestGuiStoreChoice : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_file = 0;

    QString choiceFile() { return m_dir.filePath(QStringLiteral("config-%1/workstation.conf").arg(++m_file)); }
    QString emptyDataDir() const { return m_dir.filePath(QStringLiteral("no-store")); }

    static ui::StoreChoiceDialog* shownDialog()
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<ui::StoreChoiceDialog*>(top);
            if (!dialog)
                dialog = top->findChild<ui::StoreChoiceDialog*>();
            if (dialog && dialog->isVisible())
                return dialog;
        }
        return nullptr;
    }

    /// Runs `act` on the store dialog once it is shown (chooseAtStart waits for it in a loop of its own); counts
    /// the dialogs seen.
    void whenShown(const std::function<void(ui::StoreChoiceDialog*)>& act, int* seen)
    {
        auto* poll = new QTimer(this);
        poll->setInterval(20);
        connect(poll, &QTimer::timeout, this, [poll, act, seen] {
            if (ui::StoreChoiceDialog* dialog = shownDialog()) {
                poll->deleteLater();
                ++*seen;
                act(dialog);
            }
        });
        poll->start();
    }

    static void type(ui::StoreChoiceDialog* dialog, const char* name, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QString::fromLatin1(name));
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void click(ui::StoreChoiceDialog* dialog, const char* name)
    {
        auto* button = dialog->findChild<QAbstractButton*>(QString::fromLatin1(name));
        QVERIFY2(button && button->isEnabled(), name);
        QTest::mouseClick(button, Qt::LeftButton);
    }

    /// Tests the connection and returns what the dialog says about it.
    static QString testConnection(ui::StoreChoiceDialog* dialog, const QString& connInfo)
    {
        type(dialog, "storeConnInfo", connInfo);
        click(dialog, "testConnectionButton");
        auto* result = dialog->findChild<QLabel*>(QStringLiteral("connectionResult"));
        auto* test = dialog->findChild<QPushButton*>(QStringLiteral("testConnectionButton"));
        if (!QTest::qWaitFor([test] { return test->isEnabled(); }, 15'000))
            return QStringLiteral("(no answer)");
        return result->text();
    }

    QString ward() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=ward sslmode=disable").arg(m_server.port());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void firstStart_asksOnce_thisPcAloneIsTheDefault()
    {
        const QString file = choiceFile();
        BackgroundRunner runner;
        int seen = 0;
        whenShown(
            [](ui::StoreChoiceDialog* dialog) {
                QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("storeLocal"))->isChecked());
                QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("storeConnInfo"))->isEnabled());
                click(dialog, "storeChoiceOk");
            },
            &seen);
        const StoreChoice chosen = ui::StoreChoiceDialog::chooseAtStart(file, emptyDataDir(), runner);
        QCOMPARE(seen, 1);
        QCOMPARE(chosen.kind, StoreChoice::Kind::Local);
        QCOMPARE(StoreChoice::load(file).kind, StoreChoice::Kind::Local);

        // The next start asks no more.
        const StoreChoice again = ui::StoreChoiceDialog::chooseAtStart(file, emptyDataDir(), runner);
        QCOMPARE(again.kind, StoreChoice::Kind::Local);
        QTest::qWait(100);
        QCOMPARE(seen, 1);
    }

    void firstStart_wardServer_testsTheConnectionAndIsRemembered()
    {
        const QString file = choiceFile();
        BackgroundRunner runner;
        int seen = 0;
        QString unreachable, noCa, answers;
        const int deadPort = LocalBroker::freePort();
        whenShown(
            [&](ui::StoreChoiceDialog* dialog) {
                dialog->findChild<QRadioButton*>(QStringLiteral("storeServer"))->setChecked(true);
                // OK without a connection string says what is missing and keeps the dialog.
                click(dialog, "storeChoiceOk");
                QVERIFY(dialog->isVisible());
                QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("storeChoiceError"))->isVisible());
                unreachable = testConnection(
                    dialog, QStringLiteral("host=127.0.0.1 port=%1 dbname=ward connect_timeout=5").arg(deadPort));
                noCa = testConnection(dialog,
                                      ward().replace(QLatin1String("sslmode=disable"),
                                                     QLatin1String("sslmode=verify-full "
                                                                   "sslrootcert=/nonexistent/ca.crt")));
                answers = testConnection(dialog, ward() + QStringLiteral(" password=never-kept"));
                click(dialog, "storeChoiceOk");
            },
            &seen);
        const StoreChoice chosen = ui::StoreChoiceDialog::chooseAtStart(file, emptyDataDir(), runner);
        QCOMPARE(seen, 1);
        QVERIFY2(unreachable.contains(QLatin1String("cannot be reached")), qPrintable(unreachable));
        QVERIFY2(unreachable.contains(QLatin1String("Connection refused")), qPrintable(unreachable));
        QVERIFY2(noCa.startsWith(QStringLiteral("✖")) && noCa.contains(QLatin1String("SSL")), qPrintable(noCa));
        QVERIFY2(answers.contains(QLatin1String("answers")), qPrintable(answers));
        QCOMPARE(chosen.kind, StoreChoice::Kind::Server);
        QVERIFY(chosen.connInfo.contains(QStringLiteral("port='%1'").arg(m_server.port())));
        QVERIFY2(!chosen.connInfo.contains(QLatin1String("never-kept")), qPrintable(chosen.connInfo));
        QCOMPARE(StoreChoice::load(file), chosen);
        QCOMPARE(ui::StoreChoiceDialog::chooseAtStart(file, emptyDataDir(), runner), chosen);
        QCOMPARE(seen, 1);
    }

    void closedWithoutChoosing_keepsNothing()
    {
        const QString file = choiceFile();
        BackgroundRunner runner;
        int seen = 0;
        whenShown([](ui::StoreChoiceDialog* dialog) { dialog->reject(); }, &seen);
        QCOMPARE(ui::StoreChoiceDialog::chooseAtStart(file, emptyDataDir(), runner).kind, StoreChoice::Kind::None);
        QCOMPARE(seen, 1);
        QCOMPARE(StoreChoice::load(file).kind, StoreChoice::Kind::None);
    }

    void aWorkstationWithAStore_isNotAsked()
    {
        TestWorkspace store;
        store.close();
        BackgroundRunner runner;
        QCOMPARE(ui::StoreChoiceDialog::chooseAtStart(choiceFile(), store.dir(), runner).kind,
                 StoreChoice::Kind::Local);
    }

    void loginPage_changesWhereTheWardIsStored()
    {
        const QString file = choiceFile();
        StoreChoice local;
        local.kind = StoreChoice::Kind::Local;
        QVERIFY(local.save(file).ok());
        TestWorkspace store;
        store.close();
        GuiDriver gui(store.dir());
        auto* change = gui.find<QPushButton>("changeStoreButton");
        QVERIFY(!change->isVisible()); // not offered when the store was given on the command line
        gui.window().setStoreChoicePath(file);
        QVERIFY(change->isVisible());
        QSignalSpy changed(&gui.window(), &ui::MainWindow::storeChanged);

        // The same choice again changes nothing.
        gui.click("changeStoreButton");
        QTRY_VERIFY(shownDialog());
        click(shownDialog(), "storeChoiceOk");
        QTRY_VERIFY(!shownDialog());
        QCOMPARE(changed.count(), 0);

        gui.click("changeStoreButton");
        QTRY_VERIFY(shownDialog());
        ui::StoreChoiceDialog* dialog = shownDialog();
        QVERIFY(dialog->findChild<QRadioButton*>(QStringLiteral("storeLocal"))->isChecked());
        dialog->findChild<QRadioButton*>(QStringLiteral("storeServer"))->setChecked(true);
        type(dialog, "storeConnInfo", ward());
        click(dialog, "storeChoiceOk");
        QTRY_COMPARE(changed.count(), 1);
        QCOMPARE(StoreChoice::load(file).kind, StoreChoice::Kind::Server);
    }

    void setupPage_offersTheChangeToo()
    {
        GuiDriver gui(emptyDataDir());
        auto* change = gui.find<QPushButton>("setupChangeStoreButton");
        QVERIFY(change->isHidden());
        gui.window().setStoreChoicePath(choiceFile());
        QVERIFY(change->isVisible());
        gui.click("setupChangeStoreButton");
        QTRY_VERIFY(shownDialog());
        shownDialog()->reject();
    }
};

QTEST_MAIN(TestGuiStoreChoice)
#include "TestGuiStoreChoice.moc"
