#include "AlarmLook.h"
#include "AlarmNotifier.h"
#include "AlarmsScreen.h"
#include "FormDialog.h"
#include "GuiDriver.h"
#include "TestWorkspace.h"
#include "ingest/IngestPipeline.h"
#include "monitoring/AnalysisService.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The alarm list as nurses and doctors use it: priority shown by colour, icon and text; acknowledge with a
/// comment; pause the audio.
class TestGuiAlarms : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_store;

    /// Whether the cell's alarm colour was seen on, off, or both while watching it for 0.6 s.
    static QSet<bool> litStates(const QModelIndex& index)
    {
        QSet<bool> seen;
        for (int i = 0; i < 24; ++i) {
            seen.insert(index.data(Qt::BackgroundRole).isValid());
            QTest::qWait(25);
        }
        return seen;
    }

private slots:
    void initTestCase()
    {
        // A patient whose analysis raised a high alarm (severe tachycardia) and one in range.
        m_store = std::make_unique<TestWorkspace>();
        Workspace& w = m_store->workspace();
        const Session doctor = m_store->addStaff(QStringLiteral("drhouse"), Role::Doctor, QStringLiteral("Dr House"));
        const Session nurse = m_store->addStaff(QStringLiteral("nurse"), Role::Nurse, QStringLiteral("Nora Nurse"));
        m_store->admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Anna Alarm"), QStringLiteral("4"));
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(w.devices()
                    .assign(nurse, QStringLiteral("dev-1"), QStringLiteral("MRN-1"),
                            QDateTime::fromMSecsSinceEpoch(now - 3'600'000, Qt::UTC))
                    .ok());
        analyseStream(w, QStringLiteral("dev-1"), 171);
        m_store->close();
    }

    void nurse_acknowledgesAHighAlarmWithAComment()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("alarms"));
        auto* screen = gui.find<ui::AlarmsScreen>("alarmsScreen");
        QVERIFY(screen->isVisible());
        QAbstractItemModelTester tester(screen->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 1, 10'000);
        const QModelIndex priority = screen->model()->index(0, 0);
        QCOMPARE(priority.data().toString(), QStringLiteral("High"));
        QVERIFY(!priority.data(Qt::DecorationRole).isNull()); // never colour alone
        // An unacknowledged high alarm flashes: over 0.6 s its colour is both on and off.
        QCOMPARE(litStates(priority), (QSet<bool> {true, false}));
        QCOMPARE(screen->model()->index(0, 1).data().toString(), QStringLiteral("Severe tachycardia"));
        QCOMPARE(screen->model()->index(0, 2).data().toString(), QStringLiteral("4"));
        QVERIFY(!gui.find<QCheckBox>("onlyMyAlarms")->isVisible()); // a doctor's filter

        auto* table = gui.find<QTableView>("alarmsTable");
        QVERIFY(!gui.find<QPushButton>("acknowledgeAlarmButton")->isEnabled());
        table->selectRow(0);
        gui.click("pauseAlarmAudioButton");
        QTRY_VERIFY_WITH_TIMEOUT(screen->model()->index(0, 5).data().toString().contains(QLatin1String("paused")),
                                 10'000);

        gui.click("acknowledgeAlarmButton");
        ui::FormDialog* dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = gui.find<ui::FormDialog>("acknowledgeAlarmDialog")) != nullptr && dialog->isVisible(), 10'000);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("comment")), QStringLiteral("at the bedside"));
        QMetaObject::invokeMethod(dialog, &ui::FormDialog::submitted);
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->index(0, 5).data().toString(), QStringLiteral("acknowledged"),
                                  10'000);
        QVERIFY(screen->model()->index(0, 8).data().toString().contains(QLatin1String("Nora Nurse")));
        QVERIFY(screen->model()->index(0, 8).data().toString().contains(QLatin1String("at the bedside")));
        QCOMPARE(litStates(screen->model()->index(0, 0)), QSet<bool> {true}); // acknowledged: steady

        QSqlDatabase db = gui.workspace().database().connection();
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                            "('alarm.acknowledge', 'alarm.pause-audio')"))
                     .toInt(),
                 2);
    }

    void flashRatesFollowIec60601_1_8()
    {
        // High: 2 Hz (1.4–2.8 Hz), medium: 0.67 Hz (0.4–0.8 Hz), lit half of each period (20–60 %).
        QCOMPARE(1000.0 / ui::HighFlashPeriodMs, 2.0);
        QVERIFY(1000.0 / ui::MediumFlashPeriodMs >= 0.4 && 1000.0 / ui::MediumFlashPeriodMs <= 0.8);
        for (const auto& [priority, period] : {std::pair {AlarmPriority::High, ui::HighFlashPeriodMs},
                                               std::pair {AlarmPriority::Medium, ui::MediumFlashPeriodMs}}) {
            int litMs = 0;
            for (qint64 ms = 0; ms < period; ++ms)
                litMs += ui::alarmLit(priority, false, 1'790'000'000'000 + ms) ? 1 : 0;
            QCOMPARE(litMs, period / 2);
            QVERIFY(period % ui::FlashTickMs == 0);
            for (qint64 ms = 0; ms < period; ms += 7)
                QVERIFY(ui::alarmLit(priority, true, ms)); // acknowledged: steady
        }
        for (qint64 ms = 0; ms < 3000; ms += 7)
            QVERIFY(ui::alarmLit(AlarmPriority::Low, false, ms)); // low priority never flashes
    }

    void doctor_filtersToTheirOwnAlarms()
    {
        GuiDriver gui(m_store->dir());
        QVERIFY(gui.logIn(QStringLiteral("drhouse"), QString::fromLatin1(TestWorkspace::StaffPassword)));
        QVERIFY(gui.waitIdle());
        gui.showPage(QStringLiteral("alarms"));
        auto* screen = gui.find<ui::AlarmsScreen>("alarmsScreen");
        auto* mine = gui.find<QCheckBox>("onlyMyAlarms");
        QVERIFY(mine->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(screen->model()->rowCount(), 1, 10'000);
        mine->setChecked(true);
        QVERIFY(gui.waitIdle());
        QCOMPARE(screen->model()->rowCount(), 1); // addressed to the responsible doctor
        // Locking drops the list.
        gui.window().lock();
        QCOMPARE(screen->model()->rowCount(), 0);
    }

    /// Notifications go on while the screen is locked: they carry the bed and the priority, never a name.
    void notifications_carryBedAndPriorityOnly()
    {
        ui::AlarmNotifier notifier;
        AlarmEvent event = raisedAlarm(1, AlarmPriority::High);
        notifier.notify(event);
        QCOMPARE(notifier.lastMessage(), QStringLiteral("High priority alarm, bed 4: Severe tachycardia"));
        QVERIFY(!notifier.lastMessage().contains(QLatin1String("Anna")));
        QVERIFY(!notifier.lastMessage().contains(QLatin1String("MRN")));
        // Medium alarms notify too; low (technical) ones and mere updates do not.
        event.alarm.priority = AlarmPriority::Medium;
        event.alarm.category = Category::ModerateBradycardia;
        QCOMPARE(ui::AlarmNotifier::message(event),
                 QStringLiteral("Medium priority alarm, bed 4: Moderate bradycardia"));
        event.action = AlarmAction::Updated;
        QVERIFY(ui::AlarmNotifier::message(event).isEmpty());
        event.action = AlarmAction::Raised;
        event.alarm.priority = AlarmPriority::Low;
        QVERIFY(ui::AlarmNotifier::message(event).isEmpty());
    }

    /// The sound follows the open alarms: a new high alarm is heard at once and again every 10 s until it is
    /// acknowledged; a medium one has its own burst. (Offscreen there is no sound device: the bell keeps the rhythm.)
    void sound_followsTheOpenAlarms()
    {
        ManualClock clock;
        std::vector<Alarm> open;
        ui::AlarmNotifier notifier([&open] { return open; }, clock);
        notifier.updateSound();
        QCOMPARE(notifier.burstsStarted(), 0);

        AlarmEvent event = raisedAlarm(7, AlarmPriority::High);
        notifier.notify(event);
        QCOMPARE(notifier.burstsStarted(), 1);
        QCOMPARE(notifier.lastBurst(), AlarmPriority::High);
        QVERIFY(notifier.isSounding());
        open.push_back(event.alarm);
        clock.advanceMs(5'000);
        notifier.updateSound();
        QCOMPARE(notifier.burstsStarted(), 1);
        clock.advanceMs(5'000);
        notifier.updateSound();
        QCOMPARE(notifier.burstsStarted(), 2);

        // Acknowledged: silent at once, and it stays silent.
        open.front().state = AlarmState::Acknowledged;
        notifier.updateSound();
        QVERIFY(!notifier.isSounding());
        clock.advanceMs(30'000);
        notifier.updateSound();
        QCOMPARE(notifier.burstsStarted(), 2);

        // A medium alarm: its own burst; an update of it is not announced again.
        event = raisedAlarm(8, AlarmPriority::Medium);
        notifier.notify(event);
        QCOMPARE(notifier.burstsStarted(), 3);
        QCOMPARE(notifier.lastBurst(), AlarmPriority::Medium);
        event.action = AlarmAction::Updated;
        notifier.notify(event);
        QCOMPARE(notifier.burstsStarted(), 3);
    }
};

QTEST_MAIN(TestGuiAlarms)
#include "TestGuiAlarms.moc"
