#include "PostgresServer.h"
#include "StoreBackend.h"
#include "security/Crypto.h"
#include "storage/Migrations.h"
#include "storage/PostgresDatabase.h"
#include "storage/SqlCipherDriver.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

namespace {

/// An encrypted database file with its own connection, closed on destruction; in the PostgreSQL run, a new
/// database on the run's server.
class ScratchDb
{
public:
    explicit ScratchDb(const QString& path, const QByteArray& key)
        : m_name(QStringLiteral("scratch-%1").arg(reinterpret_cast<quintptr>(this)))
    {
        if (currentBackend() == StoreBackend::Postgres) {
            QString error;
            const QString database = postgresServer()->createDatabase(&error);
            auto info = PostgresDatabase::normalizeConnInfo(postgresServer()->connInfo(database));
            if (database.isEmpty() || !info)
                qFatal("cannot create a scratch database: %s", qPrintable(error));
            m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_db.setConnectOptions(info.value());
        } else {
            auto* driver = new SqlCipherDriver;
            driver->setRawKey(key);
            m_db = QSqlDatabase::addDatabase(driver, m_name);
            m_db.setDatabaseName(path);
        }
        if (!m_db.open())
            qFatal("cannot open scratch database");
    }
    ~ScratchDb()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase& db() { return m_db; }

    /// Every table, index and trigger definition, to compare two schemas.
    QStringList schema()
    {
        QSqlQuery q(m_db);
        if (currentBackend() == StoreBackend::Postgres)
            q.exec(QStringLiteral(
                "SELECT 'table ' || table_name || ': ' || string_agg(column_name || ' ' || data_type || ' ' "
                "|| is_nullable || ' ' || coalesce(column_default, ''), ', ' ORDER BY ordinal_position) "
                "FROM information_schema.columns WHERE table_schema = current_schema() GROUP BY table_name "
                "UNION ALL SELECT 'index ' || indexname || ': ' || indexdef FROM pg_indexes "
                "WHERE schemaname = current_schema() "
                "UNION ALL SELECT 'trigger ' || tgname || ': ' || pg_get_triggerdef(oid) FROM pg_trigger "
                "WHERE NOT tgisinternal "
                "UNION ALL SELECT 'function ' || proname || ': ' || prosrc FROM pg_proc "
                "WHERE pronamespace = current_schema()::regnamespace ORDER BY 1"));
        else
            q.exec(QStringLiteral("SELECT type || ' ' || name || ': ' || coalesce(sql, '') FROM sqlite_master "
                                  "ORDER BY type, name"));
        QStringList rows;
        while (q.next())
            rows.append(q.value(0).toString());
        return rows;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_key = Crypto::randomKey().toByteArray();
    int m_counter = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_counter)); }

