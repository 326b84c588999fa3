#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "interfaces/InterfaceSettings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace pulsedesk;
using pulsedesk::test::TestWorkspace;

/// The alarm store: what the live analysis writes, and what people do to an alarm through it (acknowledge, pause
/// the audio), with the alarm engine's own transitions, permissions and the audit log.
class TestAlarmStore : public QObject
{
    Q_OBJECT

    /// A workstation with a doctor, a nurse, patient MRN-1 in bed 4, and alarm 1 (high) raised for them.
    struct Ward
    {
        ManualClock clock;
        TestWorkspace tw {clock};
        Session doctor;
        Session nurse;
        qint64 patient = 0;

        Ward()
        {
            doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
            nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
            tw.admit(doctor, QStringLiteral("MRN-1"), QStringLiteral("Patient One"), QStringLiteral("4"));
            QSqlDatabase db = tw->database().connection();
            patient = Sql::scalar(db, QStringLiteral("SELECT id FROM patients")).toLongLong();
        }

        Status raise(qint64 id, AlarmPriority priority)
        {
            AlarmEvent event = test::raisedAlarm(id, priority);
            event.alarm.patientId = patient;
            event.alarm.raisedAtMs = clock.nowMs();
            event.alarm.updatedAtMs = clock.nowMs();
            event.atMs = clock.nowMs();
            QSqlDatabase db = tw->database().connection();
            return tw->alarms().storeAlarmEvents(db, {event});
        }

        qint64 audited(const QString& action)
        {
            QSqlDatabase db = tw->database().connection();
            return Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"), {action})
                .toLongLong();
        }
    };

private slots:
    void storedAlarms_areOpen_andAddressedToTheResponsibleDoctor()
    {
        Ward ward;
        QVERIFY(ward.raise(1, AlarmPriority::High));
        QVERIFY(ward.raise(2, AlarmPriority::Medium));
        QSqlDatabase db = ward.tw->database().connection();
        auto open = ward.tw->alarms().openAlarms(db);
        QVERIFY(open);
        QCOMPARE(open->size(), std::size_t(2));
        auto next = ward.tw->alarms().nextAlarmId(db);
        QVERIFY(next);
        QCOMPARE(next.value(), 3);

        auto view = ward.tw->alarms().alarm(ward.nurse, 1);
        QVERIFY(view);
        QCOMPARE(view->mrn, QStringLiteral("MRN-1"));
        QCOMPARE(view->bed, QStringLiteral("4"));
        QCOMPARE(view->alarm.priority, AlarmPriority::High);
        QCOMPARE(view->addressedTo, QList<qint64> {ward.doctor.userId});

        auto mine = ward.tw->alarms().alarms(ward.doctor, true, true);
        QVERIFY(mine);
        QCOMPARE(mine->size(), 2);
        auto nurses = ward.tw->alarms().alarms(ward.nurse, true, true);
        QVERIFY(nurses);
        QVERIFY(nurses->isEmpty()); // addressed to the doctor, not to the nurse
    }

    void aSecondOpenAlarmOfTheSameKind_isRefused_untilTheFirstEnds()
    {
        // Two analyses of one ward (a ward server's standby taking over) cannot both raise it.
        Ward ward;
        QVERIFY(ward.raise(1, AlarmPriority::High));
        QVERIFY(!ward.raise(2, AlarmPriority::High));
        QVERIFY(ward.raise(3, AlarmPriority::Medium)); // another condition
        AlarmEvent ended = test::raisedAlarm(1, AlarmPriority::High);
        ended.action = AlarmAction::Ended;
        ended.alarm.patientId = ward.patient;
        ended.alarm.state = AlarmState::Ended;
        ended.alarm.endedAtMs = ward.clock.nowMs();
        QSqlDatabase db = ward.tw->database().connection();
        QVERIFY(ward.tw->alarms().storeAlarmEvents(db, {ended}));
        QVERIFY(ward.raise(4, AlarmPriority::High));
        auto open = ward.tw->alarms().openAlarms(db);
        QVERIFY(open);
        QCOMPARE(open->size(), std::size_t(2));
    }

