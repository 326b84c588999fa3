#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestDeviceRegistry : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_doctor;
    Session m_nurse;

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_doctor = m_tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        m_nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        m_tw->admit(m_doctor, QStringLiteral("P1"), QStringLiteral("Pat One"), QStringLiteral("1"));
        m_tw->admit(m_doctor, QStringLiteral("P2"), QStringLiteral("Pat Two"), QStringLiteral("2"));
        QVERIFY((*m_tw)
                    ->devices()
                    .add(m_nurse, QStringLiteral("polar-7"), QStringLiteral("Polar"), QStringLiteral("H10"))
                    .ok());
    }

    void duplicateDevice_isAConflict()
    {
        auto dup = (*m_tw)->devices().add(m_nurse, QStringLiteral("polar-7"), {}, {});
        QVERIFY(!dup.ok());
        QCOMPARE(dup.code(), Error::Code::Conflict);
    }

    void device_isWornByOnePatientAtATime()
    {
        DeviceRegistry& devices = (*m_tw)->devices();
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1")).ok());
        auto second = devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P2"));
        QVERIFY(!second.ok());
        QCOMPARE(second.code(), Error::Code::Conflict);
        QVERIFY2(second.errorMessage().contains(QLatin1String("P1")), qPrintable(second.errorMessage()));
    }

    void history_keepsEveryPeriod()
    {
        DeviceRegistry& devices = (*m_tw)->devices();
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1"), t0).ok());
        QVERIFY(devices.unassign(m_nurse, QStringLiteral("polar-7"), t0.addDays(1)).ok());
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P2"), t0.addDays(2)).ok());
        auto history = devices.history(m_nurse, QStringLiteral("polar-7"));
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).patientMrn, QStringLiteral("P1"));
        QVERIFY(history->at(0).covers(t0.addSecs(3600)));
        QVERIFY(!history->at(0).covers(t0.addDays(1).addSecs(1)));
        QCOMPARE(history->at(1).patientMrn, QStringLiteral("P2"));
        QVERIFY(history->at(1).isOpen());
    }

    void overlappingPeriod_isRefused()
    {
        DeviceRegistry& devices = (*m_tw)->devices();
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1"), t0).ok());
        QVERIFY(devices.unassign(m_nurse, QStringLiteral("polar-7"), t0.addDays(2)).ok());
        auto overlap = devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P2"), t0.addDays(1));
        QVERIFY(!overlap.ok());
        QCOMPARE(overlap.code(), Error::Code::Conflict);
    }

    void discharge_releasesTheDevice_andKeepsHistory()
    {
        DeviceRegistry& devices = (*m_tw)->devices();
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1")).ok());
        QVERIFY((*m_tw)->patients().discharge(m_doctor, QStringLiteral("P1")).ok());
        auto list = devices.list(m_nurse);
        QVERIFY(list.ok());
        QCOMPARE(list->first().assignedPatientId, 0);
        QCOMPARE(devices.history(m_nurse, QStringLiteral("polar-7"))->size(), 1);
        auto toDischarged = devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1"));
        QVERIFY(!toDischarged.ok());
        auto patients = (*m_tw)->patients().list(m_doctor, true);
        QCOMPARE(patients->size(), 2);
    }

    void admin_seesThatADeviceIsInUse_butNotByWhom()
    {
        QVERIFY((*m_tw)->devices().assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1")).ok());
        auto list = (*m_tw)->devices().list(m_tw->admin());
        QVERIFY(list.ok());
        QCOMPARE(list->first().assignedPatientId, -1);
        QVERIFY(list->first().assignedPatientMrn.isEmpty());
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestDeviceRegistry)
#include "TestDeviceRegistry.moc"
