#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/StaffDirectory.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestStaffDirectory : public QObject
{
    Q_OBJECT

private slots:
    void lastAdmin_cannotBeDeactivatedOrDemoted()
    {
        TestWorkspace tw;
        StaffDirectory& staff = tw->staff();
        // Another admin deactivating the only remaining active admin is impossible, and so is demoting it.
        auto demote = staff.changeRole(tw.admin(), QStringLiteral("admin"), Role::Doctor);
        QVERIFY(!demote.ok());
        QCOMPARE(demote.code(), Error::Code::Conflict);
        QVERIFY2(demote.errorMessage().contains(QLatin1String("last active administrator")),
                 qPrintable(demote.errorMessage()));

        const Session second = tw.addStaff(QStringLiteral("second"), Role::Admin);
        QVERIFY(staff.deactivate(second, QStringLiteral("admin")).ok());
        auto deactivateLast = staff.deactivate(tw.admin(), QStringLiteral("second"));
        QVERIFY(!deactivateLast.ok());
        QCOMPARE(deactivateLast.code(), Error::Code::Conflict);
        auto demoteLast = staff.changeRole(second, QStringLiteral("second"), Role::Nurse);
        QVERIFY(!demoteLast.ok());
        QCOMPARE(demoteLast.code(), Error::Code::Conflict);
        auto lastAdmins = staff.list(second);
        QVERIFY(lastAdmins.ok());
        int activeAdmins = 0;
        for (const StaffMember& m : lastAdmins.value())
            activeAdmins += (m.role == Role::Admin && m.active) ? 1 : 0;
        QCOMPARE(activeAdmins, 1);
    }

    void deactivatedStaff_cannotLogIn_untilReactivated()
    {
        TestWorkspace tw;
        tw.addStaff(QStringLiteral("nina"), Role::Nurse);
        QVERIFY(tw->staff().deactivate(tw.admin(), QStringLiteral("nina")).ok());
        auto refused = tw->login(QStringLiteral("nina"), QString::fromLatin1(TestWorkspace::StaffPassword));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.code(), Error::Code::Authentication);

        QVERIFY(tw->staff().reactivate(tw.admin(), QStringLiteral("nina"), QStringLiteral("one-time-again")).ok());
        QVERIFY(!tw->login(QStringLiteral("nina"), QString::fromLatin1(TestWorkspace::StaffPassword)).ok());
        auto back = tw->login(QStringLiteral("nina"), QStringLiteral("one-time-again"));
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QVERIFY(back->mustChangePassword);
    }

    void resetPassword_givesAOneTimePassword()
    {
        TestWorkspace tw;
        tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        QVERIFY(tw->staff().resetPassword(tw.admin(), QStringLiteral("doc"), QStringLiteral("temporary-1")).ok());
        QVERIFY(!tw->login(QStringLiteral("doc"), QString::fromLatin1(TestWorkspace::StaffPassword)).ok());
        auto session = tw->login(QStringLiteral("doc"), QStringLiteral("temporary-1"));
        QVERIFY(session.ok());
        QVERIFY(session->mustChangePassword);
    }

    void duplicateUsername_isAConflict()
    {
        TestWorkspace tw;
        auto dup = tw->staff().add(tw.admin(), QStringLiteral("ADMIN"), QStringLiteral("Another"), Role::Nurse,
                                   QStringLiteral("password-x"));
        QVERIFY(!dup.ok());
        QCOMPARE(dup.code(), Error::Code::Conflict);
    }

    void badInput_isRejectedWithAReason_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("short password") << "alice"
                                        << "short";
        QTest::newRow("password equals user name") << "alice-smith"
                                                   << "alice-smith";
        QTest::newRow("spaces in user name") << "alice smith"
                                             << "long-enough-1";
        QTest::newRow("empty user name") << ""
                                         << "long-enough-1";
    }
    void badInput_isRejectedWithAReason()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        // One workspace per backend for all the rows.
        static std::unique_ptr<TestWorkspace> workspaces[2];
        std::unique_ptr<TestWorkspace>& tw = workspaces[currentBackend() == StoreBackend::Postgres ? 1 : 0];
        if (!tw)
            tw = std::make_unique<TestWorkspace>();
        auto added = (*tw)->staff().add(tw->admin(), username, QStringLiteral("Alice"), Role::Nurse, password);
        QVERIFY(!added.ok());
        QCOMPARE(added.code(), Error::Code::Invalid);
        QVERIFY(!added.errorMessage().isEmpty());
    }

    void roleChange_takesEffectAtNextLogin()
    {
        TestWorkspace tw;
        tw.addStaff(QStringLiteral("sam"), Role::Nurse);
        QVERIFY(tw->staff().changeRole(tw.admin(), QStringLiteral("sam"), Role::Doctor).ok());
        auto session = tw->login(QStringLiteral("sam"), QString::fromLatin1(TestWorkspace::StaffPassword));
        QVERIFY(session.ok());
        QCOMPARE(session->role, Role::Doctor);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestStaffDirectory)
#include "TestStaffDirectory.moc"
