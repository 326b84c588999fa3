#include "CliRunner.h"
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli on a damaged store, run as the real binary: history lost from the database (a deleted -wal file,
/// a database copied back) is reported by audit verify and status against the anchor kept outside it; a failed
/// count is an error, never a zero; an empty database file is damaged, not a wrong password.
class TestCliIntegrity : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    static Run cli(const QString& dir, const QStringList& args, const QByteArray& password = {})
    {
        return runCli(QStringList {QStringLiteral("--data"), dir, QStringLiteral("--user"),
                                   QString::fromLatin1(TestWorkspace::AdminName), QStringLiteral("--password-stdin")}
                          + args,
                      (password.isEmpty() ? QByteArray(TestWorkspace::AdminPassword) : password) + '\n');
    }

    static QString dbPath(const TestWorkspace& tw) { return QDir(tw.dir()).filePath(QStringLiteral("pulsedesk.db")); }

    static void addDevice(const QString& dir, const QString& deviceId)
    {
        const Run r = cli(dir, {QStringLiteral("device"), QStringLiteral("add"), deviceId});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
    }

    void copiedBackDatabase_verifyAndStatusSayWhatIsMissing()
    {
        TestWorkspace tw;
        tw.close();
        addDevice(tw.dir(), QStringLiteral("dev-1"));
        Run r = cli(tw.dir(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Each CLI run ends with everything in the main file: a copy now is the store as it was.
        QVERIFY(QFile::copy(dbPath(tw), dbPath(tw) + QStringLiteral(".then")));
        addDevice(tw.dir(), QStringLiteral("dev-2"));
        addDevice(tw.dir(), QStringLiteral("dev-3"));
        QVERIFY(QFile::remove(dbPath(tw)));
        QVERIFY(QFile::rename(dbPath(tw) + QStringLiteral(".then"), dbPath(tw)));

        r = cli(tw.dir(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count("pulsedesk-cli:"), 1);
        QVERIFY2(r.err.contains("NOT intact") && r.err.contains("behind its anchor"), r.err.constData());
        QVERIFY2(r.err.contains("are missing"), r.err.constData());

        r = cli(tw.dir(), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("samples"), r.out.constData()); // the counts are still shown
        QVERIFY2(r.err.contains("behind its audit anchor"), r.err.constData());
        r = cli(tw.dir(), {QStringLiteral("--json"), QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject anchor = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("anchor")).toObject();
        QCOMPARE(anchor.value(QStringLiteral("state")).toString(), QStringLiteral("behind"));
        QVERIFY(anchor.value(QStringLiteral("anchoredEntries")).toInteger()
                > anchor.value(QStringLiteral("storedEntries")).toInteger());

        // Other commands work and warn.
        r = cli(tw.dir(), {QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("WARNING"), r.err.constData());

        // An admin who has seen the loss accepts it; it is in the audit log, and the store verifies again.
        r = cli(tw.dir(), {QStringLiteral("audit"), QStringLiteral("reanchor")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(tw.dir(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = cli(tw.dir(), {QStringLiteral("status")});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), r.err.constData());
        r = cli(tw.dir(),
                {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("10")});
        QVERIFY2(r.out.contains("audit.reanchor"), r.out.constData());
    }

    void deletedWalAfterACrash_isReported()
    {
        TestWorkspace tw;
        tw.close();
        // A monitor logs in (login.success is committed to the -wal file), then dies without closing the store.
        QProcess monitor;
        monitor.start(qEnvironmentVariable("PULSEDESK_CLI"),
                      {QStringLiteral("--data"), tw.dir(), QStringLiteral("--user"),
                       QString::fromLatin1(TestWorkspace::AdminName), QStringLiteral("--password-stdin"),
                       QStringLiteral("monitor"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), QStringLiteral("1"), QStringLiteral("--status-every"),
                       QStringLiteral("1")});
        QVERIFY(monitor.waitForStarted(10'000));
        monitor.write(QByteArray(TestWorkspace::AdminPassword) + '\n');
        monitor.closeWriteChannel();
        QByteArray seen;
        QTRY_VERIFY2_WITH_TIMEOUT((seen += monitor.readAllStandardOutput()).contains("broker"),
                                  monitor.readAllStandardError().constData(), 60'000);
        QVERIFY(QFile::exists(dbPath(tw) + QStringLiteral("-wal")));
        monitor.kill();
        QVERIFY(monitor.waitForFinished(10'000));
        QVERIFY(QFile::remove(dbPath(tw) + QStringLiteral("-wal")));
        QFile::remove(dbPath(tw) + QStringLiteral("-shm"));

        Run r = cli(tw.dir(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("behind its anchor"), r.err.constData());
        r = cli(tw.dir(), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("behind its audit anchor"), r.err.constData());
        // Later commands append entries of their own under the lost ids: still the same loss.
        for (int i = 0; i < 3; ++i)
            cli(tw.dir(), {QStringLiteral("device"), QStringLiteral("list")});
        r = cli(tw.dir(), {QStringLiteral("audit"), QStringLiteral("verify")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the store holds 2; entries 3 to 3 are missing"), r.err.constData());
    }

    /// Damages every page a read of `table` starts from (the table's and its indexes' roots): SQLCipher's check
    /// of each page then fails, as on a damaged disk.
    static void damageTable(TestWorkspace& tw, const QString& table)
    {
        QList<qint64> pages;
        qint64 pageSize = 0;
        {
            QSqlDatabase db = tw->database().connection();
            QSqlQuery q(db);
            QVERIFY(Sql::exec(
                q, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE tbl_name = ? AND rootpage > 0"), {table}));
            while (q.next())
                pages.append(q.value(0).toLongLong());
            pageSize = Sql::scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        QVERIFY(!pages.isEmpty() && pageSize >= 512);
        tw.close();
        QFile file(dbPath(tw));
        QVERIFY(file.open(QIODevice::ReadWrite));
        for (const qint64 page : std::as_const(pages)) {
            const qint64 at = (page - 1) * pageSize + pageSize / 2;
            QVERIFY(file.seek(at));
            char byte = 0;
            QVERIFY(file.getChar(&byte));
            QVERIFY(file.seek(at));
            QVERIFY(file.putChar(static_cast<char>(byte ^ 0x5a)));
        }
    }

    void status_failsWhenACountCannotBeRead()
    {
        TestWorkspace tw;
        damageTable(tw, QStringLiteral("samples"));
        const Run r = cli(tw.dir(), {QStringLiteral("status")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count("pulsedesk-cli:"), 1); // and the engine's message in the log
        QVERIFY2(r.err.contains("counting samples"), r.err.constData());
        QVERIFY2(!r.out.contains("samples          0"), r.out.constData());
    }

    void deviceList_failsWhenItsLastPageCannotBeRead()
    {
        // Not a shorter list: the first devices read, the rest could not be.
        TestWorkspace tw;
        qint64 pageCount = 0;
        qint64 pageSize = 0;
        {
            // Written straight into the table, so that its pages are the last of the file.
            QSqlDatabase db = tw->database().connection();
            QSqlQuery q(db);
            for (int i = 0; i < 300; ++i)
                QVERIFY(Sql::exec(
                    q, QStringLiteral("INSERT INTO devices (device_id, model, registered_at) VALUES (?, ?, 0)"),
                    {QStringLiteral("dev-%1").arg(i, 3, 10, QLatin1Char('0')), QString(300, QLatin1Char('m'))}));
            QVERIFY(Sql::scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isValid());
            pageCount = Sql::scalar(db, QStringLiteral("PRAGMA page_count")).toLongLong();
            pageSize = Sql::scalar(db, QStringLiteral("PRAGMA page_size")).toLongLong();
        }
        tw.close();
        QFile file(dbPath(tw));
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = (pageCount - 1) * pageSize + pageSize / 2;
        QVERIFY(file.seek(at));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(at));
        QVERIFY(file.putChar(static_cast<char>(byte ^ 0x5a)));
        file.close();
        const Run r = cli(tw.dir(), {QStringLiteral("device"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("listing devices"), r.err.constData());
    }

    void emptyDatabaseFile_isDamaged_notAWrongPassword()
    {
        TestWorkspace tw;
        tw.close();
        QFile file(dbPath(tw));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.close();
        QFile::remove(dbPath(tw) + QStringLiteral("-wal"));
        QFile::remove(dbPath(tw) + QStringLiteral("-shm"));
        for (int i = 0; i < 6; ++i) {
            const Run r = cli(tw.dir(), {QStringLiteral("status")});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("empty or damaged"), r.err.constData());
        }
        // Not counted as failed logins, and the file is left as it was.
        QCOMPARE(QFileInfo(dbPath(tw)).size(), qint64(0));
        QFile throttle(QDir(tw.dir()).filePath(QStringLiteral("login-throttle.json")));
        if (throttle.open(QIODevice::ReadOnly))
            QVERIFY2(!throttle.readAll().contains("\"failures\""), "an empty database counted as a failed login");
    }
};

QTEST_GUILESS_MAIN(TestCliIntegrity)
#include "TestCliIntegrity.moc"
