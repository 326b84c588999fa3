// A40 merges of two records that both exist, on a real MLLP connection (python3-hl7's client), on both stores. In
// the PostgreSQL run the ADT feed writes as pulsedesk-server's service role, with the server's privileges and rules.
#include "CliRunner.h"
#include "Hl7Peer.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "interfaces/AdtInterface.h"
#include "interfaces/DoctorIdentifiers.h"
#include "interfaces/MllpListener.h"
#include "storage/AuditLog.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/PostgresDatabase.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

QString adt(const QString& event, const QString& controlId, const QStringList& segments)
{
    const QString msh = QStringLiteral("MSH|^~\\&|HIS|HOSP|PULSEDESK|WARD|20260301101500||ADT^%1^ADT_%1|%2|P|2.5")
                            .arg(event, controlId);
    return (QStringList {msh} + segments).join(QLatin1Char('\r')) + QLatin1Char('\r');
}

QString pid(const QString& mrn, const QString& name = QStringLiteral("Rossi^Anna"))
{
    return QStringLiteral("PID|1||%1^^^HOSP^MR||%2||19800229|F").arg(mrn, name);
}

QString merge(const QString& controlId, const QString& survivor, const QString& prior)
{
    return adt(QStringLiteral("A40"), controlId,
               {pid(survivor, QStringLiteral("Rossi^Anna^Maria")), QStringLiteral("MRG|%1^^^HOSP^MR").arg(prior)});
}

} // namespace

