#include "ExportFixtures.h"
#include "StoreBackend.h"
#include "exports/Exports.h"
#include "security/Permissions.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <optional>

using namespace pulsedesk;
using namespace pulsedesk::test;

/// The de-identified research export (Safe Harbor): no name, MRN, device id, staff name, birth date, note text or
/// exact sample time in any exported byte; intervals between one patient's samples kept; ages over 89 as "90+";
/// pseudonyms new in every export; administrators only; audited with counts.
class TestResearchExport : public QObject
{
    Q_OBJECT

    // Made in initTestCase: once for each backend's run.
    std::optional<ExportWard> m_ward;
    std::optional<QTemporaryDir> m_dir;

    Exports exports() { return m_ward->exports(); }

    QString exportTo(const QString& name, const ExportRange& range = {})
    {
        const QString dir = m_dir->filePath(name);
        auto counts = exports().research(m_ward->tw->admin(), range, dir);
        if (!counts)
            qFatal("research export failed: %s", qPrintable(counts.errorMessage()));
        return dir;
    }

    static QByteArray everyByte(const QString& dir)
    {
        QByteArray all;
        QDirIterator it(dir, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            if (!f.open(QIODevice::ReadOnly))
                qFatal("cannot read an exported file");
            all += f.readAll();
        }
        return all;
    }

private slots:
    void initTestCase()
    {
        m_ward.emplace();
        m_dir.emplace();
        QVERIFY(m_dir->isValid());
    }

