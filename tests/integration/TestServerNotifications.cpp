#include "PostgresServer.h"
#include "TestWorkspace.h"
#include "alarms/AlarmStore.h"
#include "analysis/ResultStore.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/ServerNotifications.h"
#include "storage/SqlSupport.h"
#include "storage/StaffDirectory.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

constexpr int Deadline = 20'000; // generous: a loaded CI machine; nothing here judges speed
const QString OneTime = QStringLiteral("one-time-password-1");
const QString Password = QStringLiteral("ward-password-2");
const QString Name = QStringLiteral("Giulia Ferrante");
const QString Mrn = QStringLiteral("MRN-90210");
const QString NoteText = QStringLiteral("Complains of chest pain since the night shift");

/// One workstation on the ward server: its own Workspace and login.
struct Workstation
{
    std::unique_ptr<Workspace> workspace;
    Session session;
};

/// The changes `spy` has seen so far.
QList<ServerChange> changesIn(const QSignalSpy& spy)
{
    QList<ServerChange> changes;
    for (const QList<QVariant>& args : spy)
        changes.append(args.at(0).value<ServerChange>());
    return changes;
}

/// Waits until `spy` has seen `expected` (or the deadline passes).
bool waitFor(QSignalSpy& spy, const ServerChange& expected)
{
    return QTest::qWaitFor([&] { return changesIn(spy).contains(expected); }, Deadline);
}

ServerChange change(ServerChange::Table table, qint64 id, qint64 patientId)
{
    return ServerChange {table, id, patientId};
}

} // namespace

