#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "scores/ObservationStore.h"
#include "scores/Pews.h"
#include "settings/Settings.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"

#include <QSqlQuery>
#include <QTest>

#include <cmath>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

/// RCP 2017 Chart 1: every parameter in its 0 band (total 0).
ObservationInput normal()
{
    ObservationInput in;
    in.values.respirationRate = 16;
    in.values.spo2 = 97;
    in.values.systolic = 120;
    in.values.pulse = 72;
    in.values.consciousness = Consciousness::Alert;
    in.values.temperatureC = 36.8;
    return in;
}

/// Respiration 25 (3), SpO2 93 (2), pulse 111 (2): total 7, high risk.
ObservationInput deteriorating()
{
    ObservationInput in = normal();
    in.values.respirationRate = 25;
    in.values.spo2 = 93;
    in.values.pulse = 111;
    return in;
}

void admitBorn(TestWorkspace& tw, const Session& doctor, const QString& mrn, const QDate& birth)
{
    PatientInput input;
    input.mrn = mrn;
    input.name = QStringLiteral("Patient ") + mrn;
    input.birthDate = birth;
    input.ward = QStringLiteral("A");
    input.bed = QStringLiteral("7");
    QVERIFY(tw->patients().admit(doctor, input).ok());
}

QSqlDatabase db(TestWorkspace& tw)
{
    return tw->database().connection();
}

} // namespace

