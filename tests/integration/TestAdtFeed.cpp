// The ADT feed on a real MLLP connection on a free loopback port: python3-hl7's MLLP client sends, and parses
// every acknowledgement with its own parser.
#include "Hl7Peer.h"
#include "TestWorkspace.h"
#include "interfaces/AdtInterface.h"
#include "interfaces/DoctorIdentifiers.h"
#include "interfaces/MllpListener.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/PatientRegistry.h"
#include "storage/SqlSupport.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

/// An ADT message: MSH with the event and control id, then the given segments.
QString adt(const QString& event, const QString& controlId, const QStringList& segments,
            const QString& version = QStringLiteral("2.5"), const QString& charset = {})
{
    QString msh = QStringLiteral("MSH|^~\\&|HIS|HOSP|PULSEDESK|WARD|20260301101500||ADT^%1^ADT_%1|%2|P|%3")
                      .arg(event, controlId, version);
    if (!charset.isEmpty())
        msh += QStringLiteral("||||||") + charset;
    return (QStringList {msh} + segments).join(QLatin1Char('\r')) + QLatin1Char('\r');
}

QString pid(const QString& mrn, const QString& name = QStringLiteral("Rossi^Anna"),
            const QString& birth = QStringLiteral("19800229"), const QString& sex = QStringLiteral("F"))
{
    return QStringLiteral("PID|1||%1^^^HOSP^MR||%2||%3|%4").arg(mrn, name, birth, sex);
}

QString pv1(const QString& location, const QString& attending = {})
{
    return QStringLiteral("PV1|1|I|%1||||%2").arg(location, attending);
}

} // namespace

class TestAdtFeed : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_ws;
    std::unique_ptr<AdtInterface> m_adt;
    std::unique_ptr<hl7::MllpListener> m_listener;
    Session m_nurse;

    void startListener(const hl7::ListenerOptions& options = {})
    {
        m_adt = std::make_unique<AdtInterface>((*m_ws)->database(), (*m_ws)->audit(), (*m_ws)->clock(), m_ws->admin());
        m_listener = std::make_unique<hl7::MllpListener>(
            [this](const QByteArray& raw, const QHostAddress& peer) { return m_adt->handle(raw, peer.toString()); });
        const Status started = m_listener->start(options);
        QVERIFY2(started.ok(), qPrintable(started.errorMessage()));
    }

    QJsonArray send(const QStringList& messages)
    {
        QList<Hl7Request> requests;
        for (const QString& m : messages)
            requests.append({m});
        const QJsonArray answers = sendHl7(m_listener->port(), requests);
        for (const auto& a : answers)
            if (a.toObject().contains(QLatin1String("parse_error")))
                qWarning("python3-hl7 could not parse an ACK: %s",
                         qPrintable(a.toObject().value(QLatin1String("ack")).toString()));
        return answers;
    }

    Patient patient(const QString& mrn)
    {
        auto p = (*m_ws)->patients().findByMrn(mrn);
        if (!p)
            qFatal("no patient %s", qPrintable(mrn));
        return p.value();
    }

    qint64 count(const QString& sql)
    {
        QSqlDatabase db = (*m_ws)->database().connection();
        return Sql::scalar(db, sql).toLongLong();
    }

