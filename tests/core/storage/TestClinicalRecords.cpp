#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestClinicalRecords : public QObject
{
    Q_OBJECT

private slots:
    void amendment_isANewEntry_andBothStayVisible()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        auto first = tw->records().add(doctor, QStringLiteral("P1"), QStringLiteral("Resting rate 58, asymptomatic."));
        QVERIFY(first.ok());
        auto amended = tw->records().amend(doctor, first->id, QStringLiteral("Correction: resting rate 68."));
        QVERIFY(amended.ok());
        QCOMPARE(amended->amendsId, first->id);

        auto list = tw->records().list(nurse, QStringLiteral("P1"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).text, QStringLiteral("Resting rate 58, asymptomatic."));
        QCOMPARE(list->at(0).amendedById, amended->id);
        QCOMPARE(list->at(1).amendsId, first->id);
        QCOMPARE(list->at(1).authorName, QStringLiteral("doc"));
    }

    void records_cannotBeChangedOrDeleted_evenWithSql()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        QVERIFY(tw->records().add(doctor, QStringLiteral("P1"), QStringLiteral("Original.")).ok());
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE clinical_records SET text = 'Rewritten.'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM clinical_records")));
        QCOMPARE(tw->records().list(doctor, QStringLiteral("P1"))->first().text, QStringLiteral("Original."));
    }

    void emptyNote_isRejected()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        auto empty = tw->records().add(doctor, QStringLiteral("P1"), QStringLiteral("   "));
        QVERIFY(!empty.ok());
        QCOMPARE(empty.code(), Error::Code::Invalid);
        auto unknown = tw->records().add(doctor, QStringLiteral("nope"), QStringLiteral("x"));
        QCOMPARE(unknown.code(), Error::Code::NotFound);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestClinicalRecords)
#include "TestClinicalRecords.moc"
