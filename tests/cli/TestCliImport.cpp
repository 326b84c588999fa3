#include "CliRunner.h"
#include "StoreBackend.h"
#include "TestWorkspace.h"
#include "storage/Database.h"
#include "storage/DeviceRegistry.h"
#include "storage/SqlSupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// pulsedesk-cli import, run as the real binary: the summary, --dry-run, --tz, a folder, and the exit status
/// that says whether anything was rejected.
class TestCliImport : public QObject
{
    Q_OBJECT

    using Run = CliRun;

    std::unique_ptr<TestWorkspace> m_tw;
    QStringList m_store; ///< --data DIR, or --server CONNINFO in the PostgreSQL run
    QTemporaryDir m_files;

    Run cli(const QString& user, const QStringList& args)
    {
        return runCli(m_store
                          + QStringList {QStringLiteral("--user"), user, QStringLiteral("--password-stdin"),
                                         QStringLiteral("--json"), QStringLiteral("import")}
                          + args,
                      QByteArray(TestWorkspace::StaffPassword) + '\n', 120'000);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_files.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write a test file");
        return path;
    }

    qint64 samples()
    {
        m_tw->reopen();
        if (!m_tw->workspace().login(QStringLiteral("nurse"), QString::fromLatin1(TestWorkspace::StaffPassword)))
            qFatal("login failed");
        QSqlDatabase db = m_tw->workspace().database().connection();
        const qint64 n = Sql::scalar(db, QStringLiteral("SELECT count(*) FROM samples")).toLongLong();
        m_tw->close();
        return n;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PULSEDESK_CLI"), "PULSEDESK_CLI must point at pulsedesk-cli");
        m_tw = std::make_unique<TestWorkspace>();
        const Session doctor = m_tw->addStaff(QStringLiteral("doc"), Role::Doctor);
        const Session nurse = m_tw->addStaff(QStringLiteral("nurse"), Role::Nurse);
        m_tw->admit(doctor, QStringLiteral("MRN-3"), QStringLiteral("Three"), QStringLiteral("3"));
        QVERIFY(m_tw->workspace().devices().add(nurse, QStringLiteral("dev-3"), {}, {}).ok());
        QVERIFY(m_tw->workspace()
                    .devices()
                    .assign(nurse, QStringLiteral("dev-3"), QStringLiteral("MRN-3"),
                            QDateTime::currentDateTimeUtc().addDays(-3))
                    .ok());
        m_store = m_tw->cliStore();
        m_tw->close();
    }

    void dryRunStoresNothingAndRejectsSayWhy()
    {
        const qint64 t = (QDateTime::currentMSecsSinceEpoch() / 1000 - 7200) * 1000;
        const QString path = write(QStringLiteral("dump.json"),
                                   QStringLiteral("{\"deviceId\":\"dev-3\",\"samples\":[{\"timestamp\":%1,\"bpm\":70},"
                                                  "{\"timestamp\":%2,\"bpm\":900},{\"timestamp\":%3,\"bpm\":71}]}")
                                       .arg(t)
                                       .arg(t + 1000)
                                       .arg(t + 2000)
                                       .toUtf8());
        const Run dry = cli(QStringLiteral("nurse"), {path, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 5); // a record would be rejected
        QCOMPARE(dry.json()[QLatin1String("imported")].toInt(), 2);
        QCOMPARE(dry.json()[QLatin1String("rejected")].toInt(), 1);
        const QJsonObject file = dry.json()[QLatin1String("files")].toArray().first().toObject();
        QCOMPARE(file[QLatin1String("state")].toString(), QStringLiteral("previewed"));
        QCOMPARE(file[QLatin1String("devices")]
                     .toArray()
                     .first()[QLatin1String("patients")]
                     .toArray()
                     .first()[QLatin1String("mrn")]
                     .toString(),
                 QStringLiteral("MRN-3"));
        QCOMPARE(samples(), 0);

        const Run real = cli(QStringLiteral("nurse"), {path});
        QCOMPARE(real.exitCode, 5);
        QCOMPARE(real.json()[QLatin1String("imported")].toInt(), 2);
        const QJsonObject reasons = real.json()[QLatin1String("reasons")].toObject();
        QCOMPARE(reasons.size(), 1);
        QVERIFY(reasons.keys().first().contains(QLatin1String("900")));
        QCOMPARE(samples(), 2);

        // Again: nothing new, the same rejection.
        const Run again = cli(QStringLiteral("nurse"), {path});
        QCOMPARE(again.json()[QLatin1String("imported")].toInt(), 0);
        QCOMPARE(again.json()[QLatin1String("duplicates")].toInt(), 2);
    }

    void aFolderOfFitbitDaysInAChosenZone()
    {
        QTemporaryDir archive;
        const auto day = [&archive](const char* name, const char* when, int bpm) {
            QFile f(archive.filePath(QString::fromLatin1(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("[{\n  \"dateTime\" : \"") + when + "\",\n  \"value\" : {\n    \"bpm\" : "
                    + QByteArray::number(bpm) + ",\n    \"confidence\" : 2\n  }\n}]");
        };
        const QDate yesterday = QDate::currentDate().addDays(-1);
        const QByteArray d = yesterday.toString(QStringLiteral("MM/dd/yy")).toLatin1();
        day("heart_rate-2026-01-01.json", (d + " 10:00:00").constData(), 61);
        day("heart_rate-2026-01-02.json", (d + " 10:00:05").constData(), 62);
        day("resting_heart_rate-2026-01-01.json", (d + " 00:00:00").constData(), 55); // not a sample file
        const Run r = cli(QStringLiteral("nurse"),
                          {archive.path(), QStringLiteral("--tz"), QStringLiteral("Asia/Tokyo"),
                           QStringLiteral("--device"), QStringLiteral("dev-3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json()[QLatin1String("files")].toArray().size(), 2);
        QCOMPARE(r.json()[QLatin1String("skipped")].toArray().size(), 1);
        QCOMPARE(r.json()[QLatin1String("imported")].toInt(), 2);
        const QString note =
            r.json()[QLatin1String("files")].toArray().first()[QLatin1String("notes")].toArray().first().toString();
        QVERIFY2(note.contains(QLatin1String("Asia/Tokyo")), qPrintable(note));
    }

    void aSavedVendorApiResponse()
    {
        // A real Google Fit response (2015, before the device's assignment: stored for the device, no patient).
        const QString path = qEnvironmentVariable("PULSEDESK_SHARED_DATA")
            + QStringLiteral("/shimmer-vendor-api-heart-rate/googlefit/mapper/googlefit-merge-heart-rate.json");
        const qint64 before = samples();
        const Run r = cli(QStringLiteral("nurse"), {path, QStringLiteral("--device"), QStringLiteral("dev-3")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject file = r.json()[QLatin1String("files")].toArray().first().toObject();
        QCOMPARE(file[QLatin1String("format")].toString(), QStringLiteral("vendor-api"));
        QCOMPARE(r.json()[QLatin1String("imported")].toInt(), 2);
        QCOMPARE(samples(), before + 2);
    }

    void refusedForDoctorsAndForUnknownZones()
    {
        const QString path = write(QStringLiteral("tiny.json"), "[]");
        QCOMPARE(cli(QStringLiteral("doc"), {path}).exitCode, 3);
        QCOMPARE(cli(QStringLiteral("nurse"), {path, QStringLiteral("--tz"), QStringLiteral("Mars/Olympus")}).exitCode,
                 2);
        const Run broken = cli(QStringLiteral("nurse"), {write(QStringLiteral("broken.json"), "{\"deviceId\": [}")});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY(broken.json()[QLatin1String("files")].toArray().first()[QLatin1String("error")].toString().contains(
            QLatin1String("line 1")));
    }

    void aFileOfNoKnownFormatSaysSo()
    {
        const Run r = cli(QStringLiteral("nurse"),
                          {QString::fromLocal8Bit(qgetenv("PULSEDESK_SHARED_DATA"))
                           + QStringLiteral("/polar-h10-mqtt/sample_data_ibi.csv")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(
            r.json()[QLatin1String("files")].toArray().first()[QLatin1String("error")].toString(),
            QStringLiteral("not a format PulseDesk imports (device dump, FHIR, Open mHealth, Fitbit, Apple Health)"));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestCliImport)
#include "TestCliImport.moc"