    /// A window's end brings many events in one call (on a server written a statement per column of all of them):
    /// an alarm that rises, changes and ends, and another of the same kind raised after it, keep their order, their
    /// history, their audit entries and what the HL7 outbox read of each one at that event.
    void eventsOfOneBatch_keepTheirOrder_history_auditAndOutboxState()
    {
        Ward ward;
        InterfaceSettings interfaces(ward.tw->database(), ward.tw->audit());
        QVERIFY(interfaces.enableQueue(ward.tw.admin(), QStringLiteral("alarms")));
        const auto event = [&ward](qint64 id, AlarmAction action, AlarmPriority priority) {
            AlarmEvent e = test::raisedAlarm(id, priority);
            e.action = action;
            e.alarm.patientId = ward.patient;
            e.alarm.raisedAtMs = e.alarm.updatedAtMs = e.atMs = ward.clock.nowMs();
            e.alarm.lastValue = 150;
            return e;
        };
        AlarmEvent raised = event(1, AlarmAction::Raised, AlarmPriority::High);
        AlarmEvent updated = event(1, AlarmAction::Updated, AlarmPriority::High);
        updated.alarm.lastValue = 170;
        AlarmEvent ended = event(1, AlarmAction::Ended, AlarmPriority::High);
        ended.alarm.state = AlarmState::Ended;
        ended.alarm.endedAtMs = ward.clock.nowMs();
        ended.alarm.lastValue = 170;
        const AlarmEvent again = event(2, AlarmAction::Raised, AlarmPriority::High); // the same kind, open again
        const AlarmEvent other = event(3, AlarmAction::Raised, AlarmPriority::Medium);
        QSqlDatabase db = ward.tw->database().connection();
        {
            Sql::Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(ward.tw->alarms().storeAlarmEvents(db, {raised, updated, other, ended, again}));
            QVERIFY(transaction.commit());
        }

        auto open = ward.tw->alarms().openAlarms(db);
        QVERIFY(open);
        QCOMPARE(open->size(), std::size_t(2));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT state FROM alarms WHERE id = 1")).toString(),
                 QStringLiteral("ended"));
        QVERIFY(Sql::scalar(db, QStringLiteral("SELECT open_key FROM alarms WHERE id = 1")).isNull());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT last_value FROM alarms WHERE id = 2")).toDouble(), 150.0);

        QStringList history;
        QSqlQuery q(db);
        QVERIFY(Sql::exec(q, QStringLiteral("SELECT alarm_id, action FROM alarm_events ORDER BY id")));
        while (q.next())
            history << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(history,
                 QStringList({QStringLiteral("1 raised"), QStringLiteral("1 updated"), QStringLiteral("3 raised"),
                              QStringLiteral("1 ended"), QStringLiteral("2 raised")}));

        QStringList audit;
        QVERIFY(Sql::exec(q,
                          QStringLiteral("SELECT action, subject_id FROM audit_log WHERE action LIKE 'alarm.%' "
                                         "ORDER BY id")));
        while (q.next())
            audit << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        QCOMPARE(audit,
                 QStringList({QStringLiteral("alarm.raised 1"), QStringLiteral("alarm.raised 3"),
                              QStringLiteral("alarm.ended 1"), QStringLiteral("alarm.raised 2")}));
        auto verified = ward.tw->audit().verify(ward.tw.admin());
        QVERIFY(verified);
        QVERIFY2(verified->intact, qPrintable(verified->problem));

