#include "PostgresServer.h"
#include "storage/AuditLog.h"
#include "storage/Migrations.h"
#include "storage/PostgresDatabase.h"
#include "storage/PostgresSchema.h"
#include "storage/PostgresStatement.h"
#include "storage/RawStatement.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <cmath>
#include <limits>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The PostgreSQL store itself, on a server of the test's own: the connection string, a connection per thread,
/// the after-commit hook, the schema in PostgreSQL's dialect and RawStatement through libpq.
class TestPostgresDatabase : public QObject
{
    Q_OBJECT

    PostgresServer m_server;

    std::unique_ptr<PostgresDatabase> openFresh()
    {
        QString error;
        const QString database = m_server.createDatabase(&error);
        if (database.isEmpty())
            qFatal("createDatabase: %s", qPrintable(error));
        auto opened = PostgresDatabase::open(m_server.connInfo(database));
        if (!opened)
            qFatal("open: %s", qPrintable(opened.errorMessage()));
        return std::move(opened).value();
    }

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void theTestServer_isItsOwn_andTakesPasswordsOnly()
    {
        QVERIFY(m_server.port() > 0);
        QVERIFY(m_server.dir().startsWith(QDir::tempPath()));
        QString error;
        QCOMPARE(m_server.psql(QStringLiteral("postgres"), QStringLiteral("SELECT 40 + 2"), &error),
                 QStringLiteral("42"));
        QVERIFY(m_server
                    .psql(QStringLiteral("postgres"), QStringLiteral("SELECT 1"), &error,
                          QString::fromLatin1(PostgresServer::SuperUser), QStringLiteral("wrong"))
                    .isEmpty());
        QVERIFY2(error.contains(QLatin1String("password authentication failed")), qPrintable(error));
        QCOMPARE(m_server.psql(QStringLiteral("postgres"), QStringLiteral("SHOW listen_addresses")),
                 QStringLiteral("127.0.0.1"));
    }

    void connInfo_isCheckedAndQuoted()
    {
        auto info =
            PostgresDatabase::normalizeConnInfo(QStringLiteral("host=db.ward port=5433 dbname=pd sslmode=verify-full"));
        QVERIFY2(info.ok(), qPrintable(info.errorMessage()));
        QCOMPARE(info.value(), QStringLiteral("dbname='pd' host='db.ward' port='5433' sslmode='verify-full'"));
        QCOMPARE(PostgresDatabase::normalizeConnInfo(QStringLiteral("user=a password=it\\'s"), false).value(),
                 QStringLiteral("user='a'"));
        QCOMPARE(PostgresDatabase::normalizeConnInfo(QStringLiteral("password=it\\'s")).value(),
                 QStringLiteral("password='it\\'s'"));
        auto uri = PostgresDatabase::normalizeConnInfo(QStringLiteral("postgresql://nurse@db.ward:5433/pd"));
        QVERIFY(uri.ok());
        QVERIFY2(uri->contains(QLatin1String("user='nurse'")), qPrintable(uri.value()));
        QCOMPARE(PostgresDatabase::normalizeConnInfo(QStringLiteral("host")).code(), Error::Code::Invalid);
        QCOMPARE(PostgresDatabase::normalizeConnInfo(QStringLiteral("colour=blue")).code(), Error::Code::Invalid);
        QCOMPARE(PostgresDatabase::normalizeConnInfo(QStringLiteral("password='a;b'")).code(), Error::Code::Invalid);
    }

    void wrongPassword_isRefusedWithTheServersReason()
    {
        const QString database = m_server.createDatabase();
        auto opened = PostgresDatabase::open(m_server.connInfo(database, QString::fromLatin1(PostgresServer::SuperUser),
                                                               QStringLiteral("not-the-password")));
        QVERIFY(!opened.ok());
        QCOMPARE(opened.code(), Error::Code::Authentication);
        QVERIFY2(opened.errorMessage().contains(QLatin1String("password authentication failed")),
                 qPrintable(opened.errorMessage()));
        // The password given apart wins over the one in the string.
        auto withPassword = PostgresDatabase::open(
            m_server.connInfo(database, QString::fromLatin1(PostgresServer::SuperUser), QStringLiteral("wrong")),
            m_server.superUserPassword());
        QVERIFY2(withPassword.ok(), qPrintable(withPassword.errorMessage()));
        QVERIFY2(withPassword.value()->path().endsWith(QLatin1Char('/') + database),
                 qPrintable(withPassword.value()->path()));
        QVERIFY(!withPassword.value()->path().contains(m_server.superUserPassword()));
    }

