#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SampleWriter.h"
#include "storage/SqlSupport.h"

#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The one place samples are written: unique on (device, time), the stored value kept on a conflict, vitals filled
/// in only when asked for, every row of an import tagged with it; the look-up the preview uses sees the same.
class TestSampleWriter : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> m_tw;
    qint64 m_device = 0;

    static Sample sample(qint64 ms, double bpm, double spo2 = Sample::Missing)
    {
        Sample s;
        s.deviceId = QStringLiteral("dev-1");
        s.timestampMs = ms;
        s.heartRate = bpm;
        s.spo2 = spo2;
        return s;
    }

    QVariant scalar(const QString& sql)
    {
        QSqlDatabase db = (*m_tw)->database().connection();
        return Sql::scalar(db, sql);
    }

private slots:
    void init()
    {
        m_tw = std::make_unique<TestWorkspace>();
        QVERIFY((*m_tw)->devices().add(m_tw->admin(), QStringLiteral("dev-1"), {}, {}).ok());
        m_device = scalar(QStringLiteral("SELECT id FROM devices WHERE device_id = 'dev-1'")).toLongLong();
    }

    void theRuleForASampleStoredAlready()
    {
        const double none = Sample::Missing;
        int fill = -1;
        QCOMPARE(SampleWriter::compare({80, none, none, none, none}, {80.04, none, none, none, none}, &fill),
                 QString());
        QCOMPARE(fill, 0);
        QCOMPARE(SampleWriter::compare({80, 97, none, none, none}, {80, none, none, none, none}, &fill), QString());
        QCOMPARE(fill, 0b10);
        QCOMPARE(SampleWriter::compare({none, 90, none, none, none}, {70, 97, none, none, none}),
                 QStringLiteral("a different value (90) is already stored for this device at this time (97)"));
    }

    void storedOnceThenDuplicateConflictOrFilled()
    {
        QSqlDatabase db = (*m_tw)->database().connection();
        Sql::Transaction transaction(db);
        SampleWriter writer(db);
        QVERIFY(writer.ok());
        using Kind = SampleWriter::Written::Kind;
        const qint64 t = 1'700'000'000'000;
        QCOMPARE(writer.write(m_device, sample(t, 80), SampleWriter::Source::Live, t)->kind, Kind::Stored);
        QCOMPARE(writer.write(m_device, sample(t, 80), SampleWriter::Source::Live, t)->kind, Kind::Duplicate);
        auto conflict = writer.write(m_device, sample(t, 140), SampleWriter::Source::Live, t);
        QCOMPARE(conflict->kind, Kind::Conflict);
        QVERIFY(conflict->conflict.contains(QLatin1String("(140)")));
        // Another vital at the same time is a duplicate unless filling is asked for.
        QCOMPARE(writer.write(m_device, sample(t, 80, 97), SampleWriter::Source::Live, t)->kind, Kind::Duplicate);
        auto filled = writer.write(m_device, sample(t, 80, 97), SampleWriter::Source::Backfill, t, true);
        QCOMPARE(filled->kind, Kind::Filled);
        QCOMPARE(filled->filled, 0b10);
        QCOMPARE(filled->storedImportId, 0);
        QVERIFY(transaction.commit().ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM samples")).toInt(), 1);
        QCOMPARE(scalar(QStringLiteral("SELECT heart_rate FROM samples")).toDouble(), 80.0);
        QCOMPARE(scalar(QStringLiteral("SELECT spo2 FROM samples")).toDouble(), 97.0);
        QCOMPARE(scalar(QStringLiteral("SELECT source FROM samples")).toString(), QStringLiteral("live"));
    }

    void writeAll_givesWhatWriteGivesOneAfterTheOther()
    {
        using Kind = SampleWriter::Written::Kind;
        using Source = SampleWriter::Source;
        const qint64 t = 1'700'000'000'000;
        QSqlDatabase db = (*m_tw)->database().connection();
        {
            Sql::Transaction transaction(db);
            SampleWriter writer(db);
            QCOMPARE(writer.write(m_device, sample(t, 80), Source::Live, t)->kind, Kind::Stored);
            QVERIFY(transaction.commit().ok());
        }
        Sql::Transaction transaction(db);
        SampleWriter writer(db);
        // Stored before; new, then again in the same batch; and a sample of another month (2019).
        const std::vector<SampleWriter::Pending> batch = {
            {m_device, sample(t, 80), Source::Live, t + 5},
            {m_device, sample(t, 140), Source::Live, t + 5},
            {m_device, sample(t + 1000, 90, 97), Source::Live, t + 6},
            {m_device, sample(t + 1000, 90), Source::Live, t + 6},
            {m_device, sample(t + 1000, 90.04), Source::Live, t + 6},
            {m_device, sample(t + 1000, 99), Source::Live, t + 6},
            {m_device, sample(1'550'000'000'000, 70), Source::Backfill, t + 7},
        };
        auto written = writer.writeAll(batch);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(int(written->size()), int(batch.size()));
        const std::vector<Kind> kinds = {Kind::Duplicate, Kind::Conflict, Kind::Stored, Kind::Duplicate,
                                         Kind::Duplicate, Kind::Conflict, Kind::Stored};
        for (size_t i = 0; i < kinds.size(); ++i)
            QCOMPARE(written->at(i).kind, kinds.at(i));
        QCOMPARE(written->at(1).conflict,
                 QStringLiteral("a different value (140) is already stored for this device at this time (80)"));
        QCOMPARE(written->at(5).conflict,
                 QStringLiteral("a different value (99) is already stored for this device at this time (90)"));
        QCOMPARE(written->at(3).filled, 0);
        QVERIFY(writer.writeAll({})->empty());
        QVERIFY(transaction.commit().ok());
        // The rows write() would have stored: the first of each (device, time), nothing changed on a duplicate.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM samples")).toInt(), 3);
        QCOMPARE(scalar(QStringLiteral("SELECT received_at FROM samples WHERE ts = %1").arg(t)).toLongLong(), t);
        QCOMPARE(scalar(QStringLiteral("SELECT spo2 FROM samples WHERE ts = %1").arg(t + 1000)).toDouble(), 97.0);
        QVERIFY(scalar(QStringLiteral("SELECT spo2 FROM samples WHERE ts = %1").arg(t)).isNull());
        QCOMPARE(scalar(QStringLiteral("SELECT source FROM samples WHERE ts = 1550000000000")).toString(),
                 QStringLiteral("backfill"));
        QCOMPARE(scalar(QStringLiteral("SELECT received_at FROM samples WHERE ts = 1550000000000")).toLongLong(),
                 t + 7);
        QVERIFY(scalar(QStringLiteral("SELECT import_id FROM samples WHERE ts = 1550000000000")).isNull());
    }

    /// Live batches of new samples take the plain INSERT on a server; a batch that meets a stored sample falls back
    /// inside the same transaction, which stays usable, with the same outcomes.
    void writeAll_aBatchSentAgainInTheSameTransaction()
    {
        using Kind = SampleWriter::Written::Kind;
        constexpr auto Live = SampleWriter::Source::Live;
        const qint64 t = 1'700'000'000'000;
        QSqlDatabase db = (*m_tw)->database().connection();
        Sql::Transaction transaction(db);
        SampleWriter writer(db);
        std::vector<SampleWriter::Pending> first;
        for (int i = 0; i < 50; ++i)
            first.push_back({m_device, sample(t + i * 1000, 60 + i), Live, t});
        auto written = writer.writeAll(first);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        for (const SampleWriter::Written& w : written.value())
            QCOMPARE(w.kind, Kind::Stored);
        // The broker delivers the batch again with two new samples and a changed one.
        std::vector<SampleWriter::Pending> again = first;
        again.push_back({m_device, sample(t + 50'000, 110), Live, t + 1});
        again.at(7).sample.heartRate = 140;
        again.push_back({m_device, sample(t + 51'000, 111), Live, t + 1});
        written = writer.writeAll(again);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        for (size_t i = 0; i < again.size(); ++i)
            QCOMPARE(written->at(i).kind, i >= first.size() ? Kind::Stored : i == 7 ? Kind::Conflict : Kind::Duplicate);
        // The transaction goes on after the fallback and commits everything once.
        QCOMPARE(writer.write(m_device, sample(t + 52'000, 112), Live, t + 2)->kind, Kind::Stored);
        QVERIFY(transaction.commit().ok());
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM samples")).toInt(), 53);
        QCOMPARE(scalar(QStringLiteral("SELECT heart_rate FROM samples WHERE ts = %1").arg(t + 7000)).toDouble(), 67.0);
        QCOMPARE(scalar(QStringLiteral("SELECT received_at FROM samples WHERE ts = %1").arg(t + 51'000)).toLongLong(),
                 t + 1);
    }

    void anImportTagsItsRowsAndTheLookupSeesThem()
    {
        QSqlDatabase db = (*m_tw)->database().connection();
        QSqlQuery q(db);
        QVERIFY(Sql::exec(q,
                          QStringLiteral("INSERT INTO imports (id, file_name, file_sha256, file_bytes, format, "
                                         "time_zone, user_id, started_at, updated_at, state) VALUES (5, 'a.json', "
                                         "'00', 1, 'device-dump', 'UTC', ?, 0, 0, 'running')"),
                          {m_tw->admin().userId}));
        const qint64 t = 1'700'000'000'000;
        {
            Sql::Transaction transaction(db);
            SampleWriter writer(db, 5);
            QVERIFY(writer.write(m_device, sample(t, 70), SampleWriter::Source::Backfill, t).ok());
            QCOMPARE(writer.write(m_device, sample(t, 70), SampleWriter::Source::Backfill, t)->storedImportId, 5);
            QVERIFY(transaction.commit().ok());
        }
        QCOMPARE(scalar(QStringLiteral("SELECT import_id FROM samples")).toInt(), 5);
        QCOMPARE(scalar(QStringLiteral("SELECT source FROM samples")).toString(), QStringLiteral("backfill"));

        SampleLookup lookup(db);
        QVERIFY(lookup.ok());
        const auto stored = lookup.stored(m_device, t);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->at(0), 70.0);
        QVERIFY(std::isnan(stored->at(1)));
        QVERIFY(!lookup.stored(m_device, t + 1000).has_value());
        lookup.endBatch();
        // The batch's read transaction is over: the connection writes again.
        QVERIFY(Sql::exec(q, QStringLiteral("UPDATE samples SET received_at = 1")));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestSampleWriter)
#include "TestSampleWriter.moc"