        // Each outbox message carries the alarm as it stood at its event ("updated" ones are not sent).
        QStringList sent;
        QVERIFY(
            Sql::exec(q, QStringLiteral("SELECT content FROM hl7_outbox WHERE destination = 'alarms' ORDER BY id")));
        while (q.next()) {
            const QString content = q.value(0).toString();
            const auto field = [&content](const QString& name) {
                const QString key = QLatin1Char('&') + name + QLatin1Char('=');
                const qsizetype from = content.indexOf(key) + key.size();
                return content.mid(from, content.indexOf(QLatin1Char('&'), from) - from);
            };
            sent << content.section(QLatin1Char('&'), 0, 1) + QLatin1Char(' ') + field(QStringLiteral("state"))
                    + QLatin1Char(' ') + field(QStringLiteral("value"));
        }
        QCOMPARE(sent,
                 QStringList({QStringLiteral("alarm=1&action=raised active 150.0"),
                              QStringLiteral("alarm=3&action=raised active 150.0"),
                              QStringLiteral("alarm=1&action=ended ended 170.0"),
                              QStringLiteral("alarm=2&action=raised active 150.0")}));
    }

    void acknowledge_silencesTheAlarm_recordsWhoAndIsAudited()
    {
        Ward ward;
        QVERIFY(ward.raise(1, AlarmPriority::High));
        ward.clock.advanceMs(30'000);
        QVERIFY(ward.tw->alarms().acknowledge(ward.nurse, 1, QStringLiteral("at the bedside")));
        auto view = ward.tw->alarms().alarm(ward.doctor, 1);
        QVERIFY(view);
        QCOMPARE(view->alarm.state, AlarmState::Acknowledged);
        QCOMPARE(view->alarm.acknowledgedBy, ward.nurse.userId);
        QCOMPARE(view->alarm.acknowledgedAtMs, ward.clock.nowMs());
        QCOMPARE(view->alarm.comment, QStringLiteral("at the bedside"));
        QVERIFY(!view->acknowledgedByName.isEmpty());
        QCOMPARE(ward.audited(QStringLiteral("alarm.acknowledge")), 1);
    }

    /// The live analysis writes an alarm's state as it last read it; an acknowledgement made meanwhile must come
    /// after it, not be written over by it (on PostgreSQL, transactions run side by side: lockForWriting).
    void anAcknowledgement_waitsForAnotherWriterOfAlarms()
    {
        Ward ward;
        QVERIFY(ward.raise(1, AlarmPriority::High));
        QSqlDatabase main = ward.tw->database().connection();
        auto stale = ward.tw->alarms().openAlarms(main);
        QVERIFY(stale && stale->size() == 1);
        std::atomic<bool> locked = false;
        std::atomic<bool> written = false;
        std::thread analysis([&] {
            ThreadConnectionGuard guard(ward.tw->database());
            QSqlDatabase db = ward.tw->database().connection();
            Sql::Transaction transaction(db);
            if (!transaction.isActive() || !AlarmStore::lockForWriting(db))
                return;
            locked = true;
            // Long enough for the acknowledgement below to have started and to be waiting.
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
            AlarmEvent update {AlarmAction::Updated, stale->front(), ward.clock.nowMs(), 0, {}};
            written = ward.tw->alarms().storeAlarmEvents(db, {update}).ok() && transaction.commit().ok();
        });
        QTRY_VERIFY_WITH_TIMEOUT(locked, 10'000);
        const Status acked = ward.tw->alarms().acknowledge(ward.nurse, 1, QStringLiteral("seen"));
        analysis.join();
        QVERIFY2(acked.ok(), qPrintable(acked.errorMessage()));
        QVERIFY(written);
        auto view = ward.tw->alarms().alarm(ward.doctor, 1);
        QVERIFY(view);
        QCOMPARE(view->alarm.state, AlarmState::Acknowledged);
        QCOMPARE(view->alarm.acknowledgedBy, ward.nurse.userId);
    }

    void pauseAudio_forAtMostTwoMinutes_isAudited_andLongerIsRefused()
    {
        Ward ward;
        QVERIFY(ward.raise(1, AlarmPriority::High));
        const Status tooLong = ward.tw->alarms().pauseAudio(ward.nurse, 1, 121);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().code, Error::Code::Invalid);
        QCOMPARE(ward.audited(QStringLiteral("alarm.pause-audio")), 0);

        QVERIFY(ward.tw->alarms().pauseAudio(ward.nurse, 1, 120));
        auto view = ward.tw->alarms().alarm(ward.nurse, 1);
        QVERIFY(view);
        QCOMPARE(view->alarm.audioPausedUntilMs, ward.clock.nowMs() + AlarmSettings::MaxAudioPauseMs);
        QVERIFY(!view->alarm.isSounding(ward.clock.nowMs()));
        QVERIFY(view->alarm.isSounding(ward.clock.nowMs() + AlarmSettings::MaxAudioPauseMs));
        QCOMPARE(ward.audited(QStringLiteral("alarm.pause-audio")), 1);

        // Acknowledged, it is silent already: a pause is refused.
        QVERIFY(ward.tw->alarms().acknowledge(ward.nurse, 1));
        const Status silent = ward.tw->alarms().pauseAudio(ward.nurse, 1, 60);
        QVERIFY(!silent);
        QCOMPARE(silent.error().code, Error::Code::Conflict);
    }

    void anAdmin_cannotReadOrAcknowledge_andNothingChanges()
    {
        Ward ward;
        QVERIFY(ward.raise(1, AlarmPriority::High));
        const Status denied = ward.tw->alarms().acknowledge(ward.tw.admin(), 1);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, Error::Code::NotPermitted);
        QVERIFY(!ward.tw->alarms().alarms(ward.tw.admin()));
        auto view = ward.tw->alarms().alarm(ward.nurse, 1);
        QVERIFY(view);
        QCOMPARE(view->alarm.state, AlarmState::Active);
        QCOMPARE(ward.audited(QStringLiteral("alarm.acknowledge")), 0);
    }

    void anUnknownAlarm_isNotFound()
    {
        Ward ward;
        const Status missing = ward.tw->alarms().acknowledge(ward.nurse, 42);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAlarmStore)
#include "TestAlarmStore.moc"