private slots:
    void init()
    {
        m_ws = std::make_unique<TestWorkspace>();
        m_ws->addStaff(QStringLiteral("dr.meyer"), Role::Doctor);
        m_nurse = m_ws->addStaff(QStringLiteral("nurse.ana"), Role::Nurse);
        DoctorIdentifiers ids((*m_ws)->database(), (*m_ws)->audit());
        QVERIFY(ids.set(m_ws->admin(), QStringLiteral("dr.meyer"), QStringLiteral("D17")).ok());
        startListener();
    }

    void cleanup()
    {
        m_listener.reset();
        m_adt.reset();
        m_ws.reset();
    }

    void eachEvent_changesTheStore()
    {
        const qint64 doctorId = count(QStringLiteral("SELECT id FROM users WHERE username = 'dr.meyer'"));
        auto answers = send(
            {adt(QStringLiteral("A01"), QStringLiteral("m1"),
                 {pid(QStringLiteral("1001")), pv1(QStringLiteral("CARD^12^B"), QStringLiteral("D17^Meyer^Hans"))}),
             adt(QStringLiteral("A01"), QStringLiteral("m2"),
                 {pid(QStringLiteral("1002"), QStringLiteral("Verdi^Bruno"), QStringLiteral("19511103"),
                      QStringLiteral("M")),
                  pv1(QStringLiteral("CARD^14^A"), QStringLiteral("X99^Nobody"))})});
        QCOMPARE(answers.size(), 2);
        for (const auto& a : answers) {
            QCOMPARE(a[QLatin1String("code")].toString(), QStringLiteral("AA"));
            QCOMPARE(a[QLatin1String("type")].toString(), QStringLiteral("ACK"));
        }
        QCOMPARE(answers[0][QLatin1String("control_id")].toString(), QStringLiteral("m1"));
        Patient anna = patient(QStringLiteral("1001"));
        QCOMPARE(anna.name, QStringLiteral("Anna Rossi"));
        QCOMPARE(anna.birthDate, QDate(1980, 2, 29));
        QCOMPARE(anna.sex, Sex::Female);
        QCOMPARE(anna.ward, QStringLiteral("CARD"));
        QCOMPARE(anna.bed, QStringLiteral("12-B"));
        QVERIFY(anna.isAdmitted());
        QCOMPARE(anna.doctorIds, QList<qint64> {doctorId});
        QVERIFY(patient(QStringLiteral("1002")).doctorIds.isEmpty()); // X99 is nobody's identifier
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE reason LIKE '%X99%'")), 1);

        // A device worn by 1002, to see the discharge end its assignment.
        QVERIFY((*m_ws)->devices().add(m_nurse, QStringLiteral("dev-1"), {}, {}).ok());
        QVERIFY((*m_ws)->devices().assign(m_nurse, QStringLiteral("dev-1"), QStringLiteral("1002")).ok());

        answers = send({
            adt(QStringLiteral("A02"), QStringLiteral("m3"),
                {pid(QStringLiteral("1001")), pv1(QStringLiteral("ICU^3^A"))}),
            adt(QStringLiteral("A08"), QStringLiteral("m4"),
                {pid(QStringLiteral("1001"), QStringLiteral("Rossi-Bianchi^Anna^Maria")), pv1(QString())}),
            adt(QStringLiteral("A17"), QStringLiteral("m5"),
                {pid(QStringLiteral("1001")), pv1(QStringLiteral("CARD^14^A")), pid(QStringLiteral("1002")),
                 pv1(QStringLiteral("ICU^3^A"))}),
        });
        for (const auto& a : answers)
            QCOMPARE(a[QLatin1String("code")].toString(), QStringLiteral("AA"));
        anna = patient(QStringLiteral("1001"));
        QCOMPARE(anna.name, QStringLiteral("Anna Maria Rossi-Bianchi"));
        QCOMPARE(anna.ward + QLatin1Char('/') + anna.bed, QStringLiteral("CARD/14-A"));
        const Patient bruno = patient(QStringLiteral("1002"));
        QCOMPARE(bruno.ward + QLatin1Char('/') + bruno.bed, QStringLiteral("ICU/3-A"));

        answers =
            send({adt(QStringLiteral("A03"), QStringLiteral("m6"), {pid(QStringLiteral("1002")), pv1(QString())})});
        QCOMPARE(answers[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QVERIFY(!patient(QStringLiteral("1002")).isAdmitted());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM device_assignments WHERE assigned_to IS NULL")), 0);

        answers =
            send({adt(QStringLiteral("A13"), QStringLiteral("m7"), {pid(QStringLiteral("1002")), pv1(QString())})});
        QCOMPARE(answers[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QVERIFY(patient(QStringLiteral("1002")).isAdmitted());
        answers =
            send({adt(QStringLiteral("A11"), QStringLiteral("m8"), {pid(QStringLiteral("1002")), pv1(QString())})});
        QCOMPARE(answers[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QVERIFY(!patient(QStringLiteral("1002")).isAdmitted());

        answers = send(
            {adt(QStringLiteral("A04"), QStringLiteral("m9"),
                 {pid(QStringLiteral("1003"), QStringLiteral("Neri^Carla")), pv1(QStringLiteral("ED^^1"))}),
             adt(QStringLiteral("A40"), QStringLiteral("m10"),
                 {pid(QStringLiteral("1004"), QStringLiteral("Neri^Carla")), QStringLiteral("MRG|1003^^^HOSP^MR")})});
        for (const auto& a : answers)
            QCOMPARE(a[QLatin1String("code")].toString(), QStringLiteral("AA"));
        QCOMPARE(patient(QStringLiteral("1004")).bed, QStringLiteral("1"));
        QVERIFY(!(*m_ws)->patients().findByMrn(QStringLiteral("1003")).ok());

        // Journaled and audited under the interface's name.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE outcome = 'AA' AND applied = 1")), 10);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE username = 'hl7-adt' AND user_id IS NULL")),
                 11); // A17 audits both patients
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE username = 'hl7-adt' AND "
                                      "action = 'patient.swap-beds'")),
                 2);
        QCOMPARE(m_adt->counts().accepted, 10);
    }

    void refusedMessages_areAnsweredWithTheReason()
    {
        const QJsonArray answers = send({
            QStringLiteral("this is not HL7"),
            adt(QStringLiteral("A02"), QStringLiteral("e2"),
                {pid(QStringLiteral("404")), pv1(QStringLiteral("ICU^1^1"))}),
            adt(QStringLiteral("A01"), QStringLiteral("e3"), {QStringLiteral("PID|1||||Rossi^Anna"), pv1(QString())}),
            adt(QStringLiteral("A01"), QStringLiteral("e4"), {pid(QStringLiteral("1")), pv1(QString())},
                QStringLiteral("2.1")),
            adt(QStringLiteral("A99"), QStringLiteral("e5"), {pid(QStringLiteral("1")), pv1(QString())}),
            QStringLiteral("MSH|^~\\&|LAB|HOSP|PD|WARD|20260301||ORU^R01|e6|P|2.5\r"),
            adt(QStringLiteral("A01"), QStringLiteral("e7"),
                {pid(QStringLiteral("5"), QStringLiteral("X^Y"), QStringLiteral("1980-01-01"))}),
        });
        QCOMPARE(answers.size(), 7);
        const auto expect = [&answers](int i, const char* code, const char* error, const char* text) {
            const QJsonObject a = answers[i].toObject();
            QVERIFY2(!a.contains(QLatin1String("parse_error")),
                     qPrintable(a.value(QLatin1String("parse_error")).toString()));
            QCOMPARE(a[QLatin1String("code")].toString(), QLatin1String(code));
            QCOMPARE(a[QLatin1String("error")].toString(), QLatin1String(error));
            QVERIFY2(a[QLatin1String("text")].toString().contains(QLatin1String(text)),
                     qPrintable(a[QLatin1String("text")].toString()));
        };
        expect(0, "AR", "102", "MSH");
        expect(1, "AE", "204", "not known");
        QCOMPARE(answers[1][QLatin1String("control_id")].toString(), QStringLiteral("e2"));
        expect(2, "AE", "101", "PID-3");
        expect(3, "AR", "203", "2.1");
        expect(4, "AR", "201", "A99");
        expect(5, "AR", "200", "ORU");
        expect(6, "AE", "101", "PID-7");
        // Every one journaled with its outcome; nothing changed.
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE applied = 0 AND reason <> ''")), 7);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE outcome = 'AR'")), 4);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM patients")), 0);
        QCOMPARE(m_adt->counts().errors, 3);
        QCOMPARE(m_adt->counts().rejected, 4);
    }

    void aRepeatedControlId_isAcknowledgedAndNotAppliedTwice()
    {
        const QString admit = adt(QStringLiteral("A01"), QStringLiteral("r1"),
                                  {pid(QStringLiteral("2001")), pv1(QStringLiteral("W^1^1"))});
        auto answers = send(
            {admit, adt(QStringLiteral("A03"), QStringLiteral("r2"), {pid(QStringLiteral("2001")), pv1(QString())})});
        QCOMPARE(answers[1][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QVERIFY(!patient(QStringLiteral("2001")).isAdmitted());
        // The same admission again (a sender that did not see the ACK), also after a restart of the interface.
        for (int round = 0; round < 2; ++round) {
            answers = send({admit});
            QCOMPARE(answers[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
            QCOMPARE(answers[0][QLatin1String("control_id")].toString(), QStringLiteral("r1"));
            QVERIFY(!patient(QStringLiteral("2001")).isAdmitted());
            startListener();
        }
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE control_id = 'r1'")), 3);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal WHERE control_id = 'r1' AND applied = 1")), 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'patient.admit'")), 1);
        // A message that failed may be sent again with the same id once the cause is fixed.
        const QString transfer = adt(QStringLiteral("A02"), QStringLiteral("r3"),
                                     {pid(QStringLiteral("2002")), pv1(QStringLiteral("W^2^2"))});
        QCOMPARE(send({transfer})[0][QLatin1String("code")].toString(), QStringLiteral("AE"));
        QCOMPARE(send({adt(QStringLiteral("A01"), QStringLiteral("r4"),
                           {pid(QStringLiteral("2002")), pv1(QStringLiteral("W^1^1"))})})[0][QLatin1String("code")]
                     .toString(),
                 QStringLiteral("AA"));
        QCOMPARE(send({transfer})[0][QLatin1String("code")].toString(), QStringLiteral("AA"));
        QCOMPARE(patient(QStringLiteral("2002")).bed, QStringLiteral("2-2"));
    }

    void characterSets_ofMsh18_areRead()
    {
        QList<Hl7Request> requests = {
            {adt(QStringLiteral("A01"), QStringLiteral("c1"),
                 {pid(QStringLiteral("3001"), QStringLiteral("M\u00fcller^Ren\u00e9")), pv1(QStringLiteral("W^1"))},
                 QStringLiteral("2.5"), QStringLiteral("8859/1")),
             QStringLiteral("latin-1")},
            {adt(QStringLiteral("A01"), QStringLiteral("c2"),
                 {pid(QStringLiteral("3002"), QStringLiteral("\u015eahin^Zo\u00eb\\T\\Ann")),
                  pv1(QStringLiteral("W^2"))},
                 QStringLiteral("2.5"), QStringLiteral("UNICODE UTF-8")),
             QStringLiteral("utf-8")},
            {adt(QStringLiteral("A01"), QStringLiteral("c3"),
                 {pid(QStringLiteral("3003"), QStringLiteral("Smith^Jo")), pv1(QStringLiteral("W^3"))},
                 QStringLiteral("2.5"), QStringLiteral("ASCII")),
             QStringLiteral("ascii")},
        };
        const QJsonArray answers = sendHl7(m_listener->port(), requests);
        QCOMPARE(answers.size(), 3);
        for (const auto& a : answers)
            QCOMPARE(a[QLatin1String("code")].toString(), QStringLiteral("AA"));
        QCOMPARE(patient(QStringLiteral("3001")).name, QStringLiteral("Ren\u00e9 M\u00fcller"));
        QCOMPARE(patient(QStringLiteral("3002")).name, QStringLiteral("Zo\u00eb&Ann \u015eahin"));
        QCOMPARE(patient(QStringLiteral("3003")).name, QStringLiteral("Jo Smith"));
    }

    void peersNotAllowed_andBrokenFrames_areClosed()
    {
        hl7::ListenerOptions options;
        options.allowedPeers = hl7::ListenerOptions::parsePeers(QStringLiteral("10.0.0.0/8, 192.168.1.7")).value();
        startListener(options);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_listener->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("\x0bMSH|^~\\&|A|B|C|D|1||ADT^A08|1|P|2.5\r\x1c\r");
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(m_listener->counts().refused, 1);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM hl7_journal")), 0);
        QVERIFY(!hl7::ListenerOptions::parsePeers(QStringLiteral("10.0.0.0/8, somewhere")).ok());

        startListener();
        QTcpSocket noisy;
        noisy.connectToHost(QHostAddress::LocalHost, m_listener->port());
        QVERIFY(noisy.waitForConnected(5000));
        noisy.write("GET / HTTP/1.1\r\n\r\n");
        QTRY_COMPARE_WITH_TIMEOUT(noisy.state(), QAbstractSocket::UnconnectedState, 10000);
        QCOMPARE(m_listener->counts().protocolErrors, 1);
    }
};

QTEST_GUILESS_MAIN(TestAdtFeed)
#include "TestAdtFeed.moc"
