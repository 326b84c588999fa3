#include "import/ImportFormat.h"
#include "import/JsonStream.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace pulsedesk;

namespace {

/// Keeps what a reader finds.
struct Collected final : RecordSink
{
    QList<ImportRecord> records;
    QList<ImportRejection> rejections;
    QHash<QString, QStringList> aliases;
    QStringList notes;
    QMap<QString, int> skippedKinds;
    int stopAfter = -1;

    bool record(ImportRecord&& r) override
    {
        records.append(std::move(r));
        return stopAfter < 0 || records.size() < stopAfter;
    }
    bool reject(ImportRejection&& r) override
    {
        rejections.append(std::move(r));
        return true;
    }
    void deviceAliases(const QString& source, const QStringList& names) override { aliases[source] += names; }
    void note(const QString& n) override
    {
        if (!notes.contains(n))
            notes.append(n);
    }
    void skipped(const QString& kind) override { ++skippedKinds[kind]; }

    int count(double Sample::*field) const
    {
        int n = 0;
        for (const ImportRecord& r : records)
            n += Sample::has(r.sample.*field) ? 1 : 0;
        return n;
    }
    QStringList reasons() const
    {
        QStringList list;
        for (const ImportRejection& r : rejections)
            list.append(r.reason);
        return list;
    }
};

QString shared(const QString& relative)
{
    return qEnvironmentVariable("PULSEDESK_SHARED_DATA") + QLatin1Char('/') + relative;
}

qint64 utcMs(const char* iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

ReaderOptions options(const char* zone = "UTC")
{
    ReaderOptions o;
    o.zone = QTimeZone(zone);
    o.nowMs = utcMs("2026-11-21T12:00:00Z");
    return o;
}

/// Reads a real sample file (detected format unless given).
Collected readFile(const QString& relative, const ReaderOptions& o = options(),
                   std::optional<ImportFormat> format = std::nullopt, Status* status = nullptr)
{
    QFile file(shared(relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open a shared sample file");
    const auto detected = format ? format : ImportFormats::detect(file.fileName(), file.peek(65536));
    Collected c;
    const Status s = readRecords(detected.value_or(ImportFormat::DeviceDump), file, o, c);
    if (status)
        *status = s;
    else if (!s)
        qWarning() << s.errorMessage();
    return c;
}

Collected readBytes(const QByteArray& bytes, ImportFormat format, const ReaderOptions& o = options(),
                    Status* status = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    Collected c;
    const Status s = readRecords(format, buffer, o, c);
    if (status)
        *status = s;
    return c;
}

} // namespace

/// The readers of every import format, on the real public sample files (counts checked by hand against the
/// files) and on small files made for each quirk the format descriptions list. No store is involved.
class TestImportFormats : public QObject
{
    Q_OBJECT

private slots:
    void detectsFormats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("format");
        QTest::newRow("fhir observation") << "fhir-r4-vitalsigns/observation-example-heart-rate.json"
                                          << "fhir";
        QTest::newRow("fhir bundle") << "fhir-phd-device-bundles/bundle-continuousnonin.json"
                                     << "fhir";
        QTest::newRow("omh array") << "openmhealth-sample-data-generator/web-visualizations_1yr_heart-rate-only.json"
                                   << "open-mhealth";
        QTest::newRow("omh body") << "openmhealth-schemas/test-data/omh/heart-rate/2.0/shouldPass/"
                                     "with-temporal-relationship-to-sleep.json"
                                  << "open-mhealth";
        QTest::newRow("fitabase csv") << "fitbit-fitabase-heartrate-seconds/heartrate_seconds_merged.first5000.csv"
                                      << "fitbit-csv";
        QTest::newRow("apple") << "apple-health-export/alxdrcirilo-apple-health-parser_tests_data_export.xml"
                               << "apple-health";
        QTest::newRow("apple without declaration")
            << "apple-health-export/dogsheep-healthkit-to-sqlite_tests_export.xml"
            << "apple-health";
        for (const char* vendor : {"fitbit/mapper/fitbit-activities-heart-1d-1m-intraday.json",
                                   "googlefit/mapper/googlefit-merge-heart-rate.json", "ihealth/mapper/ihealth-bp.json",
                                   "ihealth/mapper/ihealth-spo2.json", "withings/mapper/withings-body-measures.json",
                                   "jawbone/mapper/jawbone-heartrates.json"})
            QTest::newRow(vendor) << QStringLiteral("shimmer-vendor-api-heart-rate/%1").arg(QLatin1String(vendor))
                                  << "vendor-api";
        // 1.x needs neither a header nor a time: a measure with its unit is enough to tell it from a device dump.
        QTest::newRow("omh 1.0 without header or time")
            << "openmhealth-schemas/test-data/omh/heart-rate/1.0/shouldFail/incorrect-unit.json"
            << "open-mhealth";
        QTest::newRow("omh 1.0 heart rate only") << "openmhealth-schemas/test-data/omh/heart-rate/1.0/shouldPass/"
                                                    "heart-rate-only.json"
                                                 << "open-mhealth";
        QTest::newRow("azure device message, BOM")
            << "azure-iomt-fhir-device-messages/data_Documentation_CalculatedFunction_HeartRate_Payload.json"
            << "device-dump";
    }
    void detectsFormats()
    {
        QFETCH(QString, file);
        QFETCH(QString, format);
        QFile f(shared(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto detected = ImportFormats::detect(file, f.peek(65536));
        QVERIFY(detected.has_value());
        QCOMPARE(ImportFormats::key(*detected), format);
    }

    void polarRelativeTimesAreNotAFormat()
    {
        // RR intervals with times relative to an unknown start: nothing to place on a clock.
        QFile f(shared(QStringLiteral("polar-h10-mqtt/sample_data_ibi.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(!ImportFormats::detect(f.fileName(), f.peek(65536)).has_value());
    }

    // ---- FHIR -------------------------------------------------------------------------------------------

    void fhirPhdBundleOfAPulseOximeter()
    {
        const Collected c = readFile(QStringLiteral("fhir-phd-device-bundles/bundle-continuousnonin.json"));
        QCOMPARE(c.count(&Sample::heartRate), 12);
        QCOMPARE(c.count(&Sample::spo2), 12);
        QCOMPARE(c.records.size(), 24);
        QVERIFY(c.rejections.isEmpty()); // the one absent value is on a quality observation PulseDesk skips
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("Device/phd-74E8FFFEFF051C00.001C05FFE874"));
        // "2018-11-11T19:07:37-05:00", MDC coding first, bpm as 53.0
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2018-11-12T00:07:37Z"));
        const auto hr = std::find_if(c.records.cbegin(), c.records.cend(),
                                     [](const ImportRecord& r) { return Sample::has(r.sample.heartRate); });
        QCOMPARE(hr->sample.heartRate, 53.0);
        QVERIFY(c.skippedKinds.size() >= 2); // quality, device status, battery
    }

    void fhirBundleNamesItsDeviceInADeviceResource()
    {
        const Collected c = readFile(QStringLiteral("fhir-phd-device-bundles/bundle-example-1.json"));
        QCOMPARE(c.count(&Sample::heartRate), 1);
        QCOMPARE(c.count(&Sample::spo2), 1);
        const QString device = c.records.first().sourceDevice;
        QCOMPARE(device, QStringLiteral("urn:uuid:c87cc91b-8b31-4e6f-b636-75e52891d10a"));
        QVERIFY2(!c.aliases.value(device).isEmpty(), "the Device resource's identifiers match it to a device");
        // 12:40:16.936-04:00, and the unit typo "{beat}/min}" does not matter: the UCUM code is /min
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2019-09-20T16:40:16.936Z"));
        const auto hr = std::find_if(c.records.cbegin(), c.records.cend(),
                                     [](const ImportRecord& r) { return Sample::has(r.sample.heartRate); });
        QCOMPARE(hr->sample.heartRate, 47.0);
    }

    void fhirSingleObservations_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("rejection");
        QTest::newRow("SpO2, three codings, +01:00") << "fhir-r4-vitalsigns/observation-example-satO2.json" << 1 << "";
        QTest::newRow("date only") << "fhir-r4-vitalsigns/observation-example-heart-rate.json" << 0
                                   << "date without a time of day";
        QTest::newRow("entered-in-error")
            << "fhir-r4-vitalsigns/observation-example-f202-temperature.json" << 0 << "entered-in-error";
        QTest::newRow("cancelled") << "fhir-r4-vitalsigns/observation-example-bloodpressure-cancel.json" << 0
                                   << "cancelled";
        QTest::newRow("respiratory rate has /min too, but is not a heart rate")
            << "fhir-r4-vitalsigns/observation-example-respiratory-rate.json" << 0 << "";
        QTest::newRow("ECG waveform") << "fhir-r4-vitalsigns/observation-example-sample-data.json" << 0 << "";
        QTest::newRow("panel with members only")
            << "fhir-r4-vitalsigns/observation-example-vitals-panel.json" << 0 << "";
        QTest::newRow("PHD spot numeric") << "fhir-phd-device-bundles/numeric-spotnumeric.json" << 1 << "";
        QTest::newRow("PHD waveform") << "fhir-phd-device-bundles/rtsa-example.json" << 0 << "";
        QTest::newRow("a profile, not data") << "fhir-r4-vitalsigns/heartrate.profile.json" << 0 << "";
    }
    void fhirSingleObservations()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(QString, rejection);
        const Collected c = readFile(file);
        QCOMPARE(c.records.size(), records);
        if (rejection.isEmpty()) {
            QVERIFY2(c.rejections.isEmpty(), qPrintable(c.reasons().join(QLatin1Char(';'))));
        } else {
            QCOMPARE(c.rejections.size(), 1);
            QVERIFY2(c.rejections.first().reason.contains(rejection), qPrintable(c.rejections.first().reason));
        }
    }

    void fhirDataAbsentReasonIsARejectionWithTheReason()
    {
        const QByteArray obs =
            "{\"resourceType\":\"Observation\",\"status\":\"final\",\n"
            "            \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}]},\n"
            "            \"effectiveDateTime\":\"2024-03-01T10:00:00Z\",\n"
            "            \"dataAbsentReason\":{\"coding\":[{\"code\":\"not-a-number\"}]}}";
        const Collected c = readBytes(obs, ImportFormat::Fhir);
        QCOMPARE(c.records.size(), 0);
        QCOMPARE(c.rejections.size(), 1);
        QVERIFY(c.rejections.first().reason.contains(QLatin1String("not-a-number")));
    }

    void fhirUnitsAreReadFromTheUcumCode()
    {
        const auto obs = [](const char* code, const char* unit) {
            return QByteArray("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":["
                              "{\"system\":\"urn:iso:std:iso:11073:10101\",\"code\":\"147842\"}]},"
                              "\"effectiveDateTime\":\"2024-03-01T10:00:00+01:00\","
                              "\"valueQuantity\":{\"value\":\"71\",\"code\":\"")
                + code + "\",\"unit\":\"" + unit + "\"}}";
        };
        QCOMPARE(readBytes(obs("count/min", "whatever"), ImportFormat::Fhir).records.size(), 1); // Azure MedTech
        QCOMPARE(readBytes(obs("{beats}/min", ""), ImportFormat::Fhir).records.size(), 1);
        const Collected percent = readBytes(obs("%", "beats/minute"), ImportFormat::Fhir);
        QCOMPARE(percent.records.size(), 0);
        QVERIFY(percent.rejections.first().reason.contains(QLatin1String("not per minute")));
        // A number written as a string is read.
        QCOMPARE(readBytes(obs("/min", ""), ImportFormat::Fhir).records.first().sample.heartRate, 71.0);
    }

    void fhirSampledDataSeries()
    {
        // Azure MedTech writes heart rate as SampledData; E/L/U are markers, not values.
        const QByteArray obs =
            "{\"resourceType\":\"Observation\",\"status\":\"final\",\n"
            "            \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8867-4\"}]},\n"
            "            \"effectivePeriod\":{\"start\":\"2024-03-01T10:00:00Z\",\"end\":\"2024-03-01T10:00:06Z\"},\n"
            "            \"device\":{\"reference\":\"Device/hub-1\"},\n"
            "            "
            "\"valueSampledData\":{\"origin\":{\"value\":0,\"code\":\"count/"
            "min\"},\"period\":1000,\"factor\":1,\"dimensions\":1,\n"
            "                                \"data\":\"70 71 E 73 L 75\"}}";
        const Collected c = readBytes(obs, ImportFormat::Fhir);
        QCOMPARE(c.records.size(), 4);
        QCOMPARE(c.rejections.size(), 2);
        QCOMPARE(c.records.at(2).sample.heartRate, 73.0);
        QCOMPARE(c.records.at(2).sample.timestampMs, utcMs("2024-03-01T10:00:03Z"));
        QCOMPARE(c.records.at(2).sourceDevice, QStringLiteral("Device/hub-1"));
    }

    void fhirBloodPressureFromComponentsOnly()
    {
        // The Azure sample mapping codes its diastolic component with the heart-rate LOINC: a component is read
        // only for the panel's systolic and diastolic codes.
        const QByteArray obs =
            "{\"resourceType\":\"Observation\",\"status\":\"final\",\n"
            "            \"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},\n"
            "            \"effectiveDateTime\":\"2024-03-01T10:00:00Z\",\n"
            "            \"component\":[\n"
            "              "
            "{\"code\":{\"coding\":[{\"system\":\"http://"
            "loinc.org\",\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":120,\"code\":\"mm[Hg]\"}},\n"
            "              "
            "{\"code\":{\"coding\":[{\"system\":\"http://"
            "loinc.org\",\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":80,\"code\":\"mm[Hg]\"}},\n"
            "              "
            "{\"code\":{\"coding\":[{\"system\":\"http://"
            "loinc.org\",\"code\":\"8867-4\"}]},\"valueQuantity\":{\"value\":66,\"code\":\"/min\"}}]}";
        const Collected c = readBytes(obs, ImportFormat::Fhir);
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.records.first().sample.systolic, 120.0);
        QCOMPARE(c.records.first().sample.diastolic, 80.0);
        QVERIFY(!Sample::has(c.records.first().sample.heartRate));
    }

    void fhirNoEffectiveTimeIsNotReplacedByIssued()
    {
        const QByteArray obs =
            "{\"resourceType\":\"Observation\",\"status\":\"final\",\"issued\":\"2024-03-01T10:00:00Z\",\n"
            "            "
            "\"code\":{\"coding\":[{\"system\":\"http://"
            "loinc.org\",\"code\":\"8867-4\"}]},\"valueQuantity\":{\"value\":60,\"code\":\"/min\"}}";
        const Collected c = readBytes(obs, ImportFormat::Fhir);
        QCOMPARE(c.records.size(), 0);
        QVERIFY(c.rejections.first().reason.contains(QLatin1String("issued")));
    }

    void fhirSearchsetBundleWithTheDeviceAfterTheObservation()
    {
        const QByteArray bundle =
            "{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"entry\":[\n"
            "            "
            "{\"fullUrl\":\"urn:uuid:obs-1\",\"resource\":{\"resourceType\":\"Observation\",\"status\":\"amended\",\n"
            "              \"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"364075005\"}]},\n"
            "              "
            "\"effectiveInstant\":\"2024-03-01T10:00:00.250Z\",\"device\":{\"reference\":\"urn:uuid:dev-9\"},\n"
            "              \"valueQuantity\":{\"value\":88.5,\"code\":\"/min\"}}},\n"
            "            "
            "{\"fullUrl\":\"urn:uuid:dev-9\",\"resource\":{\"resourceType\":\"Device\",\"identifier\":[{\"value\":"
            "\"bed-7-monitor\"}]}}]}";
        const Collected c = readBytes(bundle, ImportFormat::Fhir);
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.records.first().sample.heartRate, 88.5);
        QCOMPARE(c.aliases.value(QStringLiteral("urn:uuid:dev-9")), QStringList {QStringLiteral("bed-7-monitor")});
    }

    // ---- Open mHealth -----------------------------------------------------------------------------------

    void omhGeneratorOutputOnePointPerLine()
    {
        const Collected hr =
            readFile(QStringLiteral("openmhealth-sample-data-generator/web-visualizations_1yr_heart-rate-only.json"));
        QCOMPARE(hr.records.size(), 363);
        QVERIFY(hr.rejections.isEmpty());
        QCOMPARE(hr.records.first().sourceDevice, QStringLiteral("generator"));
        QCOMPARE(hr.records.first().sample.timestampMs, utcMs("2014-01-01T17:40:19Z"));
        QVERIFY(std::abs(hr.records.first().sample.heartRate - std::round(hr.records.first().sample.heartRate))
                > 0); // floats are kept as they are
        const Collected bp = readFile(
            QStringLiteral("openmhealth-sample-data-generator/web-visualizations_1yr_blood-pressure-first30.json"));
        QCOMPARE(bp.records.size(), 30);
        QCOMPARE(bp.count(&Sample::systolic), 30);
    }

    void omhOfficialTestData_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("records");
        QTest::addColumn<QString>("rejection");
        const QString hr = QStringLiteral("openmhealth-schemas/test-data/omh/heart-rate/");
        QTest::newRow("2.0 with offset") << hr
                + QLatin1String("2.0/shouldPass/with-temporal-relationship-to-sleep.json")
                                         << 1 << "";
        QTest::newRow("2.0 statistic over a day")
            << hr + QLatin1String("2.0/shouldPass/with-descriptive-statistic.json") << 0 << "over a period";
        QTest::newRow("2.0 wrong unit") << hr + QLatin1String("2.0/shouldFail/incorrect-unit.json") << 0 << "beat/min";
        QTest::newRow("2.0 no time") << hr + QLatin1String("2.0/shouldFail/missing-effective-time-frame.json") << 0
                                     << "no effective time";
        QTest::newRow("1.0 no time (allowed by 1.x, useless here)")
            << hr + QLatin1String("1.0/shouldPass/heart-rate-only.json") << 0 << "no effective time";
        QTest::newRow("1.0 with time") << hr + QLatin1String("1.0/shouldPass/with-time-frame.json") << 1 << "";
        QTest::newRow("SpO2") << "openmhealth-schemas/test-data/omh/oxygen-saturation/2.0/shouldPass/"
                                 "saturation-only.json"
                              << 1 << "";
        QTest::newRow("temperature in F") << "openmhealth-schemas/test-data/omh/body-temperature/4.0/shouldPass/"
                                             "valid-temperature.json"
                                          << 1 << "";
        QTest::newRow("blood pressure") << "openmhealth-schemas/test-data/omh/blood-pressure/4.0/shouldPass/"
                                           "blood-pressure-only.json"
                                        << 1 << "";
    }
    void omhOfficialTestData()
    {
        QFETCH(QString, file);
        QFETCH(int, records);
        QFETCH(QString, rejection);
        const Collected c = readFile(file, options(), ImportFormat::OpenMHealth);
        QCOMPARE(c.records.size(), records);
        if (rejection.isEmpty()) {
            QVERIFY2(c.rejections.isEmpty(), qPrintable(c.reasons().join(QLatin1Char(';'))));
        } else {
            QCOMPARE(c.rejections.size(), 1);
            QVERIFY2(c.rejections.first().reason.contains(rejection), qPrintable(c.rejections.first().reason));
        }
    }

    void omhIncorrectUnitIsRefusedForItsUnitWhateverTheVersion()
    {
        // Read as the format it is detected as: 1.0 was taken for a device dump ("missing field: device id").
        for (const char* version : {"1.0", "2.0"}) {
            const Collected c = readFile(
                QStringLiteral("openmhealth-schemas/test-data/omh/heart-rate/%1/shouldFail/incorrect-unit.json")
                    .arg(QLatin1String(version)));
            QCOMPARE(c.records.size(), 0);
            QCOMPARE(c.rejections.size(), 1);
            QCOMPARE(c.rejections.first().reason, QStringLiteral("heart rate in unit 'beat/min', not beats/min"));
        }
        // A device dump's heart rate is a number: still a dump.
        QCOMPARE(ImportFormats::detect(QStringLiteral("dump.json"),
                                       "{\"device_id\":\"d\",\"heart_rate\": 72,\"timestamp\":1709280000}"),
                 std::optional(ImportFormat::DeviceDump));
    }

    void omhValuesAndZones()
    {
        const Collected c = readFile(QStringLiteral("openmhealth-schemas/test-data/omh/heart-rate/2.0/shouldPass/"
                                                    "with-temporal-relationship-to-sleep.json"),
                                     options(), ImportFormat::OpenMHealth);
        QCOMPARE(c.records.first().sample.heartRate, 67.5);
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2020-02-05T15:25:00Z")); // 07:25-08:00
        const Collected f = readFile(QStringLiteral("openmhealth-schemas/test-data/omh/body-temperature/4.0/"
                                                    "shouldPass/valid-temperature.json"),
                                     options(), ImportFormat::OpenMHealth);
        QVERIFY(std::abs(f.records.first().sample.temperatureC - (97.0 - 32) * 5 / 9) < 1e-9);
        // A time without a zone is read in the zone the nurse chose, and the preview says so.
        const QByteArray local =
            "{\"header\":{\"schema_id\":{\"namespace\":\"omh\",\"name\":\"heart-rate\",\"version\":2.0}},\n"
            "                "
            "\"body\":{\"heart_rate\":{\"value\":61,\"unit\":\"beats/"
            "min\"},\"effective_time_frame\":{\"date_time\":\"2024-07-01T08:00:00\"}}}";
        const Collected rome = readBytes(local, ImportFormat::OpenMHealth, options("Europe/Rome"));
        QCOMPARE(rome.records.first().sample.timestampMs, utcMs("2024-07-01T06:00:00Z"));
        QVERIFY(rome.notes.join(QLatin1Char(' ')).contains(QLatin1String("Europe/Rome")));
    }

    // ---- Fitbit -----------------------------------------------------------------------------------------

    void fitbitArchiveDay()
    {
        // The archive's layout: Jackson pretty print, two-digit years, no zone, confidence 0 for no signal.
        const QByteArray day = "[{\n  \"dateTime\" : \"12/28/15 13:00:00\",\n  \"value\" : {\n    \"bpm\" : 64,\n"
                               "    \"confidence\" : 3\n  }\n},{\n  \"dateTime\" : \"12/28/15 13:00:05\",\n"
                               "  \"value\" : {\n    \"bpm\" : 70,\n    \"confidence\" : 0\n  }\n},{\n"
                               "  \"dateTime\" : \"12/28/15 13:00:10\",\n  \"value\" : {\n    \"bpm\" : 66,\n"
                               "    \"confidence\" : 2\n  }\n}]";
        const Collected utc = readBytes(day, ImportFormat::FitbitArchive, options("UTC"));
        QCOMPARE(utc.records.size(), 2);
        QCOMPARE(utc.rejections.size(), 1);
        QVERIFY(utc.rejections.first().reason.contains(QLatin1String("confidence 0")));
        QCOMPARE(utc.rejections.first().line, 7); // where the rejected record starts: "},{" on line 7
        QCOMPARE(utc.records.first().sample.timestampMs, utcMs("2015-12-28T13:00:00Z"));
        QCOMPARE(utc.records.first().sourceDevice, QStringLiteral("Fitbit"));
        const Collected sydney = readBytes(day, ImportFormat::FitbitArchive, options("Australia/Sydney"));
        QCOMPARE(sydney.records.first().sample.timestampMs, utcMs("2015-12-28T02:00:00Z")); // +11 in summer
        QVERIFY(sydney.notes.join(QLatin1Char(' ')).contains(QLatin1String("Australia/Sydney")));
    }

    void fitabaseCsv()
    {
        const Collected c =
            readFile(QStringLiteral("fitbit-fitabase-heartrate-seconds/heartrate_seconds_merged.first5000.csv"),
                     options("America/Chicago"));
        QCOMPARE(c.records.size(), 5000);
        QVERIFY(c.rejections.isEmpty());
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("Fitbit 2022484408"));
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2016-04-01T12:54:00Z")); // 7:54 AM CDT
        QCOMPARE(c.records.first().sample.heartRate, 93.0);
        QCOMPARE(c.records.first().line, 2);
        // "4/2/2016 12:00:15 PM" is noon, not midnight.
        bool sawNoon = false;
        for (const ImportRecord& r : c.records)
            sawNoon |= r.sample.timestampMs == utcMs("2016-04-02T17:00:15Z");
        QVERIFY(sawNoon);
    }

    // ---- Apple Health -----------------------------------------------------------------------------------

    void appleHealthExports()
    {
        const Collected a =
            readFile(QStringLiteral("apple-health-export/alxdrcirilo-apple-health-parser_tests_data_export.xml"));
        QCOMPARE(a.records.size(), 2);
        QCOMPARE(a.records.first().sample.heartRate, 74.0);
        QCOMPARE(a.records.first().sample.timestampMs, utcMs("2023-12-31T23:01:36Z")); // 2024-01-01 01:01:36 +0200
        QCOMPARE(a.records.first().sourceDevice, QStringLiteral("Alexandre's Apple Watch"));
        QVERIFY(a.skippedKinds.contains(QStringLiteral("HKQuantityTypeIdentifierActiveEnergyBurned")));
        const Collected d =
            readFile(QStringLiteral("apple-health-export/dogsheep-healthkit-to-sqlite_tests_export.xml"));
        QCOMPARE(d.records.size(), 1);
        QCOMPARE(d.records.first().sourceDevice, QStringLiteral("Apple\u00A0Watch"));
        QCOMPARE(d.records.first().sample.timestampMs, utcMs("2018-09-10T09:28:55Z"));
        Status status;
        const Collected t =
            readFile(QStringLiteral("apple-health-export/tdda-applehealthdata_testdata_export6s3sample.xml"), options(),
                     std::nullopt, &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage())); // the internal DTD is accepted
        QCOMPARE(t.records.size(), 0);
        QCOMPARE(t.skippedKinds.value(QStringLiteral("HKQuantityTypeIdentifierStepCount")), 10);
    }

