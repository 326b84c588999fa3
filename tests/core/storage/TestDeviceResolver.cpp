#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/DeviceResolver.h"
#include "storage/SqlSupport.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestDeviceResolver : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_nurse;

    qint64 idOf(const QString& sql, const QString& key)
    {
        QSqlDatabase db = (*m_tw)->database().connection();
        return Sql::scalar(db, sql, {key}).toLongLong();
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        const Session doctor = m_tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        m_nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        m_tw->admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"), QStringLiteral("1"));
        m_tw->admit(doctor, QStringLiteral("P2"), QStringLiteral("Pat Two"), QStringLiteral("2"));
        QVERIFY((*m_tw)->devices().add(m_nurse, QStringLiteral("polar-7"), {}, {}).ok());
    }

    void registeredDevice_resolvesToItsRow()
    {
        DeviceResolver resolver;
        QSqlDatabase db = (*m_tw)->database().connection();
        const auto row = resolver.rowId(db, QStringLiteral("polar-7"));
        QVERIFY(row.has_value());
        QCOMPARE(*row, idOf(QStringLiteral("SELECT id FROM devices WHERE device_id = ?"), QStringLiteral("polar-7")));
        QCOMPARE(resolver.rowId(db, QStringLiteral("polar-7")), row); // from the cache, the same
    }

    void unknownDevice_isFoundOnceRegistered()
    {
        DeviceResolver resolver;
        QSqlDatabase db = (*m_tw)->database().connection();
        QVERIFY(!resolver.rowId(db, QStringLiteral("polar-8")).has_value());
        QVERIFY(!resolver.rowId(db, QString()).has_value());
        // Not remembered as unknown: registered later, it is found without invalidate().
        QVERIFY((*m_tw)->devices().add(m_nurse, QStringLiteral("polar-8"), {}, {}).ok());
        const auto row = resolver.rowId(db, QStringLiteral("polar-8"));
        QVERIFY(row.has_value());
        QCOMPARE(*row, idOf(QStringLiteral("SELECT id FROM devices WHERE device_id = ?"), QStringLiteral("polar-8")));
    }

    void patientAt_followsTheAssignmentHistory()
    {
        DeviceRegistry& devices = (*m_tw)->devices();
        const QDateTime t0 = QDateTime::currentDateTimeUtc().addDays(-3);
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1"), t0).ok());
        QVERIFY(devices.unassign(m_nurse, QStringLiteral("polar-7"), t0.addDays(1)).ok());
        QVERIFY(devices.assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P2"), t0.addDays(2)).ok());
        const qint64 p1 = idOf(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"), QStringLiteral("P1"));
        const qint64 p2 = idOf(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"), QStringLiteral("P2"));
        QVERIFY(p1 > 0 && p2 > 0 && p1 != p2);

        DeviceResolver resolver;
        QSqlDatabase db = (*m_tw)->database().connection();
        const qint64 row = resolver.rowId(db, QStringLiteral("polar-7")).value_or(0);
        const qint64 ms = t0.toMSecsSinceEpoch();
        QCOMPARE(resolver.patientAt(db, row, ms - 1), 0);
        QCOMPARE(resolver.patientAt(db, row, ms), p1);
        QCOMPARE(resolver.patientAt(db, row, t0.addSecs(3600).toMSecsSinceEpoch()), p1);
        QCOMPARE(resolver.patientAt(db, row, t0.addDays(1).toMSecsSinceEpoch()), 0); // the end is exclusive
        QCOMPARE(resolver.patientAt(db, row, t0.addDays(1).addSecs(3600).toMSecsSinceEpoch()), 0);
        QCOMPARE(resolver.patientAt(db, row, t0.addDays(2).toMSecsSinceEpoch()), p2);
        QCOMPARE(resolver.patientAt(db, row, QDateTime::currentMSecsSinceEpoch() + 3'600'000), p2); // still assigned
        QCOMPARE(resolver.patientAt(db, row + 1000, ms), 0); // no such device
    }

    void invalidate_readsAssignmentsAgain()
    {
        DeviceResolver resolver;
        QSqlDatabase db = (*m_tw)->database().connection();
        const qint64 row = resolver.rowId(db, QStringLiteral("polar-7")).value_or(0);
        const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-600);
        QCOMPARE(resolver.patientAt(db, row, from.addSecs(60).toMSecsSinceEpoch()), 0);
        QVERIFY((*m_tw)->devices().assign(m_nurse, QStringLiteral("polar-7"), QStringLiteral("P1"), from).ok());
        // The history was read once; a new assignment is seen after invalidate().
        QCOMPARE(resolver.patientAt(db, row, from.addSecs(60).toMSecsSinceEpoch()), 0);
        resolver.invalidate();
        QCOMPARE(resolver.patientAt(db, row, from.addSecs(60).toMSecsSinceEpoch()),
                 idOf(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"), QStringLiteral("P1")));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestDeviceResolver)
#include "TestDeviceResolver.moc"
