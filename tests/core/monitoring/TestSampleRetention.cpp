#include "ImportFixtures.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "monitoring/SampleRetention.h"
#include "settings/Settings.h"
#include "storage/ClinicalRecordStore.h"
#include "storage/Database.h"
#include "storage/SamplePartitions.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// Raw samples by month: on a ward server each month's samples in a partition of its own, made ahead and for old
/// data on demand (an import of a 2019 file); the administrator's retention removing older months (whole
/// partitions on the server, rows on one PC), audited, while results, alarms and notes stay.
class TestSampleRetention : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    static qint64 utc(int year, int month, int day, int hour = 0, int minute = 0)
    {
        return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
    }

    static QStringList partitions(Workspace& w)
    {
        QSqlDatabase db = w.database().connection();
        auto names = SamplePartitions::partitions(db);
        if (!names)
            qFatal("partitions: %s", qPrintable(names.errorMessage()));
        return names.value();
    }

    static bool onServer() { return currentBackend() == StoreBackend::Postgres; }

private slots:
    void theCutoff_isTheStartOfAMonth_keepingTheCurrentOneAndThoseBefore()
    {
        const qint64 now = utc(2026, 12, 6, 23, 15);
        QCOMPARE(SamplePartitions::retentionCutoff(now, 0), utc(2026, 12, 1));
        QCOMPARE(SamplePartitions::retentionCutoff(now, 1), utc(2026, 11, 1));
        QCOMPARE(SamplePartitions::retentionCutoff(now, 13), utc(2025, 11, 1));
        QCOMPARE(SamplePartitions::retentionCutoff(utc(2027, 1, 1), 1), utc(2026, 12, 1));
    }

    void aFileOf2019_isImportedIntoThePartitionsOfItsMonths()
    {
        Ward ward = makeWard(utc(2019, 3, 1));
        Workspace& w = ward.tw->workspace();
        // Three minutes across the end of March 2019: one in March, two in April.
        const QString path =
            write(m_files, QStringLiteral("2019.json"),
                  dump(QStringLiteral("dev-1"), utc(2019, 3, 31, 23, 59), 180, [](int i) { return 60 + i % 9; }));
        const ImportOutcome outcome = importFile(w, ward.nurse, path);
        QCOMPARE(outcome.state, ImportOutcome::State::Complete);
        QCOMPARE(outcome.stored, 180);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 180);
        if (!onServer()) {
            QCOMPARE(partitions(w), QStringList()); // one table on one PC
            return;
        }
        QVERIFY(partitions(w).contains(QStringLiteral("samples_201903")));
        QVERIFY(partitions(w).contains(QStringLiteral("samples_201904")));
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_201903")), 60);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_201904")), 120);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_default")), 0);
    }

    void aMonthWithoutPartition_waitsInTheDefault_andMovesWhenItIsMade()
    {
        Ward ward = makeWard(utc(2018, 1, 1));
        Workspace& w = ward.tw->workspace();
        // Written past SampleWriter, which would have made the month first.
        storeSamples(w, QStringLiteral("dev-1"), utc(2018, 5, 2), 3, 1000, [](int) { return 70.0; });
        if (onServer()) {
            QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_default")), 3);
            QVERIFY(!partitions(w).contains(QStringLiteral("samples_201805")));
        }
        QSqlDatabase db = w.database().connection();
        QVERIFY(SamplePartitions::ensureMonths(db, utc(2018, 4, 30), utc(2018, 5, 2)).ok());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 3);
        if (!onServer())
            return;
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_default")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_201805")), 3);
        QVERIFY(partitions(w).contains(QStringLiteral("samples_201804")));
        // Made once: asking again changes nothing.
        QVERIFY(SamplePartitions::ensureMonths(db, utc(2018, 5, 1), utc(2018, 5, 31)).ok());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples_201805")), 3);
    }

    void retention_removesOldMonths_audited_andKeepsResultsAlarmsAndNotes()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Ward ward = makeWard(utc(2019, 1, 1));
        TestWorkspace& tw = *ward.tw;
        Workspace& w = tw.workspace();
        importFile(w, ward.nurse,
                   write(m_files, QStringLiteral("old.json"),
                         dump(QStringLiteral("dev-1"), utc(2019, 6, 30, 23, 59), 120, [](int) { return 80.0; })));
        storeSamples(w, QStringLiteral("dev-1"), now - 60'000, 30, 1000, [](int) { return 75.0; });
        execSql(tw,
                QStringLiteral("INSERT INTO alarms (patient_id, condition, priority, state, condition_since, "
                               "raised_at, updated_at) VALUES (1, 'tachycardia', 'medium', 'ended', %1, %1, %1)")
                    .arg(utc(2019, 7, 1)));
        QVERIFY(w.records().add(ward.doctor, QStringLiteral("MRN-1"), QStringLiteral("A note of 2019")).ok());
        const qint64 audited = count(w, QStringLiteral("SELECT count(*) FROM audit_log"));
        // The import analysed its windows: results of 2019.
        const qint64 results =
            count(w, QStringLiteral("SELECT count(*) FROM analysis_results WHERE window_start < ?"), {utc(2020, 1, 1)});
        QVERIFY(results > 0);
        const qint64 alarms = count(w, QStringLiteral("SELECT count(*) FROM alarms"));

        // Kept for ever unless the administrator says otherwise.
        auto kept = SampleRetention::apply(w, now);
        QVERIFY2(kept.ok(), qPrintable(kept.errorMessage()));
        QCOMPARE(kept->months, 0);
        QVERIFY(kept->dropped.isEmpty());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 150);
        if (onServer()) { // this month and the next two made ahead
            const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
            for (int ahead = 0; ahead <= 2; ++ahead)
                QVERIFY(partitions(w).contains(QStringLiteral("samples_")
                                               + today.addMonths(ahead).toString(QStringLiteral("yyyyMM"))));
        }

        QVERIFY(!w.settings().setValue(ward.nurse, Settings::Key::SampleRetentionMonths, 12).ok());
        QVERIFY(w.settings().setValue(tw.admin(), Settings::Key::SampleRetentionMonths, 12).ok());
        auto applied = SampleRetention::apply(w, now);
        QVERIFY2(applied.ok(), qPrintable(applied.errorMessage()));
        QCOMPARE(applied->months, 12);
        QCOMPARE(applied->cutoffMs, SamplePartitions::retentionCutoff(now, 12));
        qint64 removed = 0;
        QStringList parts;
        for (const SamplePartitions::Dropped& d : std::as_const(applied->dropped)) {
            removed += d.samples;
            parts.append(d.part);
        }
        QCOMPARE(removed, 120);
        const QStringList expected = onServer()
            ? QStringList {QStringLiteral("samples_201906"), QStringLiteral("samples_201907")}
            : QStringList {QStringLiteral("samples")};
        QCOMPARE(parts, expected);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 30);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples WHERE ts < ?"), {utc(2020, 1, 1)}), 0);
        if (onServer())
            QVERIFY(!partitions(w).join(QLatin1Char(' ')).contains(QLatin1String("2019")));
        // Results, alarms, notes and the audit log stay; each removal is audited.
        QCOMPARE(
            count(w, QStringLiteral("SELECT count(*) FROM analysis_results WHERE window_start < ?"), {utc(2020, 1, 1)}),
            results);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM alarms")), alarms);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM clinical_records")), 1);
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'samples.retention'")),
                 qint64(parts.size()));
        QVERIFY(count(w, QStringLiteral("SELECT count(*) FROM audit_log")) > audited);
        QVERIFY(w.audit().verify(tw.admin())->intact);

        // Nothing older is left: a second run removes nothing.
        auto again = SampleRetention::apply(w, now);
        QVERIFY(again.ok());
        QVERIFY(again->dropped.isEmpty());
        QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM samples")), 30);
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestSampleRetention)
#include "TestSampleRetention.moc"