/// Two workstations on one ward server, each its own connection and login: what one changes reaches the other's
/// ServerNotifications, with ids only; a payload that is not a change is ignored; a restarted server is reported
/// and listened to again.
class TestServerNotifications : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QString m_ward;
    std::unique_ptr<Workspace> m_init; // the ward's admin
    Workstation m_doctor; // the doctors' office
    Workstation m_nurse; // the central station
    qint64 m_patient = 0;
    QStringList m_payloads; // every payload on the channel, seen by a bare listener
    QSqlDatabase m_bare;

    QString ward() const
    {
        return QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 sslmode=disable").arg(m_server.port()).arg(m_ward);
    }

    Workstation workstation(const Session& admin, const QString& name, Role role)
    {
        Workstation w;
        if (auto added = m_init->staff().add(admin, name, name, role, OneTime); !added)
            qFatal("add: %s", qPrintable(added.errorMessage()));
        w.workspace = Workspace::forServer(ward());
        auto session = w.workspace->login(name, OneTime);
        if (!session)
            qFatal("login: %s", qPrintable(session.errorMessage()));
        w.session = session.value();
        if (auto changed = w.workspace->staff().changeOwnPassword(w.session, OneTime, Password); !changed)
            qFatal("password: %s", qPrintable(changed.errorMessage()));
        // Logged in again with the new password, as at the next start.
        w.workspace = Workspace::forServer(ward());
        session = w.workspace->login(name, Password);
        if (!session)
            qFatal("login: %s", qPrintable(session.errorMessage()));
        w.session = session.value();
        return w;
    }

    void superSql(const QString& sql)
    {
        QString error;
        (void)m_server.psql(m_ward, sql, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        m_ward = m_server.createDatabase(&error);
        QVERIFY2(!m_ward.isEmpty(), qPrintable(error));
        // `server init` as IT runs it (the superuser), then the ward's admin at a workstation of their own.
        m_init = Workspace::forServer(m_server.connInfo(m_ward));
        const Status created = m_init->initialize(QStringLiteral("ward.admin"), QStringLiteral("Ward Admin"),
                                                  QStringLiteral("admin-pw-1"));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        m_init = Workspace::forServer(ward());
        auto admin = m_init->login(QStringLiteral("ward.admin"), QStringLiteral("admin-pw-1"));
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        const Session adminSession = admin.value();
        m_doctor = workstation(adminSession, QStringLiteral("doc.dora"), Role::Doctor);
        m_nurse = workstation(adminSession, QStringLiteral("nurse.nina"), Role::Nurse);

        // A bare listener of the channel, apart from PulseDesk's code: every payload the server sends.
        m_bare = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bare"));
        m_bare.setConnectOptions(m_server.connInfo(m_ward));
        QVERIFY(m_bare.open());
        connect(m_bare.driver(), &QSqlDriver::notification, this,
                [this](const QString&, QSqlDriver::NotificationSource, const QVariant& payload) {
                    m_payloads.append(payload.toString());
                });
        QVERIFY(m_bare.driver()->subscribeToNotification(QString::fromLatin1(ServerNotifications::Channel)));
    }

    void cleanupTestCase()
    {
        m_bare = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("bare"));
        m_doctor = {};
        m_nurse = {};
        m_init.reset();
    }

    void payloads_parseStrictly_data()
    {
        QTest::addColumn<QString>("payload");
        QTest::addColumn<bool>("valid");
        QTest::newRow("alarm") << QStringLiteral("alarms:123") << true;
        QTest::newRow("patient") << QStringLiteral("patients:7") << true;
        QTest::newRow("results") << QStringLiteral("results:patient=7") << true;
        QTest::newRow("limits") << QStringLiteral("limits:patient=12") << true;
        QTest::newRow("records") << QStringLiteral("records:patient=1") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("no table") << QStringLiteral(":7") << false;
        QTest::newRow("unknown table") << QStringLiteral("samples:7") << false;
        QTest::newRow("no id") << QStringLiteral("alarms:") << false;
        QTest::newRow("zero") << QStringLiteral("alarms:0") << false;
        QTest::newRow("leading zero") << QStringLiteral("alarms:07") << false;
        QTest::newRow("negative") << QStringLiteral("alarms:-7") << false;
        QTest::newRow("sign") << QStringLiteral("alarms:+7") << false;
        QTest::newRow("space") << QStringLiteral("alarms: 7") << false;
        QTest::newRow("trailing") << QStringLiteral("alarms:7 ") << false;
        QTest::newRow("too long") << QStringLiteral("alarms:1234567890123456789") << false;
        QTest::newRow("by patient where an id is due") << QStringLiteral("alarms:patient=7") << false;
        QTest::newRow("an id where a patient is due") << QStringLiteral("results:7") << false;
        QTest::newRow("more") << QStringLiteral("results:patient=7,8") << false;
        QTest::newRow("a name") << QStringLiteral("patients:7:Giulia Ferrante") << false;
        QTest::newRow("upper case") << QStringLiteral("ALARMS:7") << false;
        QTest::newRow("non-ascii digit") << QStringLiteral("alarms:\u0667") << false;
    }
    void payloads_parseStrictly()
    {
        QFETCH(QString, payload);
        QFETCH(bool, valid);
        const std::optional<ServerChange> parsed = ServerChange::parse(payload);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(parsed->payload(), payload); // and back
    }

    void oneToOne_isNotAServer()
    {
        TestWorkspace local;
        QVERIFY(local->notifications() == nullptr);
    }

    void admittingAPatient_reachesTheOtherWorkstation()
    {
        ServerNotifications* central = m_nurse.workspace->notifications();
        QVERIFY(central);
        QVERIFY(central->isListening());
        QSignalSpy changed(central, &ServerNotifications::changed);
        PatientInput input;
        input.mrn = Mrn;
        input.name = Name;
        input.bed = QStringLiteral("4");
        input.ward = QStringLiteral("A");
        auto admitted = m_doctor.workspace->patients().admit(m_doctor.session, input);
        QVERIFY2(admitted, qPrintable(admitted.errorMessage()));
        m_patient = admitted->id;
        QVERIFY2(waitFor(changed, change(ServerChange::Table::Patients, m_patient, m_patient)),
                 qPrintable(m_payloads.join(QLatin1Char(' '))));
    }

    void writingANote_reachesTheOtherWorkstation()
    {
        QSignalSpy changed(m_nurse.workspace->notifications(), &ServerNotifications::changed);
        auto note = m_doctor.workspace->records().add(m_doctor.session, Mrn, NoteText);
        QVERIFY2(note, qPrintable(note.errorMessage()));
        QVERIFY(waitFor(changed, change(ServerChange::Table::Records, 0, m_patient)));
    }

    void acknowledgingAnAlarm_reachesTheOtherWorkstation()
    {
        // Raised by the live analysis (here: the central station's store), acknowledged by the doctor.
        QSqlDatabase db = m_nurse.workspace->database().connection();
        auto id = m_nurse.workspace->alarms().nextAlarmId(db);
        QVERIFY(id);
        AlarmEvent event = raisedAlarm(id.value(), AlarmPriority::High);
        event.alarm.patientId = m_patient;
        event.alarm.raisedAtMs = event.alarm.updatedAtMs = event.atMs = QDateTime::currentMSecsSinceEpoch();
        QSignalSpy atTheDoctors(m_doctor.workspace->notifications(), &ServerNotifications::changed);
        QVERIFY(m_nurse.workspace->alarms().storeAlarmEvents(db, {event}).ok());
        const ServerChange alarm = change(ServerChange::Table::Alarms, id.value(), 0);
        QVERIFY(waitFor(atTheDoctors, alarm));

        QSignalSpy atTheCentral(m_nurse.workspace->notifications(), &ServerNotifications::changed);
        const Status acknowledged = m_doctor.workspace->alarms().acknowledge(m_doctor.session, id.value());
        QVERIFY2(acknowledged.ok(), qPrintable(acknowledged.errorMessage()));
        QVERIFY(waitFor(atTheCentral, alarm));
        auto view = m_nurse.workspace->alarms().alarm(m_nurse.session, id.value());
        QVERIFY(view);
        QCOMPARE(view->alarm.state, AlarmState::Acknowledged); // what the central station re-reads
    }

    void assigningADeviceAndStoringResults_reachTheOtherWorkstation()
    {
        QSignalSpy changed(m_doctor.workspace->notifications(), &ServerNotifications::changed);
        auto device = m_nurse.workspace->devices().add(m_nurse.session, QStringLiteral("MON-7"), QStringLiteral("Acme"),
                                                       QStringLiteral("M1"));
        QVERIFY2(device, qPrintable(device.errorMessage()));
        QVERIFY(m_nurse.workspace->devices().assign(m_nurse.session, QStringLiteral("MON-7"), Mrn).ok());
        QVERIFY(waitFor(changed, change(ServerChange::Table::Assignments, 0, m_patient)));

        // A burst of results for one patient in one transaction is one notification.
        QSqlDatabase db = m_nurse.workspace->database().connection();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        std::vector<WindowResult> results;
        WindowResult window; // the same window values, 30 windows in a row
        window.patientId = m_patient;
        window.deviceRowId = device->id;
        window.windowMs = 10'000;
        window.sampleCount = 10;
        window.coverage = 1.0;
        window.hrMean = 72;
        for (int i = 0; i < 30; ++i) {
            window.windowStartMs = (now / 10'000 - 40 + i) * 10'000;
            results.push_back(window);
        }
        {
            Sql::Transaction transaction(db);
            QVERIFY(transaction.isActive());
            QVERIFY(m_nurse.workspace->results().storeResults(db, results, now).ok());
            QVERIFY(transaction.commit().ok());
        }
        const ServerChange stored = change(ServerChange::Table::Results, 0, m_patient);
        QVERIFY(waitFor(changed, stored));
        // A note after the burst: notifications arrive in commit order, so every one of the burst is in by then.
        QVERIFY(m_doctor.workspace->records().add(m_doctor.session, Mrn, QStringLiteral("Stable")));
        QVERIFY(waitFor(changed, change(ServerChange::Table::Records, 0, m_patient)));
        QCOMPARE(changesIn(changed).count(stored), 1);
    }

    void payloads_holdIdsOnly_neverPatientData()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_payloads.isEmpty(), Deadline);
        static const QRegularExpression form(
            QStringLiteral("^((alarms|patients):[1-9][0-9]*|(assignments|records|observations|limits|results):"
                           "patient=[1-9][0-9]*)$"));
        for (const QString& payload : std::as_const(m_payloads)) {
            QVERIFY2(form.match(payload).hasMatch(), qPrintable(payload));
            for (const QString& secret : {Name, Mrn, NoteText, QStringLiteral("Giulia"), QStringLiteral("90210")})
                QVERIFY2(!payload.contains(secret), qPrintable(payload));
        }
        QCOMPARE(m_nurse.workspace->notifications()->ignoredPayloads(), 0);
        QCOMPARE(m_doctor.workspace->notifications()->ignoredPayloads(), 0);
    }

    void aPayloadThatIsNotAChange_isIgnoredAndCounted()
    {
        ServerNotifications* central = m_nurse.workspace->notifications();
        QSignalSpy changed(central, &ServerNotifications::changed);
        const qint64 before = central->ignoredPayloads();
        superSql(QStringLiteral("NOTIFY pulsedesk, 'patients:7; DROP TABLE patients'"));
        superSql(QStringLiteral("NOTIFY pulsedesk, ''"));
        superSql(QStringLiteral("NOTIFY pulsedesk, 'alarms:99999999999999999999999'"));
        superSql(QStringLiteral("NOTIFY pulsedesk, 'alarms:41'"));
        QVERIFY(waitFor(changed, change(ServerChange::Table::Alarms, 41, 0)));
        QCOMPARE(central->ignoredPayloads(), before + 3);
        // (A change of the previous test may still come in here: only the ones sent now are counted.)
        QCOMPARE(changesIn(changed).count(change(ServerChange::Table::Alarms, 41, 0)), 1);
        QVERIFY(!changesIn(changed).contains(change(ServerChange::Table::Patients, 7, 7)));
    }

    void aRestartedServer_isReported_andListenedToAgain()
    {
        m_bare.close(); // only the workstations listen on
        ServerNotifications* central = m_nurse.workspace->notifications();
        central->setRetryDelays(100, 1'000);
        QSignalSpy lost(central, &ServerNotifications::connectionLost);
        QSignalSpy back(central, &ServerNotifications::reconnected);
        QSignalSpy changed(central, &ServerNotifications::changed);
        m_server.stop();
        QVERIFY(lost.wait(Deadline));
        QVERIFY(!central->isListening());
        QVERIFY(!central->lastError().isEmpty());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(QTest::qWaitFor([&] { return back.size() == 1; }, Deadline));
        QVERIFY(central->isListening());
        QCOMPARE(lost.size(), 1); // once per loss, however many retries

        // The doctor's store connection died with the server too: a new login, as a workstation would.
        Workstation doctor;
        doctor.workspace = Workspace::forServer(ward());
        auto session = doctor.workspace->login(QStringLiteral("doc.dora"), Password);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QVERIFY(doctor.workspace->records().add(session.value(), Mrn, QStringLiteral("After the restart")));
        QVERIFY(waitFor(changed, change(ServerChange::Table::Records, 0, m_patient)));
    }
};

QTEST_GUILESS_MAIN(TestServerNotifications)
#include "TestServerNotifications.moc"