    void appleBloodPressureOnceFromItsCorrelation()
    {
        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<HealthData locale=\"en_US\">\n"
            " <Record type=\"HKQuantityTypeIdentifierBloodPressureSystolic\" sourceName=\"Cuff\" unit=\"mmHg\" "
            "startDate=\"2024-03-01 08:00:00 +0100\" endDate=\"2024-03-01 08:00:00 +0100\" value=\"121\"/>\n"
            " <Record type=\"HKQuantityTypeIdentifierBloodPressureDiastolic\" sourceName=\"Cuff\" unit=\"mmHg\" "
            "startDate=\"2024-03-01 08:00:00 +0100\" endDate=\"2024-03-01 08:00:00 +0100\" value=\"79\"/>\n"
            " <Correlation type=\"HKCorrelationTypeIdentifierBloodPressure\" sourceName=\"Cuff\" "
            "startDate=\"2024-03-01 08:00:00 +0100\" endDate=\"2024-03-01 08:00:00 +0100\">\n"
            "  <Record type=\"HKQuantityTypeIdentifierBloodPressureSystolic\" sourceName=\"Cuff\" unit=\"mmHg\" "
            "startDate=\"2024-03-01 08:00:00 +0100\" endDate=\"2024-03-01 08:00:00 +0100\" value=\"121\"/>\n"
            "  <Record type=\"HKQuantityTypeIdentifierBloodPressureDiastolic\" sourceName=\"Cuff\" unit=\"mmHg\" "
            "startDate=\"2024-03-01 08:00:00 +0100\" endDate=\"2024-03-01 08:00:00 +0100\" value=\"79\"/>\n"
            " </Correlation>\n"
            " <Record type=\"HKQuantityTypeIdentifierOxygenSaturation\" sourceName=\"Watch\" unit=\"%\" "
            "startDate=\"2024-03-01 08:00:05 +0100\" endDate=\"2024-03-01 08:00:05 +0100\" value=\"0.97\"/>\n"
            "</HealthData>";
        const Collected c = readBytes(xml, ImportFormat::AppleHealth);
        QCOMPARE(c.records.size(), 2);
        QCOMPARE(c.records.first().sample.systolic, 121.0);
        QCOMPARE(c.records.first().sample.diastolic, 79.0);
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2024-03-01T07:00:00Z"));
        QCOMPARE(c.records.last().sample.spo2, 97.0); // exported as a fraction despite "%"
    }