class TestAdtMerge : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<Database> m_serviceDb; ///< PostgreSQL run: the service role's own connection
    std::unique_ptr<AuditLog> m_serviceAudit;
    std::unique_ptr<AdtInterface> m_adt;
    std::unique_ptr<hl7::MllpListener> m_listener;
    Session m_doctor;
    Session m_otherDoctor;
    Session m_nurse;

    QJsonObject send(const QString& message)
    {
        const QJsonArray answers = sendHl7(m_listener->port(), {{message}});
        return answers.isEmpty() ? QJsonObject() : answers[0].toObject();
    }

    qint64 count(const QString& sql, std::initializer_list<QVariant> values = {})
    {
        QSqlDatabase db = (*m_ws)->database().connection();
        return Sql::scalar(db, sql, values).toLongLong();
    }

    qint64 idOf(const QString& mrn) { return count(QStringLiteral("SELECT id FROM patients WHERE mrn = ?"), {mrn}); }

    /// Runs SQL on the store as its owner; the error text, empty when it worked.
    QString tryOwnerSql(const QString& sql, std::initializer_list<QVariant> values)
    {
        QSqlDatabase db = (*m_ws)->database().connection();
        QSqlQuery q(db);
        return Sql::exec(q, sql, values) ? QString() : q.lastError().text();
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_doctor = m_ws->addStaff(QStringLiteral("dr.meyer"), Role::Doctor);
        m_otherDoctor = m_ws->addStaff(QStringLiteral("dr.kim"), Role::Doctor);
        m_nurse = m_ws->addStaff(QStringLiteral("nurse.ana"), Role::Nurse);
        DoctorIdentifiers ids((*m_ws)->database(), (*m_ws)->audit());
        QVERIFY(ids.set(m_ws->admin(), QStringLiteral("dr.meyer"), QStringLiteral("D17")).ok());
        Database* database = &(*m_ws)->database();
        AuditLog* audit = &(*m_ws)->audit();
        if (currentBackend() == StoreBackend::Postgres) {
            // As on a ward server: the roles with their privileges, the service role with a login.
            (void)m_ws->cliStore();
            execSql(*m_ws, QStringLiteral("ALTER ROLE pulsedesk_server LOGIN PASSWORD 'svc-pw-1'"));
            auto info = PostgresDatabase::withUser(m_ws->connInfo(), QStringLiteral("pulsedesk_server"));
            QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
            auto opened =
                PostgresDatabase::open(info.value(), QStringLiteral("svc-pw-1"), PostgresDatabase::Schema::AsIs);
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            m_serviceDb = std::move(opened).value();
            m_serviceAudit = std::make_unique<AuditLog>(*m_serviceDb, (*m_ws)->clock());
            database = m_serviceDb.get();
            audit = m_serviceAudit.get();
        }
        Session stand = m_ws->admin();
        stand.username = QStringLiteral("hl7-adt");
        m_adt = std::make_unique<AdtInterface>(*database, *audit, (*m_ws)->clock(), stand);
        m_listener = std::make_unique<hl7::MllpListener>(
            [this](const QByteArray& raw, const QHostAddress& peer) { return m_adt->handle(raw, peer.toString()); });
        const Status started = m_listener->start({});
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    }

    void cleanup()
    {
        m_listener.reset();
        m_adt.reset();
        m_serviceAudit.reset();
        m_serviceDb.reset();
        m_ws.reset();
    }

    void merge_movesEverything_once_andTheChainVerifies()
    {
        // The prior record 1001 (dr.kim's, then dr.meyer's by the feed) and the surviving 1002 (dr.meyer's).
        m_ws->admit(m_otherDoctor, QStringLiteral("1001"), QStringLiteral("Anna Rossi"), QStringLiteral("7"));
        m_ws->admit(m_doctor, QStringLiteral("1002"), QStringLiteral("Anna M Rossi"), QStringLiteral("8"));
        QCOMPARE(send(adt(QStringLiteral("A08"), QStringLiteral("u1"),
                          {pid(QStringLiteral("1001")), QStringLiteral("PV1|1|I|W^7||||D17^Meyer")}))
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("AA"));
        const qint64 prior = idOf(QStringLiteral("1001"));
        const qint64 survivor = idOf(QStringLiteral("1002"));
        QVERIFY((*m_ws)->devices().add(m_nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY((*m_ws)->devices().assign(m_nurse, QStringLiteral("dev-1"), QStringLiteral("1001")).ok());
        const qint64 device = count(QStringLiteral("SELECT id FROM devices WHERE device_id = 'dev-1'"));
        QVERIFY((*m_ws)->records().add(m_doctor, QStringLiteral("1001"), QStringLiteral("first note")).ok());
        QVERIFY((*m_ws)->records().add(m_doctor, QStringLiteral("1001"), QStringLiteral("second note")).ok());
        const QString id = QString::number(prior);
        const QString dev = QString::number(device);
        const QString doctorId = QString::number(m_doctor.userId);
        for (const QString& sql : {
                 QStringLiteral("INSERT INTO observations (patient_id, taken_at, recorded_at, recorded_by, "
                                "respiration_rate, spo2, spo2_scale, on_oxygen, systolic, pulse, consciousness, "
                                "temperature_c) VALUES (%1, 1, 1, %2, 18, 97, 1, 0, 120, 80, 'A', 37)")
                     .arg(id, QString::number(m_nurse.userId)),
                 QStringLiteral("INSERT INTO analysis_results (patient_id, device_id, window_start, window_ms, "
                                "sample_count, coverage, category, low_confidence, basis, band, computed_at) "
                                "VALUES (%1, %2, 10000, 10000, 10, 1, 'normal', 0, 'b', 'b', 20000), "
                                "(%1, %2, 20000, 10000, 10, 1, 'normal', 0, 'b', 'b', 30000)")
                     .arg(id, dev),
                 QStringLiteral("INSERT INTO findings (patient_id, device_id, window_start, category, found_at) "
                                "VALUES (%1, %2, 10000, 'tachycardia', 20000)")
                     .arg(id, dev),
                 QStringLiteral("INSERT INTO alarms (patient_id, condition, priority, state, condition_since, "
                                "raised_at, updated_at, ended_at) VALUES (%1, 'tachycardia', 'high', 'ended', 0, 0, "
                                "5, 5), (%1, 'bradycardia', 'medium', 'active', 0, 6, 6, NULL)")
                     .arg(id),
                 QStringLiteral("INSERT INTO patient_limits (patient_id, severe_bradycardia_at_or_below, "
                                "bradycardia_below, tachycardia_above, severe_tachycardia_at_or_above, reason, set_by, "
                                "set_at) VALUES (%1, 30, 40, 120, 150, 'athlete', %2, 0)")
                     .arg(id, doctorId),
                 QStringLiteral("INSERT INTO patient_spo2_scale (patient_id, scale, set_by, set_at) "
                                "VALUES (%1, 2, %2, 0)")
                     .arg(id, doctorId),
                 QStringLiteral("INSERT INTO hl7_outbox (destination, kind, patient_id, device_id, ref, content, "
                                "created_at) VALUES ('results', 'result', %1, %2, 10000, 'window_ms=10000', 1)")
                     .arg(id, dev),
             })
            execSql(*m_ws, sql);

        // Notes stay append-only: no other change, and no move to a record theirs was not merged into.
        QVERIFY(tryOwnerSql(QStringLiteral("UPDATE clinical_records SET patient_id = ? WHERE patient_id = ?"),
                            {survivor, prior})
                    .contains(QLatin1String("append-only")));

        const QString message = merge(QStringLiteral("mg1"), QStringLiteral("1002"), QStringLiteral("1001"));
        QJsonObject answer = send(message);
        QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AA"));
        QCOMPARE(answer.value(QLatin1String("control_id")).toString(), QStringLiteral("mg1"));

        const auto of = [this](const char* table, qint64 patient) {
            return count(QStringLiteral("SELECT count(*) FROM %1 WHERE patient_id = ?").arg(QLatin1String(table)),
                         {patient});
        };
        QCOMPARE(of("device_assignments", prior), 0);
        QCOMPARE(of("device_assignments", survivor), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM device_assignments WHERE assigned_to IS NULL "
                                      "AND patient_id = ?"),
                       {survivor}),
                 1); // the device is still worn, now by the survivor
        QCOMPARE(of("clinical_records", prior), 0);
        QCOMPARE(of("clinical_records", survivor), 2);
        QCOMPARE(of("observations", survivor), 1);
        QCOMPARE(of("analysis_results", survivor), 2);
        QCOMPARE(of("findings", survivor), 1);
        QCOMPARE(of("alarms", survivor), 1); // the ended one; the open one ends with the prior record
        QCOMPARE(of("patient_limits", survivor), 1);
        QCOMPARE(of("patient_spo2_scale", survivor), 1);
        QCOMPARE(of("hl7_outbox", survivor), 1);
        QCOMPARE(of("doctor_patient", prior), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM doctor_patient WHERE patient_id = ?"), {survivor}), 2);
        // A moved result is no correction: nothing new was queued.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_outbox")), 1);
        QCOMPARE(count(QStringLiteral("SELECT merged_into FROM patients WHERE id = ?"), {prior}), survivor);
        QVERIFY(
            count(QStringLiteral("SELECT count(*) FROM patients WHERE id = ? AND discharged_at IS NOT NULL"), {prior})
            == 1);
        const Patient kept = (*m_ws)->patients().findByMrn(QStringLiteral("1002")).value();
        QCOMPARE(kept.name, QStringLiteral("Anna Maria Rossi"));
        QVERIFY(kept.isAdmitted());
        // The merged record is no current patient.
        const auto current = (*m_ws)->patients().list(m_nurse, false, false).value();
        QCOMPARE(current.size(), 1);
        QCOMPARE(current.first().mrn, QStringLiteral("1002"));
        // Audited under the interface's name, with what moved (counts only).
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.merge' AND "
                                      "username = 'hl7-adt' AND subject_id = '1002' AND details LIKE "
                                      "'%prior=1001 assignments=1 results=3 alarms=1 notes=3 doctors=1 outbox=1 "
                                      "limits=1 spo2-scale=1'")),
                 1);

        // The same message again: acknowledged, not applied twice.
        answer = send(message);
        QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AA"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE control_id = 'mg1' AND applied = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE control_id = 'mg1'")), 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.merge'")), 1);
        // The same merge under a new control id changes nothing either.
        answer = send(merge(QStringLiteral("mg2"), QStringLiteral("1002"), QStringLiteral("1001")));
        QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AA"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE control_id = 'mg2' AND applied = 1 AND "
                                      "reason LIKE '%merged before%'")),
                 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.merge'")), 1);

        // The merged number is not admitted again, nor changed: the hospital sends events for the survivor.
        for (const QString& event : {QStringLiteral("A01"), QStringLiteral("A08"), QStringLiteral("A13")}) {
            answer = send(
                adt(event, QStringLiteral("x-") + event, {pid(QStringLiteral("1001")), QStringLiteral("PV1|1|I|W^9")}));
            QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AE"));
            QVERIFY2(
                answer.value(QLatin1String("text")).toString().contains(QLatin1String("merged into the record 1002")),
                qPrintable(answer.value(QLatin1String("text")).toString()));
        }
        QVERIFY(!(*m_ws)->patients().findByMrn(QStringLiteral("1001")).value().isAdmitted());
        // The moved notes stay append-only.
        QVERIFY(
            tryOwnerSql(QStringLiteral("UPDATE clinical_records SET text = 'changed' WHERE patient_id = ?"), {survivor})
                .contains(QLatin1String("append-only")));
        QVERIFY(tryOwnerSql(QStringLiteral("UPDATE observations SET patient_id = ? WHERE patient_id = ?"),
                            {prior, survivor})
                    .contains(QLatin1String("append-only")));

        // The audit chain verifies, through the real command line (the interface and the workspace closed first).
        const QStringList store = m_ws->cliStore();
        m_listener.reset();
        m_adt.reset();
        m_ws->close();
        const CliRun verified = runCli(store
                                           + QStringList {QStringLiteral("--user"), QStringLiteral("admin"),
                                                          QStringLiteral("--password-stdin"), QStringLiteral("audit"),
                                                          QStringLiteral("verify")},
                                       QByteArray(TestWorkspace::AdminPassword) + '\n');
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
    }

    void refusedMerges_areAnsweredAeWithTheReason()
    {
        for (const QString& mrn :
             {QStringLiteral("2001"), QStringLiteral("2002"), QStringLiteral("2003"), QStringLiteral("2004")})
            m_ws->admit(m_doctor, mrn, QStringLiteral("Pat ") + mrn);
        QJsonObject answer = send(merge(QStringLiteral("s1"), QStringLiteral("2001"), QStringLiteral("2001")));
        QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AE"));
        QVERIFY2(answer.value(QLatin1String("text")).toString().contains(QLatin1String("not merged into itself")),
                 qPrintable(answer.value(QLatin1String("text")).toString()));
        QCOMPARE(send(merge(QStringLiteral("s2"), QStringLiteral("2003"), QStringLiteral("2002")))
                     .value(QLatin1String("code"))
                     .toString(),
                 QStringLiteral("AA"));
        // Into a merged record.
        answer = send(merge(QStringLiteral("s3"), QStringLiteral("2002"), QStringLiteral("2004")));
        QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AE"));
        QVERIFY2(answer.value(QLatin1String("text"))
                     .toString()
                     .contains(QLatin1String("itself merged into the record 2003")),
                 qPrintable(answer.value(QLatin1String("text")).toString()));
        // A merged record merged again, elsewhere.
        answer = send(merge(QStringLiteral("s4"), QStringLiteral("2004"), QStringLiteral("2002")));
        QCOMPARE(answer.value(QLatin1String("code")).toString(), QStringLiteral("AE"));
        QVERIFY2(answer.value(QLatin1String("text")).toString().contains(QLatin1String("2003")),
                 qPrintable(answer.value(QLatin1String("text")).toString()));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patients WHERE merged_into IS NOT NULL")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patients WHERE discharged_at IS NULL")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE outcome = 'AE' AND applied = 0")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.merge'")), 1);
        // The store refuses the same whoever writes: a record merged once, never into a merged one.
        QVERIFY(tryOwnerSql(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"),
                            {idOf(QStringLiteral("2002")), idOf(QStringLiteral("2004"))})
                    .contains(QLatin1String("merged once")));
        QVERIFY(tryOwnerSql(QStringLiteral("UPDATE patients SET merged_into = ? WHERE id = ?"),
                            {idOf(QStringLiteral("2001")), idOf(QStringLiteral("2002"))})
                    .contains(QLatin1String("merged once")));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAdtMerge)
#include "TestAdtMerge.moc"
