#include "ExportFixtures.h"
#include "StoreBackend.h"
#include "exports/CsvWriter.h"
#include "exports/Exports.h"
#include "storage/AuditLog.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// A patient's samples, results and alarms as CSV: one header row, ISO 8601 times with the zone's offset, RFC 4180
/// quoting that an independent reader (Python's csv module) reads back to the same fields.
class TestCsvExport : public QObject
{
    Q_OBJECT

    // Made in initTestCase: once for each backend's run.
    std::optional<ExportWard> m_ward;
    std::optional<QTemporaryDir> m_dir;

    Exports exports() { return m_ward->exports(); }

    QString path(const QString& name) const { return m_dir->filePath(name); }

private slots:
    void initTestCase()
    {
        m_ward.emplace();
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void fieldsAreQuotedOnlyWhenTheyMustBe()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("72.5")), QStringLiteral("72.5"));
        QCOMPARE(CsvWriter::field(QString()), QString());
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("cr\rhere")), QStringLiteral("\"cr\rhere\""));
        QCOMPARE(CsvWriter::field(QStringLiteral(" padded")), QStringLiteral("\" padded\""));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(buffer);
        QVERIFY(csv.row({QStringLiteral("a"), QStringLiteral("b,c")}));
        QCOMPARE(buffer.data(), QByteArray("a,\"b,c\"\r\n"));
        QCOMPARE(csv.rows(), qint64(1));
    }

    void samplesHaveOneHeaderAndTimesWithTheirOffset()
    {
        const QString file = path(QStringLiteral("samples.csv"));
        auto rows = exports().csv(m_ward->nurse, ExportWard::OldMrn, CsvContent::Samples, {}, file);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows.value(), qint64(ExportWard::Samples));
        const QList<QStringList> read = pythonCsv(file);
        QCOMPARE(read.size(), ExportWard::Samples + 1);
        QCOMPARE(read.first(),
                 strings({"time", "device", "heart_rate_per_min", "spo2_percent", "temperature_celsius",
                          "systolic_mmhg", "diastolic_mmhg", "source"}));
        // 09:26:53.589 UTC is 10:26:53.589 in Rome in March (CET, +01:00).
        QStringList first = strings({"2026-03-14T10:26:53.589+01:00", "", "60", "97", "", "", "", "live"});
        first[1] = ExportWard::Oximeter;
        QCOMPARE(read.at(1), first);
        QCOMPARE(read.at(2).at(0), QStringLiteral("2026-03-14T10:26:54.589+01:00"));
        QCOMPARE(read.at(7).at(2), QStringLiteral("66"));
        const QDateTime parsed = QDateTime::fromString(read.last().at(0), Qt::ISODateWithMs);
        QCOMPARE(parsed.toMSecsSinceEpoch(), ExportWard::T0 + (ExportWard::Samples - 1) * 1000);
    }

    void aRangeKeepsItsSamplesAndImportedOnesSayWhereTheyCameFrom()
    {
        const QString file = path(QStringLiteral("range.csv"));
        ExportRange range {QDateTime::fromMSecsSinceEpoch(ExportWard::T0 + 10'000),
                           QDateTime::fromMSecsSinceEpoch(ExportWard::T0 + 20'000)};
        auto rows = exports().csv(m_ward->doctor, ExportWard::YoungMrn, CsvContent::Samples, range, file);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows.value(), qint64(10)); // T0 + 10.25 s ... T0 + 19.25 s
        const QList<QStringList> read = pythonCsv(file);
        QCOMPARE(read.size(), 11);
        // A device id with a comma and quotes comes back whole.
        QCOMPARE(read.at(1).at(1), ExportWard::EcgPatch);
        QCOMPARE(read.at(1).at(7), QStringLiteral("imported"));
        QCOMPARE(read.at(1).at(2), QStringLiteral("88.5"));
    }

    void resultsAndAlarmsComeBackFieldForField()
    {
        const QString results = path(QStringLiteral("results.csv"));
        QVERIFY(exports().csv(m_ward->doctor, ExportWard::OldMrn, CsvContent::Results, {}, results));
        const QList<QStringList> r = pythonCsv(results);
        QCOMPARE(r.size(), 2);
        QCOMPARE(r.at(0).size(), 18);
        QCOMPARE(r.at(0).at(17), QStringLiteral("anomaly_score")); // empty: one window is no history
        QCOMPARE(r.at(1).at(17), QString());
        QCOMPARE(r.at(1).at(0), QStringLiteral("2026-03-14T10:27:00.000+01:00"));
        QCOMPARE(r.at(1).at(1), QStringLiteral("2026-03-14T10:27:10.000+01:00"));
        QCOMPARE(r.at(1).at(5), QStringLiteral("63"));
        QCOMPARE(r.at(1).at(13), QStringLiteral("moderate-tachycardia"));

        const QString alarms = path(QStringLiteral("alarms.csv"));
        auto rows = exports().csv(m_ward->doctor, ExportWard::OldMrn, CsvContent::Alarms, {}, alarms);
        QVERIFY2(rows, qPrintable(rows.errorMessage()));
        QCOMPARE(rows.value(), qint64(1));
        const QList<QStringList> a = pythonCsv(alarms);
        QCOMPARE(a.size(), 2);
        QCOMPARE(a.at(0).size(), 14);
        QCOMPARE(a.at(1).at(2), QStringLiteral("high"));
        QCOMPARE(a.at(1).at(9), ExportWard::NurseName);
        // A comma, quotes and a line break in one field survive the round trip.
        QCOMPARE(a.at(1).at(10), ExportWard::AlarmComment);
        QCOMPARE(a.at(1).at(12), QStringLiteral("142.5"));
    }

    void exportsAreAuditedAndRefusedToAdministrators()
    {
        const QString file = path(QStringLiteral("refused.csv"));
        auto refused = exports().csv(m_ward->tw->admin(), ExportWard::OldMrn, CsvContent::Samples, {}, file);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotPermitted);
        QVERIFY(!QFile::exists(file));
        auto missing = exports().csv(m_ward->nurse, QStringLiteral("NO-SUCH"), CsvContent::Samples, {}, file);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!QFile::exists(file));

        QVERIFY(exports().csv(m_ward->nurse, ExportWard::OldMrn, CsvContent::Alarms, {}, file));
        auto log = m_ward->workspace().audit().list(m_ward->tw->admin(), 20);
        QVERIFY(log);
        const auto entry = std::find_if(log->begin(), log->end(),
                                        [](const AuditEntry& e) { return e.action == QLatin1String("export.csv"); });
        QVERIFY(entry != log->end());
        QCOMPARE(entry->subjectId, ExportWard::OldMrn);
        QCOMPARE(entry->username, QStringLiteral("quackenbush"));
        QVERIFY2(entry->details.startsWith(QLatin1String("alarms, 1 rows")), qPrintable(entry->details));
    }

    void anUnwritableFileIsAClearErrorAndLeavesNothing()
    {
        const QString file = path(QStringLiteral("no-such-folder/samples.csv"));
        auto failed = exports().csv(m_ward->nurse, ExportWard::OldMrn, CsvContent::Samples, {}, file);
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, Error::Code::Storage);
        QVERIFY(failed.errorMessage().contains(QLatin1String("samples.csv")));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCsvExport)
#include "TestCsvExport.moc"