class TestObservationStore : public QObject
{
    Q_OBJECT

private slots:
    void add_scoresAndSetsTheNextObservationTime()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));

        auto low = tw->observations().add(nurse, QStringLiteral("P1"), normal());
        QVERIFY2(low.ok(), qPrintable(low.errorMessage()));
        QVERIFY(low->news2.has_value());
        QCOMPARE(low->news2->total, 0);
        QCOMPARE(low->news2->risk, News2Risk::Low);
        // Chart 4: a total of 0 asks for observations at least 12-hourly.
        QCOMPARE(low->nextDueAt, clock.now().addSecs(12 * 3600));

        clock.advanceMs(60'000);
        auto high = tw->observations().add(nurse, QStringLiteral("P1"), deteriorating());
        QVERIFY(high.ok());
        QCOMPARE(high->news2->total, 7);
        QCOMPARE(high->news2->respirationRate, 3);
        QCOMPARE(high->news2->spo2, 2);
        QCOMPARE(high->news2->pulse, 2);
        QCOMPARE(high->news2->risk, News2Risk::High);
        QVERIFY(!high->nextDueAt.isValid()); // continuous monitoring

        auto list = tw->observations().list(doctor, QStringLiteral("P1"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(1).news2->total, 7);
        QCOMPARE(list->at(1).news2->respirationRate, 3);
        QCOMPARE(list->at(1).recordedByName, QStringLiteral("nurse"));
        QCOMPARE(list->at(0).nextDueAt, low->nextDueAt);
    }

    void amendment_keepsTheTimeTaken_andBothStayVisible()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        auto first = tw->observations().add(nurse, QStringLiteral("P1"), deteriorating());
        QVERIFY(first.ok());
        const QDateTime taken = clock.now();
        clock.advanceMs(10 * 60'000);
        auto corrected = tw->observations().amend(nurse, first->id, normal());
        QVERIFY(corrected.ok());
        QCOMPARE(corrected->amendsId, first->id);
        QCOMPARE(corrected->takenAt, taken);
        QCOMPARE(corrected->recordedAt, clock.now());

        auto list = tw->observations().list(nurse, QStringLiteral("P1"));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).amendedById, corrected->id);
        QCOMPARE(list->at(0).news2->total, 7);

        // The ward sees the correction, not the amended row.
        QSqlDatabase db = tw->database().connection();
        auto current = ObservationStore::current(db);
        QVERIFY(current.ok());
        QCOMPARE(current->size(), size_t(1));
        QCOMPARE(current->front().observationId, corrected->id);
        QCOMPARE(current->front().total, std::optional<int>(0));

        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE observations SET total = 0")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM observations")));
    }

    void underSixteen_orAgeUnknown_neverGetsANews2Score()
    {
        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        TestWorkspace tw(clock);
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        admitBorn(tw, doctor, QStringLiteral("CHILD"), QDate(2010, 6, 2)); // 15 the day before the birthday
        admitBorn(tw, doctor, QStringLiteral("ADULT"), QDate(2010, 6, 1)); // 16 today
        admitBorn(tw, doctor, QStringLiteral("NOAGE"), QDate());

        auto child = tw->observations().add(nurse, QStringLiteral("CHILD"), deteriorating());
        QVERIFY(child.ok());
        QVERIFY(!child->news2.has_value());
        QCOMPARE(child->unscored, UnscoredReason::UnderAge);
        QVERIFY(!child->nextDueAt.isValid());
        auto adult = tw->observations().add(nurse, QStringLiteral("ADULT"), deteriorating());
        QVERIFY(adult.ok());
        QCOMPARE(adult->news2->total, 7);
        auto unknown = tw->observations().add(nurse, QStringLiteral("NOAGE"), deteriorating());
        QVERIFY(unknown.ok());
        QCOMPARE(unknown->unscored, UnscoredReason::AgeUnknown);

        auto listed = tw->observations().list(nurse, QStringLiteral("CHILD"));
        QVERIFY(listed.ok());
        QVERIFY(!listed->first().news2.has_value());
        QCOMPARE(listed->first().unscored, UnscoredReason::UnderAge);
        QCOMPARE(tw->observations().list(nurse, QStringLiteral("NOAGE"))->first().unscored, UnscoredReason::AgeUnknown);
        // Nothing of a score reaches the store for a child.
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM observations o JOIN patients p ON p.id = o.patient_id "
                                      "WHERE p.mrn = 'CHILD' AND (o.total IS NOT NULL OR o.risk IS NOT NULL)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void underSixteen_isScoredWithTheSelectedPaediatricChart_neverNews2()
    {
        ManualClock clock(QDateTime(QDate(2026, 6, 1), QTime(10, 0), Qt::UTC));
        TestWorkspace tw(clock);
        const Session admin = tw.admin();
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        admitBorn(tw, doctor, QStringLiteral("INFANT"), QDate(2026, 3, 2)); // 2 months: band 0
        admitBorn(tw, doctor, QStringLiteral("CHILD"), QDate(2010, 6, 2)); // 191 months: band 1
        admitBorn(tw, doctor, QStringLiteral("ADULT"), QDate(2010, 6, 1)); // 16 today

        // Without a chart a child has no score at all.
        auto before = tw->observations().add(nurse, QStringLiteral("CHILD"), deteriorating());
        QVERIFY(before.ok());
        QVERIFY(!before->pews && !before->news2);

        // A chart made for this test only (not a clinical chart): pulse over 110 scores 2 from 3 months on.
        const QByteArray chart = R"({"format": "pulsedesk.age-banded-early-warning-table", "name": "Test chart",
            "source": "TestObservationStore only", "ageBands": [
            {"fromMonths": 0, "label": "under 3 months", "parameters": [
                {"key": "pulse", "bands": [{"upTo": 160, "score": 0}, {"score": 3}]}]},
            {"fromMonths": 3, "label": "3 months to 16 years", "parameters": [
                {"key": "pulse", "bands": [{"upTo": 110, "score": 0}, {"score": 2}]},
                {"key": "respirationRate", "bands": [{"upTo": 24, "score": 0}, {"score": 1}]}]}]})";
        QVERIFY(!Pews::select(tw->settings(), nurse, chart).ok()); // administrators only
        QVERIFY(!Pews::select(tw->settings(), admin, "{\"format\": \"x\"}").ok()); // checked first
        QSqlDatabase connection = db(tw);
        QVERIFY(!Pews::selected(connection).value());
        QVERIFY(Pews::select(tw->settings(), admin, chart).ok());

        auto child = tw->observations().add(nurse, QStringLiteral("CHILD"), deteriorating()); // pulse 111, RR 25
        QVERIFY(child.ok());
        QVERIFY(!child->news2);
        QCOMPARE(child->unscored, UnscoredReason::UnderAge);
        QVERIFY(child->pews);
        QCOMPARE(child->pews->total, 3);
        QCOMPARE(child->pews->ageBand, QStringLiteral("3 months to 16 years"));
        auto infant = tw->observations().add(nurse, QStringLiteral("INFANT"), deteriorating());
        QVERIFY(infant.ok());
        QCOMPARE(infant->pews->total, 0);
        QCOMPARE(infant->pews->ageBand, QStringLiteral("under 3 months"));
        auto adult = tw->observations().add(nurse, QStringLiteral("ADULT"), deteriorating());
        QVERIFY(adult.ok());
        QVERIFY(!adult->pews);
        QCOMPARE(adult->news2->total, 7);

        // Read back with the chart selected now: the earlier observation is scored too, and nothing is stored.
        auto listed = tw->observations().list(nurse, QStringLiteral("CHILD"));
        QVERIFY(listed.ok());
        QCOMPARE(listed->size(), 2);
        QVERIFY(listed->at(0).pews && listed->at(1).pews);
        QCOMPARE(listed->at(0).pews->total, 3);
        QVERIFY(!listed->at(0).news2);
        QSqlQuery q(db(tw));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM observations o JOIN patients p ON p.id = o.patient_id "
                                      "WHERE p.mrn = 'CHILD' AND (o.total IS NOT NULL OR o.risk IS NOT NULL)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'settings.change' "
                                      "AND details LIKE 'value=(chart, %'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        QVERIFY(Pews::select(tw->settings(), admin, QByteArray()).ok());
        QVERIFY(!tw->observations().list(nurse, QStringLiteral("CHILD"))->at(0).pews);
    }

    void scale2_onlyWhereADoctorSetIt()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        ObservationInput in = normal();
        in.values.spo2 = 90;
        in.spo2Scale = 2;
        auto refused = tw->observations().add(nurse, QStringLiteral("P1"), in);
        QCOMPARE(refused.code(), Error::Code::Invalid);

        QCOMPARE(tw->observations().setSpo2Scale(nurse, QStringLiteral("P1"), 2).code(), Error::Code::NotPermitted);
        QVERIFY(tw->observations().setSpo2Scale(doctor, QStringLiteral("P1"), 2).ok());
        QCOMPARE(tw->observations().spo2Scale(nurse, QStringLiteral("P1")).value(), 2);
        QCOMPARE(tw->observations().setSpo2Scale(doctor, QStringLiteral("P1"), 3).code(), Error::Code::Invalid);

        // Scale 2 now applies by default: 90 % on air scores 0 there (scale 1 would give 3).
        in.spo2Scale.reset();
        auto scored = tw->observations().add(nurse, QStringLiteral("P1"), in);
        QVERIFY(scored.ok());
        QVERIFY(scored->values.scale2);
        QCOMPARE(scored->news2->spo2, 0);
        // On oxygen, 97 % on scale 2 scores 3, and the oxygen row still adds 2 (RCP 2017, Chart 1).
        in.values.spo2 = 97;
        in.values.onOxygen = true;
        auto onOxygen = tw->observations().add(nurse, QStringLiteral("P1"), in);
        QVERIFY(onOxygen.ok());
        QCOMPARE(onOxygen->news2->spo2, 3);
        QCOMPARE(onOxygen->news2->oxygen, 2);
        QCOMPARE(onOxygen->news2->total, 5);
        QCOMPARE(onOxygen->news2->risk, News2Risk::Medium);
    }

    void badInput_andWrongRoles_areRefused_andNothingIsStored()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        ObservationInput typo = normal();
        typo.values.temperatureC = 368; // 36.8 without its point
        QCOMPARE(tw->observations().add(nurse, QStringLiteral("P1"), typo).code(), Error::Code::Invalid);
        ObservationInput unknownField = normal();
        unknownField.fromDevice = {QStringLiteral("glucose")};
        QCOMPARE(tw->observations().add(nurse, QStringLiteral("P1"), unknownField).code(), Error::Code::Invalid);
        QCOMPARE(tw->observations().add(tw.admin(), QStringLiteral("P1"), normal()).code(), Error::Code::NotPermitted);
        QCOMPARE(tw->observations().add(nurse, QStringLiteral("NOPE"), normal()).code(), Error::Code::NotFound);
        QCOMPARE(tw->observations().amend(nurse, 999, normal()).code(), Error::Code::NotFound);
        QCOMPARE(tw->observations().list(tw.admin(), QStringLiteral("P1")).code(), Error::Code::NotPermitted);
        QVERIFY(tw->observations().list(nurse, QStringLiteral("P1"))->isEmpty());

        QVERIFY(tw->patients().discharge(doctor, QStringLiteral("P1")).ok());
        QCOMPARE(tw->observations().add(nurse, QStringLiteral("P1"), normal()).code(), Error::Code::Conflict);
    }

    void chartedLater_keepsTheTimeTaken_withinADayAndTheAdmission()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        clock.advanceMs(3 * 3'600'000);
        ObservationInput in = normal();
        in.takenAt = clock.now().addSecs(-40 * 60);
        auto earlier = tw->observations().add(nurse, QStringLiteral("P1"), in);
        QVERIFY(earlier.ok());
        QCOMPARE(earlier->takenAt, in.takenAt);
        QCOMPARE(earlier->nextDueAt, in.takenAt.addSecs(12 * 3600));
        in.takenAt = clock.now().addSecs(3600);
        QCOMPARE(tw->observations().add(nurse, QStringLiteral("P1"), in).code(), Error::Code::Invalid);
        in.takenAt = clock.now().addSecs(-4 * 3600); // before the admission
        QCOMPARE(tw->observations().add(nurse, QStringLiteral("P1"), in).code(), Error::Code::Invalid);
    }

    void writesAndReads_areAudited()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        auto added = tw->observations().add(nurse, QStringLiteral("P1"), deteriorating());
        QVERIFY(added.ok());
        QVERIFY(tw->observations().amend(nurse, added->id, normal()).ok());
        QVERIFY(tw->observations().list(doctor, QStringLiteral("P1")).ok());
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT action FROM audit_log WHERE action LIKE 'observation.%' ORDER BY id")));
        QStringList actions;
        while (q.next())
            actions << q.value(0).toString();
        QCOMPARE(actions,
                 (QStringList {QStringLiteral("observation.add"), QStringLiteral("observation.amend"),
                               QStringLiteral("observation.read")}));
        auto verified = tw->audit().verify(tw.admin());
        QVERIFY(verified.ok() && verified->intact);
    }

    void deviceReadings_offerRecentValuesOfTheAssignedDevice()
    {
        ManualClock clock;
        TestWorkspace tw(clock);
        const Session doctor = tw.addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = tw.addStaff(QStringLiteral("nurse"), Role::Nurse);
        tw.admit(doctor, QStringLiteral("P1"), QStringLiteral("Pat One"));
        QVERIFY(tw->devices().add(nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY(tw->devices().assign(nurse, QStringLiteral("dev-1"), QStringLiteral("P1")).ok());

        auto none = tw->observations().deviceReadings(nurse, QStringLiteral("P1"));
        QVERIFY(none.ok());
        QVERIFY(std::isnan(none->pulse));

        // Two minutes at 80 then the last minute at 90; an SpO2 of 95 throughout.
        const qint64 now = clock.now().toMSecsSinceEpoch();
        storeSamples(
            tw.workspace(), QStringLiteral("dev-1"), now - 179'000, 180, 1000, [](int i) { return i < 120 ? 80 : 90; },
            QStringLiteral("live"), 95);
        auto recent = tw->observations().deviceReadings(nurse, QStringLiteral("P1"));
        QVERIFY(recent.ok());
        QCOMPARE(recent->deviceId, QStringLiteral("dev-1"));
        QCOMPARE(recent->pulse, 90.0);
        QCOMPARE(recent->spo2, 95.0);
        QVERIFY(std::isnan(recent->systolic));
        QCOMPARE(recent->measuredAt.toMSecsSinceEpoch(), now);

        // Older than five minutes: not offered.
        clock.advanceMs(ObservationStore::DeviceReadingsMaxAgeMs + 1000);
        QVERIFY(std::isnan(tw->observations().deviceReadings(nurse, QStringLiteral("P1"))->pulse));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestObservationStore)
#include "TestObservationStore.moc"
