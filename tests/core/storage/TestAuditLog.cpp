#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "security/AuditAnchor.h"
#include "security/Crypto.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/PatientRegistry.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The audit log is hash-chained: tests play an attacker who has the key and edits the file directly (or who has
/// the server's superuser). Runs on both backends; the anchor beside a workstation's file is TestAuditAnchor.
class TestAuditLog : public QObject
{
    Q_OBJECT

    static void dropGuards(TestWorkspace& tw)
    {
        const QString on = currentBackend() == StoreBackend::Postgres ? QStringLiteral(" ON audit_log") : QString();
        execSql(tw, QStringLiteral("DROP TRIGGER audit_log_is_append_only_update") + on);
        execSql(tw, QStringLiteral("DROP TRIGGER audit_log_is_append_only_delete") + on);
    }
    static AuditLog::Verification verify(TestWorkspace& tw)
    {
        auto v = tw->audit().verify(tw.admin());
        if (!v.ok())
            qFatal("verify failed: %s", qPrintable(v.errorMessage()));
        return v.value();
    }

private slots:
    void untouchedLog_verifies()
    {
        TestWorkspace tw;
        makeAuditHistory(tw);
        const AuditLog::Verification v = verify(tw);
        QVERIFY2(v.intact, qPrintable(v.problem));
        QVERIFY(v.entries >= 5);
    }

    void logRecordsWhoDidWhat()
    {
        TestWorkspace tw;
        makeAuditHistory(tw);
        QVERIFY(!tw->login(QStringLiteral("doc"), QStringLiteral("wrong-password")).ok());
        auto entries = tw->audit().list(tw.admin());
        QVERIFY(entries.ok());
        QStringList actions;
        for (const AuditEntry& e : entries.value())
            actions.append(e.username + QLatin1Char(' ') + e.action);
        for (const char* expected : {"admin workspace.create", "admin login.success", "admin staff.add",
                                     "doc patient.admit", "doc patient.read", "doc login.failure"})
            QVERIFY2(actions.contains(QString::fromLatin1(expected)), expected);
    }

    void guards_refuseUpdateAndDelete()
    {
        TestWorkspace tw;
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void editedRow_isDetected()
    {
        TestWorkspace tw;
        makeAuditHistory(tw);
        dropGuards(tw);
        execSql(tw, QStringLiteral("UPDATE audit_log SET username = 'someone-else' WHERE id = 3"));
        const AuditLog::Verification v = verify(tw);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(3));
    }

    void deletedRow_isDetected()
    {
        TestWorkspace tw;
        makeAuditHistory(tw);
        dropGuards(tw);
        execSql(tw, QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
        const AuditLog::Verification v = verify(tw);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(4));
    }

    void rewrittenHashes_areDetectedAtTheNextEntry()
    {
        // Recomputing the edited entry's own hash still breaks the link to the entry after it.
        TestWorkspace tw;
        makeAuditHistory(tw);
        dropGuards(tw);
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, at, coalesce(user_id,0), username, action, subject_type, subject_id, "
                                      "details, prev_hash FROM audit_log WHERE id = 2"))
                && q.next());
        AuditEntry e {q.value(0).toLongLong(),        QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                      q.value(2).toLongLong(),        q.value(3).toString(),
                      QStringLiteral("login.forged"), q.value(5).toString(),
                      q.value(6).toString(),          q.value(7).toString(),
                      q.value(8).toString(),          {}};
        const QString forged = AuditLog::computeHash(e);
        QVERIFY(q.prepare(QStringLiteral("UPDATE audit_log SET action = ?, hash = ? WHERE id = 2")));
        q.addBindValue(e.action);
        q.addBindValue(forged);
        QVERIFY(q.exec());
        const AuditLog::Verification v = verify(tw);
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBadId, qint64(3));
    }

    void truncatedTail_isDetected()
    {
        TestWorkspace tw;
        makeAuditHistory(tw);
        dropGuards(tw);
        execSql(tw, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"));
        const AuditLog::Verification v = verify(tw);
        QVERIFY(!v.intact);
        QVERIFY2(v.problem.contains(QLatin1String("removed")), qPrintable(v.problem));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestAuditLog)
#include "TestAuditLog.moc"
