#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/RawStatement.h"
#include "storage/SqlCipherDriver.h"
#include "storage/SqlSupport.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

class TestEncryptedStore : public QObject
{
    Q_OBJECT

private slots:
    void rawFiles_holdNoPatientName()
    {
        TestWorkspace tw;
        const Session doctor = tw.addStaff(QStringLiteral("house"), Role::Doctor);
        const QString name = QStringLiteral("Zebediah Marchbanks-Quill");
        tw.admit(doctor, QStringLiteral("MRN-4242"), name);
        // Read while the connection is open too, when the WAL holds the newest pages.
        const QByteArray whileOpen = readAllFiles(tw.dir());
        QVERIFY(whileOpen.size() > 4096);
        QVERIFY2(!whileOpen.contains(name.toUtf8()), "patient name found in the raw files of an open store");
        QVERIFY(!whileOpen.contains("Marchbanks"));
        QVERIFY(!whileOpen.contains("MRN-4242"));
        QVERIFY(!whileOpen.contains("CREATE TABLE"));
        tw.close();
        const QByteArray closed = readAllFiles(tw.dir());
        QVERIFY(!closed.contains("Marchbanks"));
        QVERIFY(!closed.contains("SQLite format 3"));
    }

    void withoutKey_theFileCannotBeRead()
    {
        TestWorkspace tw;
        const QString path = tw->databasePath();
        tw.close();
        for (const QByteArray& key : {QByteArray(), QByteArray(32, '\x01')}) {
            auto* driver = new SqlCipherDriver;
            driver->setRawKey(key);
            const QString name = QStringLiteral("probe-%1").arg(key.size());
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
                db.setDatabaseName(path);
                QVERIFY(!db.open());
                QVERIFY2(db.lastError().text().contains(QLatin1String("could not be decrypted")),
                         qPrintable(db.lastError().text()));
            }
            QSqlDatabase::removeDatabase(name);
        }
    }

    void sqliteShell_cannotOpenTheFile()
    {
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlcipher"));
        if (shell.isEmpty())
            QSKIP("the sqlcipher shell is not installed (packaging/install-deps.sh installs it)");
        TestWorkspace tw;
        const QString path = tw->databasePath();
        tw.close();
        QProcess process;
        process.start(shell, {path, QStringLiteral("SELECT count(*) FROM patients;")});
        QVERIFY(process.waitForFinished(10'000));
        const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
        QVERIFY2(output.contains("not a database") || process.exitCode() != 0, output.constData());
        QVERIFY(!output.contains("0\n"));
    }

    void eachThread_getsItsOwnConnection()
    {
        TestWorkspace tw;
        QSqlDatabase main = tw->database().connection();
        QString otherName;
        bool otherOk = false;
        QThread* thread = QThread::create([&] {
            QSqlDatabase db = tw->database().connection();
            otherName = db.connectionName();
            QSqlQuery q(db);
            otherOk = q.exec(QStringLiteral("SELECT count(*) FROM users")) && q.next() && q.value(0).toInt() == 1;
            q = QSqlQuery();
            tw->database().releaseThreadConnection();
        });
        thread->start();
        QVERIFY(thread->wait(10'000));
        delete thread;
        QVERIFY(otherOk);
        QVERIFY(otherName != main.connectionName());
    }

    void journal_isWal()
    {
        TestWorkspace tw;
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void foreignKeys_areCheckedExceptUnderTheImportsGuard()
    {
        TestWorkspace tw;
        QSqlDatabase db = tw->database().connection();
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        const QString orphan = QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, received_at) VALUES (?, "
                                              "1000, 70, 0)");
        QSqlQuery q(db);
        QVERIFY(!Sql::exec(q, orphan, {4242})); // no such device
        {
            Sql::ForeignKeyChecksOff trusted(db);
            QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 0);
            QVERIFY(Sql::exec(q, orphan, {4243}));
            trusted.restore();
            QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
            QVERIFY(!Sql::exec(q, orphan, {4244}));
            Sql::ForeignKeyChecksOff again(db);
            QVERIFY(Sql::exec(q, orphan, {4245}));
        }
        // The guard's end turns them on again.
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(!Sql::exec(q, orphan, {4246}));
    }

    void foreignKeyGuard_madeInsideATransaction_leavesItAndTheChecksAlone()
    {
        TestWorkspace tw;
        QSqlDatabase db = tw->database().connection();
        QSqlQuery q(db);
        QVERIFY(db.transaction());
        QVERIFY(Sql::exec(
            q, QStringLiteral("INSERT INTO settings (key, value, updated_at) VALUES ('test.kept', '1', 0)"), {}));
        {
            Sql::ForeignKeyChecksOff trusted(db);
            QVERIFY(!Sql::exec(q,
                               QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, received_at) VALUES "
                                              "(4247, 1000, 70, 0)"),
                               {}));
        }
        // The caller's transaction is still open, with its row, and commits.
        QVERIFY(RawStatement::inTransaction(db));
        QVERIFY(db.commit());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT value FROM settings WHERE key = 'test.kept'")).toString(),
                 QStringLiteral("1"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEncryptedStore)
#include "TestEncryptedStore.moc"
