#include "TestWorkspace.h"
#include "security/Permissions.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/StaffDirectory.h"

#include <QTest>

#include <functional>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Each role's forbidden actions fail in core with NotPermitted, whatever the UI shows; allowed ones work.
class TestPermissions : public QObject
{
    Q_OBJECT

    using Action = std::function<Error::Code(Workspace&, const Session&)>;

    template<typename R>
    static Error::Code codeOf(const R& result)
    {
        return result.ok() ? Error::Code(-1) : result.code();
    }

    std::unique_ptr<TestWorkspace> m_tw;
    QHash<QString, Session> m_sessions;

private slots:
    void initTestCase()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_sessions.insert(QStringLiteral("admin"), m_tw->admin());
        m_sessions.insert(QStringLiteral("doctor"), m_tw->addStaff(QStringLiteral("doc"), Role::Doctor));
        m_sessions.insert(QStringLiteral("nurse"), m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse));
        m_tw->admit(m_sessions[QStringLiteral("doctor")], QStringLiteral("P1"), QStringLiteral("Pat One"));
        QVERIFY((*m_tw)->devices().add(m_tw->admin(), QStringLiteral("dev-1"), {}, {}).ok());
    }

    void forbiddenActions_failInCore_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<Action>("action");
        const auto add = [](const char* role, const char* what, Action action) {
            QTest::addRow("%s: %s", role, what) << QString::fromLatin1(role) << action;
        };
        const Action listPatients = [](Workspace& w, const Session& s) { return codeOf(w.patients().list(s)); };
        const Action openPatient = [](Workspace& w, const Session& s) {
            return codeOf(w.patients().open(s, QStringLiteral("P1")));
        };
        const Action readRecords = [](Workspace& w, const Session& s) {
            return codeOf(w.records().list(s, QStringLiteral("P1")));
        };
        const Action writeRecord = [](Workspace& w, const Session& s) {
            return codeOf(w.records().add(s, QStringLiteral("P1"), QStringLiteral("note")));
        };
        const Action admit = [](Workspace& w, const Session& s) {
            PatientInput in;
            in.mrn = QStringLiteral("NEW-") + s.username;
            in.name = QStringLiteral("New");
            return codeOf(w.patients().admit(s, in));
        };
        const Action discharge = [](Workspace& w, const Session& s) {
            return codeOf(w.patients().discharge(s, QStringLiteral("P1")));
        };
        const Action addStaff = [](Workspace& w, const Session& s) {
            return codeOf(w.staff().add(s, QStringLiteral("x") + s.username, QStringLiteral("X"), Role::Nurse,
                                        QStringLiteral("one-time-pass")));
        };
        const Action listStaff = [](Workspace& w, const Session& s) { return codeOf(w.staff().list(s)); };
        const Action readAudit = [](Workspace& w, const Session& s) { return codeOf(w.audit().list(s)); };
        const Action verifyAudit = [](Workspace& w, const Session& s) { return codeOf(w.audit().verify(s)); };
        const Action changeSetting = [](Workspace& w, const Session& s) {
            return codeOf(w.settings().setValue(s, Settings::Key::AutoLockMinutes, 3));
        };
        const Action assignDevice = [](Workspace& w, const Session& s) {
            return codeOf(w.devices().assign(s, QStringLiteral("dev-1"), QStringLiteral("P1")));
        };
        const Action registerDevice = [](Workspace& w, const Session& s) {
            return codeOf(w.devices().add(s, QStringLiteral("d-") + s.username, {}, {}));
        };

        // admin: staff, devices, settings, audit; no clinical content
        add("admin", "list patients", listPatients);
        add("admin", "open a patient", openPatient);
        add("admin", "read clinical records", readRecords);
        add("admin", "write a clinical record", writeRecord);
        add("admin", "admit a patient", admit);
        add("admin", "assign a device", assignDevice);
        // doctor: patients and records; no staff, settings, audit, devices
        add("doctor", "add staff", addStaff);
        add("doctor", "list staff", listStaff);
        add("doctor", "read the audit log", readAudit);
        add("doctor", "verify the audit log", verifyAudit);
        add("doctor", "change a setting", changeSetting);
        add("doctor", "register a device", registerDevice);
        add("doctor", "assign a device", assignDevice);
        // nurse: devices, assignments, reading; no writing records, admitting, staff, settings, audit
        add("nurse", "write a clinical record", writeRecord);
        add("nurse", "admit a patient", admit);
        add("nurse", "discharge a patient", discharge);
        add("nurse", "add staff", addStaff);
        add("nurse", "read the audit log", readAudit);
        add("nurse", "change a setting", changeSetting);
    }
    void forbiddenActions_failInCore()
    {
        QFETCH(QString, role);
        QFETCH(Action, action);
        const Error::Code code = action(m_tw->workspace(), m_sessions.value(role));
        QCOMPARE(code, Error::Code::NotPermitted);
    }

    void allowedActions_succeed()
    {
        Workspace& w = m_tw->workspace();
        const Session doctor = m_sessions.value(QStringLiteral("doctor"));
        const Session nurse = m_sessions.value(QStringLiteral("nurse"));
        QVERIFY(w.records().add(doctor, QStringLiteral("P1"), QStringLiteral("Seen on the round.")).ok());
        QVERIFY(w.records().list(nurse, QStringLiteral("P1")).ok());
        QVERIFY(w.patients().open(nurse, QStringLiteral("P1")).ok());
        QVERIFY(w.devices().add(nurse, QStringLiteral("dev-nurse"), {}, {}).ok());
        QVERIFY(w.devices().assign(nurse, QStringLiteral("dev-nurse"), QStringLiteral("P1")).ok());
        QVERIFY(w.staff().list(m_tw->admin()).ok());
        QVERIFY(w.settings().setValue(m_tw->admin(), Settings::Key::AutoLockMinutes, 7).ok());
        QCOMPARE(w.settings().autoLockMinutes(), 7);
    }

    void notPermitted_saysWhatWasRefused()
    {
        auto result = m_tw->workspace().records().add(m_sessions.value(QStringLiteral("nurse")), QStringLiteral("P1"),
                                                      QStringLiteral("x"));
        QVERIFY(!result.ok());
        QVERIFY2(result.errorMessage().startsWith(QLatin1String("Not permitted")), qPrintable(result.errorMessage()));
    }

    void invalidSession_isRefused()
    {
        QCOMPARE(codeOf(m_tw->workspace().patients().list(Session())), Error::Code::NotPermitted);
    }

    void oneTimePassword_mustBeChangedBeforeAnythingElse()
    {
        auto added = m_tw->workspace().staff().add(m_tw->admin(), QStringLiteral("fresh"), QStringLiteral("Fresh"),
                                                   Role::Doctor, QStringLiteral("one-time-pass"));
        QVERIFY(added.ok());
        auto session = m_tw->workspace().login(QStringLiteral("fresh"), QStringLiteral("one-time-pass"));
        QVERIFY(session.ok());
        QVERIFY(session->mustChangePassword);
        QCOMPARE(codeOf(m_tw->workspace().patients().list(session.value())), Error::Code::NotPermitted);
        Session s = session.value();
        QVERIFY(m_tw->workspace()
                    .staff()
                    .changeOwnPassword(s, QStringLiteral("one-time-pass"), QStringLiteral("my-own-password"))
                    .ok());
        QVERIFY(!s.mustChangePassword);
        QVERIFY(m_tw->workspace().patients().list(s).ok());
    }
};

QTEST_GUILESS_MAIN(TestPermissions)
#include "TestPermissions.moc"