private slots:
    void emptyFile_migratesToLatest()
    {
        ScratchDb scratch(freshPath(), m_key);
        QCOMPARE(Migrations::currentVersion(scratch.db()), 0);
        const Status migrated = Migrations::migrate(scratch.db());
        QVERIFY2(migrated.ok(), qPrintable(migrated.errorMessage()));
        QCOMPARE(Migrations::currentVersion(scratch.db()), Migrations::latestVersion());
        QVERIFY(scratch.schema().join(QLatin1Char('\n')).contains(QLatin1String("table patients")));
    }

    void everyEarlierVersion_migratesToTheSameSchema_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < Migrations::latestVersion(); ++v)
            QTest::addRow("from version %d", v) << v;
    }
    void everyEarlierVersion_migratesToTheSameSchema()
    {
        QFETCH(int, from);
        ScratchDb reference(freshPath(), m_key);
        QVERIFY(Migrations::migrate(reference.db()).ok());

        ScratchDb old(freshPath(), m_key);
        QVERIFY(Migrations::migrate(old.db(), from).ok());
        QCOMPARE(Migrations::currentVersion(old.db()), from);
        // A row written by the older schema survives the upgrade.
        QSqlQuery q(old.db());
        if (from >= 1)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO users (username, display_name, role, created_at, updated_at) "
                                          "VALUES ('old', 'Old Admin', 'admin', 1, 1)")));
        QVERIFY(Migrations::migrate(old.db()).ok());
        QCOMPARE(Migrations::currentVersion(old.db()), Migrations::latestVersion());
        QCOMPARE(old.schema(), reference.schema());
        if (from >= 1) {
            QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users WHERE username = 'old'")) && q.next());
            QCOMPARE(q.value(0).toInt(), 1);
        }
    }

    void migration11_addsTheAnomalyScore()
    {
        ScratchDb scratch(freshPath(), m_key);
        QVERIFY(Migrations::migrate(scratch.db(), 10).ok());
        QSqlQuery q(scratch.db());
        QVERIFY(!q.exec(QStringLiteral("SELECT anomaly FROM analysis_results")));
        QVERIFY(Migrations::migrate(scratch.db(), 11).ok());
        QVERIFY2(q.exec(QStringLiteral("SELECT anomaly FROM analysis_results")), qPrintable(q.lastError().text()));
    }

    void migration14_mergesRecords_andSummarisesResultsByMinute()
    {
        ScratchDb scratch(freshPath(), m_key);
        QVERIFY(Migrations::migrate(scratch.db(), 13).ok());
        QSqlQuery q(scratch.db());
        const auto run = [&q](const char* sql) {
            const bool ok = q.exec(QString::fromLatin1(sql));
            return ok ? QString() : q.lastError().text();
        };
        // A note written before the upgrade.
        QCOMPARE(run("INSERT INTO users (id, username, display_name, role, created_at, updated_at) "
                     "VALUES (1, 'doc', 'Doc', 'doctor', 0, 0)"),
                 QString());
        QCOMPARE(run("INSERT INTO patients (id, mrn, name, admitted_at, created_by) VALUES (1, 'A', 'A', 0, 1), "
                     "(2, 'B', 'B', 0, 1), (3, 'C', 'C', 0, 1)"),
                 QString());
        QCOMPARE(run("INSERT INTO clinical_records (patient_id, author_id, written_at, text) VALUES (1, 1, 0, 'n')"),
                 QString());
        QVERIFY(!run("SELECT merged_into FROM patients").isEmpty());
        QVERIFY(Migrations::migrate(scratch.db(), 14).ok());
        QCOMPARE(run("SELECT merged_into FROM patients"), QString());
        // A note moves only to the record its patient was merged into, and only its patient changes.
        QVERIFY(run("UPDATE clinical_records SET patient_id = 2").contains(QLatin1String("append-only")));
        QCOMPARE(run("UPDATE patients SET merged_into = 2 WHERE id = 1"), QString());
        QVERIFY(run("UPDATE clinical_records SET patient_id = 3").contains(QLatin1String("append-only")));
        QVERIFY(run("UPDATE clinical_records SET patient_id = 2, text = 'x'").contains(QLatin1String("append-only")));
        QCOMPARE(run("UPDATE clinical_records SET patient_id = 2"), QString());
        QVERIFY(run("DELETE FROM clinical_records").contains(QLatin1String("append-only")));
        // Merged once, never into a merged record, never into itself.
        QVERIFY(run("UPDATE patients SET merged_into = 3 WHERE id = 1").contains(QLatin1String("merged once")));
        QVERIFY(run("UPDATE patients SET merged_into = 1 WHERE id = 3").contains(QLatin1String("merged once")));
        QVERIFY(run("UPDATE patients SET merged_into = 3 WHERE id = 3").contains(QLatin1String("merged once")));

        // Results: per window by default, per minute (its median) when so set.
        QCOMPARE(run("INSERT INTO devices (id, device_id, registered_at) VALUES (1, 'd', 0)"), QString());
        QCOMPARE(run("INSERT INTO settings (key, value, updated_at) VALUES ('interfaces.results.queue', '1', 0)"),
                 QString());
        for (int i = 0; i < 60; ++i)
            QCOMPARE(run(QStringLiteral("INSERT INTO samples (device_id, ts, heart_rate, received_at) "
                                        "VALUES (1, %1, %2, 0)")
                             .arg(60000 + i * 1000)
                             .arg(60 + i % 7)
                             .toLatin1()
                             .constData()),
                     QString());
        const auto window = [&run](int start) {
            return run(QStringLiteral("INSERT INTO analysis_results (patient_id, device_id, window_start, window_ms, "
                                      "sample_count, coverage, category, low_confidence, basis, band, computed_at) "
                                      "VALUES (2, 1, %1, 10000, 10, 1, 'normal', 0, 'b', 'b', %1)")
                           .arg(start)
                           .toLatin1()
                           .constData());
        };
        QCOMPARE(window(60000), QString());
        QCOMPARE(run("SELECT kind FROM hl7_outbox"), QString());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("result"));
        QCOMPARE(run("INSERT INTO settings (key, value, updated_at) "
                     "VALUES ('interfaces.results.summary', 'minute-median', 0)"),
                 QString());
        QCOMPARE(window(110000), QString()); // ends the minute from 60 s
        QCOMPARE(window(120000), QString());
        QCOMPARE(run("SELECT kind, ref, content FROM hl7_outbox WHERE id > 1 ORDER BY id"), QString());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("minute"));
        QCOMPARE(q.value(1).toLongLong(), 60000);
        QCOMPARE(q.value(2).toString(), QStringLiteral("window_ms=60000&count=60&hr_median=63.0&spo2="));
        QVERIFY(!q.next()); // once per minute
    }

    void migratingTwice_changesNothing()
    {
        ScratchDb scratch(freshPath(), m_key);
        QVERIFY(Migrations::migrate(scratch.db()).ok());
        const QStringList before = scratch.schema();
        QVERIFY(Migrations::migrate(scratch.db()).ok());
        QCOMPARE(scratch.schema(), before);
    }

    void newerSchema_isRefusedAndLeftUnchanged()
    {
        ScratchDb scratch(freshPath(), m_key);
        QVERIFY(Migrations::migrate(scratch.db()).ok());
        QSqlQuery q(scratch.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'from the future', 0)")
                           .arg(Migrations::latestVersion() + 1)));
        const QStringList before = scratch.schema();
        const Status migrated = Migrations::migrate(scratch.db());
        QVERIFY(!migrated.ok());
        QCOMPARE(migrated.code(), Error::Code::Schema);
        QVERIFY2(migrated.errorMessage().contains(QLatin1String("newer PulseDesk")),
                 qPrintable(migrated.errorMessage()));
        QCOMPARE(scratch.schema(), before);
        QCOMPARE(Migrations::currentVersion(scratch.db()), Migrations::latestVersion() + 1);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestMigrations)
#include "TestMigrations.moc"
