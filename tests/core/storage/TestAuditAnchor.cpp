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

/// The audit chain's anchor outside a workstation's database file: a store that lost committed history (a lost
/// WAL) is reported, the anchor is sealed and only moves forward. SQLCipher only: the anchor is a file beside it.
class TestAuditAnchor : public QObject
{
    Q_OBJECT

    /// The store as it would be after a crash whose -wal file was then deleted: what was committed after
    /// makeHistory() is gone from the database. Returns the number of entries before the loss.
    static qint64 loseTheWal(TestWorkspace& tw)
    {
        makeAuditHistory(tw);
        tw.close(); // checkpoints everything into the main file
        tw.reopen();
        auto admin =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        if (!admin)
            qFatal("login: %s", qPrintable(admin.errorMessage()));
        const qint64 kept = tw->audit().list(admin.value(), 1).value().first().id - 1;
        // The main file now lacks what this session commits: those commits live in the -wal file only.
        const QString db = QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.db"));
        const QString copy = db + QStringLiteral(".copy");
        if (!QFile::copy(db, copy))
            qFatal("copy failed");
        tw.admit(tw.addStaff(QStringLiteral("doc2"), Role::Doctor), QStringLiteral("P2"), QStringLiteral("Pat Two"));
        (void)tw->audit().record(admin.value(), QStringLiteral("test.marker"), QStringLiteral("audit"), QString());
        tw.close();
        QFile::remove(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        if (!QFile::rename(copy, db))
            qFatal("rename failed");
        tw.reopen();
        return kept;
    }

    static Session loginAdmin(TestWorkspace& tw)
    {
        auto admin =
            tw->login(QString::fromLatin1(TestWorkspace::AdminName), QString::fromLatin1(TestWorkspace::AdminPassword));
        if (!admin)
            qFatal("login: %s", qPrintable(admin.errorMessage()));
        return admin.value();
    }

private slots:
    void lostWal_storeBehindItsAnchor_isReported()
    {
        TestWorkspace tw;
        const qint64 kept = loseTheWal(tw);
        const Session admin = loginAdmin(tw);
        const AuditLog::AnchorCheck check = tw->anchorCheck();
        QCOMPARE(check.state, AuditLog::AnchorCheck::State::Behind);
        QVERIFY(check.isProblem());
        QVERIFY2(check.message.contains(QLatin1String("behind its audit anchor")), qPrintable(check.message));
        auto v = tw->audit().verify(admin);
        QVERIFY(v.ok());
        QVERIFY2(!v->intact, "a store that lost committed transactions must not verify as intact");
        QVERIFY2(v->problem.contains(QLatin1String("behind its anchor")), qPrintable(v->problem));
        // Compared when the store was opened, before this session's login.success was appended.
        QCOMPARE(check.storedEntries, kept);
        QVERIFY(check.anchoredEntries > kept + 3);
        QCOMPARE(v->firstBadId, kept + 1);
    }

    void lostWal_staysReported_asTheStoreGrowsPastTheAnchor()
    {
        // New entries after the loss reuse the lost ids: the anchor must not move on and hide the loss.
        TestWorkspace tw;
        loseTheWal(tw);
        Session admin = loginAdmin(tw);
        const qint64 anchored = tw->anchorCheck().anchoredEntries;
        for (int i = 0; i < anchored; ++i)
            QVERIFY(tw->audit().record(admin, QStringLiteral("test.more"), QStringLiteral("audit"), QString()).ok());
        tw.close();
        tw.reopen();
        admin = loginAdmin(tw);
        // Still reported as the loss found when it was first opened.
        QCOMPARE(tw->anchorCheck().state, AuditLog::AnchorCheck::State::Behind);
        auto v = tw->audit().verify(admin);
        QVERIFY(v.ok() && !v->intact);
        QVERIFY2(v->problem.contains(QLatin1String("behind its anchor")), qPrintable(v->problem));
        QVERIFY(v->firstBadId < anchored);
    }

    void reanchor_acceptsTheLoss_andRecordsIt()
    {
        TestWorkspace tw;
        loseTheWal(tw);
        const Session admin = loginAdmin(tw);
        const qint64 anchored = tw->anchorCheck().anchoredEntries;
        const Session doctor = tw.addStaff(QStringLiteral("doc3"), Role::Doctor);
        QCOMPARE(tw->audit().reanchor(doctor).code(), Error::Code::NotPermitted);
        auto accepted = tw->audit().reanchor(admin);
        QVERIFY2(accepted.ok(), qPrintable(accepted.errorMessage()));
        auto v = tw->audit().verify(admin);
        QVERIFY2(v.ok() && v->intact, qPrintable(v->problem));
        auto entries = tw->audit().list(admin, 5);
        QVERIFY(entries.ok());
        bool recorded = false;
        for (const AuditEntry& e : entries.value())
            recorded |= e.action == QLatin1String("audit.reanchor")
                && e.details.startsWith(QStringLiteral("anchor=%1:").arg(anchored));
        QVERIFY(recorded);
        tw.close();
        tw.reopen();
        loginAdmin(tw);
        QCOMPARE(tw->anchorCheck().state, AuditLog::AnchorCheck::State::Intact);
    }

    void editedAnchor_isReported()
    {
        TestWorkspace tw;
        makeAuditHistory(tw);
        tw.close();
        QFile file(QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.anchor")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray content = file.readAll();
        file.close();
        QVERIFY(content.contains("\"entries\":"));
        content.replace("\"entries\":", "\"entries\":1");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        tw.reopen();
        const Session admin = loginAdmin(tw);
        QCOMPARE(tw->anchorCheck().state, AuditLog::AnchorCheck::State::Invalid);
        auto v = tw->audit().verify(admin);
        QVERIFY(v.ok() && !v->intact);
        QVERIFY2(v->problem.contains(QLatin1String("damaged or was edited")), qPrintable(v->problem));
    }

    void firstStartWithoutAnchor_createsIt_andSaysSo()
    {
        // A store written before anchors existed: no file, and no mark in the store that it ever had one.
        TestWorkspace tw;
        makeAuditHistory(tw);
        execSql(tw, QStringLiteral("DELETE FROM settings WHERE key = 'audit.anchored'"));
        tw.close();
        QVERIFY(QFile::remove(QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.anchor"))));
        tw.reopen();
        Session admin = loginAdmin(tw);
        QCOMPARE(tw->anchorCheck().state, AuditLog::AnchorCheck::State::Created);
        QVERIFY(!tw->anchorCheck().message.isEmpty());
        QVERIFY(QFile::exists(QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.anchor"))));
        auto v = tw->audit().verify(admin);
        QVERIFY2(v.ok() && v->intact, qPrintable(v->problem));
        // From then on a missing anchor is not quietly made again.
        tw.close();
        QVERIFY(QFile::remove(QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.anchor"))));
        tw.reopen();
        admin = loginAdmin(tw);
        QCOMPARE(tw->anchorCheck().state, AuditLog::AnchorCheck::State::Recreated);
        auto entries = tw->audit().list(admin, 5);
        QVERIFY(entries.ok());
        bool recorded = false;
        for (const AuditEntry& e : entries.value())
            recorded |= e.action == QLatin1String("audit.anchor.missing");
        QVERIFY(recorded);
    }

    void twoWriters_anchorOnlyMovesForward()
    {
        // The workstation and the CLI on one folder: both append, the anchor follows the newest head.
        TestWorkspace tw;
        Workspace other(tw.dir());
        auto otherAdmin = other.login(QString::fromLatin1(TestWorkspace::AdminName),
                                      QString::fromLatin1(TestWorkspace::AdminPassword));
        QVERIFY(otherAdmin.ok());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(tw->audit().record(tw.admin(), QStringLiteral("test.a"), QStringLiteral("audit"), QString()).ok());
            QVERIFY(other.audit()
                        .record(otherAdmin.value(), QStringLiteral("test.b"), QStringLiteral("audit"), QString())
                        .ok());
        }
        auto v = tw->audit().verify(tw.admin());
        QVERIFY2(v.ok() && v->intact, qPrintable(v->problem));
        v = other.audit().verify(otherAdmin.value());
        QVERIFY2(v.ok() && v->intact, qPrintable(v->problem));

        // An anchor never goes back, whichever writer comes last.
        QTemporaryDir dir;
        const SecureBytes key = Crypto::randomKey();
        AuditAnchor first(dir.filePath(QStringLiteral("a")), key);
        AuditAnchor second(dir.filePath(QStringLiteral("a")), key);
        QVERIFY(first.advance({5, QString(64, QLatin1Char('5'))}, {}).ok());
        QVERIFY(second.advance({3, QString(64, QLatin1Char('3'))}, {}).ok());
        QCOMPARE(first.read().head.entries, qint64(5));
        QCOMPARE(second.read().head.hash, QString(64, QLatin1Char('5')));
        // Another key cannot forge it.
        AuditAnchor forger(dir.filePath(QStringLiteral("a")), Crypto::randomKey());
        QCOMPARE(forger.read().state, AuditAnchor::Reading::State::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestAuditAnchor)
#include "TestAuditAnchor.moc"