    void queryOnce_answersTheFirstValue_onAConnectionOfItsOwn()
    {
        const QString database = m_server.createDatabase();
        const QString info = m_server.connInfo(database, QString::fromLatin1(PostgresServer::SuperUser));
        auto answer =
            PostgresDatabase::queryOnce(info, m_server.superUserPassword(), QStringLiteral("SELECT upper($1) || $2"),
                                        {QStringLiteral("o'k"), QStringLiteral("!")});
        QVERIFY2(answer.ok(), qPrintable(answer.errorMessage()));
        QCOMPARE(answer.value(), QStringLiteral("O'K!"));
        auto none =
            PostgresDatabase::queryOnce(info, m_server.superUserPassword(), QStringLiteral("SELECT 1 WHERE false"), {});
        QVERIFY2(none.ok() && none.value().isEmpty(), qPrintable(none.errorMessage()));
        // A statement the server refuses, and a login it refuses, each say why.
        auto refused = PostgresDatabase::queryOnce(info, m_server.superUserPassword(),
                                                   QStringLiteral("SELECT no_such_function()"), {});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().contains(QLatin1String("no_such_function")),
                 qPrintable(refused.errorMessage()));
        auto wrong =
            PostgresDatabase::queryOnce(info, QStringLiteral("not-the-password"), QStringLiteral("SELECT 1"), {});
        QCOMPARE(wrong.code(), Error::Code::Authentication);
    }

    void open_migratesToTheLatestSchema_once()
    {
        auto store = openFresh();
        QSqlDatabase db = store->connection();
        QVERIFY(Sql::isPostgres(db));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QVERIFY(Migrations::migrate(db).ok());
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM schema_version")).toInt(),
                 Migrations::latestVersion());
        // Append-only, as on SQLite, and against TRUNCATE too.
        QSqlQuery q(db);
        QVERIFY(Sql::exec(q,
                          QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, subject_type, "
                                         "subject_id, details) VALUES (1, NULL, 'a', 'b', 'c', 'd', 'é')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET details = 'x'")));
        QCOMPARE(Sql::error(q, QStringLiteral("testing")).code, Error::Code::Conflict);
        QVERIFY(!q.exec(QStringLiteral("TRUNCATE audit_log")));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
    }

    void migration13_movesTheSamplesIntoTheirMonths_andKeepsTheirPrivileges()
    {
        QString error;
        const QString database = m_server.createDatabase(&error);
        QVERIFY2(!database.isEmpty(), qPrintable(error));
        auto opened = PostgresDatabase::open(m_server.connInfo(database), {}, PostgresDatabase::Schema::AsIs);
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        QSqlDatabase db = opened.value()->connection();
        QVERIFY(Migrations::migrate(db, 11).ok());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("INSERT INTO devices (id, device_id, registered_at) VALUES (1, 'dev-1', 0)")));
        QVERIFY(q.exec(QStringLiteral("CREATE ROLE pulsedesk_test_reader NOLOGIN")));
        QVERIFY(q.exec(QStringLiteral("GRANT SELECT, INSERT ON samples TO pulsedesk_test_reader")));
        // 2019-03-31 23:59:59, 2019-04-01, and two a month apart in 2024.
        for (const qint64 ts : {1'554'076'799'000LL, 1'554'076'800'000LL, 1'704'067'200'000LL, 1'706'745'600'000LL})
            QVERIFY(Sql::exec(q,
                              QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, received_at) "
                                             "VALUES (1, ?, 70.5, ?)"),
                              {ts, ts}));
        QVERIFY2(Migrations::migrate(db).ok(), qPrintable(db.lastError().text()));
        QCOMPARE(Migrations::currentVersion(db), Migrations::latestVersion());
        QCOMPARE(
            Sql::scalar(db, QStringLiteral("SELECT relkind::text FROM pg_class WHERE relname = 'samples'")).toString(),
            QStringLiteral("p"));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples")).toInt(), 4);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT sum(heart_rate) FROM samples")).toDouble(), 282.0);
        for (const char* month : {"samples_201903", "samples_201904", "samples_202401", "samples_202402"})
            QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(month))).toInt(), 1);
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples_default")).toInt(), 0);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT count(*) FROM pg_class WHERE relname = "
                                            "'samples_unpartitioned'"))
                     .toInt(),
                 0);
        QCOMPARE(Sql::scalar(db,
                             QStringLiteral("SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) "
                                            "FROM information_schema.role_table_grants WHERE table_name = "
                                            "'samples' AND grantee = 'pulsedesk_test_reader'"))
                     .toString(),
                 QStringLiteral("INSERT,SELECT"));
        // Unique on (device, time) across the months, as before.
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO samples (device_id, ts, received_at) VALUES (1, 1554076800000, 0)")));
        // Every sample's device exists, checked a statement at a time; a device with samples stays.
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO samples (device_id, ts, received_at) VALUES (1, 1, 0), (2, 1, 0)")));
        QCOMPARE(Sql::error(q, QStringLiteral("testing")).code, Error::Code::Conflict);
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM devices WHERE id = 1")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE devices SET id = 7 WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO devices (id, device_id, registered_at) VALUES (2, 'dev-2', 0)")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM devices WHERE id = 2")));
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples")).toInt(), 4);
        QVERIFY(q.exec(QStringLiteral("DROP OWNED BY pulsedesk_test_reader")));
        QVERIFY(q.exec(QStringLiteral("DROP ROLE pulsedesk_test_reader")));
    }

    void theServerKeepsTheAuditChain()
    {
        auto store = openFresh();
        QSqlDatabase db = store->connection();
        QSqlQuery q(db);
        // Written without a hash (raw SQL): the server gives it its place in the chain and the hash PulseDesk
        // computes (AuditLog::computeHash: the same bytes, multi-byte text included).
        QVERIFY(Sql::exec(q,
                          QStringLiteral("INSERT INTO audit_log (at, user_id, username, action, subject_type, "
                                         "subject_id, details) VALUES (1700000000000, 7, 'nurse.nina', "
                                         "'record.add', 'patient', '12', 'Zoë: 38,5 °C')")));
        QVERIFY(Sql::exec(q,
                          QStringLiteral("SELECT id, at, user_id, username, action, subject_type, subject_id, "
                                         "details, prev_hash, hash FROM audit_log")));
        QVERIFY(q.next());
        AuditEntry entry;
        entry.id = q.value(0).toLongLong();
        entry.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong());
        entry.userId = q.value(2).toLongLong();
        entry.username = q.value(3).toString();
        entry.action = q.value(4).toString();
        entry.subjectType = q.value(5).toString();
        entry.subjectId = q.value(6).toString();
        entry.details = q.value(7).toString();
        entry.prevHash = q.value(8).toString();
        QCOMPARE(entry.id, 1);
        QCOMPARE(entry.prevHash, QString(64, QLatin1Char('0')));
        QCOMPARE(q.value(9).toString(), AuditLog::computeHash(entry));
        const QString head = q.value(9).toString();
        q.finish();
        // A hash the server did not compute, or an entry out of its place, is refused.
        const auto insert = [&](qint64 id, const QString& prev, const QString& hash) {
            return Sql::exec(q,
                             QStringLiteral("INSERT INTO audit_log (id, at, user_id, username, action, subject_type, "
                                            "subject_id, details, prev_hash, hash) VALUES (?, 2, NULL, 'x', 'y', "
                                            "'z', '1', '', ?, ?)"),
                             {id, prev, hash});
        };
        QVERIFY(!insert(2, head, QString(64, QLatin1Char('f'))));
        QCOMPARE(Sql::error(q, QStringLiteral("testing")).code, Error::Code::Conflict);
        AuditEntry next;
        next.id = 3;
        next.at = QDateTime::fromMSecsSinceEpoch(2);
        next.username = QStringLiteral("x");
        next.action = QStringLiteral("y");
        next.subjectType = QStringLiteral("z");
        next.subjectId = QStringLiteral("1");
        next.prevHash = head;
        QVERIFY(!insert(3, head, AuditLog::computeHash(next))); // skips entry 2
        next.id = 2;
        QVERIFY(insert(2, head, AuditLog::computeHash(next))); // as AuditLog::append writes it
        QCOMPARE(Sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 2);
    }

    void eachThread_getsItsOwnConnection()
    {
        auto store = openFresh();
        const QString mine = store->connection().connectionName();
        QString theirs;
        int theirPid = 0;
        QThread* thread = QThread::create([&] {
            ThreadConnectionGuard guard(*store);
            QSqlDatabase db = store->connection();
            theirs = db.connectionName();
            theirPid = Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt();
        });
        thread->start();
        QVERIFY(thread->wait(30'000));
        delete thread;
        QVERIFY(!theirs.isEmpty());
        QVERIFY(theirs != mine);
        QSqlDatabase db = store->connection();
        QVERIFY(theirPid != Sql::scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toInt());
        QVERIFY(!QSqlDatabase::contains(theirs));
    }

    void afterCommit_runsAfterTheCommit_andNotAfterARollback()
    {
        auto store = openFresh();
        QSqlDatabase db = store->connection();
        int runs = 0;
        store->setAfterCommit(db, [&runs] { ++runs; }); // no transaction: at once
        QCOMPARE(runs, 1);
        {
            Sql::Transaction transaction(db);
            store->setAfterCommit(db, [&runs] { runs += 10; });
            QCOMPARE(runs, 1);
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(runs, 11);
        {
            Sql::Transaction transaction(db);
            store->setAfterCommit(db, [&runs] { runs += 100; });
        } // rolled back
        QCOMPARE(runs, 11);
        QVERIFY(RawStatement::exec(db, "BEGIN"));
        store->setAfterCommit(db, [&runs] { runs += 1000; });
        QVERIFY(RawStatement::inTransaction(db));
        QVERIFY(RawStatement::exec(db, "COMMIT"));
        QCOMPARE(runs, 1011);
    }

    void rawStatements_runThroughLibpq()
    {
        auto store = openFresh();
        QSqlDatabase db = store->connection();
        QSqlQuery q(db);
        QVERIFY(Sql::exec(q, QStringLiteral("INSERT INTO devices (device_id, registered_at) VALUES ('d1', 1)")));
        RawStatement insert(db,
                            "INSERT INTO samples (device_id, ts, heart_rate, spo2, temperature_c, systolic, "
                            "diastolic, source, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?9) "
                            "ON CONFLICT DO NOTHING");
        QVERIFY2(insert.ok(), qPrintable(insert.error(QStringLiteral("preparing")).message));
        Sample sample;
        sample.timestampMs = 1'700'000'000'123;
        sample.heartRate = 72.5;
        insert.bindSample(1, 1, sample);
        insert.bindStatic(8, "live");
        insert.bind(9, qint64(5));
        QCOMPARE(insert.step(), RawStatement::Step::Done);
        QCOMPARE(insert.changes(), 1);
        const auto preparedOnTheServer = [&db] {
            return Sql::scalar(db,
                               QStringLiteral("SELECT count(*) FROM pg_prepared_statements WHERE name LIKE "
                                              "'pulsedesk\\_raw\\_%'"))
                .toInt();
        };
        QCOMPARE(preparedOnTheServer(), 0); // run once: one round trip, nothing left on the server
        insert.reset();
        QCOMPARE(insert.step(), RawStatement::Step::Done);
        QCOMPARE(insert.changes(), 0); // the same (device, ts): nothing
        QCOMPARE(preparedOnTheServer(), 1); // run again: prepared once, for every run from now on
        insert.reset();
        QCOMPARE(insert.step(), RawStatement::Step::Done);
        QCOMPARE(preparedOnTheServer(), 1);

        RawStatement read(db, "SELECT ts, heart_rate, spo2, source = 'live' FROM samples WHERE device_id = ?1");
        read.bind(1, qint64(1));
        QCOMPARE(read.step(), RawStatement::Step::Row);
        QCOMPARE(read.integer(0), sample.timestampMs);
        QCOMPARE(read.real(1), 72.5);
        QVERIFY(read.isNull(2));
        QCOMPARE(read.integer(3), qint64(1));
        QCOMPARE(read.step(), RawStatement::Step::Done);

        RawStatement bad(db, "SELECT no_such_column FROM samples");
        QVERIFY(bad.ok()); // nothing was sent yet
        QCOMPARE(bad.step(), RawStatement::Step::Failed);
        QVERIFY2(bad.error(QStringLiteral("reading")).message.contains(QLatin1String("no_such_column")),
                 qPrintable(bad.error(QStringLiteral("reading")).message));
        {
            RawStatement twice(db, "SELECT count(*) FROM samples");
            QCOMPARE(twice.step(), RawStatement::Step::Row);
            twice.reset();
            QCOMPARE(twice.step(), RawStatement::Step::Row);
            QCOMPARE(preparedOnTheServer(), 2);
        }
        QCOMPARE(preparedOnTheServer(), 1); // deallocated with its object
    }

    void parameters_areNumberedAsSqliteNumbersThem()
    {
        int count = 0;
        QCOMPARE(PostgresStatement::numberedParameters("a = ? AND b = ?3 AND c = ? AND d = '?' AND e = ?1", &count),
                 QByteArray("a = $1 AND b = $3 AND c = $4 AND d = '?' AND e = $1"));
        QCOMPARE(count, 4);
    }

    void plainMigrations_translate_othersNeedTheirOwnText()
    {
        auto plain = PostgresSchema::translate(
            7,
            QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v REAL, b BLOB, n INTEGER NOT NULL, "
                           "PRIMARY KEY (n)) WITHOUT ROWID;"));
        QVERIFY2(plain.ok(), qPrintable(plain.errorMessage()));
        QCOMPARE(plain.value(),
                 QStringLiteral("CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                                "v DOUBLE PRECISION, b BYTEA, n BIGINT NOT NULL, PRIMARY KEY (n));"));
        for (const char* sqlite :
             {"CREATE TRIGGER x AFTER INSERT ON t BEGIN SELECT 1; END;", "INSERT OR IGNORE INTO t VALUES (1)",
              "CREATE TABLE u (name TEXT COLLATE NOCASE)", "SELECT strftime('%s', 'now')"}) {
            auto refused = PostgresSchema::translate(9, QString::fromLatin1(sqlite));
            QVERIFY2(!refused.ok(), sqlite);
            QCOMPARE(refused.code(), Error::Code::Schema);
            QVERIFY(refused.errorMessage().contains(QLatin1String("migration 9")));
        }
    }

    void aValueTheServerQuotes_neverReachesTheLog()
    {
        auto store = openFresh();
        QSqlDatabase db = store->connection();
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { logged.append(message); });
        QSqlQuery q(db);
        // PostgreSQL quotes the value it could not read in the first line of its message.
        const bool ran = Sql::exec(q, QStringLiteral("SELECT CAST(? AS BIGINT)"), {QStringLiteral("MRN-4711 Rossi")});
        const Error error = Sql::error(q, QStringLiteral("reading a patient"));
        qInstallMessageHandler(previous);
        QVERIFY(!ran);
        QVERIFY2(error.message.contains(QLatin1String("MRN-4711 Rossi")), qPrintable(error.message)); // for the user
        QCOMPARE(logged.size(), 1);
        QVERIFY2(logged.first().contains(QLatin1String("invalid input syntax")), qPrintable(logged.first()));
        QVERIFY2(!logged.first().contains(QLatin1String("4711")), qPrintable(logged.first()));
        QVERIFY2(logged.first().contains(QLatin1String("(14 characters)")), qPrintable(logged.first()));
    }

    void aConnectionTheServerDropped_isOpenedAgain()
    {
        auto db = openFresh();
        {
            QSqlQuery q(db->connection());
            QVERIFY(q.exec(QStringLiteral("SELECT 1")));
        }
        QVERIFY(db->checkConnection().ok());
        m_server.stop();
        {
            QSqlQuery q(db->connection());
            QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
        }
        const Status lost = db->checkConnection();
        QVERIFY(!lost);
        QCOMPARE(lost.code(), Error::Code::Storage);
        QVERIFY2(lost.errorMessage().contains(QLatin1String("Connection refused")), qPrintable(lost.errorMessage()));
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        // The next use opens it again: no restart of the process.
        QVERIFY(db->checkConnection().ok());
        QSqlQuery q(db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT 40 + 2")) && q.next());
        QCOMPARE(q.value(0).toInt(), 42);
    }

    void theTestServer_stopsAndStartsAgain()
    {
        const QString database = m_server.createDatabase();
        m_server.stop();
        QVERIFY(!m_server.isRunning());
        QString error;
        QVERIFY(m_server.psql(database, QStringLiteral("SELECT 1"), &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QCOMPARE(m_server.psql(database, QStringLiteral("SELECT 1")), QStringLiteral("1"));
    }
};

QTEST_GUILESS_MAIN(TestPostgresDatabase)
#include "TestPostgresDatabase.moc"
