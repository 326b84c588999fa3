#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/AuditLog.h"
#include "storage/PatientRegistry.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Patients on the ward: a doctor admits (and becomes responsible), adds responsible doctors and discharges; the
/// MRN is unique; reading a record is audited; nurses read, admins never do.
class TestPatientRegistry : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    Session m_doctor;
    Session m_second;
    Session m_nurse;

    static PatientInput input(const QString& mrn, const QString& name)
    {
        PatientInput in;
        in.mrn = mrn;
        in.name = name;
        in.birthDate = QDate(1950, 3, 1);
        in.sex = Sex::Female;
        in.ward = QStringLiteral("Cardiology");
        in.bed = QStringLiteral("7");
        return in;
    }

    QStringList auditActions()
    {
        auto entries = (*m_tw)->audit().list(m_tw->admin(), 1000);
        QStringList actions;
        if (entries)
            for (const AuditEntry& e : entries.value())
                actions.append(e.action + QLatin1Char(' ') + e.subjectId);
        return actions;
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        m_doctor = m_tw->addStaff(QStringLiteral("dr.one"), Role::Doctor);
        m_second = m_tw->addStaff(QStringLiteral("dr.two"), Role::Doctor);
        m_nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
    }

    void aDoctorAdmitsAndBecomesResponsible()
    {
        auto admitted = (*m_tw)->patients().admit(m_doctor, input(QStringLiteral("MRN-1"), QStringLiteral("Ada")));
        QVERIFY2(admitted.ok(), qPrintable(admitted.errorMessage()));
        QVERIFY(admitted->isAdmitted());
        QCOMPARE(admitted->doctorIds, QList<qint64> {m_doctor.userId});

        auto opened = (*m_tw)->patients().open(m_nurse, QStringLiteral("MRN-1"));
        QVERIFY(opened.ok());
        QCOMPARE(opened->name, QStringLiteral("Ada"));
        QCOMPARE(opened->birthDate, QDate(1950, 3, 1));
        QCOMPARE(opened->sex, Sex::Female);
        QCOMPARE(opened->bed, QStringLiteral("7"));
        QVERIFY(auditActions().contains(QStringLiteral("patient.read MRN-1")));
    }

    void theMrnIsUniqueAndRequired()
    {
        QVERIFY((*m_tw)->patients().admit(m_doctor, input(QStringLiteral("MRN-1"), QStringLiteral("Ada"))).ok());
        auto again = (*m_tw)->patients().admit(m_second, input(QStringLiteral("MRN-1"), QStringLiteral("Bob")));
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, Error::Code::Conflict);
        auto blank = (*m_tw)->patients().admit(m_doctor, input(QString(), QStringLiteral("Cid")));
        QCOMPARE(blank.error().code, Error::Code::Invalid);
        PatientInput unborn = input(QStringLiteral("MRN-9"), QStringLiteral("Dee"));
        unborn.birthDate = QDate::currentDate().addDays(2);
        QCOMPARE((*m_tw)->patients().admit(m_doctor, unborn).error().code, Error::Code::Invalid);
        QCOMPARE((*m_tw)->patients().list(m_doctor)->size(), 1);
    }

    void doctorsAreAddedOnceAndListsKeepToTheirOwn()
    {
        QVERIFY((*m_tw)->patients().admit(m_doctor, input(QStringLiteral("MRN-1"), QStringLiteral("Ada"))).ok());
        QVERIFY((*m_tw)->patients().admit(m_second, input(QStringLiteral("MRN-2"), QStringLiteral("Bob"))).ok());
        QCOMPARE((*m_tw)->patients().list(m_second, false, true)->size(), 1);
        QVERIFY((*m_tw)->patients().assignDoctor(m_doctor, QStringLiteral("MRN-1"), QStringLiteral("dr.two")).ok());
        QVERIFY((*m_tw)->patients().assignDoctor(m_doctor, QStringLiteral("MRN-1"), QStringLiteral("DR.TWO")).ok());
        QCOMPARE((*m_tw)->patients().findByMrn(QStringLiteral("MRN-1"))->doctorIds.size(), 2);
        QCOMPARE((*m_tw)->patients().list(m_second, false, true)->size(), 2);
        QCOMPARE(
            (*m_tw)->patients().assignDoctor(m_doctor, QStringLiteral("MRN-1"), QStringLiteral("nurse")).error().code,
            Error::Code::NotFound); // only a doctor can be responsible
        QCOMPARE(auditActions().count(QStringLiteral("patient.assign-doctor MRN-1")), 1);
    }

    void dischargeKeepsTheHistory()
    {
        QVERIFY((*m_tw)->patients().admit(m_doctor, input(QStringLiteral("MRN-1"), QStringLiteral("Ada"))).ok());
        QVERIFY((*m_tw)->patients().discharge(m_doctor, QStringLiteral("MRN-1")).ok());
        QCOMPARE((*m_tw)->patients().discharge(m_doctor, QStringLiteral("MRN-1")).error().code, Error::Code::Conflict);
        QCOMPARE((*m_tw)->patients().discharge(m_doctor, QStringLiteral("MRN-404")).error().code,
                 Error::Code::NotFound);
        QVERIFY((*m_tw)->patients().list(m_doctor)->isEmpty());
        auto all = (*m_tw)->patients().list(m_doctor, true);
        QCOMPARE(all->size(), 1);
        QVERIFY(!all->first().isAdmitted());
        QVERIFY(auditActions().contains(QStringLiteral("patient.discharge MRN-1")));
    }

    void rolesAreCheckedHere()
    {
        QVERIFY((*m_tw)->patients().admit(m_doctor, input(QStringLiteral("MRN-1"), QStringLiteral("Ada"))).ok());
        QCOMPARE((*m_tw)->patients().admit(m_nurse, input(QStringLiteral("MRN-2"), QStringLiteral("Bob"))).error().code,
                 Error::Code::NotPermitted);
        QCOMPARE((*m_tw)->patients().discharge(m_nurse, QStringLiteral("MRN-1")).error().code,
                 Error::Code::NotPermitted);
        QCOMPARE((*m_tw)->patients().open(m_tw->admin(), QStringLiteral("MRN-1")).error().code,
                 Error::Code::NotPermitted);
        QCOMPARE((*m_tw)->patients().list(m_tw->admin()).error().code, Error::Code::NotPermitted);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestPatientRegistry)
#include "TestPatientRegistry.moc"