    void appleExternalEntitiesAreNeverFetched()
    {
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("secret.txt"));
        QFile s(secret);
        QVERIFY(s.open(QIODevice::WriteOnly));
        s.write("TOP-SECRET-CONTENT");
        s.close();
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY xxe SYSTEM \"file://"
            + secret.toUtf8()
            + "\">\n]>\n<HealthData>\n<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"&xxe;\" "
              "unit=\"count/min\" startDate=\"2024-03-01 08:00:00 +0100\" endDate=\"2024-03-01 08:00:00 +0100\" "
              "value=\"72\"/>\n</HealthData>";
        Status status;
        const Collected c = readBytes(xml, ImportFormat::AppleHealth, options(), &status);
        for (const ImportRecord& r : c.records)
            QVERIFY(!r.sourceDevice.contains(QLatin1String("TOP-SECRET")));
        for (const ImportRejection& r : c.rejections)
            QVERIFY(!r.raw.contains("TOP-SECRET"));
    }

    void appleEntityAmplificationIsRefusedBeforeExpansion_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("reason");
        const QString expands = QStringLiteral("the file declares entities that could expand its text to more than "
                                               "64 MiB (an Apple Health export declares none); not read");
        const QString parameter = QStringLiteral("the file's document type uses parameter entities (an Apple Health "
                                                 "export does not); not read");
        // One flat entity of 4,000 characters referenced 200,000 times: a 600 KB file that expands to gigabytes.
        const QByteArray entity = "<!ENTITY e \"" + QByteArray(4000, 'A') + "\">\n";
        QByteArray references;
        for (int i = 0; i < 200'000; ++i)
            references += "&e;";
        const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE HealthData [\n";
        QTest::newRow("in text") << head + entity + "]>\n<HealthData locale=\"en_US\">" + references + "</HealthData>\n"
                                 << expands;
        QTest::newRow("in an attribute") << head + entity
                + "]>\n<HealthData locale=\"en_US\">\n<Record type=\"HKQuantityTypeIdentifierHeartRate\" "
                  "sourceName=\""
                + references
                + "\" unit=\"count/min\" startDate=\"2024-03-01 08:00:00 +0100\" "
                  "endDate=\"2024-03-01 08:00:00 +0100\" value=\"72\"/>\n</HealthData>\n"
                                         << expands;
        // Comments before the document type do not hide it.
        QTest::newRow("after a long comment")
            << "<?xml version=\"1.0\"?>\n<!--" + QByteArray(100'000, '-').replace("--", "- ")
                + "-->\n<!DOCTYPE "
                  "HealthData [\n"
                + entity + "]>\n<HealthData>" + references.left(450'000) + "</HealthData>\n"
            << expands;
        // Parameter entities are expanded while the document type itself is read, before any check on it could
        // run: one referenced 200,000 times there aborted just the same.
        QTest::newRow("parameter entity in the document type") << head + "<!ENTITY % p \"<!-- " + QByteArray(4000, 'A')
                + " -->\">\n" + QByteArray("%p;").repeated(200'000)
                + "\n]>\n<HealthData></HealthData>\n" << parameter;
        QTest::newRow("entity declared by a parameter entity")
            << head + "<!ENTITY % d \"<!ENTITY e 'AAAA'>\">\n%d;\n]>\n<HealthData>&e;</HealthData>\n"
            << parameter;
        // Entities inside entities: each under the per-entity limit on its own.
        QTest::newRow("nested") << head + "<!ENTITY a \"" + QByteArray(30, 'A') + "\">\n<!ENTITY b \""
                + QByteArray("&a;").repeated(30) + "\">\n]>\n<HealthData locale=\"en_US\">"
                + QByteArray("&b;").repeated(200'000) + "</HealthData>\n"
                                << expands;
    }
    void appleEntityAmplificationIsRefusedBeforeExpansion()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, reason);
        QVERIFY(xml.size() < 700 * 1024);
        Status status;
        const Collected c = readBytes(xml, ImportFormat::AppleHealth, options(), &status);
        QVERIFY(!status.ok());
        QCOMPARE(status.errorMessage(), reason);
        QVERIFY(!status.errorMessage().contains(QLatin1String("AAAA"))); // never the expanded text
        QVERIFY(c.records.isEmpty());
        QVERIFY(c.rejections.isEmpty());
        // Refused before expanding: the process never grew to hold the text (it is aborted by std::bad_alloc
        // otherwise, or grows by gigabytes).
        QFile status_(QStringLiteral("/proc/self/status"));
        QVERIFY(status_.open(QIODevice::ReadOnly));
        const QByteArray proc = status_.readAll();
        const qsizetype at = proc.indexOf("VmHWM:");
        QVERIFY(at >= 0);
        const qint64 peakKiB =
            proc.mid(at + 6, proc.indexOf('\n', at) - at - 6).trimmed().split(' ').first().toLongLong();
        QVERIFY2(peakKiB < 512 * 1024, qPrintable(QString::number(peakKiB)));
    }

    void appleSmallEntitiesAreStillRead()
    {
        // An entity that expands to little is harmless and read as before.
        const QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE HealthData [\n<!ENTITY w \"Apple Watch\">\n]>\n"
                               "<HealthData>\n<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"&w;\" "
                               "unit=\"count/min\" startDate=\"2024-03-01 08:00:00 +0100\" "
                               "endDate=\"2024-03-01 08:00:00 +0100\" value=\"72\"/>\n</HealthData>";
        Status status;
        const Collected c = readBytes(xml, ImportFormat::AppleHealth, options(), &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("Apple Watch"));
    }

    void invalidXmlSaysWhere()
    {
        const QByteArray xml =
            "<HealthData>\n<Record type=\"HKQuantityTypeIdentifierHeartRate\" value=\"7\n</HealthData>";
        Status status;
        readBytes(xml, ImportFormat::AppleHealth, options(), &status);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(QLatin1String("line 3")), qPrintable(status.errorMessage()));
    }

    // ---- Device dumps and device messages ---------------------------------------------------------------

    void deviceDumpOfTheBatchTopic()
    {
        // The header may come after the samples; numbers may be strings; a byte-order mark is skipped.
        const QByteArray dump = "\xEF\xBB\xBF{\n \"samples\": [\n  {\"timestamp\": 1709280000000, \"bpm\": \"72\"},\n"
                                "  {\"timestamp\": \"2024-03-01T08:00:01Z\", \"bpm\": 400},\n"
                                "  {\"timestamp\": 1709280002, \"bpm\": 74, \"spo2\": 0.98}\n ],\n"
                                " \"deviceId\": \"dev-7\"\n}";
        const Collected c = readBytes(dump, ImportFormat::DeviceDump);
        QCOMPARE(c.records.size(), 2);
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("dev-7"));
        QCOMPARE(c.records.first().sample.heartRate, 72.0);
        QCOMPARE(c.records.last().sample.timestampMs, 1709280002000); // epoch seconds
        QCOMPARE(c.records.last().sample.spo2, 98.0);
        QCOMPARE(c.rejections.size(), 1);
        QCOMPARE(c.rejections.first().line, 4);
        QCOMPARE(c.rejections.first().column, 3);
        QVERIFY(c.rejections.first().reason.contains(QLatin1String("400")));
        QVERIFY(c.rejections.first().raw.contains("400"));
    }

    void eachMessageOfADumpKeepsItsOwnDevice()
    {
        // One device message per line: each names its own device. The first line's device was taken for every
        // line's samples (and for a later message that names none).
        const QByteArray lines = "{\"deviceId\": \"A\", \"samples\": [{\"timestamp\": 1709280000, \"bpm\": 70}]}\n"
                                 "{\"samples\": [{\"timestamp\": 1709280001, \"bpm\": 90}], \"deviceId\": \"B\"}\n"
                                 "{\"deviceId\": \"C\", \"samples\": []}\n"
                                 "{\"samples\": [{\"timestamp\": 1709280002, \"bpm\": 95}]}\n";
        Status status;
        Collected c = readBytes(lines, ImportFormat::DeviceDump, options(), &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(c.records.size(), 2);
        QCOMPARE(c.records.at(0).sourceDevice, QStringLiteral("A"));
        QCOMPARE(c.records.at(1).sourceDevice, QStringLiteral("B"));
        QCOMPARE(c.records.at(1).sample.heartRate, 90.0);
        QCOMPARE(
            c.reasons(),
            QStringList({QStringLiteral("no samples in the message"), QStringLiteral("missing field: device id")}));
        QVERIFY(c.rejections.first().raw.contains("\"C\""));
        QCOMPARE(c.rejections.last().line, 4);
        // Messages read whole, too.
        c = readBytes("{\"deviceId\": \"A\", \"timestamp\": 1709280000, \"bpm\": 70}\n"
                      "{\"timestamp\": 1709280001, \"bpm\": 90}\n",
                      ImportFormat::DeviceDump, options(), &status);
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.reasons(), QStringList {QStringLiteral("missing field: device id")});
    }

    void invalidJsonSaysWhere()
    {
        const QByteArray dump =
            "{\"deviceId\": \"dev-7\", \"samples\": [\n {\"timestamp\": 1709280000000, \"bpm\": 72},\n"
            " {\"timestamp\": 1709280001000, \"bpm\": 72,,}\n]}";
        Status status;
        readBytes(dump, ImportFormat::DeviceDump, options(), &status);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(QLatin1String("line 3")), qPrintable(status.errorMessage()));
        const QByteArray truncated = "[{\"deviceId\": \"d\", \"timestamp\": 1709280000000, \"bpm\": 72},\n{\"device";
        readBytes(truncated, ImportFormat::DeviceDump, options(), &status);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(QLatin1String("line 2")), qPrintable(status.errorMessage()));
    }

    void emptyMessagesAreRejectedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("dump");
        QTest::addColumn<QByteArray>("raw");
        QTest::newRow("empty samples") << QByteArray("{\"deviceId\": \"X\", \"samples\": []}")
                                       << QByteArray("{\"deviceId\":\"X\",\"samples\":[]}");
        QTest::newRow("empty file array") << QByteArray(" []\n") << QByteArray("[]");
        QTest::newRow("a message of the array with empty samples")
            << QByteArray("[{\"deviceId\": \"X\", \"samples\": []}]")
            << QByteArray("{\"deviceId\": \"X\", \"samples\": []}");
        QTest::newRow("IoT Hub event with an empty body")
            << QByteArray("{\"Body\": [], \"SystemProperties\": {\"iothub-connection-device-id\": \"X\", "
                          "\"iothub-enqueuedtime\": \"2024-03-01T08:00:00Z\"}}")
            << QByteArray("{\"Body\": [], \"SystemProperties\"");
        QTest::newRow("IoT Hub event with a blank body")
            << QByteArray("{\"Body\": \"\", \"SystemProperties\": {\"iothub-connection-device-id\": \"X\", "
                          "\"iothub-enqueuedtime\": \"2024-03-01T08:00:00Z\"}}")
            << QByteArray("{\"Body\": \"\", \"SystemProperties\"");
    }
    void emptyMessagesAreRejectedWithTheReason()
    {
        // Neither stored nor rejected, such a file left no trace: it goes to the import's rejects.
        QFETCH(QByteArray, dump);
        QFETCH(QByteArray, raw);
        Status status;
        const Collected c = readBytes(dump, ImportFormat::DeviceDump, options(), &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(c.records.size(), 0);
        QCOMPARE(c.reasons(), QStringList {QStringLiteral("no samples in the message")});
        QCOMPARE(c.rejections.first().line, 1);
        QVERIFY2(c.rejections.first().raw.startsWith(raw), c.rejections.first().raw.constData());
    }

    void itemsThatAreNotObjectsSayWhatTheyAre()
    {
        // Was "invalid JSON at line 1, column 3: illegal value", the whole file refused.
        Status status;
        Collected c = readBytes("[1, 2, 3]", ImportFormat::DeviceDump, options(), &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(c.rejections.size(), 3);
        // One reason for all (the preview counts rejections by reason); each rejection says where.
        QCOMPARE(c.reasons(), QStringList(3, QStringLiteral("a number, not a device message object")));
        QCOMPARE(c.rejections.last().line, 1);
        QCOMPARE(c.rejections.last().column, 8);
        c = readBytes("{\"deviceId\": \"d\", \"samples\": [{\"timestamp\": 1709280000, \"bpm\": 70}, \"x\", [1]]}",
                      ImportFormat::DeviceDump, options(), &status);
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.reasons(),
                 QStringList({QStringLiteral("a string, not a device message object"),
                              QStringLiteral("an array, not a device message object")}));
        c = readBytes("[true]", ImportFormat::OpenMHealth, options(), &status);
        QCOMPARE(c.reasons(), QStringList {QStringLiteral("true or false, not an Open mHealth data point")});
        // A scalar that is not valid JSON still fails the file, where it is.
        readBytes("[1, 2, 3x]", ImportFormat::DeviceDump, options(), &status);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(QLatin1String("line 1, column")), qPrintable(status.errorMessage()));
    }

    void textOfTheFileIsEscapedInMessages()
    {
        // A NUL (or an escape sequence) of the file never reaches a message raw.
        Status status;
        readBytes(QByteArray("[{\"deviceId\": \"d\", \"bpm\": \0}]", 27), ImportFormat::DeviceDump, options(), &status);
        QVERIFY(!status.ok());
        QVERIFY2(status.errorMessage().contains(QLatin1String("'\\x00'")), qPrintable(status.errorMessage()));
        QVERIFY(!status.errorMessage().contains(QChar(0)));
        const Collected c = readBytes("{\"heart_rate\": {\"value\": 60, \"unit\": \"beat\\u0000\\u001b[2J\"}}",
                                      ImportFormat::OpenMHealth);
        QCOMPARE(c.reasons(), QStringList {QStringLiteral("heart rate in unit 'beat\\x00\\x1b[2J', not beats/min")});
        const Collected apple = readBytes(
            "<HealthData>\n<Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"w\" unit=\"count/min\" "
            "startDate=\"2024-03-01&#x202E;10:00\" endDate=\"x\" value=\"72\"/>\n</HealthData>",
            ImportFormat::AppleHealth);
        QCOMPARE(apple.rejections.size(), 1);
        QVERIFY2(apple.rejections.first().reason.contains(QLatin1String("2024-03-01\\u202e10:00")),
                 qPrintable(apple.rejections.first().reason));
    }

    void numericDeviceIdsMustBeWholeNumbers()
    {
        // 12.5 was read as "device 0".
        Status status;
        readBytes("{\"deviceId\": 12.5, \"samples\": [{\"timestamp\": 1709280000, \"bpm\": 70}]}",
                  ImportFormat::DeviceDump, options(), &status);
        QVERIFY(!status.ok());
        QCOMPARE(status.errorMessage(), QStringLiteral("device id 12.5 is not a whole number"));
        Collected c = readBytes("[{\"deviceId\": 12.5, \"timestamp\": 1709280000, \"bpm\": 70}]",
                                ImportFormat::DeviceDump, options(), &status);
        QCOMPARE(c.records.size(), 0);
        QCOMPARE(c.reasons(), QStringList {QStringLiteral("device id 12.5 is not a whole number")});
        c = readBytes("{\"deviceId\": 1234, \"samples\": [{\"timestamp\": 1709280000, \"bpm\": 70}]}",
                      ImportFormat::DeviceDump, options(), &status);
        QVERIFY(status.ok());
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("1234"));
    }

    void aMemberNamedTwiceWithDifferentValuesIsRejected()
    {
        // The plain-object reader and QJsonDocument agree: both refuse, where QJsonDocument kept the last value.
        Status status;
        Collected c = readBytes("[{\"deviceId\": \"d\", \"timestamp\": 1709280000, \"bpm\": 80, \"bpm\": 140},\n"
                                " {\"deviceId\": \"d\", \"timestamp\": 1709280001, \"bpm\": 80, \"bpm\": 80},\n"
                                " {\"deviceId\": \"d\", \"timestamp\": 1709280002, \"bpm\": 81, \"b\\u0070m\": 82}]",
                                ImportFormat::DeviceDump, options(), &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(c.records.size(), 1); // the same value twice is no conflict
        QCOMPARE(c.records.first().sample.heartRate, 80.0);
        QCOMPARE(c.reasons(),
                 QStringList({QStringLiteral("the member 'bpm' is given twice with different values"),
                              QStringLiteral("the member 'bpm' is given twice with different values")}));
        QCOMPARE(c.rejections.last().line, 3);
        // In the header of a dump, the whole file depends on it.
        readBytes("{\"deviceId\": \"a\", \"samples\": [{\"timestamp\": 1709280000, \"bpm\": 70}], \"deviceId\": \"b\"}",
                  ImportFormat::DeviceDump, options(), &status);
        QVERIFY(!status.ok());
        QCOMPARE(status.errorMessage(),
                 QStringLiteral("line 1, column 82: the member 'deviceId' is given twice with different values"));
        // A message read whole is rejected as any element is.
        c = readBytes("{\"deviceId\": \"a\", \"timestamp\": 1709280000, \"bpm\": 70, \"deviceId\": \"b\"}",
                      ImportFormat::DeviceDump, options(), &status);
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        QCOMPARE(c.records.size(), 0);
        QCOMPARE(c.reasons(),
                 QStringList {QStringLiteral("the member 'deviceId' is given twice with different values")});
        // Other formats: an Open mHealth point, a vendor API response.
        c = readBytes("{\"heart_rate\": {\"value\": 60, \"value\": 160, \"unit\": \"beats/min\"}, "
                      "\"effective_time_frame\": {\"date_time\": \"2024-03-01T08:00:00Z\"}}",
                      ImportFormat::OpenMHealth);
        QCOMPARE(c.records.size(), 0);
        QCOMPARE(c.reasons(), QStringList {QStringLiteral("the member 'value' is given twice with different values")});
        readBytes("{\"body\": {\"measuregrps\": [{\"grpid\": 1, \"date\": 1709280000, \"category\": 1, \"measures\": "
                  "[{\"type\": 11, \"value\": 60, \"value\": 160, \"unit\": 0}]}]}}",
                  ImportFormat::VendorApi, options(), &status);
        QVERIFY(!status.ok());
        QCOMPARE(status.errorMessage(), QStringLiteral("the member 'value' is given twice with different values"));
    }

    void azureDeviceMessages()
    {
        const QString dir = QStringLiteral("azure-iomt-fhir-device-messages/");
        // IoT Hub envelope: the device and the time (7 fractional digits) are in the envelope.
        Collected c = readFile(dir + QLatin1String("data_IotHubPayloadExample.json"));
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("ev-d795-1d04-55ae"));
        QCOMPARE(c.records.first().sample.heartRate, 203.0);
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2019-01-30T22:45:02.607Z"));
        QCOMPARE(c.notes,
                 QStringList {QStringLiteral("1 sample(s) had no measurement time of their own; stored at the time the "
                                             "device created the IoT Hub message")});
        // Without the creation time, the enqueued time: the hub's arrival, and the nurse is told.
        c = readFile(dir + QLatin1String("data_IotHubPayloadExampleMissingCreateTime.json"));
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2019-02-01T22:46:01.875Z"));
        QCOMPARE(c.notes,
                 QStringList {QStringLiteral("1 sample(s) had no measurement time of their own; stored at the "
                                             "IoT hub's arrival time")});
        // Said once for the file, with the count of every message.
        QFile hub(shared(dir + QLatin1String("data_IotHubPayloadExampleMissingCreateTime.json")));
        QVERIFY(hub.open(QIODevice::ReadOnly));
        const QByteArray event = hub.readAll();
        c = readBytes("[" + event + "," + event + "," + event + "]", ImportFormat::DeviceDump);
        QCOMPARE(c.records.size(), 3);
        QCOMPARE(c.notes,
                 QStringList {QStringLiteral("3 sample(s) had no measurement time of their own; stored at the "
                                             "IoT hub's arrival time")});
        // A body that is an array, behind a byte-order mark.
        c = readFile(
            dir + QLatin1String("data_Documentation_CalculatedFunction_MultipleMeasurements_FromArray_Payload.json"));
        QCOMPARE(c.records.size(), 3);
        // MedTech's normalised message.
        c = readFile(dir + QLatin1String("mapping-generator_TestInput_deviceData_HeartRate.json"));
        QCOMPARE(c.records.size(), 1);
        QCOMPARE(c.records.first().sample.heartRate, 66.0);
        QCOMPARE(c.records.first().sourceDevice, QStringLiteral("TestDeviceId"));
        // IoT Central test telemetry is physiologically impossible: rejected, not stored.
        c = readFile(dir + QLatin1String("data_IotCentralPayloadExample.json"));
        QCOMPARE(c.records.size(), 0);
        QCOMPARE(c.rejections.size(), 1);
    }

    // ---- The JSON walker --------------------------------------------------------------------------------

    // ---- vendor cloud API responses ---------------------------------------------------------------------

    void fitbitWebApiIntradayInTheChosenZone()
    {
        const Collected c = readFile(
            QStringLiteral("shimmer-vendor-api-heart-rate/fitbit/mapper/fitbit-activities-heart-1d-1m-intraday.json"),
            options("Europe/Rome"));
        QCOMPARE(c.records.size(), 5);
        QList<double> values;
        for (const ImportRecord& r : c.records)
            values.append(r.sample.heartRate);
        QCOMPARE(values, (QList<double> {64, 63, 64, 65, 65}));
        // 2015-08-21 00:01 in Rome (summer time, +02:00).
        QCOMPARE(c.records.first().sample.timestampMs, utcMs("2015-08-20T22:01:00Z"));
        QCOMPARE(c.records.last().sample.timestampMs - c.records.first().sample.timestampMs, qint64(4 * 60'000));
        QCOMPARE(c.skippedKinds.value(QStringLiteral("Fitbit daily summary")), 1);
        QVERIFY(c.notes.join(QLatin1Char(' ')).contains(QLatin1String("Europe/Rome")));
        QVERIFY(c.records.first().line > 1); // each reading points at its own line
    }

    void googleFitPointsInNanoseconds()
    {
        const Collected c =
            readFile(QStringLiteral("shimmer-vendor-api-heart-rate/googlefit/mapper/googlefit-merge-heart-rate.json"));
        QCOMPARE(c.records.size(), 2);
        QCOMPARE(c.records.at(0).sample.heartRate, 54.0);
        QCOMPARE(c.records.at(0).sample.timestampMs, utcMs("2015-01-30T15:37:48.186Z"));
        QCOMPARE(c.records.at(1).sample.heartRate, 58.0);
        QCOMPARE(c.records.at(1).sample.timestampMs, utcMs("2015-07-10T14:34:32.914Z")); // a one-second interval
        QCOMPARE(c.records.at(0).sourceDevice,
                 QStringLiteral("raw:com.google.heart_rate.bpm:com.azumio.instantheartrate.full:"));
        QVERIFY(c.rejections.isEmpty());
        // An average over an hour is not a reading.
        const Collected hour = readBytes("{\"point\":[{\"startTimeNanos\":\"1422632268186000000\","
                                         "\"endTimeNanos\":\"1422635868186000000\","
                                         "\"dataTypeName\":\"com.google.heart_rate.bpm\","
                                         "\"value\":[{\"fpVal\":61.5}]}]}",
                                         ImportFormat::VendorApi);
        QVERIFY(hour.records.isEmpty());
        QVERIFY2(hour.reasons().join(QLatin1Char(' ')).contains(QLatin1String("not a single measurement")),
                 qPrintable(hour.reasons().join(QLatin1Char(' '))));
    }

    void iHealthLocalClockWithItsOwnZonePerRecord()
    {
        const QString dir = QStringLiteral("shimmer-vendor-api-heart-rate/ihealth/mapper/");
        const Collected bp = readFile(dir + QStringLiteral("ihealth-bp.json"));
        QCOMPARE(bp.records.size(), 2);
        QCOMPARE(bp.count(&Sample::heartRate), 2);
        QCOMPARE(bp.records.at(0).sample.heartRate, 100.0);
        QCOMPARE(bp.records.at(0).sample.systolic, 120.0);
        QCOMPARE(bp.records.at(0).sample.diastolic, 90.0);
        QCOMPARE(bp.records.at(0).sample.timestampMs, utcMs("2015-09-17T20:04:23Z")); // 12:04:23 -08:00
        QCOMPARE(bp.records.at(1).sample.timestampMs, utcMs("2015-09-17T20:07:45Z")); // 14:07:45 -06:00
        const Collected noHr = readFile(dir + QStringLiteral("ihealth-bp-no-heart-rate.json"));
        QCOMPARE(noHr.count(&Sample::heartRate), 0);
        QCOMPARE(noHr.count(&Sample::systolic), 1); // the blood pressure is kept
        QCOMPARE(noHr.rejections.size(), 1);
        QVERIFY(noHr.rejections.first().reason.contains(QLatin1String("iHealth 0")));
        const Collected spo2 = readFile(dir + QStringLiteral("ihealth-spo2.json"));
        QCOMPARE(spo2.count(&Sample::heartRate), 2);
        QCOMPARE(spo2.count(&Sample::spo2), 2);
        QCOMPARE(spo2.records.at(0).sample.timestampMs, utcMs("2015-09-23T21:46:00Z"));
        const Collected spo2NoHr = readFile(dir + QStringLiteral("ihealth-spo2-no-heart-rate.json"));
        QCOMPARE(spo2NoHr.count(&Sample::heartRate), 0);
        QCOMPARE(spo2NoHr.count(&Sample::spo2), 1);
        QCOMPARE(spo2NoHr.rejections.size(), 1);
    }

    void withingsMeasureGroups()
    {
        const Collected c =
            readFile(QStringLiteral("shimmer-vendor-api-heart-rate/withings/mapper/withings-body-measures.json"));
        QCOMPARE(c.count(&Sample::heartRate), 3);
        QCOMPARE(c.count(&Sample::systolic), 1);
        QCOMPARE(c.count(&Sample::temperatureC), 1);
        QList<double> hr;
        for (const ImportRecord& r : c.records) {
            if (Sample::has(r.sample.heartRate))
                hr.append(r.sample.heartRate);
            if (Sample::has(r.sample.systolic)) {
                QCOMPARE(r.sample.systolic, 104.0);
                QCOMPARE(r.sample.diastolic, 68.0);
                QCOMPARE(r.sample.timestampMs, utcMs("2015-05-31T06:06:23Z"));
            }
            if (Sample::has(r.sample.temperatureC))
                QCOMPARE(r.sample.temperatureC, 37.0);
        }
        QCOMPARE(hr, (QList<double> {41, 51, 47}));
        QVERIFY(c.skippedKinds.contains(QStringLiteral("Withings measure type 1"))); // weight
        QVERIFY(c.rejections.isEmpty());
    }

    void vendorTimesBeyondAnyDate_areRejected_andTheRestRead()
    {
        // fuzz-import-vendor-api found seconds that overflow as milliseconds (undefined behaviour).
        const QByteArray withings = R"({"status": 0, "body": {"measuregrps": [
            {"grpid": 1, "attrib": 0, "date": 143305888888882383, "category": 1,
             "measures": [{"value": 72, "type": 11, "unit": 0}]},
            {"grpid": 2, "attrib": 0, "date": 1433052383, "category": 1,
             "measures": [{"value": 71, "type": 11, "unit": 0}]}]}})";
        const Collected w = readBytes(withings, ImportFormat::VendorApi);
        QCOMPARE(w.records.size(), 1);
        QCOMPARE(w.records.first().sample.heartRate, 71.0);
        QCOMPARE(w.reasons(), QStringList {QStringLiteral("measurement time 143305888888882383 is beyond any date")});
        const QByteArray ihealth = R"({"BODataList": [
            {"DataID": "a", "MDate": -9223372036854775000, "TimeZone": "+0000", "HR": 70, "BO": 97},
            {"DataID": "b", "MDate": 1443048360, "TimeZone": "+0000", "HR": 71, "BO": 98}]})";
        const Collected i = readBytes(ihealth, ImportFormat::VendorApi);
        QCOMPARE(i.records.size(), 1);
        QCOMPARE(i.reasons().size(), 1);
        QVERIFY2(i.reasons().first().contains(QLatin1String("beyond any date")),
                 qPrintable(i.reasons().join(QLatin1Char(';'))));
    }

    void jawboneRestingHeartRateIsADailySummary()
    {
        const Collected c =
            readFile(QStringLiteral("shimmer-vendor-api-heart-rate/jawbone/mapper/jawbone-heartrates.json"));
        QVERIFY(c.records.isEmpty());
        QVERIFY(c.rejections.isEmpty());
        QCOMPARE(c.skippedKinds.value(QStringLiteral("Jawbone daily resting heart rate")), 1);
    }

    void unknownApiResponseIsRefusedWithTheReason()
    {
        Status status;
        readBytes("{\"somethingElse\": []}", ImportFormat::VendorApi, options(), &status);
        QVERIFY(!status);
        QVERIFY(status.errorMessage().contains(QLatin1String("not a known API response")));
        readBytes("{\"point\": [\n  {\"x\": }\n]}", ImportFormat::VendorApi, options(), &status);
        QVERIFY(!status);
        QVERIFY2(status.errorMessage().contains(QLatin1String("line 2")), qPrintable(status.errorMessage()));
    }

    void streamsLargeArraysAcrossReadBlocks()
    {
        // Elements cross the walker's 1 MiB read blocks; every one arrives whole and in order.
        QByteArray big = "{\"deviceId\":\"dev-1\",\"samples\":[";
        const int n = 60'000;
        for (int i = 0; i < n; ++i) {
            big += "{\"timestamp\":" + QByteArray::number(1709280000000LL + i * 1000LL)
                + ",\"bpm\":" + QByteArray::number(60 + i % 40) + ",\"note\":\"" + QByteArray(i % 7, 'x') + "\"}";
            big += i + 1 < n ? ",\n" : "]}";
        }
        QVERIFY(big.size() > 2 * 1024 * 1024);
        const Collected c = readBytes(big, ImportFormat::DeviceDump);
        QCOMPARE(c.records.size(), n);
        QCOMPARE(c.records.last().sample.timestampMs, 1709280000000LL + (n - 1) * 1000LL);
        QCOMPARE(c.records.last().line, n);
    }

    void aReaderStopsWhenTheSinkSaysSo()
    {
        QByteArray big = "[";
        for (int i = 0; i < 1000; ++i)
            big += "{\"deviceId\":\"d\",\"timestamp\":" + QByteArray::number(1709280000000LL + i) + ",\"bpm\":70}"
                + (i < 999 ? "," : "]");
        QBuffer buffer(&big);
        buffer.open(QIODevice::ReadOnly);
        Collected c;
        c.stopAfter = 10;
        QVERIFY(readRecords(ImportFormat::DeviceDump, buffer, options(), c).ok());
        QCOMPARE(c.records.size(), 10);
    }
};

QTEST_GUILESS_MAIN(TestImportFormats)
#include "TestImportFormats.moc"