    void noIdentifierIsInAnyExportedByte()
    {
        const QString dir = exportTo(QStringLiteral("all"));
        const QStringList names = QDir(dir).entryList(QDir::Files, QDir::Name);
        QCOMPARE(names,
                 strings({"Device.ndjson", "Observation.ndjson", "Patient.ndjson", "data-dictionary.csv", "devices.csv",
                          "manifest.json", "patients.csv", "results.csv", "samples.csv"}));
        const QByteArray bytes = everyByte(dir);
        QVERIFY(bytes.size() > 10'000);
        for (const QString& identifier : m_ward->identifiers())
            QVERIFY2(!bytes.contains(identifier.toUtf8()), qPrintable(identifier));
        // Nothing of the identifiers in the encodings the files could hold them in either.
        for (const QString& text : {ExportWard::Note, ExportWard::OldName})
            QVERIFY(!bytes.contains(text.toUtf8().toBase64()));
        // Manufacturer and model stay.
        QVERIFY(bytes.contains("Nonin"));
        QVERIFY(bytes.contains("WristOx2 3150"));
        QVERIFY(bytes.contains("IntelliVue MX40"));
    }

    void intervalsSurviveTheShiftAndAgesAreGrouped()
    {
        const QString dir = exportTo(QStringLiteral("intervals"));
        const QList<QStringList> samples = pythonCsv(QDir(dir).filePath(QStringLiteral("samples.csv")));
        QCOMPARE(samples.size(), 2 * ExportWard::Samples + 1);
        QCOMPARE(samples.first().at(2), QStringLiteral("time"));
        std::map<QString, QList<qint64>> times;
        for (qsizetype i = 1; i < samples.size(); ++i)
            times[samples[i][0]].append(QDateTime::fromString(samples[i][2], Qt::ISODateWithMs).toMSecsSinceEpoch());
        QCOMPARE(times.size(), size_t(2));
        QList<qint64> firsts;
        for (auto& [patient, list] : times) {
            QCOMPARE(list.size(), ExportWard::Samples);
            std::sort(list.begin(), list.end());
            for (qsizetype i = 1; i < list.size(); ++i)
                QCOMPARE(list[i] - list[i - 1], qint64(1000));
            // Shifted by at least a year, and not by whole days only.
            QVERIFY(ExportWard::T0 - list.first() >= 365LL * 86'400'000);
            firsts.append(list.first());
        }
        // One offset per patient: the two patients' 250 ms apart first samples are no longer 250 ms apart.
        QVERIFY(std::abs(firsts[0] - firsts[1]) != 250);

        const QList<QStringList> patients = pythonCsv(QDir(dir).filePath(QStringLiteral("patients.csv")));
        QCOMPARE(patients.size(), 3);
        QCOMPARE(patients[0], strings({"patient", "sex", "age_years"}));
        QStringList ages;
        for (qsizetype i = 1; i < patients.size(); ++i)
            ages.append(patients[i][1] + QLatin1Char(' ') + patients[i][2]);
        ages.sort();
        // Born 1931-02-17: 95 on 2026-03-14, so 90+; born 1979-06-05: 46.
        QCOMPARE(ages, strings({"female 90+", "male 46"}));

        const QList<QStringList> results = pythonCsv(QDir(dir).filePath(QStringLiteral("results.csv")));
        QCOMPARE(results.size(), 3);
        const QList<QStringList> dictionary = pythonCsv(QDir(dir).filePath(QStringLiteral("data-dictionary.csv")));
        // Every column of every CSV file is in the data dictionary.
        for (const QString& file : strings({"patients.csv", "devices.csv", "samples.csv", "results.csv"})) {
            const QStringList header = pythonCsv(QDir(dir).filePath(file)).first();
            for (const QString& column : header) {
                const bool described = std::any_of(dictionary.begin(), dictionary.end(), [&](const QStringList& r) {
                    return r.size() == 5 && r[0] == file && r[1] == column && !r[4].isEmpty();
                });
                QVERIFY2(described, qPrintable(file + QLatin1Char(':') + column));
            }
        }
    }

    void pseudonymsAreNewInEveryExport()
    {
        const QString first = exportTo(QStringLiteral("first"));
        const QString second = exportTo(QStringLiteral("second"));
        const auto patients = [](const QString& dir) {
            QStringList list;
            for (const QStringList& row : pythonCsv(QDir(dir).filePath(QStringLiteral("patients.csv"))).mid(1))
                list.append(row[0]);
            return list;
        };
        const QStringList a = patients(first);
        const QStringList b = patients(second);
        QCOMPARE(a.size(), 2);
        for (const QString& name : a) {
            QVERIFY(name.startsWith(QLatin1String("P-")));
            QVERIFY(!b.contains(name));
        }
    }

    void aRangeKeepsOnlyItsSamples()
    {
        const QString dir =
            exportTo(QStringLiteral("range"), {QDateTime::fromMSecsSinceEpoch(ExportWard::T0 + 30'000), QDateTime()});
        QCOMPARE(pythonCsv(QDir(dir).filePath(QStringLiteral("samples.csv"))).size(),
                 2 * (ExportWard::Samples - 30) + 1);
    }

    void theNdjsonIsValidFhir()
    {
        const QString dir = exportTo(QStringLiteral("fhir"));
        QByteArray output;
        const bool valid = validateFhir({QDir(dir).filePath(QStringLiteral("Patient.ndjson")),
                                         QDir(dir).filePath(QStringLiteral("Device.ndjson")),
                                         QDir(dir).filePath(QStringLiteral("Observation.ndjson"))},
                                        true, &output);
        QVERIFY2(valid, output.constData());
        QVERIFY(output.contains("\"resources\":272")); // 90 × (heart rate + SpO2) + 90 heart rates + 2 results
    }

    void onlyAdministratorsExportAndTheExportIsAudited()
    {
        QVERIFY(Permissions::allows(Role::Admin, Permission::ExportResearch));
        QVERIFY(!Permissions::allows(Role::Doctor, Permission::ExportResearch));
        QVERIFY(!Permissions::allows(Role::Nurse, Permission::ExportResearch));
        for (const Session& s : {m_ward->doctor, m_ward->nurse}) {
            const QString dir = m_dir->filePath(QStringLiteral("refused-") + s.username);
            auto refused = exports().research(s, {}, dir);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, Error::Code::NotPermitted);
            QVERIFY(!QDir(dir).exists());
        }
        exportTo(QStringLiteral("audited"));
        auto log = m_ward->workspace().audit().list(m_ward->tw->admin(), 5);
        QVERIFY(log);
        const AuditEntry& entry = log->first();
        QCOMPARE(entry.action, QStringLiteral("export.research"));
        QVERIFY2(entry.details.startsWith(QLatin1String("2 patients, 2 devices, 180 samples, 2 results")),
                 qPrintable(entry.details));
    }
};

PULSEDESK_TEST_MAIN_EVERY_BACKEND(TestResearchExport)
#include "TestResearchExport.moc"
